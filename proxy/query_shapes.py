"""Simple Queries recognised by their shape from their bytes, without masking their constants.

A session remembers what it did with a Query whose constants are all integers: ran it as a kept
statement, or sent it as it was. A later Query of the same shape, with other integers, can then
go the same way at the cost of two C calls instead of `mask_literals` and the rewriter's lookups:

- its message body with every ASCII digit taken out (its *skeleton*) finds the shapes that may
  match;
- a pattern of the remembered text's bytes, with `([0-9]+)` where each constant stood, must match
  the whole body, and its groups are the constants.

A match means `mask_literals` would give the new text the remembered masked text: only the digits
of masked constants differ, and those constants had the same neighbours (never a digit, a letter,
`_`, `$` or `.`, or they would not have been masked), so the new digits are read as the same
tokens. Constants out of Postgres's `integer` range do not match: the kept statement's
parameters are of that type.
"""

from __future__ import annotations

import re
from typing import Generic, TypeVar

Value = TypeVar("Value")

_DIGITS = b"0123456789"
_CONSTANT = b"([0-9]+)"
_INTEGER_MAX = 2**31 - 1
_HEADER = 5  # a Query message's type byte and length


class QueryShapes(Generic[Value]):
    """Query shapes with integer constants, each with what its Queries get; at most `limit`
    shapes (past that it starts afresh)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._count = 0
        self._by_skeleton: dict[bytes, list[tuple[re.Pattern[bytes], Value]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_skeleton)

    def remember(self, sql: str, spans: tuple[tuple[int, int], ...], value: Value) -> None:
        """Remember `value` for the shape of the Query text `sql`, whose constants, all
        integers, are at the character `spans` (from `mask_literals`)."""
        pieces = []
        position = 0
        for start, end in spans:
            pieces.append(re.escape(sql[position:start].encode()))
            position = end
        pieces.append(re.escape(sql[position:].encode() + b"\0"))
        pattern = re.compile(_CONSTANT.join(pieces), re.DOTALL)
        skeleton = (sql.encode() + b"\0").translate(None, _DIGITS)
        entries = self._by_skeleton.get(skeleton, [])
        for index, (known, _value) in enumerate(entries):
            if known.pattern == pattern.pattern:
                entries[index] = (known, value)
                return
        if self._count >= self._limit:
            self.clear()
            entries = []
        if not entries:
            self._by_skeleton[skeleton] = entries
        entries.append((pattern, value))
        self._count += 1

    def find(self, raw: bytes) -> tuple[Value, tuple[bytes, ...]] | None:
        """What was remembered for the shape of the Query message `raw`, and its constants (as
        digits); None when no shape remembered matches it."""
        entries = self._by_skeleton.get(raw[_HEADER:].translate(None, _DIGITS))
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
