"""Which relations give a statement result columns through `*`.

A prepared statement whose `*` (or `t.*`) would now yield other columns, because a shadow column
or a real one came or went, is one Postgres refuses to run again ("cached plan must not change
result type"): clients such as asyncpg then prepare it afresh. The session compares the columns
of these relations when the statement was prepared with what they are now.
"""

from __future__ import annotations

import json
from typing import Any

from pglast import parser

from proxy.rewrite.jsontree import dicts, unwrap

_WRITES = ("InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt")


def star_relations(sql: str) -> frozenset[str]:
    """The names of the relations a statement reads when one of its top-level output lists
    (a SELECT's, or RETURNING) holds `*` or `t.*`; empty when none does or it does not parse."""
    if "*" not in sql:
        return frozenset()
    try:
        tree = json.loads(parser.parse_sql_json(sql))
    except (parser.ParseError, RecursionError):  # too deep to decode: left as it was
        return frozenset()
    statements = [raw.get("stmt", {}) for raw in tree.get("stmts", ())]
    if not any(_outputs_star(statement) for statement in statements):
        return frozenset()
    # A relation's name is the one field called relname (RangeVar, wrapped or not).
    return frozenset(node["relname"] for node in dicts(statements) if "relname" in node)


def _outputs_star(statement: dict[str, Any]) -> bool:
    select = statement.get("SelectStmt")
    # A set operation's columns are those of its leftmost arm.
    while select is not None and select.get("op", "SETOP_NONE") != "SETOP_NONE":
        select = unwrap(select.get("larg", {}), "SelectStmt")
    if select is not None:
        return _has_star(select.get("targetList", ()))
    for kind in _WRITES:
        if kind in statement:
            return _has_star(statement[kind].get("returningClause", {}).get("exprs", ()))
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
