"""The `pgstitch` schema in the managed database, created on first start (docs/store.md)."""

from __future__ import annotations

import logging

from psycopg import AsyncConnection
from psycopg.errors import InsufficientPrivilege

log = logging.getLogger("pgstitch.shadow")

LAYOUT_VERSION = "5"
# The oldest layout this code works with: layout 5 added `parked_text`, which writes call,
# and `columns.served_since`.
OLDEST_USABLE_LAYOUT = 5
SCHEMA_CHANNEL = "pgstitch_schema"
DDL_CHANNEL = "pgstitch_ddl"
# Advisory lock keys (two int4 keys: a namespace and an object).
LOCK_NAMESPACE = 0x70677374  # "pgst"
LAYOUT_LOCK = (LOCK_NAMESPACE + 1, 0)

_DDL = """
CREATE SCHEMA IF NOT EXISTS pgstitch;
CREATE TABLE IF NOT EXISTS pgstitch.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE IF NOT EXISTS pgstitch.schema_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version bigint NOT NULL
);
INSERT INTO pgstitch.schema_version (version) VALUES (0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS pgstitch.columns (
    schema_name text,
    table_name text,
    column_name text,
    position bigint NOT NULL,
    type text NOT NULL,
    default_sql text,
    not_null boolean NOT NULL,
    check_sql text,
    probability double precision NOT NULL,
    eta timestamptz,
    sources text[] NOT NULL,
    state text NOT NULL,
    PRIMARY KEY (schema_name, table_name, column_name)
);
-- Layout 5: when each column was first served (its existing rows read now() as of then).
ALTER TABLE pgstitch.columns ADD COLUMN IF NOT EXISTS served_since timestamptz;
CREATE TABLE IF NOT EXISTS pgstitch.parked (
    schema_name text,
    table_name text,
    row_key text,
    vals jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (schema_name, table_name, row_key)
);
-- Rewritten reads probe a row's values by key once per row read: a hash probe on the key alone
-- costs about half of a descent of the three-column primary key (docs/store.md).
CREATE INDEX IF NOT EXISTS parked_row_key_hash ON pgstitch.parked USING hash (row_key);
CREATE TABLE IF NOT EXISTS pgstitch.unknown_columns (
    schema_name text,
    table_name text,
    column_name text,
    fingerprint text,
    inferred_type text,
    count bigint NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen timestamptz NOT NULL,
    PRIMARY KEY (schema_name, table_name, column_name, fingerprint)
);
CREATE TABLE IF NOT EXISTS pgstitch.outcomes (
    id bigserial PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    column_name text NOT NULL,
    predicted boolean NOT NULL,
    landed boolean NOT NULL,
    eta_error_days double precision,
    type_match boolean,
    recorded_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS pgstitch.heartbeats (
    proxy_id text PRIMARY KEY,
    last_seen timestamptz NOT NULL,
    schema_version bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS pgstitch.leaders (
    name text PRIMARY KEY,
    token bigint NOT NULL,
    holder text NOT NULL,
    acquired_at timestamptz NOT NULL
);
"""


def write_helpers_sql(schema: str = "pgstitch", relation: str = "pgstitch.parked") -> str:
    """The functions rewritten writes call, created idempotently in `schema` (SQL-ready names).

    - `raise_error(code, message)` raises an error with that SQLSTATE: NOT NULL (23502), CHECK
      (23514) and length (22001) rules of shadow columns fail the statement like Postgres does.
    - `parked_vals(schema, table, row_key)` reads a row's parked values with a fresh snapshot
      (it is VOLATILE): an UPDATE that has locked the row sees the last committed values, so
      concurrent `c = c + 1` never loses an increment. PL/pgSQL keeps its query plan for the
      session, which an SQL function would make again in every statement.
    - `parked_text(value)` is the value's text form under fixed settings (ISO dates,
      `postgres` intervals, shortest exact floats), whatever the writing session set: a date
      parked by a session with `DateStyle = 'SQL, DMY'` must not read back as another day in
      a session with the default `MDY`. Writes of types whose text never depends on settings
      use a plain `::text`, cheaper than a function with its own settings.
    """
    return f"""
CREATE OR REPLACE FUNCTION {schema}.raise_error(p_code text, p_message text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $pgstitch$
BEGIN
    RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message;
END
$pgstitch$;
CREATE OR REPLACE FUNCTION {schema}.parked_vals(p_schema text, p_table text, p_row_key text)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $pgstitch$
BEGIN
    RETURN (SELECT p.vals FROM {relation} AS p
            WHERE p.schema_name = p_schema AND p.table_name = p_table AND p.row_key = p_row_key);
END
$pgstitch$;
CREATE OR REPLACE FUNCTION {schema}.parked_text(p_value anyelement) RETURNS text
LANGUAGE sql STABLE STRICT
SET datestyle = 'ISO, MDY' SET intervalstyle = 'postgres' SET extra_float_digits = 1
AS $pgstitch$ SELECT p_value::text $pgstitch$;
"""


async def ensure_layout(conn: AsyncConnection) -> None:
    """Create the `pgstitch` schema, or bring an older layout up to this one; safe when several
    processes race. A newer layout (a later pgstitch) is left as it is."""
    found = await _layout_version(conn)
    version = int(found) if found is not None and found.isdigit() else None
    if version is not None and version >= int(LAYOUT_VERSION):
        return
    try:
        await _create_or_update(conn)
    except InsufficientPrivilege as exc:
        if version is None or version < OLDEST_USABLE_LAYOUT:
            log.error(
                "the store's layout is version %s and pgstitch needs %s, which this role may not"
                " create (%s): start pgstitch once as the owner of schema pgstitch",
                version if version is not None else "none",
                LAYOUT_VERSION,
                exc.diag.message_primary,
            )
            raise
        log.warning(
            "the store's layout is version %s, not %s, and this role may not update it (%s):"
            " pgstitch works with it, a little slower; start pgstitch once as the owner of"
            " schema pgstitch to update it",
            version,
            LAYOUT_VERSION,
            exc.diag.message_primary,
        )


async def _create_or_update(conn: AsyncConnection) -> None:
    async with conn.transaction():
        # Serialises concurrent first starts: CREATE ... IF NOT EXISTS alone can still collide.
        await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", LAYOUT_LOCK)
        await conn.execute(_DDL)
        await conn.execute(write_helpers_sql())
        await conn.execute(
            "INSERT INTO pgstitch.meta VALUES ('layout', %s)"
            " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            " WHERE CASE WHEN pgstitch.meta.value ~ '^[0-9]+$'"
            " THEN pgstitch.meta.value::bigint < EXCLUDED.value::bigint ELSE true END",
            (LAYOUT_VERSION,),
        )


async def _layout_version(conn: AsyncConnection) -> str | None:
    cur = await conn.execute("SELECT to_regclass('pgstitch.meta') IS NOT NULL")
    row = await cur.fetchone()
    if not row or not row[0]:
        return None
    cur = await conn.execute("SELECT value FROM pgstitch.meta WHERE key = 'layout'")
    row = await cur.fetchone()
    return row[0] if row else None
