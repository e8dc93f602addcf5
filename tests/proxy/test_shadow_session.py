"""The shadow side of a session, without sockets: rewriting, re-preparing, swallowing, positions."""

from __future__ import annotations

import asyncio
from collections import Counter
from types import SimpleNamespace

import pytest

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message
from proxy.rewrite import RewriteCache, Rewriter, TableParkedSource
from proxy.session import Session, _Side
from proxy.shadow_session import ShadowSession
from proxy.shadow_view import ParameterTexts, PlainStatements
from shadow.catalog import CatalogSnapshot, LiveColumn, LiveTable
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema

CATALOG = CatalogSnapshot(
    {
        ("public", "accounts"): LiveTable(
            "public",
            "accounts",
            "r",
            (LiveColumn("id", "integer", 23, 1), LiveColumn("name", "text", 25, 2)),
            ("id",),
        )
    },
    1,
)


class FakeView:
    """Just what a ShadowSession reads from the proxy's shadow view."""

    def __init__(self) -> None:
        self.ready = asyncio.Event()
        self.ready.set()
        self.ready_timeout = 1.0
        self.cache = RewriteCache()
        self.open_writes: Counter = Counter()
        self.unknown: list[tuple[dict, str | None]] = []
        self.catalog_refreshes = 0
        self.mirror = None  # parked values live in the database (the postgres store)
        self.parameter_texts = ParameterTexts()
        self.set_columns(("loyalty",))

    landing: frozenset = frozenset()
    hold_timeout = 1.0

    def writes_begin(self, columns) -> None:
        self.open_writes.update(columns)

    def writes_end(self, columns) -> None:
        self.open_writes.subtract(columns)

    async def wait_until_landed(self, columns) -> bool:
        deadline = asyncio.get_running_loop().time() + self.hold_timeout
        while columns & self.landing:
            if asyncio.get_running_loop().time() > deadline:
                return False
            await asyncio.sleep(0.01)
        return True

    def rendered(self, rewrite, source):
        return rewrite.render_mapped(source)

    def parameterized(self, sql, search_path, source, shape=None):
        return self.parameter_texts.query(self.rewriter, sql, search_path, source, shape)

    def set_columns(self, names: tuple[str, ...]) -> None:
        version = getattr(self, "schema", ShadowSchema()).version + 1
        columns = tuple(ShadowColumn("public", "accounts", n, "integer", "0") for n in names)
        self.schema = ShadowSchema(version, columns)
        self.catalog = CATALOG
        self.rewriter = Rewriter(CATALOG, self.schema, self.cache)
        self.plain = PlainStatements(self.rewriter)
        self.changes = getattr(self, "changes", 0) + 1

    @property
    def active(self) -> bool:
        return bool(self.schema.served)

    @property
    def dormant(self) -> bool:
        return self.ready.is_set() and not self.active

    @property
    def loaded(self) -> bool:
        return self.ready.is_set()

    @property
    def serving(self) -> bool:
        return self.ready.is_set() and self.active

    def static_parked_source(self):
        return TableParkedSource()

    def catalog_changed(self) -> None:
        self.catalog_refreshes += 1

    def report_unknown_column(self, fields, sql) -> None:
        self.unknown.append((fields, sql))


@pytest.fixture
def view() -> FakeView:
    return FakeView()


@pytest.fixture
def session(view: FakeView) -> ShadowSession:
    return ShadowSession(view, m.StartupMessage(m.PROTOCOL_3_0, {"user": "alice"}))


def _message(raw: bytes) -> Message:
    return Message(raw[0], raw)


def _sent_queries(chunks: list[bytes]) -> list[str]:
    return [m.decode_query(c[5:]) for c in chunks if c[:1] == b"Q"]


def test_untouched_statements_go_out_as_they_came(session: ShadowSession) -> None:
    raw = m.encode_query("select 1")
    assert session.client_message(_message(raw)) == [raw]


def test_statement_naming_a_shadow_column_is_rewritten(session: ShadowSession) -> None:
    sent = session.client_message(_message(m.encode_query("select loyalty from accounts")))
    (sql,) = _sent_queries(sent)  # type: ignore[arg-type]
    assert "pgstitch.parked" in sql and "loyalty" in sql


def test_stale_prepared_statement_is_re_prepared_before_bind(
    session: ShadowSession, view: FakeView
) -> None:
    parse = m.Parse("s1", "select id, tier from accounts where id = $1", (23,))
    first = session.client_message(_message(m.encode_parse(parse)))
    first_sql = m.decode_parse(first[0][5:]).query  # type: ignore[index]
    bind = m.encode_message(b"B", b"\0s1\0\0\0\0\0\0\0")
    assert session.client_message(_message(bind)) == [bind]

    view.set_columns(("loyalty", "tier"))
    sent = session.client_message(_message(bind))
    assert [c[:1] for c in sent] == [b"C", b"P", b"B"]  # type: ignore[index]
    reparsed = m.decode_parse(sent[1][5:])  # type: ignore[index]
    assert reparsed.name == "s1" and reparsed.param_types == (23,)
    assert "tier" in reparsed.query and reparsed.query != first_sql
    assert session.swallowing
    assert session.swallow(Message.build(ord("3"), b""))
    assert session.swallow(Message.build(ord("1"), b""))
    assert not session.swallow(Message.build(ord("1"), b""))
    assert not session.swallowing
    # Prepared under the current version now: no second re-prepare.
    assert session.client_message(_message(bind)) == [bind]


def test_a_prepared_star_whose_columns_changed_is_refused_as_postgres_refuses_it(
    session: ShadowSession, view: FakeView
) -> None:
    """`*` would now yield another column: Postgres answers such a Bind with 0A000 (routine
    RevalidateCachedQuery, which drivers go by to prepare again), and so does pgstitch."""
    parse = m.Parse("s1", "select * from accounts where id = $1", (23,))
    session.client_message(_message(m.encode_parse(parse)))
    bind = m.encode_message(b"B", b"\0s1\0\0\0\0\0\0\0")
    assert session.client_message(_message(bind)) == [bind]

    view.set_columns(("loyalty", "tier"))
    for synced in range(2):  # every time, until the client prepares it again
        (stand_in,) = session.client_message(_message(bind), synced)  # type: ignore[misc]
        assert m.decode_parse(stand_in[5:]).name not in ("", "s1")
        server = m.encode_error("42703", 'column "pgstitch refused statement" does not exist')
        fields = m.parse_error_fields(session.server_error(Message(server[0], server))[5:])
        assert (fields["C"], fields["M"]) == ("0A000", "cached plan must not change result type")
        assert fields["R"] == "RevalidateCachedQuery"
        session.server_ready(b"I")

    session.client_message(_message(m.encode_close_statement("s1")), 2)
    session.client_message(_message(m.encode_parse(parse)), 2)
    assert session.client_message(_message(bind), 2) == [bind]


def test_bind_and_describe_are_looked_at_only_while_a_statement_needs_it(
    session: ShadowSession, view: FakeView
) -> None:
    B, D, C = ord("B"), ord("D"), ord("C")
    session.client_message(_message(m.encode_parse(m.Parse("s1", "select tier from accounts", ()))))
    assert B not in session.client_types and C in session.client_types  # current, writes nothing
    view.set_columns(("loyalty", "tier"))
    assert {B, D} <= session.client_types  # stale: re-prepared at its next Bind or Describe
    bind = m.encode_message(b"B", b"\0s1\0\0\0\0\0\0\0")
    assert [c[:1] for c in session.client_message(_message(bind))] == [b"C", b"P", b"B"]  # type: ignore[index]
    assert B not in session.client_types
    write = m.Parse("w", "UPDATE accounts SET loyalty = $1", (23,))
    session.client_message(_message(m.encode_parse(write)))
    assert B in session.client_types  # the landing fence counts its writes at every Bind
    session.client_message(_message(m.encode_close_statement("w")))
    assert B not in session.client_types


def _relaying_session(view: FakeView, sent: list[bytes]) -> Session:
    """A session of the managed database, relaying, without sockets; `sent` gets what goes up."""
    server = SimpleNamespace(max_message_size=1 << 20, shadow_view=view, managed_database="db")
    session = Session(server, 1)  # type: ignore[arg-type]
    session.startup = m.StartupMessage(m.PROTOCOL_3_0, {"user": "alice", "database": "db"})
    session.upstream = _Side(session, "upstream")
    for side, write in ((session.client, lambda data: None), (session.upstream, sent.append)):
        side.transport = SimpleNamespace(write=write, set_protocol=lambda protocol: None)  # type: ignore[assignment]
    session._start_relay()
    return session


def test_ready_for_query_counted_in_passing_is_caught_up_before_an_error(
    view: FakeView,
) -> None:
    async def scenario() -> None:
        session = _relaying_session(view, [])
        session._from_client(m.encode_query("select 1") + m.encode_query("select nosuch from t"))
        ready_in_order, _tags = session.shadow.upstream_needs  # type: ignore[union-attr]
        assert not ready_in_order
        error = m.encode_error("42703", 'column "nosuch" does not exist')
        ready = m.encode_ready_for_query(b"I")
        session._from_upstream(m.encode_message(b"C", b"SELECT 1\0") + ready + error + ready)
        ((_fields, sql),) = view.unknown
        assert sql == "select nosuch from t"  # the error's own statement, not the one before
        assert session.state.ready_received == 2

    asyncio.run(scenario())


def test_the_rest_of_a_chunk_is_scanned_again_when_binds_must_be_looked_at(
    view: FakeView,
) -> None:
    def message(type_: bytes, body: bytes) -> bytes:
        return m.encode_message(type_, body)

    sync, ready = message(b"S", b""), message(b"1", b"") + m.encode_ready_for_query(b"I")
    bind_w = message(b"B", b"\0w\0\0\0\0\x01\0\0\0\x011\0\0")
    execute = message(b"E", b"\0\0\0\0\0")

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        plain = m.Parse("s1", "select * from accounts", ())
        session._from_client(m.encode_parse(plain) + sync)
        session._from_upstream(ready)
        # Scanned while every prepared statement was current: Bind not intercepted. The Parse
        # before it prepares a statement that writes a shadow column, whose Binds the landing
        # fence must count: the rest of the chunk is scanned again.
        write = m.encode_parse(m.Parse("w", "UPDATE accounts SET loyalty = $1", (23,)))
        session._from_client(write + sync + bind_w + execute + sync)
        assert b"".join(sent).endswith(bind_w + execute + sync)
        session._from_upstream(ready)  # the Parse's segment is done; the Bind's is in flight
        assert view.open_writes[LOYALTY] == 1
        session._from_upstream(message(b"2", b"") + message(b"C", b"UPDATE 1\0") + ready[5:])
        assert view.open_writes[LOYALTY] == 0

    asyncio.run(scenario())


def test_closed_statement_is_forgotten(session: ShadowSession, view: FakeView) -> None:
    parse = m.Parse("s1", "select loyalty from accounts", ())
    session.client_message(_message(m.encode_parse(parse)))
    session.client_message(_message(m.encode_close_statement("s1")))
    view.set_columns(("loyalty", "tier"))
    bind = m.encode_message(b"B", b"\0s1\0\0\0\0\0\0\0")
    assert session.client_message(_message(bind)) == [bind]


def test_error_position_maps_back_to_the_client_text(session: ShadowSession) -> None:
    sql = "select loyalty, nosuch from accounts"
    sent = session.client_message(_message(m.encode_query(sql)))
    (rewritten,) = _sent_queries(sent)  # type: ignore[arg-type]
    position = rewritten.index("nosuch") + 1
    error = m.encode_error("42703", 'column "nosuch" does not exist')
    error = error[:-1] + b"P" + str(position).encode() + b"\0\0"
    error = m.encode_message(b"E", error[5:])
    answer = session.server_error(_message(error))
    fields = m.parse_error_fields(answer[5:])
    assert fields["P"] == str(sql.index("nosuch") + 1)
    assert session_unknown_sql(session) == sql


def session_unknown_sql(session: ShadowSession) -> str | None:
    (fields, sql), *_ = session.view.unknown  # type: ignore[attr-defined]
    assert fields["C"] == "42703"
    return sql


def test_ddl_refreshes_the_catalog_when_the_statement_is_done(
    session: ShadowSession, view: FakeView
) -> None:
    session.client_message(_message(m.encode_query("ALTER TABLE accounts ADD COLUMN x int")))
    assert view.catalog_refreshes == 0
    session.server_ready(b"I")
    assert view.catalog_refreshes == 1


def test_search_path_changes_name_resolution(session: ShadowSession) -> None:
    session.client_message(_message(m.encode_query("SET search_path TO other")))
    session.server_ready(b"I")
    raw = m.encode_query("select loyalty from accounts")
    assert session.client_message(_message(raw)) == [raw]  # accounts is not on the path now


def test_refused_parse_fails_on_the_server_and_carries_pgstitch_error(
    session: ShadowSession,
) -> None:
    parse = m.Parse("w", "COPY accounts (id, loyalty) FROM STDIN", ())
    (sent,) = session.client_message(_message(m.encode_parse(parse)))  # type: ignore[misc]
    stand_in = m.decode_parse(sent[5:])
    assert stand_in.name == "w" and "pgstitch refused statement" in stand_in.query
    server_error = m.encode_error("42703", 'column "pgstitch refused statement" does not exist')
    answer = m.parse_error_fields(session.server_error(_message(server_error))[5:])
    assert answer["C"] == "0A000" and "loyalty" in answer["M"]


def test_statements_wait_until_the_view_is_ready(session: ShadowSession, view: FakeView) -> None:
    view.ready.clear()
    raw = m.encode_query("select loyalty from accounts")

    async def scenario() -> list[bytes]:
        pending = session.client_message(_message(raw))
        assert not isinstance(pending, list)
        task = asyncio.ensure_future(pending)
        await asyncio.sleep(0.05)
        assert not task.done()
        view.ready.set()
        return await task

    (sql,) = _sent_queries(asyncio.run(scenario()))
    assert "pgstitch.parked" in sql


def test_statements_fail_when_the_view_never_gets_ready(
    session: ShadowSession, view: FakeView
) -> None:
    from shadow.store.base import StoreUnavailable

    view.ready.clear()
    view.ready_timeout = 0.05
    pending = session.client_message(_message(m.encode_query("select 1")))
    with pytest.raises(StoreUnavailable):
        asyncio.run(pending)  # type: ignore[arg-type]


def test_sessions_without_standard_strings_are_left_alone(session: ShadowSession) -> None:
    session.standard_strings = False
    raw = m.encode_query("select loyalty from accounts")
    assert session.client_message(_message(raw)) == [raw]


LOYALTY = ("public", "accounts", "loyalty")


def test_writes_are_counted_until_their_transaction_ends(
    session: ShadowSession, view: FakeView
) -> None:
    session.client_message(_message(m.encode_query("BEGIN")))
    session.server_ready(b"T")
    sent = session.client_message(_message(m.encode_query("UPDATE accounts SET loyalty = 1")))
    assert isinstance(sent, list) and "pgstitch.parked" in _sent_queries(sent)[0]
    assert view.open_writes[LOYALTY] == 1
    session.server_ready(b"T")
    assert view.open_writes[LOYALTY] == 1
    session.client_message(_message(m.encode_query("COMMIT")))
    session.server_ready(b"I")
    assert view.open_writes[LOYALTY] == 0


def test_write_to_a_landing_column_waits_until_it_landed(
    session: ShadowSession, view: FakeView
) -> None:
    view.landing = frozenset({LOYALTY})
    raw = m.encode_query("UPDATE accounts SET loyalty = 1")

    async def scenario() -> list[bytes]:
        pending = session.client_message(_message(raw))
        assert not isinstance(pending, list)
        task = asyncio.ensure_future(pending)
        await asyncio.sleep(0.05)
        assert not task.done()
        view.set_columns(())  # landed: no longer a shadow column
        view.landing = frozenset()
        return await task

    assert asyncio.run(scenario()) == [raw]
    assert view.open_writes[LOYALTY] == 0


def test_write_held_too_long_fails_with_55P03(session: ShadowSession, view: FakeView) -> None:
    view.landing = frozenset({LOYALTY})
    view.hold_timeout = 0.05
    pending = session.client_message(_message(m.encode_query("UPDATE accounts SET loyalty = 1")))
    (sql,) = _sent_queries(asyncio.run(pending))  # type: ignore[arg-type]
    assert sql.startswith("DO ") and "55P03" in sql and "landing" in sql


def test_a_transaction_that_already_wrote_the_column_is_not_held(
    session: ShadowSession, view: FakeView
) -> None:
    session.client_message(_message(m.encode_query("BEGIN; UPDATE accounts SET loyalty = 1")))
    session.server_ready(b"T")
    view.landing = frozenset({LOYALTY})
    again = session.client_message(_message(m.encode_query("UPDATE accounts SET loyalty = 2")))
    assert isinstance(again, list)
    session.close()
    assert view.open_writes[LOYALTY] == 0


def test_writes_are_refused_when_the_session_cannot_stage_them(
    session: ShadowSession, view: FakeView
) -> None:
    """With the store outside the database and no staging tables in the session (they could
    not be made), a write is refused with 0A000 instead of being lost."""
    view.static_parked_source = lambda: None  # type: ignore[method-assign]
    view.store = SimpleNamespace(name="redis store (redis://cache:6379/0)")  # type: ignore[attr-defined]
    sent = session.client_message(_message(m.encode_query("UPDATE accounts SET loyalty = 1")))
    (sql,) = _sent_queries(sent)  # type: ignore[arg-type]
    assert sql.startswith("DO ") and "0A000" in sql and "no table to stage writes" in sql
    parse = m.Parse("", "UPDATE accounts SET loyalty = $1", ())
    (stand_in,) = session.client_message(_message(m.encode_parse(parse)))  # type: ignore[misc]
    assert "pgstitch refused statement" in m.decode_parse(stand_in[5:]).query


# -- what passes without being cut out, and what is still looked at -------------------------------


def _msg(type_: bytes, body: bytes = b"") -> bytes:
    return m.encode_message(type_, body)


SYNC = _msg(b"S")
EXECUTE = _msg(b"E", b"\0\0\0\0\0")
DESCRIBE = _msg(b"D", b"P\0")
READY = m.encode_ready_for_query(b"I")


def _bind(name: str) -> bytes:
    return _msg(b"B", b"\0" + name.encode() + b"\0\0\0\0\0\0\0")


def _parse(sql: str, name: str = "") -> bytes:
    return m.encode_parse(m.Parse(name, sql, ()))


def _error_at(sent_sql: str, word: str) -> bytes:
    """A 42703 ErrorResponse pointing at `word` in the text the server got."""
    fields = b"SERROR\0VERROR\0C42703\0M" + f'column "{word}" does not exist'.encode() + b"\0"
    fields += b"P" + str(sent_sql.index(word) + 1).encode() + b"\0\0"
    return _msg(b"E", fields)


def test_sync_passes_uncut_beside_served_columns(view: FakeView) -> None:
    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        session._from_client(_parse("select * from accounts where id = $1", "s1") + SYNC)
        session._from_upstream(_msg(b"1") + READY)
        assert ord("S") not in session._client_intercept
        assert ord("B") not in session._client_intercept  # s1 is current and writes nothing
        execution = _bind("s1") + EXECUTE + SYNC
        session._from_client(execution)
        assert sent[-1] is execution  # not cut up: the very bytes that came
        session._from_upstream(_msg(b"2") + _msg(b"C", b"SELECT 0\0") + READY)
        assert session.state.ready_received == session.state.sync_points_sent == 2

    asyncio.run(scenario())


def test_plain_statements_take_the_quick_path(view: FakeView) -> None:
    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        shadow = session.shadow
        assert shadow is not None

        def slow_path(*args: object) -> None:
            raise AssertionError("a plain statement went through client_message")

        shadow.client_message = slow_path  # type: ignore[method-assign]
        extended = _parse("select 1") + _bind("") + DESCRIBE + EXECUTE + SYNC
        simple = m.encode_query("select 2")
        session._from_client(extended)
        session._from_client(simple)
        assert b"".join(sent) == extended + simple

    asyncio.run(scenario())


def test_the_scanner_passes_plain_statements_on_by_itself(view: FakeView) -> None:
    """Plain statements stay in the chunk they came in, which goes on as it came; a text that is
    not ASCII is left to the session's own check, which passes it too."""

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        shadow = session.shadow
        assert shadow is not None
        quick_path = shadow.quick_way
        looked_at: list[int] = []

        def counting(message, synced):  # type: ignore[no-untyped-def]
            looked_at.append(message.type)
            return quick_path(message, synced)

        shadow.quick_way = counting  # type: ignore[method-assign]
        pipeline = _parse("select 1") + _bind("") + EXECUTE + SYNC + m.encode_query("select 2")
        session._from_client(pipeline)
        assert sent[-1] is pipeline and looked_at == []
        # The segment of the last statement passed is not empty (the session asks of its latest).
        assert not shadow._segment_empty(1) and shadow._segment_empty(2)
        accented = m.encode_query("select 'café'")
        session._from_client(accented)
        assert sent[-1] == accented and looked_at == [ord("Q")]

    asyncio.run(scenario())


def test_the_scanner_passes_no_statement_while_the_copy_of_the_store_is_behind(
    view: FakeView,
) -> None:
    """With an outside store, a statement may first need the session's copy brought up to date:
    the scanner passes statements by itself only while the copy is current."""
    from proxy.parked_mirror import ParkedMirror
    from shadow.store.memory import MemoryStore

    view.mirror = ParkedMirror(MemoryStore())  # type: ignore[assignment]
    view.static_parked_source = lambda: None  # type: ignore[method-assign]

    async def scenario() -> None:
        session = _relaying_session(view, [])
        shadow = session.shadow
        assert shadow is not None and shadow.staging is not None
        assert shadow.plain_needles is None  # the session's tables are not made yet
        staging = shadow.staging
        staging.ready, staging._generation = True, 0
        assert shadow.plain_needles == view.plain.needles
        session._from_client(m.encode_query("select 1"))
        assert session._plain_needles is view.plain.needles
        staging._generation = -1  # the store changed since the copy
        session._from_client(m.encode_query("select 2"))
        assert session._plain_needles is None

    asyncio.run(scenario())


def test_an_error_in_a_later_segment_of_a_pipeline_meets_its_own_statement(
    view: FakeView,
) -> None:
    """The Sync before the rewritten statement passed uncut, and the chunk it came in began in
    the middle of a message: the rewritten statement's segment is still found."""

    async def scenario() -> None:
        sent: list[bytes] = []
        replies: list[bytes] = []
        session = _relaying_session(view, sent)
        session.client.transport.write = replies.append  # type: ignore[union-attr]
        statement = "select loyalty, nosuch from accounts"
        stream = _parse("select 1") + _bind("") + EXECUTE + SYNC
        stream += _parse(statement) + _bind("") + EXECUTE + SYNC
        cut = len(_parse("select 1")) + 7  # inside the first Bind, after its header
        session._from_client(stream[:cut])
        session._from_client(stream[cut:])
        (rewritten,) = [
            m.decode_parse(chunk[5:]).query
            for chunk in _messages(b"".join(sent))
            if chunk[:1] == b"P" and b"nosuch" in chunk
        ]
        assert "pgstitch.parked" in rewritten
        first = _msg(b"1") + _msg(b"2") + _msg(b"C", b"SELECT 1\0") + READY
        session._from_upstream(first + _msg(b"1") + _msg(b"2") + _error_at(rewritten, "nosuch"))
        (error,) = [c for c in _messages(b"".join(replies)) if c[:1] == b"E"]
        fields = m.parse_error_fields(error[5:])
        assert fields["P"] == str(statement.index("nosuch") + 1)
        ((_fields, sql),) = view.unknown
        assert sql == statement

    asyncio.run(scenario())


def test_unknown_column_telemetry_names_the_statement_of_its_segment(view: FakeView) -> None:
    async def scenario() -> None:
        session = _relaying_session(view, [])
        pipeline = _parse("select 1") + _bind("") + EXECUTE + SYNC
        pipeline += _parse("select nosuch from t") + _bind("") + EXECUTE + SYNC
        session._from_client(pipeline)
        error = m.encode_error("42703", 'column "nosuch" does not exist')
        first = _msg(b"1") + _msg(b"2") + _msg(b"C", b"SELECT 1\0") + READY
        session._from_upstream(first + error + READY)
        ((_fields, sql),) = view.unknown
        assert sql == "select nosuch from t"

    asyncio.run(scenario())


def test_what_follows_a_staged_write_waits_for_its_hand_over(view: FakeView) -> None:
    """With an outside store, Sync passes uncut until a statement stages writes; then every
    message is looked at again, and what follows the write's sync point waits until its
    writes are handed to the store."""
    from proxy.parked_mirror import ParkedMirror
    from shadow.store.memory import MemoryStore

    view.mirror = ParkedMirror(MemoryStore())  # type: ignore[assignment]
    view.static_parked_source = lambda: None  # type: ignore[method-assign]

    async def scenario() -> None:
        sent: list[bytes] = []
        replies: list[bytes] = []
        session = _relaying_session(view, sent)
        session.client.transport.write = replies.append  # type: ignore[union-attr]
        session.client.transport.pause_reading = lambda: None  # type: ignore[union-attr]
        session.client.transport.resume_reading = lambda: None  # type: ignore[union-attr]
        staging = session.shadow.staging  # type: ignore[union-attr]
        staging.ready, staging._generation = True, 0  # the session's tables exist, up to date
        session._from_client(_parse("select 1") + _bind("") + EXECUTE + SYNC)
        assert ord("S") not in session._client_intercept
        session._from_upstream(_msg(b"1") + _msg(b"2") + _msg(b"C", b"SELECT 1\0") + READY)

        write = m.encode_query("UPDATE accounts SET loyalty = 1 WHERE id = 1")
        after = _parse("select 2") + _bind("") + EXECUTE + SYNC
        session._from_client(write + after)
        assert staging.dirty
        assert [c[:1] for c in _messages(b"".join(sent[1:]))] == [b"Q"]  # only the write
        assert b"".join(e.raw for e in session._backlog) == after  # type: ignore[union-attr]

        session._from_upstream(_msg(b"C", b"UPDATE 1\0") + READY)
        await asyncio.sleep(0)
        (read_staged,) = _messages(sent[-1])
        assert b"pgstitch" in read_staged  # pgstitch's own query, before the client's next
        session._from_upstream(_msg(b"C", b"SELECT 0\0") + READY)
        for _ in range(5):
            await asyncio.sleep(0)
        assert not staging.dirty and session._backlog is None
        assert b"".join(sent).endswith(after)  # sent once the hand-over was done
        assert replies[-1].endswith(READY)  # the write's ReadyForQuery reached the client
        assert session.state.sync_points_sent == 3

    asyncio.run(scenario())


def _messages(stream: bytes) -> list[bytes]:
    """Split a byte stream into its messages."""
    out = []
    while stream:
        end = 1 + int.from_bytes(stream[1:5], "big")
        out.append(stream[:end])
        stream = stream[end:]
    return out


def test_a_change_of_the_view_is_seen_at_the_next_chunk(view: FakeView) -> None:
    """The message types are not asked for at every chunk: a new shadow schema still makes the
    next Bind of a prepared statement be looked at (and the statement re-prepared)."""

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        session._from_client(_parse("select tier from accounts", "s1") + SYNC)
        session._from_upstream(_msg(b"1") + READY)
        execution = _bind("s1") + EXECUTE + SYNC
        session._from_client(execution)
        assert sent[-1] is execution
        view.set_columns(("loyalty", "tier"))
        session._from_client(execution)
        kinds = [c[:1] for c in _messages(sent[-1])]
        assert kinds == [b"C", b"P", b"B", b"E", b"S"]
        assert "tier" in m.decode_parse(_messages(sent[-1])[1][5:]).query

    asyncio.run(scenario())


def test_a_malformed_statement_still_fails_the_session_with_08P01(view: FakeView) -> None:
    async def scenario() -> None:
        for malformed in (_msg(b"P", b"\0select 1\0\xff"), _msg(b"Q", b"select\0 1\0")):
            replies: list[bytes] = []
            session = _relaying_session(view, [])
            session.client.transport.write = replies.append  # type: ignore[union-attr]
            session.client.transport.close = lambda: None  # type: ignore[union-attr]
            session.upstream.transport.close = lambda: None  # type: ignore[union-attr]
            session._from_client(malformed)
            (error,) = [c for c in _messages(b"".join(replies)) if c[:1] == b"E"]
            fields = m.parse_error_fields(error[5:])
            assert (fields["C"], fields["S"]) == ("08P01", "FATAL")
            assert session.closing

    asyncio.run(scenario())


def test_a_prepared_write_held_too_long_fails_with_55P03_at_bind(
    session: ShadowSession, view: FakeView
) -> None:
    """A Bind of a prepared write to a landing column that does not land in time gets a
    stand-in Parse of a statement of pgstitch's own, which leaves the client's statements be."""
    parse = m.Parse("w", "UPDATE accounts SET loyalty = $1 WHERE id = 1", ())
    session.client_message(_message(m.encode_parse(parse)))
    session.server_ready(b"I")
    view.landing = frozenset({LOYALTY})
    view.hold_timeout = 0.05
    pending = session.client_message(_message(_bind("w")))
    assert not isinstance(pending, list)
    (stand_in,) = asyncio.run(pending)
    refused = m.decode_parse(stand_in[5:])
    assert refused.name not in ("", "w") and "pgstitch refused statement" in refused.query
