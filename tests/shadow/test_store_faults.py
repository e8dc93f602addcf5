"""Unreachable stores: a clear error naming the store within the deadline, then recovery."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import psycopg
import pytest
import redis

from shadow.columns import ShadowColumn
from shadow.store.base import ShadowStore, StoreUnavailable
from shadow.store.postgres import PostgresStore
from shadow.store.redis import RedisStore
from tests.helpers.cluster import ClusterUnavailable, ThrowawayCluster
from tests.helpers.net import LOCALHOST, free_port
from tests.shadow.support import RedisServer, run

# Deadlines generous enough for a loaded machine; the checks are that calls end, not how soon.
TIMEOUT = 3.0
EMAIL = ShadowColumn("public", "users", "email", "text")
AGE = ShadowColumn("public", "users", "age", "integer")


async def assert_unavailable(store: ShadowStore, name_part: str, deadline: float = TIMEOUT) -> None:
    """Every kind of call fails within the store's deadline with StoreUnavailable naming it."""
    calls = [
        store.load_schema(),
        store.put_column(EMAIL),
        store.park("public", "users", "1", {"email": "x"}),
        store.parked_rows("public", "users"),
        store.heartbeat("p", 1),
    ]
    for call in calls:
        began = time.monotonic()
        with pytest.raises(StoreUnavailable) as caught:
            await call
        assert time.monotonic() - began < deadline + 2
        assert name_part in str(caught.value)


async def next_event(events, timeout: float = 10.0) -> int:  # type: ignore[no-untyped-def]
    return (await asyncio.wait_for(anext(events), timeout)).version


# -- redis ---------------------------------------------------------------------------------------


def test_redis_stopped_then_restarted(redis_server: RedisServer) -> None:
    async def body() -> None:
        store = RedisStore(redis_server.url, timeout=TIMEOUT)
        await store.park("public", "users", "1", {"email": "kept"})
        redis_server.stop()
        await assert_unavailable(store, f"redis store (redis://{LOCALHOST}:{redis_server.port}/0)")
        redis_server.start()
        # The same client recovers by itself, and what was acknowledged is still there.
        assert await store.parked_rows("public", "users") == {"1": {"email": "kept"}}
        await store.close()

    run(body())


def test_redis_that_does_not_answer_times_out(redis_server: RedisServer) -> None:
    async def body() -> None:
        store = RedisStore(redis_server.url, timeout=0.5)
        await store.load_schema()
        redis_server.pause()
        try:
            await assert_unavailable(store, "redis store", deadline=0.5)
        finally:
            redis_server.resume()
        assert (await store.load_schema()).version == 0
        await store.close()

    run(body())


def test_redis_never_reachable() -> None:
    async def body() -> None:
        store = RedisStore(f"redis://{LOCALHOST}:{free_port()}/0", timeout=TIMEOUT)
        await assert_unavailable(store, "redis store")
        await store.close()

    run(body())


def test_acknowledged_redis_writes_survive_a_crash(redis_server: RedisServer) -> None:
    async def body() -> None:
        store = RedisStore(redis_server.url, timeout=TIMEOUT)
        await store.put_column(EMAIL)
        await store.write_parked(
            park={
                ("public", "users"): {"1": {"email": "a"}},
                ("public", "teams"): {"7": {"n": "t"}},
            }
        )
        redis_server.kill()
        redis_server.start()
        assert (await store.load_schema()).columns == (EMAIL,)
        assert await store.parked_rows("public", "users") == {"1": {"email": "a"}}
        assert await store.parked_rows("public", "teams") == {"7": {"n": "t"}}
        await store.close()

    run(body())


def test_redis_subscriber_survives_a_restart(redis_server: RedisServer) -> None:
    async def body() -> None:
        watcher = RedisStore(redis_server.url, timeout=TIMEOUT)
        events = watcher.subscribe(since_version=0)
        pending = asyncio.ensure_future(next_event(events, 20))
        await asyncio.sleep(0.3)
        redis_server.stop()
        await asyncio.sleep(0.5)
        redis_server.start()
        writer = RedisStore(redis_server.url, timeout=TIMEOUT)
        await writer.put_column(EMAIL)
        assert await pending == 1
        await events.aclose()
        await watcher.close()
        await writer.close()

    run(body())


def test_redis_subscriber_catches_up_on_a_change_missed_while_disconnected(
    redis_server: RedisServer,
) -> None:
    admin = redis.Redis(host=LOCALHOST, port=redis_server.port)

    async def body() -> None:
        watcher = RedisStore(redis_server.url, timeout=TIMEOUT)
        writer = RedisStore(redis_server.url, timeout=TIMEOUT)
        events = watcher.subscribe(since_version=0)
        pending = asyncio.ensure_future(next_event(events))
        await asyncio.sleep(0.3)
        # Drop the subscriber's connection and change the schema before it is back.
        assert admin.client_kill_filter(_type="pubsub") == 1
        await writer.put_column(EMAIL)
        assert await pending == 1
        await events.aclose()
        await watcher.close()
        await writer.close()

    run(body())
    admin.close()


def test_a_redis_lease_is_renewed_and_lost_when_its_key_goes(redis_server: RedisServer) -> None:
    async def body() -> None:
        store = RedisStore(redis_server.url, timeout=TIMEOUT, lease_ttl=1.0)
        lease = await store.try_lead("sync", "a")
        assert lease is not None
        await asyncio.sleep(2.2)  # more than two TTLs: renewal keeps it
        assert lease.held and await store.try_lead("sync", "b") is None
        redis.Redis(host=LOCALHOST, port=redis_server.port).delete("pgstitch:leader:sync")
        await asyncio.wait_for(lease.wait_lost(), 3)
        assert not lease.held
        successor = await store.try_lead("sync", "b")
        assert successor is not None and successor.token > lease.token
        await successor.release()
        await store.close()

    run(body())


def test_a_redis_lease_counts_as_lost_once_a_ttl_passes_unrenewed(
    redis_server: RedisServer,
) -> None:
    async def body() -> None:
        store = RedisStore(redis_server.url, timeout=0.3, lease_ttl=0.6)
        lease = await store.try_lead("sync", "a")
        assert lease is not None
        redis_server.pause()
        try:
            await asyncio.wait_for(lease.wait_lost(), 3)
        finally:
            redis_server.resume()
        assert not lease.held
        await lease.release()
        await store.close()

    run(body())


# -- postgres ------------------------------------------------------------------------------------


def terminate_other_backends(dsn: str) -> int:
    """Kill every other session on the database of dsn; returns how many."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        cur = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        row = cur.fetchone()
        assert row is not None
        return row[0]


def test_postgres_store_reconnects_after_its_backends_are_terminated(
    managed_database: str,
) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database, timeout=TIMEOUT)
        watcher = PostgresStore(managed_database, timeout=TIMEOUT)
        events = watcher.subscribe(since_version=0)
        pending = asyncio.ensure_future(next_event(events))
        await store.park("public", "users", "1", {"email": "a"})
        await asyncio.sleep(0.3)
        assert terminate_other_backends(managed_database) >= 2
        # The store's pooled connection died: the call is retried on a new one.
        await store.put_column(EMAIL)
        assert await pending == 1
        assert await store.parked_rows("public", "users") == {"1": {"email": "a"}}
        await events.aclose()
        await store.close()
        await watcher.close()

    run(body())


def test_postgres_subscriber_catches_up_on_a_change_missed_while_disconnected(
    managed_database: str,
) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database, timeout=TIMEOUT)
        await store.load_schema()
        events = store.subscribe(since_version=0)
        pending = asyncio.ensure_future(next_event(events))
        await asyncio.sleep(0.3)
        with psycopg.connect(managed_database, autocommit=True) as conn:
            # Kill the listener, then change the version without any NOTIFY: only the re-read
            # on reconnect can report it (the periodic re-read would take 5 s).
            killed = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND application_name = 'pgstitch listener'"
            ).fetchone()
            assert killed == (1,)
            conn.execute("UPDATE pgstitch.schema_version SET version = version + 1")
        began = time.monotonic()
        assert await pending == 1
        assert time.monotonic() - began < 2
        await events.aclose()
        await store.close()

    run(body())


def test_a_postgres_lease_ends_with_its_session(managed_database: str) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database, timeout=TIMEOUT)
        lease = await store.try_lead("sync", "a")
        assert lease is not None
        assert await store.try_lead("sync", "b") is None
        terminate_other_backends(managed_database)
        await asyncio.wait_for(lease.wait_lost(), TIMEOUT + 2)
        assert not lease.held
        successor = await store.try_lead("sync", "b")
        assert successor is not None and successor.token > lease.token
        await successor.release()
        await store.close()

    run(body())


def test_postgres_never_reachable() -> None:
    async def body() -> None:
        store = PostgresStore(f"postgresql://postgres@{LOCALHOST}:{free_port()}/x", timeout=TIMEOUT)
        await assert_unavailable(store, f"postgres store ({LOCALHOST}:")
        await store.close()

    run(body())


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[ThrowawayCluster]:
    """A Postgres of this module's own, to stop and start."""
    try:
        cluster = ThrowawayCluster()
        cluster.create()
    except ClusterUnavailable as exc:
        pytest.skip(f"cannot make a throwaway cluster: {exc}")
    yield cluster
    cluster.destroy()


def test_postgres_stopped_then_restarted(own_cluster: ThrowawayCluster) -> None:
    dsn = own_cluster.admin_conninfo()

    async def body() -> None:
        store = PostgresStore(dsn, timeout=TIMEOUT)
        watcher = PostgresStore(dsn, timeout=TIMEOUT)
        start = await store.put_column(EMAIL)
        events = watcher.subscribe(since_version=start.version)
        pending = asyncio.ensure_future(next_event(events, 30))
        await asyncio.sleep(0.3)
        own_cluster.stop()
        try:
            await assert_unavailable(store, f"postgres store ({LOCALHOST}:{own_cluster.port}/")
        finally:
            own_cluster.start()
        after = await store.put_column(AGE)
        assert after.columns == (EMAIL, AGE)
        assert await pending == after.version
        await events.aclose()
        await store.close()
        await watcher.close()

    run(body())
