"""Row keys print the same in every session: date and timestamp key columns as in the ISO
DateStyle, timestamptz ones in UTC."""

from __future__ import annotations

import psycopg
import pytest

from shadow.rowkey import (
    DATE_OID,
    TIMESTAMP_OID,
    TIMESTAMPTZ_OID,
    key_column_sql,
    row_key_expression,
)
from tests.helpers.net import Endpoint

VALUES = (
    "'2024-01-01 10:00+00'",
    "'2024-06-01 10:00:10.0001+02'",
    "'2024-01-01 10:00:00.5+00'",
    "'infinity'",
    "'-infinity'",
)


def test_other_types_are_keyed_by_their_text() -> None:
    assert key_column_sql("t.id", 23) == "t.id"
    assert row_key_expression(["t.id"]) == "(t.id)::text"
    assert row_key_expression(['t."a"', "t.b"], [None, 23]) == 'ROW(t."a", t.b)::text'


def test_timestamptz_keys_read_the_same_in_every_time_zone(local_postgres: Endpoint) -> None:
    single = row_key_expression(["v.at"], [TIMESTAMPTZ_OID])
    composite = row_key_expression(["v.n", "v.at"], [None, TIMESTAMPTZ_OID])
    rows = ", ".join(f"(1, {value}::timestamptz)" for value in VALUES)
    query = (
        f"SELECT {single}, {composite}, (v.at)::text, ROW(v.n, v.at)::text"
        f" FROM (VALUES {rows}) AS v(n, at)"
    )
    with psycopg.connect(local_postgres.conninfo("postgres"), autocommit=True) as conn:
        conn.execute("SET TimeZone = 'UTC'")
        in_utc = conn.execute(query).fetchall()
        conn.execute("SET TimeZone = 'Asia/Tokyo'")
        in_tokyo = conn.execute(query).fetchall()
    # In UTC the key is the column's own text, so keys written before stay found.
    assert [(s, c) for s, c, _, _ in in_utc] == [(t, r) for _, _, t, r in in_utc]
    assert [(s, c) for s, c, _, _ in in_tokyo] == [(s, c) for s, c, _, _ in in_utc]
    assert in_tokyo[0][2] != in_utc[0][2]


@pytest.mark.parametrize(
    ("type_name", "oid", "values"),
    [
        (
            "date",
            DATE_OID,
            ("'2024-03-05'", "'0044-03-15 BC'", "'12345-01-02'", "'infinity'", "'-infinity'"),
        ),
        (
            "timestamp",
            TIMESTAMP_OID,
            (
                "'2024-03-05 10:00'",
                "'2024-03-05 10:00:10.0001'",
                "'2024-03-05 10:00:00.5'",
                "'0044-03-15 01:02:03 BC'",
                "'infinity'",
                "'-infinity'",
            ),
        ),
    ],
)
def test_date_and_timestamp_keys_read_the_same_in_every_datestyle(
    local_postgres: Endpoint, type_name: str, oid: int, values: tuple[str, ...]
) -> None:
    single = row_key_expression(["v.d"], [oid])
    composite = row_key_expression(["v.n", "v.d"], [None, oid])
    rows = ", ".join(f"(1, {value}::{type_name})" for value in values)
    query = (
        f"SELECT {single}, {composite}, (v.d)::text, ROW(v.n, v.d)::text"
        f" FROM (VALUES {rows}) AS v(n, d)"
    )
    with psycopg.connect(local_postgres.conninfo("postgres"), autocommit=True) as conn:
        conn.execute("SET DateStyle = 'ISO, MDY'")
        in_iso = conn.execute(query).fetchall()
        keys = {}
        for style in ("SQL, DMY", "German", "Postgres, DMY"):
            conn.execute(f"SET DateStyle = '{style}'")
            keys[style] = conn.execute(query).fetchall()
    # In the default style the key is the column's own text, so keys written before stay found.
    assert [(s, c) for s, c, _, _ in in_iso] == [(t, r) for _, _, t, r in in_iso]
    for rows_in_style in keys.values():
        assert [(s, c) for s, c, _, _ in rows_in_style] == [(s, c) for s, c, _, _ in in_iso]
        assert rows_in_style[0][2] != in_iso[0][2]
