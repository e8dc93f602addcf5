"""Helpers for libpg_query's JSON parse tree (`pglast.parser.parse_sql_json`).

Every node is a one-key dict {"NodeType": {fields}}; a field typed as one particular node
(such as UpdateStmt.relation) holds the fields directly. Zero values are left out.
"""

from __future__ import annotations

from typing import Any


def unwrap(node: dict[str, Any], kind: str) -> dict[str, Any]:
    """The fields of `node`, whether it is wrapped as {kind: fields} or already bare."""
    inner = node.get(kind)
    return inner if isinstance(inner, dict) else node


def names(nodes: list[dict[str, Any]] | None) -> list[str]:
    """The strings of a list of String nodes (identifiers, column lists)."""
    return [n["String"]["sval"] for n in nodes or () if "String" in n]
