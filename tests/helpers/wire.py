"""Just enough of the Postgres wire protocol, on a plain socket, to send bad input and read replies.

Independent of pgstitch's own codec on purpose: the tests must not share the code they judge.
"""

from __future__ import annotations

import socket
import struct

from .net import Endpoint

PROTOCOL_3_0 = 196608
CANCEL_REQUEST = 80877102
SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
READ_TIMEOUT = 10.0


class ConnectionClosed(Exception):
    """The server closed the connection."""


def startup_packet(user: str, database: str, version: int = PROTOCOL_3_0, **params: str) -> bytes:
    """A StartupMessage with user, database and any further parameters."""
    body = b"".join(
        cstring(key) + cstring(value)
        for key, value in {"user": user, "database": database, **params}.items()
    )
    body = struct.pack("!i", version) + body + b"\0"
    return struct.pack("!i", len(body) + 4) + body


def request_code(code: int) -> bytes:
    """An SSLRequest or GSSENCRequest packet (length 8, then the code)."""
    return struct.pack("!ii", 8, code)


def frame(kind: bytes, payload: bytes = b"") -> bytes:
    """A regular message: type byte, length (including itself), payload."""
    return kind + struct.pack("!i", len(payload) + 4) + payload


def query(sql: str) -> bytes:
    """A simple-protocol Query message."""
    return frame(b"Q", cstring(sql))


def parse(statement: str, sql: str) -> bytes:
    """Parse with no parameter types given."""
    return frame(b"P", cstring(statement) + cstring(sql) + struct.pack("!h", 0))


def bind(portal: str, statement: str, params: tuple[bytes | None, ...] = ()) -> bytes:
    """Bind text-format parameters (None is NULL) and text-format results."""
    values = b"".join(
        struct.pack("!i", -1) if value is None else struct.pack("!i", len(value)) + value
        for value in params
    )
    counts = struct.pack("!hh", 0, len(params))
    return frame(
        b"B", cstring(portal) + cstring(statement) + counts + values + struct.pack("!h", 0)
    )


def execute(portal: str = "", max_rows: int = 0) -> bytes:
    return frame(b"E", cstring(portal) + struct.pack("!i", max_rows))


def describe(kind: bytes, name: str) -> bytes:
    """Describe a statement (kind b"S") or a portal (b"P")."""
    return frame(b"D", kind + cstring(name))


def close(kind: bytes, name: str) -> bytes:
    """Close a statement (kind b"S") or a portal (b"P")."""
    return frame(b"C", kind + cstring(name))


SYNC = frame(b"S")
FLUSH = frame(b"H")
TERMINATE = frame(b"X")


def cancel_request(process_id: int, secret: int) -> bytes:
    return struct.pack("!iiii", 16, CANCEL_REQUEST, process_id, secret)


def cstring(text: str) -> bytes:
    return text.encode() + b"\0"


def error_fields(payload: bytes) -> dict[str, str]:
    """The fields of an ErrorResponse or NoticeResponse, keyed by their one-letter codes."""
    fields = {}
    for part in payload.split(b"\0"):
        if part:
            fields[chr(part[0])] = part[1:].decode(errors="replace")
    return fields


class RawConnection:
    """A socket to a Postgres-speaking server, read message by message."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.backend_key: tuple[int, int] | None = None  # (process id, secret) from login
        sock.settimeout(READ_TIMEOUT)

    def close(self) -> None:
        self.sock.close()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read_exact(self, size: int) -> bytes:
        chunks = []
        while size:
            try:
                chunk = self.sock.recv(size)
            except ConnectionResetError as exc:
                raise ConnectionClosed("connection reset") from exc
            if not chunk:
                raise ConnectionClosed("connection closed")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def read_message(self) -> tuple[bytes, bytes]:
        """The next message as (type byte, payload)."""
        header = self.read_exact(5)
        (length,) = struct.unpack("!i", header[1:])
        return header[:1], self.read_exact(length - 4)

    def read_until(self, kind: bytes) -> list[tuple[bytes, bytes]]:
        """Read messages up to and including the first of the given type."""
        messages = []
        while True:
            message = self.read_message()
            messages.append(message)
            if message[0] == kind:
                return messages

    def read_error(self) -> dict[str, str]:
        """Skip messages until an ErrorResponse and return its fields."""
        while True:
            kind, payload = self.read_message()
            if kind == b"E":
                return error_fields(payload)

    def is_closed(self) -> bool:
        """True once the server has closed the connection (waits up to the read timeout)."""
        try:
            while self.sock.recv(65536):
                pass
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False
        return True

    def __enter__(self) -> RawConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_raw(endpoint: Endpoint) -> RawConnection:
    """A plain TCP connection to the endpoint, nothing sent yet."""
    return RawConnection(socket.create_connection(endpoint.address, READ_TIMEOUT))


def login(endpoint: Endpoint, user: str, database: str, **params: str) -> RawConnection:
    """A connection that has sent a startup message and reached ReadyForQuery (trust auth)."""
    conn = open_raw(endpoint)
    conn.send(startup_packet(user, database, **params))
    while True:
        kind, payload = conn.read_message()
        if kind == b"E":
            conn.close()
            raise AssertionError(f"login failed: {error_fields(payload)}")
        if kind == b"K":
            conn.backend_key = struct.unpack("!ii", payload)
        if kind == b"Z":
            return conn
