"""Helpers for libpg_query's JSON parse tree (`pglast.parser.parse_sql_json`).

Every node is a one-key dict {"NodeType": {fields}}; a field typed as one particular node
(such as UpdateStmt.relation) holds the fields directly. Zero values are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def unwrap(node: dict[str, Any], kind: str) -> dict[str, Any]:
    """The fields of `node`, whether it is wrapped as {kind: fields} or already bare."""
    inner = node.get(kind)
    return inner if isinstance(inner, dict) else node


def names(nodes: list[dict[str, Any]] | None) -> list[str]:
    """The strings of a list of String nodes (identifiers, column lists)."""
    return [n["String"]["sval"] for n in nodes or () if "String" in n]


def dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a subtree (nodes and their fields), without recursion: trees of deep
    statements go beyond Python's recursion limit."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend(current)


def first_location(node: Any) -> int | None:
    """The smallest location inside a subtree (where its first located token starts)."""
    locations = (d["location"] for d in dicts(node) if isinstance(d.get("location"), int))
    return min((location for location in locations if location >= 0), default=None)


def grouping_items(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The items of a GROUP BY list, inside grouping sets (nested ones too) and `(a, b)` lists,
    which Postgres reads as lists of items: where an integer constant is an output position
    and a bare name may be an output name."""
    for node in nodes:
        grouping_set = node.get("GroupingSet")
        row = node.get("RowExpr")
        if grouping_set is not None:
            yield from grouping_items(grouping_set.get("content", ()))
        elif row is not None and row.get("row_format") == "COERCE_IMPLICIT_CAST":
            yield from grouping_items(row.get("args", ()))
        else:
            yield node
