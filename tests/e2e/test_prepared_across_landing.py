"""Statements prepared before a landing keep working after it, and then read the real column:
asyncpg prepared statements, psycopg server-side prepared statements, and pgbench -M prepared
running while the column lands."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest

from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving

CONFIG = '[[shadow]]\ntable = "items"\ncolumn = "score"\ntype = "integer"\ndefault = "0"\n'
QUERY = "SELECT score FROM items WHERE id = $1"


@pytest.fixture
def database(local_postgres: Endpoint) -> Iterator[str]:
    with fresh_database(
        local_postgres,
        "pgstitch_prepared",
        "CREATE TABLE items (id integer PRIMARY KEY, label text)",
        "INSERT INTO items SELECT g, 'row ' || g FROM generate_series(1, 100) g",
    ) as name:
        yield name


@pytest.fixture
def proxy(local_postgres: Endpoint, database: str, tmp_path: Path) -> Iterator[ProxyProcess]:
    config = tmp_path / "pgstitch.toml"
    config.write_text(CONFIG)
    upstream = local_postgres.url(database)
    with serving(upstream, tmp_path, "--store", "postgres", "--config", str(config)) as served:
        yield served


def _wait_landed(proxy: ProxyProcess) -> None:
    deadline = time.monotonic() + 30
    while "items.score landed" not in proxy.stderr():
        assert time.monotonic() < deadline, proxy.stderr_tail()
        time.sleep(0.1)


def test_prepared_statements_survive_the_landing(
    proxy: ProxyProcess, local_postgres: Endpoint, database: str, tmp_path: Path
) -> None:
    dsn = proxy.endpoint.conninfo(database)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE items SET score = id * 10 WHERE id <= 50")

    async def scenario() -> None:
        aconn = await asyncpg.connect(
            host=proxy.endpoint.host, port=proxy.endpoint.port, user="postgres",
            database=database, ssl=False,
        )  # fmt: skip
        pconn = psycopg.connect(dsn, autocommit=True)
        try:
            statement = await aconn.prepare(QUERY)
            assert await statement.fetchval(7) == 70
            # `*` names the same columns before and after: the landing must not invalidate it.
            star = await aconn.prepare("SELECT * FROM items WHERE id = $1")
            assert tuple(await star.fetchrow(7)) == (7, "row 7", 70)
            assert await statement.fetchval(77) == 0
            psql = QUERY.replace("$1", "%s")
            assert pconn.execute(psql, (7,), prepare=True).fetchone() == (70,)

            script = tmp_path / "read.sql"
            script.write_text("\\set id random(1, 100)\nSELECT score FROM items WHERE id = :id;\n")
            bench = subprocess.Popen(
                ["pgbench", "-n", "-M", "prepared", "-f", str(script), "-c", "2", "-T", "6",
                 "-h", proxy.endpoint.host, "-p", str(proxy.endpoint.port), "-U", "postgres",
                 database],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
            await asyncio.sleep(1)
            with psycopg.connect(local_postgres.conninfo(database), autocommit=True) as direct:
                direct.execute("ALTER TABLE items ADD COLUMN score integer DEFAULT 0")
            await asyncio.get_running_loop().run_in_executor(None, _wait_landed, proxy)

            # The same prepared statements, now reading the real column.
            assert await statement.fetchval(7) == 70
            assert tuple(await star.fetchrow(7)) == (7, "row 7", 70)
            assert pconn.execute(psql, (7,), prepare=True).fetchone() == (70,)
            with psycopg.connect(local_postgres.conninfo(database), autocommit=True) as direct:
                direct.execute("UPDATE items SET score = 12345 WHERE id = 7")
            assert await statement.fetchval(7) == 12345
            assert pconn.execute(psql, (7,), prepare=True).fetchone() == (12345,)

            output, _ = await asyncio.get_running_loop().run_in_executor(None, bench.communicate)
            assert bench.returncode == 0, output
            assert "number of failed transactions: 0" in output, output
        finally:
            await aconn.close()
            pconn.close()

    asyncio.run(scenario())
    with psycopg.connect(local_postgres.conninfo(database)) as conn:
        assert conn.execute("SELECT count(*) FROM items WHERE score = id * 10").fetchone()[0] == 49
