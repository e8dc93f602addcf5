"""The write scenarios through `pgstitch serve`, with each store: the same answers and the same
final rows as a twin database where the shadow columns are real.

The rewriter's own scenario tests (tests/rewrite/test_writes.py) execute rewritten SQL directly;
these send the statements through the proxy process, which stages writes and hands them to the
redis and memory stores after each transaction, or parks them in `pgstitch.parked`.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import asyncpg
import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from shadow.store.redis import RedisStore
from tests.helpers.proxy_process import ProxyProcess, serving, start_proxy
from tests.helpers.waiting import wait_until
from tests.proxy.test_differential_reads import _config
from tests.rewrite.conftest import (
    CORPUS_DIR,
    PARKED,
    SCENARIO_ROLE,
    SHADOW_COLUMNS,
    TABLES,
    DifferentialDatabases,
    _primary_key,
    restore_rows,
)
from tests.rewrite.conftest import differential_dbs as differential_dbs
from tests.rewrite.differential import (
    Execution,
    LibpqExecutor,
    check_final_rows,
    check_steps,
    load_scenarios,
)
from tests.rewrite.generated_writes import scenario as generated_scenario

REDIS_URL = "redis://127.0.0.1:6379/0"
STORES = ("postgres", "redis", "memory")
PROTOCOLS = ("simple", "extended")
# The rewriter's scenario of a column in the middle of landing: through a proxy, landing is
# the sync sidecar's business (tests/e2e), not a state a configuration file can declare.
SCENARIOS = [s for s in load_scenarios(CORPUS_DIR / "writes.sql") if "landing" not in s.name]
# And generated ones (tests/rewrite/generated_writes.py); `PGSTITCH_GENERATED_WRITES_PROXY=N`
# runs N of them.
SCENARIOS += [
    generated_scenario(seed)
    for seed in range(int(os.environ.get("PGSTITCH_GENERATED_WRITES_PROXY", "6")))
]


class ThroughProxy:
    """A client session through the proxy, and how to put the store back between scenarios."""

    def __init__(
        self, proxy: ProxyProcess, store: str, dbs: DifferentialDatabases, args: tuple[str, ...]
    ) -> None:
        self.proxy = proxy
        self.store = store
        self.dbs = dbs
        self.args = args
        self.dsn = _through(proxy, dbs.shadow)
        self.executor = LibpqExecutor(self.dsn)
        # The shadow database itself, not through pgstitch: where rows are put back.
        self.direct = psycopg.connect(dbs.shadow, autocommit=True)
        # The writes that put the twin's values back (the same after every reset).
        self._values_sql: str | None = None

    def restart(self) -> None:
        """Kill pgstitch (no shutdown to finish anything, an open transaction is lost) and
        start it again with the same arguments; the session reconnects. The memory store keeps
        nothing by design: there the process is left running and only the session is new."""
        self.executor.close()
        if self.store != "memory":
            self.proxy.process.kill()
            self.proxy.wait(timeout=10)
            self.proxy = start_proxy(self.dbs.shadow, *self.args)
            self.dsn = _through(self.proxy, self.dbs.shadow)
        self.executor = LibpqExecutor(self.dsn)

    def reset(self, twin: LibpqExecutor) -> None:
        """Rows as corpus/data.sql has them; parked values as PARKED has them."""
        self.executor.conn.execute("ROLLBACK")
        self.executor.conn.execute("RESET ALL; RESET ROLE")
        if self.store != "postgres":
            # Outside the database, values are put back by writing through the proxy,
            # which hands them to the store like any client's writes: deleting every row
            # drops every value a scenario parked (also for keys the rows no longer have),
            # then the twin's values are written to the restored rows.
            self.executor.conn.execute(
                "; ".join(f"DELETE FROM {table}" for table in reversed(TABLES))
            )
            restore_rows(self.direct)
            if self._values_sql is None:
                # Triggers off (replica role), as restore_rows loads rows: the writes must
                # not change the rows just restored. One string, one transaction: the store
                # takes the values in one hand-over.
                statements = _rewrite_every_value(twin.conn)
                self._values_sql = "; ".join(
                    [
                        "SET session_replication_role = replica",
                        *statements,
                        "RESET session_replication_role",
                    ]
                )
            self.executor.conn.execute(self._values_sql)
        else:
            restore_rows(self.direct)


def _assert_same(
    twin: LibpqExecutor,
    shadow: ThroughProxy,
    texts: tuple[str, str],
    params: Sequence[str | None],
    protocol: str,
    *fields: str,
) -> None:
    """Run one step in the twin's session and in pgstitch's, in their own transaction state
    (`texts`: the twin's text and pgstitch's), and compare the `fields` of every outcome."""
    want = twin.run(texts[0], params, protocol, isolated=False)
    got = shadow.executor.run(texts[1], params, protocol, isolated=False)

    def picked(execution: Execution) -> list[tuple]:
        return [tuple(getattr(o, f) for f in fields) for o in execution.outcomes]

    assert picked(got) == picked(want), texts[1]


def _rewrite_every_value(twin: psycopg.Connection) -> list[str]:
    """One UPDATE per table setting every served column of every row to the twin's value."""
    statements = []
    by_table: dict[tuple[str, str], list] = {}
    for column in SHADOW_COLUMNS:
        by_table.setdefault((column.schema, column.table), []).append(column)
    for (schema, table), columns in by_table.items():
        name = f'{schema}."{table}"'
        keys = _primary_key(twin, schema, table)
        if not keys:
            continue  # nothing can be parked for a table without a primary key
        key_sql = ", ".join(f'"{k}"' for k in keys)
        names = [f'"{c.column}"' for c in columns]
        rows = twin.execute(
            f"SELECT ROW({key_sql})::text, {', '.join(f'{n}::text' for n in names)} FROM {name}"
        ).fetchall()
        if not rows:
            continue
        values = ", ".join(
            "(" + ", ".join("NULL" if v is None else _literal(v) for v in row) + ")" for row in rows
        )
        sets = ", ".join(
            f"{n} = v.c{i}::{c.type}" for i, (n, c) in enumerate(zip(names, columns, strict=True))
        )
        aliases = ", ".join(f"c{i}" for i in range(len(columns)))
        statements.append(
            f"UPDATE {name} AS t SET {sets} FROM (VALUES {values}) AS v(k, {aliases})"
            f" WHERE ROW({', '.join(f't.{k}' for k in key_sql.split(', '))})::text = v.k"
        )
    return statements


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _through(proxy: ProxyProcess, conninfo: str) -> str:
    params = conninfo_to_dict(conninfo)
    params.update(host=proxy.endpoint.host, port=str(proxy.endpoint.port), sslmode="disable")
    return make_conninfo(**params)


async def _seed_redis(url: str) -> None:
    store = RedisStore(url)
    try:
        await store.write_parked(park={table: rows for table, rows in PARKED.items()})
    finally:
        await store.close()


async def _forget_redis(url: str, prefix: str) -> None:
    store = RedisStore(url)
    try:
        client = store._client
        async for key in client.scan_iter(match=prefix + "*"):
            await client.delete(key)
    finally:
        await store.close()


@pytest.fixture(scope="module", params=STORES)
def shadow(
    request: pytest.FixtureRequest,
    differential_dbs: DifferentialDatabases,
    tmp_path_factory: pytest.TempPathFactory,
    twin: LibpqExecutor,
) -> Iterator[ThroughProxy]:
    """pgstitch serving the shadow database with one store; rows and values are put back when
    the module is done with it (each test puts them back first)."""
    store = request.param
    directory = tmp_path_factory.mktemp(f"writes-{store}")
    config = _config(Path(directory) / "pgstitch.toml")
    store_arg = store
    prefix = f"pgstitch-test-{uuid.uuid4().hex[:8]}:"
    if store == "redis":
        store_arg = f"{REDIS_URL}?prefix={prefix}"
        asyncio.run(_seed_redis(store_arg))
    args = (directory, "--store", store_arg, "--config", str(config), "--no-sync")
    try:
        with serving(differential_dbs.shadow, *args) as proxy:
            session = ThroughProxy(proxy, store, differential_dbs, args)
            try:
                yield session
                _reset(twin, session)
            finally:
                session.executor.close()
                session.direct.close()
                if session.proxy is not proxy:  # restarted: stop the last one too
                    session.proxy.stop()
                    session.proxy.assert_no_traceback()
    finally:
        if store == "redis":
            asyncio.run(_forget_redis(REDIS_URL, prefix))


@pytest.fixture(scope="module")
def twin(differential_dbs: DifferentialDatabases) -> Iterator[LibpqExecutor]:
    executor = LibpqExecutor(differential_dbs.twin)
    yield executor
    executor.close()


def _reset(twin: LibpqExecutor, shadow: ThroughProxy) -> None:
    twin.conn.execute("ROLLBACK")
    # Settings a scenario made (TimeZone, search_path, the role).
    twin.conn.execute("RESET ALL; RESET ROLE")
    restore_rows(twin.conn)
    shadow.reset(twin)


def protocols_for(position: int, store: str) -> tuple[str, ...]:
    """The protocols a scenario runs in through the proxy with a store: one, taking turns by
    scenario and store, so that each scenario meets both protocols across the stores and each
    store meets both across the scenarios (the rewriter-level scenarios run both protocols with
    values in `pgstitch.parked`); `PGSTITCH_WRITES_PROXY_PROTOCOLS=all` runs both everywhere."""
    if os.environ.get("PGSTITCH_WRITES_PROXY_PROTOCOLS") == "all":
        return PROTOCOLS
    return (PROTOCOLS[(position + STORES.index(store)) % len(PROTOCOLS)],)


@pytest.mark.parametrize(
    ("position", "scenario"), list(enumerate(SCENARIOS)), ids=[s.name for s in SCENARIOS]
)
def test_scenario_through_pgstitch_matches_the_twin(
    position: int,
    scenario,
    twin: LibpqExecutor,
    shadow: ThroughProxy,
    differential_dbs: DifferentialDatabases,
) -> None:
    for protocol in protocols_for(position, shadow.store):
        _run_scenario(scenario, protocol, twin, shadow, differential_dbs)


def _run_scenario(
    scenario,
    protocol: str,
    twin: LibpqExecutor,
    shadow: ThroughProxy,
    differential_dbs: DifferentialDatabases,
) -> None:
    _reset(twin, shadow)
    try:
        row_types = differential_dbs.row_types

        def through_proxy(step, used: str):  # type: ignore[no-untyped-def]
            return shadow.executor.run(step.sql, step.params, used, isolated=False)

        check_steps(scenario, protocol, twin, through_proxy, row_types, shadow.restart)
        twin.conn.execute("ROLLBACK")
        shadow.executor.conn.execute("ROLLBACK")
        check_final_rows(TABLES, twin, shadow.executor, row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def test_repeated_writes_run_as_kept_statements_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """Each store's rewritten writes are kept prepared (their text names the session's tables,
    not values) and stay right when run again and again, in and outside transactions."""
    _reset(twin, shadow)
    try:
        shadow.executor.conn.execute("DEALLOCATE ALL")
        script = [
            *(
                (f"UPDATE accounts SET loyalty = loyalty + {n} WHERE id = {1 + n % 3}", ())
                for n in range(8)
            ),
            *(
                ("UPDATE accounts SET loyalty = loyalty * 2 WHERE id = $1", (str(1 + n % 2),))
                for n in range(8)
            ),
            ("BEGIN", ()),
            *((f"UPDATE accounts SET loyalty = loyalty - {n} WHERE id = 2", ()) for n in range(3)),
            ("ROLLBACK", ()),
            ("BEGIN", ()),
            *(("UPDATE accounts SET loyalty = loyalty + 5 WHERE id = $1", ("3",)),) * 3,
            ("COMMIT", ()),
        ]
        for sql, params in script:
            protocol = "extended" if params else "simple"
            _assert_same(twin, shadow, (sql, sql), params, protocol, "tag")
        kept = shadow.executor.conn.execute(
            "SELECT statement, parameter_types::text FROM pg_prepared_statements"
            " WHERE name LIKE 'pgstitch_kept_%'"
        ).fetchall()
        assert {types for _, types in kept} >= {"{integer}"}
        assert any("$1" in statement for statement, _ in kept)
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


@pytest.mark.parametrize("protocol", ["extended", "prepared"])
def test_search_path_set_from_parameters_is_followed_with_every_store(
    protocol: str,
    twin: LibpqExecutor,
    shadow: ThroughProxy,
    differential_dbs: DifferentialDatabases,
) -> None:
    """`set_config('search_path', $1, …)` (as PostgREST sets it on every request), in the
    unnamed statement or in a named one: the path its Bind gives resolves the statements after
    it, for the transaction (is_local) or the session, as Postgres resolves them."""
    _reset(twin, shadow)
    local = "SELECT set_config('search_path', $1, true), set_config('application_name', $2, true)"
    session = "SELECT set_config('search_path', $1, $2)"
    try:
        script = [
            ("BEGIN", ()),
            (local, ("sales, public", "app")),
            ("UPDATE accounts SET score = score + 1 WHERE id = 1 RETURNING id, score", ()),
            ("SELECT id, score FROM accounts ORDER BY id", ()),
            ("COMMIT", ()),
            ("UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING id, loyalty", ()),
            (session, ("sales", "false")),
            ("SELECT id, score FROM accounts ORDER BY id", ()),
            ("BEGIN", ()),
            (session, ("public", "false")),
            ("UPDATE accounts SET tier = 'back' WHERE id = 2 RETURNING id, tier", ()),
            ("ROLLBACK", ()),
            ("SELECT id, score FROM accounts ORDER BY id", ()),
            (session, (None, "false")),
            ("SELECT id, loyalty, tier FROM accounts ORDER BY id", ()),
        ]
        for sql, params in script:
            used = protocol if params else "simple"
            _assert_same(twin, shadow, (sql, sql), params, used, "sqlstate", "rows")
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one
        shadow.executor.conn.execute("RESET search_path")


def _alter_through_pgstitch(shadow: ThroughProxy, sql: str) -> bool:
    """Run `sql` in a session of its own through pgstitch; whether the proxy then read the
    catalog again within 10 s."""
    reloads = shadow.proxy.stderr().count("live catalog reloaded")
    with psycopg.connect(shadow.dsn, autocommit=True) as through:
        through.execute(sql)
    return wait_until(
        lambda: shadow.proxy.stderr().count("live catalog reloaded") > reloads, timeout=10
    )


def test_sessions_start_from_the_search_path_default_of_their_database(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """`ALTER DATABASE … SET search_path` sent through pgstitch: once the catalog is read
    again, a session whose startup packet gives no path starts with the database's, and RESET
    returns to it, as in Postgres (the twin's session is given the same path, and a SET where
    RESET returns to it: its session began before). The restart of the durable stores checks the
    path read at start too; the memory store's process is kept."""
    _reset(twin, shadow)
    database = conninfo_to_dict(differential_dbs.shadow)["dbname"]
    try:
        assert _alter_through_pgstitch(
            shadow, f'ALTER DATABASE "{database}" SET search_path = sales, public'
        )
        shadow.restart()
        twin.conn.execute("SET search_path = sales, public")
        script = [
            "UPDATE accounts SET score = score + 1 WHERE id = 1 RETURNING id, score",
            "INSERT INTO accounts (id, region) VALUES (40, 'default path') RETURNING *",
            "SELECT id, region, score FROM accounts ORDER BY id",
            "SET search_path = public",
            "UPDATE accounts SET loyalty = 5 WHERE id = 1 RETURNING id, loyalty",
            "RESET search_path",
            "SELECT id, score FROM accounts ORDER BY id",
        ]
        for sql in script:
            as_reset = "SET search_path = sales, public" if sql.startswith("RESET") else sql
            _assert_same(twin, shadow, (as_reset, sql), (), "simple", "sqlstate", "rows")
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        # Through pgstitch too, so that the memory store's process, kept at restart, reads the
        # catalog again before the next test's sessions start.
        _alter_through_pgstitch(shadow, f'ALTER DATABASE "{database}" RESET search_path')
        twin.conn.execute("ROLLBACK")
        twin.conn.execute("RESET search_path")
        shadow.restart()


def test_repeated_writes_in_with_stay_right_as_kept_statements_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """An UPDATE or INSERT in WITH, run again and again (kept prepared, then sent by its
    shape), returns what a real column gives and parks each value, in and outside
    transactions."""
    _reset(twin, shadow)
    try:
        shadow.executor.conn.execute("DEALLOCATE ALL")
        update = (
            "WITH u AS (UPDATE accounts SET loyalty = loyalty + {n} WHERE id = {id}"
            " RETURNING loyalty) SELECT loyalty, (SELECT loyalty FROM accounts WHERE id = {id})"
            " AS before FROM u"
        )
        script = [
            *((update.format(n=n, id=1 + n % 3), ()) for n in range(6)),
            *(
                (
                    "WITH u AS (UPDATE accounts SET tier = $1 WHERE id = $2 RETURNING tier)"
                    " SELECT tier FROM u",
                    (f"t{n}", str(1 + n % 2)),
                )
                for n in range(6)
            ),
            ("BEGIN", ()),
            *((update.format(n=n, id=2), ()) for n in range(3)),
            ("ROLLBACK", ()),
            *(
                (
                    f"WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES ({200 + n},"
                    f" 'k', {n}) RETURNING id, loyalty) SELECT * FROM a",
                    (),
                )
                for n in range(6)
            ),
        ]
        for sql, params in script:
            protocol = "extended" if params else "simple"
            _assert_same(twin, shadow, (sql, sql), params, protocol, "tag", "rows")
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def test_kept_reads_see_what_other_sessions_commit_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy
) -> None:
    """A simple-protocol read run again and again (kept prepared, then sent by its shape
    without rewriting) sees each value another session commits, with each store: with memory
    and redis the session's copy is brought up to date before the statement."""
    _reset(twin, shadow)
    reader = shadow.executor
    try:
        with psycopg.connect(shadow.dsn, autocommit=True) as writer:
            for n in range(1, 9):
                written = 1 + n % 2
                writer.execute(f"UPDATE accounts SET loyalty = {100 + n} WHERE id = {written}")
                for id_ in (1, 2):
                    sql = f"SELECT loyalty FROM accounts WHERE id = {id_}"
                    (outcome,) = reader.run(sql, (), "simple", isolated=False).outcomes
                    want = writer.execute(sql).fetchone()[0]
                    assert outcome.rows == ((str(want).encode(),),), (n, id_)
                    if id_ == written:
                        assert want == 100 + n
        kept = reader.conn.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'pgstitch_kept_%'"
            " AND statement LIKE '%id = $1%'"
        ).fetchone()[0]
        assert kept >= 1
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


@pytest.mark.parametrize("protocol", ["simple", "extended"])
def test_repeated_writes_are_seen_by_other_sessions_once_committed_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, protocol: str
) -> None:
    """A write run again and again (kept prepared, then sent by its shape or its Parse's bytes
    without rewriting) is handed to every store at its commit: another session reads each
    value right after it."""
    _reset(twin, shadow)
    writer = shadow.executor
    try:
        with psycopg.connect(shadow.dsn, autocommit=True) as reader:
            for n in range(8):
                value = 300 + n
                if protocol == "simple":
                    sql, params = f"UPDATE accounts SET loyalty = {value} WHERE id = 2", ()
                else:
                    sql, params = "UPDATE accounts SET loyalty = $1 WHERE id = 2", (str(value),)
                (outcome,) = writer.run(sql, params, protocol, isolated=False).outcomes
                assert outcome.tag == "UPDATE 1"
                got = reader.execute("SELECT loyalty FROM accounts WHERE id = 2").fetchone()
                assert got == (value,), n
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def _error_names(dsn: str, sql: str) -> tuple:
    """SQLSTATE, message and the names an error of `sql` carries, the statement rolled back."""
    with psycopg.connect(dsn) as conn:
        try:
            conn.execute(sql)
        except psycopg.Error as exc:
            d = exc.diag
            return (
                exc.sqlstate,
                d.message_primary,
                d.context,
                d.schema_name,
                d.table_name,
                d.column_name,
                d.constraint_name,
            )
        finally:
            conn.rollback()
    raise AssertionError(f"{sql!r} did not fail")


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO orders (item, qty, note) VALUES ('x', 0, 'n')",
        "INSERT INTO orders (item, note, qty) VALUES ('x', 'n', NULL)",
        "INSERT INTO orders (item, note) VALUES ('x', NULL)",
        "INSERT INTO orders (item, note, code) VALUES ('x', 'n', 'too long')",
        "INSERT INTO gadgets (id, name, units) VALUES (90, 'x', 0)",
        "UPDATE gadgets SET tag4 = 'abcde' WHERE id = 1",
        "UPDATE gadgets SET units = units - 5 WHERE id = 1",
        "UPDATE gadgets SET tag4 = 'bad ' WHERE id = 1",
        "UPDATE gadgets SET doc = doc || '{\"bad\": 1}' WHERE id = 1",
        "UPDATE hunt_w_members SET hi = -1 WHERE id = 1",
        "INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (90, 'z@x', 5, 4)",
    ],
)
def test_constraint_errors_carry_the_names_a_real_column_gives(
    sql: str, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """NOT NULL and CHECK failures name schema, table, column or constraint as Postgres does,
    without a CONTEXT line of pgstitch's helper (drivers and ORMs read those fields)."""
    assert _error_names(shadow.dsn, sql) == _error_names(differential_dbs.twin, sql)


def test_writes_reach_other_sessions_only_at_commit_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy
) -> None:
    """Another session sees a transaction's shadow writes (UPDATE, INSERT, DELETE, upsert)
    only once it commits, never those rolled back (whole or to a savepoint)."""
    _reset(twin, shadow)
    query = "SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2, 8, 950) ORDER BY id"
    try:
        with (
            psycopg.connect(shadow.dsn) as writer,
            psycopg.connect(shadow.dsn, autocommit=True) as reader,
        ):
            before = reader.execute(query).fetchall()
            writer.execute("UPDATE accounts SET loyalty = 500, tier = 'w' WHERE id = 1")
            writer.execute("INSERT INTO accounts (id, name, tier) VALUES (950, 'n', 'new')")
            writer.execute("DELETE FROM accounts WHERE id = 8")
            writer.execute("SAVEPOINT s")
            writer.execute("UPDATE accounts SET tier = 'rolled back' WHERE id = 2")
            writer.execute("ROLLBACK TO SAVEPOINT s")
            writer.execute(
                "INSERT INTO accounts (id, name, loyalty) VALUES (2, 'b', 7)"
                " ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty"
            )
            inside = writer.execute(query).fetchall()
            assert reader.execute(query).fetchall() == before
            writer.commit()
            assert reader.execute(query).fetchall() == inside
            assert inside == [(1, 500, "w"), (2, 7, "silver"), (950, 0, "new")]
            writer.execute("UPDATE accounts SET loyalty = 600 WHERE id = 1")
            writer.execute("DELETE FROM accounts WHERE id = 950")
            writer.rollback()
            assert reader.execute(query).fetchall() == inside
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def test_discard_temp_cannot_drop_writes_not_yet_stored(
    twin: LibpqExecutor, shadow: ThroughProxy
) -> None:
    """DISCARD TEMP in a transaction that wrote shadow columns would drop the writes the
    memory and redis stores stage in the session's tables before COMMIT hands them over: it
    is refused (0A000) and the transaction's writes stay; with the postgres store it runs."""
    _reset(twin, shadow)
    try:
        with psycopg.connect(shadow.dsn) as conn:
            conn.execute("UPDATE accounts SET loyalty = 93 WHERE id = 1")
            if shadow.store == "postgres":
                conn.execute("DISCARD TEMP")
            else:
                with pytest.raises(psycopg.errors.FeatureNotSupported, match="DISCARD"):
                    conn.execute("DISCARD TEMP")
                conn.rollback()
                conn.execute("UPDATE accounts SET loyalty = 93 WHERE id = 1")
                with pytest.raises(psycopg.errors.FeatureNotSupported, match="DISCARD"):
                    conn.execute("SELECT 1; DISCARD TEMP")
                conn.rollback()
                conn.execute("UPDATE accounts SET loyalty = 93 WHERE id = 1")
            conn.commit()
            conn.execute("DISCARD TEMP")
            conn.commit()
        with psycopg.connect(shadow.dsn, autocommit=True) as reader:
            got = reader.execute("SELECT loyalty FROM accounts WHERE id = 1").fetchone()
            assert got == (93,)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def _temp_buffers_first(dsn: str) -> list:
    """A new session sets temp_buffers before anything else (Postgres lets it only before the
    session's first temporary table), as Rails does with `variables:`, then writes and reads
    shadow columns."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET SESSION temp_buffers TO '16MB'; SELECT 1")  # a plain Query
        conn.execute("UPDATE accounts SET loyalty = 94 WHERE id = 1")
        return [
            *conn.execute("SHOW temp_buffers").fetchall(),
            *conn.execute("SELECT id, loyalty FROM accounts WHERE id = 1").fetchall(),
        ]


def test_temp_buffers_can_be_set_before_the_first_shadow_statement_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """The memory and redis stores' session tables are made before the first Query that may
    use them, not before a plain one: a session setting temp_buffers first (it fails with
    22023 once a temporary table was used) runs as without pgstitch."""
    _reset(twin, shadow)
    try:
        want = _temp_buffers_first(differential_dbs.twin)
        assert _temp_buffers_first(shadow.dsn) == want
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def _role_from_connection(dsn: str) -> list:
    """A session whose connection sets the role (and "$user" first in search_path) writes
    the table of the schema named after it, then after SET ROLE NONE public.accounts, then
    again after RESET ROLE."""
    options = f"-c role={SCENARIO_ROLE} -c search_path=$user,public"
    with psycopg.connect(dsn, autocommit=True, options=options) as conn:
        out = sorted(conn.execute("UPDATE accounts SET grade = grade + 1 RETURNING id, grade"))
        conn.execute("SET ROLE NONE")
        out += conn.execute("SELECT current_user")
        out += conn.execute("UPDATE accounts SET loyalty = 96 WHERE id = 1 RETURNING loyalty")
        conn.execute("RESET ROLE")
        out += conn.execute("SELECT current_user")
        out += conn.execute("INSERT INTO accounts (id, name) VALUES (7, 'x') RETURNING grade")
        return out


def test_a_role_the_connection_sets_resolves_user_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """`-c role=…` in the connection's options makes that role current from the start:
    "$user" in search_path stands for it, and RESET ROLE returns to it, as in Postgres."""
    _reset(twin, shadow)
    try:
        want = _role_from_connection(differential_dbs.twin)
        assert _role_from_connection(shadow.dsn) == want
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def _read_only_session(dsn: str) -> list:
    """A session whose transactions are read-only by default reads shadow columns, fails to
    write them (25006), and reads them again."""
    out = []
    with psycopg.connect(dsn, autocommit=True, options="-c default_transaction_read_only=on") as c:
        out += c.execute("SELECT id, loyalty, tier FROM accounts ORDER BY id").fetchall()
        try:
            c.execute("UPDATE accounts SET loyalty = 95 WHERE id = 1")
        except psycopg.errors.ReadOnlySqlTransaction as exc:
            out.append(exc.sqlstate)
        out += c.execute("SELECT loyalty FROM accounts WHERE id = 1").fetchall()
        out += c.execute("SELECT to_regclass('pg_temp.pgstitch_store') IS NOT NULL").fetchall()
    return out


def test_read_only_sessions_have_their_tables_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """A session read-only by default reads and fails to write as without pgstitch; the
    memory and redis stores make its tables all the same (temporary objects are writable in
    a read-only transaction, their DDL is not), instead of trying again before every
    statement."""
    _reset(twin, shadow)
    try:
        want = _read_only_session(differential_dbs.twin)
        got = _read_only_session(shadow.dsn)
        made = shadow.store != "postgres"
        assert got[:-1] == want[:-1]
        assert got[-1] == (made,)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


def _pipeline_outcome(dsn: str) -> list:
    """Shadow writes and a failing statement in one pipeline (one implicit transaction, in
    the extended protocol), then the same after a sync point; the rows left."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        try:
            with conn.pipeline():
                conn.execute("UPDATE accounts SET loyalty = 31, tier = 'p' WHERE id = 1")
                conn.execute("INSERT INTO accounts (id, name, tier) VALUES (980, 'p', 'p')")
                conn.execute("INSERT INTO orders (id, item, note, qty) VALUES (1, 'x', 'n', 0)")
        except psycopg.errors.CheckViolation:
            pass
        with conn.pipeline() as pipeline:
            conn.execute("UPDATE accounts SET loyalty = 32 WHERE id = 2")
            pipeline.sync()
            conn.execute("UPDATE accounts SET tier = 'q' WHERE id = 2")
        return conn.execute(
            "SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2, 980) ORDER BY id"
        ).fetchall()


def test_pipelined_writes_fail_together_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """Statements pipelined without a Sync between them are one implicit transaction: one
    failing takes the others' shadow writes with it; a sync point keeps what came before."""
    _reset(twin, shadow)
    try:
        assert _pipeline_outcome(shadow.dsn) == _pipeline_outcome(differential_dbs.twin)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


_DESCRIBED_WRITES = (
    "UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $3 RETURNING loyalty, tier, mood",
    "UPDATE accounts SET loyalty = loyalty + $1 WHERE tier = $2 AND $3 = ANY (labels)",
    "INSERT INTO accounts (id, name, loyalty, mood, labels) VALUES ($1, $2, $3, $4, $5)"
    " RETURNING *",
    "INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id)"
    " DO UPDATE SET loyalty = accounts.loyalty + $4 WHERE accounts.tier <> $5 RETURNING id",
    "INSERT INTO accounts (id, name, tier) SELECT $1, $2, $3 RETURNING tier",
    "INSERT INTO line_items VALUES ($1, $2, $3, $4, $5) RETURNING discount",
    "DELETE FROM accounts WHERE loyalty > $1 AND mood = $2 RETURNING labels",
    "UPDATE hunt_w_members SET lo = $1, hi = $2 WHERE email = $3 RETURNING points",
    "INSERT INTO hunt_w_members (id, email, points) VALUES ($1, $2, $3)"
    " ON CONFLICT (email) DO UPDATE SET points = excluded.points + $4",
    "WITH u AS (UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $3 RETURNING *)"
    " SELECT id, loyalty, mood, labels FROM u",
    "WITH a AS (INSERT INTO accounts (id, name, loyalty, mood) VALUES ($1, $2, $3, $4)"
    " RETURNING id, loyalty, mood) SELECT * FROM a WHERE loyalty > $5",
    "INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3), ($4, $5, $6)",
    "UPDATE accounts SET (loyalty, tier) = ($1, $2) WHERE id = $3",
    "UPDATE accounts SET (loyalty, tier) = (SELECT $1::integer, $2) WHERE id = $3",
    "INSERT INTO accounts (id, name) VALUES ($1, $2) ON CONFLICT (id)"
    " DO UPDATE SET (loyalty, tier, name) = ($3, $4, $5)",
    "UPDATE accounts SET loyalty = DEFAULT, tier = $1, mood = $2 WHERE id = $3 RETURNING labels",
    "UPDATE accounts SET id = $1, loyalty = $2 WHERE id = $3 RETURNING tier",
    "UPDATE accounts SET loyalty = $1 + 1, tier = $2 || 'x' WHERE id = $3",
    "UPDATE accounts SET loyalty = coalesce($1, loyalty), labels = array_append(labels, $2)",
    "UPDATE accounts SET loyalty = CASE WHEN $1 THEN 1 ELSE 2 END WHERE loyalty = ANY ($2)",
    "INSERT INTO accounts (id, name, tier) VALUES ($1, $2, $3) ON CONFLICT (id)"
    " DO UPDATE SET tier = EXCLUDED.tier || $4, loyalty = $5",
    "INSERT INTO accounts (id, name, loyalty) SELECT $1, $2, $3 WHERE $4 ON CONFLICT DO NOTHING",
    "INSERT INTO bills (id, account_id, amount, due, paid) VALUES ($1, $2, $3, $4, $5)",
    "INSERT INTO hunt_w6_nums (n, label, rank) VALUES ($1, $2, $3) ON CONFLICT (n)"
    " DO UPDATE SET n = EXCLUDED.n, rank = $4",
    "INSERT INTO hunt_w6_blobs (id, rank) VALUES ($1, $2) RETURNING id, rank",
    "INSERT INTO hunt_w6_ids (label, rank) OVERRIDING SYSTEM VALUE VALUES ($1, $2) RETURNING id",
    "INSERT INTO hunt_w6_ids (id, label, rank) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3)",
    "DELETE FROM accounts WHERE tier = $1 OR loyalty = $2 RETURNING loyalty, mood",
    "UPDATE orders SET qty = $1, code = $2, note = $3 WHERE id = $4",
)


def _describe(dsn: str, sql: str) -> tuple:
    with psycopg.connect(dsn, autocommit=True) as conn:
        pgconn = conn.pgconn
        result = pgconn.prepare(b"pgstitch_describe_test", sql.encode())
        if result.status != psycopg.pq.ExecStatus.COMMAND_OK:
            return ("error", result.error_field(psycopg.pq.DiagnosticField.SQLSTATE))
        described = pgconn.describe_prepared(b"pgstitch_describe_test")
        params = tuple(described.param_type(i) for i in range(described.nparams))
        columns = tuple(
            (described.fname(i), described.ftype(i), described.fmod(i))
            for i in range(described.nfields)
        )
        user_types = {
            oid: conn.execute("SELECT format_type(%s::oid, NULL)", (oid,)).fetchone()[0]
            for oid in params + tuple(c[1] for c in columns)
            if oid >= 16384
        }
        return (
            tuple(user_types.get(p, p) for p in params),
            tuple((n, user_types.get(t, t), m) for n, t, m in columns),
        )


@pytest.mark.parametrize("sql", _DESCRIBED_WRITES)
def test_prepared_writes_describe_their_parameters_as_real_columns_do(
    sql: str, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """Drivers that prepare (asyncpg, JDBC) encode parameters by the types a Describe gives:
    a parameter assigned or compared to a shadow column has the column's type."""
    assert _describe(shadow.dsn, sql) == _describe(differential_dbs.twin, sql)


_ASYNCPG_WRITES = (
    (
        "WITH u AS (UPDATE accounts SET loyalty = $1, mood = $2, labels = $3 WHERE id = $4"
        " RETURNING *) SELECT id, loyalty, mood, labels FROM u",
        (7, "sad", ["x", "y"], 1),
    ),
    (
        "WITH a AS (INSERT INTO accounts (id, name, loyalty, labels) VALUES ($1, $2, $3, $4)"
        " RETURNING id, loyalty, mood, labels) SELECT * FROM a",
        (77, "apg", 3, None),
    ),
    (
        "INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest($1::int[], $2::text[],"
        " $3::int[]) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty"
        " RETURNING id, loyalty",
        ([2, 78], ["b", "c"], [20, 30]),
    ),
    ("UPDATE line_items SET discount = $1 WHERE order_id = $2 RETURNING *", (1.25, 1)),
    (
        "INSERT INTO visits (visitor, at, kind) VALUES ($1, $2, $3) RETURNING visitor, at, kind",
        (
            uuid.UUID("00000000-0000-0000-0000-0000000000ab"),
            datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
            "apg",
        ),
    ),
)


def test_asyncpg_writes_match_the_twin_with_every_store(
    twin: LibpqExecutor, shadow: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    """asyncpg prepares every statement, takes parameter types from Describe and reads results
    in binary: writes in WITH, bulk inserts of arrays and upserts give the rows a real column
    gives, and park the same values."""

    async def run(dsn: str) -> list:
        params = conninfo_to_dict(dsn)
        conn = await asyncpg.connect(
            host=params["host"],
            port=int(params["port"]),
            user=params["user"],
            database=params["dbname"],
            ssl=False,
        )
        try:
            out = []
            async with conn.transaction():
                for sql, args in _ASYNCPG_WRITES:
                    # Rows in the order of their text: RETURNING follows the physical order,
                    # which the twin and the shadow database need not share.
                    out.append(sorted((tuple(r) for r in await conn.fetch(sql, *args)), key=repr))
            return out
        finally:
            await conn.close()

    _reset(twin, shadow)
    try:
        assert asyncio.run(run(shadow.dsn)) == asyncio.run(run(differential_dbs.twin))
        check_final_rows(TABLES, twin, shadow.executor, differential_dbs.row_types)
    finally:
        twin.conn.execute("ROLLBACK")  # each test starts with _reset; the module ends with one


@pytest.mark.parametrize(
    ("string", "read", "want"),
    [
        (
            "BEGIN; UPDATE accounts SET loyalty = 77 WHERE id = 1; COMMIT;"
            " BEGIN; UPDATE accounts SET loyalty = 78 WHERE id = 1; SELECT 1 / 0",
            "SELECT loyalty::text FROM accounts WHERE id = 1",
            "77",
        ),
        (
            "BEGIN; UPDATE accounts SET tier = 'kept' WHERE id = 2; COMMIT; BEGIN",
            "SELECT tier FROM accounts WHERE id = 2",
            "kept",
        ),
    ],
    ids=["next_transaction_failed", "next_transaction_took_no_snapshot"],
)
def test_a_client_leaving_after_a_commit_in_a_string_keeps_the_committed_writes(
    twin: LibpqExecutor, shadow: ThroughProxy, string: str, read: str, want: str
) -> None:
    """A query string committed a transaction and left the next one open where its staged
    writes could not be read (failed, or before its snapshot); the client then leaves. The
    server rolls the open transaction back; the committed writes must reach the store, as
    they are in the database with the postgres store."""
    _reset(twin, shadow)
    try:
        shadow.executor.run(string, (), "simple", isolated=False)
        shadow.executor.close()
        shadow.executor = LibpqExecutor(shadow.dsn)

        def stored() -> bool:
            with psycopg.connect(shadow.dsn, autocommit=True) as conn:
                return conn.execute(read).fetchone() == (want,)

        assert wait_until(stored, timeout=5)
    finally:
        twin.conn.execute("ROLLBACK")
