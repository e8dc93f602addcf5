"""`pgstitch shadow add|list|drop`, run as a user would: a subprocess against a real store."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from shadow.store.postgres import PostgresStore
from tests.helpers.net import LOCALHOST, free_port
from tests.shadow.support import run


def pgstitch(*args: str, upstream: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the console script (or the module when it is not installed as a script)."""
    command = [shutil.which("pgstitch") or "", "shadow", *args]
    if not command[0]:
        command = [sys.executable, "-m", "pgstitch.cli", "shadow", *args]
    if upstream is not None:
        command += ["--upstream", upstream]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.fixture
def database(managed_database: str) -> str:
    """The managed database, with tables to shadow columns of."""
    with psycopg.connect(managed_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE users (id int PRIMARY KEY, name text)")
        conn.execute('CREATE TABLE "Mixed" (a int, b int, PRIMARY KEY (a, b))')
    return managed_database


def listed(upstream: str, *store: str) -> dict:
    result = pgstitch("list", "--json", *store, upstream=upstream)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_list_and_drop(database: str) -> None:
    added = pgstitch(
        "add", "users.email", "varchar(80)",
        "--default", "'none' -- a comment",
        "--not-null",
        "--check", "length(email) > 0",
        upstream=database,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "public.users.email" in added.stdout
    shown = listed(database)
    assert shown["version"] == 1
    # The store stamps when the column was first served (`now()` in a default reads it).
    since = datetime.fromisoformat(shown["columns"][0].pop("served_since"))
    assert abs(datetime.now(UTC) - since) < timedelta(minutes=1)
    assert shown["columns"] == [
        {
            "schema": "public",
            "table": "users",
            "column": "email",
            "type": "character varying(80)",
            "default": "'none'",
            "not_null": True,
            "check": "length(email) > 0",
            "probability": 1.0,
            "eta": None,
            "sources": ["declared"],
            "state": "active",
        }
    ]
    table = pgstitch("list", upstream=database)
    assert table.returncode == 0 and "public.users.email" in table.stdout
    dropped = pgstitch("drop", "users.email", upstream=database)
    assert dropped.returncode == 0, dropped.stderr
    assert listed(database) == {"version": 2, "columns": []}


def test_identifiers_fold_like_postgres_unless_quoted(database: str) -> None:
    assert pgstitch("add", '"Mixed".Flag', "bool", upstream=database).returncode == 0
    assert pgstitch("add", "PUBLIC.Users.Nick", "text", upstream=database).returncode == 0
    keys = [(c["schema"], c["table"], c["column"]) for c in listed(database)["columns"]]
    assert keys == [("public", "Mixed", "flag"), ("public", "users", "nick")]
    assert pgstitch("drop", '"Mixed".flag', upstream=database).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users.x", "notatype"], 'type "notatype" does not exist'),
        (["users.x", "int); DROP TABLE users; SELECT (1"], "TYPE"),
        (["users.x", "int", "--default", "1; DROP TABLE users"], "exactly one expression"),
        (["users.x", "int", "--default", "1, 2"], "exactly one expression"),
        (["users.x", "int", "--default", "1 FROM users"], "exactly one expression"),
        (["users.x", "int", "--default", "'abc'"], 'invalid input syntax for type integer: "abc"'),
        (["users.x", "varchar(2)", "--default", "'abc'"], "value too long"),
        (["users.x", "int", "--check", "x + 1"], "must be type boolean"),
        (["users.x", "int", "--check", "x > (SELECT 1)"], "may not contain a subquery"),
        (["users.x", "int", "--default", "id + 1"], "may not contain a column reference"),
        (["users.x", "int", "--check", "count(*) > 0"], "aggregate or window function"),
        (["users.x", "serial"], "serial needs a sequence"),
        (["users.name", "text"], "already exists in the database"),
        (["nope.x", "int"], "table public.nope does not exist"),
        (["users", "int"], "[schema.]table.column"),
        (["users.*", "int"], "[schema.]table.column"),
        (["a.b.c.d", "int"], "[schema.]table.column"),
    ],
)
def test_bad_declarations_are_refused_with_status_2(
    database: str, args: list[str], message: str
) -> None:
    result = pgstitch("add", *args, upstream=database)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert listed(database)["version"] == 0
    with psycopg.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)


def test_not_null_without_a_default_is_refused_only_when_the_table_has_rows(
    database: str,
) -> None:
    assert pgstitch("add", "users.a", "int", "--not-null", upstream=database).returncode == 0
    with psycopg.connect(database, autocommit=True) as conn:
        conn.execute("INSERT INTO users VALUES (1, 'someone')")
    for default in ([], ["--default", "NULL"]):
        refused = pgstitch("add", "users.b", "int", "--not-null", *default, upstream=database)
        assert refused.returncode == 2 and "the table has rows" in refused.stderr
    with_default = pgstitch(
        "add", "users.b", "int", "--not-null", "--default", "0", upstream=database
    )
    assert with_default.returncode == 0, with_default.stderr


def test_adding_twice_and_dropping_what_is_not_there_are_refused(database: str) -> None:
    assert pgstitch("add", "users.email", "text", upstream=database).returncode == 0
    again = pgstitch("add", "users.email", "text", upstream=database)
    assert again.returncode == 2 and "already a shadow column" in again.stderr
    missing = pgstitch("drop", "users.nothing", upstream=database)
    assert missing.returncode == 2 and "is not a shadow column" in missing.stderr


def test_an_unreachable_store_exits_with_status_1_naming_it() -> None:
    port = free_port()
    result = pgstitch("list", upstream=f"postgresql://postgres@{LOCALHOST}:{port}/app")
    assert result.returncode == 1
    assert f"postgres store ({LOCALHOST}:{port}/app) is unreachable" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_store_is_a_usage_error(database: str) -> None:
    result = pgstitch("list", "--store", "mongodb://x", upstream=database)
    assert result.returncode == 2 and "unknown store" in result.stderr


def test_the_redis_store_without_a_database_checks_syntax_only(
    local_redis: str, redis_prefix: str
) -> None:
    store = ["--store", f"{local_redis}?prefix={redis_prefix}"]
    nowhere = f"postgresql://postgres@{LOCALHOST}:{free_port()}/app"
    added = pgstitch("add", "users.email", "text", *store, upstream=nowhere)
    assert added.returncode == 0, added.stderr
    assert "checked for syntax only" in added.stderr
    refused = pgstitch(
        "add", "users.age", "int", "--default", "1; SELECT 2", *store, upstream=nowhere
    )
    assert refused.returncode == 2
    assert [c["column"] for c in listed(nowhere, *store)["columns"]] == ["email"]


def test_a_running_store_client_hears_about_the_change(database: str) -> None:
    async def body() -> None:
        store = PostgresStore(database)
        start = await store.load_schema()
        events = store.subscribe(since_version=start.version)
        pending = asyncio.ensure_future(anext(events))
        await asyncio.sleep(0.3)
        added = await asyncio.to_thread(pgstitch, "add", "users.email", "text", upstream=database)
        assert added.returncode == 0, added.stderr
        assert (await asyncio.wait_for(pending, 5)).version == start.version + 1
        assert [c.column for c in (await store.load_schema()).served] == ["email"]
        await events.aclose()
        await store.close()

    run(body())


def test_a_default_with_a_backslash_in_a_string_is_declared_and_served(database: str) -> None:
    """`'\\x00ff'::bytea` means the same whatever standard_conforming_strings is once
    embedded (as E'…'): it is declared like any other default."""
    result = pgstitch(
        "add", "users.blob", "bytea", "--default", "'\\x00ff'::bytea", upstream=database
    )
    assert result.returncode == 0, result.stderr
    (column,) = listed(database)["columns"]
    assert column["default"] == "CAST('\\x00ff' AS bytea)"
