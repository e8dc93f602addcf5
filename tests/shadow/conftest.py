"""Fixtures for the store tests: every backend behind one parametrized fixture, and servers to break."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.helpers.net import Endpoint
from tests.shadow.support import (
    Backend,
    RedisServer,
    create_database,
    delete_keys,
    drop_database,
)


@pytest.fixture
def managed_database(local_postgres: Endpoint) -> Iterator[str]:
    """The DSN of a new database of its own, dropped after the test."""
    admin = local_postgres.conninfo("postgres")
    name = create_database(admin)
    yield local_postgres.url(name)
    drop_database(admin, name)


@pytest.fixture
def redis_prefix(local_redis: str) -> Iterator[str]:
    """A key prefix nobody else uses on the local Redis; its keys are deleted after the test."""
    prefix = f"pgstitch-test-{uuid.uuid4().hex[:12]}:"
    yield prefix
    delete_keys(local_redis, prefix)


def _backend(kind: str, request: pytest.FixtureRequest) -> Backend:
    if kind == "postgres":
        return Backend("postgres", dsn=request.getfixturevalue("managed_database"))
    # The others keep nothing in Postgres: the run's shared database serves their SQL checks.
    local_postgres = request.getfixturevalue("local_postgres")
    dsn = local_postgres.url(request.getfixturevalue("test_database"))
    if kind == "redis":
        url = request.getfixturevalue("local_redis")
        prefix = request.getfixturevalue("redis_prefix")
        return Backend("redis", url=f"{url}?prefix={prefix}", dsn=dsn)
    return Backend(kind, dsn=dsn)


@pytest.fixture(params=["memory", "postgres", "redis"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each store backend in turn, on fresh state."""
    return _backend(request.param, request)


@pytest.fixture(params=["postgres", "redis"])
def shared_backend(request: pytest.FixtureRequest) -> Backend:
    """The backends that several processes share, on fresh state."""
    return _backend(request.param, request)


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A redis-server of this test's own, to stop, crash and restart."""
    try:
        server = RedisServer()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    server.start()
    yield server
    server.destroy()
