"""Rows that existed when a shadow column came read `now()` in its default as of then."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import psycopg
import pytest

from proxy.rewrite import TableParkedSource
from proxy.rewrite.existing_rows import default_for_existing_rows
from shadow.columns import ShadowColumn
from shadow.store.pg_layout import write_helpers_sql
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.rewrite import model

SINCE = datetime(2026, 3, 1, 12, 0, 0, 250000, tzinfo=UTC)
MOMENT = "CAST('2026-03-01T12:00:00.250000+00:00' AS timestamptz)"


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
    with (
        fresh_database(
            local_postgres,
            "pgstitch_existing",
            "CREATE TABLE accounts (id integer PRIMARY KEY, name text)",
            "INSERT INTO accounts VALUES (1, 'a'), (2, 'b')",
            "CREATE SCHEMA pgstitch",
            "CREATE TABLE pgstitch.parked (schema_name text, table_name text, row_key text,"
            " vals jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (schema_name, table_name, row_key))",
            write_helpers_sql(),
        ) as name,
        psycopg.connect(local_postgres.conninfo(name), autocommit=True) as conn,
    ):
        first = conn.execute(read).fetchall()
        again = conn.execute(read).fetchall()
        assert first == again == [(1, SINCE), (2, SINCE)]
        before = conn.execute("SELECT now()").fetchone()[0]
        conn.execute(insert)
        (inserted,) = conn.execute(read).fetchall()[2:]
        assert inserted[0] == 3 and inserted[1] >= before > SINCE
