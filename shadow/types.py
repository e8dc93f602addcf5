"""Resolving a shadow column's declared type name once, as `ALTER TABLE ADD COLUMN` would.

A real column's type is looked up when the column is added, under the search_path of the session
adding it, and is the same type whatever the search_path of the sessions reading it later. A
shadow column's type is written into every rewritten statement instead, so a name declared
without its schema (`mood`) is given the schema it resolves to under the declaring search_path:
`app.mood`. Built-in types (pg_catalog's) stay as declared, pg_catalog being searched first in
every session. The lookup table comes from the catalog snapshot (`VISIBLE_TYPES_SQL` in
shadow/catalog.py); this module is pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream

BUILT_IN_SCHEMA = "pg_catalog"


@dataclass(frozen=True, slots=True)
class ResolvedType:
    """A declared type name and what it resolved to.

    `sql` is the text to write into statements: schema-qualified when the declared bare name
    was found in a schema other than pg_catalog, else the declared text. `found` is False when
    the bare name is in no schema of the declaring search_path: the text is left as declared,
    and Postgres reports 42704 (type does not exist) where a statement uses it.
    """

    declared: str
    sql: str
    found: bool = True


def bare_type_name(type_sql: str) -> str | None:
    """The name of a type named without its schema (`mood` for `mood[]` or `"mood"`), else None.

    SQL-standard spellings (`integer`, `varchar(32)`, `timestamp with time zone`) are read by
    the grammar as pg_catalog's types and so count as qualified.
    """
    node = _type_name_node(type_sql)
    if node is None or node.pct_type or len(node.names) != 1:
        return None
    return node.names[0].sval


def resolve_type(type_sql: str, visible: Mapping[str, str]) -> ResolvedType:
    """`type_sql` (a validated type name) with the schema its bare name resolves to.

    `visible` maps each type name to the schema holding the type that name finds under the
    declaring search_path (the first schema of the path that has one, pg_catalog first unless
    placed elsewhere). Typmods and array bounds are kept: `mood[]` -> `app.mood[]`.
    """
    name = bare_type_name(type_sql)
    if name is None:
        return ResolvedType(type_sql, type_sql)
    schema = visible.get(name)
    if schema is None:
        return ResolvedType(type_sql, type_sql, found=False)
    if schema == BUILT_IN_SCHEMA:
        return ResolvedType(type_sql, type_sql)
    return ResolvedType(type_sql, qualify_type_name(type_sql, schema))


def qualify_type_name(type_sql: str, schema: str) -> str:
    """`type_sql`, a type named by its bare name, named with `schema` in front (quoted as needed)."""
    node = _type_name_node(type_sql)
    if node is None or len(node.names) != 1:
        raise ValueError(f"{type_sql!r} is not a type named by its bare name")
    node.names = (ast.String(sval=schema), node.names[0])
    return RawStream()(node)


def _type_name_node(type_sql: str) -> ast.TypeName | None:
    try:
        statements = parse_sql(f"SELECT NULL::{type_sql}")
    except ParseError:
        return None
    if len(statements) != 1:
        return None
    target = statements[0].stmt.targetList
    value = target[0].val if target and len(target) == 1 else None
    return value.typeName if isinstance(value, ast.TypeCast) else None
