"""Protocol flows on a raw socket through pgstitch: Flush, skip-until-Sync after an error, named
portals with row limits, Describe and Close, empty queries, Terminate and CancelRequest.

These flows have exact answers in the protocol, so the tests also pass against Postgres itself
(PGSTITCH_TEST_TARGET=postgres).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.helpers import wire
from tests.helpers.activity import count_backends, wait_for_backends
from tests.helpers.net import Endpoint


@pytest.fixture
def conn(endpoint: Endpoint, test_database: str) -> Iterator[wire.RawConnection]:
    with wire.login(endpoint, "postgres", test_database) as raw:
        yield raw


def kinds(messages: list[tuple[bytes, bytes]]) -> bytes:
    return b"".join(kind for kind, _ in messages)


def test_flush_delivers_results_before_sync(conn: wire.RawConnection) -> None:
    conn.send(wire.parse("flushed", "SELECT 40 + 2") + wire.FLUSH)
    assert conn.read_message() == (b"1", b"")
    conn.send(wire.bind("", "flushed") + wire.execute() + wire.FLUSH)
    assert kinds(conn.read_until(b"C")) == b"2DC"
    conn.send(wire.SYNC)
    assert conn.read_message() == (b"Z", b"I")


def test_error_skips_until_sync(conn: wire.RawConnection) -> None:
    failing = wire.parse("", "SELECT 1 / g FROM generate_series(0, 0) g")
    failing += wire.bind("", "") + wire.execute()
    skipped = wire.parse("", "SELECT 2") + wire.bind("", "") + wire.execute()
    conn.send(failing + skipped + wire.SYNC)
    messages = conn.read_until(b"Z")
    assert kinds(messages) == b"12EZ"
    assert wire.error_fields(messages[2][1])["C"] == "22012"
    assert messages[-1] == (b"Z", b"I")
    conn.send(skipped + wire.SYNC)
    assert kinds(conn.read_until(b"Z")) == b"12DCZ"


def test_named_portal_with_row_limit(conn: wire.RawConnection) -> None:
    conn.send(
        wire.parse("five", "SELECT generate_series(1, 5)")
        + wire.bind("rows", "five")
        + wire.execute("rows", 2)
        + wire.execute("rows", 2)
        + wire.execute("rows", 0)
        + wire.SYNC
    )
    messages = conn.read_until(b"Z")
    assert kinds(messages) == b"12DDsDDsDCZ"
    assert [payload[-1:] for kind, payload in messages if kind == b"D"] == [
        b"1", b"2", b"3", b"4", b"5"
    ]  # fmt: skip
    assert (b"C", b"SELECT 1\0") in messages


def test_describe_and_close_a_statement(conn: wire.RawConnection) -> None:
    conn.send(wire.parse("plus_one", "SELECT $1::int + 1 AS n") + wire.describe(b"S", "plus_one"))
    conn.send(wire.SYNC)
    messages = conn.read_until(b"Z")
    assert kinds(messages) == b"1tTZ"
    assert b"n\0" in messages[2][1]
    conn.send(wire.bind("", "plus_one", (b"41",)) + wire.execute() + wire.SYNC)
    rows = conn.read_until(b"Z")
    assert kinds(rows) == b"2DCZ" and rows[1][1].endswith(b"42")
    conn.send(wire.close(b"S", "plus_one") + wire.SYNC)
    assert kinds(conn.read_until(b"Z")) == b"3Z"
    conn.send(wire.bind("", "plus_one", (b"1",)) + wire.SYNC)
    assert conn.read_error()["C"] == "26000"
    assert conn.read_message() == (b"Z", b"I")


def test_empty_query(conn: wire.RawConnection) -> None:
    conn.send(wire.query(""))
    assert kinds(conn.read_until(b"Z")) == b"IZ"


def test_copy_in_and_failure_in_simple_protocol(conn: wire.RawConnection) -> None:
    conn.send(wire.query("CREATE TEMP TABLE raw_copy (id int, name text)"))
    conn.read_until(b"Z")
    conn.send(wire.query("COPY raw_copy FROM STDIN"))
    assert conn.read_message()[0] == b"G"
    conn.send(wire.frame(b"d", b"1\tone\n2\t") + wire.frame(b"d", b"two\n") + wire.frame(b"c"))
    messages = conn.read_until(b"Z")
    assert messages[0] == (b"C", b"COPY 2\0")
    conn.send(wire.query("COPY raw_copy FROM STDIN"))
    assert conn.read_message()[0] == b"G"
    conn.send(wire.frame(b"d", b"3\tthree\n") + wire.frame(b"f", b"client gave up\0"))
    fields = conn.read_error()
    assert fields["C"] == "57014" and "client gave up" in fields["M"]
    assert conn.read_message() == (b"Z", b"I")


def test_terminate_closes_the_upstream_session(
    endpoint: Endpoint, local_postgres: Endpoint, test_database: str
) -> None:
    name = "stitch-terminate"
    conn = wire.login(endpoint, "postgres", test_database, application_name=name)
    assert count_backends(local_postgres, name) == 1
    conn.send(wire.TERMINATE)
    assert conn.is_closed()
    conn.close()
    assert wait_for_backends(local_postgres, name, 0, timeout=10)


def test_cancel_request_with_the_key_from_login(
    endpoint: Endpoint, conn: wire.RawConnection
) -> None:
    assert conn.backend_key is not None
    process_id, secret = conn.backend_key
    with wire.open_raw(endpoint) as canceller:
        canceller.send(wire.cancel_request(process_id, secret ^ 0x5A5A))  # a wrong key: ignored
        assert canceller.is_closed()
    conn.send(wire.query("SELECT 'slept' FROM pg_sleep(0.5)"))
    assert kinds(conn.read_until(b"Z")) == b"TDCZ"
    conn.send(wire.query("SELECT pg_sleep(30)"))
    time.sleep(0.3)
    started = time.monotonic()
    with wire.open_raw(endpoint) as canceller:
        canceller.send(wire.cancel_request(process_id, secret))
        assert canceller.is_closed()
    assert conn.read_error()["C"] == "57014"
    assert conn.read_until(b"Z")[-1] == (b"Z", b"I")
    assert time.monotonic() - started < 5
