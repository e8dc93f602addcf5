"""The columns a function in FROM produces, where the statement alone says what they are.

Postgres names them by rules of its own: `unnest(a, b)` is `ROWS FROM (unnest(a), unnest(b))`,
one column per function, each named after its function; a single function returning a scalar
gives one column named after the FROM item's alias (else the function); WITH ORDINALITY adds
`ordinality`. Only functions whose result is known without the catalog are worked out here.
"""

from __future__ import annotations

from typing import Any

from proxy.rewrite.jsontree import names, unwrap

Node = dict[str, Any]

# Built-in types whose values are scalars: an array of one unnests to one column. A type of the
# database (a composite, or an enum that might be one) is not known here.
_SCALAR_TYPES = frozenset(
    {
        "int2", "int4", "int8", "smallint", "integer", "bigint", "float4", "float8", "real",
        "numeric", "decimal", "bool", "boolean", "text", "varchar", "bpchar", "char",
        "character", "name", "uuid", "date", "time", "timetz", "timestamp", "timestamptz",
        "interval", "json", "jsonb", "bytea", "inet", "cidr", "macaddr", "money", "oid",
        "bit", "varbit", "xml", "tsvector",
    }
)  # fmt: skip
# Functions that return one scalar column whatever their arguments.
_SCALAR_FUNCTIONS = frozenset({"generate_series", "generate_subscripts"})


def function_columns(body: Node, refname: str | None) -> tuple[str, ...] | None:
    """The column names of a RangeFunction before its alias's column list renames them, or
    None when some function's result is not known from the statement."""
    produced: list[str] = []
    for function in body.get("functions", ()):
        items = unwrap(function, "List").get("items", ())
        call = items[0].get("FuncCall") if items else None
        if call is None:
            return None
        name = names(call.get("funcname"))
        args = call.get("args", ())
        if name[-1:] == ["unnest"] and name[:-1] in ([], ["pg_catalog"]) and args:
            if not all(_scalar_array(arg) for arg in args):
                return None
            produced.extend("unnest" for _ in args)
        elif name[-1:] and name[-1] in _SCALAR_FUNCTIONS and name[:-1] in ([], ["pg_catalog"]):
            produced.append(name[-1])
        else:
            return None
    if not produced:
        return None
    if len(produced) == 1 and refname is not None:
        produced = [refname]
    if body.get("ordinality"):
        produced.append("ordinality")
    return tuple(produced)


def _scalar_array(node: Node) -> bool:
    """An array of a built-in scalar type: a cast to one, or ARRAY[…] of such values."""
    cast = node.get("TypeCast")
    if cast is not None:
        type_name = cast["typeName"]
        base = names(type_name.get("names"))
        return (
            bool(type_name.get("arrayBounds"))
            and base[:-1] in ([], ["pg_catalog"])
            and base[-1:] != []
            and base[-1] in _SCALAR_TYPES
        )
    array = node.get("A_ArrayExpr")
    if array is not None:
        elements = array.get("elements", ())
        return bool(elements) and all(_scalar_value(e) for e in elements)
    return False


def _scalar_value(node: Node) -> bool:
    if "A_Const" in node:
        return True
    cast = node.get("TypeCast")
    if cast is None:
        return False
    type_name = cast["typeName"]
    base = names(type_name.get("names"))
    return (
        not type_name.get("arrayBounds")
        and base[:-1] in ([], ["pg_catalog"])
        and bool(base)
        and base[-1] in _SCALAR_TYPES
    )
