"""Parked values and defaults reach Postgres intact, whatever characters they hold."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.rewrite import (
    COPY_RELATION,
    STAGED_RELATION,
    LiteralParkedSource,
    NoParkedValues,
    RaiseSlot,
    Rewrite,
    TableParkedSource,
    ValueSlot,
    session_setup_sql,
    staged_setup_sql,
    validate_default,
)
from proxy.rewrite.served import ServedColumn
from proxy.rewrite.sqltext import quote_literal
from tests.rewrite.conftest import SCENARIO_ROLE, DifferentialDatabases

PG_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
NASTY = st.one_of(
    PG_TEXT,
    st.sampled_from(["'", "\\", "\\'", "''", "$$", "$a$ x $a$", '"', "é東🙂", "--", "/*", "\n"]),
)
MAYBE = st.one_of(st.none(), NASTY)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def conn(differential_dbs: DifferentialDatabases) -> Iterator[psycopg.Connection]:
    with psycopg.connect(differential_dbs.shadow, autocommit=True) as connection:
        connection.execute(
            "CREATE TEMP TABLE probe_parked (schema_name text, table_name text,"
            " row_key text, vals jsonb, PRIMARY KEY (schema_name, table_name, row_key))"
        )
        yield connection


def rows_of(conn: psycopg.Connection, sql: str, conforming: bool) -> list[tuple]:
    """Run with standard_conforming_strings on or off: literals must read the same either way."""
    conn.execute(f"SET standard_conforming_strings = {'on' if conforming else 'off'}")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.execute("RESET standard_conforming_strings")


def value_of(conn: psycopg.Connection, expression: str, conforming: bool) -> str | None:
    return rows_of(conn, f"SELECT ({expression})::text", conforming)[0][0]


def column(name: str = "c", default: str | None = None) -> ServedColumn:
    return ServedColumn("public", "t", name, "text", default)


@SETTINGS
@given(key=NASTY, name=NASTY.filter(lambda n: n != ""), value=MAYBE, conforming=st.booleans())
def test_literal_values_read_back(conn, key: str, name: str, value: str | None, conforming: bool):
    source = LiteralParkedSource({("public", "t"): {key: {name: value}}})
    slot = ValueSlot(column(name, validate_default("'fallback'")), quote_literal(key))
    assert value_of(conn, slot.render(source), conforming) == value
    missing = ValueSlot(column(name, validate_default("'fallback'")), quote_literal(key + "!"))
    assert value_of(conn, missing.render(source), conforming) == "fallback"


@SETTINGS
@given(key=NASTY, value=MAYBE, conforming=st.booleans())
def test_literal_relation_reads_back(conn, key: str, value: str | None, conforming: bool):
    relation = LiteralParkedSource({("public", "t"): {key: {"c": value}}}).relation_sql(
        "public", "t"
    )
    got = rows_of(conn, f"SELECT row_key, vals ->> 'c' FROM {relation} AS p", conforming)
    assert got == [(key, value)]


@SETTINGS
@given(key=NASTY, value=MAYBE, conforming=st.booleans())
def test_table_values_read_back(conn, key: str, value: str | None, conforming: bool):
    conn.execute("DELETE FROM probe_parked")
    conn.execute(
        "INSERT INTO probe_parked VALUES ('public', 't', %s, %s::jsonb)",
        (key, json.dumps({"c": value})),
    )
    source = TableParkedSource(relation="pg_temp.probe_parked")
    slot = ValueSlot(column(default=validate_default("'d'")), quote_literal(key))
    assert value_of(conn, slot.render(source), conforming) == value


@SETTINGS
@given(text=NASTY, conforming=st.booleans())
def test_defaults_read_back(conn, text: str, conforming: bool):
    served = column(default=validate_default(quote_literal(text)))
    assert value_of(conn, ValueSlot(served, None).render(NoParkedValues()), conforming) == text
    empty = LiteralParkedSource({("public", "t"): {"k": {}}})
    assert value_of(conn, ValueSlot(served, "'k'").render(empty), conforming) == text


def test_typed_values_go_through_text_io(conn):
    source = LiteralParkedSource({("public", "t"): {"1": {"n": "12.50", "a": '{x,"y z"}'}}})
    number = ServedColumn("public", "t", "n", "numeric(5,2)", validate_default("0"))
    array = ServedColumn("public", "t", "a", "text[]", None)
    key = "'1'"
    number_sql = ValueSlot(number, key).render(source)
    array_sql = ValueSlot(array, key).render(source)
    assert conn.execute(f"SELECT {number_sql}, {array_sql}").fetchone() == (
        pytest.approx(12.5),
        ["x", "y z"],
    )


def test_sources_say_when_nothing_is_parked():
    assert LiteralParkedSource({}).relation_sql("public", "t") is None
    assert LiteralParkedSource({("public", "t"): {}}).vals_sql("public", "t", "'1'") is None
    assert TableParkedSource(tables=[("public", "u")]).relation_sql("public", "t") is None
    assert TableParkedSource().relation_sql("public", "t") == (
        "(SELECT row_key, vals FROM pgstitch.parked"
        " WHERE schema_name = E'public' AND table_name = E't')"
    )
    assert NoParkedValues().vals_sql("public", "t", "'1'") is None


def test_text_postgres_cannot_hold_is_refused():
    with pytest.raises(ValueError):
        LiteralParkedSource({("public", "t"): {"1": {"c": "nul\x00"}}})
    with pytest.raises(ValueError):
        LiteralParkedSource({("public", "t"): {"1": {"c": "\ud800"}}})


def test_where_writes_go():
    assert TableParkedSource().write_relation == "pgstitch.parked"
    assert TableParkedSource(relation="x.y").write_relation == "x.y"
    staged = LiteralParkedSource({}, STAGED_RELATION)
    assert staged.write_relation == STAGED_RELATION == "pg_temp.pgstitch_staged"
    assert staged.helpers_schema == "pg_temp"
    for source in (LiteralParkedSource({}), NoParkedValues()):
        with pytest.raises(ValueError, match="writes"):
            _ = source.write_relation
    # Writes read fresh values whether or not the table had any parked when rendering.
    fresh = TableParkedSource(tables=[]).fresh_vals_sql("public", "t", "'1'")
    assert fresh == "pgstitch.parked_vals(E'public', E't', '1')"


def test_staged_rows_show_over_literal_ones(conn):
    """Reads merge the session's staged rows over the store's; a deletion mark hides them."""
    conn.execute(staged_setup_sql())
    conn.execute(f"DELETE FROM {STAGED_RELATION}")
    store = {("public", "t"): {"1": {"c": "stored", "d": "kept"}, "2": {"c": "gone"}}}
    conn.execute(
        f"INSERT INTO {STAGED_RELATION} VALUES ('public', 't', '1', '{{\"c\": \"staged\"}}'),"
        f" ('public', 't', '2', '{{\"\": true}}'), ('public', 't', '3', '{{\"c\": \"new\"}}')"
    )
    source = LiteralParkedSource(store, STAGED_RELATION)
    try:
        for key, c, d in (("1", "staged", "kept"), ("2", None, None), ("3", "new", None)):
            vals = source.vals_sql("public", "t", quote_literal(key))
            assert conn.execute(f"SELECT {vals} ->> 'c', {vals} ->> 'd'").fetchone() == (c, d)
        relation = source.relation_sql("public", "t")
        rows = conn.execute(f"SELECT row_key, vals ->> 'c' FROM {relation} AS r ORDER BY 1")
        assert rows.fetchall() == [("1", "staged"), ("2", None), ("3", "new")]
        written = source.written_vals_sql("public", "t", "'1'", '\'{"c": "w"}\'::jsonb')
        assert conn.execute(f"SELECT ({written}) ->> 'd'").fetchone() == ("kept",)
    finally:
        conn.execute(f"DELETE FROM {STAGED_RELATION}")


def test_removed_rows_are_staged_with_the_deletion_mark(conn):
    conn.execute(staged_setup_sql())
    source = LiteralParkedSource({}, STAGED_RELATION)
    conn.execute("BEGIN")
    try:
        conn.execute(
            f"INSERT INTO {STAGED_RELATION} VALUES ('public', 't', 'a', '{{\"c\": \"x\"}}')"
        )
        conn.execute(source.remove_rows_sql("public", "t", "SELECT unnest(ARRAY['a', 'b', 'b'])"))
        rows = conn.execute(f"SELECT row_key, vals FROM {STAGED_RELATION} ORDER BY 1").fetchall()
        assert rows == [("a", {"": True}), ("b", {"": True})]
    finally:
        conn.execute("ROLLBACK")


@pytest.mark.parametrize("source", [TableParkedSource(), LiteralParkedSource({}, STAGED_RELATION)])
def test_raise_error_raises_that_sqlstate(conn, source):
    conn.execute(staged_setup_sql())
    slot = RaiseSlot("23514", 'new row for relation "t" violates check constraint "t_c_check"')
    with pytest.raises(psycopg.errors.CheckViolation, match="t_c_check"):
        conn.execute(f"SELECT {slot.render(source)}")


def _read_rewrite() -> Rewrite:
    column = ServedColumn("public", "accounts", "loyalty", "integer", "0")
    slot = ValueSlot(column, '("a"."id")::text')
    return Rewrite((("SELECT ", 0, True), (slot, 7, False), (" FROM accounts a", 14, True)))


def test_a_static_source_renders_each_slot_once() -> None:
    rewrite = _read_rewrite()
    for source in (TableParkedSource(), NoParkedValues()):
        fresh = rewrite.render(source)
        assert rewrite.render_mapped(source).sql == fresh
        assert list(source.slot_texts.values()) == [
            fresh[len("SELECT ") : -len(" FROM accounts a")]
        ]
        assert rewrite.render_mapped(source).sql == fresh  # from what it kept


def test_a_source_of_literal_values_renders_every_time() -> None:
    rewrite = _read_rewrite()
    before = LiteralParkedSource({("public", "accounts"): {"1": {"loyalty": "5"}}})
    after = LiteralParkedSource({("public", "accounts"): {"1": {"loyalty": "6"}}})
    assert before.slot_texts is None
    assert "5" in rewrite.render_mapped(before).sql and "6" in rewrite.render_mapped(after).sql


def test_session_tables_serve_any_role_the_session_sets(differential_dbs):
    """The session's tables are made by the session user whatever role is set, and every role
    the client sets may stage writes (the lock trigger counts with the sequence) and read the
    copy; making them again under another role replaces the functions all the same."""
    with psycopg.connect(differential_dbs.shadow, autocommit=True) as session:
        session.execute(f"SET ROLE {SCENARIO_ROLE}")
        session.execute(session_setup_sql())
        owners = session.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
            " WHERE relnamespace = pg_my_temp_schema()"
        ).fetchall()
        assert owners == [(session.info.user,)]
        session.execute(
            f"INSERT INTO {STAGED_RELATION} VALUES ('public', 't', '1', '{{\"c\": \"x\"}}');"
            f" INSERT INTO {COPY_RELATION} SELECT * FROM {STAGED_RELATION}"
        )
        assert session.execute(f"SELECT count(*) FROM {COPY_RELATION}").fetchone() == (1,)
        session.execute("SELECT pg_temp.pgstitch_release_rows()")
        session.execute(session_setup_sql())
        assert session.execute("SELECT current_user").fetchone() == (SCENARIO_ROLE,)


def test_staged_rows_are_locked_under_replica_replication_role(differential_dbs):
    """A session that skips triggers (`session_replication_role = replica`) still locks each
    row it stages, so the store takes the writes of a row in the order they committed."""
    with psycopg.connect(differential_dbs.shadow, autocommit=True) as session:
        session.execute(session_setup_sql())
        session.execute("SET session_replication_role = replica")
        session.execute(
            f"INSERT INTO {STAGED_RELATION} VALUES ('public', 't', '7', '{{\"c\": 1}}')"
        )
        held = session.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            " AND pid = pg_backend_pid() AND objsubid = 2"
        ).fetchone()
        assert held == (1,)
        session.execute(f"DELETE FROM {STAGED_RELATION}")
        session.execute("SELECT pg_temp.pgstitch_release_rows(true)")
