"""The contract every store backend keeps: the same tests on memory, postgres and redis."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import psycopg

from shadow.columns import ColumnState, ShadowColumn
from shadow.store.base import PredictionOutcome, ShadowStore
from shadow.store.literal import parked_values_sql
from tests.shadow.support import Backend, run, with_stores

EMAIL = ShadowColumn("public", "users", "email", "text", default="''", not_null=True)
AGE = ShadowColumn("public", "users", "age", "integer", default="0", check="age >= 0")
PREDICTED = ShadowColumn(
    "sales",
    "Orders",
    "total cents",
    "numeric(12,2)",
    probability=0.62,
    eta=datetime(2027, 3, 1, 12, 30, tzinfo=UTC),
    sources=("history", "telemetry"),
    state=ColumnState.PREDICTED,
)


def check(backend: Backend, body) -> None:  # type: ignore[no-untyped-def]
    run(with_stores(backend, 1, body))


def test_a_new_store_has_an_empty_schema_at_version_zero(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        schema = await store.load_schema()
        assert (schema.version, schema.columns) == (0, ())

    check(backend, body)


def test_put_column_bumps_the_version_and_keeps_declaration_order(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        first = await store.put_column(EMAIL)
        second = await store.put_column(AGE)
        assert (first.version, second.version) == (1, 2)
        assert second.columns == (EMAIL, AGE)
        # Replacing a column keeps its place.
        replaced = await store.put_column(EMAIL.with_state(ColumnState.LANDING))
        assert replaced.version == 3
        assert [c.state for c in replaced.columns] == [ColumnState.LANDING, ColumnState.ACTIVE]
        assert await store.load_schema() == replaced

    check(backend, body)


def test_every_column_field_round_trips(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.put_column(PREDICTED)
        (loaded,) = (await store.load_schema()).columns
        assert loaded == PREDICTED
        assert loaded.eta is not None and loaded.eta.utcoffset() == timedelta(0)

    check(backend, body)


def test_a_column_is_stamped_when_first_served_and_keeps_the_stamp(backend: Backend) -> None:
    """The moment a real column would have been added: `now()` in a default reads it for the
    rows that existed then (docs/rewriting.md), so it must not move once set."""

    async def body(store: ShadowStore) -> None:
        before = datetime.now(UTC) - timedelta(seconds=1)
        (predicted,) = (await store.put_column(PREDICTED)).columns
        assert predicted.served_since is None
        (active,) = (await store.put_column(PREDICTED.with_state(ColumnState.ACTIVE))).columns
        since = active.served_since
        assert since is not None and before < since < datetime.now(UTC) + timedelta(seconds=1)
        await asyncio.sleep(0.01)
        # Declared again from scratch (a configuration read at start), then landing.
        (again,) = (await store.put_column(PREDICTED.with_state(ColumnState.ACTIVE))).columns
        (landing,) = (await store.put_column(again.with_state(ColumnState.LANDING))).columns
        (loaded,) = (await store.load_schema()).columns
        assert again.served_since == landing.served_since == loaded.served_since == since
        await store.drop_column(*PREDICTED.key)
        (new,) = (await store.put_column(PREDICTED.with_state(ColumnState.ACTIVE))).columns
        assert new.served_since is not None and new.served_since > since

    check(backend, body)


def test_drop_column_bumps_only_when_there_was_a_column(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.put_column(EMAIL)
        await store.put_column(AGE)
        dropped = await store.drop_column("public", "users", "email")
        assert (dropped.version, dropped.columns) == (3, (AGE,))
        again = await store.drop_column("public", "users", "email")
        assert again == dropped
        # Declaring it again puts it last.
        assert (await store.put_column(EMAIL)).columns == (AGE, EMAIL)

    check(backend, body)


def test_park_merges_values_into_rows(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.park("public", "users", "1", {"email": "a@example.com"})
        await store.park("public", "users", "1", {"age": "41"})
        await store.park("public", "users", "1", {"email": None})
        await store.park("public", "users", "2", {"age": "7"})
        assert await store.parked_rows("public", "users") == {
            "1": {"email": None, "age": "41"},
            "2": {"age": "7"},
        }
        assert await store.parked_rows("public", "other") == {}

    check(backend, body)


def test_parked_values_keep_any_text(backend: Backend) -> None:
    awkward = {"q": 'it\'s \\ "quoted"', "u": "Zoë ✓ 😀", "nl": "a\nb\tc", "e": ""}

    async def body(store: ShadowStore) -> None:
        await store.park("we'ird", 'Ta"ble', '(1,"x y")', awkward)
        assert await store.parked_rows("we'ird", 'Ta"ble') == {'(1,"x y")': awkward}
        assert await store.parked_tables() == [("we'ird", 'Ta"ble')]

    check(backend, body)


def test_unpark_removes_whole_rows_and_empty_tables_disappear(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.park("public", "users", "1", {"email": "a"})
        await store.park("public", "users", "2", {"email": "b"})
        await store.park("public", "teams", "(1,2)", {"name": "x"})
        assert await store.parked_tables() == [("public", "teams"), ("public", "users")]
        await store.unpark("public", "users", ["1", "missing"])
        assert await store.parked_rows("public", "users") == {"2": {"email": "b"}}
        await store.unpark("public", "teams", ["(1,2)"])
        assert await store.parked_tables() == [("public", "users")]

    check(backend, body)


def test_write_parked_spans_tables_and_unparks_before_parking(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.park("public", "users", "1", {"email": "old", "age": "3"})
        await store.write_parked(
            park={
                ("public", "users"): {"1": {"email": "new"}, "9": {"age": "9"}},
                ("public", "teams"): {"5": {"name": "t"}, "6": {}},
            },
            unpark={("public", "users"): ["1"]},
        )
        # Row 1 was deleted and written again in one change: it starts from nothing.
        assert await store.parked_rows("public", "users") == {
            "1": {"email": "new"},
            "9": {"age": "9"},
        }
        assert await store.parked_rows("public", "teams") == {"5": {"name": "t"}}
        await store.write_parked()  # nothing to do is fine

    check(backend, body)


def test_drop_parked_column_forgets_one_column(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.park("public", "users", "1", {"email": "a", "age": "1"})
        await store.park("public", "users", "2", {"email": "b"})
        await store.park("public", "users", "3", {"email": "c"})
        await store.drop_parked_column("public", "users", "email", row_keys=["2"])
        assert await store.parked_rows("public", "users") == {
            "1": {"email": "a", "age": "1"},
            "3": {"email": "c"},
        }
        await store.drop_parked_column("public", "users", "email")
        assert await store.parked_rows("public", "users") == {"1": {"age": "1"}}
        await store.drop_parked_column("public", "users", "age", row_keys=[])
        assert await store.parked_rows("public", "users") == {"1": {"age": "1"}}

    check(backend, body)


def test_the_parked_relation_yields_exactly_the_parked_rows(backend: Backend) -> None:
    """What the rewriter puts in FROM reads back, in the managed database, as parked_rows."""
    rows = {"1": {"email": "it's", "age": None}, '(2,"b")': {"email": "back\\slash ✓"}}

    async def body(store: ShadowStore) -> None:
        await store.write_parked(park={("public", "users"): rows})
        await store.park("public", "teams", "1", {"name": "not this table"})
        sql = store.parked_relation_sql("public", "users")
        if sql is None:
            sql = parked_values_sql(await store.parked_rows("public", "users"))
        assert backend.dsn is not None
        async with await psycopg.AsyncConnection.connect(backend.dsn) as conn:
            cur = await conn.execute(f"SELECT row_key, vals FROM {sql} AS p")
            assert dict(await cur.fetchall()) == rows

    check(backend, body)


def test_unknown_columns_are_counted_per_query_fingerprint(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        before = datetime.now(UTC) - timedelta(seconds=5)
        await store.record_unknown_column("public", "users", "nickname", "fp1", None)
        await store.record_unknown_column("public", "users", "nickname", "fp1", "text")
        await store.record_unknown_column("public", "users", "nickname", "fp1", None)
        await store.record_unknown_column(None, None, "nickname", "fp2", "varchar")
        found = {(u.schema, u.table, u.fingerprint): u for u in await store.unknown_columns()}
        assert set(found) == {("public", "users", "fp1"), (None, None, "fp2")}
        first = found["public", "users", "fp1"]
        assert (first.column, first.count, first.inferred_type) == ("nickname", 3, "text")
        assert before < first.first_seen <= first.last_seen <= datetime.now(UTC)
        assert found[None, None, "fp2"].count == 1

    check(backend, body)


def test_outcomes_are_kept_in_order(backend: Backend) -> None:
    at = datetime(2026, 5, 1, tzinfo=UTC)
    outcomes = [
        PredictionOutcome("public", "users", "email", True, True, -2.5, True, at),
        PredictionOutcome("public", "users", "age", True, False, None, None, at),
        PredictionOutcome("public", "teams", "slug", False, True, None, False, at),
    ]

    async def body(store: ShadowStore) -> None:
        for outcome in outcomes:
            await store.record_outcome(outcome)
        assert await store.outcomes() == outcomes

    check(backend, body)


def test_heartbeats_keep_the_last_report_of_each_proxy(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.heartbeat("proxy-b", 3)
        await store.heartbeat("proxy-a", 1)
        await store.heartbeat("proxy-a", 4)
        beats = await store.heartbeats()
        assert [(b.proxy_id, b.schema_version) for b in beats] == [("proxy-a", 4), ("proxy-b", 3)]
        assert all(abs(datetime.now(UTC) - b.last_seen) < timedelta(seconds=30) for b in beats)
        await store.forget_proxy("proxy-b")
        assert [b.proxy_id for b in await store.heartbeats()] == ["proxy-a"]

    check(backend, body)


def test_one_leader_at_a_time_with_growing_fencing_tokens(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        first = await store.try_lead("sync", "proxy-a")
        assert first is not None and first.held and await first.confirm()
        assert await store.try_lead("sync", "proxy-b") is None
        other_role = await store.try_lead("prefetch", "proxy-b")
        assert other_role is not None
        await first.release()
        assert not first.held
        await asyncio.wait_for(first.wait_lost(), 1)
        second = await store.try_lead("sync", "proxy-b")
        assert second is not None and second.token > first.token
        await second.release()
        await other_role.release()

    check(backend, body)


def test_a_subscriber_behind_the_store_gets_an_event_at_once(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.put_column(EMAIL)
        await store.put_column(AGE)
        events = store.subscribe(since_version=1)
        try:
            event = await asyncio.wait_for(anext(events), 2)
            assert event.version == 2
        finally:
            await events.aclose()

    check(backend, body)


def test_a_subscriber_sees_every_change_in_order(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        events = store.subscribe(since_version=0)
        try:
            listening = asyncio.ensure_future(anext(events))
            await asyncio.sleep(0.2)
            await store.put_column(EMAIL)
            first = await asyncio.wait_for(listening, 2)
            await store.put_column(AGE)
            await store.drop_column("public", "users", "email")
            seen = [first.version]
            while seen[-1] < 3:
                seen.append((await asyncio.wait_for(anext(events), 2)).version)
            assert seen == sorted(seen) and seen[0] == 1 and seen[-1] == 3
        finally:
            await events.aclose()

    check(backend, body)
