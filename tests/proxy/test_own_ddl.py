"""A session's statement right after its own DDL is rewritten against what the DDL made.

The proxy reloads its catalog when DDL goes through a session; the session's next statement
waits for that reload, so a column added to (or dropped from) a table with shadow columns shows
in its `*` at once, and a function made to return the table's rows serves the shadow columns,
through `pgstitch serve` with each store, in the simple and the extended protocol.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from proxy.shadow_session import ddl_statement_in
from tests.helpers.databases import fresh_database
from tests.helpers.declarations import shadow_entry, shadow_toml
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving

SETUP = (
    "CREATE TABLE accounts (id integer PRIMARY KEY, name text, email text)",
    "INSERT INTO accounts VALUES (1, 'ann', 'a@x'), (2, 'bob', 'b@x')",
)


@contextmanager
def _through_pgstitch(
    postgres: Endpoint, work: Path, store: str
) -> Iterator[tuple[psycopg.Connection, str, ProxyProcess]]:
    """A session through `pgstitch serve` (`loyalty` served on accounts) over a fresh database,
    that database's DSN, and the proxy."""
    config = work / "pgstitch.toml"
    config.write_text(shadow_toml([shadow_entry("accounts", "loyalty", "integer", "0")]))
    with fresh_database(postgres, "pgstitch_ddl", *SETUP) as name:
        upstream = postgres.conninfo(name)
        with (
            serving(upstream, work, "--store", store, "--config", str(config)) as proxy,
            psycopg.connect(proxy.endpoint.conninfo(name), autocommit=True) as conn,
        ):
            yield conn, upstream, proxy


def _names(cur: psycopg.Cursor) -> list[str]:
    assert cur.description is not None
    return [d.name for d in cur.description]


@pytest.mark.parametrize("store", ["postgres", "memory"])
@pytest.mark.parametrize("prepare", [False, True], ids=["simple", "extended"])
def test_the_next_statement_sees_the_sessions_own_ddl(
    store: str, prepare: bool, local_postgres: Endpoint, tmp_path: Path
):
    with _through_pgstitch(local_postgres, tmp_path, store) as (conn, _upstream, _proxy):
        conn.execute("UPDATE accounts SET loyalty = 7 WHERE id = 1")
        select = "SELECT * FROM accounts ORDER BY id"
        # Many times over, so that a reload racing the statement would be seen.
        for round_ in range(5):
            conn.execute(f"ALTER TABLE accounts ADD COLUMN extra{round_} integer DEFAULT 5")
            cur = conn.execute(select, prepare=prepare)
            assert _names(cur)[-2:] == [f"extra{round_}", "loyalty"]
            assert cur.fetchall()[0][-2:] == (5, 7)
            conn.execute(f"-- migration\nALTER TABLE accounts DROP COLUMN extra{round_}")
            cur = conn.execute(select, prepare=prepare)
            assert _names(cur) == ["id", "name", "email", "loyalty"]
        conn.execute(
            "SELECT 1; CREATE FUNCTION rich() RETURNS SETOF accounts LANGUAGE sql"
            " AS 'SELECT * FROM accounts'"
        )
        cur = conn.execute("SELECT id, loyalty FROM rich() ORDER BY id", prepare=prepare)
        assert cur.fetchall() == [(1, 7), (2, 0)]


def test_statements_that_only_mention_a_ddl_word_do_not_wait(
    local_postgres: Endpoint, tmp_path: Path
):
    """`created_at` holds "create": such statements must not wait for catalog reloads."""
    # A catalog reload every 5 s at most: a wait for one would show.
    with _through_pgstitch(local_postgres, tmp_path, "memory") as (conn, _upstream, _proxy):
        conn.execute("SELECT loyalty FROM accounts")
        started = time.monotonic()
        for _ in range(50):
            conn.execute("SELECT 'alter' AS created_at, loyalty FROM accounts WHERE id = 1")
            conn.execute("SELECT loyalty FROM accounts WHERE id = 2")
        assert time.monotonic() - started < 3.0


def test_a_column_dropped_behind_the_proxys_back_makes_it_read_the_catalog_at_once(
    local_postgres: Endpoint, tmp_path: Path
):
    """DDL run directly against Postgres is seen at the next catalog reload (every 5 s); a
    statement failing because a table's derived table lists a column that is gone asks for
    that reload at once."""
    with _through_pgstitch(local_postgres, tmp_path, "postgres") as (conn, upstream, proxy):
        select = "SELECT id, loyalty FROM accounts ORDER BY id"
        assert conn.execute(select).fetchall() == [(1, 0), (2, 0)]
        with psycopg.connect(upstream, autocommit=True) as direct:
            direct.execute("ALTER TABLE accounts DROP COLUMN email")
        started = time.monotonic()
        failures = 0
        while True:
            try:
                rows = conn.execute(select).fetchall()
                break
            except psycopg.errors.UndefinedColumn:
                failures += 1
                time.sleep(0.05)
        assert rows == [(1, 0), (2, 0)]
        assert time.monotonic() - started < 2.0, f"{failures} failures"
        assert "pgstitch_row" not in proxy.stderr()  # not counted as an unknown column


@pytest.mark.parametrize(
    ("sql", "ddl"),
    [
        ("alter table t add column c int", True),
        ("  /* migration 12 */\n-- up\ncreate index i on t (c)", True),
        ("select 1; drop view v", True),
        ("comment on column t.c is 'x'", True),
        ("select created_at from t", False),
        ("update t set altered = true", False),
        ("select 'create' as word", False),
        ("select 1; -- " + "-" * 80 + "\ncreate view v as select 1", True),
        ("create", True),
        ("createdb", False),
        ("/* unterminated ; create", False),
    ],
)
def test_ddl_is_told_by_the_first_word_of_a_statement(sql: str, ddl: bool):
    assert ddl_statement_in(sql) is ddl


def test_telling_ddl_takes_time_linear_in_the_text():
    """Texts that make backtracking patterns take forever: comments of many dashes,
    unterminated comments after every semicolon, thousands of statements."""
    for text in (
        "select 1; -- " + "-" * 5000 + " x",
        ";/*" * 20000,
        ";" * 50000 + " select",
        "; " + "-- a\n" * 20000 + "select",
    ):
        started = time.monotonic()
        assert not ddl_statement_in(text)
        assert time.monotonic() - started < 0.5
