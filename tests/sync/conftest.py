"""Fixtures for the sync tests: a database of their own, and each shared store backend on it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.helpers.net import Endpoint
from tests.shadow.support import Backend, create_database, delete_keys, drop_database


@pytest.fixture
def upstream(local_postgres: Endpoint) -> Iterator[str]:
    """The DSN of a new database of this test's own, dropped afterwards."""
    admin = local_postgres.conninfo("postgres")
    name = create_database(admin)
    yield local_postgres.url(name)
    drop_database(admin, name)


@pytest.fixture(params=["postgres", "redis"])
def backend(request: pytest.FixtureRequest, upstream: str) -> Iterator[Backend]:
    """The postgres store on the test's database, then the redis store under a fresh prefix."""
    if request.param == "postgres":
        yield Backend("postgres", dsn=upstream)
        return
    url = request.getfixturevalue("local_redis")
    prefix = f"pgstitch-sync-test-{uuid.uuid4().hex[:12]}:"
    yield Backend("redis", url=f"{url}?prefix={prefix}", dsn=upstream)
    delete_keys(url, prefix)


@pytest.fixture
def postgres_backend(upstream: str) -> Backend:
    """The postgres store on the test's database."""
    return Backend("postgres", dsn=upstream)
