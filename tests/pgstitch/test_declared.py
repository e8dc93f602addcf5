"""`[[shadow]]` entries of the configuration file, as a user writes them."""

from __future__ import annotations

from typing import Any

import pytest

from pgstitch.config import ConfigError
from pgstitch.declared import declared_columns

BASE = {"table": "orders", "column": "status", "type": "text"}


def _key(entry: dict[str, Any]) -> tuple[str, str, str]:
    (column,) = declared_columns([entry])
    return column.schema, column.table, column.column


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({}, ("public", "orders", "status")),
        ({"table": "shop.orders"}, ("shop", "orders", "status")),
        ({"schema": "shop"}, ("shop", "orders", "status")),
        ({"schema": '"Shop"', "table": '"Orders"'}, ("Shop", "Orders", "status")),
        ({"table": "user"}, ("public", "user", "status")),
    ],
)
def test_the_schema_is_in_the_table_or_in_its_own_key(
    entry: dict[str, Any], expected: tuple[str, str, str]
) -> None:
    assert _key({**BASE, **entry}) == expected


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"schema": "shop", "table": "shop.orders"}, "not in both"),
        ({"schema": "a.b"}, "one schema name"),
        ({"schema": 3}, "one schema name"),
        ({"not_null": "false"}, "'not_null' must be true or false"),
        ({"not_null": 1}, "'not_null' must be true or false"),
    ],
)
def test_bad_entries_are_refused(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        declared_columns([{**BASE, **entry}])


def test_not_null_is_a_boolean() -> None:
    (column,) = declared_columns([{**BASE, "not_null": True, "default": "'x'"}])
    assert column.not_null
