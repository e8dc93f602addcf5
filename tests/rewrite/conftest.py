"""Fixtures for the rewriter tests: a twin and a shadow database built from the same declarations.

- twin: the shadow columns are real columns (added with their defaults, NOT NULL and CHECK
  rules), holding the parked values;
- shadow: the columns are missing; the parked values sit in `pgstitch.parked`. The one LANDING
  column, sales.accounts.score, really exists there too, holding the values already drained.

Both get corpus/base.sql (schema) and corpus/data.sql (rows), and keep a copy of the rows in
schema pgstitch_test_copy: `restore_rows` puts them back before and after every write
scenario. Databases have unique names and are dropped at the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import psycopg
import pytest

from proxy.rewrite import (
    COPY_RELATION,
    STAGED_RELATION,
    LiteralParkedSource,
    ParkedSource,
    Rewriter,
    SessionParkedSource,
    TableParkedSource,
    row_key_sql,
    session_setup_sql,
    staged_setup_sql,
)
from proxy.rewrite.served import served_tables
from shadow.catalog import CatalogSnapshot, load_catalog
from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.pg_layout import write_helpers_sql
from tests.rewrite.differential import Execution, LibpqExecutor, Outcome, Transform

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
    ShadowColumn("sales", "accounts", "score", "integer", "10", state=ColumnState.LANDING),
    ShadowColumn("public", "orders", "qty", "integer", "1", not_null=True, check="qty > 0"),
    ShadowColumn("public", "orders", "code", "varchar(5)"),
    ShadowColumn("public", "orders", "note", "text", not_null=True),
    ShadowColumn("public", "notes", "stars", "integer", "0"),
    ShadowColumn("public", "visits", "kind", "text", "'web'"),
    # Declared on a partitioned table and on an inheritance parent: served on their partitions
    # and children too, as the twin's ALTER TABLE on the parent adds them there.
    ShadowColumn("public", "shipments", "status", "text", "'new'"),
    ShadowColumn("public", "shipments", "fragile", "boolean", "false"),
    ShadowColumn(
        "public", "shipments", "priority", "integer", "1", not_null=True, check="priority > 0"
    ),
    ShadowColumn("public", "animals", "legs", "integer", "4"),
    ShadowColumn("public", "animals", "vaccinated", "boolean"),
    ShadowColumn("public", "appliances", "color", "text", "'grey'"),
    ShadowColumn("public", "appliances", "stock", "integer", "0"),
    ShadowColumn("public", "counters", "hits", "integer", "0"),
    # One table for types of their own: text forms that depend on padding (char), precision
    # (timestamp(3), floats), no equality operator (json), binary data, ranges, a domain with a
    # CHECK and a composite type.
    ShadowColumn("public", "gadgets", "made_at", "timestamptz", "'2024-01-01 00:00:00+00'"),
    ShadowColumn("public", "gadgets", "stamp", "timestamp(3)", "'2024-01-01 12:00:00.12345'"),
    ShadowColumn("public", "gadgets", "span", "interval", "'1 day'"),
    ShadowColumn("public", "gadgets", "ratio", "double precision", "0.5"),
    ShadowColumn("public", "gadgets", "fscore", "real"),
    ShadowColumn("public", "gadgets", "big", "bigint", "0"),
    ShadowColumn("public", "gadgets", "token", "uuid"),
    ShadowColumn("public", "gadgets", "doc", "jsonb", """'{"v": 1}'""", check="NOT doc ? 'bad'"),
    ShadowColumn("public", "gadgets", "raw", "json"),
    ShadowColumn("public", "gadgets", "blob", "bytea"),
    ShadowColumn("public", "gadgets", "total", "numeric", "0"),
    ShadowColumn("public", "gadgets", "tag4", "char(4)", "'ab'", check="tag4 <> 'bad'"),
    ShadowColumn("public", "gadgets", "opens", "time"),
    ShadowColumn("public", "gadgets", "units", "posint", "1"),
    ShadowColumn("public", "gadgets", "nums", "int[]", "'{}'"),
    ShadowColumn("public", "gadgets", "slots", "int4range"),
    ShadowColumn("public", "gadgets", "period", "tstzrange"),
    ShadowColumn("public", "gadgets", "pt", "pair", "'(0,none)'"),
    ShadowColumn("public", "gadgets", "codes", "varchar(3)[]"),
    # Unique keys besides the primary key; a CHECK naming two shadow columns.
    ShadowColumn(
        "public", "hunt_w_members", "points", "integer", "0", not_null=True, check="points >= 0"
    ),
    ShadowColumn("public", "hunt_w_members", "lo", "integer", "0"),
    ShadowColumn("public", "hunt_w_members", "hi", "integer", "10", check="hi >= lo"),
    ShadowColumn("public", "hunt_w_members", "nick", "text"),
    # Bit strings whose length an assignment enforces.
    ShadowColumn("public", "hunt_w_members", "mask", "bit(3)", "B'000'"),
    ShadowColumn("public", "hunt_w_members", "vmask", "varbit(4)"),
    # Keys whose text needs care (corpus/base.sql).
    ShadowColumn("public", "hunt_w6_nums", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_nums", "note", "text"),
    ShadowColumn("public", "hunt_w6_blobs", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_blobs", "note", "text"),
    ShadowColumn("public", "hunt_w6_codes", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_codes", "note", "text"),
    ShadowColumn("public", "hunt_w6_instants", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_instants", "note", "text"),
    ShadowColumn("public", "hunt_w6_days", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_days", "note", "text"),
    ShadowColumn("public", "hunt_w6_names", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_names", "note", "text"),
    ShadowColumn("public", "hunt_w6_floats", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_floats", "note", "text"),
    ShadowColumn("public", "hunt_w6_mixed", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_mixed", "note", "text"),
    ShadowColumn("public", "hunt_w6_ids", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_ids", "note", "text"),
    ShadowColumn("public", "hunt_w6_tokens", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_tokens", "note", "text"),
    ShadowColumn("public", "hunt_w6_slots", "rank", "integer", "0"),
    ShadowColumn("public", "hunt_w6_slots", "note", "text"),
    # A CHECK rule naming a live column.
    ShadowColumn(
        "public",
        "hunt_o1_comments",
        "internal",
        "boolean",
        "false",
        not_null=True,
        check="NOT internal OR author IS NOT NULL",
    ),
    # A table of the schema named after SCENARIO_ROLE.
    ShadowColumn("hunt_w11_clerk", "accounts", "grade", "integer", "1"),
    # A table with row-level security policies for SCENARIO_ROLE.
    ShadowColumn("public", "hunt_w11_tickets", "status", "text", "'open'"),
    ShadowColumn("public", "hunt_w11_tickets", "prio", "integer", "0"),
)
# The landing column sales.accounts.score already holds these (drained) values.
LANDED_VALUES = {"2": "20"}
TABLES = (
    "public.accounts",
    "public.bills",
    'public."Users"',
    "public.line_items",
    "public.events",
    "sales.accounts",
    "public.tags",
    "public.orders",
    "public.notes",
    "public.visits",
    "public.shipments",
    # Without ONLY, the copy of animals would hold its children's rows too.
    "ONLY public.animals",
    "public.dogs",
    "public.cats",
    "public.appliances",
    "public.counters",
    "public.gadgets",
    "public.hunt_w_members",
    "public.hunt_w6_nums",
    "public.hunt_w6_blobs",
    "public.hunt_w6_codes",
    "public.hunt_w6_instants",
    "public.hunt_w6_days",
    "public.hunt_w6_names",
    "public.hunt_w6_floats",
    "public.hunt_w6_mixed",
    "public.hunt_w6_ids",
    "public.hunt_w6_tokens",
    "public.hunt_w6_slots",
    "public.hunt_o1_comments",
    "hunt_w11_clerk.accounts",
    "public.hunt_w11_tickets",
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
    ("hunt_w11_clerk", "accounts"): {"1": {"grade": "3"}},
    ("public", "hunt_w11_tickets"): {"1": {"prio": "5"}, "3": {"status": "secret"}},
    ("public", "bills"): {
        "1": {"paid": "true"},
        "4": {"paid": "t", "due": "2025-01-15"},
        "6": {"due": "2024-06-01"},
    },
    ("public", "Users"): {"1": {"Nick": "Zoë ✓"}, "3": {"Nick": None}},
    ("public", "line_items"): {"(1,2)": {"discount": "5.50"}, "(2,1)": {"discount": "12.25"}},
    ("sales", "accounts"): {"1": {"score": "99"}},
    ("public", "notes"): {'it\'s "q"': {"stars": "5"}, "東京, (x)": {"stars": "7"}},
    ("public", "gadgets"): {
        "1": {
            "made_at": "2024-03-05 10:34:56.789+00",
            "stamp": "2024-02-29 23:59:59.999",
            "span": "1 year 2 mons 3 days 04:05:06.5",
            "ratio": "0.1",
            "fscore": "3.14159",
            "big": "9007199254740993",
            "token": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "doc": '{"a": {"x": null}, "b": [1, 2]}',
            "raw": '{"a":1,  "a": 2}',
            "blob": "\\x00ff10",
            "total": "123456789.123456789",
            "tag4": "xy  ",
            "opens": "12:30:00.25",
            "units": "5",
            "nums": "{1,2,3}",
            "slots": "[1,5)",
            "period": '["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")',
            "pt": '(3,"a b")',
            "codes": '{ab,"x y",NULL}',
        },
        "2": {
            "stamp": None,
            "span": "-00:00:01",
            "ratio": "1e-07",
            "fscore": "NaN",
            "big": "-9223372036854775808",
            "doc": '{"k": "v", "n": 2}',
            "raw": '[1, "two", null]',
            "blob": "\\x",
            "total": "NaN",
            "tag4": "abcd",
            "units": "2",
            "pt": "(,)",
        },
        "3": {
            "made_at": "infinity",
            "span": "00:00:00",
            "ratio": "Infinity",
            "fscore": "-0",
            "token": None,
            "doc": "null",
            "raw": None,
            "total": "-0.5000",
            "tag4": "    ",
            "opens": "00:00:00",
            "nums": "{NULL,4}",
            "slots": "empty",
            "period": "empty",
        },
        "4": {
            "ratio": "-1.5",
            "big": "42",
            "doc": '{"a": 1}',
            "raw": '{"a": 1}',
            "blob": "\\x68656c6c6f",
            "total": "42.0",
            "tag4": "z   ",
            "units": "10",
            "nums": "{5,6}",
            "slots": "[2,8)",
            "period": '["2024-01-15 00:00:00+00",)',
        },
        "5": {"doc": '{"b": [3]}', "big": "7", "fscore": "2.5"},
    },
    ("public", "visits"): {
        '(00000000-0000-0000-0000-000000000001,"2024-01-01 10:00:00+00")': {"kind": "app"}
    },
    ("public", "shipments"): {
        "(eu,1)": {"status": "shipped", "fragile": "true"},
        "(us,1)": {"status": "lost", "priority": "3"},
        "(asia,4)": {"fragile": "true", "status": None},
    },
    # Keys 3 to 6 are rows of the children dogs and cats.
    ("public", "animals"): {
        "1": {"legs": "6"},
        "3": {"legs": "3", "vaccinated": "true"},
        "5": {"vaccinated": "false"},
        "6": {"legs": None},
    },
    ("public", "appliances"): {"1": {"color": "red"}, "2": {"stock": "7"}},
    ("public", "counters"): {"a": {"hits": "5"}},
    ("public", "hunt_w_members"): {"1": {"points": "5", "lo": "1", "hi": "3"}, "2": {"nick": "B"}},
    ("public", "hunt_w6_nums"): {"1.0": {"rank": "5", "note": "one"}},
    ("public", "hunt_w6_blobs"): {"\\x00ff": {"rank": "3"}},
    ("public", "hunt_w6_codes"): {"ab": {"rank": "2"}},
    ("public", "hunt_w6_names"): {"Alice": {"rank": "9"}},
    ("public", "hunt_w6_floats"): {"0.30000000000000004": {"rank": "4"}},
    ("public", "hunt_w6_ids"): {"1": {"note": "parked"}},
    ("public", "hunt_w6_slots"): {
        "1": {"rank": "1", "note": "n1"},
        "2": {"rank": "2", "note": "n2"},
    },
}

SEARCH_PATH = ("public",)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build_twin(conn: psycopg.Connection) -> None:
    """Add the shadow columns for real."""
    for column in SHADOW_COLUMNS:
        rules = f" DEFAULT {column.default}" if column.default is not None else ""
        rules += " NOT NULL" if column.not_null else ""
        rules += f" CHECK ({column.check})" if column.check is not None else ""
        conn.execute(
            f"ALTER TABLE {quote(column.schema)}.{quote(column.table)}"
            f" ADD COLUMN {quote(column.column)} {column.type}{rules}"
        )


def load_twin(conn: psycopg.Connection) -> None:
    """The rows, with the parked (and landed) values in the real columns (triggers off: the
    values were parked, the rows were not updated)."""
    _load_rows(conn)
    conn.execute("SET session_replication_role = replica")
    keys = {(c.schema, c.table): _primary_key(conn, c.schema, c.table) for c in SHADOW_COLUMNS}
    types = {(c.schema, c.table, c.column): c.type for c in SHADOW_COLUMNS}
    landed = {("sales", "accounts"): {key: {"score": v} for key, v in LANDED_VALUES.items()}}
    for values_by_table in (landed, PARKED):
        for (schema, table), rows in values_by_table.items():
            key_sql = row_key_sql(keys[(schema, table)], quote(table))
            for row_key, values in rows.items():
                for column, value in values.items():
                    conn.execute(
                        f"UPDATE {quote(schema)}.{quote(table)} SET {quote(column)} ="
                        f" %s::{types[(schema, table, column)]} WHERE {key_sql} = %s",
                        (value, row_key),
                    )
    conn.execute("RESET session_replication_role")


# What rewritten statements use of the postgres store: `pgstitch.parked` and the helpers.
PARKED_STORE_SQL = (
    "CREATE SCHEMA pgstitch",
    "CREATE TABLE pgstitch.parked (schema_name text, table_name text, row_key text,"
    " vals jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (schema_name, table_name, row_key))",
    write_helpers_sql(),
)


def build_shadow(conn: psycopg.Connection) -> None:
    """The postgres store's `pgstitch.parked` and helper functions; the landing column."""
    for statement in PARKED_STORE_SQL:
        conn.execute(statement)
    conn.execute("ALTER TABLE sales.accounts ADD COLUMN score integer DEFAULT 10")
    # The postgres store's privileges an application's role needs (docs/proxy.md).
    conn.execute(f"GRANT USAGE ON SCHEMA pgstitch TO {SCENARIO_ROLE}")
    conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON pgstitch.parked TO {SCENARIO_ROLE}")


def load_shadow(conn: psycopg.Connection) -> None:
    """The rows, the parked values and the values already landed."""
    _load_rows(conn)
    conn.execute("TRUNCATE pgstitch.parked")
    for (schema, table), rows in PARKED.items():
        for row_key, values in rows.items():
            conn.execute(
                "INSERT INTO pgstitch.parked VALUES (%s, %s, %s, %s::jsonb)",
                (schema, table, row_key, json.dumps(values)),
            )
    for row_key, value in LANDED_VALUES.items():
        conn.execute("UPDATE sales.accounts SET score = %s WHERE id::text = %s", (value, row_key))


def _load_rows(conn: psycopg.Connection) -> None:
    conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    conn.execute((CORPUS_DIR / "data.sql").read_text(encoding="utf-8"))


COPY_SCHEMA = "pgstitch_test_copy"


def _bare(table: str) -> str:
    """A TABLES entry without its ONLY."""
    return table.removeprefix("ONLY ")


def _copied(conn: psycopg.Connection) -> list[str]:
    tables = [*TABLES]
    if conn.execute("SELECT to_regclass('pgstitch.parked') IS NOT NULL").fetchone()[0]:
        tables.append("pgstitch.parked")
    return tables


def copy_rows(conn: psycopg.Connection) -> None:
    """Keep a copy of every table's rows, for `restore_rows`."""
    conn.execute(f"CREATE SCHEMA {COPY_SCHEMA}")
    for number, table in enumerate(_copied(conn)):
        conn.execute(f"CREATE TABLE {COPY_SCHEMA}.t{number} AS SELECT * FROM {table}")


def restore_rows(conn: psycopg.Connection) -> None:
    """Put back the rows `copy_rows` kept, in one round trip."""
    tables = _copied(conn)
    script = [f"DELETE FROM {table}" for table in reversed(tables)]
    for number, table in enumerate(tables):
        # Generated columns take no values; identity columns GENERATED ALWAYS take them only
        # with OVERRIDING SYSTEM VALUE.
        names = ", ".join(quote(c) for c in _stored_columns(conn, _bare(table)))
        script.append(
            f"INSERT INTO {_bare(table)} ({names}) OVERRIDING SYSTEM VALUE"
            f" SELECT {names} FROM {COPY_SCHEMA}.t{number}"
        )
    script.append("SELECT setval('public.orders_id_seq', 1, false)")
    script.append("SELECT setval(pg_get_serial_sequence('public.appliances', 'id'), 3)")
    script.append("SELECT setval(pg_get_serial_sequence('public.counters', 'serial_no'), 2)")
    script.append("SELECT setval(pg_get_serial_sequence('public.hunt_w6_ids', 'id'), 2)")
    script.append("SELECT setval('public.hunt_w6_token_seq', 2)")
    conn.execute("; ".join(script))


_STORED_COLUMNS: dict[tuple[str, str], list[str]] = {}


def _stored_columns(conn: psycopg.Connection, table: str) -> list[str]:
    """The columns of `table` that are not generated, in order."""
    key = (conn.info.dbname, table)
    if key in _STORED_COLUMNS:
        return _STORED_COLUMNS[key]
    rows = conn.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
        " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
        (table,),
    ).fetchall()
    _STORED_COLUMNS[key] = [r[0] for r in rows]
    return _STORED_COLUMNS[key]


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

    @cached_property
    def row_types(self) -> frozenset[str]:
        """Type names of the row types of tables with shadow columns (partitions and
        inheritance children of a table with shadow columns have them too). Worked out once:
        every differential case asks."""
        tables = set(served_tables(self.catalog, self.schema))
        return frozenset(
            "user:" + (quote(t) if t != t.lower() else t) if s == "public" else f"user:{s}.{t}"
            for s, t in tables
        )


def _create_database(name: str) -> str:
    with psycopg.connect(ADMIN_DSN + " dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
        # The scenarios compare answers, not plans. The tables their writes fill, and the
        # session tables of the memory and redis stores, are never analyzed: rewritten
        # statements would be planned as on large tables and JIT-compiled, each taking longer
        # than running it (docs/rewriting.md, "Known differences and limits").
        conn.execute(f"ALTER DATABASE {name} SET jit = off")
    return f"{ADMIN_DSN} dbname={name}"


def _drop_database(name: str) -> None:
    with psycopg.connect(ADMIN_DSN + " dbname=postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# The role the scenarios that SET ROLE take (corpus/writes.sql); corpus/base.sql has a schema
# of its name. Not a superuser: it has the privileges base.sql and `build_shadow` grant it, as
# an application's role has (it never logs in). Roles belong to the
# cluster, and sessions running at the same time share it: each holds a shared advisory lock
# (in the `postgres` database) while its databases may use the role, and whoever finds no
# other holder when done drops it.
SCENARIO_ROLE = "hunt_w11_clerk"
_ROLE_LOCK = "SELECT pg_advisory_lock_shared(hashtext('pgstitch scenario role'))"
_ROLE_UNLOCK = "SELECT pg_advisory_unlock_shared(hashtext('pgstitch scenario role'))"
_ROLE_LAST = "SELECT pg_try_advisory_lock(hashtext('pgstitch scenario role'))"
_ROLE_DONE = "SELECT pg_advisory_unlock(hashtext('pgstitch scenario role'))"


@contextmanager
def scenario_role() -> Iterator[None]:
    """SCENARIO_ROLE exists inside; dropped after the last user in the cluster is done."""
    try:
        conn = psycopg.connect(ADMIN_DSN + " dbname=postgres", autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no local Postgres: {exc}")
    with conn:
        conn.execute(_ROLE_LOCK)
        conn.execute(
            f"DO $$ BEGIN CREATE ROLE {SCENARIO_ROLE} NOLOGIN;"
            " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
        try:
            yield
        finally:
            conn.execute(_ROLE_UNLOCK)
            if conn.execute(_ROLE_LAST).fetchone()[0]:
                # Granted in databases an interrupted run left: the next run reuses it.
                with suppress(psycopg.errors.DependentObjectsStillExist):
                    conn.execute(f"DROP ROLE IF EXISTS {SCENARIO_ROLE}")
                conn.execute(_ROLE_DONE)


@pytest.fixture(scope="session")
def differential_dbs() -> Iterator[DifferentialDatabases]:
    """A twin and a shadow database for the differential corpus."""
    with scenario_role():
        yield from _differential_dbs()


def _differential_dbs() -> Iterator[DifferentialDatabases]:
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
            load_twin(conn)
            copy_rows(conn)
            conn.execute("ANALYZE")
        with psycopg.connect(shadow, autocommit=True) as conn:
            conn.execute(base)
            build_shadow(conn)
            load_shadow(conn)
            copy_rows(conn)
            # Tables never analyzed are planned as ~800 rows each: a rewritten statement's
            # per-row sub-selects then cost enough to be JIT-compiled, which takes longer than
            # running it (as it would on a real database whose statistics are that stale).
            conn.execute("ANALYZE")
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
    "literal": lambda: LiteralParkedSource(PARKED, STAGED_RELATION),
    "copy": SessionParkedSource,
}
# What each source needs in the session first: the copy holds what `pgstitch.parked` holds.
SESSION_SETUP: dict[str, str] = {
    "table": staged_setup_sql(),
    "literal": staged_setup_sql(),
    "copy": session_setup_sql() + f"INSERT INTO {COPY_RELATION} SELECT * FROM pgstitch.parked;",
}


class TwinAnswers:
    """The twin database's answer to each read, asked once: every entry runs in a transaction
    rolled back after, and the read corpus touches no sequence, clock or random value, so the
    answer never changes. (Write scenarios use `twin_executor` itself.)"""

    def __init__(self, executor: LibpqExecutor) -> None:
        self._executor = executor
        self._answers: dict[tuple[str, tuple[str | None, ...], str], Execution] = {}

    def run(self, sql: str, params: Sequence[str | None], protocol: str) -> Execution:
        key = (sql, tuple(params), protocol)
        if key not in self._answers:
            self._answers[key] = self._executor.run(sql, params, protocol)
        return self._answers[key]


@pytest.fixture(scope="session")
def twin_executor(differential_dbs: DifferentialDatabases) -> Iterator[LibpqExecutor]:
    executor = LibpqExecutor(differential_dbs.twin)
    yield executor
    executor.close()


@pytest.fixture(scope="session")
def twin_answers(twin_executor: LibpqExecutor) -> TwinAnswers:
    return TwinAnswers(twin_executor)


class ShadowExecutors:
    """The shadow database behind the rewriter, one session for each way of reading parked
    values (PARKED_SOURCES), each opened when first asked for."""

    def __init__(self, dbs: DifferentialDatabases) -> None:
        self._dbs = dbs
        self._open: dict[str, LibpqExecutor] = {}

    def __getitem__(self, source: str) -> LibpqExecutor:
        if source not in self._open:
            transform = rewriting_transform(self._dbs.rewriter(), PARKED_SOURCES[source]())
            self._open[source] = LibpqExecutor(self._dbs.shadow, transform, SESSION_SETUP[source])
        return self._open[source]

    def close(self) -> None:
        for executor in self._open.values():
            executor.close()


@pytest.fixture(scope="session")
def shadow_executors(differential_dbs: DifferentialDatabases) -> Iterator[ShadowExecutors]:
    executors = ShadowExecutors(differential_dbs)
    yield executors
    executors.close()
