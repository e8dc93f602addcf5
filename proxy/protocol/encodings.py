"""SQL text in the session's client_encoding.

Postgres reads a client's Query and Parse texts in the session's `client_encoding` and reports
the setting in ParameterStatus. pgstitch parses and rewrites UTF-8 text, so in a session with
another encoding the texts are decoded from it on the way in and encoded back into it on the
way out (`to_utf8`, `from_utf8`); nothing else in a message is text pgstitch reads. Statement
and portal names are opaque bytes (`messages.decode_name`) and never transcoded.
"""

from __future__ import annotations

import codecs
import struct

from proxy.protocol.messages import ProtocolViolation, encode_message
from proxy.protocol.scanner import Message

# Postgres encoding names (as ParameterStatus reports them) and Python's codec for each; those
# whose bytes are UTF-8 text already map to None. Names missing here (MULE_INTERNAL, EUC_TW)
# have no Python codec: sessions using them are left alone (`codec_for`).
_CODECS: dict[str, str | None] = {
    "UTF8": None,
    "SQL_ASCII": None,  # no conversion: the bytes reach a UTF8 database as they are
    "LATIN1": "latin-1",
    "LATIN2": "iso8859-2",
    "LATIN3": "iso8859-3",
    "LATIN4": "iso8859-4",
    "LATIN5": "iso8859-9",
    "LATIN6": "iso8859-10",
    "LATIN7": "iso8859-13",
    "LATIN8": "iso8859-14",
    "LATIN9": "iso8859-15",
    "LATIN10": "iso8859-16",
    "ISO_8859_5": "iso8859-5",
    "ISO_8859_6": "iso8859-6",
    "ISO_8859_7": "iso8859-7",
    "ISO_8859_8": "iso8859-8",
    "WIN866": "cp866",
    "WIN874": "cp874",
    "WIN1250": "cp1250",
    "WIN1251": "cp1251",
    "WIN1252": "cp1252",
    "WIN1253": "cp1253",
    "WIN1254": "cp1254",
    "WIN1255": "cp1255",
    "WIN1256": "cp1256",
    "WIN1257": "cp1257",
    "WIN1258": "cp1258",
    "KOI8R": "koi8-r",
    "KOI8U": "koi8-u",
    "EUC_JP": "euc_jp",
    "EUC_JIS_2004": "euc_jis_2004",
    "EUC_KR": "euc_kr",
    "EUC_CN": "gb2312",
    "SJIS": "shift_jis",
    "SHIFT_JIS_2004": "shift_jis_2004",
    "BIG5": "big5",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "UHC": "cp949",
    "JOHAB": "johab",
}
# `codec_for` of an encoding pgstitch cannot read.
UNREADABLE = ""
_Q, _P = 81, 80


def codec_for(client_encoding: str) -> str | None:
    """Python's codec for a Postgres client_encoding: None when the text is UTF-8 already,
    UNREADABLE when pgstitch has no codec for it (then it rewrites nothing in the session)."""
    name = client_encoding.upper().replace("-", "_")
    name = {"UNICODE": "UTF8", "UTF_8": "UTF8", "LATIN_1": "LATIN1"}.get(name, name)
    if name not in _CODECS:
        return UNREADABLE
    codec = _CODECS[name]
    if codec is not None:
        codecs.lookup(codec)  # fails loudly here if this Python lacks it
    return codec


class UntranslatableText(ProtocolViolation):
    """Text pgstitch put into a statement has a character the client's encoding lacks."""

    sqlstate = "22P05"


def to_utf8(message: Message, codec: str) -> Message | None:
    """A Query or Parse with its SQL text (not its name) in UTF-8; None when the text is not
    valid in `codec` (Postgres rejects it too: the message goes as it came)."""
    body = message.body
    start, end = _text_span(message.type, body)
    if end < start:
        return None  # malformed: the usual decoding says how
    try:
        text = body[start:end].decode(codec)
    except UnicodeDecodeError:
        return None
    return Message(
        message.type,
        encode_message(bytes((message.type,)), body[:start] + text.encode() + body[end:]),
        message.observed,
        message.ready,
    )


def from_utf8(chunks: list[bytes], codec: str) -> list[bytes]:
    """What pgstitch sends upstream, with the SQL text of every Query and Parse in `codec`.

    UntranslatableText when pgstitch's own text has a character `codec` cannot hold (a
    default or a name the client's encoding lacks).
    """
    out = []
    for chunk in chunks:
        pieces = []
        position = 0
        changed = False
        while position + 5 <= len(chunk):
            kind = chunk[position]
            length = struct.unpack_from("!i", chunk, position + 1)[0]
            end = position + 1 + length
            if kind in (_Q, _P):
                body = chunk[position + 5 : end]
                pieces.append(_message_in(kind, body, codec))
                changed = True
            else:
                pieces.append(chunk[position:end])
            position = end
        out.append(b"".join(pieces) if changed else chunk)
    return out


def _text_span(kind: int, body: bytes) -> tuple[int, int]:
    """Where the SQL text of a Query or Parse body lies (a Parse's name comes first); an end
    before the start when the body is malformed."""
    if kind == _Q:
        return 0, body.find(b"\0")
    start = body.find(b"\0") + 1
    if start == 0:
        return 0, -1
    return start, body.find(b"\0", start)


def _message_in(kind: int, body: bytes, codec: str) -> bytes:
    start, end = _text_span(kind, body)
    text = body[start:end].decode("utf-8", "surrogateescape")
    try:
        encoded = text.encode(codec)
    except UnicodeEncodeError as exc:
        raise UntranslatableText(
            f"character {text[exc.start]!r} of a statement pgstitch rewrote has no equivalent in"
            f" the session's client_encoding ({codec})"
        ) from None
    return encode_message(bytes((kind,)), body[:start] + encoded + body[end:])
