"""open_store: the backend named by --store, or a clear error."""

from __future__ import annotations

import pytest

from shadow.store.factory import open_store
from shadow.store.memory import MemoryStore
from shadow.store.postgres import PostgresStore
from shadow.store.redis import RedisStore


def test_each_name_opens_its_backend() -> None:
    assert isinstance(open_store("memory", None), MemoryStore)
    assert isinstance(open_store("postgres", "postgresql://h:5433/app"), PostgresStore)
    assert isinstance(open_store("redis://127.0.0.1:6379/0", None), RedisStore)


def test_the_postgres_store_is_named_without_credentials() -> None:
    store = open_store("postgres", "postgresql://app:s3cret@db.local:5433/app")
    assert store.name == "postgres store (db.local:5433/app)"


@pytest.mark.parametrize(
    ("url", "upstream", "message"),
    [
        ("postgres", None, "needs the upstream DSN"),
        ("mysql://x", "postgresql://h/app", "unknown store 'mysql://x'"),
        ("postgres", "not a dsn at all", "invalid upstream DSN"),
    ],
)
def test_bad_store_settings_are_refused_clearly(
    url: str, upstream: str | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        open_store(url, upstream)
