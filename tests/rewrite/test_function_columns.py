"""The columns of functions in FROM, worked out from the statement alone."""

from __future__ import annotations

import json

import pytest
from pglast.parser import parse_sql_json

from proxy.rewrite.function_columns import function_columns


def _columns(from_item: str, refname: str | None) -> tuple[str, ...] | None:
    tree = json.loads(parse_sql_json(f"SELECT * FROM {from_item}"))
    body = tree["stmts"][0]["stmt"]["SelectStmt"]["fromClause"][0]["RangeFunction"]
    return function_columns(body, refname)


@pytest.mark.parametrize(
    ("from_item", "refname", "expected"),
    [
        ("unnest($1::int[], $2::text[])", "unnest", ("unnest", "unnest")),
        ("unnest($1::int[], $2::text[]) AS u", "u", ("unnest", "unnest")),
        ("unnest($1::int[])", "unnest", ("unnest",)),
        ("unnest($1::int[]) AS u", "u", ("u",)),
        ("unnest(ARRAY[1, 2]) WITH ORDINALITY", "unnest", ("unnest", "ordinality")),
        ("pg_catalog.unnest('{a}'::pg_catalog.varchar[])", "unnest", ("unnest",)),
        ("generate_series(1, 3) AS g", "g", ("g",)),
        (
            "ROWS FROM (generate_series(1, 2), unnest('{a}'::text[]))",
            None,
            ("generate_series", "unnest"),
        ),
    ],
)
def test_known_functions_give_their_columns(from_item, refname, expected):
    assert _columns(from_item, refname) == expected


@pytest.mark.parametrize(
    "from_item",
    [
        # An array of a type of the database may hold composites: one column each.
        "unnest($1::accounts[])",
        "unnest($1::mood[])",
        "unnest($1)",
        "unnest(ARRAY[ROW(1, 2)])",
        "unnest(ARRAY[[1, 2], [3, 4]])",
        "my_function(1)",
        "ROWS FROM (generate_series(1, 2), my_function())",
        "myschema.unnest($1::int[])",
    ],
)
def test_other_functions_are_not_guessed(from_item):
    assert _columns(from_item, None) is None
