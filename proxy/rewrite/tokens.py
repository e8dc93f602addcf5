"""The tokens of one statement with byte offsets, for the rare edits that need keywords.

pglast's scanner reports character offsets with inclusive ends; the parser reports byte
offsets. `StatementTokens` converts once, lazily, and only for statements that need it
(ONLY, TABLESAMPLE, the TABLE shorthand, GROUP BY insertions).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from pglast.parser import scan

# pglast's scanner reports comments as tokens; the statement's words are what edits look at
# (the keyword before a list, the last token of a statement), so comments are left out.
_COMMENTS = frozenset({"C_COMMENT", "SQL_COMMENT"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token: [start, end) in bytes of the whole query, and pglast's token name."""

    start: int
    end: int
    name: str


class StatementTokens:
    """Tokens of buf[start:end], scanned on first use."""

    def __init__(self, buf: bytes, start: int, end: int) -> None:
        self._buf = buf
        self._start = start
        self._end = end
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []

    @property
    def tokens(self) -> list[Token]:
        """Every token of the statement but comments, in order."""
        if self._tokens is None:
            self._tokens = self._scan()
            self._starts = [t.start for t in self._tokens]
        return self._tokens

    def _scan(self) -> list[Token]:
        chunk = self._buf[self._start : self._end]
        text = chunk.decode("utf-8")
        if len(text) == len(chunk):
            offsets = None
        else:
            widths = (len(ch.encode("utf-8")) for ch in text)
            offsets = [0, *accumulate(widths)]
        base = self._start
        tokens = []
        for tok in scan(text):
            if tok.name in _COMMENTS:
                continue
            start, end = tok.start, tok.end + 1
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            tokens.append(Token(base + start, base + end, tok.name))
        return tokens

    def index_at(self, pos: int) -> int:
        """Index of the token starting at byte `pos` (or the first one after it)."""
        tokens = self.tokens
        return bisect_left(self._starts, pos, 0, len(tokens))

    def before(self, pos: int) -> Token | None:
        """The last token that starts before byte `pos`."""
        index = self.index_at(pos) - 1
        return self.tokens[index] if index >= 0 else None

    def matching_paren(self, index: int) -> int:
        """Index of the ')' closing the '(' at token `index`."""
        depth = 0
        tokens = self.tokens
        for cursor in range(index, len(tokens)):
            name = tokens[cursor].name
            if name == "ASCII_40":
                depth += 1
            elif name == "ASCII_41":
                depth -= 1
                if depth == 0:
                    return cursor
        raise ValueError("unbalanced parentheses")

    def outermost_parens(self, opening: int, close: int) -> tuple[int, int]:
        """The indexes of the outermost of the parentheses that wrap nothing but the pair at
        tokens `opening` and `close` (`((x))`: those of the outer pair)."""
        tokens = self.tokens
        while (
            opening > 0
            and close + 1 < len(tokens)
            and tokens[opening - 1].name == "ASCII_40"
            and tokens[close + 1].name == "ASCII_41"
        ):
            opening, close = opening - 1, close + 1
        return opening, close
