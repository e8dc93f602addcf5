"""Rewritten unnamed statements kept prepared under pgstitch's own names, without sockets."""

from __future__ import annotations

import asyncio

import pytest

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message
from proxy.shadow_session import ShadowSession
from tests.proxy.test_shadow_session import FakeView, _relaying_session
from tests.proxy.test_shadow_session import session as session
from tests.proxy.test_shadow_session import view as view

READ = "select loyalty from accounts where id = $1"
PARSE_COMPLETE = m.encode_message(b"1")
CLOSE_COMPLETE = m.encode_message(b"3")
SYNC = m.encode_message(b"S")


def _send(session: ShadowSession, raw: bytes) -> list[bytes]:
    outcome = session.client_message(Message(raw[0], raw))
    assert isinstance(outcome, list)
    return outcome


def _bind(statement: str) -> bytes:
    return m.encode_message(b"B", b"\0" + statement.encode() + b"\0\0\0\0\x01\0\0\0\x017\0\0")


def _describe(kind: bytes, name: str) -> bytes:
    return m.encode_message(b"D", kind + name.encode() + b"\0")


def _parse(sql: str, name: str = "", types: tuple[int, ...] = (23,)) -> bytes:
    return m.encode_parse(m.Parse(name, sql, types))


def _parses(chunks: list[bytes]) -> list[m.Parse]:
    return [m.decode_parse(c[5:]) for c in chunks if c[:1] == b"P"]


def _segment(session: ShadowSession, status: bytes = b"I") -> list[bytes]:
    """Parse, Bind, Describe of the unnamed statement and Sync; the server answers all."""
    sent = _send(session, _parse(READ))
    sent += _send(session, _bind(""))
    sent += _send(session, _describe(b"S", ""))
    sent += _send(session, SYNC)
    return sent


def _answer(session: ShadowSession, parse_completes: int, status: bytes = b"I") -> int:
    """The server's ParseCompletes for a segment, then ReadyForQuery; how many the client saw."""
    seen = sum(
        not session.swallow(Message(PARSE_COMPLETE[0], PARSE_COMPLETE))
        for _ in range(parse_completes)
    )
    session.server_ready(status)
    return seen


def test_first_execution_prepares_the_rewrite_under_a_name_of_its_own(
    session: ShadowSession,
) -> None:
    sent = _segment(session)
    kept, empty = _parses(sent)
    assert kept.name.startswith("pgstitch_kept_") and "pgstitch.parked" in kept.query
    assert kept.param_types == (23,)
    assert empty == m.Parse("", "", ())  # its ParseComplete is the one the client gets
    assert _bind(kept.name) in sent and _describe(b"S", kept.name) in sent
    assert _answer(session, 2) == 1  # the kept statement's ParseComplete is swallowed


def test_later_executions_send_only_an_empty_parse(session: ShadowSession) -> None:
    first = _parses(_segment(session))[0]
    _answer(session, 2)
    for _ in range(3):
        sent = _segment(session)
        assert _parses(sent) == [m.Parse("", "", ())]
        assert _bind(first.name) in sent
        assert _answer(session, 1) == 1


def test_describe_of_a_portal_is_left_alone(session: ShadowSession) -> None:
    _segment(session)
    portal = _describe(b"P", "")
    assert _send(session, portal) == [portal]


def test_a_plain_unnamed_parse_ends_what_the_unnamed_statement_stands_for(
    session: ShadowSession,
) -> None:
    _segment(session)
    _answer(session, 2)
    plain = _parse("select name from accounts where id = $1")
    assert _send(session, plain) == [plain]
    assert _send(session, _bind("")) == [_bind("")]


def test_a_query_ends_what_the_unnamed_statement_stands_for(session: ShadowSession) -> None:
    _segment(session)
    _answer(session, 2)
    _send(session, m.encode_query("select 1"))
    session.server_ready(b"I")
    assert _send(session, _bind("")) == [_bind("")]


def test_closing_the_unnamed_statement_ends_it_too(session: ShadowSession) -> None:
    _segment(session)
    close = m.encode_message(b"C", b"S\0")
    assert _send(session, close) == [close]
    assert _send(session, _bind("")) == [_bind("")]


def test_a_failed_prepare_is_not_kept(session: ShadowSession) -> None:
    first = _parses(_segment(session))[0]
    session.server_error(Message(ord("E"), m.encode_error("42P01", "no such table")))
    assert _answer(session, 0) == 0  # the server skipped to Sync
    assert _send(session, _bind("")) == [_bind("")]  # the server's own unnamed statement
    _send(session, SYNC)
    session.server_ready(b"I")
    again = _parses(_segment(session))
    assert len(again) == 2 and again[0].name != first.name  # prepared afresh, a new name


def test_a_failed_transaction_gets_the_clients_parse(session: ShadowSession) -> None:
    _segment(session)
    _answer(session, 2, status=b"E")
    (parse,) = _parses(_send(session, _parse(READ)))
    assert parse.name == "" and "pgstitch.parked" in parse.query
    assert _send(session, _bind("")) == [_bind("")]


def test_a_parse_inside_a_pipeline_is_sent_unnamed(session: ShadowSession) -> None:
    _send(session, m.encode_query("select 1"))  # in flight: its ReadyForQuery has not come
    (parse,) = _parses(_send(session, _parse(READ)))
    assert parse.name == "" and "pgstitch.parked" in parse.query


def test_a_parse_after_other_messages_of_its_segment_is_sent_unnamed(
    session: ShadowSession,
) -> None:
    _send(session, _parse("select loyalty from accounts", "s1", ()))
    (parse,) = _parses(_send(session, _parse(READ)))
    assert parse.name == ""


@pytest.mark.parametrize("sql", ["DISCARD ALL", "deallocate all", "DEALLOCATE PREPARE ALL"])
def test_dropping_every_prepared_statement_forgets_the_kept_ones(
    session: ShadowSession, sql: str
) -> None:
    first = _parses(_segment(session))[0]
    _answer(session, 2)
    _send(session, m.encode_query(sql))
    session.server_ready(b"I")
    kept, _empty = _parses(_segment(session))
    assert kept.name != first.name and kept.query == first.query


def test_a_change_of_the_shadow_schema_closes_the_kept_statements(
    session: ShadowSession, view: FakeView
) -> None:
    first = _parses(_segment(session))[0]
    _answer(session, 2)
    view.set_columns(("loyalty", "tier"))
    sent = _segment(session)
    assert sent[0] == m.encode_close_statement(first.name)
    kept, _empty = _parses(sent)
    assert kept.name != first.name
    assert session.swallow(Message(CLOSE_COMPLETE[0], CLOSE_COMPLETE))
    assert _answer(session, 2) == 1


def test_writes_are_kept_too_and_still_counted(session: ShadowSession, view: FakeView) -> None:
    loyalty = ("public", "accounts", "loyalty")
    sent = _send(session, _parse("update accounts set loyalty = loyalty + 1 where id = $1"))
    assert _parses(sent)[0].name.startswith("pgstitch_kept_")
    assert view.open_writes[loyalty] == 1
    _send(session, SYNC)
    _answer(session, 2)
    assert view.open_writes[loyalty] == 0


def test_plain_statements_are_not_kept(session: ShadowSession) -> None:
    plain = _parse("select name from accounts where id = $1")
    assert _send(session, plain) == [plain]


def test_kept_statements_are_bounded(session: ShadowSession) -> None:
    for n in range(300):
        sent = _send(session, _parse(f"select loyalty + {n} from accounts where id = $1"))
        _send(session, SYNC)
        _answer(session, len(_parses(sent)))
    (last,) = _parses(_send(session, _parse("select loyalty - 1 from accounts where id = $1")))
    assert last.name == ""  # past the bound: sent as the client sent it


def _query(session: ShadowSession, sql: str) -> list[bytes]:
    return _send(session, m.encode_query(sql))


def _swallowed(session: ShadowSession, *types: bytes) -> list[bool]:
    return [session.swallow(Message(t[0], m.encode_message(t))) for t in types]


def _shape_seen(session: ShadowSession, sql: str, status: bytes = b"I") -> None:
    """Two statements of the shape: the second gives it a template (answered by the server,
    the second with this transaction status)."""
    for n, ready in ((101, b"I"), (102, status)):
        _query(session, sql.format(n))
        session.server_ready(ready)


QUERY = "select loyalty from accounts where id = {}"


def test_a_query_with_integer_constants_is_sent_as_a_kept_statement(
    session: ShadowSession,
) -> None:
    _shape_seen(session, QUERY)
    sent = _query(session, QUERY.format(7))
    assert [c[:1] for c in sent] == [b"P", b"B", b"D", b"E", b"S"]
    (kept,) = _parses(sent)
    assert kept.name.startswith("pgstitch_kept_") and kept.param_types == (23,)
    assert "id = $1" in kept.query
    assert sent[1] == m.encode_bind(kept.name, ("7",))
    # ParseComplete, BindComplete and NoData are the server's answers to pgstitch's messages.
    assert _swallowed(session, b"1", b"2", b"n", b"C") == [True, True, True, False]
    session.server_ready(b"I")
    again = _query(session, QUERY.format(8))
    assert [c[:1] for c in again] == [b"B", b"D", b"E", b"S"]
    assert again[0] == m.encode_bind(kept.name, ("8",))
    # A statement with rows: RowDescription comes instead of NoData and reaches the client.
    assert _swallowed(session, b"2", b"T") == [True, False]
    session.server_ready(b"I")
    assert not session.swallowing


def test_a_kept_query_is_not_rewritten_on_its_own(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its shape's template gives the statement to run; the Query's own rewrite (the template
    filled with its constants) is never made, nor kept in the rewrite cache."""
    _shape_seen(session, QUERY)
    _query(session, QUERY.format(7))
    _swallowed(session, b"1", b"2", b"n")
    session.server_ready(b"I")
    _no_rewrites(view, monkeypatch)
    for n in (8, 9):
        sent = _query(session, QUERY.format(n))
        assert [c[:1] for c in sent] == [b"B", b"D", b"E", b"S"]
        _swallowed(session, b"2", b"T")
        session.server_ready(b"I")


def test_a_kept_query_that_writes_is_still_counted(session: ShadowSession, view: FakeView) -> None:
    loyalty = ("public", "accounts", "loyalty")
    update = "update accounts set loyalty = loyalty + 1 where id = {}"
    _shape_seen(session, update)
    sent = _query(session, update.format(7))
    assert [c[:1] for c in sent] == [b"P", b"B", b"D", b"E", b"S"]
    assert view.open_writes[loyalty] == 1
    _swallowed(session, b"1", b"2", b"n")
    session.server_ready(b"I")
    assert view.open_writes[loyalty] == 0


def test_a_query_in_a_failed_transaction_goes_as_it_came(session: ShadowSession) -> None:
    _shape_seen(session, QUERY, status=b"E")
    assert [c[:1] for c in _query(session, QUERY.format(7))] == [b"Q"]


@pytest.mark.parametrize(
    "shape",
    [
        "select loyalty from accounts where name = '{}'",  # a string constant
        "select loyalty + 1.5 from accounts where id = {}",  # a numeric constant
        "select loyalty from accounts where id = 1{}0000000000",  # beyond integer's range
        "select loyalty from accounts where id = {}; select 1",  # two statements
        "explain select loyalty from accounts where id = {}",  # not a plain DML statement
        "select loyalty from accounts where id = {} and loyalty > $1",  # 42P02 in Postgres
    ],
)
def test_other_queries_go_as_they_came(session: ShadowSession, shape: str) -> None:
    _shape_seen(session, shape)
    assert [c[:1] for c in _query(session, shape.format(7))] == [b"Q"]


def test_a_failed_kept_query_leaves_nothing_kept(session: ShadowSession) -> None:
    _shape_seen(session, QUERY)
    first = _parses(_query(session, QUERY.format(7)))[0]
    session.server_error(Message(ord("E"), m.encode_error("42P01", "no such table")))
    session.server_ready(b"I")
    assert not session.swallowing
    again = _parses(_query(session, QUERY.format(8)))
    assert len(again) == 1 and again[0].name != first.name


def test_a_query_inside_a_pipeline_goes_as_it_came(session: ShadowSession) -> None:
    _shape_seen(session, QUERY)
    _query(session, "select 1")  # in flight: its ReadyForQuery has not come
    assert [c[:1] for c in _query(session, QUERY.format(7))] == [b"Q"]


def _no_rewrites(view: FakeView, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("rewritten again")

    monkeypatch.setattr(view.rewriter, "rewrite", refuse)


def test_a_read_kept_and_used_again_is_not_rewritten_again(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _parses(_segment(session))[0]
    _answer(session, 2)
    _segment(session)  # the first reuse: rewritten (a cache hit), and remembered by its bytes
    _answer(session, 1)
    _no_rewrites(view, monkeypatch)
    for _ in range(2):
        sent = _segment(session)
        assert _parses(sent) == [m.Parse("", "", ())] and _bind(kept.name) in sent
        assert _answer(session, 1) == 1


def test_the_quick_way_ends_when_the_search_path_changes(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _segment(session)
    _answer(session, 2)
    _segment(session)
    _answer(session, 1)
    _send(session, m.encode_query("SET search_path = sales, public"))
    session.server_ready(b"I")
    _no_rewrites(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _segment(session)


def test_settings_words_are_not_taken_the_quick_way(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    sql = "select loyalty as altered from accounts where id = $1"  # `alter`: followed for DDL
    for _ in range(3):
        _send(session, _parse(sql))
        _send(session, SYNC)
        _answer(session, 2)
    _no_rewrites(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _send(session, _parse(sql))


def test_a_repeated_parse_that_writes_is_taken_the_quick_way_and_counted(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With parked values in the database, a write's repeated Parse names its kept statement
    without a rewrite, and the landing fence counts it as the full way does; a write of a
    LANDING column takes the full way, where it waits."""
    sql = "update accounts set loyalty = loyalty + 1 where id = $1"
    loyalty = ("public", "accounts", "loyalty")
    for answers in (2, 1):
        _send(session, _parse(sql))
        _send(session, SYNC)
        _answer(session, answers)
    assert view.open_writes[loyalty] == 0
    _no_rewrites(view, monkeypatch)
    assert _send(session, _parse(sql)) == [m.encode_parse(m.Parse("", "", ()))]
    assert view.open_writes[loyalty] == 1
    _send(session, SYNC)
    _answer(session, 1)
    assert view.open_writes[loyalty] == 0
    monkeypatch.setattr(view, "landing", frozenset({loyalty}))
    with pytest.raises(AssertionError, match="rewritten again"):
        _send(session, _parse(sql))
    assert view.open_writes[loyalty] == 0


def test_the_quick_way_ends_when_the_server_dropped_the_statement(
    session: ShadowSession,
) -> None:
    first = _parses(_segment(session))[0]
    for answers in (2, 1, 1):
        _answer(session, answers)
        _segment(session)
    _answer(session, 1)
    _send(session, m.encode_query("DEALLOCATE ALL"))
    session.server_ready(b"I")
    kept, _empty = _parses(_segment(session))
    assert kept.name != first.name


def _no_shapes(view: FakeView, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither a Query's rewrite nor its shape may be looked up from now on."""

    def refuse(*args, **kwargs):
        raise AssertionError("rewritten again")

    monkeypatch.setattr(view.rewriter, "rewrite", refuse)
    monkeypatch.setattr(view.rewriter, "parameterized", refuse)


def _run_query(session: ShadowSession, sql: str) -> list[bytes]:
    sent = _query(session, sql)
    _swallowed(session, *([b"1"] if sent[0][:1] == b"P" else []), b"2", b"T")
    session.server_ready(b"I")
    return sent


def _query_used_again(session: ShadowSession, shape: str) -> str:
    """The shape kept (its third statement) and run again (its fourth): remembered now."""
    _shape_seen(session, shape)
    (kept,) = _parses(_run_query(session, shape.format(7)))
    _run_query(session, shape.format(8))
    return kept.name


def test_a_query_kept_and_run_again_is_not_rewritten_again(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = _query_used_again(session, QUERY)
    _no_shapes(view, monkeypatch)
    for n in (9, 2147483647):
        sent = _run_query(session, QUERY.format(n))
        assert sent == [m.encode_bind(name, (str(n),)), *sent[1:]]
        assert [c[:1] for c in sent] == [b"B", b"D", b"E", b"S"]
    assert not session.swallowing


@pytest.mark.parametrize("constant", ["7.5", "2147483648", "'7'"])
def test_a_query_whose_constants_are_not_integers_takes_the_full_way(
    session: ShadowSession, constant: str
) -> None:
    _query_used_again(session, QUERY)
    assert [c[:1] for c in _query(session, QUERY.format(constant))] == [b"Q"]


def test_the_quick_way_for_queries_ends_when_the_search_path_changes(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _query_used_again(session, QUERY)
    _send(session, m.encode_query("SET search_path = sales, public"))
    session.server_ready(b"I")
    _no_shapes(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _query(session, QUERY.format(9))


UPDATE = "update accounts set loyalty = loyalty + 1 where id = {}"
LOYALTY = ("public", "accounts", "loyalty")


def _write_used_again(session: ShadowSession) -> str:
    _shape_seen(session, UPDATE)
    names = []
    for n in (7, 8):
        sent = _query(session, UPDATE.format(n))
        names += [p.name for p in _parses(sent)]
        _swallowed(session, *([b"1"] if sent[0][:1] == b"P" else []), b"2", b"n")
        session.server_ready(b"I")
    return names[0]


def test_queries_that_write_are_taken_the_quick_way_and_counted(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With parked values in the database (no writes staged for an outside store), a write's
    shape runs its kept statement without a rewrite, and the landing fence still counts it."""
    name = _write_used_again(session)
    _no_shapes(view, monkeypatch)
    for status in (b"T", b"I"):  # one inside a transaction block, one that ends it
        sent = _query(session, UPDATE.format(10))
        assert sent == [m.encode_bind(name, ("1", "10")), *sent[1:]]
        assert view.open_writes[LOYALTY] == 1
        _swallowed(session, b"2", b"n")
        session.server_ready(status)
    assert view.open_writes[LOYALTY] == 0 and not session.swallowing


def test_a_write_of_a_landing_column_waits_on_the_full_way(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_used_again(session)
    monkeypatch.setattr(view, "landing", frozenset({LOYALTY}))
    outcome = session.client_message(Message(ord("Q"), m.encode_query(UPDATE.format(10))))
    assert not isinstance(outcome, list)  # held until the column has landed
    assert view.open_writes[LOYALTY] == 0
    outcome.close()  # type: ignore[union-attr]


def test_the_quick_way_for_queries_ends_when_the_server_dropped_the_statement(
    session: ShadowSession,
) -> None:
    name = _query_used_again(session, QUERY)
    _send(session, m.encode_query("DEALLOCATE ALL"))
    session.server_ready(b"I")
    (kept,) = _parses(_run_query(session, QUERY.format(9)))
    assert kept.name != name


def test_queries_with_settings_words_are_not_taken_the_quick_way(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _query_used_again(session, "select loyalty as altered from accounts where id = {}")
    _no_shapes(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _query(session, "select loyalty as altered from accounts where id = 9")


AS_IS = "select name from accounts where id = {} order by id limit 5"


def test_a_query_of_a_shape_the_rewriter_forwards_goes_as_it_is_without_asking_it(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shape_seen(session, AS_IS)  # the second statement of the shape decides for all of them
    _no_shapes(view, monkeypatch)
    monkeypatch.setattr(view.rewriter, "masked", lambda sql: pytest.fail("masked again"))
    for n in (9, 2147483647):
        raw = m.encode_query(AS_IS.format(n))
        assert _send(session, raw) == [raw]
        session.server_ready(b"I")
    assert session.quick_way(Message(ord("Q"), m.encode_query(AS_IS.format(10))), 4) is True


def test_a_shape_goes_as_it_is_only_while_its_rewrite_would_not_change(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shape_seen(session, AS_IS)
    _query(session, AS_IS.format(3))
    session.server_ready(b"I")
    _send(session, m.encode_query("SET search_path = sales, public"))
    session.server_ready(b"I")
    _no_shapes(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _query(session, AS_IS.format(9))


@pytest.mark.parametrize(
    "shape",
    [
        "select name from accounts where id = {}.5",  # a numeric constant
        "select name as altered from accounts where id = {}",  # a settings word
        "select name from accounts order by {}",  # the constant is read for its value
    ],
)
def test_shapes_that_cannot_go_as_they_are_by_their_bytes_take_the_full_way(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    _shape_seen(session, shape)
    _query(session, shape.format(1))
    session.server_ready(b"I")
    _no_shapes(view, monkeypatch)
    with pytest.raises(AssertionError, match="rewritten again"):
        _query(session, shape.format(2))


def test_a_shape_with_string_constants_goes_as_it_is_too(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    shape = "select id from accounts where name = '{}' and email like '%{}' and id > {}"
    for n in (1, 2):
        _query(session, shape.format(f"x{n}", n, n))
        session.server_ready(b"I")
    _no_shapes(view, monkeypatch)
    for name in ("it''s", "", "a\nb", "é'' or ''1''=''1"):
        raw = m.encode_query(shape.format(name, "q", 7))
        assert _send(session, raw) == [raw]
        session.server_ready(b"I")
    with pytest.raises(AssertionError, match="rewritten again"):
        _query(session, shape.format("x", "y", 7).replace("'x'", "E'x'"))


def test_a_string_constant_holding_a_followed_word_takes_the_full_way(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the constants differ from the shape remembered, but in a string they can be words
    the session follows settings by (the full way looks at them: a DDL word makes the catalog
    be read again, `search_path` in set_config(…) changes how names resolve)."""
    shape = "select name from accounts where name = '{}' and id = 1"
    for name in ("a", "b"):
        _query(session, shape.format(name))
        session.server_ready(b"I")
    _no_shapes(view, monkeypatch)
    raw = m.encode_query(shape.format("c"))
    assert _send(session, raw) == [raw]  # the shape goes as it is
    session.server_ready(b"I")
    for word in ("create", "search_path", "DISCARD"):
        with pytest.raises(AssertionError, match="rewritten again"):
            _query(session, shape.format(word))


def test_the_quick_way_of_the_session_runs_a_kept_read_by_its_shape(
    view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session's one-call path (`quick_way`) sends what the full way would, for reads of a
    kept statement and for shapes that go as they are, and the client sees its own answers."""

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        shadow = session.shadow
        assert shadow is not None

        def run(sql: str, reply: bytes) -> list[bytes]:
            session._from_client(m.encode_query(sql))
            chunks = list(sent)
            sent.clear()
            session._from_upstream(reply)
            return chunks

        full = m.encode_message(b"C", b"SELECT 1\0") + m.encode_ready_for_query(b"I")
        kept = m.encode_message(b"2") + full
        for n in (101, 102):
            run(QUERY.format(n), full)
        run(QUERY.format(7), m.encode_message(b"1") + kept)
        run(QUERY.format(8), kept)
        for n in (101, 102):
            run(AS_IS.format(n), full)
        _no_shapes(view, monkeypatch)
        monkeypatch.setattr(shadow, "client_message", lambda *a: pytest.fail("full way"))
        (chunk,) = run(QUERY.format(9), kept)
        name = next(iter(shadow._kept.values()))
        bind = m.encode_bind(name, ("9",))
        assert chunk.startswith(bind) and chunk.endswith(SYNC)
        assert run(AS_IS.format(9), full) == [m.encode_query(AS_IS.format(9))]
        assert session.state.ready_received == session.state.sync_points_sent == 8
        assert not shadow.swallowing

    asyncio.run(scenario())


PLAIN_ON_SERVED = "select name from accounts where id = $1"


@pytest.mark.parametrize("by", ["client_message", "quick_way"])
def test_an_unnamed_parse_the_rewriter_forwards_goes_as_it_is_without_asking_it_again(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    parse = _parse(PLAIN_ON_SERVED)
    assert _send(session, parse) == [parse]  # the rewriter forwards it
    _send(session, SYNC)
    session.server_ready(b"I")
    _no_rewrites(view, monkeypatch)
    if by == "quick_way":
        assert session.quick_way(Message(parse[0], parse), 1) is True
    else:
        assert _send(session, parse) == [parse]
    assert session._texts[-1] == (1, PLAIN_ON_SERVED)  # noted for telemetry


def test_a_parse_goes_as_it_is_only_while_its_rewrite_would_not_change(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = _parse(PLAIN_ON_SERVED)
    _send(session, parse)
    _send(session, SYNC)
    session.server_ready(b"I")
    view.set_columns(("loyalty", "name2"))  # another shadow schema version
    assert session.quick_way(Message(parse[0], parse), 1) is False
    calls = []
    rewrite = view.rewriter.rewrite
    monkeypatch.setattr(
        view.rewriter, "rewrite", lambda *args: calls.append(args) or rewrite(*args)
    )
    assert _send(session, parse) == [parse] and len(calls) == 1


@pytest.mark.parametrize(
    "sql",
    [
        "select name as altered from accounts where id = $1",  # a settings word
        "select loyalty from accounts where id = $1",  # rewritten: not forwarded
    ],
)
def test_parses_not_simply_forwarded_are_not_remembered_as_such(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    for name in ("", "s1"):
        _send(session, _parse(sql, name))
        _send(session, SYNC)
        session.server_ready(b"I")
    assert not session._as_is_parses
    named = _parse(PLAIN_ON_SERVED, "s2")
    _send(session, named)
    assert not session._as_is_parses  # a named statement is remembered by the full way only


def test_a_held_write_is_not_remembered_as_going_as_it_is(
    session: ShadowSession, view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view, "landing", frozenset({LOYALTY}))
    parse = _parse("update accounts set loyalty = $1 where id = $2", types=(23, 23))
    outcome = session.client_message(Message(parse[0], parse))
    assert not isinstance(outcome, list)  # held until the column has landed
    outcome.close()  # type: ignore[union-attr]
    assert not session._as_is_parses


def test_the_quick_way_names_the_kept_statement_in_the_unnamed_statements_bind_and_describe(
    view: FakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the unnamed statement stands for a kept one, the session's one-call path sends
    what the full way would for its Bind and Describe; a Bind of a named statement, and any
    other message, is left to the full way."""

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        shadow = session.shadow
        assert shadow is not None
        portal = _describe(b"P", "")
        segment = _parse(READ) + _bind("") + _describe(b"S", "") + portal + SYNC
        answer = PARSE_COMPLETE * 2 + m.encode_ready_for_query(b"I")
        for reply in (answer, PARSE_COMPLETE + m.encode_ready_for_query(b"I")):
            session._from_client(segment)
            sent.clear()
            session._from_upstream(reply)
        name = next(iter(shadow._kept.values()))
        full_way = shadow.client_message
        looked_at: list[int] = []
        monkeypatch.setattr(
            shadow,
            "client_message",
            lambda message, *a: looked_at.append(message.type) or full_way(message, *a),
        )
        session._from_client(segment + _bind("s1"))
        assert b"".join(sent) == (
            m.encode_parse(m.Parse("", "", ()))
            + _bind(name)
            + _describe(b"S", name)
            + portal
            + SYNC
            + _bind("s1")
        )
        assert looked_at == [ord("P"), ord("B")]  # the Parse and the named Bind

    asyncio.run(scenario())


def test_plain_statements_do_not_pass_unseen_while_the_unnamed_statement_stands_for_a_kept_one(
    view: FakeView,
) -> None:
    """The client scanner already looked at Binds (a named statement that writes), so keeping the
    unnamed statement changes no message type: the plain Query and Parse after it must still reach
    the session, or the next Bind of the unnamed statement would name the kept one."""

    async def scenario() -> None:
        sent: list[bytes] = []
        session = _relaying_session(view, sent)
        shadow = session.shadow
        assert shadow is not None
        write = _parse("update accounts set loyalty = $1 where id = 1", "w") + SYNC
        session._from_client(write)
        session._from_upstream(PARSE_COMPLETE + m.encode_ready_for_query(b"I"))
        segment = _parse(READ) + _bind("") + _describe(b"P", "") + SYNC
        session._from_client(segment)
        session._from_upstream(PARSE_COMPLETE * 2 + m.encode_ready_for_query(b"T"))
        assert shadow._unnamed is not None
        sent.clear()
        plain = m.encode_query("rollback") + _parse("select 1", types=()) + _bind("") + SYNC
        session._from_client(plain)
        assert b"".join(sent) == plain
        assert shadow._unnamed is None

    asyncio.run(scenario())
