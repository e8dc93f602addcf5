"""SIGHUP makes `pgstitch serve` read its configuration file again: new declarations are served,
TLS can be turned on, a broken file changes nothing, and the process never stops for it."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.helpers.cluster import TlsFiles
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving
from tests.helpers.waiting import wait_until

LOYALTY = """
[[shadow]]
table = "accounts"
column = "loyalty"
type = "integer"
default = "7"
"""
TIER = """
[[shadow]]
table = "accounts"
column = "tier"
type = "text"
default = "'bronze'"
"""


class Served:
    """A proxy started with a configuration file that the test rewrites."""

    def __init__(self, proxy: ProxyProcess, config: Path, database: str) -> None:
        self.proxy = proxy
        self.config = config
        self.database = database

    def connect(self, **params: str) -> psycopg.Connection:
        endpoint = self.proxy.endpoint
        return psycopg.connect(
            host=endpoint.host,
            port=endpoint.port,
            user="postgres",
            dbname=self.database,
            autocommit=True,
            **params,
        )

    def hang_up(self) -> None:
        self.proxy.process.send_signal(signal.SIGHUP)

    def reads(self, sql: str) -> bool:
        try:
            with self.connect(sslmode="disable") as conn:
                conn.execute(sql).fetchall()
            return True
        except psycopg.errors.UndefinedColumn:
            return False


@pytest.fixture
def served(local_postgres: Endpoint, tmp_path: Path) -> Iterator[Served]:
    config = tmp_path / "pgstitch.toml"
    config.write_text(LOYALTY)
    setup = ("CREATE TABLE accounts (id integer PRIMARY KEY)", "INSERT INTO accounts VALUES (1)")
    with fresh_database(local_postgres, "pgstitch_reload", *setup) as database:
        upstream = local_postgres.conninfo(database)
        args = ("--config", str(config), "--store", "memory", "--no-sync")
        with serving(upstream, tmp_path, *args) as proxy:
            yield Served(proxy, config, database)


def test_new_declarations_are_served_after_sighup(served: Served) -> None:
    assert served.reads("SELECT loyalty FROM accounts")
    assert not served.reads("SELECT tier FROM accounts")
    served.config.write_text(LOYALTY + TIER)
    served.hang_up()
    assert wait_until(lambda: served.reads("SELECT tier FROM accounts"), timeout=10)
    with served.connect(sslmode="disable") as conn:
        assert conn.execute("SELECT loyalty, tier FROM accounts").fetchall() == [(7, "bronze")]
    assert served.proxy.running()
    assert "configuration reloaded: 2 declared shadow column(s)" in served.proxy.stderr()


def test_a_broken_file_changes_nothing(served: Served) -> None:
    served.config.write_text(LOYALTY + "[[shadow]\nthis is not toml")
    served.hang_up()
    assert wait_until(lambda: "configuration not reloaded" in served.proxy.stderr(), timeout=10)
    served.config.write_text(LOYALTY + '[[shadow]]\ntable = "accounts"\ncolumn = "x"\n')
    served.hang_up()
    assert wait_until(lambda: "'type' is required" in served.proxy.stderr(), timeout=10)
    assert served.proxy.running()
    assert served.reads("SELECT loyalty FROM accounts")


def test_settings_read_at_start_are_reported(served: Served) -> None:
    served.config.write_text(LOYALTY + '\n[admin]\nlisten = "127.0.0.1:6999"\n')
    served.hang_up()
    assert wait_until(
        lambda: "take effect at the next start: admin" in served.proxy.stderr(), timeout=10
    ), served.proxy.stderr()
    assert served.proxy.running()


def test_tls_is_taken_up_by_later_connections(served: Served, tls_files: TlsFiles) -> None:
    with pytest.raises(psycopg.OperationalError):
        served.connect(sslmode="require")
    served.config.write_text(
        f'[proxy]\ntls_cert = "{tls_files.cert}"\ntls_key = "{tls_files.key}"\n' + LOYALTY
    )
    served.hang_up()

    def encrypted() -> bool:
        try:
            with served.connect(sslmode="require") as conn:
                return conn.pgconn.ssl_in_use
        except psycopg.OperationalError:
            return False

    assert wait_until(encrypted, timeout=10)
    served.config.write_text(f'[proxy]\ntls_cert = "{tls_files.cert}"\ntls_key = "/no/such.key"\n')
    served.hang_up()
    assert wait_until(lambda: "configuration not reloaded" in served.proxy.stderr(), timeout=10)
    assert encrypted()  # the certificate in force stays
