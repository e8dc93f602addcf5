"""pgstitch checked from the outside: a schema of its own, declared as a user declares it.

A shop-and-blog schema (tests/helpers/outside_schema.py) unlike the corpus's: uuid, text,
identity and composite keys, a quoted mixed-case table, a non-public schema, a table named
`user`, and new columns of varied types (enum, jsonb, text[], numeric(10,2), varchar(50) with a
CHECK, NOT NULL booleans, timestamptz DEFAULT now(), uuid DEFAULT gen_random_uuid()). The
columns are declared in a pgstitch.toml for some runs and with `pgstitch shadow add` for the
others; a twin database has them for real. A sequence of reads and writes such as an
application sends (joins, aggregates, windows, ORDER BY on the new columns, INSERT with and
without a column list, UPDATE … SET c = c + 1, upserts, DELETE and re-insert, savepoints,
rollbacks, RETURNING, SQL-level PREPARE) runs through pgstitch and on the twin, in the simple,
extended and prepared protocols of psycopg and through asyncpg; every answer (column names and
types, rows, command tags, SQLSTATEs) and the final rows must match. A column added with
`pgstitch shadow add` while the proxy serves is served to a session already open. The proxy is
then restarted on the same store and every committed value must still be served; last, the real
migration runs on the database and the tables themselves must end up as the twin's.

Volatile defaults: a real `ADD COLUMN … DEFAULT now()` gives existing rows the moment of the
ALTER, and pgstitch the moment the column was first served, so such values are compared only as
being set, and must be the same before and after a restart. `gen_random_uuid()` gives each
existing row a UUID of its own, the same at every read, and each inserted row a new one, as
with a real column; the values themselves differ from the twin's, so they are compared as
distinct and unchanged across a restart.
"""

from __future__ import annotations

import asyncio
import decimal
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import asyncpg
import psycopg
import pytest

from tests.helpers import outside_schema as shop
from tests.helpers.databases import fresh_database, twin_databases
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, StartProxy
from tests.helpers.services import redis_store_under_prefix
from tests.helpers.twin_compare import PROTOCOLS, Answer, TypeNames, run

C1, C2, C3, C4 = shop.C1, shop.C2, shop.C3, shop.C4
REPO = Path(__file__).resolve().parents[2]

# One step: (sql, params, how). how is "read" (run in every protocol), "write" (run once, in
# the next protocol of the rotation), "unordered" (a write whose rows come in no set order),
# or a protocol name (run once in that protocol).
Step = tuple[str, tuple[Any, ...] | None, str]

READS: list[Step] = [
    ("SELECT id, email, vip, tags, nickname FROM shop.customers ORDER BY id", None, "read"),
    ("SELECT * FROM shop.products ORDER BY sku", None, "read"),
    (
        'SELECT o.id, o.status, c.name, c.vip FROM shop."Orders" o'
        " JOIN shop.customers c ON c.id = o.customer_id ORDER BY o.id",
        None,
        "read",
    ),
    ('SELECT "Orders".status, count(*) FROM shop."Orders" GROUP BY 1 ORDER BY 1', None, "read"),
    (
        'SELECT id, updated_at IS NOT NULL AS stamped, updated_at <= now() AS past FROM shop."Orders"'
        " ORDER BY id",
        None,
        "read",
    ),
    (
        'SELECT u.handle, u.karma, count(p.id) FROM "user" u LEFT JOIN posts p'
        " ON p.author_id = u.id GROUP BY u.handle, u.karma ORDER BY u.karma DESC, u.handle",
        None,
        "read",
    ),
    (
        "SELECT id, title, public_id IS NOT NULL AS has_uuid, published_at FROM posts ORDER BY id",
        None,
        "read",
    ),
    (
        "SELECT order_id, line_no, gift FROM shop.order_lines WHERE NOT gift"
        " ORDER BY order_id, line_no",
        None,
        "read",
    ),
    (
        "SELECT c.vip, count(o.id), sum((p.price - p.discount) * l.qty) FROM shop.customers c"
        ' JOIN shop."Orders" o ON o.customer_id = c.id'
        " JOIN shop.order_lines l ON l.order_id = o.id JOIN shop.products p ON p.sku = l.sku"
        " GROUP BY c.vip HAVING count(*) > 0 ORDER BY c.vip",
        None,
        "read",
    ),
    (
        "SELECT sku, discount, rank() OVER (ORDER BY discount DESC, sku) FROM shop.products"
        " ORDER BY sku",
        None,
        "read",
    ),
    (
        "WITH sale AS (SELECT * FROM shop.products WHERE attrs ? 'sale')"
        " SELECT sku, attrs->>'sale' FROM sale ORDER BY sku",
        None,
        "read",
    ),
    (
        "SELECT id, array_length(tags, 1), 'eu' = ANY(tags) FROM shop.customers"
        " WHERE vip OR nickname IS NOT NULL ORDER BY nickname NULLS FIRST, id",
        None,
        "read",
    ),
    (
        'SELECT id, status FROM shop."Orders" WHERE status > %s ORDER BY status DESC, id',
        ("pending",),
        "read",
    ),
    ("SELECT * FROM shop.order_lines WHERE gift = %s ORDER BY 1, 2", (True,), "read"),
    ("SELECT count(DISTINCT public_id), count(*) FROM posts", None, "read"),
    (
        "SELECT a.id FROM posts a JOIN posts b ON b.public_id = a.public_id ORDER BY a.id",
        None,
        "read",
    ),
    ('SELECT * FROM "user" ORDER BY id', None, "read"),
]

WRITES: list[Step] = [
    (
        "INSERT INTO shop.customers (id, email, name, tags, vip, nickname)"
        " VALUES (%s, 'di@example.com', 'Di', ARRAY['new', 'eu'], true, 'dd')"
        " RETURNING id, vip, tags, nickname",
        (C4,),
        "write",
    ),
    (
        "UPDATE shop.customers SET tags = array_append(coalesce(tags, '{}'), 'back'),"
        " nickname = 'Ada' WHERE id = %s RETURNING nickname, tags",
        (C1,),
        "write",
    ),
    ("UPDATE shop.customers SET nickname = 'x' WHERE id = %s", (C2,), "write"),
    ("UPDATE shop.customers SET vip = NULL WHERE id = %s", (C3,), "write"),
    ("UPDATE shop.customers SET nickname = repeat('n', 51) WHERE id = %s", (C3,), "write"),
    ("INSERT INTO shop.products VALUES ('SKU-4', 'Pen', 1.25)", None, "write"),
    (
        "INSERT INTO shop.products VALUES ('SKU-5', 'Bag', 30, 2.5, '{\"color\": \"red\"}')",
        None,
        "write",
    ),
    (
        "UPDATE shop.products SET discount = discount + 1.005,"
        " attrs = attrs || jsonb_build_object('sale', true) WHERE price > 10"
        " RETURNING sku, discount, attrs",
        None,
        "unordered",
    ),
    (
        "INSERT INTO shop.products (sku, title, price, discount) VALUES ('SKU-1', 'Mug', 9.50, 0.5)"
        " ON CONFLICT (sku) DO UPDATE SET discount = shop.products.discount + EXCLUDED.discount,"
        " attrs = EXCLUDED.attrs RETURNING sku, discount, attrs",
        None,
        "write",
    ),
    (
        "INSERT INTO shop.products (sku, title, price, attrs) VALUES ('SKU-2', 'Tee', 19.99, '[1]')"
        " ON CONFLICT DO NOTHING",
        None,
        "write",
    ),
    (
        'INSERT INTO shop."Orders" (customer_id, placed, status, updated_at)'
        " VALUES (%s, '2024-05-01', 'paid', '2024-05-01 10:00+00') RETURNING id, status, updated_at",
        (C4,),
        "write",
    ),
    (
        "INSERT INTO shop.\"Orders\" (customer_id, placed) VALUES (%s, '2024-05-02')"
        " RETURNING id, status, updated_at IS NOT NULL",
        (C3,),
        "write",
    ),
    ("UPDATE shop.\"Orders\" SET status = 'lost' WHERE id = 1", None, "write"),
    (
        "UPDATE shop.\"Orders\" SET status = 'shipped', updated_at = '2024-06-01T00:00:00Z'"
        " WHERE status = 'pending' AND placed < '2024-04-01'",
        None,
        "write",
    ),
    (
        "UPDATE shop.order_lines SET gift = true WHERE (order_id, line_no) IN ((1, 2), (3, 1))"
        " RETURNING order_id, line_no, gift",
        None,
        "unordered",
    ),
    ("DELETE FROM shop.order_lines WHERE order_id = 1 AND line_no = 2 RETURNING *", None, "write"),
    (
        "INSERT INTO shop.order_lines (order_id, line_no, sku, qty) VALUES (1, 2, 'SKU-2', 3)"
        " RETURNING gift",
        None,
        "write",
    ),
    ("BEGIN", None, "write"),
    ("UPDATE \"user\" SET karma = karma + 1 WHERE handle = 'ann'", None, "write"),
    ("SAVEPOINT s1", None, "write"),
    ('UPDATE "user" SET karma = karma + 10', None, "write"),
    ('SELECT handle, karma FROM "user" ORDER BY id', None, "write"),
    ("ROLLBACK TO SAVEPOINT s1", None, "write"),
    ('SELECT handle, karma FROM "user" ORDER BY id', None, "write"),
    ("INSERT INTO \"user\" (handle, karma) VALUES ('cat', 5) RETURNING id, karma", None, "write"),
    ("COMMIT", None, "write"),
    ("BEGIN", None, "write"),
    ("UPDATE posts SET published_at = '2024-01-01Z' WHERE id = 1", None, "write"),
    ("DELETE FROM posts WHERE id = 3", None, "write"),
    ("ROLLBACK", None, "write"),
    ("BEGIN", None, "write"),
    ('UPDATE "user" SET karma = NULL', None, "write"),
    ("SELECT 1", None, "write"),
    ("ROLLBACK", None, "write"),
    (
        "INSERT INTO posts (author_id, title, published_at) VALUES (2, 'Fresh',"
        " '2024-07-01 12:00+00') RETURNING id, published_at, public_id IS NOT NULL",
        None,
        "write",
    ),
    ("DELETE FROM posts WHERE id = 2 RETURNING id, published_at", None, "write"),
    (
        "INSERT INTO posts (id, author_id, title) VALUES (2, 1, 'Again') RETURNING published_at",
        None,
        "write",
    ),
    (
        "INSERT INTO shop.order_lines (order_id, line_no, sku, qty, gift)"
        " SELECT o.id, 1, 'SKU-4', 1, o.status = 'paid' FROM shop.\"Orders\" o WHERE o.id > 3",
        None,
        "write",
    ),
    ("DELETE FROM shop.customers WHERE id = %s", (C3,), "write"),
    ("DELETE FROM shop.products WHERE sku = 'SKU-5' RETURNING discount, attrs", None, "write"),
    (
        "INSERT INTO shop.products (sku, title, price) VALUES ('SKU-5', 'Bag', 30)"
        " RETURNING discount, attrs",
        None,
        "write",
    ),
    (
        "PREPARE top(numeric) AS SELECT sku, discount, attrs FROM shop.products"
        " WHERE discount >= $1 ORDER BY discount DESC, sku",
        None,
        "simple",
    ),
    ("EXECUTE top(1)", None, "simple"),
    ("EXECUTE top(0)", None, "extended"),
    ("DEALLOCATE top", None, "simple"),
    (
        "UPDATE shop.products SET sku = 'SKU-3b' WHERE sku = 'SKU-3' RETURNING sku, discount",
        None,
        "write",
    ),
    ('UPDATE "user" SET karma = karma * 2 WHERE id IN (1, 3) RETURNING id, karma', None, "write"),
]

# The final rows: values of volatile defaults only where the sequence wrote them.
FINAL = (
    "SELECT * FROM shop.customers ORDER BY id",
    "SELECT * FROM shop.products ORDER BY sku",
    "SELECT id, customer_id, placed, status, updated_at IS NOT NULL,"
    ' CASE WHEN id IN (1, 2, 4) THEN updated_at END FROM shop."Orders" ORDER BY id',
    "SELECT * FROM shop.order_lines ORDER BY order_id, line_no",
    'SELECT * FROM "user" ORDER BY id',
    "SELECT id, author_id, title, published_at, views, public_id IS NOT NULL FROM posts"
    " ORDER BY id",
)

# Values that must not change across a restart of the proxy (volatile defaults included).
STABLE = (
    'SELECT id, updated_at FROM shop."Orders" ORDER BY id',
    "SELECT id, public_id FROM posts ORDER BY id",
)


@pytest.fixture
def store(request: pytest.FixtureRequest, local_redis: str) -> Iterator[str]:
    """The store of the run: postgres, or redis under a key prefix of its own (removed after)."""
    if request.param == "postgres":
        yield "postgres"
        return
    with redis_store_under_prefix(local_redis, "outside") as url:
        yield url


@pytest.fixture
def databases(local_postgres: Endpoint) -> Iterator[tuple[str, str]]:
    """(proxied, twin): the same schema and rows; the twin has the new columns for real."""
    setup = (*shop.SCHEMA, *shop.SEED)
    with twin_databases(local_postgres, "pgstitch_outside", setup, shop.twin_ddl()) as pair:
        yield pair


def _cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """`pgstitch …` run as a user runs it, with this checkout's code."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "pgstitch.cli", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _declare_in_order(commands: list[list[str]]) -> list[str]:
    """Run these `pgstitch shadow add` one after the other; the errors of those that failed."""
    failures = []
    for arguments in commands:
        done = _cli(*arguments)
        if done.returncode != 0:
            failures.append(f"pgstitch {' '.join(arguments)}: {done.stderr}")
    return failures


def _serve_args(declare: str, upstream: str, store: str, tmp_path: Path) -> tuple[str, ...]:
    """Declare the new columns (config file or CLI) and return the `serve` arguments."""
    if declare == "toml":
        config = tmp_path / "pgstitch.toml"
        config.write_text(shop.toml_config(), encoding="utf-8")
        return ("--store", store, "--config", str(config))
    # As several operators (or a deploy script) would: tables at the same time, the columns
    # of each table in order (that order is the order of `SELECT *`).
    by_table: dict[str, list[list[str]]] = {}
    for arguments in shop.cli_arguments():
        table = arguments[2].rsplit(".", 1)[0]
        by_table.setdefault(table, []).append(
            [*arguments, "--upstream", upstream, "--store", store]
        )
    with ThreadPoolExecutor(max_workers=4) as pool:
        for failures in pool.map(_declare_in_order, by_table.values()):
            assert not failures, failures
    listed = json.loads(
        _cli("shadow", "list", "--json", "--upstream", upstream, "--store", store).stdout
    )
    assert len(listed["columns"]) == len(shop.NEW_COLUMNS), listed
    return ("--store", store)


def _through(proxy: ProxyProcess, upstream: str) -> str:
    dbname = upstream.rsplit("/", 1)[1]
    return proxy.endpoint.url(dbname)


def _answers(conn: psycopg.Connection, types: TypeNames, steps: list[Step]) -> list[Answer]:
    answers = []
    rotation = 0
    for sql, params, how in steps:
        if how == "read":
            answers += [run(conn, types, sql, params, protocol) for protocol in PROTOCOLS]
            continue
        protocol = how if how in PROTOCOLS else PROTOCOLS[rotation % len(PROTOCOLS)]
        rotation += how not in PROTOCOLS
        answers.append(run(conn, types, sql, params, protocol, ordered=how != "unordered"))
    return answers


def _steps_listing(steps: list[Step]) -> list[str]:
    listing = []
    for sql, _params, how in steps:
        listing += [f"{sql} [{p}]" for p in PROTOCOLS] if how == "read" else [f"{sql} [{how}]"]
    return listing


def _assert_same(steps: list[Step], got: list[Answer], want: list[Answer]) -> None:
    diffs = [
        f"{label}\n  pgstitch: {g}\n  twin:     {w}"
        for label, g, w in zip(_steps_listing(steps), got, want, strict=True)
        if g != w
    ]
    assert not diffs, f"{len(diffs)} answer(s) differ:\n" + "\n".join(diffs)


def _rows(conninfo: str, queries: tuple[str, ...]) -> list[list[tuple[Any, ...]]]:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        return [[tuple(r) for r in conn.execute(q).fetchall()] for q in queries]


async def _asyncpg_session(dsn: str) -> list[Any]:
    """Reads and writes through asyncpg (binary types, its own prepared statements)."""
    conn = await asyncpg.connect(dsn)
    try:
        seen: list[Any] = []
        rows = await conn.fetch(
            'SELECT id, status, customer_id FROM shop."Orders" WHERE status = $1 ORDER BY id',
            "shipped",
        )
        seen.append([(tuple(r.keys()), tuple(r.values())) for r in rows])
        seen.append(
            await conn.execute(
                "UPDATE shop.customers SET tags = $1, nickname = $2 WHERE id = $3",
                ["x", "y"],
                "Bo",
                uuid.UUID(C2),
            )
        )
        statement = await conn.prepare(
            "SELECT sku, discount, attrs, price - discount AS net FROM shop.products"
            " WHERE discount >= $1 ORDER BY sku"
        )
        seen.append([a.name for a in statement.get_attributes()])
        for floor in (decimal.Decimal("0"), decimal.Decimal("1.5")):
            seen.append([tuple(r) for r in await statement.fetch(floor)])
        await conn.executemany(
            "INSERT INTO shop.order_lines (order_id, line_no, sku, qty, gift)"
            " VALUES ($1, $2, $3, $4, $5)",
            [(2, 2, "SKU-1", 1, True), (2, 3, "SKU-2", 2, False)],
        )
        async with conn.transaction():
            seen.append(
                await conn.fetchval(
                    "UPDATE shop.\"Orders\" SET status = 'cancelled' WHERE id = $1 RETURNING status",
                    3,
                )
            )
        try:
            async with conn.transaction():
                await conn.execute("UPDATE shop.products SET discount = discount + 100")
                await conn.execute("UPDATE shop.customers SET vip = $1", None)
        except asyncpg.PostgresError as exc:
            seen.append(exc.sqlstate)
        seen.append(await conn.fetch("SELECT sku, discount FROM shop.products ORDER BY sku"))
        seen.append(
            await conn.fetch("SELECT * FROM shop.order_lines WHERE order_id = 2 ORDER BY 2")
        )
        return [[tuple(r) for r in x] if isinstance(x, list) and x and hasattr(x[0], "keys")
                else x for x in seen]  # fmt: skip
    finally:
        await conn.close()


def _add_while_serving(through: str, twin: str, upstream: str, store: str) -> None:
    """A column added with `pgstitch shadow add` while the proxy serves is served in a session
    opened before, within a few seconds, and reads and writes as a real one."""
    with psycopg.connect(through, autocommit=True) as conn:
        conn.execute("SELECT 1")
        done = _cli("shadow", "add", "posts.views", "bigint", "--default", "0", "--not-null",
                    "--upstream", upstream, "--store", store)  # fmt: skip
        assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + 5
        while True:
            try:
                conn.execute("SELECT views FROM posts LIMIT 1")
                break
            except psycopg.errors.UndefinedColumn:
                assert time.monotonic() < deadline, "posts.views not served 5 s after shadow add"
                time.sleep(0.05)
        with psycopg.connect(twin, autocommit=True) as twin_conn:
            twin_conn.execute("ALTER TABLE posts ADD COLUMN views bigint NOT NULL DEFAULT 0")
            steps: list[Step] = [
                ("UPDATE posts SET views = views + 1 WHERE id <= 2 RETURNING id, views", None,
                 "unordered"),
                ("SELECT id, title, views FROM posts WHERE views > 0 ORDER BY id", None,
                 "extended"),
                ('SELECT p.id, p.views + u.karma FROM posts p JOIN "user" u ON u.id = p.author_id'
                 " ORDER BY 1", None, "read"),
            ]  # fmt: skip
            got = _answers(conn, TypeNames(upstream), steps)
            want = _answers(twin_conn, TypeNames(twin), steps)
    _assert_same(steps, got, want)


# The CLI costs a process a column: the CLI on the redis store, the TOML file on postgres.
@pytest.mark.parametrize(
    ("store", "declare"),
    [("postgres", "toml"), ("redis", "cli")],
    indirect=["store"],
)
def test_outside_schema_through_pgstitch_matches_the_twin(
    databases: tuple[str, str],
    store: str,
    declare: str,
    start_proxy_process: StartProxy,
    tmp_path: Path,
) -> None:
    upstream, twin = databases
    args = _serve_args(declare, upstream, store, tmp_path)
    proxy = start_proxy_process(upstream, *args)
    through = _through(proxy, upstream)

    steps = [*READS, *WRITES, *READS]
    with (
        psycopg.connect(through, autocommit=True) as conn,
        psycopg.connect(twin, autocommit=True) as twin_conn,
    ):
        got = _answers(conn, TypeNames(upstream), steps)
        want = _answers(twin_conn, TypeNames(twin), steps)
    _assert_same(steps, got, want)

    assert asyncio.run(_asyncpg_session(through)) == asyncio.run(_asyncpg_session(twin))

    _add_while_serving(through, twin, upstream, store)

    served = _rows(through, FINAL)
    assert served == _rows(twin, FINAL)
    stable = _rows(through, STABLE)
    assert stable == _rows(through, STABLE)

    proxy.stop()
    restarted = start_proxy_process(upstream, *args)
    through = _through(restarted, upstream)
    assert _rows(through, FINAL) == served
    assert _rows(through, STABLE) == stable

    _land(upstream, twin, through)


def _land(upstream: str, twin: str, through: str) -> None:
    """The real migration runs on the database; the parked values move into the new columns,
    and the table itself (no proxy in between) then holds what the twin holds."""
    with psycopg.connect(upstream, autocommit=True) as conn:
        conn.execute(";".join(shop.twin_ddl()))
        conn.execute("ALTER TABLE posts ADD COLUMN views bigint NOT NULL DEFAULT 0")
    want = _rows(twin, FINAL)
    deadline = time.monotonic() + 20
    while (got := _rows(upstream, FINAL)) != want:
        assert time.monotonic() < deadline, f"not landed after 20 s:\n{got}\n!=\n{want}"
        time.sleep(0.2)
    assert _rows(through, FINAL) == want


def test_a_cached_star_query_sees_a_column_declared_after_it_was_prepared(
    local_postgres: Endpoint, start_proxy_process: StartProxy
) -> None:
    """asyncpg's statement cache across `pgstitch shadow add`: with a real column (ALTER TABLE)
    asyncpg gets 0A000, prepares again and reads the new column."""
    with fresh_database(local_postgres, "pgstitch_outside", *shop.SCHEMA, *shop.SEED) as name:
        upstream = local_postgres.url(name)
        proxy = start_proxy_process(upstream, "--store", "postgres")

        async def reads() -> list[list[tuple[Any, ...]]]:
            conn = await asyncpg.connect(_through(proxy, upstream))
            try:
                query = "SELECT * FROM posts WHERE id = $1"
                seen = [[tuple(r.items()) for r in await conn.fetch(query, 1)]]
                done = _cli("shadow", "add", "posts.views", "bigint", "--default", "0",
                            "--upstream", upstream)  # fmt: skip
                assert done.returncode == 0, done.stderr
                await asyncio.sleep(1)  # more than pgstitch needs to hear of a declaration
                seen.append([tuple(r.items()) for r in await conn.fetch(query, 1)])
                return seen
            finally:
                await conn.close()

        row = (("id", 1), ("author_id", 1), ("title", "Hello"))
        assert asyncio.run(reads()) == [[row], [(*row, ("views", 0))]]
