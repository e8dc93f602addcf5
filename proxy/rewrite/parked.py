"""Where a rendered rewrite finds parked values: a relation `(row_key text, vals jsonb)` per table.

`vals` maps a column name to the value's text form (Postgres text I/O) or JSON null for NULL.
The postgres store keeps them in the `pgstitch.parked` table; the memory and redis stores hold
them outside the database, so they are rendered as literals.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping

from proxy.rewrite.sqltext import quote_literal
from shadow.store.literal import parked_values_sql

# A table's parked rows: row key -> {column -> text or None}.
ParkedRows = Mapping[str, Mapping[str, str | None]]

_ALIAS = '"pgstitch_parked"'


class ParkedSource(ABC):
    """The parked values a rendered statement reads."""

    @abstractmethod
    def relation_sql(self, schema: str, table: str) -> str | None:
        """A FROM item yielding `(row_key text, vals jsonb)`, or None: nothing parked."""

    def vals_sql(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """A scalar jsonb expression: the parked `vals` of the row whose key `row_key_sql` is."""
        relation = self.relation_sql(schema, table)
        if relation is None:
            return None
        return (
            f"(SELECT {_ALIAS}.vals FROM {relation} AS {_ALIAS}"
            f" WHERE {_ALIAS}.row_key = {row_key_sql})"
        )


class NoParkedValues(ParkedSource):
    """Nothing parked anywhere: every shadow column reads its default."""

    def relation_sql(self, schema: str, table: str) -> str | None:
        return None


class TableParkedSource(ParkedSource):
    """Values in a table shaped like `pgstitch.parked(schema_name, table_name, row_key, vals)`.

    `tables`, when given, lists the tables that have parked values; the others read defaults
    without looking.
    """

    def __init__(
        self,
        tables: Iterable[tuple[str, str]] | None = None,
        relation: str = "pgstitch.parked",
    ) -> None:
        self._tables = None if tables is None else frozenset(tables)
        self._relation = relation

    def relation_sql(self, schema: str, table: str) -> str | None:
        if self._tables is not None and (schema, table) not in self._tables:
            return None
        return (
            f"(SELECT row_key, vals FROM {self._relation}"
            f" WHERE schema_name = {quote_literal(schema)} AND table_name = {quote_literal(table)})"
        )


class LiteralParkedSource(ParkedSource):
    """Values held outside the database, written into the statement as escaped literals.

    Raises ValueError for text Postgres cannot hold (NUL, lone surrogates).
    """

    def __init__(self, rows: Mapping[tuple[str, str], ParkedRows]) -> None:
        self._rows = {key: value for key, value in rows.items() if value}
        self._relations: dict[tuple[str, str], str] = {}
        self._documents: dict[tuple[str, str], str] = {}
        for key, table_rows in self._rows.items():
            # Validates every key, column and value, and renders once.
            self._relations[key] = parked_values_sql(table_rows)
            document = json.dumps(table_rows, ensure_ascii=True, separators=(",", ":"))
            self._documents[key] = f"{quote_literal(document)}::jsonb"

    def relation_sql(self, schema: str, table: str) -> str | None:
        return self._relations.get((schema, table))

    def vals_sql(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """A direct jsonb lookup, cheaper than searching the relation row by row."""
        document = self._documents.get((schema, table))
        if document is None:
            return None
        return f"({document} -> {row_key_sql})"
