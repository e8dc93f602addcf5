"""The clauses of one statement, found among its tokens: top-level keywords and list items.

Write rewrites move and repeat parts of a statement (the WHERE clause, SET items, VALUES
rows, RETURNING items). The parse tree says what the parts are; their extent in the text comes
from the tokens, counting parentheses and brackets so that nested queries and expressions are
skipped.
"""

from __future__ import annotations

from collections.abc import Collection

from proxy.rewrite.tokens import StatementTokens, Token

_OPEN = frozenset({"ASCII_40", "ASCII_91"})
_CLOSE = frozenset({"ASCII_41", "ASCII_93"})
COMMA = "ASCII_44"
SEMICOLON = "ASCII_59"

# A range of tokens [first, stop) by index.
TokenRange = tuple[int, int]


class Clauses:
    """Top-level keywords and comma-separated lists of one statement."""

    def __init__(self, tokens: StatementTokens) -> None:
        self._statement = tokens
        self.tokens: list[Token] = tokens.tokens
        stop = len(self.tokens)
        while stop and self.tokens[stop - 1].name == SEMICOLON:
            stop -= 1
        if not stop:
            raise ValueError("an empty statement")
        self.stop = stop

    @property
    def start(self) -> int:
        """Byte offset where the statement's first token starts."""
        return self.tokens[0].start

    @property
    def end(self) -> int:
        """Byte offset where the statement's last token (before any `;`) ends."""
        return self.tokens[self.stop - 1].end

    def index_at(self, position: int) -> int:
        """Index of the token starting at byte `position` (or the first one after it)."""
        return self._statement.index_at(position)

    def name(self, index: int) -> str | None:
        """The token name at `index`, None past the end."""
        return self.tokens[index].name if index < self.stop else None

    def find(self, names: Collection[str], first: int, stop: int | None = None) -> int | None:
        """Index of the first token at depth 0 (relative to `first`) named one of `names`.

        `FROM` of `IS [NOT] DISTINCT FROM` and an `ON` not followed by `CONFLICT` do not count.
        """
        depth = 0
        tokens = self.tokens
        for index in range(first, self.stop if stop is None else stop):
            name = tokens[index].name
            if depth == 0 and name in names and not self._in_expression(index):
                return index
            if name in _OPEN:
                depth += 1
            elif name in _CLOSE:
                depth -= 1
                if depth < 0:
                    return None
        return None

    def _in_expression(self, index: int) -> bool:
        name = self.tokens[index].name
        if name == "FROM":
            return index > 0 and self.tokens[index - 1].name == "DISTINCT"
        if name == "ON":
            return self.name(index + 1) != "CONFLICT"
        return False

    def matching(self, index: int) -> int:
        """Index of the token closing the parenthesis or bracket opened at `index`."""
        depth = 0
        for cursor in range(index, self.stop):
            name = self.tokens[cursor].name
            if name in _OPEN:
                depth += 1
            elif name in _CLOSE:
                depth -= 1
                if depth == 0:
                    return cursor
        raise ValueError("unbalanced parentheses")

    def split(self, first: int, stop: int) -> list[TokenRange]:
        """The items of a comma-separated list of tokens [first, stop), at depth 0."""
        items: list[TokenRange] = []
        depth = 0
        begin = first
        for index in range(first, stop):
            name = self.tokens[index].name
            if name in _OPEN:
                depth += 1
            elif name in _CLOSE:
                depth -= 1
            elif name == COMMA and depth == 0:
                items.append((begin, index))
                begin = index + 1
        if begin < stop:
            items.append((begin, stop))
        return items

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """Bytes [start, end) of tokens [first, stop)."""
        if stop <= first:
            position = self.tokens[first].start if first < len(self.tokens) else self.end
            return position, position
        return self.tokens[first].start, self.tokens[stop - 1].end

    def containing(self, ranges: list[TokenRange], position: int) -> int:
        """Which of `ranges` holds the token starting at byte `position`."""
        index = self.index_at(position)
        for number, (first, stop) in enumerate(ranges):
            if first <= index < stop:
                return number
        raise ValueError(f"no list item at byte {position}")
