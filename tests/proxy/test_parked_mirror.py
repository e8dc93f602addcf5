"""The proxy's copy of an outside store's parked values, and the SQL that brings sessions up to
date with it."""

from __future__ import annotations

import psycopg
import pytest

from proxy.parked_mirror import ParkedMirror, copy_sql
from shadow.store.memory import MemoryStore
from tests.helpers.net import Endpoint

ACCOUNTS = ("public", "accounts")
BILLS = ("public", "bills")


def _mirror() -> ParkedMirror:
    return ParkedMirror(MemoryStore())


def test_sessions_behind_by_the_same_changes_get_the_same_row_text() -> None:
    mirror = _mirror()
    mirror.handed_over({ACCOUNTS: {"1": {"loyalty": "5"}, "2": {"loyalty": None}}}, {})
    first = mirror.changes_since(mirror.generation, 0)
    second = mirror.changes_since(mirror.generation, 0)
    assert first == second == {ACCOUNTS: {"1", "2"}}
    one, other = copy_sql(mirror, first), copy_sql(mirror, second)
    assert one == other
    assert "E'1', E'{\"loyalty\":\"5\"}'::jsonb" in one
    assert "E'2', E'{\"loyalty\":null}'::jsonb" in one
    assert mirror.row_sql(ACCOUNTS, "1") is mirror.row_sql(ACCOUNTS, "1")


def test_a_row_changed_again_is_copied_as_it_now_is() -> None:
    mirror = _mirror()
    mirror.handed_over({ACCOUNTS: {"1": {"loyalty": "5"}}}, {})
    before = copy_sql(mirror, mirror.changes_since(mirror.generation, 0))
    mark = mirror.version
    mirror.handed_over({ACCOUNTS: {"1": {"tier": "gold"}}}, {})
    after = copy_sql(mirror, mirror.changes_since(mirror.generation, mark))
    assert '{"loyalty":"5"}' in before
    assert '{"loyalty":"5","tier":"gold"}' in after


def test_a_row_that_lost_a_dropped_column_is_copied_without_it() -> None:
    mirror = _mirror()
    mirror.handed_over({ACCOUNTS: {"1": {"loyalty": "5", "tier": "gold"}}}, {})
    assert "tier" in mirror.row_sql(ACCOUNTS, "1")
    mirror._drop_column("tier", {ACCOUNTS: None})
    assert "tier" not in mirror.row_sql(ACCOUNTS, "1")
    assert "loyalty" in mirror.row_sql(ACCOUNTS, "1")


def test_removed_rows_are_deleted_and_the_rest_inserted() -> None:
    mirror = _mirror()
    mirror.handed_over({ACCOUNTS: {"1": {"loyalty": "5"}}, BILLS: {"7": {"paid": "t"}}}, {})
    mark = mirror.version
    mirror.handed_over({}, {ACCOUNTS: ["1"]})
    sql = copy_sql(mirror, mirror.changes_since(mirror.generation, mark))
    assert sql.startswith("DELETE FROM pg_temp.pgstitch_store WHERE")
    assert "row_key IN (E'1')" in sql
    assert "INSERT" not in sql


def test_the_kept_texts_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("proxy.parked_mirror._ROW_SQL_KEPT", 8)
    mirror = _mirror()
    mirror.handed_over({ACCOUNTS: {str(i): {"loyalty": str(i)} for i in range(50)}}, {})
    for i in range(50):
        assert f"E'{i}', E'{{\"loyalty\":\"{i}\"}}'::jsonb" in mirror.row_sql(ACCOUNTS, str(i))
        assert len(mirror._row_sql) <= 8


def test_the_copy_sql_runs_and_leaves_the_copy_equal_to_the_mirror(
    local_postgres: Endpoint, test_database: str
) -> None:
    mirror = _mirror()
    mirror.handed_over(
        {
            ACCOUNTS: {"1": {"loyalty": "5"}, "o'k": {"note": "tab\there \\ ü"}},
            BILLS: {"7": {"paid": "t"}},
        },
        {},
    )
    mark = mirror.version
    mirror.handed_over({ACCOUNTS: {"1": {"tier": None}}}, {BILLS: ["7"]})
    with psycopg.connect(local_postgres.conninfo(test_database), autocommit=True) as conn:
        conn.execute(
            "CREATE TEMP TABLE pgstitch_store (schema_name text, table_name text, row_key text,"
            " vals jsonb NOT NULL, PRIMARY KEY (schema_name, table_name, row_key))"
        )
        for statement in copy_sql(mirror, None).split(";"):
            conn.execute(statement)
        for statement in copy_sql(mirror, mirror.changes_since(mirror.generation, mark)).split(";"):
            conn.execute(statement)
        rows = conn.execute(
            "SELECT table_name, row_key, vals FROM pg_temp.pgstitch_store ORDER BY 1, 2"
        ).fetchall()
    assert rows == [
        ("accounts", "1", {"loyalty": "5", "tier": None}),
        ("accounts", "o'k", {"note": "tab\there \\ ü"}),
    ]
