"""A session's staged writes (memory and redis stores): the periodic VACUUM of its tables, and
what is read of them while a transaction that followed a commit is open."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import psycopg
import pytest

from proxy.parked_mirror import ParkedMirror
from proxy.protocol.scanner import Message
from proxy.rewrite.parked import STAGED_COMMITTED_RELATION, STAGED_RELATION, session_setup_sql
from proxy.shadow_session import commit_and_snapshot, commits_and_chains
from proxy.staging import _READ_COMMITTED_STAGED, EMPTY_STAGED, VACUUM_TABLES, SessionStaging
from shadow.store.memory import MemoryStore
from tests.helpers.net import Endpoint

READY = Message(ord("Z"), b"I")


class RecordingPrivate:
    """Answers every query of pgstitch's own at once, with no rows, and keeps its text."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def queue_private(self, sql: str) -> tuple[bytes, asyncio.Future[list[Message]]]:
        raise NotImplementedError

    def send_private(self, sql: str) -> asyncio.Future[list[Message]]:
        self.sent.append(sql)
        done: asyncio.Future[list[Message]] = asyncio.get_running_loop().create_future()
        done.set_result([READY])
        return done

    async def run_private(self, sql: str) -> list[Message]:
        return await self.send_private(sql)

    async def run_private_copy(self, sql: str, data: bytes) -> list[Message]:
        raise NotImplementedError


def test_the_session_tables_are_vacuumed_once_every_so_many_hand_overs() -> None:
    async def scenario() -> list[str]:
        staging = SessionStaging(ParkedMirror(MemoryStore()), vacuum_every=3)
        private = RecordingPrivate()
        for _ in range(7):
            staging.staged_writes()
            assert await staging.hand_over(private) == b""
        return private.sent

    sent = asyncio.run(scenario())
    vacuums = [i for i, sql in enumerate(sent) if sql == VACUUM_TABLES]
    # Each hand-over reads the staged rows and then empties the table: two queries.
    assert vacuums == [6, 13]
    assert len(sent) == 7 * 2 + 2


@pytest.fixture
def session(local_postgres: Endpoint, test_database: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(local_postgres.conninfo(test_database), autocommit=True) as conn:
        conn.execute(session_setup_sql())
        yield conn


def _pages(conn: psycopg.Connection) -> int:
    row = conn.execute(f"SELECT pg_relation_size('{STAGED_RELATION}') / 8192").fetchone()
    assert row is not None
    return row[0]


def test_the_vacuum_gives_back_what_emptied_staged_tables_grew_to(
    session: psycopg.Connection,
) -> None:
    """Without it the staged table grows with every transaction that wrote (autovacuum skips
    temporary tables); the statement runs on its own, as the proxy sends it."""
    for key in range(3000):
        session.execute(
            f"INSERT INTO {STAGED_RELATION} VALUES ('public', 'accounts', %s, '{{}}')",
            (str(key),),
        )
        if key % 3 == 2:
            session.execute("SELECT pg_temp.pgstitch_release_rows()")
            session.execute(f"DELETE FROM {STAGED_RELATION}")
    grown = _pages(session)
    assert grown > 2
    session.execute(VACUUM_TABLES)
    assert _pages(session) < grown


def _read_committed(session: psycopg.Connection) -> list[tuple[str, dict]]:
    rows = session.execute(_READ_COMMITTED_STAGED).fetchall()
    read = [json.loads(bytes.fromhex(hex_text)) for (hex_text,) in rows]
    return sorted((row_key, vals) for _, _, row_key, vals in read)


def test_inside_a_chained_transaction_only_committed_staged_rows_are_read(
    session: psycopg.Connection,
) -> None:
    """After COMMIT AND CHAIN the staged rows of the committed transaction are read for the
    store, not those the open transaction or its subtransactions wrote; a committed row the
    open transaction changed is read as it committed."""
    staged = f"INSERT INTO {STAGED_RELATION} VALUES ('public', 'accounts', %s, '{{}}')"
    change = f"UPDATE {STAGED_RELATION} SET vals = %s::jsonb WHERE row_key = %s"
    session.execute("BEGIN")
    session.execute(staged, ("1",))
    session.execute("COMMIT AND CHAIN")
    session.execute(staged, ("2",))
    session.execute("SAVEPOINT s")
    session.execute(staged, ("3",))
    session.execute("RELEASE s")
    session.execute(change, ('{"a": 1}', "1"))
    session.execute(change, ('{"a": 2}', "1"))
    session.execute(staged, ("4",))
    assert _read_committed(session) == [("1", {})]
    session.execute("ROLLBACK AND CHAIN")
    session.execute(staged, ("5",))
    assert _read_committed(session) == [("1", {})]
    session.execute("SAVEPOINT s")
    session.execute(change, ('{"b": 1}', "1"))
    session.execute("ROLLBACK TO SAVEPOINT s")
    assert _read_committed(session) == [("1", {})]
    # Changed in two transactions that committed one after the other: the newest is read.
    session.execute(change, ('{"c": 1}', "1"))
    session.execute("COMMIT AND CHAIN")
    session.execute(change, ('{"c": 2}', "1"))
    session.execute(change, ('{"c": 5}', "5"))
    assert _read_committed(session) == [("1", {"c": 1}), ("5", {})]
    session.execute("COMMIT")
    session.execute(EMPTY_STAGED)
    assert session.execute(f"SELECT count(*) FROM {STAGED_COMMITTED_RELATION}").fetchone() == (0,)


@pytest.mark.parametrize(
    ("sql", "committed", "snapshot", "lone_chain"),
    [
        ("COMMIT AND CHAIN", True, False, True),
        ("end and chain", True, False, True),
        ("COMMIT", True, False, False),
        ("COMMIT PREPARED 'x'", False, False, False),
        ("SELECT 'commit'", False, True, False),
        ("BEGIN; UPDATE t SET c = 1; COMMIT; BEGIN", True, False, False),
        (
            "UPDATE t SET c = 1; COMMIT; BEGIN; SET TRANSACTION READ ONLY; SHOW x",
            True,
            False,
            False,
        ),
        ("COMMIT; BEGIN; UPDATE t SET c = 2", True, True, False),
        ("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; SELECT 1", False, True, False),
        ("LOCK TABLE t", False, False, False),
    ],
)
def test_which_strings_commit_and_which_take_a_snapshot_after(
    sql: str, committed: bool, snapshot: bool, lone_chain: bool
) -> None:
    """A commit's staged writes are read in the transaction after it only once that took its
    snapshot; a lone COMMIT AND CHAIN has them read before it instead."""
    assert commit_and_snapshot(sql) == (committed, snapshot)
    assert commits_and_chains(sql) is lone_chain
