"""Properties of the rewriter: literals never break out, odd input never crashes or stalls."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pglast.parser import ParseError, parse_sql_json

from proxy.rewrite import InvalidShadowColumn, NoParkedValues, Rewriter, validate_default
from proxy.rewrite.sqltext import quote_ident, quote_literal
from shadow.columns import ShadowColumn
from tests.rewrite import model

# Pieces that have broken SQL escaping somewhere at some point.
NASTY = st.sampled_from(
    [
        "'",
        "''",
        '"',
        "\\",
        "\\'",
        "$$",
        "$x$",
        "--",
        "/*",
        "*/",
        ";",
        "(",
        ")",
        ",",
        "E'",
        "U&'",
        "\n",
        " ",
        "1",
        "SELECT",
        "DROP TABLE accounts",
        "é",
        "東京",
        "\u2028",
        "🙂",
        "\t",
        "loyalty",
    ]
)
NASTY_TEXT = st.lists(st.one_of(NASTY, st.text(max_size=3)), max_size=12).map("".join)
# Text Postgres can hold: no NUL, no lone surrogates.
PG_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


def parse(sql: str) -> list[dict]:
    return json.loads(parse_sql_json(sql))["stmts"]


@settings(max_examples=300, deadline=None)
@given(NASTY_TEXT)
def test_a_default_is_one_expression_or_refused(text: str):
    try:
        embedded = validate_default(text)
    except InvalidShadowColumn:
        return
    stmts = parse(f"SELECT {embedded}::text AS probe FROM accounts WHERE true")
    assert len(stmts) == 1
    select = stmts[0]["stmt"]["SelectStmt"]
    assert set(select) == {"targetList", "fromClause", "whereClause", "limitOption", "op"}
    assert [t["ResTarget"]["name"] for t in select["targetList"]] == ["probe"]


@settings(max_examples=100, deadline=None)
@given(NASTY_TEXT)
def test_a_declared_default_cannot_change_the_rewritten_statement(text: str):
    column = ShadowColumn("public", "accounts", "loyalty", "text", text)
    try:
        rw = Rewriter(model.catalog(), model.schema(columns=(column,)))
    except InvalidShadowColumn:
        return
    rendered = rw.rewrite("SELECT loyalty FROM accounts WHERE id = 1").render(NoParkedValues())
    stmts = parse(rendered)
    assert len(stmts) == 1
    outer = stmts[0]["stmt"]["SelectStmt"]
    assert len(outer["targetList"]) == 1 and len(outer["fromClause"]) == 1
    derived = outer["fromClause"][0]["RangeSubselect"]["subquery"]["SelectStmt"]
    live = len(model.catalog().get("public", "accounts").columns)
    names = [t["ResTarget"].get("name") for t in derived["targetList"]]
    assert names == [None] * live + ["loyalty"]


@settings(max_examples=200, deadline=None)
@given(PG_TEXT, PG_TEXT.filter(lambda name: 0 < len(name.encode()) < 64))
def test_quoting_reads_back_the_same_text(text: str, name: str):
    # Identifiers are kept to Postgres's 63 bytes, which it would truncate.
    literal = parse(f"SELECT {quote_literal(text)} AS {quote_ident(name)}")
    assert len(literal) == 1
    target = literal[0]["stmt"]["SelectStmt"]["targetList"][0]["ResTarget"]
    assert target["name"] == name
    assert target["val"]["A_Const"].get("sval", {}).get("sval", "") == text


def test_nul_is_refused_everywhere():
    with pytest.raises(ValueError):
        quote_literal("a\x00b")
    with pytest.raises(InvalidShadowColumn):
        validate_default("'a\x00b'")


# Fragments of statements about the test model, glued at random: the rewriter must answer (None
# or a Rewrite whose text still parses) and never raise.
SQL_PIECES = st.sampled_from(
    [
        "SELECT",
        "*",
        "a.*",
        "loyalty",
        "a.loyalty",
        "public.accounts.loyalty",
        "tier",
        "id",
        "FROM",
        "accounts",
        "accounts a",
        "public.accounts",
        "ONLY accounts",
        "JOIN",
        "bills b",
        "USING (id)",
        "ON",
        "=",
        "WHERE",
        "GROUP BY",
        "ORDER BY",
        "(",
        ")",
        ",",
        ";",
        "UPDATE",
        "SET",
        "RETURNING",
        "DELETE",
        "INSERT INTO",
        "VALUES",
        "$1",
        "'é'",
        "WITH x AS",
        "UNION",
        "LATERAL",
        "1",
        "a",
        "TABLE",
        "NATURAL",
        "EXISTS",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SQL_PIECES, min_size=1, max_size=14).map(" ".join))
def test_arbitrary_statements_never_crash_the_rewriter(sql: str):
    rewrite = model.rewriter().rewrite(sql)
    if rewrite is None:
        return
    rendered = rewrite.render(NoParkedValues())
    try:
        original = len(parse(sql))
    except ParseError:
        pytest.fail(f"an unparseable statement was rewritten: {sql}")
    assert len(parse(rendered)) == original


def test_a_huge_in_list_is_rewritten_promptly():
    values = ",".join(str(i) for i in range(100_000))
    sql = f"SELECT * FROM accounts WHERE id IN ({values}) AND loyalty > 0"
    started = time.monotonic()
    rewrite = model.rewriter().rewrite(sql)
    assert time.monotonic() - started < 10
    rendered = rewrite.render(NoParkedValues())
    assert rendered.endswith(f"WHERE id IN ({values}) AND loyalty > 0")


@pytest.mark.parametrize("depth", [100, 2_000, 10_000])
def test_deep_expressions_are_rewritten(depth: int):
    sql = "SELECT id FROM accounts WHERE " + " + ".join(["loyalty"] * depth) + " > 1"
    rewrite = model.rewriter().rewrite(sql)
    assert rewrite is not None


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT loyalty FROM accounts WHERE " + "(" * 100_000 + "1" + ")" * 100_000 + " = 1",
        "SELECT loyalty FROM accounts WHERE " + "id IN (SELECT " * 5_000 + "1" + ")" * 5_000,
        "SELECT " + "ARRAY[" * 20_000 + "loyalty" + "]" * 20_000 + " FROM accounts",
        "SELECT loyalty FROM accounts WHERE " + " + ".join(["loyalty"] * 100_000) + " > 1",
    ],
    ids=["parentheses", "subqueries", "arrays", "long-chain"],
)
def test_beyond_the_parser_limits_statements_are_forwarded(sql: str):
    started = time.monotonic()
    assert model.rewriter().rewrite(sql) is None
    assert time.monotonic() - started < 10
