"""SIGTERM: pgstitch stops accepting, closes idle sessions, lets busy ones finish up to
--shutdown-timeout, then exits 0."""

from __future__ import annotations

import signal
import threading
import time

import psycopg
import pytest

from tests.helpers.net import Endpoint, accepts_connections
from tests.helpers.proxy_process import ProxyProcess, StartProxy
from tests.helpers.waiting import wait_until


def _stops_accepting(proxy: ProxyProcess) -> bool:
    return wait_until(lambda: not accepts_connections(*proxy.endpoint.address), timeout=5)


def test_idle_sessions_close_and_transactions_finish(
    start_proxy_process: StartProxy, local_postgres: Endpoint, test_database: str
) -> None:
    proxy = start_proxy_process(local_postgres.url(test_database), "--shutdown-timeout", "20")
    conninfo = proxy.endpoint.conninfo(test_database)
    with psycopg.connect(conninfo, autocommit=True) as setup:
        setup.execute("CREATE TABLE shutdown_commit (id int PRIMARY KEY)")
    idle = psycopg.connect(conninfo, autocommit=True)
    busy = psycopg.connect(conninfo)
    busy.execute("INSERT INTO shutdown_commit VALUES (1)")  # opens a transaction

    proxy.signal(signal.SIGTERM)
    assert _stops_accepting(proxy), "still accepting connections after SIGTERM"
    assert wait_until(lambda: _is_closed(idle), timeout=5), "idle session was not closed"

    busy.execute("INSERT INTO shutdown_commit VALUES (2)")
    busy.commit()
    assert proxy.wait(timeout=10) == 0
    busy.close()
    idle.close()
    with psycopg.connect(local_postgres.conninfo(test_database)) as direct:
        rows = direct.execute("SELECT array_agg(id ORDER BY id) FROM shutdown_commit").fetchone()
        assert rows == ([1, 2],)


def test_busy_sessions_are_closed_after_the_timeout(
    start_proxy_process: StartProxy, local_postgres: Endpoint, test_database: str
) -> None:
    proxy = start_proxy_process(local_postgres.url(test_database), "--shutdown-timeout", "1")
    busy = psycopg.connect(proxy.endpoint.conninfo(test_database))
    outcome: list[BaseException | None] = []

    def sleep_long() -> None:
        try:
            busy.execute("SELECT pg_sleep(30)")
            outcome.append(None)
        except psycopg.Error as exc:
            outcome.append(exc)

    worker = threading.Thread(target=sleep_long)
    worker.start()
    time.sleep(0.5)  # let the query reach the server
    started = time.monotonic()
    proxy.signal(signal.SIGTERM)
    assert proxy.wait(timeout=15) == 0
    assert time.monotonic() - started < 10
    worker.join(timeout=15)
    assert outcome and isinstance(outcome[0], psycopg.OperationalError), outcome
    busy.close()


def _is_closed(conn: psycopg.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return conn.closed


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_idle_proxy_exits_promptly(
    start_proxy_process: StartProxy, local_postgres: Endpoint, test_database: str, signum: int
) -> None:
    proxy = start_proxy_process(local_postgres.url(test_database))
    proxy.signal(signum)
    assert proxy.wait(timeout=5) == 0
