"""`open_store`: the backend named by `--store` (DESIGN.md §5)."""

from __future__ import annotations

from shadow.store.base import ShadowStore

STORE_CHOICES = "memory, postgres or redis://…"


def open_store(url: str, upstream_dsn: str | None) -> ShadowStore:
    """The store named by `url`: `memory`, `postgres` (the upstream's database) or `redis://…`.

    Nothing is contacted yet: the first call connects (and, for postgres, creates the layout).
    Raises ValueError with a readable message for anything else.
    """
    if url == "memory":
        from shadow.store.memory import MemoryStore

        return MemoryStore()
    if url == "postgres":
        if not upstream_dsn:
            raise ValueError("the postgres store needs the upstream DSN of the managed database")
        from shadow.store.postgres import PostgresStore

        return PostgresStore(upstream_dsn)
    if url.startswith(("redis://", "rediss://", "unix://")):
        from shadow.store.redis import RedisStore

        return RedisStore(url)
    raise ValueError(f"unknown store {url!r}: expected {STORE_CHOICES}")
