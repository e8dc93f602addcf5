"""The SQL literal of parked values: whatever the text, it reads back exactly and cannot break out."""

from __future__ import annotations

import json

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pglast import ast, parse_sql
from pglast.visitors import Visitor

from shadow.store.literal import parked_values_sql, sql_string_literal
from tests.helpers.net import Endpoint

# Any text Postgres can hold: no NUL, no lone surrogate.
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
# Quotes and backslashes are what an escaping bug would trip over: draw them often.
pieces = st.sampled_from(["'", "\\", '"', "E'", "\\'", "''", "\n", "é", "😀", "a", "$$", "u0000"])
tricky = st.lists(pieces, max_size=8).map("".join)
any_text = st.one_of(texts, tricky)
parked = st.dictionaries(any_text, st.dictionaries(any_text, st.none() | any_text, max_size=4))


class _Strings(Visitor):
    def __init__(self) -> None:
        self.found: list[str] = []

    def visit_String(self, ancestors: object, node: ast.String) -> None:
        self.found.append(node.sval)


def _constants(sql: str) -> list[str]:
    statements = parse_sql(sql)
    assert len(statements) == 1
    strings = _Strings()
    strings(statements[0])
    return strings.found


@given(parked)
def test_the_relation_parses_to_one_select_whose_constant_is_the_rows(rows: dict) -> None:
    sql = parked_values_sql(rows)
    constants = _constants(f"SELECT row_key, vals FROM {sql} AS p")
    document = next(c for c in constants if c.startswith("{"))
    assert json.loads(document) == rows


@given(any_text)
def test_a_string_literal_parses_back_to_the_text(text: str) -> None:
    constants = _constants(f"SELECT {sql_string_literal(text)}")
    assert constants == [text]


@pytest.fixture(scope="module")
def scratch(local_postgres: Endpoint):  # type: ignore[no-untyped-def]
    with psycopg.connect(local_postgres.conninfo("postgres"), autocommit=True) as conn:
        yield conn


@pytest.mark.parametrize("conforming", ["on", "off"])
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=parked)
def test_postgres_reads_the_relation_back_as_the_rows(
    scratch: psycopg.Connection, conforming: str, rows: dict
) -> None:
    scratch.execute(f"SET standard_conforming_strings = {conforming}")
    cur = scratch.execute(f"SELECT row_key, vals FROM {parked_values_sql(rows)} AS p")
    assert dict(cur.fetchall()) == rows


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_postgres_reads_a_string_literal_back_as_the_text(
    scratch: psycopg.Connection, text: str
) -> None:
    scratch.execute("SET standard_conforming_strings = on")
    assert scratch.execute(f"SELECT {sql_string_literal(text)}").fetchone() == (text,)


@pytest.mark.parametrize("bad", ["nul\x00here", "lone \ud800 surrogate"])
def test_text_postgres_cannot_hold_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        sql_string_literal(bad)
    with pytest.raises(ValueError):
        parked_values_sql({"1": {"c": bad}})
    with pytest.raises(ValueError):
        parked_values_sql({bad: {}})


@pytest.mark.parametrize("bad", [{"1": {"c": 5}}, {"1": "not a mapping"}, {1: {"c": "x"}}])
def test_what_is_not_parked_text_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        parked_values_sql(bad)  # type: ignore[arg-type]
