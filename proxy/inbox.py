"""Awaitable reads over an `asyncio.Protocol`, used only while a session is being set up."""

from __future__ import annotations

import asyncio
import struct

from proxy.protocol.messages import ProtocolViolation, startup_packet_length

_LENGTH = struct.Struct("!I")


class PeerClosed(Exception):
    """The other end closed the connection."""


class Inbox:
    """Bytes received and not yet consumed, with coroutines that wait for whole packets."""

    def __init__(self, max_message_size: int) -> None:
        self.buffer = bytearray()
        self.closed = False
        self._max = max_message_size
        self._waiter: asyncio.Future[None] | None = None

    def feed(self, data: bytes) -> None:
        """Bytes arrived."""
        self.buffer += data
        self._wake()

    def close(self) -> None:
        """The peer is gone; pending and later reads raise PeerClosed."""
        self.closed = True
        self._wake()

    def take_all(self) -> bytes:
        """Everything buffered, leaving the inbox empty."""
        data = bytes(self.buffer)
        self.buffer.clear()
        return data

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def _wait(self) -> None:
        if self.closed:
            raise PeerClosed
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def read_startup_packet(self) -> bytes:
        """One untyped startup-phase packet, length word included."""
        while True:
            length = startup_packet_length(self.buffer)
            if length is not None and len(self.buffer) >= length:
                packet = bytes(self.buffer[:length])
                del self.buffer[:length]
                return packet
            await self._wait()

    async def read_message(self) -> tuple[int, bytes]:
        """One typed message: (type byte, body)."""
        while True:
            if len(self.buffer) >= 5:
                (length,) = _LENGTH.unpack_from(self.buffer, 1)
                if length < 4:
                    raise ProtocolViolation(f"invalid message length {length}")
                if length > self._max:
                    raise ProtocolViolation(
                        f"message of {length} bytes exceeds the limit of {self._max} bytes"
                    )
                if len(self.buffer) >= length + 1:
                    type_ = self.buffer[0]
                    body = bytes(self.buffer[5 : length + 1])
                    del self.buffer[: length + 1]
                    return type_, body
            await self._wait()
