"""Write scenarios: sequences of statements on one session give the same answers, and leave the
same rows, on the twin database (real columns) and through the rewriter.

Each scenario starts from the rows of corpus/data.sql and runs with the simple and the extended
protocol (a step with several statements always runs simple, one with parameters always
extended), with parked values in `pgstitch.parked` (the postgres store), and held outside the
database with writes staged in a per-session table flushed at the end of each transaction and
read from the session's copy of the store, which the proxy refreshes between transactions (the
shape of the memory and redis stores). Values written into statements as literals serve reads
only (a session that cannot have the tables); the read corpus runs them.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator

import pytest
from psycopg import pq

from proxy.rewrite import (
    COPY_RELATION,
    STAGED_RELATION,
    ParkedSource,
    Rewriter,
    SessionParkedSource,
    TableParkedSource,
    session_setup_sql,
)
from proxy.rewrite.parked import DELETED_MARK
from proxy.search_path import SearchPathTracker, for_rewriter
from proxy.shadow_session import commit_and_snapshot, commits, commits_and_chains
from proxy.staging import _READ_COMMITTED_STAGED, EMPTY_STAGED, READ_STAGED
from tests.rewrite.conftest import (
    CORPUS_DIR,
    PARKED,
    SEARCH_PATH,
    TABLES,
    DifferentialDatabases,
    restore_rows,
)
from tests.rewrite.differential import (
    LibpqExecutor,
    Outcome,
    Scenario,
    Step,
    check_final_rows,
    check_steps,
    load_scenarios,
)

SCENARIOS = load_scenarios(CORPUS_DIR / "writes.sql")
IDLE = pq.TransactionStatus.IDLE
INTRANS = pq.TransactionStatus.INTRANS


class ShadowSession:
    """A client session through pgstitch: the rewriter and where parked values live.

    With `staged="copy"`, values are held in `store` (as the memory and redis stores hold them)
    and writes go to the session's staged table, moved to `store` whenever no transaction is
    open, the way the proxy moves them at COMMIT (and those that committed while a transaction
    opened after them is open, as the proxy hands them over then), and statements read the
    session's copy of `store`, brought up to date whenever no transaction is open.
    """

    def __init__(self, dbs: DifferentialDatabases, staged: str | None) -> None:
        self.rewriter: Rewriter = dbs.rewriter()
        self.staged = staged
        # The session's search_path from step to step, followed as the proxy follows it.
        self.paths = SearchPathTracker(SEARCH_PATH)
        self.store = copy.deepcopy(PARKED)
        # Staged rows already stored while the transaction after their commit is open.
        self.handed: set[str] = set()
        # The values bound to the step being run (`transform` follows search_path with them).
        self.params: list[str | None] = []
        self.committed_waiting = False
        self.committed_snapshot = False
        setup = {None: None, "copy": session_setup_sql()}[staged]
        self.setup = setup
        self.executor = LibpqExecutor(dbs.shadow, self.transform, setup)
        self.refresh_copy()

    def source(self) -> ParkedSource:
        if self.staged == "copy":
            return SessionParkedSource()
        return TableParkedSource()

    def refresh_copy(self) -> None:
        """Make the session's copy equal to the store (the proxy sends only what changed)."""
        if self.staged != "copy":
            return
        conn = self.executor.conn
        with conn.transaction():
            # As the proxy: the session's statement_timeout does not cut its own statements.
            conn.execute("SET LOCAL statement_timeout = 0")
            conn.execute(f"DELETE FROM {COPY_RELATION}")
            conn.cursor().executemany(
                f"INSERT INTO {COPY_RELATION} VALUES (%s, %s, %s, %s::jsonb)",
                [
                    (schema, table, row_key, json.dumps(values))
                    for (schema, table), rows in self.store.items()
                    for row_key, values in rows.items()
                ],
            )

    def transform(self, sql: str, protocol: str):
        path = for_rewriter(self.paths.path, "postgres")
        # As the proxy: a statement setting search_path from its parameters is followed with
        # the values its Bind gives.
        self.paths.statement(sql, self.params if protocol != "simple" else ())
        rewrite = self.rewriter.rewrite(sql, path)
        if rewrite is None:
            return sql, None
        if rewrite.errors and protocol != "simple":
            error = rewrite.errors[0]
            if self.executor.pgconn.transaction_status != IDLE:
                # The proxy answers a refused Parse itself; it must also fail the transaction,
                # as Postgres would have.
                self.executor.pgconn.exec_(error.raising_sql().encode())
            return Outcome(sqlstate=error.sqlstate, message=error.message, position=error.position)
        rendered = rewrite.render_mapped(self.source())

        def original_position(position: int | None) -> int | None:
            if position is None:
                return rewrite.errors[0].position if rewrite.errors else None
            return rendered.original_position(position)

        return rendered.sql, original_position

    def run(self, step: Step, protocol: str):
        pre_read = None
        if (
            self.staged
            and self.executor.pgconn.transaction_status == INTRANS
            and commits_and_chains(step.sql)
        ):
            # As the proxy: the staged rows are read before a lone COMMIT AND CHAIN.
            pre_read = self._read_untimed(READ_STAGED)
        self.params = step.params
        execution = self.executor.run(step.sql, step.params, protocol, isolated=False)
        for outcome in execution.outcomes:
            if outcome.sqlstate:
                self.paths.error()
            elif outcome.tag:
                self.paths.command_complete(outcome.tag)
        idle = self.executor.pgconn.transaction_status == IDLE
        self.paths.ready(b"I" if idle else b"T")
        if self.staged and idle and "DISCARD" in step.sql.upper():
            # DISCARD ALL/TEMP dropped the session's tables and functions; the proxy makes
            # them again before the next statement, and so does this stand-in.
            self.executor.conn.execute(self.setup)
        status = self.executor.pgconn.transaction_status
        if not self.staged:
            return execution
        if status == IDLE:
            self.committed_waiting = False
            self.flush()
        elif pre_read is not None and status == INTRANS:
            self.committed_waiting = False
            self.flush_committed(pre_read)
        elif self.committed_waiting or commits(step.sql):
            # As the proxy: what committed is stored once the transaction open after it took
            # its snapshot and is not failed (else at the end of that transaction).
            committed, snapshot = commit_and_snapshot(step.sql)
            if committed:
                self.committed_waiting, self.committed_snapshot = True, snapshot
            else:
                self.committed_snapshot = self.committed_snapshot or snapshot
            if self.committed_snapshot and status == INTRANS:
                self.committed_waiting = False
                self.flush_committed(self._read_untimed(_READ_COMMITTED_STAGED))
        return execution

    def _read_untimed(self, sql: str) -> list:
        """As the proxy reads staged rows inside the client's transaction: out of reach of the
        session's statement_timeout, which is then as it was."""
        conn = self.executor.conn
        (saved,) = conn.execute("SHOW statement_timeout").fetchone()
        conn.execute("SET LOCAL statement_timeout = 0")
        rows = conn.execute(sql).fetchall()
        conn.execute("SELECT set_config('statement_timeout', %s, true)", (saved,))
        return rows

    def flush_committed(self, rows: list) -> None:
        """A transaction committed and another is open (COMMIT AND CHAIN, or a COMMIT inside
        the string): its staged rows go to the store and stay staged, as the proxy does."""
        texts = [text for (text,) in rows if text not in self.handed]
        self.handed.update(texts)
        self._store_rows([json.loads(bytes.fromhex(text)) for text in texts])

    def new_session(self) -> None:
        """The session is lost (pgstitch restarted): what it had open rolls back and the next
        statements run in a fresh session; the store keeps what was committed."""
        self.executor.conn.execute("ROLLBACK")
        self.executor.conn.execute("DISCARD ALL")
        self.paths = SearchPathTracker(SEARCH_PATH)
        self.handed.clear()
        self.committed_waiting = False
        if self.staged:
            self.executor.conn.execute(self.setup)
            self.refresh_copy()

    def flush(self) -> None:
        """Move the staged rows to the store, as the proxy does at COMMIT."""
        conn = self.executor.conn
        with conn.transaction():
            # As the proxy: the session's statement_timeout does not cut its own statements.
            conn.execute("SET LOCAL statement_timeout = 0")
            rows = conn.execute(READ_STAGED).fetchall()
            conn.execute(EMPTY_STAGED)
        # The proxy releases the staged rows' locks once they are stored.
        conn.execute("SELECT pg_advisory_unlock_all()")
        texts = [text for (text,) in rows if text not in self.handed]
        self.handed.clear()
        self._store_rows([json.loads(bytes.fromhex(text)) for text in texts])
        self.refresh_copy()

    def _store_rows(self, rows: list) -> None:
        for schema, table, row_key, vals in rows:
            parked = self.store.setdefault((schema, table), {})
            if DELETED_MARK in vals:
                parked.pop(row_key, None)
            values = {k: v for k, v in vals.items() if k != DELETED_MARK}
            if values:
                parked.setdefault(row_key, {}).update(values)

    def reset(self) -> None:
        """Back to no transaction, nothing staged, the store as at the start."""
        self.executor.conn.execute("ROLLBACK")
        self.executor.conn.execute("RESET ALL; RESET ROLE")
        self.paths = SearchPathTracker(SEARCH_PATH)
        if self.staged:
            self.executor.conn.execute(EMPTY_STAGED)
        self.store = copy.deepcopy(PARKED)
        self.handed.clear()
        self.committed_waiting = False
        self.refresh_copy()


@pytest.fixture(scope="module")
def twin(differential_dbs: DifferentialDatabases) -> Iterator[LibpqExecutor]:
    executor = LibpqExecutor(differential_dbs.twin)
    yield executor
    executor.close()


@pytest.fixture(scope="module", params=["table", "copy"])
def shadow(
    request: pytest.FixtureRequest, differential_dbs: DifferentialDatabases, twin: LibpqExecutor
) -> Iterator[ShadowSession]:
    """A session through the rewriter; rows and values are put back when the module is done
    with it (each scenario puts them back first)."""
    session = ShadowSession(differential_dbs, None if request.param == "table" else request.param)
    try:
        yield session
        reset(twin, session)
    finally:
        session.executor.close()


def reset(twin: LibpqExecutor, shadow: ShadowSession) -> None:
    twin.conn.execute("ROLLBACK")
    # Settings a scenario made (TimeZone, search_path, the role).
    twin.conn.execute("RESET ALL; RESET ROLE")
    shadow.reset()
    restore_rows(twin.conn)
    restore_rows(shadow.executor.conn)


def test_the_scenarios_cover_the_write_forms():
    assert len(SCENARIOS) >= 50
    text = " ".join(step.sql for s in SCENARIOS for step in s.steps).upper()
    for form in (
        "ON CONFLICT DO NOTHING",
        "DO UPDATE SET",
        "INSERT INTO",
        "DELETE FROM",
        "SAVEPOINT",
        "ROLLBACK TO",
        "RETURNING",
        "DEFAULT VALUES",
        "SELECT",
    ):
        assert form in text, form


PROTOCOLS = ("simple", "extended")


def protocols_for(position: int, shadow: ShadowSession) -> tuple[str, ...]:
    """The protocols a scenario runs in with a way of holding parked values: both with
    `pgstitch.parked`; one with the session's copy, taking turns by scenario (the memory store's
    run of the proxy-level scenarios takes the other one, so each scenario meets both with a
    copy); `PGSTITCH_WRITES_PROTOCOLS=all` runs both everywhere."""
    if shadow.staged is None or os.environ.get("PGSTITCH_WRITES_PROTOCOLS") == "all":
        return PROTOCOLS
    return (PROTOCOLS[(position + 1) % len(PROTOCOLS)],)


@pytest.mark.parametrize(
    ("position", "scenario"), list(enumerate(SCENARIOS)), ids=[s.name for s in SCENARIOS]
)
def test_scenario_matches_the_twin(
    position: int,
    scenario: Scenario,
    twin: LibpqExecutor,
    shadow: ShadowSession,
    differential_dbs: DifferentialDatabases,
):
    for protocol in protocols_for(position, shadow):
        run_scenario(scenario, protocol, twin, shadow, differential_dbs.row_types)


def run_scenario(
    scenario: Scenario,
    protocol: str,
    twin: LibpqExecutor,
    shadow: ShadowSession,
    row_types: frozenset[str],
) -> None:
    """Run a scenario from the starting rows on both sides; fail on the first difference in
    an answer or in the rows it leaves."""
    reset(twin, shadow)
    try:
        check_steps(scenario, protocol, twin, shadow.run, row_types, shadow.new_session)
        twin.conn.execute("ROLLBACK")
        shadow.executor.conn.execute("ROLLBACK")
        if shadow.staged:
            shadow.flush()
        check_final_rows(TABLES, twin, shadow.executor, row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # the next scenario starts with `reset`


def test_deleted_rows_leave_no_parked_values(differential_dbs: DifferentialDatabases):
    """DELETE drops the parked values of the rows it deletes, and only those."""
    session = ShadowSession(differential_dbs, staged=None)
    restore_rows(session.executor.conn)
    try:
        for sql in (
            "UPDATE accounts SET tier = 'gone' WHERE id = 8",
            "DELETE FROM accounts WHERE id = 8",
            "DELETE FROM bills WHERE id IN (4, 5)",
        ):
            assert not session.run(Step(sql), "simple").outcomes[0].sqlstate
        rows = session.executor.conn.execute(
            "SELECT table_name, row_key FROM pgstitch.parked ORDER BY 1, 2"
        ).fetchall()
        assert ("accounts", "8") not in rows and ("bills", "4") not in rows
        assert ("bills", "1") in rows and ("accounts", "7") in rows
    finally:
        session.executor.conn.execute("ROLLBACK")
        restore_rows(session.executor.conn)
        session.executor.close()


def test_staged_deletion_is_marked_for_the_store(differential_dbs: DifferentialDatabases):
    """With values outside the database a DELETE stages the deletion mark, and an INSERT of
    the same key after it stages every served column after the mark."""
    session = ShadowSession(differential_dbs, staged="copy")
    conn = session.executor.conn
    restore_rows(conn)
    try:
        conn.execute("BEGIN")
        for sql in (
            "UPDATE accounts SET tier = 'old', loyalty = 5 WHERE id = 8",
            "DELETE FROM accounts WHERE id = 8",
            "INSERT INTO accounts (id, name, tier) VALUES (8, 'Back', 'new tier')",
        ):
            assert not session.run(Step(sql), "simple").outcomes[0].sqlstate
        staged = conn.execute(f"SELECT row_key, vals FROM {STAGED_RELATION}").fetchall()
        assert staged == [
            (
                "8",
                {
                    DELETED_MARK: True,
                    "loyalty": "0",
                    "tier": "new tier",
                    "mood": "happy",
                    "labels": "{new}",
                },
            )
        ]
        conn.execute("COMMIT")
        session.flush()
        assert session.store[("public", "accounts")]["8"] == {
            "loyalty": "0",
            "tier": "new tier",
            "mood": "happy",
            "labels": "{new}",
        }
    finally:
        session.executor.conn.execute("ROLLBACK")
        restore_rows(session.executor.conn)
        session.executor.close()
