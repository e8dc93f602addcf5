"""Small pieces of SQL text: quoting identifiers and literals, and reading names at a byte offset.

libpg_query reports UTF-8 byte offsets, so the readers here work on the query's bytes. They only
ever start at an offset the parser reported, where a token begins.
"""

from __future__ import annotations

import re

from shadow.store.literal import sql_string_literal

__all__ = ["quote_ident", "quote_literal", "read_dotted", "skip_space"]

_PLAIN_IDENT = re.compile(rb"[A-Za-z_\x80-\xff][A-Za-z0-9_$\x80-\xff]*")
_SPACE = frozenset(b" \t\n\r\f\v")


def quote_ident(name: str) -> str:
    """`name` as a double-quoted identifier, which Postgres reads back exactly."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """`text` as an E'…' string constant that cannot break out, whatever the session settings."""
    return sql_string_literal(text)


def skip_space(buf: bytes, pos: int) -> int:
    """The offset of the first byte at or after `pos` that is not whitespace or a comment."""
    end = len(buf)
    while pos < end:
        byte = buf[pos]
        if byte in _SPACE:
            pos += 1
        elif buf.startswith(b"--", pos):
            newline = buf.find(b"\n", pos)
            pos = end if newline < 0 else newline + 1
        elif buf.startswith(b"/*", pos):
            pos = _skip_block_comment(buf, pos)
        else:
            break
    return pos


def _skip_block_comment(buf: bytes, pos: int) -> int:
    """Block comments nest in Postgres."""
    depth = 0
    end = len(buf)
    while pos < end:
        if buf.startswith(b"/*", pos):
            depth += 1
            pos += 2
        elif buf.startswith(b"*/", pos):
            depth -= 1
            pos += 2
            if depth == 0:
                return pos
        else:
            pos += 1
    return end


def read_ident(buf: bytes, pos: int) -> int:
    """The end offset of the identifier (plain, "quoted" or U&"quoted") starting at `pos`."""
    if buf.startswith(b'"', pos):
        return _quoted_end(buf, pos)
    if buf[pos : pos + 3].lower() == b'u&"':
        end = _quoted_end(buf, pos + 2)
        after = skip_space(buf, end)
        if buf[after : after + 7].lower() == b"uescape":
            quote = skip_space(buf, after + 7)
            close = buf.find(b"'", quote + 1)
            if close > 0:
                return close + 1
        return end
    match = _PLAIN_IDENT.match(buf, pos)
    if match is None:
        raise ValueError(f"no identifier at byte {pos}")
    return match.end()


def _quoted_end(buf: bytes, pos: int) -> int:
    """End of a "quoted" identifier starting at `pos` (a doubled quote stays inside)."""
    cursor = pos + 1
    while True:
        close = buf.find(b'"', cursor)
        if close < 0:
            raise ValueError(f"unterminated quoted identifier at byte {pos}")
        if buf.startswith(b'""', close):
            cursor = close + 2
            continue
        return close + 1


def read_dotted(buf: bytes, pos: int, parts: int, star: bool = False) -> int:
    """The end of `parts` identifiers joined by dots (and a final `.*` when `star`)."""
    for index in range(parts):
        if index:
            pos = _expect_dot(buf, pos)
        pos = read_ident(buf, pos)
    if star:
        if parts:
            pos = _expect_dot(buf, pos)
        if not buf.startswith(b"*", pos):
            raise ValueError(f"expected * at byte {pos}")
        pos += 1
    return pos


def _expect_dot(buf: bytes, pos: int) -> int:
    pos = skip_space(buf, pos)
    if not buf.startswith(b".", pos):
        raise ValueError(f"expected a dot at byte {pos}")
    return skip_space(buf, pos + 1)
