"""Concurrent sessions writing shadow columns through the rewriter behave as with real columns
under READ COMMITTED: no lost increments, upserts count every call, deleted and re-inserted
rows never mix values of two writers, rolled back writes leave nothing."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator

import psycopg
import pytest

from proxy.rewrite import Rewriter, TableParkedSource
from tests.rewrite.conftest import SEARCH_PATH, DifferentialDatabases, restore_rows

SESSIONS = 8
ROUNDS = 25
RETRYABLE = ("40P01", "40001", "23505")


class Client:
    """One session through the rewriter, parked values in pgstitch.parked."""

    def __init__(self, conninfo: str, rewriter: Rewriter) -> None:
        self.conn = psycopg.connect(conninfo, autocommit=True)
        self.rewriter = rewriter

    def execute(self, sql: str) -> list[tuple]:
        rewrite = self.rewriter.rewrite(sql, SEARCH_PATH)
        sent = sql if rewrite is None else rewrite.render(TableParkedSource())
        cursor = self.conn.execute(sent)
        return cursor.fetchall() if cursor.description else []

    def transaction(self, statements: list[str], commit: bool = True) -> bool:
        """Run statements in one transaction; False when it had to give up (deadlock, …)."""
        try:
            self.execute("BEGIN")
            for sql in statements:
                self.execute(sql)
            self.execute("COMMIT" if commit else "ROLLBACK")
            return commit
        except psycopg.Error as exc:
            self.conn.execute("ROLLBACK")
            if exc.sqlstate in RETRYABLE:
                return False
            raise


@pytest.fixture
def clients(differential_dbs: DifferentialDatabases) -> Iterator[list[Client]]:
    rewriter = differential_dbs.rewriter()
    sessions = [Client(differential_dbs.shadow, rewriter) for _ in range(SESSIONS)]
    try:
        yield sessions
    finally:
        for client in sessions:
            client.conn.close()
        with psycopg.connect(differential_dbs.shadow, autocommit=True) as conn:
            restore_rows(conn)


def run_all(clients: list[Client], work: Callable[[int, Client], int]) -> int:
    """Run `work(session number, client)` on every client at once; the sum of what they return."""
    results = [0] * len(clients)
    errors: list[BaseException] = []
    start = threading.Barrier(len(clients))

    def runner(number: int, client: Client) -> None:
        try:
            start.wait()
            results[number] = work(number, client)
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(n, c)) for n, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if errors:
        raise errors[0]
    return sum(results)


def value(client: Client, sql: str):
    return client.execute(sql)[0][0]


def test_concurrent_increments_are_never_lost(clients: list[Client]):
    """Account 1 has a parked value, account 6 none yet (the first writers race to create it);
    some transactions roll back."""

    def work(number: int, client: Client) -> int:
        rng = random.Random(number)
        committed = 0
        for _ in range(ROUNDS):
            target = rng.choice((1, 6))
            statements = [f"UPDATE accounts SET loyalty = loyalty + 1 WHERE id = {target}"]
            if client.transaction(statements, commit=rng.random() > 0.2):
                committed += 1000 if target == 1 else 1
        return committed

    total = run_all(clients, work)
    reader = clients[0]
    assert value(reader, "SELECT loyalty FROM accounts WHERE id = 1") == 10 + total // 1000
    assert value(reader, "SELECT loyalty FROM accounts WHERE id = 6") == total % 1000


def test_concurrent_upserts_count_every_call(clients: list[Client]):
    upsert = (
        "INSERT INTO accounts (id, name, loyalty, tier) VALUES (70, 'u', 1, 'first')"
        " ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1"
    )

    def work(number: int, client: Client) -> int:
        done = 0
        for _ in range(ROUNDS):
            if client.transaction([upsert]):
                done += 1
        return done

    total = run_all(clients, work)
    row = clients[0].execute("SELECT loyalty, tier FROM accounts WHERE id = 70")
    assert row == [(total, "first")]


def test_concurrent_increments_in_row_assignments_are_never_lost(clients: list[Client]):
    """`(a, c) = (x, c + 1)`: the shadow column's value reads the last committed value even
    when the first column of the list is a live one, in UPDATE and in ON CONFLICT DO UPDATE."""
    statements = (
        "UPDATE accounts SET (name, loyalty) = ('row', loyalty + 1) WHERE id = 1",
        "INSERT INTO accounts AS a (id, name) VALUES (1, 'x') ON CONFLICT (id)"
        " DO UPDATE SET (name, loyalty) = (EXCLUDED.name, a.loyalty + 1)",
        "UPDATE accounts SET (name, loyalty) = (SELECT 'sub', loyalty + 1) WHERE id = 1",
    )

    def work(number: int, client: Client) -> int:
        done = 0
        for round_ in range(ROUNDS):
            if client.transaction([statements[(number + round_) % len(statements)]]):
                done += 1
        return done

    total = run_all(clients, work)
    assert value(clients[0], "SELECT loyalty FROM accounts WHERE id = 1") == 10 + total


def test_deleted_and_reinserted_rows_keep_one_writers_values(clients: list[Client]):
    def work(number: int, client: Client) -> int:
        done = 0
        for round_number in range(ROUNDS):
            mark = f"s{number}-{round_number}"
            statements = [
                "DELETE FROM accounts WHERE id = 71",
                f"INSERT INTO accounts (id, name, tier, loyalty) VALUES (71, '{mark}', '{mark}',"
                f" {round_number})",
            ]
            if number % 3 == 0:
                statements.append("UPDATE accounts SET mood = 'sad' WHERE id = 71")
            if client.transaction(statements):
                done += 1
        return done

    assert run_all(clients, work) > 0
    rows = clients[0].execute(
        "SELECT name, tier, loyalty, mood, labels FROM accounts WHERE id = 71"
    )
    assert len(rows) == 1
    name, tier, loyalty, mood, labels = rows[0]
    writer, round_number = name[1:].split("-")
    assert tier == name and loyalty == int(round_number)
    assert mood == ("sad" if int(writer) % 3 == 0 else "happy")
    assert labels == ["new"]
