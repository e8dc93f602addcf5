"""Drain: parked values move into the real column in batches; nothing lost, nothing applied twice."""

from __future__ import annotations

import asyncio
import dataclasses

import psycopg
from psycopg import AsyncConnection

from shadow.store.base import ShadowStore
from sync.catalog import read_catalog
from sync.drain import DrainReport, DrainTarget, drain
from sync.quarantine import quarantined_values
from sync.settings import SyncSettings
from sync.types import compare_types
from tests.shadow.support import Backend, run, with_stores
from tests.sync.support import FAST, make_table, park_many, sql

SMALL_BATCHES = dataclasses.replace(FAST, batch_size=7)


async def drain_column(
    store: ShadowStore,
    dsn: str,
    declared: str = "integer",
    settings: SyncSettings = SMALL_BATCHES,
    table: str = "t",
    column: str = "c",
) -> DrainReport:
    async with await AsyncConnection.connect(dsn, autocommit=True) as conn:
        live = (await read_catalog(conn)).get("public", table)
        types = await compare_types(conn, declared, live.column(column))
        return await drain(conn, store, DrainTarget(live, column, types), settings)


def test_parked_values_move_into_the_column_and_only_they_leave_the_store(
    backend: Backend,
) -> None:
    make_table(backend.dsn, rows=100)
    sql(backend.dsn, "ALTER TABLE t ADD COLUMN c integer DEFAULT -1")

    async def body(store: ShadowStore) -> None:
        values = {str(i): str(i * 10) for i in range(1, 61)}
        values["5"] = None  # an explicit NULL lands as NULL
        values["1000"] = "7"  # the row was deleted: nothing to land
        await park_many(store, values)
        await store.park("public", "t", "2", {"d": "other"})  # another shadow column's value
        await store.park("public", "t", "99", {"d": "only d"})
        report = await drain_column(store, backend.dsn)
        assert (report.moved, report.quarantined, report.orphaned) == (60, 0, 1)
        assert report.batches == 9  # 61 values, 7 per batch
        assert await store.parked_rows("public", "t") == {
            "2": {"d": "other"},
            "99": {"d": "only d"},
        }
        # A second run finds nothing to do.
        again = await drain_column(store, backend.dsn)
        assert (again.moved, again.batches) == (0, 0)

    run(with_stores(backend, 1, body))
    rows = dict(sql(backend.dsn, "SELECT id, c FROM t"))
    assert rows[5] is None
    assert all(rows[i] == i * 10 for i in range(1, 61) if i != 5)
    assert all(rows[i] == -1 for i in range(61, 101))


def test_values_postgres_refuses_are_quarantined_never_dropped(backend: Backend) -> None:
    make_table(backend.dsn, rows=20)
    sql(backend.dsn, "ALTER TABLE t ADD COLUMN c integer NOT NULL DEFAULT 0 CHECK (c < 1000)")

    async def body(store: ShadowStore) -> None:
        values = {str(i): str(i) for i in range(1, 21)}
        values |= {"3": "three", "9": None, "12": "5000", "15": "99999999999"}
        await park_many(store, values)
        report = await drain_column(store, backend.dsn)
        assert (report.moved, report.quarantined, report.orphaned) == (16, 4, 0)
        assert await store.parked_rows("public", "t") == {}
        async with await AsyncConnection.connect(backend.dsn) as conn:
            kept = await quarantined_values(conn, "public", "t", "c")
        assert [(q.row_key, q.value, q.error[:5]) for q in kept] == [
            ("12", "5000", "23514"),
            ("15", "99999999999", "22003"),
            ("3", "three", "22P02"),
            ("9", None, "23502"),
        ]
        assert 'invalid input syntax for type integer: "three"' in kept[2].error

    run(with_stores(backend, 1, body))
    rows = dict(sql(backend.dsn, "SELECT id, c FROM t"))
    assert [rows[i] for i in (3, 9, 12, 15)] == [0, 0, 0, 0]
    assert all(rows[i] == i for i in range(1, 21) if i not in (3, 9, 12, 15))


def test_a_different_type_is_cast_the_way_postgres_casts_it(postgres_backend: Backend) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=4)
    sql(dsn, "ALTER TABLE t ADD COLUMN c integer")

    async def body(store: ShadowStore) -> None:
        await park_many(store, {"1": "true", "2": "false", "3": "yes", "4": "maybe"})
        report = await drain_column(store, dsn, declared="boolean")
        assert (report.moved, report.quarantined) == (3, 1)

    run(with_stores(postgres_backend, 1, body))
    assert sql(dsn, "SELECT id, c FROM t ORDER BY id") == [(1, 1), (2, 0), (3, 1), (4, None)]


def test_composite_keys_land_and_keyless_tables_quarantine(postgres_backend: Backend) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, "pairs", key="a int, b text, PRIMARY KEY (a, b)")
    make_table(dsn, "loose", key="a int")
    sql(dsn, "INSERT INTO pairs VALUES (1, 'x', ''), (1, 'y z', ''), (2, 'x', '')")
    sql(dsn, "INSERT INTO loose VALUES (1, '')")
    sql(dsn, "ALTER TABLE pairs ADD COLUMN c text")
    sql(dsn, "ALTER TABLE loose ADD COLUMN c text")
    keys = [row[0] for row in sql(dsn, "SELECT ROW(a, b)::text FROM pairs ORDER BY a, b")]
    assert keys == ["(1,x)", '(1,"y z")', "(2,x)"]

    async def body(store: ShadowStore) -> None:
        await store.write_parked(
            park={
                ("public", "pairs"): {keys[0]: {"c": "first"}, keys[1]: {"c": "second"}},
                ("public", "loose"): {"(1)": {"c": "lost?"}},
            }
        )
        landed = await drain_column(store, dsn, "text", table="pairs")
        assert (landed.moved, landed.quarantined) == (2, 0)
        keyless = await drain_column(store, dsn, "text", table="loose")
        assert (keyless.moved, keyless.quarantined) == (0, 1)
        assert await store.parked_tables() == []

    run(with_stores(postgres_backend, 1, body))
    assert sql(dsn, "SELECT c FROM pairs ORDER BY a, b") == [("first",), ("second",), (None,)]
    (error,) = sql(dsn, "SELECT error FROM pgstitch.quarantine WHERE table_name = 'loose'")
    assert "no primary key" in error[0]


def test_a_drain_killed_midway_loses_and_repeats_nothing_and_resumes(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=2000)
    sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
    settings = dataclasses.replace(FAST, batch_size=20)

    async def body(store: ShadowStore) -> None:
        await park_many(store, {str(i): str(i) for i in range(1, 2001)})
        draining = asyncio.create_task(drain_column(store, dsn, settings=settings))
        while not sql(dsn, "SELECT count(c) >= 300 FROM t")[0][0]:
            await asyncio.sleep(0.01)
        # The crash: the task dies and its database session with it.
        sql(
            dsn,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = '' AND pid <> pg_backend_pid() AND datname = current_database()",
        )
        draining.cancel()
        await asyncio.gather(draining, return_exceptions=True)
        parked = await store.parked_rows("public", "t")
        in_column = dict(sql(dsn, "SELECT id, c FROM t WHERE c IS NOT NULL"))
        assert 300 <= len(in_column) < 2000
        # Every value is somewhere: landed (right), or still parked, or both (only with an
        # external store, between a batch's commit and its unparking).
        for i in range(1, 2001):
            assert in_column.get(i, i) == i
            assert str(i) in parked or i in in_column
        if backend.kind == "postgres":
            assert len(parked) + len(in_column) == 2000  # batch and unpark commit together
        report = await drain_column(store, dsn, settings=settings)
        assert report.moved >= 2000 - len(in_column)
        assert await store.parked_rows("public", "t") == {}

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT count(*) FROM t WHERE c = id") == [(2000,)]


def test_lock_timeouts_are_retried_with_smaller_batches(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=50)
    sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
    settings = dataclasses.replace(FAST, batch_size=50, lock_timeout=0.05)

    async def body(store: ShadowStore) -> None:
        await park_many(store, {str(i): str(i) for i in range(1, 51)})
        async with await AsyncConnection.connect(dsn) as holder:
            await holder.execute("SELECT 1 FROM t WHERE id = 25 FOR UPDATE")
            draining = asyncio.create_task(drain_column(store, dsn, settings=settings))
            await asyncio.sleep(0.5)
            assert not draining.done()
            await holder.rollback()
        report = await asyncio.wait_for(draining, 5)
        assert report.retries >= 2
        assert (report.moved, report.quarantined) == (50, 0)

    run(with_stores(backend, 1, body))
    assert sql(dsn, "SELECT count(*) FROM t WHERE c = id") == [(50,)]


def test_a_statement_error_that_is_not_the_values_fault_propagates(
    postgres_backend: Backend,
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=3)
    sql(dsn, "ALTER TABLE t ADD COLUMN c integer")

    async def body(store: ShadowStore) -> None:
        await park_many(store, {"1": "1"})
        async with await AsyncConnection.connect(dsn, autocommit=True) as conn:
            live = (await read_catalog(conn)).get("public", "t")
            types = await compare_types(conn, "integer", live.column("c"))
            await conn.execute("ALTER TABLE t DROP COLUMN c")
            try:
                await drain(conn, store, DrainTarget(live, "c", types), FAST)
            except psycopg.errors.UndefinedColumn:
                pass
            else:
                raise AssertionError("the drain went on without its column")
        assert await store.parked_rows("public", "t") == {"1": {"c": "1"}}

    run(with_stores(postgres_backend, 1, body))


def test_timestamptz_keys_land_whatever_the_time_zone(postgres_backend: Backend) -> None:
    """Proxies key a timestamptz key column in UTC (shadow/rowkey.py); sync finds the rows by
    the same text in a session of another time zone."""
    dsn = postgres_backend.dsn
    make_table(dsn, "visits", key="a int, at timestamptz, PRIMARY KEY (a, at)")
    sql(dsn, "INSERT INTO visits VALUES (1, '2024-01-01 10:00+00', ''), (2, 'infinity', '')")
    sql(dsn, "ALTER TABLE visits ADD COLUMN c text")
    keys = ['(1,"2024-01-01 10:00:00+00")', "(2,infinity)"]

    async def body(store: ShadowStore) -> None:
        await store.write_parked(
            park={("public", "visits"): {keys[0]: {"c": "first"}, keys[1]: {"c": "last"}}}
        )
        async with await AsyncConnection.connect(dsn, autocommit=True) as conn:
            await conn.execute("SET TimeZone = 'Asia/Tokyo'")
            live = (await read_catalog(conn)).get("public", "visits")
            types = await compare_types(conn, "text", live.column("c"))
            landed = await drain(conn, store, DrainTarget(live, "c", types), SMALL_BATCHES)
        assert (landed.moved, landed.quarantined) == (2, 0)

    run(with_stores(postgres_backend, 1, body))
    assert sql(dsn, "SELECT c FROM visits ORDER BY a") == [("first",), ("last",)]


def test_values_of_an_equal_key_written_otherwise_stay_out_of_the_row(
    postgres_backend: Backend,
) -> None:
    """Parked values are keyed by the key's text: those left under `1.00` by a row deleted
    other than through pgstitch never land in the row keyed `1.0`, equal as numeric."""
    dsn = postgres_backend.dsn
    make_table(dsn, "amounts", key="n numeric PRIMARY KEY")
    sql(dsn, "INSERT INTO amounts VALUES (1.0, ''), (2, '')")
    sql(dsn, "ALTER TABLE amounts ADD COLUMN c text")

    async def body(store: ShadowStore) -> None:
        parked = {"1.00": {"c": "orphan"}, "1.0": {"c": "mine"}, "2": {"c": "two"}}
        await store.write_parked(park={("public", "amounts"): parked})
        landed = await drain_column(store, dsn, "text", table="amounts")
        assert landed.moved == 2

    run(with_stores(postgres_backend, 1, body))
    assert sql(dsn, "SELECT n::text, c FROM amounts ORDER BY n") == [("1.0", "mine"), ("2", "two")]
