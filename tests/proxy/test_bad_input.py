"""Bad input on raw sockets: each bad session gets an ErrorResponse (08P01, or the upstream's own
error) and is closed, while other sessions keep working and the proxy prints no traceback."""

from __future__ import annotations

import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.helpers import wire
from tests.helpers.activity import count_backends, terminate_active, wait_for_backends
from tests.helpers.fake_upstream import VANISH, fake_upstream
from tests.helpers.net import Endpoint, free_port
from tests.helpers.proxy_process import ProxyProcess, StartProxy, serving

MAX_MESSAGE_SIZE = 4096


@pytest.fixture(scope="module")
def limited_proxy(
    local_postgres: Endpoint, test_database: str, proxy_log_dir: Path
) -> Iterator[ProxyProcess]:
    """pgstitch with a small --max-message-size, so oversized messages are cheap to make."""
    upstream = local_postgres.url(test_database)
    with serving(upstream, proxy_log_dir, "--max-message-size", str(MAX_MESSAGE_SIZE)) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def bystander(limited_proxy: ProxyProcess, test_database: str) -> Iterator[psycopg.Connection]:
    """A healthy session that must outlive every bad one."""
    with psycopg.connect(limited_proxy.endpoint.conninfo(test_database), autocommit=True) as conn:
        yield conn


@pytest.fixture
def assert_unharmed(
    limited_proxy: ProxyProcess, bystander: psycopg.Connection, test_database: str
) -> Iterator[None]:
    """After the test: the bystander still works, new sessions work, and no traceback appeared."""
    yield
    assert bystander.execute("SELECT 'still here'").fetchone() == ("still here",)
    with wire.login(limited_proxy.endpoint, "postgres", test_database) as fresh:
        fresh.send(wire.query("SELECT 1"))
        assert fresh.read_until(b"Z")[-1] == (b"Z", b"I")
    limited_proxy.assert_no_traceback()


def _expect_error_and_close(conn: wire.RawConnection, sqlstates: set[str]) -> dict[str, str]:
    fields = conn.read_error()
    assert fields.get("C") in sqlstates, fields
    assert conn.is_closed()
    return fields


PROTOCOL = struct.pack("!i", wire.PROTOCOL_3_0)
BAD_STARTUPS = {
    "length-too-small": struct.pack("!i", 4),
    "length-huge": struct.pack("!i", 100_000_000) + PROTOCOL,
    "negative-length": struct.pack("!i", -8) + PROTOCOL,
    "no-terminator": struct.pack("!i", 4 + 4 + 13) + PROTOCOL + b"user\0postgres",
    "key-without-value": struct.pack("!i", 4 + 4 + 6) + PROTOCOL + b"user\0\0",
    "http-request": b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
}


@pytest.mark.usefixtures("assert_unharmed")
@pytest.mark.parametrize("packet", BAD_STARTUPS.values(), ids=BAD_STARTUPS.keys())
def test_malformed_startup_packet(limited_proxy: ProxyProcess, packet: bytes) -> None:
    with wire.open_raw(limited_proxy.endpoint) as conn:
        conn.send(packet)
        _expect_error_and_close(conn, {"08P01"})


@pytest.mark.usefixtures("assert_unharmed")
def test_unsupported_protocol_version(limited_proxy: ProxyProcess, test_database: str) -> None:
    with wire.open_raw(limited_proxy.endpoint) as conn:
        conn.send(wire.startup_packet("postgres", test_database, version=2 << 16))
        _expect_error_and_close(conn, {"08P01", "0A000"})


@pytest.mark.usefixtures("assert_unharmed")
@pytest.mark.parametrize("length", [0, 3, -1], ids=["zero", "below-header", "negative"])
def test_bad_message_length(limited_proxy: ProxyProcess, test_database: str, length: int) -> None:
    with wire.login(limited_proxy.endpoint, "postgres", test_database) as conn:
        conn.send(b"Q" + struct.pack("!i", length))
        _expect_error_and_close(conn, {"08P01"})


@pytest.mark.usefixtures("assert_unharmed")
def test_message_over_the_size_limit(limited_proxy: ProxyProcess, test_database: str) -> None:
    with wire.login(limited_proxy.endpoint, "postgres", test_database) as conn:
        near_limit = "SELECT '" + "a" * (MAX_MESSAGE_SIZE - 100) + "'"
        conn.send(wire.query(near_limit))
        assert conn.read_until(b"Z")[-1] == (b"Z", b"I")
        conn.send(wire.query("SELECT '" + "b" * (2 * MAX_MESSAGE_SIZE) + "'"))
        _expect_error_and_close(conn, {"08P01"})


@pytest.mark.usefixtures("assert_unharmed")
def test_size_limit_applies_to_client_messages_only(
    limited_proxy: ProxyProcess, test_database: str
) -> None:
    with psycopg.connect(limited_proxy.endpoint.conninfo(test_database)) as conn:
        value = conn.execute("SELECT repeat('z', 100000)").fetchone()[0]
        assert value == "z" * 100_000


@pytest.mark.usefixtures("assert_unharmed")
@pytest.mark.parametrize(
    "garbage",
    [b"\xff\x00\x00\x00\x08abcd", b"\x00" * 64, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"],
    ids=["unknown-type", "zeros", "tls-hello-after-startup"],
)
def test_garbage_after_login(
    limited_proxy: ProxyProcess, test_database: str, garbage: bytes
) -> None:
    with wire.login(limited_proxy.endpoint, "postgres", test_database) as conn:
        conn.send(garbage)
        _expect_error_and_close(conn, {"08P01"})


@pytest.mark.usefixtures("assert_unharmed")
@pytest.mark.parametrize(
    "partial", [wire.query("SELECT 1")[:7], b"Q"], ids=["mid-query", "mid-header"]
)
def test_client_disconnects_mid_message(
    limited_proxy: ProxyProcess, local_postgres: Endpoint, test_database: str, partial: bytes
) -> None:
    name = f"stitch-disconnect-{len(partial)}"
    conn = wire.open_raw(limited_proxy.endpoint)
    conn.send(wire.startup_packet("postgres", test_database, application_name=name))
    conn.read_until(b"Z")
    assert count_backends(local_postgres, name) == 1
    conn.send(partial)
    conn.close()
    assert wait_for_backends(local_postgres, name, 0, timeout=10), "upstream session leaked"


@pytest.mark.usefixtures("assert_unharmed")
def test_client_disconnects_mid_startup(limited_proxy: ProxyProcess, test_database: str) -> None:
    with wire.open_raw(limited_proxy.endpoint) as conn:
        conn.send(wire.startup_packet("postgres", test_database)[:10])


@pytest.mark.usefixtures("assert_unharmed")
def test_upstream_backend_terminated_mid_query(
    limited_proxy: ProxyProcess, local_postgres: Endpoint, test_database: str
) -> None:
    name = "stitch-terminated"
    with wire.open_raw(limited_proxy.endpoint) as conn:
        conn.send(wire.startup_packet("postgres", test_database, application_name=name))
        conn.read_until(b"Z")
        conn.send(wire.query("SELECT pg_sleep(30)"))
        assert terminate_active(local_postgres, name, timeout=10)
        fields = _expect_error_and_close(conn, {"57P01"})
        assert "terminating connection" in fields["M"]


def test_upstream_vanishes_mid_query(start_proxy_process: StartProxy) -> None:
    with fake_upstream() as upstream:
        # The fake upstream speaks just enough protocol for a login and a query: the database
        # pgstitch manages (whose catalog it must read) is another one.
        proxy = start_proxy_process(upstream.url("managed") + "?sslmode=disable", "--no-sync")
        with wire.login(proxy.endpoint, "postgres", "fake") as bystander:
            with wire.login(proxy.endpoint, "postgres", "fake") as victim:
                victim.send(wire.query(f"SELECT '{VANISH.decode()}'"))
                fields = victim.read_error()
                assert fields["C"].startswith("08"), fields
                assert victim.is_closed()
            bystander.send(wire.query("SELECT 1"))
            assert bystander.read_until(b"Z")[-1] == (b"Z", b"I")
        proxy.assert_no_traceback()


def test_upstream_unreachable(start_proxy_process: StartProxy, test_database: str) -> None:
    proxy = start_proxy_process(f"postgresql://127.0.0.1:{free_port()}/{test_database}")
    started = time.monotonic()
    with wire.open_raw(proxy.endpoint) as conn:
        conn.send(wire.startup_packet("postgres", test_database))
        fields = conn.read_error()
        assert fields["C"].startswith("08"), fields
        assert conn.is_closed()
    assert time.monotonic() - started < 10
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(proxy.endpoint.conninfo(test_database))
    assert proxy.running()
    proxy.assert_no_traceback()


@pytest.mark.usefixtures("assert_unharmed")
def test_many_bad_sessions_at_once(limited_proxy: ProxyProcess) -> None:
    errors: list[BaseException] = []

    def misbehave(packet: bytes) -> None:
        try:
            with wire.open_raw(limited_proxy.endpoint) as conn:
                conn.send(packet)
                _expect_error_and_close(conn, {"08P01"})
        except BaseException as exc:  # collected and re-raised in the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=misbehave, args=(packet,))
        for packet in list(BAD_STARTUPS.values()) * 5
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
