"""The plan of one poll: which shadow column lands, expires, follows a rename, is rejected or purged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from sync import lifecycle as lc
from sync.catalog import LiveCatalog, LiveColumn, LiveTable
from sync.settings import SyncSettings

NOW = datetime(2030, 6, 1, tzinfo=UTC)
SETTINGS = SyncSettings(grace_period=86400, retention=10 * 86400)
ID = LiveColumn("id", "integer", 23, 1)


def table(name: str = "t", *columns: LiveColumn, oid: int = 100) -> LiveTable:
    return LiveTable("public", name, "r", (ID, *columns), ("id",), oid)


def catalog(*tables: LiveTable) -> LiveCatalog:
    return LiveCatalog({t.key: t for t in tables})


def shadow(name: str = "c", state: ColumnState = ColumnState.ACTIVE, **fields) -> ShadowColumn:
    return ShadowColumn("public", fields.pop("table", "t"), name, "integer", state=state, **fields)


def plan(
    *columns: ShadowColumn,
    live: LiveCatalog,
    previous: LiveCatalog | None = None,
    known: dict | None = None,
    retired: dict | None = None,
) -> list[lc.Action]:
    return lc.plan(
        ShadowSchema(1, columns),
        live,
        previous=previous,
        known_oids=known or {},
        retired_at=retired or {},
        now=NOW,
        settings=SETTINGS,
    )


C = LiveColumn("c", "integer", 23, 2)


def test_a_shadow_column_that_is_not_in_the_database_needs_nothing() -> None:
    assert plan(shadow(), live=catalog(table())) == []


def test_an_active_column_that_appears_starts_landing() -> None:
    col = shadow()
    assert plan(col, live=catalog(table("t", C))) == [lc.StartLanding(col)]


def test_predicted_and_expired_columns_that_appear_start_landing_too() -> None:
    predicted = shadow(state=ColumnState.PREDICTED)
    expired = shadow("c", state=ColumnState.EXPIRED)
    assert plan(predicted, live=catalog(table("t", C))) == [lc.StartLanding(predicted)]
    assert plan(expired, live=catalog(table("t", C))) == [lc.StartLanding(expired)]


def test_a_landing_column_continues_and_one_that_vanished_again_is_unlanded() -> None:
    col = shadow(state=ColumnState.LANDING)
    assert plan(col, live=catalog(table("t", C))) == [lc.ContinueLanding(col)]
    assert plan(col, live=catalog(table())) == [lc.Unland(col)]


def test_landed_and_rejected_columns_are_left_alone() -> None:
    landed = shadow(state=ColumnState.LANDED)
    rejected = shadow("d", state=ColumnState.REJECTED)
    assert plan(landed, rejected, live=catalog(table("t", C))) == []
    assert plan(landed, rejected, live=catalog()) == []


def test_a_renamed_table_is_followed_by_its_oid() -> None:
    a, b = shadow("a"), shadow("b", state=ColumnState.LANDING)
    renamed = catalog(table("t2", oid=100))
    assert plan(a, b, live=renamed, known={("public", "t"): 100}) == [
        lc.FollowRename(("public", "t"), ("public", "t2"), (a, b))
    ]
    # The previous poll's catalog tells the OID just as well.
    assert plan(a, live=renamed, previous=catalog(table("t", oid=100))) == [
        lc.FollowRename(("public", "t"), ("public", "t2"), (a,))
    ]


def test_a_dropped_table_rejects_its_columns_but_an_unknown_table_does_not() -> None:
    col = shadow()
    assert plan(col, live=catalog(), known={("public", "t"): 100}) == [
        lc.Reject(col, "its table was dropped")
    ]
    # Never seen (a prediction for a table still to come): nothing to reject.
    assert plan(col, live=catalog()) == []


def test_a_prediction_expires_once_its_eta_passed_by_the_grace_period() -> None:
    late = shadow(eta=NOW - timedelta(days=1, seconds=1), sources=("history",))
    on_time = shadow("d", eta=NOW - timedelta(hours=23), sources=("history",))
    predicted = shadow(
        "e", state=ColumnState.PREDICTED, eta=NOW - timedelta(days=3), sources=("telemetry",)
    )
    assert plan(late, on_time, predicted, live=catalog(table())) == [
        lc.Expire(late),
        lc.Expire(predicted),
    ]


def test_declared_columns_never_expire() -> None:
    declared = shadow(eta=NOW - timedelta(days=365), sources=("declared", "history"))
    assert plan(declared, live=catalog(table())) == []


def test_retired_columns_are_purged_after_the_retention_period() -> None:
    expired = shadow(state=ColumnState.EXPIRED)
    rejected = shadow("d", state=ColumnState.REJECTED)
    fresh = {expired.key: NOW - timedelta(days=9), rejected.key: NOW - timedelta(days=9)}
    old = {expired.key: NOW - timedelta(days=11), rejected.key: NOW - timedelta(days=11)}
    assert plan(expired, rejected, live=catalog(table()), retired=fresh) == []
    assert plan(expired, rejected, live=catalog(table()), retired=old) == [
        lc.Purge(expired),
        lc.Purge(rejected),
    ]
    # Without a record of when they retired, they are kept.
    assert plan(expired, rejected, live=catalog(table())) == []


def test_columns_added_to_existing_tables_without_a_shadow_are_unpredicted() -> None:
    before = catalog(table("t"), table("u", oid=200))
    after = catalog(
        table("t", LiveColumn("x", "text", 25, 2)),
        table("u", oid=200),
        table("new", LiveColumn("y", "text", 25, 2), oid=300),
    )
    assert plan(live=after, previous=before) == [lc.RecordUnpredicted("public", "t", "x")]
    # No previous poll: nothing to compare with.
    assert plan(live=after) == []


def test_a_renamed_column_is_not_a_new_one_and_a_shadowed_one_is_not_unpredicted() -> None:
    before = catalog(table("t", LiveColumn("old", "text", 25, 2)))
    renamed = catalog(table("t", LiveColumn("new", "text", 25, 2)))
    assert plan(live=renamed, previous=before) == []
    col = shadow()
    landed = catalog(table("t", LiveColumn("old", "text", 25, 2), LiveColumn("c", "int", 23, 3)))
    assert plan(col, live=landed, previous=before) == [lc.StartLanding(col)]
