"""The live catalog sync reads (OIDs, types, keys) and how declared types compare with real ones."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import AsyncConnection, sql

from sync.catalog import LiveColumn, read_catalog
from sync.types import compare_types
from tests.helpers.net import Endpoint
from tests.shadow.support import create_database, drop_database, run


@pytest.fixture(scope="module")
def scratch(local_postgres: Endpoint) -> Iterator[str]:
    """One database for the whole module (creating one per case would be slow)."""
    admin = local_postgres.conninfo("postgres")
    name = create_database(admin)
    yield local_postgres.url(name)
    drop_database(admin, name)


def test_the_catalog_has_oids_types_attnums_and_primary_keys(upstream: str) -> None:
    with psycopg.connect(upstream, autocommit=True) as conn:
        conn.execute('CREATE SCHEMA "Sales"')
        conn.execute(
            'CREATE TABLE "Sales".orders (b text, a int, n numeric(12,2), PRIMARY KEY (a, b))'
        )
        conn.execute("CREATE TABLE plain (x int)")
        conn.execute("CREATE VIEW v AS SELECT 1 AS one")
        conn.execute("ALTER TABLE plain DROP COLUMN x")
        conn.execute("ALTER TABLE plain ADD COLUMN y varchar(20)")

    async def body() -> None:
        async with await AsyncConnection.connect(upstream) as conn:
            catalog = await read_catalog(conn)
            orders = catalog.get("Sales", "orders")
            assert orders is not None and orders.primary_key == ("a", "b")
            assert orders.column("n") == LiveColumn("n", "numeric(12,2)", 1700, 3)
            assert catalog.by_oid(orders.oid) is orders
            plain = catalog.get("public", "plain")
            assert plain is not None and plain.primary_key == ()
            assert [c.name for c in plain.columns] == ["y"] and plain.at(2) == plain.columns[0]
            assert catalog.get("public", "v") is None  # views cannot land columns
            await conn.execute('ALTER TABLE "Sales".orders RENAME TO purchases')
            renamed = await read_catalog(conn)
            assert renamed.get("Sales", "orders") is None
            assert renamed.by_oid(orders.oid).key == ("Sales", "purchases")

    run(body())


@pytest.mark.parametrize(
    ("declared", "live", "same", "castable", "cast"),
    [
        ("integer", "integer", True, True, "('7')::integer"),
        ("int", "integer", True, True, "('7')::integer"),
        ("int4", "integer", True, True, "('7')::integer"),
        ("integer", "bigint", False, True, "('7')::integer::bigint"),
        ("boolean", "integer", False, True, "('7')::boolean::integer"),
        ("text", "integer", False, True, "('7')::integer"),
        ("integer", "text", False, True, "('7')::text"),
        ("varchar(80)", "character varying(20)", False, True, "('7')::character varying(20)"),
        ("uuid", "integer", False, False, "('7')::integer"),
        ("no_such_type", "integer", False, False, "('7')::integer"),
        ("int); DROP TABLE t; --", "integer", False, False, "('7')::integer"),
    ],
)
def test_declared_types_compare_with_the_real_type(
    scratch: str, declared: str, live: str, same: bool, castable: bool, cast: str
) -> None:
    async def body() -> None:
        async with await AsyncConnection.connect(scratch, autocommit=True) as conn:
            await conn.execute("DROP TABLE IF EXISTS t")
            await conn.execute(f"CREATE TABLE t (v {live})")
            real = (await read_catalog(conn)).get("public", "t").column("v")
            check = await compare_types(conn, declared, real)
            assert (check.same, check.castable) == (same, castable)
            assert check.cast_sql(sql.Literal("7")).as_string(conn) == cast
            # The table survived whatever the declared type said.
            assert (await read_catalog(conn)).get("public", "t") is not None

    run(body())
