"""Fixtures for the whole suite: local Postgres and Redis, `pgstitch serve`, throwaway clusters.

Set PGSTITCH_TEST_TARGET=postgres to run the client tests (those using the `endpoint` fixture)
straight against Postgres instead of through pgstitch: the way to check the tests themselves.
"""

from __future__ import annotations

import compileall
import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import psycopg
import pytest

from tests.helpers.cluster import (
    ClusterUnavailable,
    ThrowawayCluster,
    TlsFiles,
    make_self_signed_cert,
)
from tests.helpers.net import LOCALHOST, Endpoint
from tests.helpers.proxy_process import ProxyProcess, StartProxy, serving
from tests.helpers.services import (
    POSTGRES_PORT,
    REDIS_PORT,
    ServiceUnavailable,
    ensure_postgres,
    ensure_redis,
)

PACKAGES = ("pgstitch", "proxy", "shadow", "sync", "predictor")


def pytest_configure(config: pytest.Config) -> None:
    """Compile pgstitch's modules to bytecode once: the suite starts hundreds of `pgstitch`
    processes, which would otherwise each compile them again where writing bytecode is turned
    off (PYTHONDONTWRITEBYTECODE)."""
    root = Path(__file__).resolve().parent.parent
    for package in PACKAGES:
        compileall.compile_dir(root / package, quiet=2, workers=1)


# The modules that take longest, longest first. Each module runs whole on one worker; started
# last, one of them would leave the other workers idle until it ends.
LONGEST_FIRST = (
    "tests/proxy/test_differential_writes.py",
    "tests/rewrite/test_writes.py",
    "tests/proxy/test_differential_reads.py",
    "tests/rewrite/test_differential.py",
    "tests/rewrite/test_literal_cache.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Hand the longest modules out first; the others keep their order."""
    rank = {path: number for number, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> pytest.TestReport:
    """Attach the end of every live proxy's stderr to the report of a failing proxy test."""
    report = yield
    fixtures = getattr(item, "fixturenames", ())
    uses_proxy = any("proxy" in name or name == "endpoint" for name in fixtures)
    if report.failed and uses_proxy:
        for proxy in list(ProxyProcess.live):
            report.sections.append((f"pgstitch serve :{proxy.endpoint.port}", proxy.stderr_tail()))
    return report


@pytest.fixture(scope="session")
def local_postgres() -> Endpoint:
    """The machine's Postgres on 127.0.0.1:5432 (started when it is down), user postgres, trust."""
    try:
        ensure_postgres()
    except ServiceUnavailable as exc:
        pytest.skip(f"no local Postgres: {exc}")
    return Endpoint(LOCALHOST, POSTGRES_PORT)


@pytest.fixture(scope="session")
def local_redis() -> str:
    """The URL of the machine's Redis on 127.0.0.1:6379 (started when it is down)."""
    try:
        ensure_redis()
    except ServiceUnavailable as exc:
        pytest.skip(f"no local Redis: {exc}")
    return f"redis://{LOCALHOST}:{REDIS_PORT}/0"


@pytest.fixture(scope="session")
def test_database(local_postgres: Endpoint) -> Iterator[str]:
    """A database of its own on the local Postgres for this test run, dropped at the end."""
    name = f"pgstitch_test_{os.getpid()}"
    admin = local_postgres.conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    yield name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def proxy_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pgstitch-serve")


@pytest.fixture
def start_proxy_process(proxy_log_dir: Path) -> Iterator[StartProxy]:
    """A factory: start_proxy_process(upstream_dsn, *serve_args) -> a running ProxyProcess.

    Every proxy it started is stopped after the test (SIGTERM, then SIGKILL), and the test fails
    if one of them printed a traceback.
    """
    with ExitStack() as stack:
        yield lambda upstream, *args: stack.enter_context(serving(upstream, proxy_log_dir, *args))


@pytest.fixture(scope="session")
def proxy(
    local_postgres: Endpoint, test_database: str, proxy_log_dir: Path
) -> Iterator[ProxyProcess]:
    """One `pgstitch serve` shared by the client tests, in front of the run's test database."""
    with serving(local_postgres.url(test_database), proxy_log_dir) as served:
        yield served
    assert served.process.returncode == 0, f"pgstitch serve failed:\n{served.stderr()}"


@pytest.fixture(scope="session")
def endpoint(request: pytest.FixtureRequest, local_postgres: Endpoint) -> Endpoint:
    """Where client tests connect: the shared proxy (or Postgres itself, see module docstring)."""
    if os.environ.get("PGSTITCH_TEST_TARGET") == "postgres":
        return local_postgres
    return request.getfixturevalue("proxy").endpoint


@pytest.fixture(scope="session")
def throwaway_cluster() -> Iterator[ThrowawayCluster]:
    """A fresh initdb'd Postgres with TLS and a role per auth method, deleted at the end."""
    try:
        cluster = ThrowawayCluster()
    except ClusterUnavailable as exc:
        pytest.skip(f"cannot make a throwaway cluster: {exc}")
    try:
        cluster.create()
    except ClusterUnavailable as exc:
        cluster.destroy()
        pytest.skip(f"cannot start a throwaway cluster: {exc}")
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A self-signed certificate and key for localhost / 127.0.0.1."""
    try:
        return make_self_signed_cert(tmp_path_factory.mktemp("tls"))
    except ClusterUnavailable as exc:
        pytest.skip(str(exc))
