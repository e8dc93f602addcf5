"""Encoding and decoding of the Postgres protocol messages pgstitch has to look inside.

Everything else passes through as raw bytes (see `scanner`). All functions are pure.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

PROTOCOL_3_0 = 196608
SSL_REQUEST_CODE = 80877103
GSSENC_REQUEST_CODE = 80877104
CANCEL_REQUEST_CODE = 80877102

MAX_STARTUP_PACKET = 10_000  # the limit Postgres itself applies to a startup packet

_INT32 = struct.Struct("!i")
_UINT32 = struct.Struct("!I")
_HEADER = struct.Struct("!cI")

# Authentication request codes (message 'R').
AUTH_OK = 0
AUTH_CLEARTEXT = 3
AUTH_MD5 = 5
AUTH_SASL = 10
AUTH_SASL_CONTINUE = 11
AUTH_SASL_FINAL = 12
AUTH_CODES_EXPECTING_REPLY = frozenset({AUTH_CLEARTEXT, AUTH_MD5, AUTH_SASL, AUTH_SASL_CONTINUE})


class ProtocolViolation(Exception):
    """The peer broke the protocol; the session answers with SQLSTATE 08P01 and closes."""

    sqlstate = "08P01"


@dataclass(frozen=True, slots=True)
class SSLRequest:
    """The client asks to switch to TLS."""


@dataclass(frozen=True, slots=True)
class GSSENCRequest:
    """The client asks for GSSAPI encryption (always refused)."""


@dataclass(frozen=True, slots=True)
class CancelRequest:
    """The client asks to cancel the query running on the backend with this key."""

    process_id: int
    secret: bytes


@dataclass(frozen=True, slots=True)
class StartupMessage:
    """The first real message of a session: protocol version and parameters (user, database, …)."""

    version: int
    parameters: dict[str, str] = field(default_factory=dict)
    raw: bytes = b""

    @property
    def user(self) -> str:
        """The role the client logs in as."""
        return self.parameters.get("user", "")

    @property
    def database(self) -> str:
        """The database the client asks for (defaults to the user name, as in Postgres)."""
        return self.parameters.get("database") or self.user


StartupPacket = SSLRequest | GSSENCRequest | CancelRequest | StartupMessage


def startup_packet_length(buffer: bytes | bytearray) -> int | None:
    """The total length of the startup packet at the start of `buffer`, None if not yet known."""
    if len(buffer) < 4:
        return None
    (length,) = _INT32.unpack_from(buffer, 0)
    if length < 8 or length > MAX_STARTUP_PACKET:
        raise ProtocolViolation(f"invalid length of startup packet: {length}")
    return length


def parse_startup_packet(packet: bytes) -> StartupPacket:
    """Decode one complete untyped startup-phase packet (length word included)."""
    length = startup_packet_length(packet)
    if length is None or length != len(packet):
        raise ProtocolViolation("incomplete startup packet")
    (code,) = _INT32.unpack_from(packet, 4)
    if code == SSL_REQUEST_CODE and length == 8:
        return SSLRequest()
    if code == GSSENC_REQUEST_CODE and length == 8:
        return GSSENCRequest()
    if code == CANCEL_REQUEST_CODE and 16 <= length <= 264:
        (pid,) = _INT32.unpack_from(packet, 8)
        return CancelRequest(pid, bytes(packet[12:]))
    if code >> 16 != 3:
        raise ProtocolViolation(f"unsupported frontend protocol {code >> 16}.{code & 0xFFFF}")
    return StartupMessage(code, _parse_parameters(packet[8:]), bytes(packet))


def _parse_parameters(body: bytes) -> dict[str, str]:
    if not body or body[-1] != 0:
        raise ProtocolViolation("startup packet is not terminated")
    parts = body[:-1].split(b"\0")
    if parts == [b""]:
        parts = []
    elif parts[-1] == b"":
        parts = parts[:-1]
    if len(parts) % 2:
        raise ProtocolViolation("startup packet has a parameter without a value")
    try:
        decoded = [p.decode() for p in parts]
    except UnicodeDecodeError as exc:
        raise ProtocolViolation("startup packet is not valid UTF-8") from exc
    params = dict(zip(decoded[::2], decoded[1::2], strict=True))
    if not params.get("user"):
        raise ProtocolViolation("no PostgreSQL user name specified in startup packet")
    return params


def encode_startup_message(parameters: dict[str, str], version: int = PROTOCOL_3_0) -> bytes:
    """A StartupMessage carrying these parameters."""
    body = b"".join(k.encode() + b"\0" + v.encode() + b"\0" for k, v in parameters.items()) + b"\0"
    return _INT32.pack(len(body) + 8) + _INT32.pack(version) + body


def encode_ssl_request() -> bytes:
    """An SSLRequest packet."""
    return _INT32.pack(8) + _INT32.pack(SSL_REQUEST_CODE)


def encode_cancel_request(process_id: int, secret: bytes) -> bytes:
    """A CancelRequest packet."""
    return (
        _INT32.pack(12 + len(secret))
        + _INT32.pack(CANCEL_REQUEST_CODE)
        + _INT32.pack(process_id)
        + secret
    )


def encode_message(type_: bytes, body: bytes = b"") -> bytes:
    """One typed message: type byte, length word, body."""
    return type_ + _UINT32.pack(len(body) + 4) + body


def encode_error(
    code: str,
    message: str,
    severity: str = "ERROR",
    detail: str | None = None,
    hint: str | None = None,
    position: int | None = None,
    routine: str | None = None,
) -> bytes:
    """An ErrorResponse ('E') with severity, SQLSTATE, message, and optional detail, hint,
    position and routine."""
    fields = [b"S" + severity.encode(), b"V" + severity.encode(), b"C" + code.encode()]
    fields.append(b"M" + message.encode())
    if detail:
        fields.append(b"D" + detail.encode())
    if hint:
        fields.append(b"H" + hint.encode())
    if position is not None:
        fields.append(b"P" + str(position).encode())
    if routine:
        fields.append(b"R" + routine.encode())
    return encode_message(b"E", b"\0".join(fields) + b"\0\0")


def encode_error_fields(fields: dict[str, str]) -> bytes:
    """An ErrorResponse ('E') with these fields, keyed by their one-letter code."""
    return encode_message(
        b"E", b"".join(k.encode() + v.encode() + b"\0" for k, v in fields.items()) + b"\0"
    )


def parse_error_fields(body: bytes) -> dict[str, str]:
    """The fields of an ErrorResponse or NoticeResponse body, keyed by their one-letter code."""
    fields: dict[str, str] = {}
    for part in body.split(b"\0"):
        if part:
            fields[chr(part[0])] = part[1:].decode(errors="replace")
    return fields


def encode_ready_for_query(status: bytes) -> bytes:
    """ReadyForQuery ('Z') with transaction status I, T or E."""
    return encode_message(b"Z", status)


def encode_backend_key_data(process_id: int, secret: bytes) -> bytes:
    """BackendKeyData ('K')."""
    return encode_message(b"K", _INT32.pack(process_id) + secret)


def parse_backend_key_data(body: bytes) -> tuple[int, bytes]:
    """(process id, secret key) of a BackendKeyData body."""
    if len(body) < 8:
        raise ProtocolViolation("malformed BackendKeyData")
    return _INT32.unpack_from(body, 0)[0], bytes(body[4:])


def auth_code(body: bytes) -> int:
    """The request code of an Authentication ('R') body."""
    if len(body) < 4:
        raise ProtocolViolation("malformed authentication request")
    return _INT32.unpack_from(body, 0)[0]


def sasl_mechanisms(body: bytes) -> list[str]:
    """The mechanisms offered by an AuthenticationSASL body."""
    names = body[4:].split(b"\0")
    return [n.decode() for n in names if n]


def encode_auth_sasl(mechanisms: list[str]) -> bytes:
    """An AuthenticationSASL message offering these mechanisms."""
    body = _INT32.pack(AUTH_SASL) + b"".join(m.encode() + b"\0" for m in mechanisms) + b"\0"
    return encode_message(b"R", body)


def encode_query(sql: str) -> bytes:
    """A simple Query ('Q')."""
    return encode_message(b"Q", sql.encode() + b"\0")


def encode_terminate() -> bytes:
    """Terminate ('X')."""
    return encode_message(b"X")


@dataclass(frozen=True, slots=True)
class Parse:
    """Parse ('P'): prepare `query` as statement `name` ('' = unnamed), with parameter type OIDs."""

    name: str
    query: str
    param_types: tuple[int, ...] = ()


class UndecodableText(ProtocolViolation):
    """SQL text that is not UTF-8. Postgres reads it in the session's client_encoding and
    answers it itself (22021 when it is invalid there too): it goes upstream untouched."""


def _cstring(body: bytes, pos: int) -> tuple[bytes, int]:
    end = body.find(b"\0", pos)
    if end < 0:
        raise ProtocolViolation("unterminated string in message")
    return body[pos:end], end + 1


def _name(body: bytes, pos: int) -> tuple[str, int]:
    """A statement or portal name: opaque bytes, kept exactly (`encode_name` gives them back)."""
    raw, end = _cstring(body, pos)
    return raw.decode("utf-8", "surrogateescape"), end


def encode_name(name: str) -> bytes:
    """The bytes of a statement or portal name read by `_name`."""
    return name.encode("utf-8", "surrogateescape")


def _text(raw: bytes) -> str:
    try:
        return raw.decode()
    except UnicodeDecodeError as exc:
        raise UndecodableText("message text is not valid UTF-8") from exc


def decode_query(body: bytes) -> str:
    """The SQL text of a Query ('Q') body."""
    end = body.find(b"\0")
    if end < 0:
        raise ProtocolViolation("unterminated string in message")
    if end != len(body) - 1:
        raise ProtocolViolation("malformed Query message")
    return _text(body[:end])


def decode_parse(body: bytes) -> Parse:
    """Decode a Parse ('P') body."""
    name, pos = _name(body, 0)
    raw, pos = _cstring(body, pos)
    if len(body) < pos + 2:
        raise ProtocolViolation("malformed Parse message")
    (count,) = struct.unpack_from("!h", body, pos)
    if count < 0 or len(body) != pos + 2 + 4 * count:
        raise ProtocolViolation("malformed Parse message")
    types = struct.unpack_from(f"!{count}I", body, pos + 2)
    return Parse(name, _text(raw), tuple(types))


def encode_parse(parse: Parse) -> bytes:
    """A Parse ('P') message."""
    body = (
        encode_name(parse.name)
        + b"\0"
        + parse.query.encode()
        + b"\0"
        + struct.pack(f"!h{len(parse.param_types)}I", len(parse.param_types), *parse.param_types)
    )
    return encode_message(b"P", body)


def bind_statement_name(body: bytes) -> str:
    """The prepared statement a Bind ('B') body refers to."""
    _portal, pos = _cstring(body, 0)
    name, _ = _name(body, pos)
    return name


def bind_values(body: bytes) -> tuple[list[bytes | None], tuple[int, ...]]:
    """The parameter values of a Bind ('B') body (None for NULL) and their format codes, one
    per value (0 text, 1 binary)."""
    _portal, pos = _cstring(body, 0)
    _statement, pos = _cstring(body, pos)
    try:
        (count,) = struct.unpack_from("!h", body, pos)
        pos += 2
        codes = struct.unpack_from(f"!{max(count, 0)}h", body, pos)
        values = _counted_values(body, pos + 2 * max(count, 0))
    except struct.error as exc:
        raise ProtocolViolation("malformed Bind message") from exc
    # No codes: all text; one code: it applies to every value.
    formats = codes if len(codes) > 1 else (codes[0] if codes else 0,) * len(values)
    return values, formats


def bind_to_statement(body: bytes, name: str) -> bytes:
    """A Bind ('B') message like the one with this body, but of the prepared statement `name`.

    The body must be well-formed as far as the statement name (see `bind_statement_name`).
    """
    portal_end = body.index(b"\0")
    name_end = body.index(b"\0", portal_end + 1)
    return encode_message(b"B", body[: portal_end + 1] + encode_name(name) + body[name_end:])


def encode_bind(statement: str, values: tuple[str, ...] | tuple[bytes, ...]) -> bytes:
    """Bind ('B') of the unnamed portal to a prepared statement, every value (text, or its
    UTF-8 bytes) in text format and every result column in text format."""
    parts = [b"\0", encode_name(statement), b"\0", struct.pack("!hh", 0, len(values))]
    for value in values:
        data = value if value.__class__ is bytes else value.encode()  # type: ignore[union-attr]
        parts += [struct.pack("!i", len(data)), data]
    parts.append(b"\0\0")
    return encode_message(b"B", b"".join(parts))


def encode_describe_statement(name: str) -> bytes:
    """Describe ('D') of a prepared statement."""
    return encode_message(b"D", b"S" + encode_name(name) + b"\0")


def decode_target(body: bytes) -> tuple[bytes, str]:
    """(kind, name) of a Describe ('D') or Close ('C') body; kind is b'S' or b'P'."""
    if not body or body[:1] not in (b"S", b"P"):
        raise ProtocolViolation("malformed Describe or Close message")
    name, end = _name(body, 1)
    if end != len(body):
        raise ProtocolViolation("malformed Describe or Close message")
    return body[:1], name


def encode_close_statement(name: str) -> bytes:
    """Close ('C') of a prepared statement."""
    return encode_message(b"C", b"S" + encode_name(name) + b"\0")


def decode_data_row(body: bytes) -> list[str | None]:
    """A DataRow's columns as text (None for NULL); for rows in text format."""
    try:
        return [None if v is None else v.decode() for v in _counted_values(body, 0)]
    except (struct.error, UnicodeDecodeError) as exc:
        raise ProtocolViolation("malformed DataRow message") from exc


def _counted_values(body: bytes, pos: int) -> list[bytes | None]:
    """A count (int16) then that many values, each an int32 length and its bytes (-1: NULL),
    as Bind and DataRow carry them; struct.error when the body ends before them."""
    (count,) = struct.unpack_from("!h", body, pos)
    pos += 2
    values: list[bytes | None] = []
    for _ in range(max(count, 0)):
        (length,) = struct.unpack_from("!i", body, pos)
        pos += 4
        if length < 0:
            values.append(None)
            continue
        if pos + length > len(body):
            raise struct.error("value past the end of the message")
        values.append(body[pos : pos + length])
        pos += length
    return values
