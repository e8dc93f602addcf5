"""Secrets and parked values never reach the proxy's log, even at debug level.

A proxy whose upstream DSN carries a password serves a session that logs in with a password,
parks values, fails writes whose error messages quote the values, asks for an unknown column
with a literal beside it, breaks the protocol and loses its connection mid-transaction. Every
line pgstitch wrote is then searched for each secret.
"""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.helpers.cluster import ROLES, ThrowawayCluster
from tests.helpers.proxy_process import ProxyProcess, serving

DSN_PASSWORD = "dsn-secret-8c1f"
PARKED = "parked-value-4b2e"
FAILED = "failed-value-91d3"
LITERAL = "query-literal-77aa"
GARBAGE = "garbage-secret-5e0c"
TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS private_notes (id integer PRIMARY KEY, title text);"
    " INSERT INTO private_notes VALUES (1, 'one'), (2, 'two') ON CONFLICT DO NOTHING;"
    " GRANT ALL ON private_notes TO PUBLIC"
)
DECLARED = """
[[shadow]]
table = "private_notes"
column = "secret"
type = "text"

[[shadow]]
table = "private_notes"
column = "pin"
type = "integer"
check = "pin > 0"
"""


@pytest.fixture(scope="module")
def logging_proxy(
    throwaway_cluster: ThrowawayCluster, proxy_log_dir: Path, tmp_path_factory
) -> Iterator[ProxyProcess]:
    with psycopg.connect(throwaway_cluster.admin_conninfo(), autocommit=True) as conn:
        conn.execute(TABLE_SQL)
    config = tmp_path_factory.mktemp("privacy") / "pgstitch.toml"
    config.write_text(DECLARED)
    endpoint = throwaway_cluster.endpoint
    upstream = (
        f"postgresql://postgres:{DSN_PASSWORD}@{endpoint.host}:{endpoint.port}/postgres"
        "?sslmode=disable"
    )
    args = ("--config", str(config), "--log-level", "debug", "--no-sync")
    with serving(upstream, proxy_log_dir, *args) as proxy:
        yield proxy


def _connect(proxy: ProxyProcess) -> psycopg.Connection:
    role = ROLES["scram-sha-256"]
    conninfo = proxy.endpoint.conninfo("postgres", role.name, password=role.password)
    return psycopg.connect(conninfo, autocommit=True)


def _expect_error(conn: psycopg.Connection, sql: str, sqlstate: str) -> None:
    with pytest.raises(psycopg.Error) as raised:
        conn.execute(sql)
    assert raised.value.sqlstate == sqlstate, raised.value


def test_no_secret_or_value_reaches_the_log(logging_proxy: ProxyProcess) -> None:
    with _connect(logging_proxy) as conn:
        conn.execute(f"UPDATE private_notes SET secret = '{PARKED}', pin = 7 WHERE id = 1")
        assert conn.execute("SELECT secret FROM private_notes WHERE id = 1").fetchone() == (PARKED,)
        _expect_error(conn, f"UPDATE private_notes SET pin = '{FAILED}' WHERE id = 2", "22P02")
        _expect_error(conn, "UPDATE private_notes SET pin = -5 WHERE id = 2", "23514")
        _expect_error(conn, f"SELECT nosuch FROM private_notes WHERE title = '{LITERAL}'", "42703")
        conn.execute("BEGIN")
        conn.execute(f"UPDATE private_notes SET secret = '{PARKED}-2' WHERE id = 2")
    # A client that breaks the protocol after logging in, with a secret in the bad message.
    _send_garbage_after_login(logging_proxy)
    with _connect(logging_proxy) as conn:
        assert conn.execute("SELECT pin FROM private_notes WHERE id = 1").fetchone() == (7,)

    log = logging_proxy.stderr()
    assert "unknown column" in log, "the debug log was not written"
    for secret in (DSN_PASSWORD, ROLES["scram-sha-256"].password, PARKED, FAILED, LITERAL, GARBAGE):
        assert secret not in log, f"{secret!r} reached the log"


def _send_garbage_after_login(proxy: ProxyProcess) -> None:
    """A trust login (no password exchange), then a Query whose length lies."""
    role = ROLES["trust"]
    startup = b"".join(
        [struct.pack("!I", 196608), b"user\0", role.name.encode(), b"\0database\0postgres\0\0"]
    )
    with socket.create_connection((proxy.endpoint.host, proxy.endpoint.port), timeout=10) as sock:
        sock.sendall(struct.pack("!I", len(startup) + 4) + startup)
        _read_until_ready(sock)
        body = f"SELECT '{GARBAGE}'".encode()
        sock.sendall(b"Q" + struct.pack("!I", 2) + body + b"\0")
        try:
            while sock.recv(65536):
                pass
        except OSError:
            pass


def _read_until_ready(sock: socket.socket) -> None:
    buffer = b""
    while True:
        chunk = sock.recv(65536)
        assert chunk, "the proxy closed the connection during login"
        buffer += chunk
        while len(buffer) >= 5:
            kind = buffer[:1]
            (length,) = struct.unpack("!I", buffer[1:5])
            if len(buffer) < 1 + length:
                break
            if kind == b"Z":
                return
            assert kind != b"E", buffer[: 1 + length]
            buffer = buffer[1 + length :]
