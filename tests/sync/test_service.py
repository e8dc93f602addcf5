"""The sync service end to end: polling, landing, outcomes, renames, drops, expiry, resumption."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from shadow.columns import ColumnState
from shadow.store.base import PredictionOutcome, ShadowStore
from tests.shadow.support import Backend, run, with_stores
from tests.sync.support import (
    FAST,
    SimulatedProxy,
    column,
    make_table,
    park_many,
    running_sync,
    sql,
    wait_for_state,
    wait_until,
)

KEY = ("public", "t", "c")


def test_a_column_lands_when_the_migration_runs_and_outcomes_are_recorded(
    backend: Backend,
) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=300)
    make_table(dsn, "other", rows=1)
    eta = datetime.now(UTC) - timedelta(days=2)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(eta=eta, sources=("history",), probability=0.8))
        await park_many(store, {str(i): str(-i) for i in range(1, 301)})
        async with running_sync(store, dsn) as service:
            await wait_until(_is(service, "leading"), what="leadership")
            # a first poll has read the catalog: `other` is known before it changes
            await wait_until(_is(service, "_previous"), what="a first poll")
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            sql(dsn, "ALTER TABLE other ADD COLUMN surprise text")
            await wait_for_state(store, KEY, ColumnState.LANDED)
            await wait_until(_outcomes(store, 2), what="both outcomes")
        assert await store.parked_rows("public", "t") == {}
        landed, unpredicted = sorted(await store.outcomes(), key=lambda o: o.table, reverse=True)
        assert (landed.predicted, landed.landed, landed.type_match) == (True, True, True)
        assert landed.eta_error_days == pytest.approx(2.0, abs=0.01)
        assert _what(unpredicted) == ("public", "other", "surprise", False, True)

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT count(*) FROM t WHERE c = -id") == [(300,)]


def test_a_ddl_announcement_triggers_a_poll_at_once(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=10)
    slow = dataclasses.replace(FAST, poll_interval=60)

    async def body(store: ShadowStore, proxy_store: ShadowStore) -> None:
        await store.put_column(column())
        await store.put_column(column("d"))
        async with running_sync(store, dsn, slow) as service:
            await wait_until(_is(service, "leading"), what="leadership")
            await asyncio.sleep(0.5)  # the first poll, and the subscription is listening
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            await proxy_store.announce_ddl()  # what a proxy does after DDL went by
            await wait_for_state(store, KEY, ColumnState.LANDED, timeout=3)
            sql(dsn, "ALTER TABLE t ADD COLUMN d integer")
            service.poll_now()  # the same, from within the process
            await wait_for_state(store, ("public", "t", "d"), ColumnState.LANDED, timeout=3)

    run(with_stores(backend, 2, body))


def test_the_drain_waits_for_every_live_proxy_to_acknowledge(postgres_backend: Backend) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=10)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column())
        await park_many(store, {"1": "11"})
        stuck = (await store.load_schema()).version
        async with running_sync(store, dsn):
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            beating = asyncio.create_task(_beat(store, "proxy-late", stuck))
            await wait_for_state(store, KEY, ColumnState.LANDING)
            await asyncio.sleep(1.0)
            # Not acknowledged: nothing moved.
            assert (await store.load_schema()).get(*KEY).state == ColumnState.LANDING
            assert await store.parked_rows("public", "t") == {"1": {"c": "11"}}
            assert sql(dsn, "SELECT c FROM t WHERE id = 1") == [(None,)]
            beating.cancel()
            await store.heartbeat("proxy-late", (await store.load_schema()).version)
            await wait_for_state(store, KEY, ColumnState.LANDED, timeout=3)
        assert sql(dsn, "SELECT c FROM t WHERE id = 1") == [(11,)]

    run(with_stores(postgres_backend, 1, body))


def test_a_landing_found_by_a_new_leader_is_resumed(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=50)
    sql(dsn, "ALTER TABLE t ADD COLUMN c integer")

    async def body(store: ShadowStore) -> None:
        # The previous leader set the column landing, recorded the outcome, then died.
        await store.put_column(column(state=ColumnState.LANDING))
        await park_many(store, {str(i): str(i) for i in range(1, 51)})
        await store.record_outcome(
            PredictionOutcome(*KEY, True, True, None, True, datetime.now(UTC))
        )
        async with running_sync(store, dsn):
            await wait_for_state(store, KEY, ColumnState.LANDED)
        assert len(await store.outcomes()) == 1
        assert await store.parked_rows("public", "t") == {}

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT count(*) FROM t WHERE c = id") == [(50,)]


def test_a_leader_that_died_before_recording_the_outcome_leaves_it_to_the_next(
    postgres_backend: Backend,
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=3)
    sql(dsn, "ALTER TABLE t ADD COLUMN c bigint")

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(state=ColumnState.LANDING))  # and then it died
        async with running_sync(store, dsn):
            await wait_for_state(store, KEY, ColumnState.LANDED)
        (outcome,) = await store.outcomes()
        assert (*_what(outcome), outcome.type_match) == (*KEY, True, True, False)

    run(with_stores(postgres_backend, 1, body))


def test_a_column_dropped_while_landing_is_served_from_the_shadow_again(
    postgres_backend: Backend,
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=5)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column())
        await park_many(store, {"1": "1", "2": "2"})
        stuck = (await store.load_schema()).version
        beating = asyncio.create_task(_beat(store, "proxy-late", stuck))
        async with running_sync(store, dsn):
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            await wait_for_state(store, KEY, ColumnState.LANDING)
            sql(dsn, "ALTER TABLE t DROP COLUMN c")  # the migration is rolled back
            await wait_for_state(store, KEY, ColumnState.ACTIVE)
        beating.cancel()
        assert await store.parked_rows("public", "t") == {"1": {"c": "1"}, "2": {"c": "2"}}

    run(with_stores(postgres_backend, 1, body))


def test_a_renamed_table_is_followed_even_when_no_leader_saw_the_rename(
    backend: Backend,
) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=5)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column())
        await store.put_column(column("d", "text"))
        await park_many(store, {"1": "1", "2": "2"})
        await store.park("public", "t", "3", {"d": "three"})
        async with running_sync(store, dsn) as service:
            # a first poll: sync has seen the table and remembered its OID
            await wait_until(_is(service, "_previous"), what="a first poll")
        sql(dsn, "ALTER TABLE t RENAME TO t2")
        async with running_sync(store, dsn):
            await wait_until(lambda: _no_columns_on(store, "t"), what="the move to t2")
            schema = await store.load_schema()
            assert [c.key for c in schema.columns] == [("public", "t2", "c"), ("public", "t2", "d")]
            assert await store.parked_tables() == [("public", "t2")]
            sql(dsn, "ALTER TABLE t2 ADD COLUMN c integer")
            await wait_for_state(store, ("public", "t2", "c"), ColumnState.LANDED)
        assert await store.parked_rows("public", "t2") == {"3": {"d": "three"}}

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT id, c FROM t2 WHERE c IS NOT NULL ORDER BY id") == [(1, 1), (2, 2)]


def test_a_dropped_table_rejects_its_columns_and_keeps_their_values(
    postgres_backend: Backend,
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=5)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column())
        await park_many(store, {"1": "1"})
        async with running_sync(store, dsn) as service:
            await wait_until(_is(service, "_previous"), what="a first poll")
            sql(dsn, "DROP TABLE t")
            await wait_for_state(store, KEY, ColumnState.REJECTED)
        assert await store.parked_rows("public", "t") == {"1": {"c": "1"}}
        (outcome,) = await store.outcomes()
        assert _what(outcome) == (*KEY, True, False)

    run(with_stores(postgres_backend, 1, body))


def test_predictions_expire_keep_their_values_for_the_retention_then_are_purged(
    postgres_backend: Backend,
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=5)
    settings = dataclasses.replace(FAST, grace_period=0.5, retention=1.5)
    past = datetime.now(UTC) - timedelta(seconds=1)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(eta=past, sources=("history",), probability=0.9))
        await store.put_column(column("d", eta=past - timedelta(days=400)))  # declared
        await park_many(store, {"1": "1", "2": "2"})
        async with running_sync(store, dsn, settings):
            await wait_for_state(store, KEY, ColumnState.EXPIRED, timeout=3)
            assert await store.parked_rows("public", "t") == {"1": {"c": "1"}, "2": {"c": "2"}}
            (outcome,) = await store.outcomes()
            assert _what(outcome) == (*KEY, True, False)
            await wait_until(lambda: _gone(store), timeout=5, what="purge")
            assert await store.parked_rows("public", "t") == {}
            declared = (await store.load_schema()).get("public", "t", "d")
            assert declared.state == ColumnState.ACTIVE

    run(with_stores(postgres_backend, 1, body))


def test_a_prediction_nothing_was_parked_for_lands_at_once(postgres_backend: Backend) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=5)

    async def body(store: ShadowStore) -> None:
        predicted = column(state=ColumnState.PREDICTED, sources=("history",), probability=0.4)
        await store.put_column(predicted)
        async with running_sync(store, dsn) as service:
            await wait_until(_is(service, "_previous"), what="a first poll")
            sql(dsn, "ALTER TABLE t ADD COLUMN c bigint")
            await wait_for_state(store, KEY, ColumnState.LANDED)
        (outcome,) = await store.outcomes()
        assert _what(outcome) == (*KEY, True, True)

    run(with_stores(postgres_backend, 1, body))


def test_a_type_mismatch_lands_what_casts_and_quarantines_the_rest(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=4)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(type_="text"))
        await park_many(store, {"1": "10", "2": "twenty", "3": "30"})
        proxy = SimulatedProxy(store, dsn, "proxy-1")
        await proxy.start()
        async with running_sync(store, dsn):
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            await wait_for_state(store, KEY, ColumnState.LANDED)
        await proxy.kill()
        (outcome,) = await store.outcomes()
        assert outcome.type_match is False

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT id, c FROM t ORDER BY id") == [(1, 10), (2, None), (3, 30), (4, None)]
    assert sql(dsn, "SELECT row_key, value FROM pgstitch.quarantine") == [("2", "twenty")]


async def _beat(store: ShadowStore, proxy_id: str, version: int) -> None:
    while True:
        await store.heartbeat(proxy_id, version)
        await asyncio.sleep(0.1)


async def _gone(store: ShadowStore) -> bool:
    return (await store.load_schema()).get(*KEY) is None


async def _no_columns_on(store: ShadowStore, table: str) -> bool:
    """True once no shadow column is declared on public.TABLE (a move drops them one by one)."""
    schema = await store.load_schema()
    return all(c.key[:2] != ("public", table) for c in schema.columns)


def _is(service, attribute: str):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        return bool(getattr(service, attribute))

    return check


def _outcomes(store: ShadowStore, count: int):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        return len(await store.outcomes()) >= count

    return check


def _what(outcome: PredictionOutcome) -> tuple:
    return (outcome.schema, outcome.table, outcome.column, outcome.predicted, outcome.landed)
