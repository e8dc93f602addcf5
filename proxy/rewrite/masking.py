"""Finding the constants of a statement cheaply, to key rewrites by the text with them masked.

Statements sent with the simple protocol carry their values as literals, so two executions of
the same statement rarely share a text. `mask_literals` finds the constants Postgres's lexer
would read (standard_conforming_strings on, as libpg_query assumes) and gives the text with each
one replaced by a marker of its kind; statements that differ only in those constants share the
masked key.

Masked, when they are one whole, valid token of Postgres's lexer:
- numbers: `42`, `1_000`, `1.5`, `.5`, `1e5`, `1.5E-3`, `0x1F`, `0o17`, `0b101`;
- strings: `'…'` (with `''` doubled), `E'…'` whose backslash escapes cannot fail (no octal,
  `\\x`, `\\u` or `\\U` escape), `U&'…'` without escapes, and dollar-quoted `$tag$…$tag$`;
- bit strings: `B'0101'` and `X'1F'` with valid digits.

A constant touching an identifier character (`date'2024-01-01'`, `1abc`) or a dot (`1..5`), and
`N'…'`, stay part of the key, as does every constant whose lexing could fail. The scanner gives
up on the whole text (None) when it cannot be sure of the tokens: an unterminated quote or
comment, a NUL, a `UESCAPE` clause, a string continued over a newline (`'a'` newline `'b'` is
one constant in Postgres), a parameter, number or dollar-quoted string directly followed by a
letter or `$` (`$1abc`), or text that already holds `$1999…`, the placeholders' prefix.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Kinds of masked constants: the marker standing for each in the masked key.
NUMBER = "\x00n"
STRING = "\x00s"
BITS = "\x00b"

# Placeholders are parameters numbered from here; the masked text must not contain the prefix.
PLACEHOLDER_BASE = 1_999_000_000
PLACEHOLDER_PREFIX = "$1999"
PLACEHOLDER_PATTERN = re.compile(r"\$1999\d{6}")
MAX_LITERALS = PLACEHOLDER_BASE // 1000 - 1  # keeps every placeholder the same width

_IDENT_CHARS = "A-Za-z0-9_$\x80-\U0010ffff"
_DIGITS = "[0-9](?:_?[0-9])*"
# Where something that is not plain code may begin; the rest of the text is skipped in C.
_START = re.compile(r"[\"'$0-9]|--|/\*|\.[0-9]")
_NUMBER = re.compile(
    rf"0[xX](?:_?[0-9A-Fa-f])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
    rf"|(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][-+]?{_DIGITS})?"
)
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_\x80-\U0010ffff]*)?\$")
_IDENT_CHAR = re.compile(f"[{_IDENT_CHARS}]")
_IDENT_REST = re.compile(f"[{_IDENT_CHARS}]*")
_PARAM_DIGITS = re.compile("[0-9]*")
_NUMBER_START = frozenset("0123456789.")
_IDENT_OR_DOT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.")
_STANDARD_BODY = re.compile(r"(?:[^']|'')*'")
_ESCAPE_BODY = re.compile(r"(?:[^'\\]|''|\\.)*'", re.DOTALL)
_SAFE_ESCAPE_BODY = re.compile(r"(?:[^'\\]|''|\\[^0-7xuU])*'", re.DOTALL)
_BIT_BODY = {"b": re.compile("[01]*'"), "x": re.compile("[0-9A-Fa-f]*'")}
_ANY_BIT_BODY = re.compile("[^']*'")
_CONTINUED = re.compile(r"(?:\s|--[^\n]*+)*'")
_PREFIXES = frozenset("eEbBxXnN")


class MaskedLiterals(NamedTuple):
    """A statement's masked key, the [start, end) character spans of its masked constants and
    whether the text refers to parameters (`$n`)."""

    key: str
    spans: tuple[tuple[int, int], ...]
    parameters: bool = False

    def placeholder_sql(self, sql: str) -> str:
        """`sql` with each masked constant replaced by its placeholder parameter."""
        parts = []
        position = 0
        for number, (start, end) in enumerate(self.spans):
            parts.append(sql[position:start])
            parts.append(f"${PLACEHOLDER_BASE + number}")
            position = end
        parts.append(sql[position:])
        return "".join(parts)


def mask_literals(sql: str) -> MaskedLiterals | None:
    """The masked form of `sql`, or None when nothing is masked or the text is not understood."""
    if "\x00" in sql:
        return None
    key: list[str] = []
    spans: list[tuple[int, int]] = []
    parameters = False
    position = 0  # end of the text already copied into the key
    cursor = 0
    length = len(sql)
    search = _START.search
    ident_char = _IDENT_CHAR.match
    while True:
        match = search(sql, cursor)
        if match is None:
            break
        start = match.start()
        first = sql[start]
        if first in _NUMBER_START:
            end = _NUMBER.match(sql, start).end()
            before = sql[start - 1] if start else " "
            if before in _IDENT_OR_DOT or before > "\x7f":
                # Digits in an identifier (u1_0) run on with it; `x.5` and `1..5` are left be.
                if first != ".":
                    cursor = _IDENT_REST.match(sql, start).end()
                elif end < length and sql[end] == "$":
                    return None  # `x.5$$…$$`: the number ends where a string starts
                else:
                    cursor = end
                continue
            cursor = end
            if end < length:
                after = sql[end]
                if after in _IDENT_OR_DOT or after > "\x7f":
                    if after == "$":
                        return None  # `1$$x$$` is 1 then a string, not what the checks assume
                    continue
            key.append(sql[position:start])
            key.append(NUMBER)
            spans.append((start, end))
            position = end
            continue
        if first == "'":
            start, prefix = _string_prefix(sql, start)
            scanned = _string_end(sql, match.end(), prefix)
            if scanned is None:
                return None
            end, maskable, marker = scanned
            cursor = end
            if _CONTINUED.match(sql, end):
                return None
            if not maskable or (start and ident_char(sql, start - 1)):
                continue
        elif first == "$":
            if start and ident_char(sql, start - 1):
                cursor = _IDENT_REST.match(sql, start).end()
                continue
            tag = _DOLLAR_TAG.match(sql, start)
            if tag is None:  # a parameter, $n
                parameters = True
                cursor = _PARAM_DIGITS.match(sql, start + 1).end()
                if cursor < length and ident_char(sql, cursor):
                    return None  # `$1abc` is $1 then abc, not what the checks assume
                continue
            close = sql.find(tag.group(), tag.end())
            if close < 0:
                return None
            end = cursor = close + len(tag.group())
            if _CONTINUED.match(sql, end) or (end < length and ident_char(sql, end)):
                return None
            marker = STRING
        elif first == '"':
            cursor = _quoted_ident_end(sql, start)
            if cursor < 0:
                return None
            continue
        elif first == "-":
            newline = sql.find("\n", start)
            if newline < 0:
                break
            cursor = newline + 1
            continue
        else:
            cursor = _block_comment_end(sql, start)
            if cursor < 0:
                return None
            continue
        if end < length and ident_char(sql, end):
            continue
        key.append(sql[position:start])
        key.append(marker)
        spans.append((start, end))
        position = end
    if not spans or len(spans) > MAX_LITERALS:
        return None
    key.append(sql[position:])
    masked = "".join(key)
    if PLACEHOLDER_PREFIX in masked or "uescape" in masked.lower():
        return None
    return MaskedLiterals(masked, tuple(spans), parameters)


def _string_prefix(sql: str, quote: int) -> tuple[int, str]:
    """Where the quoted constant whose opening quote is at `quote` starts, and its prefix."""
    before = sql[quote - 1] if quote else ""
    if before in _PREFIXES and (quote == 1 or not _IDENT_CHAR.match(sql, quote - 2)):
        return quote - 1, before.lower()
    unicode = before == "&" and quote >= 2 and sql[quote - 2] in "uU"
    if unicode and (quote == 2 or not _IDENT_CHAR.match(sql, quote - 3)):
        return quote - 2, "u&"
    return quote, ""


def _string_end(sql: str, body_start: int, prefix: str) -> tuple[int, bool, str] | None:
    """(end, maskable, marker) of a quoted constant whose body starts at `body_start`.

    None when it is not terminated.
    """
    if prefix == "e":
        safe = _SAFE_ESCAPE_BODY.match(sql, body_start)
        if safe is not None:
            return safe.end(), True, STRING
        body = _ESCAPE_BODY.match(sql, body_start)
        return None if body is None else (body.end(), False, STRING)
    if prefix in ("b", "x"):
        valid = _BIT_BODY[prefix].match(sql, body_start)
        if valid is not None:
            return valid.end(), True, BITS
        body = _ANY_BIT_BODY.match(sql, body_start)
        return None if body is None else (body.end(), False, BITS)
    body = _STANDARD_BODY.match(sql, body_start)
    if body is None:
        return None
    end = body.end()
    if prefix == "n":
        return end, False, STRING
    if prefix == "u&":
        return end, "\\" not in sql[body_start:end], STRING
    return end, True, STRING


def _quoted_ident_end(sql: str, start: int) -> int:
    """The end of the "quoted identifier" at `start` (a doubled quote stays inside), or -1."""
    cursor = start + 1
    while True:
        close = sql.find('"', cursor)
        if close < 0:
            return -1
        if sql.startswith('""', close):
            cursor = close + 2
            continue
        return close + 1


def _block_comment_end(sql: str, start: int) -> int:
    """The end of the /* block comment */ at `start` (they nest in Postgres), or -1."""
    depth = 0
    cursor = start
    while True:
        opening = sql.find("/*", cursor)
        closing = sql.find("*/", cursor)
        if closing < 0:
            return -1
        if 0 <= opening < closing:
            depth += 1
            cursor = opening + 2
            continue
        depth -= 1
        cursor = closing + 2
        if depth == 0:
            return cursor
