"""Pending migrations: migration files whose columns the live database does not have yet.

The files are read like `pgstitch history` reads them and replayed; every column they leave on a
table that exists live, but that the live table lacks, is about to land. Columns of tables the
database does not have at all are left out: a shadow column needs its table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from predictor.evidence import PENDING, ColumnEvidence, Evidence
from predictor.migrations.reader import read_migrations
from predictor.schema_state import replay

Report = Callable[[str], None]
DEFAULT_SCHEMA = "public"


def pending_evidence(
    directory: str | Path, live: dict[str, set[str]], as_of: datetime, report: Report
) -> Evidence:
    """Evidence from a migrations directory against the live columns {table: {column, …}}.

    Live table names follow the change log convention: `schema.table`, or `table` in public.
    """
    state = replay(read_migrations(directory, report))
    columns = []
    for name, table in sorted(state.tables.items()):
        if name not in live:
            continue
        for column, info in table.columns.items():
            if column not in live[name]:
                columns.append(
                    ColumnEvidence(
                        PENDING, name, column, 1.0, as_of, info.type, info.default, "migration file"
                    )
                )
    return Evidence(tuple(columns))


def live_columns(catalog) -> dict[str, set[str]]:
    """{table: column names} of the ordinary and partitioned tables of a catalog snapshot."""
    found: dict[str, set[str]] = {}
    for (schema, name), table in catalog.tables.items():
        if table.kind not in ("r", "p"):
            continue
        key = name if schema == DEFAULT_SCHEMA else f"{schema}.{name}"
        found[key] = set(table.column_names)
    return found


async def load_live_columns(dsn: str) -> dict[str, set[str]]:
    """The live columns of the database at `dsn`, read with the shared catalog query."""
    import psycopg

    from shadow.catalog import load_catalog

    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        return live_columns(await load_catalog(conn, 0))
