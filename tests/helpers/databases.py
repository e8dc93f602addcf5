"""Throwaway databases on the local Postgres, for tests that need one of their own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from .net import Endpoint


@contextmanager
def fresh_database(postgres: Endpoint, prefix: str, *setup: str) -> Iterator[str]:
    """A new database named PREFIX_<random>, set up with these statements; dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = postgres.conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(postgres.conninfo(name), autocommit=True) as conn:
            for statement in setup:
                conn.execute(statement)
        yield name
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def twin_databases(
    postgres: Endpoint, prefix: str, setup: tuple[str, ...], twin_ddl: list[str]
) -> Iterator[tuple[str, str]]:
    """(proxied, twin) URLs of two new databases set up alike; the twin also runs `twin_ddl`
    (the new columns for real)."""
    with (
        fresh_database(postgres, prefix, *setup) as proxied,
        fresh_database(postgres, f"{prefix}_twin", *setup, *twin_ddl) as twin,
    ):
        yield postgres.url(proxied), postgres.url(twin)
