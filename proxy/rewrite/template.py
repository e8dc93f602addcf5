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

# Slot texts a parked source keeps (see ParkedSource.slot_texts).
_SLOT_TEXTS_KEPT = 4096


@dataclass(frozen=True, slots=True)
class ValueSlot:
    """Where the value of one shadow column for the current row goes."""

    column: ServedColumn
    # The row key expression; None when the value can never be parked (no primary key, or
    # EXCLUDED in ON CONFLICT), so the default is the value.
    key_sql: str | None
    # The row itself (an SQL-ready qualifier), read while the column is being landed.
    row_sql: str | None = None
    # Read the last committed parked values (a write that has locked the row), not the
    # statement's snapshot.
    fresh: bool = False
    # The parked values are this jsonb expression: what a write just upserted for the row.
    vals_sql: str | None = None
    # An expression of the row the planner cannot know (see `ServedColumn.unparked_value`).
    anchor_sql: str | None = None

    @property
    def parked_table(self) -> tuple[str, str] | None:
        """The table whose parked values rendering reads, if any."""
        if self.key_sql is None:
            return None
        return (self.column.schema, self.column.table)

    def render(self, parked: ParkedSource) -> str:
        """The SQL expression for the value, given where parked values live now."""
        column = self.column
        if self.vals_sql is not None:
            vals = parked.written_vals_sql(column.schema, column.table, self.key_sql, self.vals_sql)
            return column.parked_value(vals, self.row_sql, self.key_sql)
        if self.key_sql is not None:
            if self.fresh:
                vals = parked.fresh_vals_sql(column.schema, column.table, self.key_sql)
            else:
                vals = parked.vals_sql(column.schema, column.table, self.key_sql)
            if vals is not None:
                return column.parked_value(vals, self.row_sql, self.key_sql)
        return column.unparked_value(self.row_sql, self.anchor_sql, self.key_sql)


@dataclass(frozen=True, slots=True)
class WriteSlot:
    """Where a write parks values: the relation to upsert into, or a statement removing rows.

    `keys_sql` (for removals) is a query yielding the row keys whose parked values go.
    """

    schema: str
    table: str
    keys_sql: str | None = None

    @property
    def parked_table(self) -> tuple[str, str]:
        """The table whose parked values the write changes."""
        return (self.schema, self.table)

    def render(self, parked: ParkedSource) -> str:
        """The relation name, or the removing statement."""
        if self.keys_sql is None:
            return parked.write_relation
        return parked.remove_rows_sql(self.schema, self.table, self.keys_sql)


@dataclass(frozen=True, slots=True)
class MovedSlot:
    """The parked values a row takes to its new primary key in an UPDATE changing the key: all
    of its old key's values, fresh, then `assigned_sql` (jsonb) over them; they replace
    whatever the new key held."""

    schema: str
    table: str
    old_key_sql: str
    assigned_sql: str

    @property
    def parked_table(self) -> tuple[str, str]:
        """The table whose parked values rendering reads and writes."""
        return (self.schema, self.table)

    def render(self, parked: ParkedSource) -> str:
        """A jsonb expression, as the parked source keeps values."""
        return parked.moved_vals_sql(self.schema, self.table, self.old_key_sql, self.assigned_sql)


@dataclass(frozen=True, slots=True)
class RaiseSlot:
    """An expression of type text that fails the statement with this SQLSTATE and message."""

    sqlstate: str
    message: str
    parked_table = None

    def render(self, parked: ParkedSource) -> str:
        """A call of the helper function `raise_error` where the parked source keeps it."""
        return (
            f"{parked.helpers_schema}.raise_error("
            f"{quote_literal(self.sqlstate)}, {quote_literal(self.message)})"
        )


@dataclass(frozen=True, slots=True)
class HelperSlot:
    """The name of one of the helper functions rewritten writes call (`parked_text`…),
    qualified by the schema where the parked source keeps them."""

    function: str
    parked_table = None

    def render(self, parked: ParkedSource) -> str:
        """`schema.function`."""
        return f"{parked.helpers_schema}.{self.function}"


@dataclass(frozen=True, slots=True)
class RewriteError:
    """A statement pgstitch refuses (for now: writes to shadow columns).

    `position` is a 1-based character offset into the original text, like ErrorResponse P;
    `routine`, when given, is the R field Postgres would send (some drivers go by it).
    """

    sqlstate: str
    message: str
    position: int | None
    statement: int
    routine: str | None = None

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


# Parts of the template that are filled in when it is rendered.
Slot = ValueSlot | WriteSlot | RaiseSlot
# A piece of the rewritten text: its content, the character offset in the original text it
# stands for, and whether it is a verbatim copy of the original from there.
Piece = tuple[str | Slot, int, bool]


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
    # The (schema, table, column) shadow columns the statements park values for (INSERT
    # stores every served column, DELETE removes them all, UPDATE those it sets).
    written_columns: frozenset[tuple[str, str, str]] = frozenset()
    # (output name, row type OID) of each whole-row reference to a table with shadow columns
    # that a statement outputs at its top level: Postgres describes it as a `record`, a real
    # column's table as the table's row type (proxy/row_types.py puts that back).
    row_types: tuple[tuple[str, int], ...] = ()

    @property
    def parked_tables(self) -> frozenset[tuple[str, str]]:
        """The (schema, table) pairs whose parked values rendering may read or write."""
        tables = set()
        for content, _origin, _verbatim in self.pieces:
            if type(content) is not str and content.parked_table is not None:
                tables.add(content.parked_table)
        return frozenset(tables)

    def render(self, parked: ParkedSource) -> str:
        """The SQL to send upstream now."""
        return "".join(
            content if type(content) is str else content.render(parked)
            for content, _origin, _verbatim in self.pieces
        )

    def render_mapped(self, parked: ParkedSource) -> RenderedSql:
        """The SQL to send upstream, with the map back to original positions."""
        memo = parked.slot_texts
        if memo is None:
            texts = [
                content if type(content) is str else content.render(parked)
                for content, _origin, _verbatim in self.pieces
            ]
        else:
            texts = []
            for content, _origin, _verbatim in self.pieces:
                if type(content) is not str:
                    slot = content
                    content = memo.get(slot)
                    if content is None:
                        content = slot.render(parked)
                        if len(memo) < _SLOT_TEXTS_KEPT:
                            memo[slot] = content
                texts.append(content)
        starts = []
        offset = 0
        for text in texts:
            starts.append(offset)
            offset += len(text)
        return RenderedSql("".join(texts), tuple(starts), self.pieces)
