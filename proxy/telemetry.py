"""Telemetry from errors: which unknown column the application asked for, on which table, as what.

Postgres's 42703 message names the column (`column "c" does not exist`, `column t.c does not
exist`, `column "c" of relation "t" does not exist`); the query text tells the table and, from the
context the column is used in, its likely type.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from shadow.catalog import CatalogSnapshot

_MESSAGE = re.compile(
    r'^column (?:"(?P<quoted>(?:[^"]|"")+)"|(?P<qualified>\S+?))'
    r'(?: of relation "(?P<relation>[^"]+)")? does not exist$'
)


@dataclass(frozen=True, slots=True)
class UnknownColumnSighting:
    """One 42703 error, reduced to what the predictor learns from."""

    schema: str | None
    table: str | None
    column: str
    fingerprint: str
    inferred_type: str | None

    @property
    def qualified_name(self) -> str:
        """table.column (or just column when the table is unknown), for logs."""
        return f"{self.table}.{self.column}" if self.table else self.column


def fingerprint(sql: str | None) -> str:
    """A stable identifier of a query's shape, constants left out (pglast's fingerprint)."""
    if not sql:
        return "unknown"
    try:
        from pglast.parser import fingerprint as pg_fingerprint

        return pg_fingerprint(sql)
    except Exception:
        return hashlib.sha1(sql.encode(), usedforsecurity=False).hexdigest()[:16]


def unknown_column_from_error(
    fields: dict[str, str], sql: str | None, catalog: CatalogSnapshot
) -> UnknownColumnSighting | None:
    """The sighting behind an ErrorResponse with SQLSTATE 42703, None if its message is not one."""
    match = _MESSAGE.match(fields.get("M", ""))
    if match is None:
        return None
    table = match.group("relation")
    if match.group("quoted") is not None:
        column = match.group("quoted").replace('""', '"')
    else:
        qualifier, _, column = match.group("qualified").rpartition(".")
        table = table or (qualifier.rpartition(".")[2] or None)
    schema, table, inferred = _context(sql, table, column, catalog)
    return UnknownColumnSighting(schema, table, column, fingerprint(sql), inferred)


def _context(
    sql: str | None, table: str | None, column: str, catalog: CatalogSnapshot
) -> tuple[str | None, str | None, str | None]:
    """(schema, table, inferred type) from the query text, as far as it tells."""
    if not sql:
        return None, table, None
    try:
        from proxy.rewrite.infer import infer_unknown_column
    except ImportError:
        return None, table, None
    return infer_unknown_column(sql, table, column, catalog)
