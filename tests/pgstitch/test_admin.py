"""The admin HTTP API of `pgstitch serve --admin` and `pgstitch status`: health, metrics, status,
shadow columns, predictions, the dashboard, the token, and a store that cannot be reached."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families

from pgstitch.admin.dashboard import render as render_dashboard
from pgstitch.commands.serve import admin_address
from shadow.columns import ColumnState, ShadowColumn
from shadow.store.postgres import PostgresStore
from tests.helpers.databases import fresh_database
from tests.helpers.net import LOCALHOST, Endpoint, free_port
from tests.helpers.proxy_process import ProxyProcess, serving
from tests.helpers.waiting import wait_until

TOKEN = "s3cret-token"
CONFIG = """
[[shadow]]
table = "accounts"
column = "loyalty"
type = "integer"
default = "0"
"""


class Admin:
    """A running proxy with its admin API at `base`."""

    def __init__(self, proxy: ProxyProcess, port: int, upstream: str, database: str) -> None:
        self.proxy = proxy
        self.port = port
        self.base = f"http://{LOCALHOST}:{port}"
        self.upstream = upstream
        self.database = database

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
        """(status, headers, body) of a GET."""
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def json(self, path: str, headers: dict[str, str] | None = None) -> dict:
        status, _, body = self.get(path, headers)
        assert status == 200, (path, status, body)
        return json.loads(body)

    def client(self) -> psycopg.Connection:
        endpoint = self.proxy.endpoint
        return psycopg.connect(
            host=endpoint.host, port=endpoint.port, user="postgres", dbname=self.database
        )


@contextmanager
def _serve_with_admin(
    local_postgres: Endpoint, tmp_path: Path, *extra: str, token: str | None = None
) -> Iterator[Admin]:
    config = tmp_path / "pgstitch.toml"
    config.write_text(CONFIG + (f'\n[admin]\ntoken = "{token}"\n' if token else ""))
    port = free_port()
    setup = "CREATE TABLE accounts (id integer PRIMARY KEY, name text)"
    with fresh_database(local_postgres, "pgstitch_admin", setup) as database:
        upstream = local_postgres.conninfo(database)
        args = ("--config", str(config), "--admin", f"{LOCALHOST}:{port}", "--no-sync", *extra)
        with serving(upstream, tmp_path, *args) as proxy:
            assert wait_until(lambda: _answers(port), timeout=10)
            yield Admin(proxy, port, upstream, database)


def _answers(port: int) -> bool:
    try:
        with socket.create_connection((LOCALHOST, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def admin(local_postgres: Endpoint, tmp_path: Path) -> Iterator[Admin]:
    with _serve_with_admin(local_postgres, tmp_path, "--store", "postgres") as serving_admin:
        assert wait_until(lambda: serving_admin.get("/health")[0] == 200, timeout=15)
        yield serving_admin


@pytest.fixture
def guarded(local_postgres: Endpoint, tmp_path: Path) -> Iterator[Admin]:
    with _serve_with_admin(local_postgres, tmp_path, "--store", "memory", token=TOKEN) as guarded:
        assert wait_until(lambda: guarded.get("/health")[0] == 200, timeout=15)
        yield guarded


def _status_command(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pgstitch.cli", "status", *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PGSTITCH_ADMIN")}
    return subprocess.run(command, capture_output=True, text=True, timeout=30, env=env)


def test_health_status_and_shadow_columns(admin: Admin) -> None:
    assert admin.json("/health") == {
        "status": "ok",
        "shadow_schema_loaded": True,
        "store_reachable": True,
    }
    with admin.client() as conn:
        assert conn.execute("SELECT loyalty FROM accounts").fetchall() == []
        status = admin.json("/api/status")
        assert status["sessions"] == 1
        assert status["sessions_accepted"] >= 1
    assert status["store"]["reachable"] is True
    assert status["store"]["name"].startswith("postgres store")
    assert status["shadow_schema"]["loaded"] is True
    assert status["shadow_schema"]["served"] == 1
    assert status["shadow_schema"]["columns_by_state"]["active"] == 1
    assert status["upstream"].endswith("/" + admin.database)
    assert status["sync"] == {"enabled": False, "leading": False}
    shadow = admin.json("/api/shadow")
    assert [(c["table"], c["column"], c["type"]) for c in shadow["columns"]] == [
        ("accounts", "loyalty", "integer")
    ]
    assert shadow["version"] == status["shadow_schema"]["version"]


def test_metrics_are_prometheus_text_of_the_live_state(admin: Admin) -> None:
    def samples() -> dict[tuple[str, tuple], float]:
        status, headers, body = admin.get("/metrics")
        assert status == 200
        assert headers["content-type"].startswith("text/plain; version=0.0.4")
        return {
            (sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(body.decode())
            for sample in family.samples
        }

    with admin.client() as conn, admin.client() as other:
        conn.execute("SELECT 1")
        other.execute("SELECT 1")
        during = samples()
    assert during[("pgstitch_client_sessions", ())] == 2
    assert during[("pgstitch_shadow_columns", (("state", "active"),))] == 1
    assert during[("pgstitch_shadow_columns", (("state", "predicted"),))] == 0
    assert during[("pgstitch_store_up", ())] == 1
    assert during[("pgstitch_up", ())] == 1
    assert wait_until(lambda: samples()[("pgstitch_client_sessions", ())] == 0, timeout=10)
    assert samples()[("pgstitch_client_sessions_accepted_total", ())] >= 2


def test_unknown_columns_are_counted(admin: Admin) -> None:
    with admin.client() as conn, pytest.raises(psycopg.errors.UndefinedColumn):
        conn.execute("SELECT no_such_column FROM accounts")
    assert wait_until(lambda: admin.json("/api/status")["unknown_columns_seen"] == 1, timeout=10)


def test_predictions_and_dashboard(admin: Admin) -> None:
    predicted = ShadowColumn(
        "public",
        "accounts",
        "tier",
        "text",
        probability=0.72,
        eta=datetime(2027, 1, 15, tzinfo=UTC),
        sources=("history", "releases"),
        state=ColumnState.PREDICTED,
    )
    hostile = ShadowColumn(
        "public", "accounts", "<script>x</script>", "text", probability=0.4,
        sources=("telemetry",), state=ColumnState.PREDICTED,
    )  # fmt: skip

    async def put() -> None:
        store = PostgresStore(admin.upstream)
        try:
            await store.put_column(predicted)
            await store.put_column(hostile)
        finally:
            await store.close()

    asyncio.run(put())

    def listed() -> list[str]:
        return [c["column"] for c in admin.json("/api/predictions")["columns"]]

    assert wait_until(lambda: listed() == ["tier", "<script>x</script>"], timeout=10)
    tier = admin.json("/api/predictions")["columns"][0]
    assert tier["probability"] == 0.72
    assert tier["sources"] == ["history", "releases"]
    assert tier["eta"].startswith("2027-01-15")
    status, headers, page = admin.get("/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert b"public.accounts.tier" in page and b"ETA 2027-01-15" in page
    assert b"<script>x" not in page and b"&lt;script&gt;x" in page


def test_token_guards_all_but_health(guarded: Admin) -> None:
    assert guarded.get("/health")[0] == 200
    for path in ("/", "/metrics", "/api/status", "/api/shadow", "/api/predictions"):
        status, headers, _ = guarded.get(path)
        assert status == 401, path
        assert headers["www-authenticate"] == 'Basic realm="pgstitch"'
    assert guarded.get("/api/status", {"Authorization": "Bearer wrong"})[0] == 401
    assert guarded.get("/api/status", {"Authorization": f"Bearer {TOKEN}"})[0] == 200
    basic = base64.b64encode(f"anyone:{TOKEN}".encode()).decode()
    assert guarded.get("/metrics", {"Authorization": f"Basic {basic}"})[0] == 200
    assert guarded.get("/api/status", {"Authorization": "Basic !!notbase64"})[0] == 401


def test_status_command(guarded: Admin) -> None:
    address = f"{LOCALHOST}:{guarded.port}"
    refused = _status_command("--admin", address)
    assert refused.returncode == 1
    assert "--token" in refused.stderr
    shown = _status_command("--admin", address, "--token", TOKEN)
    assert shown.returncode == 0, shown.stderr
    assert "store: memory store, reachable" in shown.stdout
    assert "1 column(s) served (1 active)" in shown.stdout
    as_json = _status_command("--admin", address, "--token", TOKEN, "--json")
    assert json.loads(as_json.stdout)["store"]["name"] == "memory store"
    nobody = _status_command("--admin", f"{LOCALHOST}:{free_port()}")
    assert nobody.returncode == 1
    assert "cannot reach the admin API" in nobody.stderr


def test_bad_requests(admin: Admin) -> None:
    request = urllib.request.Request(admin.base + "/api/status", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert admin.get("/no/such/page")[0] == 404
    for garbage in (b"NOT HTTP AT ALL\r\n\r\n", b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 4000):
        with socket.create_connection((LOCALHOST, admin.port), timeout=10) as raw:
            raw.sendall(garbage)
            assert raw.recv(64).startswith(b"HTTP/1.1 400")
    assert admin.get("/health")[0] == 200  # the server lives on


def test_health_fails_while_the_store_cannot_be_reached(
    local_postgres: Endpoint, tmp_path: Path
) -> None:
    nowhere = f"redis://{LOCALHOST}:{free_port()}/0"
    with _serve_with_admin(local_postgres, tmp_path, "--store", nowhere) as admin:
        status, _, body = admin.get("/health")
        assert status == 503
        details = json.loads(body)
        assert details["status"] == "unavailable"
        assert details["store_reachable"] is False
        assert details["store_error"]
        shown = _status_command("--admin", f"{LOCALHOST}:{admin.port}")
        assert shown.returncode == 3
        assert "UNREACHABLE" in shown.stdout


def test_dashboard_escapes_and_scales_bars() -> None:
    status = {
        "version": "0.1.0", "uptime_seconds": 5.0, "listen": "127.0.0.1:6432",
        "upstream": "db:5432/app", "sessions": 1, "sessions_accepted": 3,
        "store": {"name": "memory store", "reachable": False},
        "shadow_schema": {"version": 2, "served": 0, "columns_by_state": {"active": 0}},
        "sync": {"enabled": True, "leading": False},
    }  # fmt: skip
    column = {
        "schema": "public", "table": "t&t", "column": "c", "type": "int", "default": None,
        "state": "predicted", "probability": 0.5, "sources": ["history"], "eta": None,
    }  # fmt: skip
    page = render_dashboard(status, {"columns": [column]}, {"columns": [column]}).decode()
    assert "memory store: UNREACHABLE" in page
    assert "public.t&amp;t.c" in page and "t&t" not in page
    assert "following" in page
    assert "width='240'" in page  # the largest value fills the bar


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (":7000", ("127.0.0.1", 7000)),
        ("10.0.0.5", ("10.0.0.5", 6480)),
        ("0.0.0.0:7001", ("0.0.0.0", 7001)),
        ("[::1]:7002", ("::1", 7002)),
    ],
)
def test_admin_addresses(text: str, address: tuple[str, int]) -> None:
    assert admin_address(text) == address
