"""The sync sidecar: one leader per store polls the catalog and acts on what changed.

Every instance stands for leadership (`store.try_lead("sync", …)`); the leader reads the live
catalog every `poll_interval`, and at once when `poll_now()` is called or any process sharing the
store announces DDL. Each poll plans actions (sync.lifecycle) and carries them out; landings run
as tasks of their own so a slow fence does not hold up the other columns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from datetime import UTC, datetime

import psycopg
from psycopg import AsyncConnection

from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.base import LeaderLease, ShadowStore, StoreUnavailable
from shadow.waiting import wait_event
from sync import lifecycle as lc
from sync import outcomes
from sync.catalog import LiveCatalog, TableName, read_catalog
from sync.landing import ColumnKey, column_name, land
from sync.layout import ensure_sync_layout, known_table_oids, remember_table_oids
from sync.rename import follow_rename
from sync.settings import SyncSettings
from sync.types import compare_types

log = logging.getLogger("pgstitch.sync")

LEADER_ROLE = "sync"


class SyncService:
    """One sync instance: a standby until it wins the leadership, then the one doing the work."""

    def __init__(
        self,
        store: ShadowStore,
        upstream_dsn: str,
        settings: SyncSettings | None = None,
        *,
        holder: str | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or SyncSettings()
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        self.leading = False
        self._dsn = upstream_dsn
        self._wake = asyncio.Event()
        self._conn: AsyncConnection | None = None
        self._previous: LiveCatalog | None = None
        self._landings: dict[ColumnKey, asyncio.Task[None]] = {}
        self._retry_after: dict[ColumnKey, float] = {}

    def poll_now(self) -> None:
        """Read the catalog at once (a proxy of this process saw DDL go by)."""
        self._wake.set()

    # -- leadership ------------------------------------------------------------------------------

    async def run(self) -> None:
        """Stand for leadership and lead whenever elected, until cancelled."""
        try:
            while True:
                lease = await self._try_lead()
                if lease is None:
                    await asyncio.sleep(self.settings.lead_retry)
                    continue
                try:
                    await self._lead(lease)
                finally:
                    await lease.release()
        finally:
            await self._close_connection()

    async def _try_lead(self) -> LeaderLease | None:
        try:
            return await self.store.try_lead(LEADER_ROLE, self.holder)
        except StoreUnavailable as exc:
            log.warning("sync cannot reach the store to stand for leadership: %s", exc)
            return None

    async def _lead(self, lease: LeaderLease) -> None:
        log.info("sync: %s leads (token %d)", self.holder, lease.token)
        self.leading = True
        poller = asyncio.create_task(self._poll_forever())
        listener = asyncio.create_task(self._listen_for_ddl())
        lost = asyncio.create_task(lease.wait_lost())
        try:
            done, _ = await asyncio.wait({poller, lost}, return_when=asyncio.FIRST_COMPLETED)
            if poller in done:
                poller.result()
            log.warning("sync: %s lost the leadership", self.holder)
        finally:
            self.leading = False
            tasks = [poller, listener, lost, *self._landings.values()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._landings.clear()
            self._previous = None

    async def _listen_for_ddl(self) -> None:
        try:
            async for _ in self.store.ddl_announcements():
                self._wake.set()
        except Exception:
            log.exception("sync stopped listening for DDL announcements; polling only")

    # -- polling ---------------------------------------------------------------------------------

    async def _poll_forever(self) -> None:
        delay = self.settings.retry_delay
        while True:
            self._wake.clear()
            try:
                await self.poll_once()
                delay = self.settings.retry_delay
            except Exception as exc:
                if isinstance(exc, StoreUnavailable | psycopg.OperationalError | OSError):
                    log.warning("sync poll failed, retrying: %s", exc)
                elif isinstance(exc, psycopg.Error):
                    log.error("sync poll failed, retrying: %s", exc)
                else:
                    log.exception("sync poll failed, retrying")
                await self._close_connection()
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.settings.max_retry_delay)
                continue
            await wait_event(self._wake, self.settings.poll_interval)

    async def poll_once(self) -> list[lc.Action]:
        """Read the catalog and the shadow schema once and act on the difference."""
        conn = await self._connection()
        catalog = await read_catalog(conn)
        schema = await self.store.load_schema()
        known = await known_table_oids(conn)
        retired: dict[ColumnKey, datetime] = {}
        if any(c.state in lc.RETIRED for c in schema.columns):
            recorded = await self.store.outcomes()
            for col in schema.columns:
                since = outcomes.retired_at(recorded, col.key)
                if since is not None:
                    retired[col.key] = since
        actions = lc.plan(
            schema,
            catalog,
            previous=self._previous,
            known_oids=known,
            retired_at=retired,
            now=datetime.now(UTC),
            settings=self.settings,
        )
        for action in actions:
            await self._carry_out(action, conn, catalog)
        await self._remember_tables(conn, schema, catalog, known)
        self._previous = catalog
        return actions

    async def _connection(self) -> AsyncConnection:
        if self._conn is None or self._conn.closed:
            self._conn = await AsyncConnection.connect(
                self._dsn, autocommit=True, application_name="pgstitch sync"
            )
            await ensure_sync_layout(self._conn)
        return self._conn

    async def _close_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error, OSError):
                await conn.close()

    async def _remember_tables(
        self,
        conn: AsyncConnection,
        schema: ShadowSchema,
        catalog: LiveCatalog,
        known: dict[TableName, int],
    ) -> None:
        """Keep the OID of every table that has shadow columns, so renames can be followed."""
        seen = {}
        for col in schema.columns:
            table = catalog.get(col.schema, col.table)
            if table is not None and col.state != ColumnState.LANDED:
                seen[table.key] = table.oid
        changed = {key: oid for key, oid in seen.items() if known.get(key) != oid}
        if changed:
            await remember_table_oids(conn, changed)

    # -- actions ---------------------------------------------------------------------------------

    async def _carry_out(
        self, action: lc.Action, conn: AsyncConnection, catalog: LiveCatalog
    ) -> None:
        now = datetime.now(UTC)
        match action:
            case lc.StartLanding(column):
                await self._start_landing(column, conn, catalog, now)
            case lc.ContinueLanding(column):
                self._ensure_landing(column.key)
            case lc.Unland(column):
                await self._stop_landing(column.key)
                if await self._set_state(column, ColumnState.ACTIVE):
                    log.warning(
                        "%s left the database while landing; it is served from the shadow again",
                        column_name(column.key),
                    )
            case lc.Reject(column, reason):
                await self._stop_landing(column.key)
                if await self._set_state(column, ColumnState.REJECTED):
                    await self.store.record_outcome(outcomes.not_landed(column, now))
                    log.warning(
                        "%s rejected: %s; its parked values are kept for %s",
                        column_name(column.key), reason, _days(self.settings.retention),
                    )  # fmt: skip
            case lc.Expire(column):
                if await self._set_state(column, ColumnState.EXPIRED):
                    await self.store.record_outcome(outcomes.not_landed(column, now))
                    log.info(
                        "%s expired (ETA %s passed by %s); its parked values are kept for %s",
                        column_name(column.key), column.eta, _days(self.settings.grace_period),
                        _days(self.settings.retention),
                    )  # fmt: skip
            case lc.Purge(column):
                await self.store.drop_parked_column(column.schema, column.table, column.column)
                await self.store.drop_column(*column.key)
                log.info("%s purged after its retention period", column_name(column.key))
            case lc.FollowRename(old, new, columns):
                for col in columns:
                    await self._stop_landing(col.key)
                await follow_rename(self.store, conn, old, new, columns)
            case lc.RecordUnpredicted(schema, table, column):
                await self.store.record_outcome(outcomes.unpredicted(schema, table, column, now))
                log.info("%s landed without having been predicted", f"{schema}.{table}.{column}")

    async def _start_landing(
        self, column: ShadowColumn, conn: AsyncConnection, catalog: LiveCatalog, now: datetime
    ) -> None:
        """Validate the column that appeared, record the outcome, and land it."""
        table = catalog.get(column.schema, column.table)
        live = table.column(column.column) if table is not None else None
        if live is None:
            return
        types = await compare_types(conn, column.type, live)
        outcome = outcomes.landed(column, types.same, now)
        if column.state != ColumnState.ACTIVE and not await self._has_parked(column):
            # Never served and nothing parked: nothing to fence or drain.
            if await self._set_state(column, ColumnState.LANDED):
                await self.store.record_outcome(outcome)
                log.info("%s landed (it was %s)", column_name(column.key), column.state)
            return
        if await self._set_state(column, ColumnState.LANDING):
            await self.store.record_outcome(outcome)
            log.info("%s appeared in the database: landing", column_name(column.key))
            self._ensure_landing(column.key)

    async def _has_parked(self, column: ShadowColumn) -> bool:
        cursor = None
        while True:
            page, cursor = await self.store.scan_parked(column.schema, column.table, cursor)
            if any(column.column in values for values in page.values()):
                return True
            if cursor is None:
                return False

    async def _set_state(self, column: ShadowColumn, state: ColumnState) -> ShadowColumn | None:
        """Move a column to `state` if it is still as planned; None when it changed meanwhile."""
        current = (await self.store.load_schema()).get(*column.key)
        if current is None or current.state != column.state:
            return None
        updated = current.with_state(state)
        await self.store.put_column(updated)
        return updated

    def _ensure_landing(self, key: ColumnKey) -> None:
        task = self._landings.get(key)
        if task is not None and not task.done():
            return
        if time.monotonic() < self._retry_after.get(key, 0.0):
            return
        self._landings[key] = asyncio.create_task(self._land(key))

    async def _land(self, key: ColumnKey) -> None:
        try:
            await land(self.store, self._dsn, key, self.settings)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("landing %s failed; it will be retried", column_name(key))
            self._retry_after[key] = time.monotonic() + self.settings.max_retry_delay
        self._wake.set()

    async def _stop_landing(self, key: ColumnKey) -> None:
        task = self._landings.pop(key, None)
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


def _days(seconds: float) -> str:
    return f"{seconds / 86400:g} day(s)" if seconds >= 86400 else f"{seconds:g} s"


async def run_sync(
    store: ShadowStore,
    upstream_dsn: str,
    settings: SyncSettings | None = None,
    *,
    holder: str | None = None,
) -> None:
    """Run the sync sidecar on `store` for the database at `upstream_dsn` until cancelled.

    Start one per process (`pgstitch serve` does unless `--no-sync`); instances sharing a store
    elect one leader, and another takes over within seconds when it dies. To make the leader
    read the catalog at once after a DDL statement, call `store.announce_ddl()`.
    """
    await SyncService(store, upstream_dsn, settings, holder=holder).run()
