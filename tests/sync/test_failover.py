"""Leader failover: two sync processes, the leader SIGKILLed in the middle of a drain."""

from __future__ import annotations

import asyncio
import time

import psycopg
import redis

from shadow.columns import ColumnState
from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores
from tests.sync.support import (
    SyncProcess,
    column,
    make_table,
    park_many,
    sql,
    wait_for_state,
    wait_until,
)

ROWS = 3000
KEY = ("public", "t", "c")
SETTINGS = ("poll_interval=0.1", "lead_retry=0.2", "batch_size=20", "live_window=1")


def leader(backend: Backend) -> str | None:
    """Who holds the sync leadership now, by holder name."""
    if backend.kind == "postgres":
        rows = sql(backend.dsn, "SELECT holder FROM pgstitch.leaders WHERE name = 'sync'")
        return rows[0][0] if rows else None
    url, _, prefix = backend.url.partition("?prefix=")
    value = redis.Redis.from_url(url, decode_responses=True).get(f"{prefix}leader:sync")
    return value.split("#")[0] if value else None


def store_url(backend: Backend) -> str:
    return "postgres" if backend.kind == "postgres" else backend.url


def test_a_standby_takes_over_a_drain_when_the_leader_is_killed(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=ROWS)
    # The redis lease expires after its TTL (10 s); an advisory lock goes with its session.
    takeover_limit = 5.0 if backend.kind == "postgres" else 15.0

    async def body(store: ShadowStore) -> None:
        await store.put_column(column())
        await park_many(store, {str(i): str(i) for i in range(1, ROWS + 1)})
        first = SyncProcess(store_url(backend), dsn, "first", *SETTINGS)
        second = None
        try:
            await wait_until(_holder_is(backend, "first"), timeout=10, what="first leads")
            second = SyncProcess(store_url(backend), dsn, "second", *SETTINGS)
            await asyncio.sleep(0.5)  # the standby is up and asking
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            await wait_until(_drained(dsn, 200), timeout=10, what="the drain started")
            first.kill()
            killed = time.monotonic()
            assert sql(dsn, "SELECT count(c) FROM t")[0][0] < ROWS, "drained before the kill"
            await wait_for_state(store, KEY, ColumnState.LANDED, timeout=takeover_limit + 10)
            took = time.monotonic() - killed
            assert took < takeover_limit + 5, f"landed {took:.1f} s after the kill"
            assert leader(backend) == "second"
        finally:
            first.kill()
            log = second.stop() if second is not None else ""
        assert "second leads" in log
        assert "Traceback" not in log
        assert await store.parked_rows("public", "t") == {}

    run(with_stores(backend, 1, body), timeout=90)
    assert sql(dsn, "SELECT count(*), count(*) FILTER (WHERE c = id) FROM t") == [(ROWS, ROWS)]


def _holder_is(backend: Backend, name: str):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        try:
            return leader(backend) == name
        except psycopg.Error:  # the layout may not exist yet
            return False

    return check


def _drained(dsn: str, at_least: int):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        return sql(dsn, "SELECT count(c) FROM t")[0][0] >= at_least

    return check
