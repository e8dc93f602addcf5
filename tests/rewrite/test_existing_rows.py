"""Rows that existed when a shadow column came read `now()` in its default as of then, and
random values of their own that stay the same."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime

import psycopg
import pytest

from proxy.rewrite import TableParkedSource
from proxy.rewrite.existing_rows import (
    ROW_KEY_MARKER,
    default_for_existing_rows,
    default_per_existing_row,
)
from shadow.columns import ShadowColumn
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.rewrite import model
from tests.rewrite.conftest import PARKED_STORE_SQL

SINCE = datetime(2026, 3, 1, 12, 0, 0, 250000, tzinfo=UTC)
MOMENT = "CAST('2026-03-01T12:00:00.250000+00:00' AS timestamptz)"


@contextmanager
def _accounts_database(postgres: Endpoint, *setup: str) -> Iterator[psycopg.Connection]:
    """A connection to a new database with a table `accounts` (set up with `setup`) and
    pgstitch.parked with its helpers, as the postgres store makes them."""
    with (
        fresh_database(
            postgres,
            "pgstitch_existing",
            "CREATE TABLE accounts (id integer PRIMARY KEY, name text)",
            *setup,
            *PARKED_STORE_SQL,
        ) as name,
        psycopg.connect(postgres.conninfo(name), autocommit=True) as conn,
    ):
        yield conn


@pytest.mark.parametrize(
    ("default", "frozen"),
    [
        ("now()", MOMENT),
        ("pg_catalog.now() + interval '30 days'", f"{MOMENT} + CAST('30 days' AS interval)"),
        ("CURRENT_TIMESTAMP(3)", f"CAST({MOMENT} AS timestamptz(3))"),
        ("current_date", f"CAST({MOMENT} AS date)"),
        ("LOCALTIMESTAMP", f"CAST({MOMENT} AS timestamp)"),
        ("date_trunc('day', clock_timestamp())", f"date_trunc('day', {MOMENT})"),
    ],
)
def test_the_current_moment_becomes_the_moment_the_column_came(default: str, frozen: str):
    assert default_for_existing_rows(default, SINCE) == frozen


@pytest.mark.parametrize("default", ["0", "'x'", "gen_random_uuid()", "CURRENT_USER", "now"])
def test_defaults_without_the_current_moment_stay_as_they_are(default: str):
    assert default_for_existing_rows(default, SINCE) == default
    assert default_for_existing_rows("now()", None) == "now()"


def test_reads_of_rows_without_a_value_give_the_same_moment_and_inserts_their_own(
    local_postgres: Endpoint,
) -> None:
    column = ShadowColumn("public", "accounts", "seen_at", "timestamptz", "now()")
    rw = model.rewriter(columns=(replace(column, served_since=SINCE),))
    parked = TableParkedSource()
    read = rw.rewrite("SELECT id, seen_at FROM accounts ORDER BY id").render(parked)
    insert = rw.rewrite("INSERT INTO accounts (id, name) VALUES (3, 'c')").render(parked)
    with _accounts_database(
        local_postgres, "INSERT INTO accounts VALUES (1, 'a'), (2, 'b')"
    ) as conn:
        first = conn.execute(read).fetchall()
        again = conn.execute(read).fetchall()
        assert first == again == [(1, SINCE), (2, SINCE)]
        before = conn.execute("SELECT now()").fetchone()[0]
        conn.execute(insert)
        (inserted,) = conn.execute(read).fetchall()[2:]
        assert inserted[0] == 3 and inserted[1] >= before > SINCE


@pytest.mark.parametrize(
    "default", ["0", "now()", "nextval('codes')", "uuid_generate_v1()", "app.random()"]
)
def test_defaults_without_random_values_derive_nothing(default: str):
    assert default_per_existing_row(default, "public.t.c@") is None


def test_each_random_call_derives_from_its_own_place_and_the_row_key():
    derived = default_per_existing_row("md5(random()::text) || random()", "public.t.c@x")
    assert derived is not None
    assert derived.count(ROW_KEY_MARKER) == 2
    assert "'public.t.c@x#1:'" in derived and "'public.t.c@x#2:'" in derived
    assert "random()" not in derived


def test_random_values_of_existing_rows_are_their_own_and_stay(local_postgres: Endpoint) -> None:
    """As `ADD COLUMN … DEFAULT gen_random_uuid()` gives each existing row its own UUID, the
    same at every read; rows inserted, one statement for several, each get a new one."""
    columns = (
        replace(
            ShadowColumn("public", "accounts", "public_id", "uuid", "gen_random_uuid()"),
            served_since=SINCE,
        ),
        ShadowColumn("public", "accounts", "share", "float8", "random()"),
    )
    rw = model.rewriter(columns=columns)
    parked = TableParkedSource()
    read = rw.rewrite("SELECT id, public_id, share FROM accounts ORDER BY id").render(parked)
    same = rw.rewrite(
        "SELECT count(*) FROM accounts a JOIN accounts b ON a.public_id = b.public_id"
    ).render(parked)
    insert = rw.rewrite(
        "INSERT INTO accounts (id, name) SELECT g, 'n' FROM generate_series(10, 14) AS g"
    ).render(parked)
    with _accounts_database(
        local_postgres, "INSERT INTO accounts SELECT g, 'a' FROM generate_series(1, 5) AS g"
    ) as conn:
        first = conn.execute(read).fetchall()
        assert conn.execute(read).fetchall() == first
        assert len({row[1] for row in first}) == 5
        assert all(row[1].version == 4 and row[1].variant == uuid.RFC_4122 for row in first)
        assert len({row[2] for row in first}) == 5 and all(0 <= row[2] < 1 for row in first)
        assert conn.execute(same).fetchone() == (5,)
        conn.execute(insert)
        rows = conn.execute(read).fetchall()
        assert rows[:5] == first
        assert len({row[1] for row in rows}) == 10


def test_sequence_defaults_take_one_value_per_read_and_one_per_inserted_row(
    local_postgres: Endpoint,
) -> None:
    """A read does not take a sequence value for every row it reads; an INSERT of several
    rows gives each its own, as a real `DEFAULT nextval(…)` does."""
    rw = model.rewriter(
        columns=(ShadowColumn("public", "accounts", "code", "bigint", "nextval('codes')"),)
    )
    parked = TableParkedSource()
    read = rw.rewrite("SELECT id, code FROM accounts ORDER BY id").render(parked)
    insert = rw.rewrite(
        "INSERT INTO accounts (id, name) SELECT g, 'n' FROM generate_series(10, 12) AS g"
    ).render(parked)
    with _accounts_database(
        local_postgres,
        "INSERT INTO accounts SELECT g, 'a' FROM generate_series(1, 5) AS g",
        "CREATE SEQUENCE codes",
    ) as conn:
        conn.execute(read)
        assert conn.execute("SELECT last_value FROM codes").fetchone() == (1,)
        conn.execute(insert)
        inserted = [row[1] for row in conn.execute(read).fetchall()[5:]]
        assert sorted(inserted) == [2, 3, 4]
