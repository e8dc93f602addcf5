"""A scripted stand-in for Postgres that vanishes on cue, for upstream-failure tests.

It trusts every startup, answers each Query with an empty result, and closes the socket
without a word when a query contains VANISH.
"""

from __future__ import annotations

import socketserver
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from . import wire
from .net import LOCALHOST, Endpoint

VANISH = b"VANISH"


class _Session(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        conn = wire.RawConnection(self.request)
        try:
            self._startup(conn)
            while True:
                kind, payload = conn.read_message()
                if kind == b"X" or (kind == b"Q" and VANISH in payload):
                    return
                if kind == b"Q":
                    conn.send(wire.frame(b"C", b"SELECT 0\0") + wire.frame(b"Z", b"I"))
        except (wire.ConnectionClosed, OSError):
            return

    @staticmethod
    def _startup(conn: wire.RawConnection) -> None:
        while True:
            (length,) = struct.unpack("!i", conn.read_exact(4))
            body = conn.read_exact(length - 4)
            (code,) = struct.unpack("!i", body[:4])
            if code in (wire.SSL_REQUEST, wire.GSSENC_REQUEST):
                conn.send(b"N")
                continue
            break
        conn.send(
            wire.frame(b"R", struct.pack("!i", 0))
            + wire.frame(b"S", b"server_version\x0015.0\0")
            + wire.frame(b"S", b"client_encoding\0UTF8\0")
            + wire.frame(b"K", struct.pack("!ii", 4242, 77))
            + wire.frame(b"Z", b"I")
        )


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextmanager
def fake_upstream() -> Iterator[Endpoint]:
    """Run the fake on a free loopback port for the duration of the block."""
    server = _Server((LOCALHOST, 0), _Session)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Endpoint(LOCALHOST, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
