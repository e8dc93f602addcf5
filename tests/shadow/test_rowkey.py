"""Row keys print the same in every session: a timestamptz key column is printed in UTC."""

from __future__ import annotations

import psycopg

from shadow.rowkey import TIMESTAMPTZ_OID, key_column_sql, row_key_expression
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
