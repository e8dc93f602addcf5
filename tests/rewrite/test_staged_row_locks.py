"""The row locks of staged writes (memory and redis stores): taken when a row is staged, held
until the proxy releases them, and never left behind, whatever rolled back in between."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from proxy.rewrite.parked import ROW_LOCK_NAMESPACE, STAGED_RELATION, session_setup_sql
from tests.helpers.net import Endpoint

RELEASE = "SELECT pg_temp.pgstitch_release_rows()"


@pytest.fixture
def dsn(local_postgres: Endpoint, test_database: str) -> str:
    return local_postgres.conninfo(test_database)


@pytest.fixture
def session(dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(session_setup_sql())
        yield conn


def _stage(conn: psycopg.Connection, key: str, value: str = "1") -> None:
    conn.execute(
        f"INSERT INTO {STAGED_RELATION} AS p VALUES ('public', 'accounts', %s,"
        " jsonb_build_object('loyalty', %s::text))"
        " ON CONFLICT (schema_name, table_name, row_key) DO UPDATE SET vals = p.vals || EXCLUDED.vals",
        (key, value),
    )


def _held(conn: psycopg.Connection) -> int:
    """Locks of the namespace this session holds (each once, however often it was taken)."""
    row = conn.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2"
        " AND pid = pg_backend_pid() AND classid = %s",
        (ROW_LOCK_NAMESPACE,),
    ).fetchone()
    assert row is not None
    return row[0]


def _hand_over(conn: psycopg.Connection) -> None:
    """What the proxy sends once the store has the staged rows."""
    conn.execute(RELEASE)
    conn.execute(f"DELETE FROM {STAGED_RELATION}")


def test_each_staged_row_is_locked_until_released(session: psycopg.Connection) -> None:
    with session.transaction():
        _stage(session, "1")
        _stage(session, "1", "2")  # staged again: no second lock
        _stage(session, "2")
    assert _held(session) == 2
    _hand_over(session)
    assert _held(session) == 0
    with session.transaction():
        _stage(session, "1")
    assert _held(session) == 1
    _hand_over(session)
    assert _held(session) == 0


def test_a_transaction_rolled_back_leaves_no_lock_after_the_release(
    session: psycopg.Connection,
) -> None:
    with pytest.raises(psycopg.errors.RaiseException), session.transaction():
        _stage(session, "1")
        session.execute("DO $$ BEGIN RAISE EXCEPTION 'no'; END $$")
    assert _held(session) == 1  # session-level: the rollback keeps it
    _hand_over(session)
    assert _held(session) == 0


def test_a_row_staged_again_after_a_savepoint_rolled_back(session: psycopg.Connection) -> None:
    with session.transaction():
        with pytest.raises(psycopg.errors.RaiseException), session.transaction():
            _stage(session, "1")
            session.execute("DO $$ BEGIN RAISE EXCEPTION 'no'; END $$")
        _stage(session, "1")  # locked a second time: two locks, one staged row
    _hand_over(session)
    assert _held(session) == 0


def test_rows_kept_after_a_failed_hand_over_do_not_hide_a_lock(session: psycopg.Connection) -> None:
    """Kept rows are staged but no longer locked: with a row locked twice beside them, the
    counts agree, yet unlocking each staged row once would leave one lock behind."""
    with session.transaction():
        _stage(session, "kept")
    session.execute(RELEASE)  # the store was away: unlocked, still staged
    assert _held(session) == 0
    with session.transaction():
        with pytest.raises(psycopg.errors.RaiseException), session.transaction():
            _stage(session, "twice")
            session.execute("DO $$ BEGIN RAISE EXCEPTION 'no'; END $$")
        _stage(session, "twice")
    assert session.execute(f"SELECT count(*) FROM {STAGED_RELATION}").fetchone() == (2,)
    _hand_over(session)
    assert _held(session) == 0


def test_a_later_writer_of_the_row_waits_for_the_release(
    session: psycopg.Connection, dsn: str
) -> None:
    with session.transaction():
        _stage(session, "1")
    with psycopg.connect(dsn, autocommit=True) as other:
        other.execute(session_setup_sql())
        other.execute("SET lock_timeout = '200ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable), other.transaction():
            _stage(other, "1")
        with other.transaction():
            _stage(other, "2")  # another row does not wait
        _hand_over(session)
        with other.transaction():
            _stage(other, "1")
        _hand_over(other)
        assert _held(other) == 0


def test_making_the_tables_again_releases_what_was_held(session: psycopg.Connection) -> None:
    session.execute("SELECT pg_advisory_lock(%s, 42)", (ROW_LOCK_NAMESPACE,))
    session.execute("SELECT pg_advisory_lock(%s, 42)", (ROW_LOCK_NAMESPACE,))
    session.execute("DISCARD TEMP")
    session.execute(session_setup_sql())
    assert _held(session) == 0
