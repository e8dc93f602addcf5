"""Drain: move the parked values of one landing column into its real column, in batches.

With the postgres store the parked values live in `pgstitch.parked` of the same database: each
batch updates the table, quarantines what cannot land and removes the moved values from the
parked rows in ONE transaction, so a crash anywhere loses nothing and applies nothing twice.
With a store outside the database (redis, memory) a batch is written and committed first and
unparked after; a crash in between makes the next run write the same values again, which is
harmless while the column is landing (proxies hold writes to it).

Locks are taken in the order proxies take them (the table's rows, then the parked rows), each
transaction runs under `SET LOCAL lock_timeout`, and a batch that times out, deadlocks or hits
a serialization failure is retried, smaller, after a pause.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from psycopg import AsyncConnection, sql
from psycopg.types.json import Jsonb

from shadow.store.base import ShadowStore
from sync.catalog import LiveTable
from sync.layout import ensure_sync_layout
from sync.quarantine import quarantine
from sync.settings import SyncSettings
from sync.types import TypeCheck

log = logging.getLogger("pgstitch.sync")

# lock_not_available, deadlock_detected, serialization_failure, query_canceled
RETRYABLE = frozenset({"55P03", "40P01", "40001", "57014"})
Batch = Sequence[tuple[str, str | None]]  # (row key, parked text or None)


@dataclass(frozen=True)
class DrainTarget:
    """Where the values go: the real table, the column, and how to cast into its type."""

    table: LiveTable
    column: str
    types: TypeCheck


@dataclass
class DrainReport:
    """What a drain did: values moved, quarantined, dropped with their deleted rows, retries."""

    moved: int = 0
    quarantined: int = 0
    orphaned: int = 0
    batches: int = 0
    retries: int = 0

    def add(self, moved: int, quarantined: int, orphaned: int) -> None:
        """Count one committed batch."""
        self.moved += moved
        self.quarantined += quarantined
        self.orphaned += orphaned
        self.batches += 1


async def drain(
    conn: AsyncConnection, store: ShadowStore, target: DrainTarget, settings: SyncSettings
) -> DrainReport:
    """Move every parked value of the target column into it; returns what was done.

    Idempotent: run it again after a crash and it finishes the job. Connection failures and
    unexpected errors propagate; lock timeouts and the like are retried here.
    """
    table = target.table
    await ensure_sync_layout(conn)  # the quarantine
    if store.parked_relation_sql(table.schema, table.name) is not None:
        drainer = _drain_in_database
    else:
        drainer = _drain_external
    report = DrainReport()
    await drainer(conn, store, target, settings, report)
    return report


# -- the postgres store: parked values in the same database ----------------------------------------


async def _drain_in_database(
    conn: AsyncConnection,
    store: ShadowStore,
    target: DrainTarget,
    settings: SyncSettings,
    report: DrainReport,
) -> None:
    table, column = target.table, target.column
    size = settings.batch_size
    delay = settings.retry_delay
    after = ""
    while True:
        try:
            async with conn.transaction():
                await _set_lock_timeout(conn, settings)
                cur = await conn.execute(
                    "SELECT row_key FROM pgstitch.parked"
                    " WHERE schema_name = %s AND table_name = %s AND row_key > %s AND vals ? %s"
                    " ORDER BY row_key LIMIT %s",
                    (table.schema, table.name, after, column, size),
                )
                keys = [key for (key,) in await cur.fetchall()]
                rows = []
                if keys:
                    # The table's rows first, then their values as they are now: a transaction
                    # that wrote the real column and unparked the value before is seen, one
                    # that tries after waits for this batch.
                    await _lock_rows(conn, target, keys)
                    cur = await conn.execute(
                        "SELECT row_key, vals ->> %s FROM pgstitch.parked"
                        " WHERE schema_name = %s AND table_name = %s"
                        " AND row_key > %s AND row_key <= %s AND vals ? %s ORDER BY row_key",
                        (column, table.schema, table.name, after, keys[-1], column),
                    )
                    rows = await cur.fetchall()
                if rows:
                    counts = await _apply(conn, target, rows)
                    await _remove_parked(conn, target, after, rows)
        except psycopg.Error as exc:
            if exc.sqlstate not in RETRYABLE:
                raise
            report.retries += 1
            size = max(1, size // 2)
            log.info(
                "drain of %s.%s.%s: %s, retrying %d row(s) in %.2f s",
                table.schema, table.name, column, exc.sqlstate, size, delay,
            )  # fmt: skip
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.max_retry_delay)
            continue
        delay = settings.retry_delay
        size = min(settings.batch_size, size * 2)
        if keys:
            if rows:
                report.add(*counts)
            after = keys[-1]
            continue
        # End of one pass: start over if anything was left behind (a changed value, a retry).
        if after == "" or not await _any_parked(conn, target):
            return
        after = ""


async def _lock_rows(conn: AsyncConnection, target: DrainTarget, keys: list[str]) -> None:
    """Lock the table rows of these row keys, in key order."""
    table = target.table
    key = table.primary_key
    if not key:
        return
    if len(key) == 1:
        key_type = next(c.type for c in table.columns if c.name == key[0])
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
            "SELECT 1 FROM {}.{} AS t WHERE ROW({})::text = ANY(%s) ORDER BY {} FOR UPDATE"
        ).format(sql.Identifier(table.schema), sql.Identifier(table.name), columns, columns)
    await conn.execute(statement, (keys,))


async def _remove_parked(
    conn: AsyncConnection, target: DrainTarget, after: str, rows: Batch
) -> None:
    """Remove the values just moved from their parked rows (unless they changed meanwhile).

    The batch is the key range (after, last key] in key order, so both statements are range
    scans of the primary key whatever the planner knows of the table. Rows left with no value
    are deleted, the others lose the column.
    """
    table, column = target.table, target.column
    moved = Jsonb(dict(rows))
    same_value = (
        "p.schema_name = %s AND p.table_name = %s AND p.row_key > %s AND p.row_key <= %s"
        " AND %s::jsonb ? p.row_key AND p.vals ? %s"
        " AND (p.vals ->> %s) IS NOT DISTINCT FROM (%s::jsonb ->> p.row_key)"
    )
    where = (table.schema, table.name, after, rows[-1][0], moved, column, column, moved)
    await conn.execute(
        f"DELETE FROM pgstitch.parked AS p WHERE {same_value} AND (p.vals - %s) = '{{}}'::jsonb",
        (*where, column),
    )
    await conn.execute(
        f"UPDATE pgstitch.parked AS p SET vals = p.vals - %s WHERE {same_value}",
        (column, *where),
    )


async def _any_parked(conn: AsyncConnection, target: DrainTarget) -> bool:
    cur = await conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pgstitch.parked"
        " WHERE schema_name = %s AND table_name = %s AND vals ? %s)",
        (target.table.schema, target.table.name, target.column),
    )
    row = await cur.fetchone()
    return bool(row and row[0])


# -- redis and memory stores: parked values elsewhere ----------------------------------------------


async def _drain_external(
    conn: AsyncConnection,
    store: ShadowStore,
    target: DrainTarget,
    settings: SyncSettings,
    report: DrainReport,
) -> None:
    """Scan the store page by page, landing each page; stop after a scan that found nothing."""
    table, column = target.table, target.column
    while True:
        found = False
        cursor = None
        while True:
            page, cursor = await store.scan_parked(
                table.schema, table.name, cursor, settings.batch_size
            )
            pending = sorted(
                (key, values[column]) for key, values in page.items() if column in values
            )
            if pending:
                found = True
                await _land_external(conn, store, target, settings, report, pending)
            if cursor is None:
                break
        if not found:
            return


async def _land_external(
    conn: AsyncConnection,
    store: ShadowStore,
    target: DrainTarget,
    settings: SyncSettings,
    report: DrainReport,
    pending: list[tuple[str, str | None]],
) -> None:
    """Commit values to Postgres in batches, unparking each batch only once it committed."""
    table, column = target.table, target.column
    size = settings.batch_size
    delay = settings.retry_delay
    while pending:
        batch = pending[:size]
        try:
            async with conn.transaction():
                await _set_lock_timeout(conn, settings)
                await _lock_rows(conn, target, [key for key, _ in batch])
                counts = await _apply(conn, target, batch)
        except psycopg.Error as exc:
            if exc.sqlstate not in RETRYABLE:
                raise
            report.retries += 1
            size = max(1, size // 2)
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.max_retry_delay)
            continue
        await store.drop_parked_column(table.schema, table.name, column, [key for key, _ in batch])
        report.add(*counts)
        pending = pending[len(batch) :]
        delay = settings.retry_delay
        size = min(settings.batch_size, size * 2)


# -- one batch -------------------------------------------------------------------------------------


async def _set_lock_timeout(conn: AsyncConnection, settings: SyncSettings) -> None:
    await conn.execute(
        "SELECT set_config('lock_timeout', %s, true)", (f"{int(settings.lock_timeout * 1000)}ms",)
    )


async def _apply(conn: AsyncConnection, target: DrainTarget, rows: Batch) -> tuple[int, int, int]:
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


def _update_sql(target: DrainTarget) -> sql.Composed:
    table = target.table
    key = table.primary_key
    if len(key) == 1:
        key_type = next(c.type for c in table.columns if c.name == key[0])
        match = sql.SQL("t.{} = p.row_key::{}").format(sql.Identifier(key[0]), sql.SQL(key_type))
    else:
        match = sql.SQL("ROW({})::text = p.row_key").format(
            sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(k)) for k in key)
        )
    return sql.SQL(
        "UPDATE {}.{} AS t SET {} = {} FROM jsonb_each_text(%s) AS p(row_key, value) WHERE {}"
    ).format(
        sql.Identifier(table.schema),
        sql.Identifier(table.name),
        sql.Identifier(target.column),
        target.types.cast_sql(sql.SQL("p.value")),
        match,
    )
