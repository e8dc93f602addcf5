"""Redis goes away while clients write shadow columns through `pgstitch serve`.

A transaction that wrote shadow columns and commits while Redis is down gets SQLSTATE 57P03
naming the store (its writes are not acknowledged), reads keep being served from the proxy's copy,
the session keeps the writes staged, and once Redis is back they are stored at the session's next
transaction end. Values acknowledged before the outage are all still there afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import start_proxy
from tests.shadow.conftest import redis_server as redis_server
from tests.shadow.support import RedisServer

CONFIG = '[[shadow]]\ntable = "items"\ncolumn = "score"\ntype = "integer"\ndefault = "0"\n'


@pytest.fixture
def database(local_postgres: Endpoint) -> Iterator[str]:
    with fresh_database(
        local_postgres,
        "pgstitch_outage",
        "CREATE TABLE items (id integer PRIMARY KEY)",
        "INSERT INTO items SELECT generate_series(1, 10)",
    ) as name:
        yield local_postgres.conninfo(name)


def _score(conn: psycopg.Connection, row: int) -> int:
    return conn.execute("SELECT score FROM items WHERE id = %s", (row,)).fetchone()[0]


def _eventually(check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "did not happen in time"
        time.sleep(0.05)


def test_writes_while_redis_is_down_are_refused_then_stored(
    database: str, redis_server: RedisServer, tmp_path: Path
) -> None:
    config = tmp_path / "pgstitch.toml"
    config.write_text(CONFIG, encoding="utf-8")
    proxy = start_proxy(database, tmp_path, "--store", redis_server.url, "--config", str(config))
    dsn = f"{database} host={proxy.endpoint.host} port={proxy.endpoint.port}"
    try:
        with (
            psycopg.connect(dsn, autocommit=True) as writer,
            psycopg.connect(dsn, autocommit=True) as reader,
        ):
            writer.execute("UPDATE items SET score = 10 WHERE id = 1")
            assert _score(reader, 1) == 10

            redis_server.stop()
            with pytest.raises(psycopg.errors.CannotConnectNow) as refused:
                writer.execute("UPDATE items SET score = 20 WHERE id = 2")
            assert "redis store" in str(refused.value)
            assert "could not be stored" in str(refused.value)
            assert _score(writer, 2) == 20  # still staged in that session
            assert _score(reader, 2) == 0  # never acknowledged: not seen elsewhere
            assert _score(reader, 1) == 10  # reads keep working from the proxy's copy

            redis_server.start()
            # The next transaction end of the writer's session stores what it kept.
            _eventually(lambda: writer.execute("SELECT 1").fetchone() and _score(reader, 2) == 20)
            writer.execute("UPDATE items SET score = 30 WHERE id = 3")
            assert (_score(reader, 1), _score(reader, 3)) == (10, 30)
        assert proxy.running()
    finally:
        proxy.stop()
    proxy.assert_no_traceback()
    assert "could not be stored" not in proxy.stderr() or "kept in the session" in proxy.stderr()
