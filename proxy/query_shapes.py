"""Simple Queries recognised by their shape from their bytes, without masking their constants.

A session remembers what it did with a Query whose constants are integers or plain '…' strings:
ran it as a kept statement (integers only), or sent it as it was. A later Query of the same
shape, with other constants, can then go the same way at the cost of a few C calls instead of
`mask_literals` and the rewriter's lookups:

- its message body with the contents of '…' and every ASCII digit taken out (its *skeleton*)
  finds the shapes that may match;
- a pattern of the remembered text's bytes, with `([0-9]+)` where each integer stood and a
  whole '…' string (quotes doubled inside) where each string stood, must match the whole body;
  its groups are the integers.

A match means `mask_literals` would give the new text the remembered masked text: only the
masked constants differ, each is one token of the same kind, and they have the same neighbours
as the remembered ones, which were masked (so never a digit, a letter, `_`, `$` or `.` next to
a number; no prefix letter, no identifier character and no continuation string next to a
string). The skeleton only picks candidates: a text it misreads (a quote in a comment) at worst
finds nothing. Integers out of Postgres's `integer` range do not match: a kept statement's
parameters are of that type.
"""

from __future__ import annotations

import re
from typing import Generic, TypeVar

Value = TypeVar("Value")

_DIGITS = b"0123456789"
_INTEGER = b"([0-9]+)"
_STRING = b"'(?:[^'\\x00]|'')*'"
_QUOTED = re.compile(b"'(?:[^']|'')*'")
_INTEGER_MAX = 2**31 - 1
_HEADER = 5  # a Query message's type byte and length
# Compiled patterns (about 2 kB each) and skeletons, shared by every session's shapes: the
# sessions of one application see the same shapes. At most this many; past that, afresh.
_SHARED_LIMIT = 4096
_shared: dict[bytes, tuple[bytes, re.Pattern[bytes]]] = {}


class QueryShapes(Generic[Value]):
    """One session's Query shapes, each with what its Queries get; at most `limit` shapes (past
    that it starts afresh)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._count = 0
        self._by_skeleton: dict[bytes, list[tuple[re.Pattern[bytes], Value]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_skeleton)

    def remember(self, sql: str, spans: tuple[tuple[int, int], ...], value: Value) -> bool:
        """Remember `value` for the shape of the Query text `sql`, whose constants are at the
        character `spans` (from `mask_literals`); False (nothing remembered) unless each is an
        integer or a plain '…' string."""
        parts = []
        position = 0
        for start, end in spans:
            constant = sql[start:end]
            if constant.isascii() and constant.isdigit():
                kind = _INTEGER
            elif constant[0] == "'":
                kind = _STRING
            else:
                return False
            parts += [re.escape(sql[position:start].encode()), kind]
            position = end
        parts.append(re.escape(sql[position:].encode() + b"\0"))
        skeleton, pattern = _shared_shape(b"".join(parts), sql)
        entries = self._by_skeleton.get(skeleton, [])
        for index, (known, _value) in enumerate(entries):
            if known.pattern == pattern.pattern:
                entries[index] = (known, value)
                return True
        if self._count >= self._limit:
            self.clear()
            entries = []
        if not entries:
            self._by_skeleton[skeleton] = entries
        entries.append((pattern, value))
        self._count += 1
        return True

    def find(self, raw: bytes) -> tuple[Value, tuple[bytes, ...]] | None:
        """What was remembered for the shape of the Query message `raw`, and its integer
        constants (as digits); None when no shape remembered matches it."""
        entries = self._by_skeleton.get(_skeleton(raw[_HEADER:]))
        if entries is None:
            return None
        for pattern, value in entries:
            match = pattern.fullmatch(raw, _HEADER)
            if match is not None:
                constants = match.groups()
                for constant in constants:
                    if len(constant) >= 10 and int(constant) > _INTEGER_MAX:
                        return None
                return value, constants
        return None

    def clear(self) -> None:
        """Forget every shape."""
        self._by_skeleton.clear()
        self._count = 0


def _shared_shape(source: bytes, sql: str) -> tuple[bytes, re.Pattern[bytes]]:
    """The skeleton and the compiled pattern `source` of a shape whose text is `sql`, shared."""
    shared = _shared.get(source)
    if shared is None:
        if len(_shared) >= _SHARED_LIMIT:
            _shared.clear()
        shared = _shared[source] = (_skeleton(sql.encode() + b"\0"), re.compile(source, re.DOTALL))
    return shared


def _skeleton(body: bytes) -> bytes:
    """`body` with each '…' emptied and without digits: the same for two texts that differ
    only in their constants."""
    if b"'" in body:
        body = _QUOTED.sub(b"''", body)
    return body.translate(None, _DIGITS)
