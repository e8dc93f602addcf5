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
from dataclasses import dataclass

import psycopg
from psycopg import AsyncConnection
from psycopg.types.json import Jsonb

from shadow.store.base import ShadowStore
from sync.batch import Batch, DrainTarget, apply_batch, lock_rows, set_lock_timeout
from sync.layout import ensure_sync_layout
from sync.settings import SyncSettings

log = logging.getLogger("pgstitch.sync")

# lock_not_available, deadlock_detected, serialization_failure, query_canceled
RETRYABLE = frozenset({"55P03", "40P01", "40001", "57014"})


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
                await set_lock_timeout(conn, settings)
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
                    await lock_rows(conn, target, keys)
                    cur = await conn.execute(
                        "SELECT row_key, vals ->> %s FROM pgstitch.parked"
                        " WHERE schema_name = %s AND table_name = %s"
                        " AND row_key > %s AND row_key <= %s AND vals ? %s ORDER BY row_key",
                        (column, table.schema, table.name, after, keys[-1], column),
                    )
                    rows = await cur.fetchall()
                if rows:
                    counts = await apply_batch(conn, target, rows)
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
                await set_lock_timeout(conn, settings)
                await lock_rows(conn, target, [key for key, _ in batch])
                counts = await apply_batch(conn, target, batch)
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
