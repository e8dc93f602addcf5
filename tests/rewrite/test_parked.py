"""Parked values and defaults reach Postgres intact, whatever characters they hold."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.rewrite import (
    LiteralParkedSource,
    NoParkedValues,
    TableParkedSource,
    ValueSlot,
    validate_default,
)
from proxy.rewrite.served import ServedColumn
from proxy.rewrite.sqltext import quote_literal
from tests.rewrite.conftest import DifferentialDatabases

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
