"""Sync's own tables, in the `pgstitch` schema of the managed database.

They live next to the tables sync lands values into, whatever the store: the quarantine holds
values that could not land (so the drain of a batch and its quarantine commit together), and
`shadow_tables` remembers the OID of every table with shadow columns, so a rename is followed
even when it happened while no sync instance was running.
"""

from __future__ import annotations

from psycopg import AsyncConnection

# Advisory lock keys (two int4): pgstitch's namespace, and this layout.
_LAYOUT_LOCK = (0x70677374, 0x73796E63)  # "pgst", "sync"

_DDL = """
CREATE SCHEMA IF NOT EXISTS pgstitch;
CREATE TABLE IF NOT EXISTS pgstitch.quarantine (
    schema_name text,
    table_name text,
    column_name text,
    row_key text,
    value text,
    error text NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (schema_name, table_name, column_name, row_key)
);
CREATE TABLE IF NOT EXISTS pgstitch.shadow_tables (
    schema_name text,
    table_name text,
    table_oid bigint NOT NULL,
    PRIMARY KEY (schema_name, table_name)
);
"""


async def ensure_sync_layout(conn: AsyncConnection) -> None:
    """Create sync's tables unless they are there; safe when several processes race."""
    cur = await conn.execute(
        "SELECT to_regclass('pgstitch.quarantine') IS NOT NULL"
        " AND to_regclass('pgstitch.shadow_tables') IS NOT NULL"
    )
    row = await cur.fetchone()
    if row and row[0]:
        return
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", _LAYOUT_LOCK)
        await conn.execute(_DDL)


async def known_table_oids(conn: AsyncConnection) -> dict[tuple[str, str], int]:
    """The OID last seen for every table that had shadow columns."""
    cur = await conn.execute(
        "SELECT schema_name, table_name, table_oid FROM pgstitch.shadow_tables"
    )
    return {(s, t): oid for s, t, oid in await cur.fetchall()}


async def remember_table_oids(
    conn: AsyncConnection,
    seen: dict[tuple[str, str], int],
    forget: list[tuple[str, str]] | tuple[()] = (),
) -> None:
    """Record the OIDs of these tables and forget those names, in one transaction."""
    async with conn.transaction():
        for schema, table in forget:
            await conn.execute(
                "DELETE FROM pgstitch.shadow_tables WHERE schema_name = %s AND table_name = %s",
                (schema, table),
            )
        for (schema, table), oid in seen.items():
            await conn.execute(
                "INSERT INTO pgstitch.shadow_tables VALUES (%s, %s, %s)"
                " ON CONFLICT (schema_name, table_name) DO UPDATE SET table_oid = EXCLUDED.table_oid",
                (schema, table, oid),
            )
