"""Landing one column: validate and record the outcome, fence, drain, cut over (DESIGN.md §6).

The column is already in state `landing` when this starts, so a new leader that finds a landing
column simply runs it again: every step is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import psycopg
from psycopg import AsyncConnection

from shadow.columns import ColumnState
from shadow.store.base import ShadowStore, StoreUnavailable
from sync import outcomes
from sync.catalog import read_catalog
from sync.drain import DrainReport, DrainTarget, drain
from sync.fence import await_acks
from sync.settings import SyncSettings
from sync.types import compare_types

log = logging.getLogger("pgstitch.sync")

ColumnKey = tuple[str, str, str]


def column_name(key: ColumnKey) -> str:
    """schema.table.column, for logs."""
    return ".".join(key)


async def land(
    store: ShadowStore, upstream_dsn: str, key: ColumnKey, settings: SyncSettings
) -> DrainReport | None:
    """Land one column, retrying through lost connections; None when it is not landing (any more)."""
    delay = settings.retry_delay
    while True:
        try:
            return await _land_once(store, upstream_dsn, key, settings)
        except (StoreUnavailable, psycopg.OperationalError) as exc:
            log.warning("landing %s interrupted, retrying: %s", column_name(key), exc)
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.max_retry_delay)


async def _land_once(
    store: ShadowStore, upstream_dsn: str, key: ColumnKey, settings: SyncSettings
) -> DrainReport | None:
    name = column_name(key)
    schema = await store.load_schema()
    column = schema.get(*key)
    if column is None or column.state != ColumnState.LANDING:
        return None
    conn = await AsyncConnection.connect(
        upstream_dsn, autocommit=True, application_name="pgstitch sync drain"
    )
    try:
        catalog = await read_catalog(conn)
        table = catalog.get(key[0], key[1])
        live = table.column(key[2]) if table is not None else None
        if table is None or live is None:
            log.info("%s is landing but is not in the database (any more); waiting", name)
            return None
        # 1. Validate; the outcome was recorded when the landing began, unless it died first.
        types = await compare_types(conn, column.type, live)
        if not types.same:
            log.warning(
                "%s landed as %s, declared %s (%s): parked values are cast, the rest quarantined",
                name, live.type_name, column.type, "castable" if types.castable else "no cast known",
            )  # fmt: skip
        if not outcomes.has_landed_outcome(await store.outcomes(), key):
            await store.record_outcome(outcomes.landed(column, types.same, datetime.now(UTC)))
        # 2. Fence: every live proxy holds writes to the column.
        await await_acks(store, schema.version, settings, f"landing {name}")
        # 3. Drain.
        report = await drain(conn, store, DrainTarget(table, key[2], types), settings)
    finally:
        await conn.close()
    # 4. Cut over, unless somebody changed the column meanwhile.
    current = (await store.load_schema()).get(*key)
    if current is None or current.state != ColumnState.LANDING:
        now = current.state.value if current is not None else "dropped"
        log.warning("%s changed while landing (now %s); not cutting over", name, now)
        return None
    await store.put_column(current.with_state(ColumnState.LANDED))
    log.info(
        "%s landed: %d value(s) moved, %d quarantined, %d of deleted rows, %d batch(es), %d retries",
        name, report.moved, report.quarantined, report.orphaned, report.batches, report.retries,
    )  # fmt: skip
    return report
