"""Values that could not land in their real column: kept in `pgstitch.quarantine`, never dropped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from psycopg import AsyncConnection


@dataclass(frozen=True, slots=True)
class Quarantined:
    """One value that did not land: where it was going, the value (text or NULL) and why."""

    schema: str
    table: str
    column: str
    row_key: str
    value: str | None
    error: str
    quarantined_at: datetime | None = None


async def quarantine(
    conn: AsyncConnection,
    schema: str,
    table: str,
    column: str,
    entries: Iterable[tuple[str, str | None, str]],
) -> int:
    """Keep (row_key, value, error) entries, in the caller's transaction; returns how many.

    Quarantining the same row again replaces the entry, so a re-run after a crash is harmless.
    """
    rows = [(schema, table, column, key, value, error) for key, value, error in entries]
    if rows:
        async with conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO pgstitch.quarantine"
                " (schema_name, table_name, column_name, row_key, value, error)"
                " VALUES (%s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (schema_name, table_name, column_name, row_key) DO UPDATE SET"
                " value = EXCLUDED.value, error = EXCLUDED.error, quarantined_at = now()",
                rows,
            )
    return len(rows)


async def quarantine_counts(conn: AsyncConnection) -> dict[tuple[str, str, str], int]:
    """How many values are quarantined per column; empty when sync never ran here."""
    cur = await conn.execute("SELECT to_regclass('pgstitch.quarantine') IS NOT NULL")
    row = await cur.fetchone()
    if not row or not row[0]:
        return {}
    cur = await conn.execute(
        "SELECT schema_name, table_name, column_name, count(*) FROM pgstitch.quarantine"
        " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    return {(s, t, c): n for s, t, c, n in await cur.fetchall()}


async def quarantined_values(
    conn: AsyncConnection, schema: str, table: str, column: str
) -> list[Quarantined]:
    """Every quarantined value of one column, by row key."""
    cur = await conn.execute("SELECT to_regclass('pgstitch.quarantine') IS NOT NULL")
    row = await cur.fetchone()
    if not row or not row[0]:
        return []
    cur = await conn.execute(
        "SELECT schema_name, table_name, column_name, row_key, value, error, quarantined_at"
        " FROM pgstitch.quarantine"
        " WHERE schema_name = %s AND table_name = %s AND column_name = %s ORDER BY row_key",
        (schema, table, column),
    )
    return [Quarantined(*r) for r in await cur.fetchall()]
