"""The landing fence of a proxy's shadow view: what version it acknowledges, and holding writes."""

from __future__ import annotations

import asyncio

from proxy.protocol import messages as m
from proxy.rewrite.parked import NoParkedValues, TableParkedSource
from proxy.shadow_session import ShadowSession
from proxy.shadow_view import ShadowView
from shadow.catalog import CatalogSnapshot, LiveColumn, LiveTable
from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.memory import MemoryStore
from tests.rewrite.model import rewriter

ACTIVE = ShadowColumn("public", "accounts", "loyalty", "integer", "0")
LANDING = ACTIVE.with_state(ColumnState.LANDING)


def _view() -> ShadowView:
    return ShadowView(MemoryStore(), "postgresql://127.0.0.1:5432/unused", hold_timeout=0.2)


def test_landing_is_acknowledged_only_after_open_writes_end() -> None:
    async def scenario() -> None:
        view = _view()
        view._set_schema(ShadowSchema(1, (ACTIVE,)))
        view.writes_begin({ACTIVE.key})
        assert view.acknowledged_version == 1
        view._set_schema(ShadowSchema(2, (LANDING,)))
        assert view.landing == {ACTIVE.key}
        assert view.acknowledged_version == 1  # a transaction that wrote loyalty is still open
        view.writes_end({ACTIVE.key})
        assert view.acknowledged_version == 2

    asyncio.run(scenario())


def test_wait_until_landed_wakes_on_the_schema_change() -> None:
    async def scenario() -> None:
        view = _view()
        view._set_schema(ShadowSchema(2, (LANDING,)))
        waiter = asyncio.ensure_future(view.wait_until_landed(frozenset({LANDING.key})))
        await asyncio.sleep(0.02)
        assert not waiter.done()
        view._set_schema(ShadowSchema(3, (LANDING.with_state(ColumnState.LANDED),)))
        assert await waiter is True

    asyncio.run(scenario())


def _accounts(*columns: str) -> CatalogSnapshot:
    live = tuple(LiveColumn(name, "integer", 23, n) for n, name in enumerate(columns, 1))
    return CatalogSnapshot(
        {("public", "accounts"): LiveTable("public", "accounts", "r", live, ("id",))}, 1
    )


def test_a_landing_column_is_taken_in_only_with_a_catalog_that_shows_it() -> None:
    """A catalog reload under way when the landing version arrives may have read the catalog
    before the migration committed: the view reloads until the column is live, lest a read
    render the default once the parked values are drained."""

    async def scenario() -> None:
        view = _view()
        view._set_catalog(_accounts("id"))
        view._set_schema(ShadowSchema(1, (ACTIVE,)))
        snapshots = [_accounts("id"), _accounts("id", "loyalty")]  # stale first, then fresh

        async def follow_catalog() -> None:
            while snapshots:
                await view._catalog_wanted.wait()
                view._catalog_wanted.clear()
                view._set_catalog(snapshots.pop(0))
                view._catalog_loaded.set()
                view._catalog_loaded = asyncio.Event()

        follower = asyncio.ensure_future(follow_catalog())
        await view._take_in(ShadowSchema(2, (LANDING,)))
        assert view.schema.version == 2
        assert view.catalog.get("public", "accounts").column("loyalty") is not None
        await follower

    asyncio.run(scenario())


def test_wait_until_landed_gives_up_after_the_hold_timeout() -> None:
    async def scenario() -> None:
        view = _view()
        view._set_schema(ShadowSchema(2, (LANDING,)))
        assert await view.wait_until_landed(frozenset({LANDING.key})) is False

    asyncio.run(scenario())


def test_plain_statements_are_those_no_check_would_stop() -> None:
    from proxy.protocol import messages as m
    from proxy.rewrite import Rewriter
    from proxy.shadow_view import PlainStatements
    from shadow.catalog import CatalogSnapshot, LiveColumn, LiveTable

    table = LiveTable("public", "accounts", "r", (LiveColumn("id", "integer", 23, 1),), ("id",))
    catalog = CatalogSnapshot({("public", "accounts"): table}, 1)
    plain = PlainStatements(Rewriter(catalog, ShadowSchema(1, (ACTIVE,))))
    assert plain.text("SELECT balance FROM ledger WHERE id = 1")
    for sql in (
        "select * from ACCOUNTS",  # a served table
        'select * from U&"\\0061ccounts"',  # any name could hide in a Unicode escape
        "SET search_path TO other",
        "create table t (x int)",
    ):
        assert not plain.text(sql), sql
    assert not PlainStatements(None).text("select 1")  # no rewriter yet: nothing is plain

    raw = m.encode_parse(m.Parse("s1", "select 1", (23,)))
    parse = plain.parse(raw)
    assert parse == m.Parse("s1", "select 1", (23,))
    assert plain.parse(bytes(raw)) is parse  # remembered by its bytes
    assert plain.parse(m.encode_parse(m.Parse("", "select id from accounts", ()))) is None


def test_a_rewrite_is_rendered_once_against_the_databases_own_values() -> None:
    view = _view()
    view._static_source = TableParkedSource()  # what the postgres store gives
    rewrite = rewriter().rewrite("SELECT loyalty FROM accounts WHERE id = $1")
    assert rewrite is not None
    first = view.rendered(rewrite, view._static_source)
    assert view.rendered(rewrite, view._static_source) is first
    assert first.sql == rewrite.render(view._static_source)
    again = rewriter().rewrite("SELECT loyalty FROM accounts WHERE id = $1")
    assert view.rendered(again, view._static_source) is not first  # another rewrite object
    other = view.rendered(rewrite, NoParkedValues())  # not the database's own: rendered anew
    assert other is not first
    assert other.sql == rewrite.render(NoParkedValues())


def test_a_column_whose_declaration_is_refused_leaves_the_others_served(caplog) -> None:
    """A declaration the store holds but the rewriter refuses (written there by hand, or by an
    older version) is left out and logged once; it must not keep every other column, or a
    starting proxy, from being served."""
    bad = ShadowColumn("public", "accounts", "broken", "integer", "id + 1")
    view = _view()
    view._set_catalog(_accounts("id"))
    with caplog.at_level("ERROR", logger="pgstitch.shadow"):
        view._set_schema(ShadowSchema(1, (ACTIVE, bad)))
        view._set_schema(ShadowSchema(2, (ACTIVE, bad)))
    assert view.active and view.rewriter is not None
    served = view.rewriter.served[("public", "accounts")]
    assert [c.name for c in served.columns] == ["loyalty"]
    refusals = [r.getMessage() for r in caplog.records if "broken" in r.getMessage()]
    assert len(refusals) == 1 and "column reference" in refusals[0]


def test_a_session_begun_before_the_catalog_was_read_starts_from_its_default() -> None:
    """A session that connects while the proxy is still reading the catalog (just after a
    start) takes its search_path default from the catalog once it is read, before any of its
    statements can see the view loaded; a session begun after it takes it at once."""
    view = _view()
    view.mirror = None
    startup = m.StartupMessage(m.PROTOCOL_3_0, {"user": "app", "database": "unused"})
    early = ShadowSession(view, startup)
    assert early.search_path.path == ('"$user"', "public")
    view._set_schema(ShadowSchema(1, (ACTIVE,)))
    assert not view.loaded
    catalog = _accounts("id")
    view._set_catalog(CatalogSnapshot(catalog.tables, 1, path_defaults=(("", 1, "sales, public"),)))
    assert view.loaded
    assert early.search_path.path == ("sales", "public")
    assert ShadowSession(view, startup).search_path.path == ("sales", "public")
