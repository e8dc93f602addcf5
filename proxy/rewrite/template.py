"""A rewrite as a cacheable template, and what rendering it gives.

Parked values change between executions, so a `Rewrite` never holds them: it is the rewritten
text with `ValueSlot`s, filled by `render` from a `ParkedSource` each time it runs. Every piece
remembers where it came from in the original text, so an error position in the rendered text
maps back to what the client wrote.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from proxy.rewrite.parked import ParkedSource
from proxy.rewrite.served import ServedColumn
from proxy.rewrite.sqltext import quote_literal


@dataclass(frozen=True, slots=True)
class ValueSlot:
    """Where the value of one shadow column for the current row goes."""

    column: ServedColumn
    # The row key expression; None when the value can never be parked (no primary key, or
    # EXCLUDED in ON CONFLICT), so the default is the value.
    key_sql: str | None

    def render(self, parked: ParkedSource) -> str:
        """The SQL expression for the value, given where parked values live now."""
        if self.key_sql is not None:
            vals = parked.vals_sql(self.column.schema, self.column.table, self.key_sql)
            if vals is not None:
                return self.column.parked_value(vals)
        return self.column.typed_default


@dataclass(frozen=True, slots=True)
class RewriteError:
    """A statement pgstitch refuses (for now: writes to shadow columns).

    `position` is a 1-based character offset into the original text, like ErrorResponse P.
    """

    sqlstate: str
    message: str
    position: int | None
    statement: int

    def raising_sql(self) -> str:
        """A statement that makes Postgres itself raise this error, in its place in the string.

        Used in the simple protocol, so that the statements before it run and the implicit
        transaction is rolled back exactly as Postgres would.
        """
        body = (
            f"BEGIN RAISE EXCEPTION USING ERRCODE = {quote_literal(self.sqlstate)},"
            f" MESSAGE = {quote_literal(self.message)}; END"
        )
        return f"DO {quote_literal(body)}"


# A piece of the rewritten text: its content, the character offset in the original text it
# stands for, and whether it is a verbatim copy of the original from there.
Piece = tuple[str | ValueSlot, int, bool]


@dataclass(frozen=True)
class RenderedSql:
    """A rendered statement string and the map from its positions back to the original."""

    sql: str
    _starts: tuple[int, ...]
    _pieces: tuple[Piece, ...]

    def original_position(self, position: int) -> int | None:
        """Map a 1-based character position in `sql` to one in the original text."""
        index = position - 1
        if index < 0 or index > len(self.sql) or not self._pieces:
            return None
        slot = bisect_right(self._starts, index) - 1
        if slot < 0:
            return None
        _content, origin, verbatim = self._pieces[slot]
        if verbatim:
            return origin + (index - self._starts[slot]) + 1
        return origin + 1


@dataclass(frozen=True)
class Rewrite:
    """The rewritten form of a query string, ready to render."""

    pieces: tuple[Piece, ...]
    errors: tuple[RewriteError, ...] = ()

    @property
    def parked_tables(self) -> frozenset[tuple[str, str]]:
        """The (schema, table) pairs whose parked values rendering may need."""
        return frozenset(
            (p[0].column.schema, p[0].column.table)
            for p in self.pieces
            if isinstance(p[0], ValueSlot) and p[0].key_sql is not None
        )

    def render(self, parked: ParkedSource) -> str:
        """The SQL to send upstream now."""
        return "".join(
            content if type(content) is str else content.render(parked)
            for content, _origin, _verbatim in self.pieces
        )

    def render_mapped(self, parked: ParkedSource) -> RenderedSql:
        """The SQL to send upstream, with the map back to original positions."""
        texts = [
            content if type(content) is str else content.render(parked)
            for content, _origin, _verbatim in self.pieces
        ]
        starts = []
        offset = 0
        for text in texts:
            starts.append(offset)
            offset += len(text)
        return RenderedSql("".join(texts), tuple(starts), self.pieces)
