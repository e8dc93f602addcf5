"""The postgres store's layout: what the SQL rewriter and operators rely on."""

from __future__ import annotations

import asyncio
import logging
import uuid

import psycopg
import pytest

from proxy.rewrite.parked import TableParkedSource
from shadow.columns import ShadowColumn
from shadow.store.pg_layout import LAYOUT_VERSION, SCHEMA_CHANNEL
from shadow.store.postgres import PostgresStore
from tests.shadow.support import run


def test_parked_is_exactly_the_table_the_rewriter_expects(managed_database: str) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database)
        await store.load_schema()
        await store.close()

    run(body())
    with psycopg.connect(managed_database) as conn:
        columns = conn.execute(
            "SELECT attname, format_type(atttypid, atttypmod), attnotnull,"
            " pg_get_expr(d.adbin, d.adrelid)"
            " FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum)"
            " WHERE attrelid = 'pgstitch.parked'::regclass AND attnum > 0 ORDER BY attnum"
        ).fetchall()
        key = conn.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = 'pgstitch.parked'::regclass AND contype = 'p'"
        ).fetchone()
    assert columns == [
        ("schema_name", "text", True, None),
        ("table_name", "text", True, None),
        ("row_key", "text", True, None),
        ("vals", "jsonb", True, "'{}'::jsonb"),
    ]
    assert key == ("PRIMARY KEY (schema_name, table_name, row_key)",)


def test_many_stores_starting_at_once_on_a_new_database_all_succeed(
    managed_database: str,
) -> None:
    async def body() -> None:
        stores = [PostgresStore(managed_database) for _ in range(6)]
        schemas = await asyncio.gather(*(s.load_schema() for s in stores))
        assert [s.version for s in schemas] == [0] * 6
        for store in stores:
            await store.close()

    run(body())


def test_values_parked_by_sql_in_a_client_transaction_are_the_stores(
    managed_database: str,
) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database)
        await store.park("public", "users", "1", {"email": "from the store"})
        async with await psycopg.AsyncConnection.connect(managed_database) as client:
            async with client.transaction():
                await client.execute(
                    "INSERT INTO pgstitch.parked VALUES ('public', 'users', '2', '{\"email\": \"sql\"}')"
                )
                # Not committed yet: the store does not see it.
                assert set(await store.parked_rows("public", "users")) == {"1"}
            async with client.transaction(force_rollback=True):
                await client.execute("DELETE FROM pgstitch.parked")
        assert await store.parked_rows("public", "users") == {
            "1": {"email": "from the store"},
            "2": {"email": "sql"},
        }
        await store.close()

    run(body())


def test_a_schema_change_and_its_notification_commit_together(managed_database: str) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database)
        await store.load_schema()
        async with await psycopg.AsyncConnection.connect(
            managed_database, autocommit=True
        ) as listener:
            await listener.execute(f"LISTEN {SCHEMA_CHANNEL}")
            changed = await store.put_column(ShadowColumn("public", "users", "email", "text"))
            payloads = [n.payload async for n in listener.notifies(timeout=1, stop_after=1)]
            version = await (
                await listener.execute("SELECT version FROM pgstitch.schema_version")
            ).fetchone()
        assert payloads == [str(changed.version)]
        assert version == (changed.version,)
        await store.close()

    run(body())


def test_the_parked_relation_names_its_table_safely(managed_database: str) -> None:
    async def body() -> None:
        store = PostgresStore(managed_database)
        schema, table = "it's", "back\\slash"
        await store.park(schema, table, "1", {"c": "x"})
        await store.park("public", "users", "1", {"c": "other table"})
        sql = store.parked_relation_sql(schema, table)
        async with await psycopg.AsyncConnection.connect(managed_database) as conn:
            for conforming in ("on", "off"):
                await conn.execute(f"SET standard_conforming_strings = {conforming}")
                cur = await conn.execute(f"SELECT row_key, vals FROM {sql} AS p")
                assert await cur.fetchall() == [("1", {"c": "x"})]
        await store.close()

    run(body())


def test_the_rewritten_read_probes_parked_values_by_the_key_hash(managed_database: str) -> None:
    """The rewriter's sub-select, planned generically as a prepared read is, uses the hash index
    on row_key rather than a descent of the three-column primary key."""
    run(_load(managed_database))
    probe = TableParkedSource().vals_sql("public", "accounts", "$1")
    with psycopg.connect(managed_database, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO pgstitch.parked SELECT 'public', 'accounts', i::text, '{}'"
            " FROM generate_series(1, 2000) AS i"
        )
        conn.execute("ANALYZE pgstitch.parked")
        conn.execute("SET plan_cache_mode = force_generic_plan")
        conn.execute(f"PREPARE probe(text) AS SELECT {probe}")
        plan = "\n".join(row[0] for row in conn.execute("EXPLAIN EXECUTE probe('7')"))
    assert "parked_row_key_hash" in plan, plan


def test_an_older_layout_is_brought_up_to_date_and_a_newer_one_left_alone(
    managed_database: str,
) -> None:
    run(_load(managed_database))
    with psycopg.connect(managed_database, autocommit=True) as conn:
        conn.execute("DROP INDEX pgstitch.parked_row_key_hash")
        conn.execute("DROP FUNCTION pgstitch.parked_text(anyelement)")
        conn.execute("UPDATE pgstitch.meta SET value = '3' WHERE key = 'layout'")
    run(_load(managed_database))
    with psycopg.connect(managed_database, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('pgstitch.parked_row_key_hash')").fetchone() != (
            None,
        )
        assert conn.execute(
            "SELECT to_regprocedure('pgstitch.parked_text(anyelement)')"
        ).fetchone() != (None,)
        assert conn.execute("SELECT value FROM pgstitch.meta WHERE key = 'layout'").fetchone() == (
            LAYOUT_VERSION,
        )
        newer = str(int(LAYOUT_VERSION) + 1)
        conn.execute("UPDATE pgstitch.meta SET value = %s WHERE key = 'layout'", (newer,))
        conn.execute("DROP INDEX pgstitch.parked_row_key_hash")
    run(_load(managed_database))
    with psycopg.connect(managed_database, autocommit=True) as conn:
        assert conn.execute("SELECT value FROM pgstitch.meta WHERE key = 'layout'").fetchone() == (
            newer,
        )
        assert conn.execute("SELECT to_regclass('pgstitch.parked_row_key_hash')").fetchone() == (
            None,
        )


async def _load(dsn: str) -> None:
    store = PostgresStore(dsn)
    await store.load_schema()
    await store.close()


def test_a_role_that_may_not_update_a_layout_too_old_to_use_is_told_why(
    managed_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Layout 5 added a function that writes call: a role that cannot create it cannot serve,
    and the log says what to do. (A layout between the oldest usable one and the current one
    is used as it is, with a warning; there is none such today.)"""
    run(_load(managed_database))
    role = f"pgstitch_reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(managed_database, autocommit=True) as conn:
        conn.execute("DROP FUNCTION pgstitch.parked_text(anyelement)")
        conn.execute("UPDATE pgstitch.meta SET value = '4' WHERE key = 'layout'")
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA pgstitch TO {role}")
        conn.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgstitch TO {role}"
        )
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgstitch TO {role}")
    try:
        as_role = psycopg.conninfo.make_conninfo(managed_database, user=role)
        with (
            caplog.at_level(logging.WARNING, logger="pgstitch.shadow"),
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            run(_load(as_role))
        assert any(
            f"layout is version 4 and pgstitch needs {LAYOUT_VERSION}" in r.getMessage()
            and "owner of schema pgstitch" in r.getMessage()
            for r in caplog.records
        )
        with psycopg.connect(managed_database, autocommit=True) as conn:
            assert conn.execute(
                "SELECT value FROM pgstitch.meta WHERE key = 'layout'"
            ).fetchone() == ("4",)
    finally:
        with psycopg.connect(managed_database, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
