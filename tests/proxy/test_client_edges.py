"""Client and protocol edges through `pgstitch serve`, compared with a twin database where the
shadow columns are real: asyncpg statement descriptions, executemany, cursors and portals,
psycopg pipelines, binary results and named cursors, prepared statements across shadow schema
changes, large results, disconnects and cancels."""

from __future__ import annotations

import asyncio
import datetime
import struct
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import psycopg
import pytest
import redis
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict

from tests.helpers import wire
from tests.helpers.databases import fresh_database
from tests.helpers.declarations import shadow_entry, shadow_toml
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving

SCHEMA = (
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
    "CREATE TABLE items (id integer PRIMARY KEY, label text)",
    "INSERT INTO items SELECT g, 'row ' || g FROM generate_series(1, 20) g",
    "CREATE TABLE big (id integer PRIMARY KEY)",
    "INSERT INTO big SELECT g FROM generate_series(1, 100000) g",
    "CREATE TABLE later (id integer PRIMARY KEY, label text)",
    "INSERT INTO later SELECT g, 'later ' || g FROM generate_series(1, 5) g",
)

# (table, column, type, default, not null)
COLUMNS = (
    ("items", "score", "integer", "0", False),
    ("items", "note", "text", None, False),
    ("items", "mood", "mood", "'ok'", False),
    ("items", "tags", "text[]", None, False),
    ("items", "price", "numeric(10,2)", None, False),
    ("items", "born", "date", None, False),
    ("items", "flag", "boolean", "false", True),
    ("items", "code", "varchar(8)", None, False),
    ("big", "weight", "integer", "7", False),
)

# Values written the same way on both sides before the tests run.
SEED = (
    "UPDATE items SET score = id * 10, note = 'n' || id, mood = 'happy', tags = ARRAY['a', 'b'],"
    " price = id + 0.25, born = date '2024-01-01' + id, flag = true, code = 'c' || id"
    " WHERE id <= 10",
)


def _ddl(table: str, column: str, type_name: str, default: str | None, not_null: bool) -> str:
    text = f"ALTER TABLE {table} ADD COLUMN {column} {type_name}"
    if default is not None:
        text += f" DEFAULT {default}"
    return text + (" NOT NULL" if not_null else "")


@dataclass(frozen=True)
class Sides:
    """The proxied database and its twin, and how to reach each."""

    proxy: ProxyProcess
    database: str
    twin: str
    postgres: Endpoint

    @property
    def through(self) -> str:
        return self.proxy.endpoint.conninfo(self.database)

    @property
    def direct(self) -> str:
        return self.postgres.conninfo(self.database)

    @property
    def twin_dsn(self) -> str:
        return self.postgres.conninfo(self.twin)

    def asyncpg_args(self, side: str) -> dict[str, Any]:
        endpoint = self.proxy.endpoint if side == "proxy" else self.postgres
        database = self.twin if side == "twin" else self.database
        return dict(host=endpoint.host, port=endpoint.port, user="postgres", database=database)

    def both(self) -> tuple[str, str]:
        """Connection strings: through pgstitch, then the twin."""
        return self.through, self.twin_dsn

    def shadow(self, *args: str, check: bool = True) -> None:
        """Run `pgstitch shadow ARGS` against the proxied database's postgres store."""
        command = [sys.executable, "-m", "pgstitch.cli", "shadow", *args]
        command += ["--store", "postgres", "--upstream", self.postgres.url(self.database)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 or not check, done.stderr

    def undeclare(self, column: str) -> None:
        """`pgstitch shadow drop COLUMN` when it is declared (clean-up after a test)."""
        self.shadow("drop", column, check=False)


@pytest.fixture(scope="module")
def sides(local_postgres: Endpoint, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sides]:
    directory = tmp_path_factory.mktemp("client-edges")
    config = directory / "pgstitch.toml"
    config.write_text(shadow_toml([shadow_entry(t, c, ty, d, nn) for t, c, ty, d, nn in COLUMNS]))
    twin_schema = SCHEMA + tuple(_ddl(*column) for column in COLUMNS) + SEED
    with (
        fresh_database(local_postgres, "pgstitch_edges", *SCHEMA) as database,
        fresh_database(local_postgres, "pgstitch_edges_twin", *twin_schema) as twin,
        serving(
            local_postgres.url(database), directory, "--store", "postgres", "--config", str(config)
        ) as proxy,
    ):
        with psycopg.connect(proxy.endpoint.conninfo(database), autocommit=True) as conn:
            for statement in SEED:
                conn.execute(statement)
        yield Sides(proxy, database, twin, local_postgres)


def _arun(body: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(body())


async def _aconnect(sides: Sides, side: str) -> asyncpg.Connection:
    return await asyncpg.connect(**sides.asyncpg_args(side), ssl=False, timeout=10)


def _type_name(attribute_type: Any) -> str:
    return str(attribute_type.oid) if attribute_type.oid < 16384 else attribute_type.name


async def _describe(conn: asyncpg.Connection, sql: str) -> tuple:
    """What asyncpg learns of a statement: its parameter types and its result columns, or
    the SQLSTATE preparing it failed with."""
    try:
        statement = await conn.prepare(sql)
    except asyncpg.PostgresError as exc:
        return ("error", exc.sqlstate)
    parameters = tuple(_type_name(p) for p in statement.get_parameters())
    attributes = tuple((a.name, _type_name(a.type)) for a in statement.get_attributes())
    return parameters, attributes


DESCRIBED = (
    "INSERT INTO items (id, score, note, mood, tags, price, born, flag, code)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    "INSERT INTO items (id, label, mood) VALUES ($1, $2, $3) RETURNING id, mood, tags, score",
    "UPDATE items SET score = $1, price = $2, mood = $3 WHERE id = $4",
    "UPDATE items SET tags = $1, code = $2 WHERE id = $3 RETURNING *",
    "SELECT id FROM items WHERE born = $1 AND flag = $2 AND code = $3",
    "SELECT id, note FROM items WHERE score > $1 OR mood = $2 OR $3 = ANY (tags)",
    "SELECT price + $1 AS p, score * $2 FROM items WHERE price BETWEEN $3 AND $4",
    "DELETE FROM items WHERE score = $1 RETURNING mood, born",
    "INSERT INTO items (id, score) VALUES ($1, $2) ON CONFLICT (id)"
    " DO UPDATE SET score = excluded.score + $3 RETURNING score",
    "INSERT INTO items (id, note) VALUES ($1, $2) ON CONFLICT (id)"
    " DO UPDATE SET note = $3 WHERE items.score > $4 AND items.mood <> $5",
    "INSERT INTO items (id, score, tags) SELECT $1, $2, $3",
    "INSERT INTO items (id, born, code) SELECT g, $1, $2 FROM generate_series($3, $4) g",
    "UPDATE items SET (score, note) = ($1, $2) WHERE id = $3",
    "UPDATE items SET tags = tags || $1, price = coalesce(price, $2) WHERE code IN ($3, $4)",
    "SELECT id FROM items WHERE (score, note) = ($1, $2)",
    "SELECT coalesce(note, $1), CASE WHEN flag THEN $2 ELSE score END FROM items",
    "SELECT id, score FROM items ORDER BY score LIMIT $1 OFFSET $2",
    "SELECT id FROM items WHERE mood = ANY ($1) AND born < $2::date + $3",
    "SELECT count(*) FILTER (WHERE score > $1), max(price) FROM items GROUP BY flag HAVING max(score) > $2",
    "WITH u AS (UPDATE items SET score = $1 WHERE id = $2 RETURNING score, mood)"
    " SELECT score, mood FROM u",
    "DELETE FROM items WHERE tags @> $1 OR flag = $2 RETURNING tags",
    "SELECT id FROM items WHERE id IN (SELECT id FROM items WHERE score = $1)",
    "SELECT a.id FROM items a JOIN items b ON a.score = b.score + $1 WHERE b.mood = $2",
    "SELECT id FROM items WHERE EXISTS (SELECT FROM items i WHERE i.price > $1)",
    "INSERT INTO items (id, score, mood) VALUES ($1, $2, $3), ($4, $5, $6)",
    "INSERT INTO items (id, score) SELECT $1, $2 UNION ALL SELECT $3, $4",
    "UPDATE items SET score = score + $1, tags = array_append(tags, $2) WHERE id = $3",
    "UPDATE items SET score = v.s FROM (VALUES ($1, $2)) v (id, s) WHERE items.id = v.id",
    "UPDATE items SET born = $1::date + 1, flag = NOT $2 WHERE id = $3 RETURNING born, flag",
    "SELECT CASE WHEN score = $1 THEN note WHEN mood = $2 THEN code END FROM items",
)


@pytest.mark.parametrize("sql", DESCRIBED)
def test_asyncpg_describes_parameters_and_columns_as_postgres_does(sides: Sides, sql: str) -> None:
    async def body() -> None:
        answers = []
        for side in ("proxy", "twin"):
            conn = await _aconnect(sides, side)
            try:
                answers.append(await _describe(conn, sql))
            finally:
                await conn.close()
        assert answers[0] == answers[1]

    _arun(body)


def _final_rows(sides: Sides, sql: str) -> tuple[list, list]:
    with psycopg.connect(sides.through) as proxied, psycopg.connect(sides.twin_dsn) as twin:
        return proxied.execute(sql).fetchall(), twin.execute(sql).fetchall()


def test_asyncpg_executemany_inserts_and_upserts_shadow_columns(sides: Sides) -> None:
    insert = "INSERT INTO items (id, label, score, mood, tags) VALUES ($1, $2, $3, $4, $5)"
    upsert = (
        "INSERT INTO items (id, score, note) VALUES ($1, $2, $3)"
        " ON CONFLICT (id) DO UPDATE SET score = excluded.score, note = excluded.note"
    )
    rows = [(100 + i, f"many {i}", i, "sad", [f"t{i}"]) for i in range(50)]
    upserts = [(100 + i, -i, f"up {i}") for i in range(0, 60, 2)]

    async def body() -> None:
        for side in ("proxy", "twin"):
            conn = await _aconnect(sides, side)
            try:
                await conn.executemany(insert, rows)
                await conn.executemany(upsert, upserts)
            finally:
                await conn.close()

    _arun(body)
    proxied, twin = _final_rows(
        sides, "SELECT id, label, score, note, mood, tags FROM items WHERE id >= 100 ORDER BY id"
    )
    assert proxied == twin and len(proxied) == 55


def test_asyncpg_cursor_prefetch_and_portal_row_limits(sides: Sides) -> None:
    query = "SELECT id, score, mood, tags FROM items WHERE id <= 20 ORDER BY id"

    async def side_rows(side: str) -> tuple:
        conn = await _aconnect(sides, side)
        try:
            async with conn.transaction():
                prefetched = [tuple(r) async for r in conn.cursor(query, prefetch=3)]
                cursor = await conn.cursor(query)
                first = [tuple(r) for r in await cursor.fetch(4)]
                await cursor.forward(5)
                second = [tuple(r) for r in await cursor.fetch(4)]
                one = tuple(await cursor.fetchrow())
            return prefetched, first, second, one
        finally:
            await conn.close()

    async def body() -> None:
        proxied, twin = await side_rows("proxy"), await side_rows("twin")
        assert proxied == twin
        assert proxied[1][0] == (1, 10, "happy", ["a", "b"])

    _arun(body)


def test_pipeline_error_skips_the_rest_and_parks_nothing(sides: Sides) -> None:
    def run(dsn: str) -> tuple:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("DELETE FROM items WHERE id BETWEEN 200 AND 210")
            outcomes: list[Any] = []
            with pytest.raises(errors.UniqueViolation), conn.pipeline():
                cursors = [
                    conn.execute("INSERT INTO items (id, score) VALUES (200, 1)"),
                    conn.execute("SELECT score, mood FROM items WHERE id = 200"),
                ]
                with conn.transaction():
                    cursors.append(conn.execute("UPDATE items SET score = 5 WHERE id = 200"))
                    cursors.append(conn.execute("INSERT INTO items (id, note) VALUES (1, 'dup')"))
                    cursors.append(conn.execute("UPDATE items SET note = 'lost' WHERE id = 200"))
                for cursor in cursors[:2]:
                    outcomes.append(cursor.statusmessage)
            outcomes.append(
                conn.execute("SELECT id, score, note FROM items WHERE id = 200").fetchall()
            )
            conn.execute("DELETE FROM items WHERE id = 200")
            return tuple(outcomes)

    proxied, twin = run(sides.through), run(sides.twin_dsn)
    assert proxied == twin
    assert twin[-1] == [(200, 1, None)]


RETURNING_MANY = (
    (
        "INSERT INTO items (id, score, mood) VALUES (%s, %s, %s) RETURNING id, score, mood",
        [(300 + i, i * 3, "sad") for i in range(5)],
    ),
    (
        "INSERT INTO items (id, score) VALUES (%s, %s) ON CONFLICT (id)"
        " DO UPDATE SET score = items.score + excluded.score RETURNING id, score, note",
        [(i, 100) for i in (1, 2, 302, 303)],
    ),
    (
        "UPDATE items SET tags = %s WHERE id = %s RETURNING id, tags, mood",
        [(["u"], 3), ([], 301), (None, 999)],
    ),
)


def test_executemany_returning(sides: Sides) -> None:
    def run(dsn: str) -> list:
        results = []
        with psycopg.connect(dsn) as conn:
            cursor = conn.cursor()
            for sql, params in RETURNING_MANY:
                cursor.executemany(sql, params, returning=True)
                while True:
                    results.append((cursor.fetchall(), cursor.statusmessage))
                    if not cursor.nextset():
                        break
            conn.rollback()
        return results

    proxied, twin = run(sides.through), run(sides.twin_dsn)
    assert proxied == twin and len(twin) == 12


BINARY_QUERY = (
    "SELECT id, score, note, mood, tags, price, born, flag, code FROM items"
    " WHERE id IN (1, 2, 15) ORDER BY id"
)


@pytest.mark.parametrize("prepare", [False, True])
def test_binary_results_of_every_shadow_type(sides: Sides, prepare: bool) -> None:
    def run(dsn: str) -> tuple:
        with psycopg.connect(dsn, autocommit=True) as conn:
            cursor = conn.cursor(binary=True)
            rows = cursor.execute(BINARY_QUERY, prepare=prepare).fetchall()
            types = [d.type_code if d.type_code < 16384 else "user" for d in cursor.description]
            again = cursor.execute(BINARY_QUERY, prepare=prepare).fetchall()
            return rows, types, again

    proxied, twin = run(sides.through), run(sides.twin_dsn)
    assert proxied == twin


def test_asyncpg_binary_codecs_of_every_shadow_type(sides: Sides) -> None:
    async def rows(side: str) -> list:
        conn = await _aconnect(sides, side)
        try:
            return [tuple(r) for r in await conn.fetch(BINARY_QUERY)]
        finally:
            await conn.close()

    async def body() -> None:
        assert await rows("proxy") == await rows("twin")

    _arun(body)


def test_named_cursor_fetchmany(sides: Sides) -> None:
    def run(dsn: str) -> list:
        with psycopg.connect(dsn) as conn:
            batches = []
            with conn.cursor("edges_cursor") as cursor:
                cursor.itersize = 3
                cursor.execute(
                    "SELECT id, score, mood, price FROM items WHERE id <= 20 ORDER BY id"
                )
                while batch := cursor.fetchmany(7):
                    batches.append(batch)
            with conn.cursor("edges_scroll", scrollable=True) as cursor:
                cursor.execute("SELECT id, note FROM items WHERE id <= 20 ORDER BY id")
                cursor.scroll(5)
                batches.append(cursor.fetchmany(2))
                cursor.scroll(-4)
                batches.append(cursor.fetchone())
            with conn.cursor("edges_held", withhold=True) as cursor:
                cursor.execute("SELECT id, tags, born FROM items WHERE id <= 20 ORDER BY id")
                conn.commit()
                batches.append(cursor.fetchmany(3))
                batches.append(cursor.fetchall())
            return batches

    proxied, twin = run(sides.through), run(sides.twin_dsn)
    assert proxied == twin and len(twin[0]) == 7


def _wait_served(dsn: str, sql: str, served: bool) -> None:
    """Poll until sql runs through pgstitch (served) or fails with 42703 (not served)."""
    deadline = time.monotonic() + 10
    with psycopg.connect(dsn, autocommit=True) as conn:
        while True:
            try:
                conn.execute(sql)
                if served:
                    return
            except errors.UndefinedColumn:
                if not served:
                    return
            assert time.monotonic() < deadline, f"pgstitch never took the change in: {sql}"
            time.sleep(0.05)


def _execute(conn: psycopg.Connection, sql: str, params: tuple = ()) -> Any:
    """Rows of a prepared statement, or the SQLSTATE it failed with."""
    try:
        cursor = conn.execute(sql, params, prepare=True)
        return [d.name for d in cursor.description or ()], cursor.fetchall()
    except psycopg.Error as exc:
        return exc.sqlstate


def _twin_ddl(sides: Sides, sql: str) -> None:
    """DDL on the twin from a connection of its own (psycopg forgets its prepared statements
    after DDL on the same connection)."""
    with psycopg.connect(sides.twin_dsn, autocommit=True) as conn:
        conn.execute(sql)


def test_prepared_statements_across_a_column_added_and_dropped(sides: Sides) -> None:
    """Postgres refuses a prepared `*` whose result type changed (0A000), every time, re-plans
    a statement naming other columns, and fails one naming a dropped column with 42703."""
    star = "SELECT * FROM later WHERE id = %s"
    label = "SELECT label FROM later WHERE id = %s"
    extra = "SELECT extra, id FROM later WHERE id = %s"
    alter = "ALTER TABLE later ADD COLUMN extra integer DEFAULT 3"

    with (
        psycopg.connect(sides.through, autocommit=True) as proxied,
        psycopg.connect(sides.twin_dsn, autocommit=True) as twin,
    ):
        conns = (proxied, twin)
        for conn in conns:
            assert _execute(conn, star, (1,)) == (["id", "label"], [(1, "later 1")])
            assert _execute(conn, label, (1,)) == (["label"], [("later 1",)])
        sides.shadow("add", "later.extra", "integer", "--default", "3")
        _twin_ddl(sides, alter)
        _wait_served(sides.through, "SELECT extra FROM later LIMIT 1", served=True)
        for sql in (star, star, label, extra, extra):
            answers = [_execute(conn, sql, (2,)) for conn in conns]
            assert answers[0] == answers[1], sql
        assert _execute(proxied, star, (2,)) == "0A000"
        assert _execute(proxied, extra, (2,)) == (["extra", "id"], [(3, 2)])

        sides.shadow("drop", "later.extra")
        _twin_ddl(sides, "ALTER TABLE later DROP COLUMN extra")
        _wait_served(sides.through, "SELECT extra FROM later LIMIT 1", served=False)
        for sql in (extra, extra, label, star):
            answers = [_execute(conn, sql, (3,)) for conn in conns]
            assert answers[0] == answers[1], sql
        assert _execute(proxied, extra, (3,)) == "42703"


def test_asyncpg_prepares_again_when_a_star_changes(sides: Sides) -> None:
    """asyncpg answers 0A000 by preparing the statement again (outside a transaction)."""
    star = "SELECT * FROM later WHERE id = $1"

    async def body() -> None:
        proxied, twin = await _aconnect(sides, "proxy"), await _aconnect(sides, "twin")
        try:
            for conn in (proxied, twin):
                assert tuple(await conn.fetchrow(star, 4)) == (4, "later 4")
            sides.shadow("add", "later.more", "text", "--default", "'m'")
            await twin.execute("ALTER TABLE later ADD COLUMN more text DEFAULT 'm'")
            await asyncio.to_thread(
                _wait_served, sides.through, "SELECT more FROM later LIMIT 1", True
            )
            for conn in (proxied, twin):
                record = await conn.fetchrow(star, 4)
                assert (tuple(record), list(record.keys())) == (
                    (4, "later 4", "m"),
                    ["id", "label", "more"],
                )
                async with conn.transaction():
                    assert await conn.fetchval("SELECT more FROM later WHERE id = $1", 4) == "m"
        finally:
            sides.undeclare("later.more")
            await twin.execute("ALTER TABLE later DROP COLUMN IF EXISTS more")
            await proxied.close()
            await twin.close()
        await asyncio.to_thread(_wait_served, sides.through, "SELECT more FROM later", False)

    _arun(body)


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_a_large_result_is_streamed(sides: Sides) -> None:
    """100k rows of about 500 bytes with a shadow column, read slowly: pgstitch holds back
    rather than buffering the result, and every row arrives."""
    sql = "SELECT id, weight, repeat('x', 500) AS pad FROM big ORDER BY id"
    with psycopg.connect(sides.through, autocommit=True) as conn:
        before = _rss_kib(sides.proxy.pid)
        rows = conn.cursor().stream(sql)
        count, total = 0, 0
        for row in rows:
            if count == 10:
                time.sleep(1.0)
                held = _rss_kib(sides.proxy.pid) - before
            count += 1
            total += row[1]
        assert (count, total) == (100_000, 700_000)
        assert held < 20_000, f"pgstitch grew by {held} KiB while the client did not read"
        assert conn.execute("SELECT weight FROM big WHERE id = 5").fetchone() == (7,)


def _backends_running(sides: Sides, needle: str) -> int:
    with psycopg.connect(sides.direct, autocommit=True) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND query LIKE %s",
            (f"%{needle}%",),
        ).fetchone()[0]


def _drop_connection(conn: psycopg.Connection) -> None:
    """Close the client's socket without a Terminate, as a crashed client does."""
    import socket

    sock = socket.socket(fileno=conn.pgconn.socket)
    sock.shutdown(socket.SHUT_RDWR)
    sock.detach()
    conn.close()


def test_a_client_gone_mid_result_ends_its_backend(sides: Sides) -> None:
    needle = "edges_gone_mid_result"
    conn = psycopg.connect(sides.through, autocommit=True)
    rows = conn.cursor().stream(f"SELECT id, weight, repeat('y', 800) AS {needle} FROM big")
    assert next(rows)[1] == 7
    _drop_connection(conn)
    deadline = time.monotonic() + 10
    while _backends_running(sides, needle):
        assert time.monotonic() < deadline, "the backend kept sending to a client that is gone"
        time.sleep(0.1)
    with psycopg.connect(sides.through, autocommit=True) as again:
        assert again.execute("SELECT weight FROM big WHERE id = 9").fetchone() == (7,)


def test_cancel_during_a_long_read_of_a_served_table(sides: Sides) -> None:
    """psycopg's cancel and asyncpg's timeout stop the query; the session goes on."""
    with psycopg.connect(sides.through, autocommit=True) as conn:
        timer = threading.Timer(0.3, conn.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(errors.QueryCanceled):
            conn.execute("SELECT score, pg_sleep(20) FROM items WHERE id = %s", (1,))
        timer.join()
        assert time.monotonic() - started < 10
        assert conn.execute("SELECT score FROM items WHERE id = %s", (2,)).fetchone() == (20,)
        assert conn.execute("SELECT score FROM items WHERE id = 3").fetchone() == (30,)

    async def body() -> None:
        conn = await _aconnect(sides, "proxy")
        try:
            statement = await conn.prepare("SELECT score, pg_sleep($2) FROM items WHERE id = $1")
            with pytest.raises(asyncio.TimeoutError):
                await statement.fetchrow(4, 20, timeout=0.3)
            assert (await statement.fetchrow(4, 0))[0] == 40
            async with conn.transaction():
                assert await conn.fetchval("SELECT mood FROM items WHERE id = $1", 5) == "happy"
        finally:
            await conn.close()

    started = time.monotonic()
    _arun(body)
    assert time.monotonic() - started < 10


@pytest.fixture(params=["postgres", "memory", "redis"])
def store_proxy(
    request: pytest.FixtureRequest, local_postgres: Endpoint, local_redis: str, tmp_path: Path
) -> Iterator[str]:
    """A proxy with one store in front of a fresh database whose items.score is served; the
    connection string through it."""
    config = tmp_path / "pgstitch.toml"
    config.write_text(shadow_toml([shadow_entry("items", "score", "integer", "0")]))
    prefix = f"pgstitch-edges-{uuid.uuid4().hex[:8]}:"
    store = f"{local_redis}?prefix={prefix}" if request.param == "redis" else request.param
    with (
        fresh_database(local_postgres, "pgstitch_edges_store", *SCHEMA[1:3]) as database,
        serving(
            local_postgres.url(database), tmp_path, "--store", store, "--config", str(config)
        ) as proxy,
    ):
        yield proxy.endpoint.conninfo(database)
    if request.param == "redis":
        client = redis.Redis(host="127.0.0.1", port=6379)
        for key in client.scan_iter(match=prefix + "*"):
            client.delete(key)
        client.close()


def _scores_settle(dsn: str, expected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rows with a score other than 0, once they are as expected (or after 5 s)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        deadline = time.monotonic() + 5
        while True:
            rows = conn.execute("SELECT id, score FROM items WHERE score <> 0 ORDER BY id")
            found = rows.fetchall()
            if found == expected or time.monotonic() > deadline:
                return found
            time.sleep(0.1)


def _client_gone_mid_transaction(dsn: str) -> None:
    """Shadow writes of a transaction whose client vanished are rolled back with it; the
    writes of a committed transaction on the same connection stay."""
    conn = psycopg.connect(dsn)
    conn.execute("UPDATE items SET score = 5 WHERE id = 14")
    conn.commit()
    conn.execute("UPDATE items SET score = 99 WHERE id IN (14, 15)")
    conn.execute("INSERT INTO items (id, score) VALUES (50, 7)")
    assert conn.execute("SELECT sum(score) FROM items").fetchone() == (205,)
    _drop_connection(conn)
    assert _scores_settle(dsn, [(14, 5)]) == [(14, 5)]
    with psycopg.connect(dsn) as again:
        assert again.execute("SELECT count(*) FROM items").fetchone() == (20,)


def test_failed_parts_of_pipelines_and_transactions_park_nothing(store_proxy: str) -> None:
    """A client gone mid-transaction; an error in a pipeline skips the rest of its segment and
    rolls back its implicit transaction; a savepoint rolled back takes its shadow writes with
    it; so do a failing Query string, a cancel and a failing asyncpg executemany."""
    _client_gone_mid_transaction(store_proxy)
    with psycopg.connect(store_proxy, autocommit=True) as conn:
        with pytest.raises(errors.UniqueViolation), conn.pipeline() as pipeline:
            conn.execute("UPDATE items SET score = 11 WHERE id = %s", (1,))
            pipeline.sync()
            conn.execute("UPDATE items SET score = 12 WHERE id = %s", (2,))
            conn.execute("INSERT INTO items (id, score) VALUES (%s, 5)", (1,))
            conn.execute("UPDATE items SET score = 13 WHERE id = %s", (3,))
            pipeline.sync()
        assert conn.execute("SELECT score FROM items WHERE id = 2").fetchone() == (0,)
        conn.execute("BEGIN")
        conn.execute("UPDATE items SET score = 15 WHERE id = 5")
        conn.execute("SAVEPOINT s")
        conn.execute("UPDATE items SET score = 16 WHERE id = %s", (6,))
        with pytest.raises(errors.DivisionByZero):
            conn.execute("UPDATE items SET score = 1 / (score - score) WHERE id = 6")
        conn.execute("ROLLBACK TO SAVEPOINT s")
        conn.execute("UPDATE items SET score = 17 WHERE id = 7")
        conn.execute("COMMIT")
        # One Query string is one implicit transaction: its failure takes the writes with it.
        with pytest.raises(errors.UniqueViolation):
            conn.execute(
                "UPDATE items SET score = 18 WHERE id = 8; INSERT INTO items (id) VALUES (1);"
                " UPDATE items SET score = 19 WHERE id = 9"
            )
        conn.execute("UPDATE items SET score = 20 WHERE id = 10; SELECT 1")
        # A cancelled statement aborts its transaction: its earlier shadow writes go with it.
        conn.execute("BEGIN")
        conn.execute("UPDATE items SET score = 21 WHERE id = 11")
        timer = threading.Timer(0.3, conn.cancel)
        timer.start()
        with pytest.raises(errors.QueryCanceled):
            conn.execute("SELECT score, pg_sleep(20) FROM items WHERE id = 11")
        timer.join()
        conn.execute("ROLLBACK")
        assert conn.execute("SELECT score FROM items WHERE id = 11").fetchone() == (0,)
    # asyncpg's executemany is all or nothing: a failing row leaves no shadow write behind.
    params = conninfo_to_dict(store_proxy)

    async def many() -> None:
        conn = await asyncpg.connect(
            host=params["host"], port=int(params["port"]), user="postgres",
            database=params["dbname"], ssl=False,
        )  # fmt: skip
        try:
            with pytest.raises(asyncpg.UniqueViolationError):
                await conn.executemany(
                    "INSERT INTO items (id, score) VALUES ($1, $2)", [(60, 1), (61, 2), (1, 3)]
                )
            await conn.executemany(
                "UPDATE items SET score = $2 WHERE id = $1", [(12, 22), (13, 23)]
            )
        finally:
            await conn.close()

    _arun(many)
    expected = [(1, 11), (5, 15), (7, 17), (10, 20), (12, 22), (13, 23), (14, 5)]
    assert _scores_settle(store_proxy, expected) == expected


@pytest.mark.timeout(90)
def test_a_pipelined_transaction_that_fails_after_a_shadow_write_can_roll_back(
    store_proxy: str,
) -> None:
    """With writes staged, messages the client pipelines behind a segment wait for its
    transaction to end; when it does not end (it failed, or goes on), they go on when its
    ReadyForQuery comes: the ROLLBACK that follows must be answered (it waited forever, and
    the row stayed locked), and a transaction that goes on must too."""
    with psycopg.connect(store_proxy, autocommit=True) as conn:
        with pytest.raises(errors.DivisionByZero), conn.pipeline(), conn.transaction():
            conn.execute("UPDATE items SET score = 31 WHERE id = %s", (1,))
            conn.execute("SELECT 1 / (score - score) FROM items WHERE id = %s", (1,))
        with conn.pipeline() as pipeline:
            conn.execute("BEGIN")
            conn.execute("UPDATE items SET score = 32 WHERE id = %s", (2,))
            pipeline.sync()
            conn.execute("UPDATE items SET score = 33 WHERE id = %s", (3,))
            pipeline.sync()
            conn.execute("COMMIT")
        with psycopg.connect(store_proxy, autocommit=True) as other:
            other.execute("SET lock_timeout = '5s'")
            other.execute("UPDATE items SET score = 34 WHERE id = 1")
    assert _scores_settle(store_proxy, [(1, 34), (2, 32), (3, 33)]) == [(1, 34), (2, 32), (3, 33)]


def test_a_transaction_open_while_a_column_is_added(sides: Sides) -> None:
    """A declared column reaches open transactions at once, as an ALTER TABLE committed while
    they had not touched the table yet: they read and write it, and a `*` prepared before it
    fails with 0A000 (which aborts the transaction, as on Postgres)."""
    star = "SELECT * FROM later WHERE id = %s"

    def before(conn: psycopg.Connection) -> None:
        assert _execute(conn, star, (1,)) == (["id", "label"], [(1, "later 1")])
        conn.commit()
        conn.execute("SELECT 1")  # a transaction open before the column comes

    def after(conn: psycopg.Connection) -> tuple:
        conn.execute("UPDATE later SET during = 9 WHERE id = 1")
        read = _execute(conn, "SELECT id, during FROM later WHERE id <= %s ORDER BY id", (2,))
        refused = _execute(conn, star, (1,))
        conn.rollback()
        conn.execute("UPDATE later SET during = 8 WHERE id = 2")
        conn.commit()
        final = _execute(conn, "SELECT id, during FROM later ORDER BY id")
        conn.commit()
        return read, refused, final

    with psycopg.connect(sides.through) as proxied, psycopg.connect(sides.twin_dsn) as twin:
        before(proxied)
        before(twin)
        try:
            sides.shadow("add", "later.during", "integer", "--default", "1")
            _twin_ddl(sides, "ALTER TABLE later ADD COLUMN during integer DEFAULT 1")
            _wait_served(sides.through, "SELECT during FROM later LIMIT 1", served=True)
            answers = after(proxied), after(twin)
        finally:
            sides.undeclare("later.during")
            _twin_ddl(sides, "ALTER TABLE later DROP COLUMN IF EXISTS during")
            _wait_served(sides.through, "SELECT during FROM later LIMIT 1", served=False)
    assert answers[0] == answers[1]
    read, refused, final = answers[1]
    assert (read, refused) == ((["id", "during"], [(1, 9), (2, 1)]), "0A000")
    assert final[1][:3] == [(1, 1), (2, 8), (3, 1)]


COPIED = (
    "COPY (SELECT id, score, mood, tags, price, born, flag, code FROM items ORDER BY id) TO STDOUT",
    "COPY items (id, score, note) TO STDOUT",
    "COPY items TO STDOUT",
    "COPY (SELECT * FROM items WHERE id < 4 ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)",
    "COPY (SELECT id, tags, mood, price, born FROM items ORDER BY id) TO STDOUT (FORMAT binary)",
)


@pytest.mark.parametrize("sql", COPIED)
def test_copy_to_stdout(sides: Sides, sql: str) -> None:
    def run(dsn: str) -> Any:
        with psycopg.connect(dsn, autocommit=True) as conn:
            try:
                cursor = conn.cursor()
                with cursor.copy(sql) as copy:
                    data = b"".join(bytes(chunk) for chunk in copy)
                return data, cursor.statusmessage
            except psycopg.Error as exc:
                return exc.sqlstate

    proxied, twin = run(sides.through), run(sides.twin_dsn)
    if isinstance(twin, tuple) and not sql.startswith("COPY ("):
        # Row order of a whole table follows its storage, which differs between the sides.
        proxied = (
            (sorted(proxied[0].splitlines()), proxied[1]) if isinstance(proxied, tuple) else proxied
        )
        twin = (sorted(twin[0].splitlines()), twin[1])
    assert proxied == twin


def test_asyncpg_copy_from_query_and_table(sides: Sides, tmp_path: Path) -> None:
    async def side(name: str) -> tuple:
        conn = await _aconnect(sides, name)
        try:
            out = tmp_path / f"{name}.csv"
            status = await conn.copy_from_query(
                "SELECT id, score, mood, tags FROM items WHERE id < $1 ORDER BY id",
                6, output=out, format="csv",
            )  # fmt: skip
            table = tmp_path / f"{name}-table.csv"
            try:
                table_status = await conn.copy_from_table(
                    "items", columns=["id", "score", "note"], output=table, format="csv"
                )
                table_rows = sorted(table.read_text().splitlines())
            except asyncpg.PostgresError as exc:
                table_status, table_rows = exc.sqlstate, []
            return status, out.read_text(), table_status, table_rows
        finally:
            await conn.close()

    async def body() -> None:
        assert await side("proxy") == await side("twin")

    _arun(body)


def test_copy_from_stdin(sides: Sides) -> None:
    """COPY FROM of live columns only gives new rows the shadow columns' defaults; naming a
    shadow column is refused with 0A000 (docs/rewriting.md) and the session goes on."""

    def run(dsn: str) -> tuple:
        with psycopg.connect(dsn) as conn:
            with conn.cursor().copy("COPY items (id, label) FROM STDIN") as copy:
                for i in range(400, 403):
                    copy.write_row((i, f"copied {i}"))
            rows = conn.execute(
                "SELECT id, label, score, mood, flag, note FROM items WHERE id >= 400 ORDER BY id"
            ).fetchall()
            conn.rollback()
            return rows

    assert run(sides.through) == run(sides.twin_dsn)
    with psycopg.connect(sides.through) as conn:
        copying = conn.cursor().copy("COPY items (id, score) FROM STDIN")
        with pytest.raises(errors.FeatureNotSupported), copying as copy:
            copy.write_row((410, 1))
        conn.rollback()
        assert conn.execute("SELECT score FROM items WHERE id = 3").fetchone() == (30,)

    async def body() -> None:
        conn = await _aconnect(sides, "proxy")
        try:
            with pytest.raises(asyncpg.FeatureNotSupportedError):
                await conn.copy_records_to_table(
                    "items", records=[(411, 2)], columns=["id", "score"]
                )
            assert await conn.fetchval("SELECT score FROM items WHERE id = 4") == 40
            assert await conn.fetchval("SELECT count(*) FROM items WHERE id > 400") == 0
        finally:
            await conn.close()

    _arun(body)


def test_stale_statements_in_a_failed_transaction_and_a_pipeline(sides: Sides) -> None:
    """Statements prepared before the shadow schema changed, used first in a failed
    transaction (their re-prepare fails with 25P02 as their Bind would) and then in a
    pipeline: after the ROLLBACK they run, each time, with the values Postgres gives."""
    read = "SELECT score, mood FROM items WHERE id = %s"
    write = "UPDATE items SET note = %s WHERE id = %s"
    with psycopg.connect(sides.through, prepare_threshold=0) as conn:
        assert conn.execute(read, (1,)).fetchone() == (10, "happy")
        conn.execute(write, ("w", 19))
        conn.commit()
        with pytest.raises(errors.DivisionByZero):
            conn.execute("SELECT 1 / 0")
        try:
            sides.shadow("add", "later.stale", "integer")
            _wait_served(sides.through, "SELECT stale FROM later LIMIT 1", served=True)
            with pytest.raises(errors.InFailedSqlTransaction):
                conn.execute(read, (1,))
            with pytest.raises(errors.InFailedSqlTransaction):
                conn.execute(write, ("x", 19))
            conn.rollback()
            assert conn.execute(read, (2,)).fetchone() == (20, "happy")
            with conn.pipeline():
                cursors = [conn.execute(read, (i,)) for i in (3, 4, 15)]
                conn.cursor().executemany(write, [(f"p{i}", i) for i in (18, 19)])
            assert [c.fetchone() for c in cursors] == [(30, "happy"), (40, "happy"), (0, "ok")]
            conn.commit()
            notes = conn.execute("SELECT note FROM items WHERE id IN (18, 19) ORDER BY id")
            assert notes.fetchall() == [("p18",), ("p19",)]
            conn.execute("UPDATE items SET note = NULL WHERE id IN (18, 19)")
            conn.commit()
        finally:
            sides.undeclare("later.stale")


def test_asyncpg_statement_stale_in_a_failed_transaction(sides: Sides) -> None:
    """asyncpg keeps its prepared statements across a ROLLBACK: one whose re-prepare failed in
    an aborted transaction (its column declared again with another default) runs after it,
    with the new default."""

    async def declare(default: str) -> None:
        await asyncio.to_thread(sides.shadow, "add", "later.cnt", "integer", "--default", default)
        sql = f"SELECT 1 FROM later WHERE cnt = {default}"
        await asyncio.to_thread(_wait_served, sides.through, sql, True)

    async def body() -> None:
        await declare("1")
        conn = await _aconnect(sides, "proxy")
        try:
            statement = await conn.prepare("SELECT cnt, label FROM later WHERE id = $1")
            assert tuple(await statement.fetchrow(1)) == (1, "later 1")
            transaction = conn.transaction()
            await transaction.start()
            with pytest.raises(asyncpg.DivisionByZeroError):
                await conn.execute("SELECT 1 / 0")
            await asyncio.to_thread(sides.shadow, "drop", "later.cnt")
            await declare("2")
            with pytest.raises(asyncpg.InFailedSQLTransactionError):
                await statement.fetchrow(2)
            await transaction.rollback()
            for _ in range(2):
                assert tuple(await statement.fetchrow(2)) == (2, "later 2")
        finally:
            await conn.close()
            await asyncio.to_thread(sides.undeclare, "later.cnt")

    _arun(body)


def _wire_answer(conn: wire.RawConnection, types: set[int]) -> list[tuple]:
    """Messages up to ReadyForQuery, as comparable across databases: type OIDs of the
    database's own types and the table OIDs of RowDescription left out."""
    seen = []
    for kind, payload in conn.read_until(b"Z"):
        if kind == b"T":
            seen.append((kind, _row_description(payload, types)))
        elif kind == b"t":
            count = struct.unpack("!h", payload[:2])[0]
            oids = struct.unpack(f"!{count}I", payload[2:])
            seen.append((kind, tuple(o if o < 16384 else "user" for o in oids)))
        elif kind in (b"E", b"N"):
            seen.append((kind, wire.error_fields(payload).get("C")))
        else:
            seen.append((kind, payload))
    return seen


def _row_description(payload: bytes, types: set[int]) -> tuple:
    (count,) = struct.unpack("!h", payload[:2])
    fields, at = [], 2
    for _ in range(count):
        end = payload.index(b"\0", at)
        name = payload[at:end].decode()
        _table, _column, oid, size, modifier, fmt = struct.unpack(
            "!IhIhih", payload[end + 1 : end + 19]
        )
        fields.append((name, oid if oid < 16384 else "user", size, modifier, fmt))
        at = end + 19
    return tuple(fields)


def _typed_parse(statement: str, sql: str, oids: tuple[int, ...] = ()) -> bytes:
    body = wire.cstring(statement) + wire.cstring(sql) + struct.pack("!h", len(oids))
    return wire.frame(b"P", body + b"".join(struct.pack("!I", o) for o in oids))


PORTAL_READ = "SELECT id, score, note, mood FROM items WHERE id <= $1 ORDER BY id"
WIRE_SEGMENTS = (
    # The unnamed statement, described, its portal read in steps, three times over (the
    # later ones run the statement pgstitch keeps prepared for it).
    [
        wire.parse("", PORTAL_READ), wire.describe(b"S", ""), wire.bind("", "", (b"7",)),
        wire.describe(b"P", ""), wire.execute("", 2), wire.execute("", 2), wire.execute("", 0),
        wire.SYNC,
    ] * 3,
    [wire.query("BEGIN")],
    [
        wire.parse("edges_s1", PORTAL_READ), wire.bind("edges_p1", "edges_s1", (b"6",)),
        wire.execute("edges_p1", 4), wire.SYNC,
    ],
    [wire.execute("edges_p1", 1), wire.SYNC],
    [wire.execute("edges_p1", 0), wire.close(b"P", "edges_p1"), wire.SYNC],
    [wire.query("COMMIT")],
    # Parameter types decided by shadow columns, and given ones kept.
    [
        _typed_parse("", "UPDATE items SET score = $1, tags = $2 WHERE id = $3"),
        wire.describe(b"S", ""), wire.SYNC,
    ] * 2,
    [
        _typed_parse("", "INSERT INTO items (id, mood, born) VALUES ($1, $2, $3)", (20, 0, 1082)),
        wire.describe(b"S", ""), wire.SYNC,
    ] * 2,
    [
        _typed_parse("edges_s2", "SELECT $1 = score, $2 || note, $3 = ANY (tags) FROM items"),
        wire.describe(b"S", "edges_s2"), wire.close(b"S", "edges_s2"), wire.SYNC,
    ],
)  # fmt: skip


def test_wire_portals_and_descriptions(sides: Sides) -> None:
    """Execute with a row limit, then more Executes of the same portal (PortalSuspended),
    unnamed and named portals, and ParameterDescription, message for message as Postgres."""
    answers = []
    for endpoint, database in (
        (sides.proxy.endpoint, sides.database),
        (sides.postgres, sides.twin),
    ):
        conn = wire.login(endpoint, "postgres", database)
        try:
            seen = []
            for segment in WIRE_SEGMENTS:
                conn.send(b"".join(segment))
                for _ in range(sum(m[:1] in (b"S", b"Q") for m in segment)):
                    seen.append(_wire_answer(conn, set()))
            answers.append(seen)
        finally:
            conn.send(wire.TERMINATE)
            conn.close()
    for number, (got, want) in enumerate(zip(answers[0], answers[1], strict=True)):
        assert got == want, f"answer {number}"


def test_binary_parameters_of_every_shadow_type(sides: Sides) -> None:
    """Values sent in binary (asyncpg always, psycopg with %b) are parked as a real column
    takes them."""
    values = (Decimal("12.50"), datetime.date(2030, 5, 17), True, "vc", ["x", None], "sad", 77)
    update = (
        "UPDATE items SET price = $1, born = $2, flag = $3, code = $4, tags = $5, mood = $6,"
        " score = $7 WHERE id = $8"
    )
    read = "SELECT price, born, flag, code, tags, mood, score FROM items WHERE id IN (11, 12)"

    async def write(side: str) -> None:
        conn = await _aconnect(sides, side)
        try:
            await conn.execute(update, *values, 11)
        finally:
            await conn.close()

    def write_psycopg(dsn: str) -> None:
        with psycopg.connect(dsn, autocommit=True) as conn:
            psql = update.replace("$6", "%s")  # binary str is text, which mood does not take
            for n in (1, 2, 3, 4, 5, 7, 8):
                psql = psql.replace(f"${n}", "%b")
            conn.execute(psql, (*values[:4], values[4], values[5], values[6], 12))

    for side, dsn in (("proxy", sides.through), ("twin", sides.twin_dsn)):
        _arun(lambda side=side: write(side))
        write_psycopg(dsn)
    proxied, twin = _final_rows(sides, read + " ORDER BY id")
    assert proxied == twin
    assert proxied[0] == (*values[:5], "sad", 77)


def test_a_reprepare_skipped_by_an_error_in_its_pipeline(sides: Sides) -> None:
    """A statement made stale (its column declared again with another default) and first used
    after an error in a pipeline: the error skips pgstitch's re-prepare with the rest, and the
    statement's next use still reads the new default, not the old rewrite."""
    read = "SELECT cnt2 FROM later WHERE id = %s"

    def declare(default: str) -> None:
        sides.shadow("add", "later.cnt2", "integer", "--default", default)
        _wait_served(sides.through, f"SELECT 1 FROM later WHERE cnt2 = {default}", True)

    declare("1")
    try:
        with psycopg.connect(sides.through, autocommit=True, prepare_threshold=0) as conn:
            assert conn.execute(read, (1,)).fetchone() == (1,)
            sides.shadow("drop", "later.cnt2")
            declare("2")
            with pytest.raises(errors.DivisionByZero), conn.pipeline():
                conn.execute("SELECT 1 / %s", (0,))
                conn.execute(read, (2,))
            for id_ in (3, 4):
                assert conn.execute(read, (id_,)).fetchone() == (2,)
    finally:
        sides.undeclare("later.cnt2")


def test_describe_of_a_star_statement_after_a_column_is_added(sides: Sides) -> None:
    """Postgres answers a Describe of a prepared `*` whose result type changed as it answers
    its Bind, 0A000, every time: a Describe must not prepare it again with the new columns
    (it used to, and its later Binds then ran it with them)."""
    star = [wire.parse("edges_star", "SELECT * FROM later WHERE id < 3 ORDER BY id"), wire.SYNC]
    describe = [wire.describe(b"S", "edges_star"), wire.SYNC]
    run = [wire.bind("", "edges_star"), wire.execute(""), wire.SYNC]
    sides_conns = [
        wire.login(sides.proxy.endpoint, "postgres", sides.database),
        wire.login(sides.postgres, "postgres", sides.twin),
    ]

    def answers(segment: list[bytes]) -> list[list[tuple]]:
        for conn in sides_conns:
            conn.send(b"".join(segment))
        return [_wire_answer(conn, set()) for conn in sides_conns]

    try:
        for segment in (star, describe, run):
            got, want = answers(segment)
            assert got == want
        sides.shadow("add", "later.described", "integer", "--default", "5")
        _twin_ddl(sides, "ALTER TABLE later ADD COLUMN described integer DEFAULT 5")
        _wait_served(sides.through, "SELECT described FROM later LIMIT 1", served=True)
        for segment in (describe, run, describe, run):
            got, want = answers(segment)
            if segment is describe:
                # Postgres describes the parameters before it finds the result type changed;
                # pgstitch's refusal comes without that ParameterDescription (docs/proxy.md).
                assert want[0] == (b"t", ())
                want = want[1:]
            assert got == want
            assert want[0] == (b"E", "0A000")
    finally:
        for conn in sides_conns:
            conn.send(wire.TERMINATE)
            conn.close()
        sides.undeclare("later.described")
        _twin_ddl(sides, "ALTER TABLE later DROP COLUMN IF EXISTS described")
        _wait_served(sides.through, "SELECT described FROM later LIMIT 1", served=False)


def test_a_name_prepared_twice_keeps_the_first_statement(sides: Sides) -> None:
    """A Parse of a name already prepared fails with 42P05 and leaves the first statement in
    place: when the shadow schema then changes, the first one is prepared again, not the
    refused one."""
    read = "SELECT cnt3, label FROM later WHERE id = 1"

    def declare(default: str) -> None:
        sides.shadow("add", "later.cnt3", "integer", "--default", default)
        _wait_served(sides.through, f"SELECT 1 FROM later WHERE cnt3 = {default}", True)

    declare("1")
    conn = wire.login(sides.proxy.endpoint, "postgres", sides.database)
    try:
        conn.send(wire.parse("edges_twice", read) + wire.SYNC)
        assert conn.read_until(b"Z")[0][0] == b"1"
        conn.send(wire.parse("edges_twice", "SELECT id FROM later WHERE id = 2") + wire.SYNC)
        assert conn.read_error()["C"] == "42P05"
        conn.read_until(b"Z")
        sides.shadow("drop", "later.cnt3")
        declare("2")
        for _ in range(2):
            conn.send(wire.bind("", "edges_twice") + wire.execute("") + wire.SYNC)
            rows = [p for kind, p in conn.read_until(b"Z") if kind in (b"D", b"E")]
            assert rows == [b"\x00\x02\x00\x00\x00\x012\x00\x00\x00\x07later 1"]
    finally:
        conn.send(wire.TERMINATE)
        conn.close()
        sides.undeclare("later.cnt3")


def test_statements_dropped_by_discard_all_stay_dropped(sides: Sides) -> None:
    """After DISCARD ALL a named statement is gone (26000), also once the shadow schema has
    changed: pgstitch must not prepare it again on its own."""
    sides.shadow("add", "later.cnt6", "integer", "--default", "1")
    _wait_served(sides.through, "SELECT cnt6 FROM later LIMIT 1", served=True)
    conn = wire.login(sides.proxy.endpoint, "postgres", sides.database)
    try:
        conn.send(wire.parse("edges_discarded", "SELECT cnt6 FROM later") + wire.SYNC)
        assert conn.read_until(b"Z")[0][0] == b"1"
        conn.send(wire.query("DISCARD ALL"))
        conn.read_until(b"Z")
        sides.shadow("add", "later.cnt7", "integer")
        _wait_served(sides.through, "SELECT cnt7 FROM later LIMIT 1", served=True)
        for _ in range(2):
            conn.send(wire.bind("", "edges_discarded") + wire.execute("") + wire.SYNC)
            assert conn.read_error()["C"] == "26000"
            conn.read_until(b"Z")
        conn.send(wire.parse("edges_discarded", "SELECT cnt7 FROM later LIMIT 1") + wire.SYNC)
        assert conn.read_until(b"Z")[0][0] == b"1"
    finally:
        conn.send(wire.TERMINATE)
        conn.close()
        sides.undeclare("later.cnt6")
        sides.undeclare("later.cnt7")


def test_row_description_of_shadow_columns(sides: Sides) -> None:
    """Names, type OIDs and modifiers as the real columns; shadow columns name no table and no
    column number (docs/rewriting.md), live ones name theirs."""
    sql = "SELECT id, label, score, price, code, tags FROM items WHERE id = 1"
    described = []
    for endpoint, database in (
        (sides.proxy.endpoint, sides.database),
        (sides.postgres, sides.twin),
    ):
        conn = wire.login(endpoint, "postgres", database)
        try:
            conn.send(wire.query(sql))
            (payload,) = [p for kind, p in conn.read_until(b"Z") if kind == b"T"]
            conn.send(wire.query("SELECT 'items'::regclass::oid"))
            (row,) = [p for kind, p in conn.read_until(b"Z") if kind == b"D"]
            described.append((_origins(payload), int(row[6:])))
        finally:
            conn.send(wire.TERMINATE)
            conn.close()
    (proxied, proxied_items), (twin, twin_items) = described
    assert [f[2:] for f in proxied] == [f[2:] for f in twin]
    assert [f[:2] for f in proxied] == [(proxied_items, 1), (proxied_items, 2)] + [(0, 0)] * 4
    assert [f[:2] for f in twin] == [(twin_items, n) for n in (1, 2, 3, 7, 10, 6)]


def _origins(payload: bytes) -> list[tuple]:
    """(table OID, column number, name, type OID, modifier) of each RowDescription field."""
    (count,) = struct.unpack("!h", payload[:2])
    fields, at = [], 2
    for _ in range(count):
        end = payload.index(b"\0", at)
        table, column, oid, _size, modifier, _fmt = struct.unpack(
            "!IhIhih", payload[end + 1 : end + 19]
        )
        fields.append((table, column, payload[at:end].decode(), oid, modifier))
        at = end + 19
    return fields


def test_unnamed_statement_bound_again_after_a_change(sides: Sides) -> None:
    """The unnamed statement bound again in later segments, after its column was dropped
    (42703, as Postgres fails planning it again) and declared again (the new default)."""
    parse = wire.parse("", "SELECT cnt8, label FROM later WHERE id = 1")
    run = wire.bind("", "") + wire.execute("") + wire.SYNC
    described = wire.describe(b"S", "") + wire.SYNC
    sides.shadow("add", "later.cnt8", "integer", "--default", "1")
    _wait_served(sides.through, "SELECT cnt8 FROM later", True)
    conn = wire.login(sides.proxy.endpoint, "postgres", sides.database)

    def rows(data: bytes) -> list:
        conn.send(data)
        return [(k, p) for k, p in conn.read_until(b"Z") if k in (b"1", b"T", b"D", b"E")]

    try:
        first = [(b"1", b""), (b"D", b"\x00\x02\x00\x00\x00\x011\x00\x00\x00\x07later 1")]
        assert rows(parse + run) == first
        assert rows(run) == first[1:]
        sides.shadow("drop", "later.cnt8")
        _wait_served(sides.through, "SELECT cnt8 FROM later", False)
        (error,) = rows(run)
        assert wire.error_fields(error[1])["C"] == "42703"
        sides.shadow("add", "later.cnt8", "integer", "--default", "2")
        _wait_served(sides.through, "SELECT cnt8 FROM later", True)
        again = [(b"1", b""), (b"D", b"\x00\x02\x00\x00\x00\x012\x00\x00\x00\x07later 1")]
        assert rows(parse + run) == again
        sides.shadow("drop", "later.cnt8")
        sides.shadow("add", "later.cnt8", "integer", "--default", "3")
        _wait_served(sides.through, "SELECT 1 FROM later WHERE cnt8 = 3", True)
        (description,) = rows(described)
        assert description[0] == b"T"
        assert rows(run) == [(b"D", b"\x00\x02\x00\x00\x00\x013\x00\x00\x00\x07later 1")]
    finally:
        conn.send(wire.TERMINATE)
        conn.close()
        sides.undeclare("later.cnt8")
