"""A session's staged writes (memory and redis stores): the periodic VACUUM of its tables."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import psycopg
import pytest

from proxy.parked_mirror import ParkedMirror
from proxy.protocol.scanner import Message
from proxy.rewrite.parked import STAGED_RELATION, session_setup_sql
from proxy.staging import VACUUM_TABLES, SessionStaging
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
