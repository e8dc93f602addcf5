"""One drain batch: lock the table rows, write the values, quarantine what Postgres refuses.

Everything here runs inside the caller's transaction, so the caller decides what commits
together with it (with the postgres store: the unparking of the same values).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from psycopg import AsyncConnection, sql
from psycopg.types.json import Jsonb

from shadow.rowkey import STABLE_KEY_TYPES, row_key_expression
from sync.catalog import LiveTable
from sync.quarantine import quarantine
from sync.settings import SyncSettings
from sync.types import TypeCheck

log = logging.getLogger("pgstitch.sync")

Batch = Sequence[tuple[str, str | None]]  # (row key, parked text or None)


@dataclass(frozen=True)
class DrainTarget:
    """Where the values go: the real table, the column, and how to cast into its type."""

    table: LiveTable
    column: str
    types: TypeCheck


async def set_lock_timeout(conn: AsyncConnection, settings: SyncSettings) -> None:
    """`SET LOCAL lock_timeout` for the current transaction."""
    await conn.execute(
        "SELECT set_config('lock_timeout', %s, true)", (f"{int(settings.lock_timeout * 1000)}ms",)
    )


async def lock_rows(conn: AsyncConnection, target: DrainTarget, keys: list[str]) -> None:
    """Lock the table rows of these row keys, in key order."""
    table = target.table
    key = table.primary_key
    if not key:
        return
    if len(key) == 1:
        key_type = next(c.type_name for c in table.columns if c.name == key[0])
        statement = sql.SQL(
            "SELECT 1 FROM {}.{} AS t WHERE t.{} = ANY(%s::{}[]) ORDER BY t.{} FOR UPDATE"
        ).format(
            sql.Identifier(table.schema),
            sql.Identifier(table.name),
            sql.Identifier(key[0]),
            sql.SQL(key_type),
            sql.Identifier(key[0]),
        )
    else:
        columns = sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(k)) for k in key)
        statement = sql.SQL(
            "SELECT 1 FROM {}.{} AS t WHERE {} = ANY(%s) ORDER BY {} FOR UPDATE"
        ).format(sql.Identifier(table.schema), sql.Identifier(table.name), _row_key(table), columns)
    await conn.execute(statement, (keys,))


async def apply_batch(
    conn: AsyncConnection, target: DrainTarget, rows: Batch
) -> tuple[int, int, int]:
    """Write one batch into the table inside the caller's transaction.

    Returns (moved, quarantined, orphaned). Values Postgres refuses (bad cast, NOT NULL, CHECK,
    unique...) go to the quarantine; values of rows that no longer exist are orphans.
    """
    table = target.table
    if not table.primary_key:
        why = "the table has no primary key, so the row of a parked value cannot be found"
        count = await quarantine(
            conn, table.schema, table.name, target.column, ((k, v, why) for k, v in rows)
        )
        return 0, count, 0
    matched, failed = await _update_splitting(conn, target, rows)
    count = await quarantine(conn, table.schema, table.name, target.column, failed)
    if failed:
        log.warning(
            "%d value(s) of %s.%s.%s could not land and were quarantined (first error: %s)",
            len(failed), table.schema, table.name, target.column, failed[0][2].split(":")[0],
        )  # fmt: skip
    return matched, count, len(rows) - matched - count


async def _update(conn: AsyncConnection, target: DrainTarget, rows: Batch) -> int:
    cur = await conn.execute(_update_sql(target), (Jsonb(dict(rows)),))
    return cur.rowcount


async def _update_splitting(
    conn: AsyncConnection, target: DrainTarget, rows: Batch
) -> tuple[int, list[tuple[str, str | None, str]]]:
    """Update the rows; when Postgres refuses a value, split the batch in halves to find it.

    Returns (rows updated, refused (row key, value, error) entries). Each attempt runs under a
    savepoint, so what was refused leaves no trace.
    """
    try:
        async with conn.transaction():
            return await _update(conn, target, rows), []
    except psycopg.Error as exc:
        if not _refused_value(exc):
            raise
        if len(rows) == 1:
            key, value = rows[0]
            return 0, [(key, value, f"{exc.sqlstate}: {exc.diag.message_primary or exc}")]
    half = len(rows) // 2
    first, first_failed = await _update_splitting(conn, target, rows[:half])
    second, second_failed = await _update_splitting(conn, target, rows[half:])
    return first + second, first_failed + second_failed


def _refused_value(exc: psycopg.Error) -> bool:
    """Data exceptions (class 22) and integrity violations (class 23): the value is at fault."""
    return bool(exc.sqlstate) and exc.sqlstate[:2] in ("22", "23")


def _row_key(table: LiveTable) -> sql.SQL:
    """The row key of a row `t`, as proxies write it."""
    refs = ['t."' + k.replace('"', '""') + '"' for k in table.primary_key]
    oids = {c.name: c.key_type_oid for c in table.columns}
    key_sql = row_key_expression(refs, [oids.get(k) for k in table.primary_key])
    return sql.SQL(key_sql)  # type: ignore[arg-type]


def _update_sql(target: DrainTarget) -> sql.Composed:
    table = target.table
    key = table.primary_key
    if len(key) == 1:
        column = next(c for c in table.columns if c.name == key[0])
        match = sql.SQL("t.{} = p.row_key::{}").format(
            sql.Identifier(key[0]), sql.SQL(column.type_name)
        )
        if column.key_type_oid not in STABLE_KEY_TYPES:
            # Equal keys may be written otherwise (1.0 and 1.00, 'Alice' and 'ALICE' under a
            # case-insensitive collation): the values of a key left behind by a row deleted
            # other than through pgstitch must not land in the row holding an equal key.
            match = sql.SQL("{} AND {} = p.row_key").format(match, _row_key(table))
    else:
        match = sql.SQL("{} = p.row_key").format(_row_key(table))
    return sql.SQL(
        "UPDATE {}.{} AS t SET {} = {} FROM jsonb_each_text(%s) AS p(row_key, value) WHERE {}"
    ).format(
        sql.Identifier(table.schema),
        sql.Identifier(table.name),
        sql.Identifier(target.column),
        target.types.cast_sql(sql.SQL("p.value")),
        match,
    )
