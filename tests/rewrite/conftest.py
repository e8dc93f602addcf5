"""Fixtures for the rewriter tests: a twin and a shadow database built from the same declarations.

- twin: the shadow columns are real columns (added with their defaults), holding the parked
  values;
- shadow: the columns are missing; the parked values sit in `pgstitch.parked`.

Both get corpus/base.sql first. Databases have unique names and are dropped at the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from proxy.rewrite import (
    LiteralParkedSource,
    ParkedSource,
    Rewriter,
    TableParkedSource,
    row_key_sql,
)
from shadow.catalog import CatalogSnapshot, load_catalog
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema
from tests.rewrite.differential import LibpqExecutor, Outcome, Transform

CORPUS_DIR = Path(__file__).parent / "corpus"
ADMIN_DSN = os.environ.get("PGSTITCH_TEST_ADMIN_DSN", "host=127.0.0.1 port=5432 user=postgres")

SHADOW_COLUMNS = (
    ShadowColumn("public", "accounts", "loyalty", "integer", "0"),
    ShadowColumn("public", "accounts", "tier", "text"),
    ShadowColumn("public", "accounts", "mood", "mood", "'happy'"),
    ShadowColumn("public", "accounts", "labels", "text[]", "'{new}'"),
    ShadowColumn("public", "bills", "paid", "boolean", "false"),
    ShadowColumn("public", "bills", "due", "date", "'2024-12-31'"),
    ShadowColumn("public", "Users", "Nick", "varchar(20)", "'anon'"),
    ShadowColumn("public", "line_items", "discount", "numeric(5,2)", "0"),
    ShadowColumn("public", "events", "seen", "boolean", "false"),
    ShadowColumn("sales", "accounts", "score", "integer", "10"),
)

# (schema, table) -> row key -> column -> text value or None (an explicit NULL).
PARKED: dict[tuple[str, str], dict[str, dict[str, str | None]]] = {
    ("public", "accounts"): {
        "1": {"loyalty": "10", "tier": "gold", "labels": "{vip,early}"},
        "2": {"loyalty": None, "tier": "silver"},
        "3": {"tier": "bronze", "mood": "sad"},
        "4": {"loyalty": "7", "mood": "grumpy"},
        "5": {"loyalty": "3"},
        "7": {"tier": "it's a \\ quoted $$ tier"},
    },
    ("public", "bills"): {
        "1": {"paid": "true"},
        "4": {"paid": "t", "due": "2025-01-15"},
        "6": {"due": "2024-06-01"},
    },
    ("public", "Users"): {"1": {"Nick": "Zoë ✓"}, "3": {"Nick": None}},
    ("public", "line_items"): {"(1,2)": {"discount": "5.50"}, "(2,1)": {"discount": "12.25"}},
    ("sales", "accounts"): {"1": {"score": "99"}},
}

SEARCH_PATH = ("public",)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build_twin(conn: psycopg.Connection) -> None:
    """Add the shadow columns for real and store the parked values in them."""
    for column in SHADOW_COLUMNS:
        default = f" DEFAULT {column.default}" if column.default is not None else ""
        conn.execute(
            f"ALTER TABLE {quote(column.schema)}.{quote(column.table)}"
            f" ADD COLUMN {quote(column.column)} {column.type}{default}"
        )
    keys = {(c.schema, c.table): _primary_key(conn, c.schema, c.table) for c in SHADOW_COLUMNS}
    types = {(c.schema, c.table, c.column): c.type for c in SHADOW_COLUMNS}
    for (schema, table), rows in PARKED.items():
        key_sql = row_key_sql(keys[(schema, table)], quote(table))
        for row_key, values in rows.items():
            for column, value in values.items():
                conn.execute(
                    f"UPDATE {quote(schema)}.{quote(table)} SET {quote(column)} ="
                    f" %s::{types[(schema, table, column)]} WHERE {key_sql} = %s",
                    (value, row_key),
                )


def build_shadow(conn: psycopg.Connection) -> None:
    """The pgstitch.parked table of the postgres store, holding the parked values."""
    conn.execute(
        "CREATE SCHEMA pgstitch;"
        " CREATE TABLE pgstitch.parked (schema_name text, table_name text, row_key text,"
        " vals jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (schema_name, table_name, row_key))"
    )
    for (schema, table), rows in PARKED.items():
        for row_key, values in rows.items():
            conn.execute(
                "INSERT INTO pgstitch.parked VALUES (%s, %s, %s, %s::jsonb)",
                (schema, table, row_key, json.dumps(values)),
            )


def _primary_key(conn: psycopg.Connection, schema: str, table: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT a.attname FROM pg_index i"
        " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
        " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
        " WHERE i.indrelid = format('%%I.%%I', %s::text, %s::text)::regclass AND i.indisprimary"
        " ORDER BY k.ord",
        (schema, table),
    ).fetchall()
    return tuple(r[0] for r in rows)


@dataclass
class DifferentialDatabases:
    """Connection strings of the twin and shadow databases, and what pgstitch knows."""

    twin: str
    shadow: str
    catalog: CatalogSnapshot
    schema: ShadowSchema

    def rewriter(self) -> Rewriter:
        return Rewriter(self.catalog, self.schema)

    @property
    def row_types(self) -> frozenset[str]:
        """Type names of the row types of tables with shadow columns."""
        tables = {(c.schema, c.table) for c in self.schema.columns}
        return frozenset(
            "user:" + (quote(t) if t != t.lower() else t) if s == "public" else f"user:{s}.{t}"
            for s, t in tables
        )


def _create_database(name: str) -> str:
    with psycopg.connect(ADMIN_DSN + " dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{ADMIN_DSN} dbname={name}"


def _drop_database(name: str) -> None:
    with psycopg.connect(ADMIN_DSN + " dbname=postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def differential_dbs() -> Iterator[DifferentialDatabases]:
    """A twin and a shadow database for the differential corpus."""
    suffix = uuid.uuid4().hex[:10]
    names = (f"pgstitch_twin_{suffix}", f"pgstitch_shadow_{suffix}")
    try:
        twin, shadow = (_create_database(n) for n in names)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no local Postgres: {exc}")
    try:
        base = (CORPUS_DIR / "base.sql").read_text(encoding="utf-8")
        with psycopg.connect(twin, autocommit=True) as conn:
            conn.execute(base)
            build_twin(conn)
        with psycopg.connect(shadow, autocommit=True) as conn:
            conn.execute(base)
            build_shadow(conn)
        catalog = asyncio.run(_load_catalog(shadow))
        yield DifferentialDatabases(twin, shadow, catalog, ShadowSchema(1, SHADOW_COLUMNS))
    finally:
        for name in names:
            _drop_database(name)


async def _load_catalog(conninfo: str) -> CatalogSnapshot:
    async with await psycopg.AsyncConnection.connect(conninfo) as conn:
        return await load_catalog(conn, 1)


def rewriting_transform(rewriter: Rewriter, parked: ParkedSource) -> Transform:
    """What pgstitch does with a statement before it reaches the server."""

    def transform(sql: str, protocol: str):
        rewrite = rewriter.rewrite(sql, SEARCH_PATH)
        if rewrite is None:
            return sql, None
        if rewrite.errors and protocol != "simple":
            error = rewrite.errors[0]
            return Outcome(sqlstate=error.sqlstate, message=error.message, position=error.position)
        rendered = rewrite.render_mapped(parked)

        def original_position(position: int | None) -> int | None:
            # A refused statement raises from a DO block, which cannot carry a position.
            if position is None:
                return rewrite.errors[0].position if rewrite.errors else None
            return rendered.original_position(position)

        return rendered.sql, original_position

    return transform


PARKED_SOURCES: dict[str, Callable[[], ParkedSource]] = {
    "table": TableParkedSource,
    "literal": lambda: LiteralParkedSource(PARKED),
}


@pytest.fixture(scope="session")
def twin_executor(differential_dbs: DifferentialDatabases) -> Iterator[LibpqExecutor]:
    executor = LibpqExecutor(differential_dbs.twin)
    yield executor
    executor.close()


@pytest.fixture(scope="session", params=sorted(PARKED_SOURCES))
def shadow_executor(
    request: pytest.FixtureRequest, differential_dbs: DifferentialDatabases
) -> Iterator[LibpqExecutor]:
    """The shadow database behind the rewriter, reading parked values from the table or literals."""
    transform = rewriting_transform(differential_dbs.rewriter(), PARKED_SOURCES[request.param]())
    executor = LibpqExecutor(differential_dbs.shadow, transform)
    yield executor
    executor.close()
