"""Helpers for the sync tests: tables, a running sync service, and proxies simulated faithfully.

`SimulatedProxy` does, through the store API, what a proxy's write path does for sync: it
follows the shadow schema, parks writes to active columns, holds writes to landing columns (or,
with the postgres store, writes them through: the real column and the unparking in one
transaction), acknowledges a schema version by heartbeat only once nothing parked for a landing
column is still in flight, and writes landed columns directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import psycopg
from psycopg import AsyncConnection

from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.base import ShadowStore
from sync.service import SyncService
from sync.settings import SyncSettings

ROOT = Path(__file__).resolve().parents[2]
FAST = SyncSettings(
    poll_interval=0.1,
    live_window=1.0,
    ack_warning_interval=0.5,
    lead_retry=0.2,
    retry_delay=0.02,
    max_retry_delay=0.2,
)


def make_table(dsn: str, name: str = "t", rows: int = 100, key: str = "id int PRIMARY KEY") -> None:
    """A table `name(id, name)` holding ids 1..rows (or a custom key definition)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {name} ({key}, name text)")
        if key.startswith("id "):
            conn.execute(
                f"INSERT INTO {name} SELECT g, 'row ' || g FROM generate_series(1, %s) g", (rows,)
            )


def sql(dsn: str, statement: str, params: tuple = ()) -> list[tuple]:
    """Run one statement on the upstream, return its rows (none for commands)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        cur = conn.execute(statement, params)
        return cur.fetchall() if cur.description else []


def column(name: str = "c", type_: str = "integer", table: str = "t", **fields) -> ShadowColumn:
    """An active, declared shadow column of public.<table>."""
    return ShadowColumn("public", table, name, type_, **fields)


async def park_many(store: ShadowStore, values: Mapping[str, str | None], col: str = "c") -> None:
    """Park one value per row key for public.t.<col>."""
    await store.write_parked(park={("public", "t"): {k: {col: v} for k, v in values.items()}})


async def wait_for_state(
    store: ShadowStore, key: tuple[str, str, str], state: ColumnState, timeout: float = 10.0
) -> float:
    """Seconds until the column reaches `state`; fails the test after `timeout`."""
    started = time.monotonic()
    while True:
        current = (await store.load_schema()).get(*key)
        if current is not None and current.state == state:
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"{key} still {current and current.state} after {timeout} s")
        await asyncio.sleep(0.02)


async def wait_until(check, timeout: float = 10.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    """Await `check()` (a coroutine function returning bool) until true."""
    started = time.monotonic()
    while not await check():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"{what} not met after {timeout} s")
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def running_sync(
    store: ShadowStore, dsn: str, settings: SyncSettings = FAST
) -> AsyncIterator[SyncService]:
    """A SyncService running in this event loop, cancelled (as in a crash) on exit."""
    service = SyncService(store, dsn, settings, holder="test")
    task = asyncio.create_task(service.run())
    try:
        yield service
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


class SyncProcess:
    """`python -m sync` in a subprocess, to kill like a crashed sidecar."""

    def __init__(self, store_url: str, dsn: str, holder: str, *settings: str) -> None:
        sets = [arg for item in settings for arg in ("--set", item)]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync", "--upstream", dsn, "--store", store_url,
             "--holder", holder, *sets],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> str:
        """SIGTERM, wait, and return what it logged."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _, err = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return err.decode(errors="replace")


class SimulatedProxy:
    """The proxy side of the landing protocol, driven through the store API (see module doc)."""

    def __init__(
        self,
        store: ShadowStore,
        dsn: str,
        proxy_id: str,
        heartbeat: float = 0.1,
        write_through: bool = False,
    ) -> None:
        self.store = store
        # While landing, write the real column and unpark in one transaction instead of holding
        # (postgres store only).
        self.write_through = write_through
        self.proxy_id = proxy_id
        self.schema = ShadowSchema()
        self.acked = 0
        self._dsn = dsn
        self._heartbeat = heartbeat
        self._changed = asyncio.Event()
        self._in_flight: Counter[tuple[str, str, str]] = Counter()
        self._settled = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._idle: list[AsyncConnection] = []  # upstream sessions, one per client at a time
        self.dead = False

    async def start(self) -> None:
        self.schema = await self.store.load_schema()
        self.acked = self.schema.version
        await self.store.heartbeat(self.proxy_id, self.acked)
        self._tasks = [asyncio.create_task(self._follow()), asyncio.create_task(self._beat())]

    async def kill(self) -> None:
        """Vanish without a word (its heartbeat just stops)."""
        self.dead = True
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            _, running = await asyncio.wait(self._tasks, timeout=5)
            assert not running, f"tasks that ignored their cancellation: {running}"
        self._changed.set()
        for conn in self._idle:
            await conn.close()

    @contextlib.asynccontextmanager
    async def _session(self) -> AsyncIterator[AsyncConnection]:
        conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = await AsyncConnection.connect(self._dsn, autocommit=True)
        try:
            yield conn
        finally:
            if self.dead:
                await conn.close()
            else:
                self._idle.append(conn)

    async def _follow(self) -> None:
        while True:
            schema = await self.store.load_schema()
            if schema.version != self.schema.version:
                self.schema = schema
                self._changed.set()
                self._changed = asyncio.Event()
                landing = {c.key for c in schema.columns if c.state == ColumnState.LANDING}
                while True:
                    # Cleared before looking, so a write ending in between is not missed.
                    self._settled.clear()
                    if not any(self._in_flight[key] for key in landing):
                        break
                    await self._settled.wait()
                self.acked = schema.version
            await asyncio.sleep(0.02)

    async def _beat(self) -> None:
        while True:
            await self.store.heartbeat(self.proxy_id, self.acked)
            await asyncio.sleep(self._heartbeat)

    async def write(self, table: str, col: str, values: Mapping[str, int]) -> None:
        """One statement (one row) or transaction (several rows) writing `col`; returns once acked."""
        key = ("public", table, col)
        while True:
            current = self.schema.get(*key)
            state = current.state if current is not None else None
            if state == ColumnState.ACTIVE:
                self._in_flight[key] += 1
                try:
                    rows = {row: {col: str(v)} for row, v in values.items()}
                    await self.store.write_parked(park={("public", table): rows})
                finally:
                    self._in_flight[key] -= 1
                    self._settled.set()
                return
            if state == ColumnState.LANDED:
                async with self._session() as conn, conn.transaction():
                    for row, v in values.items():
                        await conn.execute(
                            f"UPDATE {table} SET {col} = %s WHERE id = %s", (v, int(row))
                        )
                return
            if state == ColumnState.LANDING and self.write_through:
                await self._write_through(table, col, values)
                return
            # Landing: held until the shadow schema moves on.
            await self._changed.wait()

    async def _write_through(self, table: str, col: str, values: Mapping[str, int]) -> None:
        where = "schema_name = 'public' AND table_name = %s AND row_key = %s AND vals ? %s"
        async with self._session() as conn, conn.transaction():
            for row, v in values.items():
                await conn.execute(f"UPDATE {table} SET {col} = %s WHERE id = %s", (v, int(row)))
                await conn.execute(
                    f"DELETE FROM pgstitch.parked WHERE {where} AND vals - %s = '{{}}'::jsonb",
                    (table, row, col, col),
                )
                await conn.execute(
                    f"UPDATE pgstitch.parked SET vals = vals - %s WHERE {where}",
                    (col, table, row, col),
                )

    async def read(self, table: str, col: str, row: str) -> int | None:
        """What a client of this proxy reads for one row: parked first, then the real column."""
        key = ("public", table, col)
        current = self.schema.get(*key)
        state = current.state if current is not None else None
        if state in (ColumnState.ACTIVE, ColumnState.LANDING):
            parked = await self._parked_value(table, col, row)
            if parked is not None or state == ColumnState.ACTIVE:
                return parked
        async with self._session() as conn:
            cur = await conn.execute(f"SELECT {col} FROM {table} WHERE id = %s", (int(row),))
            found = await cur.fetchone()
        return found[0] if found else None

    async def _parked_value(self, table: str, col: str, row: str) -> int | None:
        if self.store.parked_relation_sql("public", table) is not None:
            async with self._session() as conn:
                cur = await conn.execute(
                    "SELECT vals ->> %s FROM pgstitch.parked"
                    " WHERE schema_name = 'public' AND table_name = %s AND row_key = %s",
                    (col, table, row),
                )
                found = await cur.fetchone()
            value = found[0] if found else None
        else:
            value = (await self.store.parked_rows("public", table)).get(row, {}).get(col)
        return int(value) if value is not None else None
