"""A bare TCP pump on uvloop: each client connection is copied byte for byte to its own upstream
connection, with pause/resume flow control both ways and no parsing at all.

It is the floor for any Python proxy built on asyncio.Protocol; proxy_bench.py runs it beside
pgstitch to show what pgstitch's own work costs.

    python bench/pump.py --listen 127.0.0.1:6499 --upstream 127.0.0.1:5432
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

import uvloop


class Half(asyncio.Protocol):
    """One side of a pumped connection; writes what it reads to its peer's transport."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.peer: Half | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.peer.transport.write(data)

    def pause_writing(self) -> None:
        self.peer.transport.pause_reading()

    def resume_writing(self) -> None:
        self.peer.transport.resume_reading()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.close()


class ClientHalf(Half):
    """The accepted side: keeps what arrives before the upstream connection exists."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        super().__init__()
        self.upstream = upstream
        self.early: list[bytes] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        transport.pause_reading()
        asyncio.get_running_loop().create_task(self._connect_upstream())

    def data_received(self, data: bytes) -> None:
        if self.peer is None:
            self.early.append(data)  # uvloop may deliver a read already under way
        else:
            self.peer.transport.write(data)

    async def _connect_upstream(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            _, server = await loop.create_connection(Half, *self.upstream)
        except OSError:
            self.transport.close()
            return
        server.peer, self.peer = self, server
        if self.transport.is_closing():
            server.transport.close()
            return
        server.transport.writelines(self.early)
        self.early.clear()
        self.transport.resume_reading()


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {text!r}")
    return host, int(port)


async def serve(listen: tuple[str, int], upstream: tuple[str, int]) -> None:
    """Pump until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: ClientHalf(upstream), *listen, backlog=1024)
    print(f"pump listening on {listen[0]}:{listen[1]}", file=sys.stderr, flush=True)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", type=_address, default=("127.0.0.1", 6499))
    parser.add_argument("--upstream", type=_address, default=("127.0.0.1", 5432))
    args = parser.parse_args()
    try:
        uvloop.run(serve(args.listen, args.upstream))
    except OSError as exc:
        print(f"pump: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
