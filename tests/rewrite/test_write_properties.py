"""Written values with quotes, backslashes, dollar signs and unicode read back exactly, and the
statement around them keeps its shape, whether parked values live in the database or outside."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pglast.parser import parse_sql_json
from psycopg import pq

from proxy.rewrite import (
    STAGED_RELATION,
    LiteralParkedSource,
    ParkedSource,
    TableParkedSource,
    staged_setup_sql,
)
from proxy.rewrite.sqltext import quote_literal
from tests.rewrite.conftest import SEARCH_PATH, DifferentialDatabases

PG_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
NASTY = st.one_of(
    PG_TEXT,
    st.sampled_from(
        ["'", "\\", "\\'", "''", "$$", "$a$ x $a$", '"', "é東🙂", "--", "/*", "\n", "'); --"]
    ),
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SOURCES = {
    "table": TableParkedSource,
    "staged": lambda: LiteralParkedSource({}, STAGED_RELATION),
}


@pytest.fixture(scope="module", params=sorted(SOURCES))
def session(
    request: pytest.FixtureRequest, differential_dbs: DifferentialDatabases
) -> Iterator[tuple[psycopg.Connection, ParkedSource]]:
    with psycopg.connect(differential_dbs.shadow, autocommit=True) as conn:
        conn.execute(staged_setup_sql())
        yield conn, SOURCES[request.param]()


def run(conn: psycopg.Connection, rewriter, source: ParkedSource, sql: str, params=()):
    """Through the rewriter; with params over the extended protocol ($n)."""
    rewrite = rewriter.rewrite(sql, SEARCH_PATH)
    sent = rewrite.render(source)
    assert len(json.loads(parse_sql_json(sent))["stmts"]) == 1
    result = conn.pgconn.exec_params(sent.encode(), [p.encode() for p in params])
    if result.status == pq.ExecStatus.FATAL_ERROR:
        raise AssertionError(result.error_message.decode())
    return [
        tuple(
            None if result.get_value(r, c) is None else result.get_value(r, c).decode()
            for c in range(result.nfields)
        )
        for r in range(result.ntuples)
    ]


@SETTINGS
@given(tier=NASTY, label=NASTY, other=NASTY)
def test_written_text_reads_back_exactly(
    session, differential_dbs: DifferentialDatabases, tier: str, label: str, other: str
):
    conn, source = session
    rewriter = differential_dbs.rewriter()
    labels = f"ARRAY[{quote_literal(label)}, {quote_literal(other)}]"
    conn.execute("BEGIN")
    try:
        returned = run(
            conn,
            rewriter,
            source,
            f"INSERT INTO accounts (id, name, tier, labels) VALUES (500, {quote_literal(other)},"
            f" {quote_literal(tier)}, {labels}) RETURNING tier, labels = {labels}",
        )
        assert returned == [(tier, "t")]
        run(
            conn,
            rewriter,
            source,
            "UPDATE accounts SET tier = tier || $1, labels = labels || $2::text WHERE id = 500",
            (other, tier),
        )
        row = run(
            conn,
            rewriter,
            source,
            f"SELECT tier, labels = {labels} || {quote_literal(tier)}::text FROM accounts"
            " WHERE id = 500",
        )
        assert row == [(tier + other, "t")]
        run(
            conn,
            rewriter,
            source,
            f"UPDATE accounts SET tier = {quote_literal(label)} WHERE tier = $1",
            (tier + other,),
        )
        assert run(conn, rewriter, source, "SELECT tier FROM accounts WHERE id = 500") == [(label,)]
    finally:
        conn.execute("ROLLBACK")
