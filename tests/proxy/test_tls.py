"""TLS through pgstitch: towards clients with a certificate, `N` without one, GSSENCRequest
refused, TLS towards the upstream, and CancelRequest over both kinds of client connection."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest
from psycopg import errors

from tests.helpers import wire
from tests.helpers.cluster import ThrowawayCluster, TlsFiles
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving


@pytest.fixture(scope="module")
def tls_proxy(
    local_postgres: Endpoint, test_database: str, tls_files: TlsFiles, proxy_log_dir: Path
) -> Iterator[ProxyProcess]:
    """pgstitch with --tls-cert/--tls-key in front of the local Postgres."""
    tls = ("--tls-cert", str(tls_files.cert), "--tls-key", str(tls_files.key))
    with serving(local_postgres.url(test_database), proxy_log_dir, *tls) as proxy:
        yield proxy


def _ssl_in_use(conninfo: str) -> bool:
    with psycopg.connect(conninfo) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        return conn.pgconn.ssl_in_use


def test_client_tls_with_certificate(tls_proxy: ProxyProcess, test_database: str) -> None:
    endpoint = tls_proxy.endpoint
    assert _ssl_in_use(endpoint.conninfo(test_database, sslmode="require"))
    assert not _ssl_in_use(endpoint.conninfo(test_database, sslmode="disable"))


def test_client_verifies_the_proxy_certificate(
    tls_proxy: ProxyProcess, test_database: str, tls_files: TlsFiles
) -> None:
    conninfo = tls_proxy.endpoint.conninfo(
        test_database, sslmode="verify-full", sslrootcert=str(tls_files.cert)
    )
    assert _ssl_in_use(conninfo)


def test_asyncpg_over_tls(tls_proxy: ProxyProcess, test_database: str) -> None:
    async def body() -> int:
        conn = await asyncpg.connect(tls_proxy.endpoint.url(test_database), ssl="require")
        try:
            return await conn.fetchval("SELECT 5")
        finally:
            await conn.close()

    assert asyncio.run(body()) == 5


def test_without_certificate_ssl_is_refused(proxy: ProxyProcess, test_database: str) -> None:
    assert not _ssl_in_use(proxy.endpoint.conninfo(test_database, sslmode="prefer"))
    with pytest.raises(psycopg.OperationalError, match="does not support SSL"):
        _ssl_in_use(proxy.endpoint.conninfo(test_database, sslmode="require"))


def test_gssencmode_prefer_works(proxy: ProxyProcess, test_database: str) -> None:
    assert not _ssl_in_use(proxy.endpoint.conninfo(test_database, gssencmode="prefer"))


def test_gssenc_refused_then_startup_goes_on(proxy: ProxyProcess, test_database: str) -> None:
    with wire.open_raw(proxy.endpoint) as conn:
        conn.send(wire.request_code(wire.GSSENC_REQUEST))
        assert conn.read_exact(1) == b"N"
        conn.send(wire.request_code(wire.SSL_REQUEST))
        assert conn.read_exact(1) == b"N"
        conn.send(wire.startup_packet("postgres", test_database))
        assert conn.read_until(b"Z")[-1] == (b"Z", b"I")


def test_gssenc_refused_then_tls_accepted(tls_proxy: ProxyProcess, test_database: str) -> None:
    with wire.open_raw(tls_proxy.endpoint) as conn:
        conn.send(wire.request_code(wire.GSSENC_REQUEST))
        assert conn.read_exact(1) == b"N"
        conn.send(wire.request_code(wire.SSL_REQUEST))
        assert conn.read_exact(1) == b"S"
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        tls = wire.RawConnection(context.wrap_socket(conn.sock))
        tls.send(wire.startup_packet("postgres", test_database))
        assert tls.read_until(b"Z")[-1] == (b"Z", b"I")
        tls.send(wire.query("SELECT 'over tls'"))
        rows = [payload for kind, payload in tls.read_until(b"Z") if kind == b"D"]
        assert rows and rows[0].endswith(b"over tls")


@pytest.mark.parametrize("method", ["cancel", "cancel_safe"])
def test_cancel_over_tls(tls_proxy: ProxyProcess, test_database: str, method: str) -> None:
    conninfo = tls_proxy.endpoint.conninfo(test_database, sslmode="require")
    with psycopg.connect(conninfo) as conn:
        timer = threading.Timer(0.5, getattr(conn, method))
        timer.start()
        with pytest.raises(errors.QueryCanceled):
            conn.execute("SELECT pg_sleep(30)")
        conn.rollback()
        assert conn.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.parametrize("upstream_sslmode", ["require", "disable"])
def test_tls_towards_upstream(
    throwaway_cluster: ThrowawayCluster, proxy_log_dir: Path, upstream_sslmode: str
) -> None:
    upstream = throwaway_cluster.endpoint.url("postgres") + f"?sslmode={upstream_sslmode}"
    with serving(upstream, proxy_log_dir) as proxy:
        conninfo = proxy.endpoint.conninfo("postgres", sslmode="disable")
        with psycopg.connect(conninfo) as conn:
            query = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            assert conn.execute(query).fetchone() == (upstream_sslmode == "require",)
