"""Unknown-column telemetry from 42703 errors: column, table and a type guessed from context."""

import pytest

from proxy.telemetry import fingerprint, unknown_column_from_error
from shadow.catalog import CatalogSnapshot, LiveColumn, LiveTable

CATALOG = CatalogSnapshot(
    {
        ("public", "accounts"): LiveTable(
            "public", "accounts", "r", (LiveColumn("id", "integer", 23, 1),), ("id",)
        )
    },
    1,
)


@pytest.mark.parametrize(
    ("sql", "message", "expected"),
    [
        (
            "select a.foo from accounts a where a.foo > 3",
            "column a.foo does not exist",
            ("public", "accounts", "foo", "integer"),
        ),
        (
            "select * from accounts where bar like 'x%'",
            'column "bar" does not exist',
            ("public", "accounts", "bar", "text"),
        ),
        (
            "select * from accounts where baz",
            'column "baz" does not exist',
            ("public", "accounts", "baz", "boolean"),
        ),
        (
            "select qux::timestamptz from accounts",
            'column "qux" does not exist',
            ("public", "accounts", "qux", "timestamptz"),
        ),
        (
            "select x.y from accounts a join users x on true where x.y * 2.5 > 1",
            "column x.y does not exist",
            (None, "users", "y", "numeric"),
        ),
        (
            'select "Mixed" from accounts',
            'column "Mixed" does not exist',
            ("public", "accounts", "Mixed", None),
        ),
    ],
)
def test_sightings(sql, message, expected):
    sighting = unknown_column_from_error({"C": "42703", "M": message}, sql, CATALOG)
    assert sighting is not None
    found = (sighting.schema, sighting.table, sighting.column, sighting.inferred_type)
    assert found == expected
    assert sighting.fingerprint == fingerprint(sql)


def test_fingerprint_ignores_constants():
    assert fingerprint("select * from t where id = 1") == fingerprint(
        "select * from t where id = 2"
    )


def test_other_messages_are_not_sightings():
    assert (
        unknown_column_from_error({"M": 'relation "x" does not exist'}, "select", CATALOG) is None
    )


def test_unparseable_sql_still_names_the_column():
    sighting = unknown_column_from_error({"M": 'column "c" does not exist'}, "selec c (", CATALOG)
    assert sighting is not None and sighting.column == "c" and sighting.table is None
