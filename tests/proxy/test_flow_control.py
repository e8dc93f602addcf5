"""Flow control: a client that stops reading, or an upstream that stops reading, makes pgstitch
stop reading from the other side instead of buffering without bound."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from tests.helpers import wire
from tests.helpers.activity import wait_event
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, StartProxy
from tests.helpers.waiting import wait_until

MIB = 1024 * 1024
GROWTH_LIMIT = 64 * MIB
PUSH_SECONDS = 3.0


@pytest.fixture
def fresh_proxy(
    start_proxy_process: StartProxy, local_postgres: Endpoint, test_database: str
) -> ProxyProcess:
    return start_proxy_process(local_postgres.url(test_database))


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for process {pid}")


def test_client_that_stops_reading(
    fresh_proxy: ProxyProcess, local_postgres: Endpoint, test_database: str
) -> None:
    name = "stitch-slow-reader"
    rows, width = 50_000, 4000  # 200 MB of result
    before = rss_bytes(fresh_proxy.pid)
    with wire.login(fresh_proxy.endpoint, "postgres", test_database, application_name=name) as conn:
        conn.send(wire.query(f"SELECT repeat('x', {width}) FROM generate_series(1, {rows})"))
        assert wait_until(lambda: wait_event(local_postgres, name) == "ClientWrite", timeout=10), (
            "Postgres never had to wait for pgstitch to read"
        )
        time.sleep(1)
        assert rss_bytes(fresh_proxy.pid) - before < GROWTH_LIMIT
        messages = _count_until_ready(conn)
        assert messages[b"D"] == rows
    fresh_proxy.assert_no_traceback()


def test_upstream_that_stops_reading(
    fresh_proxy: ProxyProcess, local_postgres: Endpoint, test_database: str
) -> None:
    with psycopg.connect(local_postgres.conninfo(test_database), autocommit=True) as admin:
        admin.execute("CREATE TABLE IF NOT EXISTS flow_copy (line text)")
        admin.execute("BEGIN")
        admin.execute("LOCK TABLE flow_copy IN ACCESS EXCLUSIVE MODE")  # COPY waits, unread
        before = rss_bytes(fresh_proxy.pid)
        with wire.login(fresh_proxy.endpoint, "postgres", test_database) as conn:
            conn.send(wire.query("COPY flow_copy FROM STDIN"))
            sent = _push_copy_data(conn, PUSH_SECONDS)
            assert sent < GROWTH_LIMIT, f"pgstitch took {sent / MIB:.0f} MiB it could not pass on"
            assert rss_bytes(fresh_proxy.pid) - before < GROWTH_LIMIT
        admin.execute("ROLLBACK")
    with wire.login(fresh_proxy.endpoint, "postgres", test_database) as conn:
        conn.send(wire.query("SELECT count(*) FROM flow_copy"))
        assert conn.read_until(b"Z")[-1] == (b"Z", b"I")
    fresh_proxy.assert_no_traceback()


def _push_copy_data(conn: wire.RawConnection, seconds: float) -> int:
    """Send CopyData without blocking for `seconds`; return how many bytes the proxy accepted."""
    chunk = wire.frame(b"d", b"x" * (64 * 1024 - 6) + b"\n")
    stream = memoryview(chunk * 16)
    offset = sent = 0
    conn.sock.setblocking(False)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            count = conn.sock.send(stream[offset:])
        except BlockingIOError:
            time.sleep(0.01)
            continue
        sent += count
        offset = (offset + count) % len(stream)
    conn.sock.setblocking(True)
    return sent


def _count_until_ready(conn: wire.RawConnection) -> dict[bytes, int]:
    counts: dict[bytes, int] = {}
    while True:
        kind, _ = conn.read_message()
        counts[kind] = counts.get(kind, 0) + 1
        if kind == b"Z":
            return counts
