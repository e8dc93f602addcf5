"""Which relations give a statement result columns through `*`.

A prepared statement whose `*` (or `t.*`) would now yield other columns, because a shadow column
or a real one came or went, is one Postgres refuses to run again ("cached plan must not change
result type"): clients such as asyncpg then prepare it afresh. The session compares the columns
of these relations when the statement was prepared with what they are now.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pglast import parser

_WRITES = ("InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt")


def star_relations(sql: str) -> frozenset[str]:
    """The names of the relations a statement reads when one of its top-level output lists
    (a SELECT's, or RETURNING) holds `*` or `t.*`; empty when none does or it does not parse."""
    if "*" not in sql:
        return frozenset()
    try:
        tree = json.loads(parser.parse_sql_json(sql))
    except parser.ParseError:
        return frozenset()
    statements = [raw.get("stmt", {}) for raw in tree.get("stmts", ())]
    if not any(_outputs_star(statement) for statement in statements):
        return frozenset()
    return frozenset(_relation_names(statements))


def _outputs_star(statement: dict[str, Any]) -> bool:
    for kind, body in statement.items():
        if kind == "ExplainStmt":
            return False
        if kind == "SelectStmt" and body.get("op", "SETOP_NONE") != "SETOP_NONE":
            return _outputs_star({"SelectStmt": body.get("larg", {})})
        if kind == "SelectStmt" and "valuesLists" in body:
            return False
        if kind == "SelectStmt":
            return _has_star(body.get("targetList", ()))
        if kind in _WRITES:
            return _has_star(body.get("returningClause", {}).get("exprs", ()))
    return False


def _has_star(targets: list[dict[str, Any]]) -> bool:
    return any(
        "A_Star" in field
        for target in targets
        for field in target.get("ResTarget", {})
        .get("val", {})
        .get("ColumnRef", {})
        .get("fields", ())
    )


def _relation_names(tree: Any) -> Iterator[str]:
    """The name of every relation (RangeVar) in a parse tree given as JSON."""
    if isinstance(tree, dict):
        if "relname" in tree:
            yield tree["relname"]
        for value in tree.values():
            yield from _relation_names(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _relation_names(value)
