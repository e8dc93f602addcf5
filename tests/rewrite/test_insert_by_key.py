"""INSERTs whose rows ON CONFLICT may skip, too many to insert one by one: new rows are matched
to their source rows by the primary key each gives, and a trigger changing that key fails the
statement instead of parking values under the wrong row."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from proxy.rewrite import TableParkedSource
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.rewrite import model
from tests.rewrite.conftest import PARKED_STORE_SQL

ROWS = 120


@pytest.fixture
def conn(local_postgres: Endpoint) -> Iterator[psycopg.Connection]:
    with (
        fresh_database(
            local_postgres,
            "pgstitch_by_key",
            "CREATE TABLE accounts (id integer PRIMARY KEY, name text)",
            "INSERT INTO accounts VALUES (1, 'kept'), (2, 'kept')",
            *PARKED_STORE_SQL,
        ) as name,
        psycopg.connect(local_postgres.conninfo(name), autocommit=True) as connection,
    ):
        yield connection


def _insert(conflict: str) -> str:
    rows = ", ".join(f"({n}, 'n{n}', {n * 10})" for n in range(1, ROWS + 1))
    sql = f"INSERT INTO accounts (id, name, loyalty) VALUES {rows} {conflict}"
    return model.rewriter().rewrite(sql).render(TableParkedSource())


def _parked(conn: psycopg.Connection) -> dict[str, int]:
    rows = conn.execute("SELECT row_key, (vals ->> 'loyalty')::int FROM pgstitch.parked")
    return dict(rows.fetchall())


def test_rows_skipped_by_on_conflict_park_nothing_and_the_others_their_own_values(
    conn: psycopg.Connection,
) -> None:
    cursor = conn.execute(_insert("ON CONFLICT (id) DO NOTHING"))
    assert cursor.statusmessage == f"INSERT 0 {ROWS - 2}"
    assert _parked(conn) == {str(n): n * 10 for n in range(3, ROWS + 1)}


def test_a_trigger_changing_the_key_fails_the_statement(conn: psycopg.Connection) -> None:
    conn.execute(
        "CREATE FUNCTION shift() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN NEW.id := NEW.id + 1000; RETURN NEW; END $$"
    )
    conn.execute(
        "CREATE TRIGGER shift BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION shift()"
    )
    with pytest.raises(psycopg.errors.FeatureNotSupported, match="changed the primary key"):
        conn.execute(_insert("ON CONFLICT DO NOTHING"))
    assert conn.execute("SELECT count(*) FROM accounts").fetchone() == (2,)
    assert _parked(conn) == {}


def test_a_key_given_twice_with_do_nothing_on_any_key_fails_the_statement(
    conn: psycopg.Connection,
) -> None:
    """Which of the two rows is inserted depends on unique keys pgstitch does not know."""
    with pytest.raises(psycopg.errors.FeatureNotSupported, match="gives a primary key twice"):
        conn.execute(_insert(", (5, 'again', 1) ON CONFLICT DO NOTHING"))
    assert _parked(conn) == {}
    conn.execute(_insert(", (5, 'again', 1) ON CONFLICT (id) DO NOTHING"))
    assert _parked(conn)["5"] == 50  # the first row with the key is the one inserted
