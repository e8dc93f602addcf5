"""The differential oracle (DESIGN.md §3): the same statements on two executors must agree.

One executor runs statements on a *twin* database where the shadow columns are real; the other
on a database without them, through pgstitch (here: the rewriter, later: the proxy). They must
give the same rows, column names, column types, command tags and SQLSTATEs.

Executors talk libpq directly (psycopg's `pq` layer), so values are compared as the exact text
Postgres sent, and the simple protocol, the extended protocol (unnamed statement) and named
prepared statements (with their descriptions) can all be driven.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from pglast.parser import ParseError, parse_sql_json
from psycopg import pq

# The first OID a user-defined object can get; below it, OIDs are the same in every database.
FIRST_USER_OID = 16384
RECORD_OID = 2249
RECORD_ARRAY_OID = 2287
PROTOCOLS = ("simple", "extended", "prepared")

ExecStatus = pq.ExecStatus
Diag = pq.DiagnosticField


@dataclass(frozen=True)
class Column:
    """A RowDescription field: its name, its type (an OID, or a name for user types) and the
    type modifier (timestamp(3), char(4), numeric(5,2): -1 when none)."""

    name: str
    type: str
    mod: int = -1


@dataclass(frozen=True)
class Outcome:
    """What one statement gave: a command tag with columns and rows, or an error."""

    tag: str | None = None
    columns: tuple[Column, ...] = ()
    rows: tuple[tuple[bytes | None, ...], ...] = ()
    sqlstate: str | None = None
    message: str | None = None
    position: int | None = None

    def describe(self) -> str:
        if self.sqlstate:
            return f"ERROR {self.sqlstate} {self.message!r} at {self.position}"
        return f"{self.tag} {list(self.columns)} {len(self.rows)} rows"


@dataclass(frozen=True)
class Description:
    """A prepared statement's ParameterDescription and RowDescription."""

    params: tuple[str, ...]
    columns: tuple[Column, ...]


@dataclass
class Execution:
    """Everything one executor reports for one corpus entry."""

    outcomes: list[Outcome]
    description: Description | None = None
    description_error: str | None = None


# Maps an error position reported by the server (or None) to the one the client should see.
PositionMap = Callable[[int | None], int | None]
# A rewrite hook: given the SQL a client sends and the protocol, what actually goes to the
# server and how to map error positions back (None: leave them), or an Outcome to answer with
# instead of executing.
Transform = Callable[[str, str], "tuple[str, PositionMap | None] | Outcome"]


@dataclass
class CorpusEntry:
    """One statement (or multi-statement string) of the differential corpus."""

    name: str
    sql: str
    params: list[str | None] = field(default_factory=list)
    expect: str | None = None
    # pgstitch must answer with 0A000 (a form it cannot serve); the twin's answer is not compared.
    refused: bool = False

    def _parsed(self) -> list[dict]:
        """The parsed statements; one opaque statement when pglast cannot parse the text."""
        try:
            return json.loads(parse_sql_json(self.sql))["stmts"]
        except ParseError:
            return [{"stmt": {}}]

    @property
    def statements(self) -> int:
        return len(self._parsed())

    @property
    def ordered(self) -> bool:
        """Whether row order is part of the answer (the last statement has ORDER BY)."""
        stmts = self._parsed()
        select = stmts[-1]["stmt"].get("SelectStmt", {}) if stmts else {}
        return "sortClause" in select

    @property
    def protocols(self) -> tuple[str, ...]:
        """Multi-statement strings exist only in the simple protocol; $n only in the others."""
        if self.statements > 1:
            return ("simple",)
        if self.params:
            return ("extended", "prepared")
        return PROTOCOLS


_DIRECTIVE = re.compile(r"--\s*(params|expect):\s*(.*)")


def load_corpus(path: Path) -> list[CorpusEntry]:
    """Read a corpus file: entries start with `-- name: NAME`, then optional
    `-- params: [JSON list of text values]`, `-- expect: SQLSTATE` and `-- refused` lines, then
    the SQL."""
    entries: list[CorpusEntry] = []
    current: CorpusEntry | None = None
    body: list[str] = []

    def flush() -> None:
        if current is not None:
            current.sql = "\n".join(body).strip()
            entries.append(current)

    for line in path.read_text(encoding="utf-8").splitlines():
        header = re.match(r"--\s*name:\s*(\S+)", line)
        if header:
            flush()
            current, body = CorpusEntry(header.group(1), ""), []
            continue
        if current is not None and not body and re.match(r"--\s*refused\s*$", line):
            current.refused = True
            continue
        directive = _DIRECTIVE.match(line)
        if current is not None and directive and body:
            raise ValueError(f"corpus entry {current.name}: {line!r} after its SQL is ignored")
        if current is not None and directive and not body:
            key, value = directive.groups()
            if key == "params":
                current.params = json.loads(value)
            else:
                current.expect = value.strip()
            continue
        if current is not None and (body or line.strip()):
            body.append(line)
    flush()
    names = [e.name for e in entries]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate corpus entry names: {sorted(duplicates)}")
    return entries


class LibpqExecutor:
    """Runs statements on one connection, each entry inside a transaction rolled back after.

    `transform`, when given, stands between the client and the server (the rewriter in these
    tests); without it the executor is a plain client, e.g. of the proxy.
    """

    def __init__(
        self, conninfo: str, transform: Transform | None = None, setup: str | None = None
    ) -> None:
        self.conn = psycopg.connect(conninfo, autocommit=True)
        # Never prepared by psycopg: scenarios may run DISCARD ALL or DEALLOCATE ALL.
        self.conn.prepare_threshold = None
        if setup:
            self.conn.execute(setup)
        self.pgconn = self.conn.pgconn
        self.transform = transform
        self._type_names: dict[int, str] = {}
        self._counter = 0

    def close(self) -> None:
        self.conn.close()

    def run(
        self,
        sql: str,
        params: Sequence[str | None] = (),
        protocol: str = "simple",
        isolated: bool = True,
    ) -> Execution:
        """Execute `sql` with the given protocol and report what the server said.

        `isolated` runs it in a transaction rolled back after; otherwise it runs as a client's
        statement would, in the session's own transaction state.
        """
        mapper = None
        sent = sql
        if self.transform is not None:
            transformed = self.transform(sql, protocol)
            if isinstance(transformed, Outcome):
                return Execution([transformed], None, transformed.sqlstate)
            sent, mapper = transformed
        if isolated:
            self._command("BEGIN")
        try:
            execution = self._execute(sent, params, protocol)
        finally:
            if isolated:
                self._command("ROLLBACK")
        execution.outcomes = [self._finish(o, mapper) for o in execution.outcomes]
        if execution.description is not None:
            execution.description = Description(
                tuple(self._type(int(p)) for p in execution.description.params),
                tuple(self._column(c) for c in execution.description.columns),
            )
        return execution

    def _command(self, sql: str) -> None:
        result = self.pgconn.exec_(sql.encode())
        if result.status != ExecStatus.COMMAND_OK:
            raise RuntimeError(f"{sql} failed: {result.error_message.decode()}")

    def _execute(self, sql: str, params: Sequence[str | None], protocol: str) -> Execution:
        data = sql.encode("utf-8")
        values = [None if p is None else p.encode("utf-8") for p in params]
        if protocol == "simple":
            self.pgconn.send_query(data)
            return Execution(self._collect())
        if protocol == "extended":
            self.pgconn.send_query_params(data, values)
            return Execution(self._collect())
        self._counter += 1
        name = f"pgstitch_diff_{self._counter}".encode()
        self.pgconn.send_prepare(name, data)
        prepared = self._collect()
        if prepared and prepared[0].sqlstate:
            return Execution(prepared, None, prepared[0].sqlstate)
        self.pgconn.send_describe_prepared(name)
        described = self.pgconn.get_result()
        while self.pgconn.get_result() is not None:
            pass
        description = Description(
            tuple(str(described.param_type(i)) for i in range(described.nparams)),
            tuple(
                Column(described.fname(i).decode(), str(described.ftype(i)), described.fmod(i))
                for i in range(described.nfields)
            ),
        )
        self.pgconn.send_query_prepared(name, values)
        outcomes = self._collect()
        self.pgconn.exec_(b"DEALLOCATE " + name)
        return Execution(outcomes, description)

    def _collect(self) -> list[Outcome]:
        outcomes = []
        while (result := self.pgconn.get_result()) is not None:
            outcomes.append(self._outcome(result))
        return outcomes

    def _outcome(self, result: pq.PGresult) -> Outcome:
        status = result.status
        if status == ExecStatus.FATAL_ERROR:
            position = result.error_field(Diag.STATEMENT_POSITION)
            primary = result.error_field(Diag.MESSAGE_PRIMARY)
            return Outcome(
                sqlstate=(result.error_field(Diag.SQLSTATE) or b"").decode(),
                message=primary.decode() if primary else None,
                position=int(position) if position else None,
            )
        if status == ExecStatus.COPY_OUT:
            rows = []
            while True:
                size, data = self.pgconn.get_copy_data(0)
                if size < 0:
                    break
                rows.append((bytes(data),))
            final = self.pgconn.get_result()
            return Outcome(tag=(final.command_status or b"").decode(), rows=tuple(rows))
        columns = tuple(
            Column(result.fname(i).decode(), str(result.ftype(i)), result.fmod(i))
            for i in range(result.nfields)
        )
        rows = tuple(
            tuple(result.get_value(r, c) for c in range(result.nfields))
            for r in range(result.ntuples)
        )
        return Outcome(tag=(result.command_status or b"").decode(), columns=columns, rows=rows)

    def _finish(self, outcome: Outcome, mapper: PositionMap | None) -> Outcome:
        columns = tuple(self._column(c) for c in outcome.columns)
        position = outcome.position
        if outcome.sqlstate and mapper is not None:
            position = mapper(position)
        return Outcome(
            outcome.tag, columns, outcome.rows, outcome.sqlstate, outcome.message, position
        )

    def _column(self, column: Column) -> Column:
        return Column(column.name, self._type(int(column.type)), column.mod)

    def _type(self, oid: int) -> str:
        """Built-in types by OID; user types (different OIDs per database) by name."""
        if oid < FIRST_USER_OID:
            return str(oid)
        if oid not in self._type_names:
            result = self.pgconn.exec_params(
                b"SELECT format_type($1::oid, NULL)", [str(oid).encode()]
            )
            self._type_names[oid] = "user:" + result.get_value(0, 0).decode()
        return self._type_names[oid]


@dataclass
class Step:
    """One query string a write scenario sends; `refused`: pgstitch must answer 0A000;
    `restart`: no query, pgstitch is stopped and started again (where there is a process)."""

    sql: str
    params: list[str | None] = field(default_factory=list)
    refused: bool = False
    restart: bool = False

    @property
    def entry(self) -> CorpusEntry:
        return CorpusEntry("step", self.sql, self.params)


@dataclass
class Scenario:
    """Statements sent one after the other on one session, from the same starting rows."""

    name: str
    steps: list[Step] = field(default_factory=list)


def load_scenarios(path: Path) -> list[Scenario]:
    """Read a scenario file: `-- scenario: NAME`, then one step per line; a step may be
    preceded by `-- params: [JSON list]` and by `-- refused`. A `-- restart` line is a step of
    its own: the session is lost there, and pgstitch killed and started again."""
    scenarios: list[Scenario] = []
    params: list[str | None] = []
    refused = False
    for line in path.read_text(encoding="utf-8").splitlines():
        header = re.match(r"--\s*scenario:\s*(\S+)", line)
        if header:
            scenarios.append(Scenario(header.group(1)))
            continue
        directive = re.match(r"--\s*params:\s*(.*)", line)
        if directive:
            params = json.loads(directive.group(1))
            continue
        if re.match(r"--\s*refused\s*$", line):
            refused = True
            continue
        if re.match(r"--\s*restart\s*$", line):
            if not scenarios or params or refused:
                raise ValueError(
                    f"a restart before the first scenario or after a directive: {line}"
                )
            scenarios[-1].steps.append(Step("", restart=True))
            continue
        if not line.strip() or line.lstrip().startswith("--"):
            continue
        if not scenarios:
            raise ValueError(f"a step before the first scenario: {line!r}")
        scenarios[-1].steps.append(Step(line.strip(), params, refused))
        params, refused = [], False
    names = [s.name for s in scenarios]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate scenario names: {sorted(duplicates)}")
    return scenarios


def compare(
    entry: CorpusEntry,
    original: Execution,
    rewritten: Execution,
    row_types: frozenset[str] = frozenset(),
) -> list[str]:
    """Differences between the twin's answer and pgstitch's; empty when they agree.

    `row_types` names the row types ("user:accounts") of tables with shadow columns: a
    whole-row reference to such a table comes back as `record` (arrays of them as `record[]`)
    through pgstitch (documented in docs/rewriting.md), with the same text. For an entry marked
    refused, pgstitch's answer must hold 0A000 (forms it cannot serve are refused rather than
    answered differently).
    """
    if entry.refused:
        states = [o.sqlstate for o in rewritten.outcomes]
        return [] if "0A000" in states else [f"pgstitch did not refuse (0A000): {states}"]
    problems = []
    if entry.expect and (not original.outcomes or original.outcomes[-1].sqlstate != entry.expect):
        got = [o.describe() for o in original.outcomes]
        problems.append(f"the twin did not fail with {entry.expect}: {got}")
    if len(original.outcomes) != len(rewritten.outcomes):
        problems.append(
            f"{len(original.outcomes)} results vs {len(rewritten.outcomes)}:"
            f" {[o.describe() for o in original.outcomes]} vs"
            f" {[o.describe() for o in rewritten.outcomes]}"
        )
        return problems
    for index, (want, got) in enumerate(zip(original.outcomes, rewritten.outcomes, strict=True)):
        where = f"statement {index + 1}"
        if want.sqlstate != got.sqlstate:
            problems.append(f"{where}: {want.describe()} vs {got.describe()}")
            continue
        if want.sqlstate:
            if want.position != got.position:
                problems.append(f"{where}: error position {want.position} vs {got.position}")
            continue
        if want.tag != got.tag:
            problems.append(f"{where}: command tag {want.tag!r} vs {got.tag!r}")
        if not _same_columns(want.columns, got.columns, row_types):
            problems.append(f"{where}: columns {want.columns} vs {got.columns}")
        last = index == len(original.outcomes) - 1
        want_rows, got_rows = list(want.rows), list(got.rows)
        if not (entry.ordered and last):
            want_rows.sort(key=_row_key)
            got_rows.sort(key=_row_key)
        if want_rows != got_rows:
            problems.append(f"{where}: rows {want_rows[:5]}… vs {got_rows[:5]}…")
    if original.description != rewritten.description and original.description is not None:
        want_d, got_d = original.description, rewritten.description
        if (
            got_d is None
            or want_d.params != got_d.params
            or not _same_columns(want_d.columns, got_d.columns, row_types)
        ):
            problems.append(f"statement description {want_d} vs {got_d}")
    return problems


def step_protocol(step: Step, protocol: str) -> str:
    """The protocol a scenario step runs with: several statements always simple, parameters
    always extended, else the scenario's."""
    if step.entry.statements > 1:
        return "simple"
    if step.params:
        return "extended"
    return protocol


def check_steps(
    scenario: Scenario,
    protocol: str,
    twin: LibpqExecutor,
    run_shadow: Callable[[Step, str], Execution],
    row_types: frozenset[str],
    restart: Callable[[], None] | None = None,
) -> None:
    """Run every step on the twin and on the shadow side; fail on the first difference. A step
    marked refused must fail with 0A000 on the shadow side (the twin does not run it). At a
    restart step the client's session is lost: the twin's session starts afresh (an open
    transaction rolls back) and `restart` does the same on the shadow side."""
    for number, step in enumerate(scenario.steps, start=1):
        if step.restart:
            twin.conn.execute("ROLLBACK")
            twin.conn.execute("DISCARD ALL")
            if restart is not None:
                restart()
            continue
        used = step_protocol(step, protocol)
        got = run_shadow(step, used)
        if step.refused:
            states = [o.sqlstate for o in got.outcomes]
            assert "0A000" in states, f"step {number} {step.sql!r}: {states}"
            continue
        want = twin.run(step.sql, step.params, used, isolated=False)
        problems = compare(step.entry, want, got, row_types)
        assert not problems, f"step {number} {step.sql!r} ({used}):\n" + "\n".join(problems)


def check_final_rows(
    tables: Sequence[str], twin: LibpqExecutor, shadow: LibpqExecutor, row_types: frozenset[str]
) -> None:
    """Every table holds the same rows on both sides (read in one query string a side)."""
    statements = [f"SELECT * FROM {table}" for table in tables]
    sql = "; ".join(statements)
    want, got = twin.run(sql), shadow.run(sql)
    if len(want.outcomes) != len(got.outcomes):
        problems = compare(CorpusEntry("final rows", sql), want, got, row_types)
        raise AssertionError("final rows:\n" + "\n".join(problems))
    for table, statement, wanted, gotten in zip(
        tables, statements, want.outcomes, got.outcomes, strict=True
    ):
        entry = CorpusEntry(f"final {table}", statement)
        problems = compare(entry, Execution([wanted]), Execution([gotten]), row_types)
        assert not problems, f"final rows of {table}:\n" + "\n".join(problems)


def _same_columns(
    want: tuple[Column, ...], got: tuple[Column, ...], row_types: frozenset[str]
) -> bool:
    if len(want) != len(got):
        return False
    for a, b in zip(want, got, strict=True):
        if a.name != b.name or a.mod != b.mod:
            return False
        if a.type != b.type and not _record_for_row_type(a.type, b.type, row_types):
            return False
    return True


def _record_for_row_type(want: str, got: str, row_types: frozenset[str]) -> bool:
    """A row type (or an array of it) of a table with shadow columns, read as record."""
    if want in row_types:
        return got == str(RECORD_OID)
    return want.endswith("[]") and want[:-2] in row_types and got == str(RECORD_ARRAY_OID)


def _row_key(row: tuple[bytes | None, ...]) -> tuple:
    return tuple((0, b"") if v is None else (1, v) for v in row)
