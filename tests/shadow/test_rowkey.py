"""Row keys print the same in every session: date and timestamp key columns as in the ISO
DateStyle, timestamptz ones in UTC, bytea ones in the hex form; the text of a key column of a
collatable type compares with the default collation."""

from __future__ import annotations

import psycopg
import pytest

from shadow.rowkey import (
    BYTEA_OID,
    DATE_OID,
    TIMESTAMP_OID,
    TIMESTAMPTZ_OID,
    key_column_sql,
    row_key_expression,
)
from tests.helpers.net import Endpoint

TIMESTAMPTZ_VALUES = (
    "'2024-01-01 10:00+00'",
    "'2024-06-01 10:00:10.0001+02'",
    "'2024-01-01 10:00:00.5+00'",
    "'infinity'",
    "'-infinity'",
)
DATE_VALUES = ("'2024-03-05'", "'0044-03-15 BC'", "'12345-01-02'", "'infinity'", "'-infinity'")
TIMESTAMP_VALUES = (
    "'2024-03-05 10:00'",
    "'2024-03-05 10:00:10.0001'",
    "'2024-03-05 10:00:00.5'",
    "'0044-03-15 01:02:03 BC'",
    "'infinity'",
    "'-infinity'",
)
DATESTYLES = ("SQL, DMY", "German", "Postgres, DMY")
BYTEA_VALUES = ("'\\x00ff'", "'\\x'", "'\\x5c27222c28'")


def test_other_types_are_keyed_by_their_text() -> None:
    assert key_column_sql("t.id", 23) == "t.id"
    assert row_key_expression(["t.id"]) == "(t.id)::text"
    assert row_key_expression(['t."a"', "t.b"], [None, 23]) == 'ROW(t."a", t.b)::text'


def test_text_keys_compare_with_the_default_collation() -> None:
    """A key column of a case-insensitive collation would otherwise find other keys' values."""
    assert row_key_expression(["t.name"], [25]) == '((t.name)::text COLLATE pg_catalog."default")'
    assert row_key_expression(["t.id"], [23]) == "(t.id)::text"


@pytest.mark.parametrize(
    ("type_name", "oid", "values", "setting", "default", "others"),
    [
        ("timestamptz", TIMESTAMPTZ_OID, TIMESTAMPTZ_VALUES, "TimeZone", "UTC", ("Asia/Tokyo",)),
        ("date", DATE_OID, DATE_VALUES, "DateStyle", "ISO, MDY", DATESTYLES),
        ("timestamp", TIMESTAMP_OID, TIMESTAMP_VALUES, "DateStyle", "ISO, MDY", DATESTYLES),
        ("bytea", BYTEA_OID, BYTEA_VALUES, "bytea_output", "hex", ("escape",)),
    ],
)
def test_keys_read_the_same_whatever_the_session_settings(
    local_postgres: Endpoint,
    type_name: str,
    oid: int,
    values: tuple[str, ...],
    setting: str,
    default: str,
    others: tuple[str, ...],
) -> None:
    """timestamptz keys print in UTC whatever the TimeZone; date and timestamp keys as in the
    ISO DateStyle whatever the DateStyle."""
    single = row_key_expression(["v.k"], [oid])
    composite = row_key_expression(["v.n", "v.k"], [None, oid])
    rows = ", ".join(f"(1, {value}::{type_name})" for value in values)
    query = (
        f"SELECT {single}, {composite}, (v.k)::text, ROW(v.n, v.k)::text"
        f" FROM (VALUES {rows}) AS v(n, k)"
    )
    with psycopg.connect(local_postgres.conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f"SET {setting} = '{default}'")
        by_default = conn.execute(query).fetchall()
        elsewhere = []
        for value in others:
            conn.execute(f"SET {setting} = '{value}'")
            elsewhere.append(conn.execute(query).fetchall())
    # In the default setting the key is the column's own text, so keys written before stay found.
    assert [(s, c) for s, c, _, _ in by_default] == [(t, r) for _, _, t, r in by_default]
    for rows_there in elsewhere:
        assert [(s, c) for s, c, _, _ in rows_there] == [(s, c) for s, c, _, _ in by_default]
        assert rows_there[0][2] != by_default[0][2]
