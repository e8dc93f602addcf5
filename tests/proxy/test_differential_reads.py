"""The read corpus through `pgstitch serve`: the same answers as a twin database with real columns.

The rewriter's own differential tests execute rewritten SQL directly; these run every corpus
entry through the proxy process (postgres store, columns declared in a config file) with libpq in
the simple, extended and prepared protocols, and with asyncpg.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from tests.helpers.declarations import shadow_entry, shadow_toml
from tests.helpers.proxy_process import ProxyProcess, serving
from tests.rewrite.conftest import CORPUS_DIR, SHADOW_COLUMNS, DifferentialDatabases, TwinAnswers
from tests.rewrite.conftest import differential_dbs as differential_dbs
from tests.rewrite.conftest import twin_answers as twin_answers
from tests.rewrite.conftest import twin_executor as twin_executor
from tests.rewrite.differential import (
    CorpusEntry,
    Execution,
    LibpqExecutor,
    compare,
    load_corpus,
)

CORPUS = load_corpus(CORPUS_DIR / "reads.sql")
LIBPQ_CASES = [
    pytest.param(entry, protocol, id=f"{entry.name}-{protocol}")
    for entry in CORPUS
    for protocol in entry.protocols
]
ASYNCPG_CASES = [
    pytest.param(entry, id=entry.name)
    for entry in CORPUS
    if entry.statements == 1 and not entry.params
]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"' if name != name.lower() else name


def _config(path: Path) -> Path:
    entries = []
    for column in SHADOW_COLUMNS:
        table = _quoted(column.table)
        if column.schema != "public":
            table = f"{column.schema}.{table}"
        entries.append(
            shadow_entry(
                table,
                _quoted(column.column),
                column.type,
                column.default,
                column.not_null,
                column.check,
            )
        )
    path.write_text(shadow_toml(entries), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def proxy_on_shadow(
    differential_dbs: DifferentialDatabases,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ProxyProcess]:
    directory = tmp_path_factory.mktemp("differential-proxy")
    config = _config(directory / "pgstitch.toml")
    with serving(
        differential_dbs.shadow, directory, "--store", "postgres", "--config", str(config)
    ) as proxy:
        yield proxy


def _through(proxy: ProxyProcess, conninfo: str) -> str:
    params = conninfo_to_dict(conninfo)
    params.update(host=proxy.endpoint.host, port=str(proxy.endpoint.port), sslmode="disable")
    return make_conninfo(**params)


@pytest.fixture(scope="module")
def through_proxy(
    proxy_on_shadow: ProxyProcess,
    differential_dbs: DifferentialDatabases,
) -> Iterator[LibpqExecutor]:
    executor = LibpqExecutor(_through(proxy_on_shadow, differential_dbs.shadow))
    yield executor
    executor.close()


@pytest.fixture(scope="module")
def through_proxy_generic(
    proxy_on_shadow: ProxyProcess,
    differential_dbs: DifferentialDatabases,
) -> Iterator[LibpqExecutor]:
    """A session through pgstitch whose prepared statements are planned generically from their
    first execution, as Postgres would plan them after five."""
    conninfo = make_conninfo(
        _through(proxy_on_shadow, differential_dbs.shadow),
        options="-c plan_cache_mode=force_generic_plan",
    )
    executor = LibpqExecutor(conninfo)
    yield executor
    executor.close()


@pytest.mark.parametrize(("entry", "protocol"), LIBPQ_CASES)
def test_libpq_through_pgstitch(
    entry,
    protocol: str,
    twin_answers: TwinAnswers,
    through_proxy: LibpqExecutor,
    through_proxy_generic: LibpqExecutor,
    differential_dbs: DifferentialDatabases,
) -> None:
    """A rewritten unnamed statement (extended) or a Query whose constants are all integers
    (simple) executes the statement pgstitch keeps prepared for it, the second time by the way
    pgstitch remembers for that text; the answers are the same with a custom plan and with a
    generic one."""
    want = twin_answers.run(entry.sql, entry.params, protocol)
    runs = (
        [through_proxy] if protocol == "prepared" else [through_proxy, *[through_proxy_generic] * 2]
    )
    for executor in runs:
        got = executor.run(entry.sql, entry.params, protocol)
        problems = compare(entry, want, got, differential_dbs.row_types)
        assert not problems, "\n".join(problems)


async def _asyncpg_connect(dsn: str) -> asyncpg.Connection:
    params = conninfo_to_dict(dsn)
    return await asyncpg.connect(
        host=params["host"],
        port=int(params.get("port", 5432)),
        user=params.get("user"),
        database=params["dbname"],
        ssl=False,
    )


async def _asyncpg_answer(conn: asyncpg.Connection, sql: str) -> tuple:
    """Prepare and fetch `sql` in a transaction rolled back after: the error's SQLSTATE, or
    the columns (built-in types by OID, others by name) and the rows in a sorted order."""
    try:
        async with conn.transaction():
            try:
                statement = await conn.prepare(sql)
                rows = await statement.fetch()
            except asyncpg.PostgresError as exc:
                raise _Rollback(("error", exc.sqlstate)) from None
            except asyncpg.InternalClientError:
                # asyncpg cannot decode an anonymous record holding a user-defined type.
                # (The corpus's writes must not commit on one side only.)
                raise _Rollback(("undecodable", None)) from None
            columns = tuple(
                (a.name, a.type.oid if a.type.oid < 16384 else a.type.name)
                for a in statement.get_attributes()
            )
            raise _Rollback((columns, sorted(repr(tuple(r)) for r in rows)))
    except _Rollback as done:
        return done.answer


class _Rollback(Exception):
    def __init__(self, answer: tuple) -> None:
        self.answer = answer


class AsyncpgClients:
    """One event loop and one asyncpg connection per server, kept for the module as an
    application's pooled connections are (asyncpg learns each type once per connection);
    a connection that an entry closed is opened again for the next one."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._connections: dict[str, asyncpg.Connection] = {}

    def answer(self, dsn: str, sql: str) -> tuple:
        return self.loop.run_until_complete(self._answer(dsn, sql))

    async def _answer(self, dsn: str, sql: str) -> tuple:
        conn = self._connections.get(dsn)
        if conn is None or conn.is_closed():
            conn = self._connections[dsn] = await _asyncpg_connect(dsn)
        return await _asyncpg_answer(conn, sql)

    def close(self) -> None:
        for conn in self._connections.values():
            if not conn.is_closed():
                self.loop.run_until_complete(conn.close())
        self.loop.close()


@pytest.fixture(scope="module")
def asyncpg_clients() -> Iterator[AsyncpgClients]:
    clients = AsyncpgClients()
    yield clients
    clients.close()


@pytest.mark.parametrize("entry", ASYNCPG_CASES)
def test_asyncpg_through_pgstitch(
    entry,
    proxy_on_shadow: ProxyProcess,
    differential_dbs: DifferentialDatabases,
    asyncpg_clients: AsyncpgClients,
) -> None:
    got = asyncpg_clients.answer(_through(proxy_on_shadow, differential_dbs.shadow), entry.sql)
    if entry.refused:
        assert got == ("error", "0A000")
        return
    want = asyncpg_clients.answer(differential_dbs.twin, entry.sql)
    if want != got and want[0] != "error" and _whole_row_only(want, got, differential_dbs):
        return  # whole-row values are typed record through pgstitch (docs/rewriting.md)
    assert got == want


def _whole_row_only(want: tuple, got: tuple, dbs: DifferentialDatabases) -> bool:
    """True when the answers differ only in columns typed as a table's row type (or arrays of it)."""
    with psycopg.connect(dbs.twin) as conn:
        row_types = {
            name
            for (name,) in conn.execute(
                "SELECT t.typname FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid"
                " WHERE c.relkind IN ('r', 'p')"
            )
        }
    whole_row = any(isinstance(t, str) and t.removesuffix("[]") in row_types for _, t in want[0])
    if got[0] == "undecodable":
        return whole_row
    return whole_row and [n for n, _ in want[0]] == [n for n, _ in got[0]]


def test_rewritten_unnamed_statements_are_kept_prepared(through_proxy: LibpqExecutor) -> None:
    entry = next(e for e in CORPUS if e.params and "extended" in e.protocols)
    through_proxy.run(entry.sql, entry.params, "extended", isolated=False)
    kept = through_proxy.conn.execute(
        "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'pgstitch_kept_%'"
    ).fetchall()
    assert any("$1" in statement and "pgstitch" in statement for (statement,) in kept)


def test_queries_with_integer_constants_are_kept_prepared(through_proxy: LibpqExecutor) -> None:
    through_proxy.conn.execute("DEALLOCATE ALL")
    for id_ in (1, 2, 3, 1):
        through_proxy.run(f"SELECT id, loyalty FROM accounts WHERE id = {id_}", (), "simple")
    kept = through_proxy.conn.execute(
        "SELECT statement, parameter_types::text FROM pg_prepared_statements"
        " WHERE name LIKE 'pgstitch_kept_%'"
    ).fetchall()
    assert [types for statement, types in kept if "id = $1" in statement] == ["{integer}"]


def test_writes_with_integer_constants_run_again_through_kept_statements(
    twin_executor: LibpqExecutor, through_proxy: LibpqExecutor
) -> None:
    script = [
        "BEGIN",
        *(f"UPDATE accounts SET loyalty = loyalty + {n} WHERE id = {1 + n % 3}" for n in range(9)),
        "UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 99",
        "SELECT id, loyalty FROM accounts WHERE id < 5 ORDER BY id",
        "ROLLBACK",
    ]

    def answers(executor: LibpqExecutor) -> list[tuple]:
        out = []
        for sql in script:
            result = executor.pgconn.exec_(sql.encode())
            rows = [
                tuple(result.get_value(r, c) for c in range(result.nfields))
                for r in range(result.ntuples)
            ]
            out.append((result.status, result.command_status, rows))
        return out

    assert answers(through_proxy) == answers(twin_executor)


WHOLE_ROWS = [
    "SELECT a FROM accounts a WHERE a.id = 1",
    "SELECT a.id, a AS whole, a.loyalty FROM accounts a ORDER BY a.id",
    "SELECT accounts FROM accounts ORDER BY id",
    "SELECT b, b.paid FROM bills b JOIN accounts a ON a.id = b.account_id ORDER BY b.id",
    "SELECT a FROM accounts a WHERE a.id = 1 UNION ALL SELECT b FROM accounts b WHERE b.id = 2",
    # Run in a transaction rolled back after.
    "UPDATE accounts a SET loyalty = 3 WHERE a.id = 1 RETURNING a, a.loyalty",
    "INSERT INTO bills (id, account_id, amount) VALUES (70, 1, 2) RETURNING bills AS created",
    "DELETE FROM bills WHERE id = 9 RETURNING bills",
]
# Several statements go in one Query: the simple protocol only.
WHOLE_ROW_CASES = [
    pytest.param(sql, protocol, id=f"{sql}-{protocol}")
    for sql in WHOLE_ROWS
    for protocol in ("simple", "extended", "prepared")
] + [
    pytest.param(
        "SELECT a FROM accounts a WHERE a.id = 2; SELECT (1, 'x') AS r; SELECT b FROM bills b",
        "simple",
        id="several-statements",
    )
]


@pytest.mark.parametrize(("sql", "protocol"), WHOLE_ROW_CASES)
def test_whole_rows_are_described_with_the_table_row_type(
    sql: str,
    protocol: str,
    twin_answers: TwinAnswers,
    through_proxy: LibpqExecutor,
    differential_dbs: DifferentialDatabases,
) -> None:
    """A whole row of a table with shadow columns that a statement outputs is described with
    the table's row type, as with real columns, not as `record`; other runs of the same
    statement (kept prepared by pgstitch) too. The description of a prepared statement, which
    comes before the client chose text or binary, stays `record` (see the test below)."""
    entry = CorpusEntry("whole row", sql)
    want = twin_answers.run(sql, (), protocol)
    assert want.outcomes and not want.outcomes[0].sqlstate
    for _ in range(1 if protocol == "prepared" else 8):
        got = through_proxy.run(sql, (), protocol)
        problems = compare(entry, Execution(want.outcomes), Execution(got.outcomes))
        problems += compare(entry, want, got, differential_dbs.row_types)
        assert not problems, "\n".join(problems)


def test_a_genuine_record_of_the_same_name_in_another_statement_stays_a_record(
    twin_answers: TwinAnswers,
    through_proxy: LibpqExecutor,
    differential_dbs: DifferentialDatabases,
) -> None:
    """Descriptions are matched to the Query, not to its statements: a whole row is left a
    `record` when another statement outputs a column of its name, which may be a genuine one."""
    sql = "SELECT a FROM accounts a WHERE a.id = 2; SELECT (1, 'x') AS a"
    want, got = twin_answers.run(sql, (), "simple"), through_proxy.run(sql)
    assert got.outcomes[1].columns == want.outcomes[1].columns
    assert not compare(CorpusEntry("same names", sql), want, got, differential_dbs.row_types)


def test_a_prepared_statement_describes_whole_rows_as_record_to_binary_clients(
    proxy_on_shadow: ProxyProcess, differential_dbs: DifferentialDatabases
) -> None:
    """asyncpg reads rows in binary and describes a prepared statement before it chooses the
    formats: it keeps getting a `record` it can decode by itself (the catalog's row type lacks
    the shadow columns)."""

    async def answer() -> list:
        params = conninfo_to_dict(_through(proxy_on_shadow, differential_dbs.shadow))
        conn = await asyncpg.connect(
            host=params["host"],
            port=int(params["port"]),
            user=params.get("user"),
            database=params["dbname"],
            ssl=False,
        )
        try:
            statement = await conn.prepare("SELECT b FROM bills b WHERE b.id = 1")
            attribute = statement.get_attributes()[0]
            rows = await statement.fetch()
            return [attribute.type.oid, [tuple(row["b"]) for row in rows]]
        finally:
            await conn.close()

    oid, rows = asyncio.run(answer())
    assert oid == 2249
    assert len(rows) == 1 and rows[0][0] == 1


def test_the_generic_session_plans_generically(through_proxy_generic: LibpqExecutor) -> None:
    mode = through_proxy_generic.conn.execute("SHOW plan_cache_mode").fetchone()
    assert mode == ("force_generic_plan",)
