"""Authentication relayed through pgstitch to a throwaway cluster: trust, password, md5, SCRAM."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest

from tests.helpers.cluster import ROLES, Role, ThrowawayCluster, TlsFiles
from tests.helpers.proxy_process import ProxyProcess, serving

PASSWORD_METHODS = ["password", "md5", "scram-sha-256"]


@pytest.fixture(scope="module")
def auth_proxy(throwaway_cluster: ThrowawayCluster, proxy_log_dir: Path) -> Iterator[ProxyProcess]:
    """pgstitch in front of the throwaway cluster, plain TCP both ways."""
    upstream = throwaway_cluster.endpoint.url("postgres") + "?sslmode=disable"
    with serving(upstream, proxy_log_dir) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def tls_auth_proxy(
    throwaway_cluster: ThrowawayCluster, tls_files: TlsFiles, proxy_log_dir: Path
) -> Iterator[ProxyProcess]:
    """pgstitch with TLS towards clients and towards the throwaway cluster."""
    upstream = throwaway_cluster.endpoint.url("postgres") + "?sslmode=require"
    tls = ("--tls-cert", str(tls_files.cert), "--tls-key", str(tls_files.key))
    with serving(upstream, proxy_log_dir, *tls) as proxy:
        yield proxy


def _current_user(proxy: ProxyProcess, role: Role, password: str, **params: str) -> str:
    conninfo = proxy.endpoint.conninfo("postgres", role.name, password=password, **params)
    with psycopg.connect(conninfo) as conn:
        return conn.execute("SELECT current_user").fetchone()[0]


async def _asyncpg_current_user(proxy: ProxyProcess, role: Role, password: str) -> str:
    conn = await asyncpg.connect(
        host=proxy.endpoint.host,
        port=proxy.endpoint.port,
        user=role.name,
        password=password,
        database="postgres",
        ssl=False,
        timeout=10,
    )
    try:
        return await conn.fetchval("SELECT current_user")
    finally:
        await conn.close()


@pytest.mark.parametrize("method", list(ROLES))
def test_each_method_with_libpq(auth_proxy: ProxyProcess, method: str) -> None:
    role = ROLES[method]
    assert _current_user(auth_proxy, role, role.password) == role.name


@pytest.mark.parametrize("method", list(ROLES))
def test_each_method_with_asyncpg(auth_proxy: ProxyProcess, method: str) -> None:
    role = ROLES[method]
    assert asyncio.run(_asyncpg_current_user(auth_proxy, role, role.password)) == role.name


@pytest.mark.parametrize("method", PASSWORD_METHODS)
def test_wrong_password_gets_28P01(auth_proxy: ProxyProcess, method: str) -> None:
    role = ROLES[method]
    with pytest.raises(asyncpg.InvalidPasswordError) as caught:
        asyncio.run(_asyncpg_current_user(auth_proxy, role, "not-the-password"))
    assert caught.value.sqlstate == "28P01"
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _current_user(auth_proxy, role, "not-the-password")
    assert _current_user(auth_proxy, role, role.password) == role.name


def test_unknown_role_is_refused(auth_proxy: ProxyProcess) -> None:
    conninfo = auth_proxy.endpoint.conninfo("postgres", "nobody_here", password="x")
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
        psycopg.connect(conninfo)


@pytest.mark.parametrize("method", list(ROLES))
def test_each_method_over_tls_both_ways(tls_auth_proxy: ProxyProcess, method: str) -> None:
    role = ROLES[method]
    # With TLS on both legs, SCRAM needs channel_binding=disable (see docs/proxy.md).
    params = {"channel_binding": "disable"} if method == "scram-sha-256" else {}
    assert _current_user(tls_auth_proxy, role, role.password, sslmode="require", **params) == (
        role.name
    )


def test_scram_over_tls_both_ways_reports_postgres_own_binding_error(
    tls_auth_proxy: ProxyProcess,
) -> None:
    # libpq says it could bind but believes the server cannot; Postgres, which can over its own
    # TLS link, refuses the login as a downgrade. The client sees Postgres's own error.
    role = ROLES["scram-sha-256"]
    with pytest.raises(psycopg.OperationalError, match="channel binding negotiation error"):
        _current_user(tls_auth_proxy, role, role.password, sslmode="require")


def test_scram_plus_is_not_offered_across_the_proxy(tls_auth_proxy: ProxyProcess) -> None:
    role = ROLES["scram-sha-256"]
    # With TLS on both legs libpq would pick SCRAM-SHA-256-PLUS if it were offered, and the
    # upstream would then reject a channel binding made against the proxy's certificate.
    found = _current_user(
        tls_auth_proxy, role, role.password, sslmode="require", channel_binding="disable"
    )
    assert found == role.name
    with pytest.raises(psycopg.OperationalError, match="channel binding"):
        _current_user(
            tls_auth_proxy, role, role.password, sslmode="require", channel_binding="require"
        )
