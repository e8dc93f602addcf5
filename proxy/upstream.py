"""Where and how to reach the upstream Postgres: address and TLS settings taken from a DSN."""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

from psycopg.conninfo import conninfo_to_dict

from proxy.protocol.messages import encode_cancel_request, encode_ssl_request

_TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class UpstreamError(Exception):
    """The upstream cannot be reached or refused the connection (SQLSTATE 08006)."""


@dataclass(frozen=True)
class Upstream:
    """The upstream server of a proxy: host (or socket directory), port, database and TLS mode."""

    host: str = "127.0.0.1"
    port: int = 5432
    database: str | None = None
    user: str | None = None
    sslmode: str = "disable"
    sslrootcert: str | None = None
    connect_timeout: float = 10.0

    @classmethod
    def from_dsn(cls, dsn: str) -> Upstream:
        """Parse a libpq URI or key=value string. Without sslmode, the upstream leg is plain TCP."""
        try:
            params = conninfo_to_dict(dsn)
        except Exception as exc:
            raise ValueError(f"invalid upstream DSN: {exc}") from None
        host = str(params.get("host") or params.get("hostaddr") or "127.0.0.1").split(",")[0]
        sslmode = str(params.get("sslmode") or "disable")
        if sslmode not in _TLS_MODES:
            raise ValueError(f"invalid sslmode in upstream DSN: {sslmode}")
        port = str(params.get("port") or 5432).split(",")[0]
        timeout = str(params.get("connect_timeout") or 10)
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"invalid port in upstream DSN: {port!r}")
        try:
            connect_timeout = float(timeout)
        except ValueError:
            raise ValueError(f"invalid connect_timeout in upstream DSN: {timeout!r}") from None
        return cls(
            host=host,
            port=int(port),
            database=params.get("dbname"),
            user=params.get("user"),
            sslmode=sslmode,
            sslrootcert=params.get("sslrootcert"),
            connect_timeout=connect_timeout,
        )

    @property
    def address(self) -> str:
        """host:port, for logs."""
        return f"{self.host}:{self.port}"

    def tls_context(self) -> ssl.SSLContext | None:
        """The client-side TLS context for this upstream, None when TLS is not wanted."""
        if self.sslmode in ("disable", "allow"):
            return None
        if self.sslmode in ("verify-ca", "verify-full"):
            context = ssl.create_default_context(cafile=self.sslrootcert)
            context.check_hostname = self.sslmode == "verify-full"
            return context
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context

    async def open(
        self, protocol_factory: asyncio.protocols.BaseProtocol
    ) -> tuple[asyncio.Transport, asyncio.Protocol]:
        """Connect, negotiate TLS as the DSN asks, and return the transport with `protocol`."""
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.connect_timeout):
                if self.host.startswith("/"):
                    path = f"{self.host}/.s.PGSQL.{self.port}"
                    return await loop.create_unix_connection(lambda: protocol_factory, path)
                context = self.tls_context()
                if context is None:
                    return await loop.create_connection(
                        lambda: protocol_factory, self.host, self.port
                    )
                return await self._open_tls(protocol_factory, context)
        except TimeoutError:
            raise UpstreamError(f"timeout connecting to upstream {self.address}") from None
        except OSError as exc:
            raise UpstreamError(
                f"could not connect to upstream {self.address}: {exc.strerror or exc}"
            ) from None

    async def _open_tls(self, protocol, context):
        loop = asyncio.get_running_loop()
        probe = _TlsAnswer(loop)
        transport, _ = await loop.create_connection(lambda: probe, self.host, self.port)
        transport.write(encode_ssl_request())
        try:
            answer = await probe.answer
        except ConnectionError:
            raise UpstreamError(f"upstream {self.address} closed the connection") from None
        transport.set_protocol(protocol)
        if answer != b"S":
            if self.sslmode == "prefer":
                protocol.connection_made(transport)  # carry on in plain text on the same socket
                return transport, protocol
            transport.close()
            raise UpstreamError(f"upstream {self.address} does not support TLS")
        server_hostname = self.host if self.sslmode == "verify-full" else None
        tls_transport = await loop.start_tls(
            transport, protocol, context, server_hostname=server_hostname
        )
        protocol.connection_made(tls_transport)
        return tls_transport, protocol

    async def cancel(self, process_id: int, secret: bytes) -> None:
        """Send a CancelRequest for this backend key; errors are ignored, as libpq does."""
        try:
            async with asyncio.timeout(self.connect_timeout):
                if self.host.startswith("/"):
                    path = f"{self.host}/.s.PGSQL.{self.port}"
                    reader, writer = await asyncio.open_unix_connection(path)
                else:
                    reader, writer = await asyncio.open_connection(self.host, self.port)
                writer.write(encode_cancel_request(process_id, secret))
                await writer.drain()
                await reader.read(1)  # the server closes the socket when it is done
                writer.close()
        except (OSError, TimeoutError):
            pass


class _TlsAnswer(asyncio.Protocol):
    """Waits for the one-byte answer to an SSLRequest."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.answer: asyncio.Future[bytes] = loop.create_future()

    def data_received(self, data: bytes) -> None:
        if self.answer.done():
            return
        if len(data) != 1:
            # Bytes after the answer would be unencrypted data injected before the handshake.
            self.answer.set_exception(
                UpstreamError("unexpected data from upstream after SSL answer")
            )
        else:
            self.answer.set_result(data)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.answer.done():
            self.answer.set_exception(ConnectionError("closed"))
