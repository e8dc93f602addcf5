"""What the rewriter serves: shadow columns checked against the live catalog, ready to render.

A served column has a validated type and default and knows how to read its value for a row:
the value parked for the row's key, else the declared default, cast to the declared type.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pglast import parse_sql
from pglast.parser import ParseError, parse_sql_json, scan
from pglast.stream import RawStream

from proxy.rewrite.sqltext import quote_ident, quote_literal
from shadow.catalog import CatalogSnapshot, LiveTable
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema


class InvalidShadowColumn(ValueError):
    """A declared type or default that pgstitch refuses to put into SQL; the message says why."""


# Nodes a column default may not contain, as Postgres says for DEFAULT expressions.
_FORBIDDEN_IN_DEFAULT = {
    "ColumnRef": "a column reference",
    "ParamRef": "a parameter ($n)",
    "SubLink": "a subquery",
    "GroupingFunc": "GROUPING()",
    "SetToDefault": "DEFAULT",
}
_AGGREGATE_MARKERS = ("over", "agg_star", "agg_distinct", "agg_filter", "agg_order")


def validate_type_name(type_sql: str) -> str:
    """The canonical spelling of a Postgres type name; InvalidShadowColumn if it is not one."""
    if not type_sql or not type_sql.strip():
        raise InvalidShadowColumn("the type is empty")
    if "\0" in type_sql:
        raise InvalidShadowColumn("the type contains a NUL character")
    try:
        tree = json.loads(parse_sql_json(f"SELECT NULL::{type_sql}"))
    except ParseError as exc:
        raise InvalidShadowColumn(f"{type_sql!r} is not a type name: {exc}") from None
    target = _single_target(tree, type_sql, "type name")
    cast = target.get("TypeCast")
    arg = cast.get("arg", {}) if cast else {}
    if cast is None or "isnull" not in arg.get("A_Const", {}):
        raise InvalidShadowColumn(f"{type_sql!r} is not a single type name")
    node = parse_sql(f"SELECT NULL::{type_sql}")[0].stmt.targetList[0].val.typeName
    return RawStream()(node)


def validate_default(default_sql: str) -> str:
    """A column default as an SQL expression that is safe to embed, in parentheses.

    The default must be exactly one expression with no column references, parameters,
    subqueries, aggregates or window functions; InvalidShadowColumn says what is wrong.
    Defaults calling functions are wrapped in a scalar sub-select, so that a set-returning
    or aggregate function can never change the shape of the query around them.
    """
    if not default_sql or not default_sql.strip():
        raise InvalidShadowColumn("the default is empty")
    if "\0" in default_sql:
        raise InvalidShadowColumn("the default contains a NUL character")
    # A newline ends a trailing -- comment, so the closing parenthesis always counts.
    body = default_sql + "\n" if "--" in default_sql else default_sql
    try:
        tree = json.loads(parse_sql_json(f"SELECT ({body})"))
    except ParseError as exc:
        raise InvalidShadowColumn(
            f"default {default_sql!r} is not an SQL expression: {exc}"
        ) from None
    target = _single_target(tree, default_sql, "default")
    calls = _check_default_nodes(target, default_sql)
    _check_string_constants(body, default_sql)
    if calls:
        return f"(SELECT ({body}))"
    return f"(({body}))"


def _single_target(tree: dict, text: str, what: str) -> dict:
    stmts = tree.get("stmts", [])
    if len(stmts) != 1:
        raise InvalidShadowColumn(f"{what} {text!r} must be a single expression")
    select = stmts[0]["stmt"].get("SelectStmt")
    allowed = {"targetList", "limitOption", "op"}
    if select is None or set(select) - allowed or select.get("op") != "SETOP_NONE":
        raise InvalidShadowColumn(f"{what} {text!r} must be a single expression")
    targets = select.get("targetList", [])
    if len(targets) != 1 or set(targets[0]["ResTarget"]) - {"val", "location"}:
        raise InvalidShadowColumn(f"{what} {text!r} must be a single expression")
    return targets[0]["ResTarget"]["val"]


def _check_default_nodes(node: object, text: str) -> bool:
    """Refuse what a DEFAULT may not hold; True when the expression calls a function."""
    calls = False
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, dict):
            for key, value in current.items():
                if key in _FORBIDDEN_IN_DEFAULT:
                    raise InvalidShadowColumn(
                        f"default {text!r} may not contain {_FORBIDDEN_IN_DEFAULT[key]}"
                    )
                if key == "FuncCall":
                    calls = True
                    if any(marker in value for marker in _AGGREGATE_MARKERS):
                        raise InvalidShadowColumn(
                            f"default {text!r} may not contain an aggregate or window function"
                        )
                if isinstance(value, (dict, list)):
                    stack.append(value)
    return calls


def _check_string_constants(body: str, text: str) -> None:
    """A backslash in a '…' constant reads differently when standard_conforming_strings is off."""
    for token in scan(body):
        if token.name == "SCONST":
            literal = body[token.start : token.end + 1]
            if literal.startswith("'") and "\\" in literal:
                raise InvalidShadowColumn(
                    f"default {text!r}: write string constants with backslashes as E'…'"
                )


def row_key_sql(primary_key: tuple[str, ...], qualifier: str) -> str | None:
    """The text row key of a row of `qualifier` (an SQL-ready relation name), as the store keys it.

    Single-column keys are `(t.id)::text`, composite ones `ROW(t.a, t.b)::text`; None when the
    table has no primary key.
    """
    if not primary_key:
        return None
    refs = [f"{qualifier}.{quote_ident(col)}" for col in primary_key]
    if len(refs) == 1:
        return f"({refs[0]})::text"
    return f"ROW({', '.join(refs)})::text"


@dataclass(frozen=True, slots=True)
class ServedColumn:
    """One shadow column the proxy serves, with its SQL pieces precomputed."""

    schema: str
    table: str
    name: str
    type_sql: str
    default_sql: str | None

    @property
    def typed_default(self) -> str:
        """The declared default (NULL when none) cast to the declared type."""
        if self.default_sql is None:
            return f"NULL::{self.type_sql}"
        return f"{self.default_sql}::{self.type_sql}"

    def parked_value(self, vals_sql: str) -> str:
        """The value for a row whose parked `vals` (jsonb, or NULL) `vals_sql` yields.

        A parked JSON null is an explicit NULL; a missing key or row falls back to the default.
        The default goes through its text form so both branches share one cast.
        """
        picked = f"{vals_sql} -> {quote_literal(self.name)}"
        if self.default_sql is not None:
            picked = f"COALESCE({picked}, to_jsonb(({self.typed_default})::text))"
        return f"(({picked}) #>> '{{}}')::{self.type_sql}"


@dataclass(frozen=True, slots=True)
class ServedTable:
    """A live table with the shadow columns served on it, in declaration order."""

    table: LiveTable
    columns: tuple[ServedColumn, ...]

    @property
    def key(self) -> tuple[str, str]:
        """(schema, table)."""
        return (self.table.schema, self.table.name)

    @property
    def shadow_names(self) -> frozenset[str]:
        """The names of the served shadow columns."""
        return frozenset(c.name for c in self.columns)

    @property
    def all_names(self) -> tuple[str, ...]:
        """Live columns then shadow columns: what the table looks like to the application."""
        return self.table.column_names + tuple(c.name for c in self.columns)

    def column(self, name: str) -> ServedColumn | None:
        """The served shadow column with this name."""
        for col in self.columns:
            if col.name == name:
                return col
        return None

    def row_key(self, qualifier: str) -> str | None:
        """The row key expression for rows of `qualifier`."""
        return row_key_sql(self.table.primary_key, qualifier)


def served_column(column: ShadowColumn) -> ServedColumn:
    """Validate one shadow column's type and default; InvalidShadowColumn names the column."""
    where = f"{column.schema}.{column.table}.{column.column}"
    try:
        type_sql = validate_type_name(column.type)
        default = None if column.default is None else validate_default(column.default)
    except InvalidShadowColumn as exc:
        raise InvalidShadowColumn(f"shadow column {where}: {exc}") from None
    return ServedColumn(column.schema, column.table, column.column, type_sql, default)


def served_tables(
    catalog: CatalogSnapshot, shadow: ShadowSchema
) -> dict[tuple[str, str], ServedTable]:
    """Every live table with at least one served shadow column it does not really have yet."""
    by_table: dict[tuple[str, str], list[ServedColumn]] = {}
    for column in shadow.served:
        table = catalog.get(column.schema, column.table)
        if table is None or table.column(column.column) is not None:
            continue
        by_table.setdefault((column.schema, column.table), []).append(served_column(column))
    return {
        key: ServedTable(catalog.tables[key], tuple(cols)) for key, cols in by_table.items() if cols
    }
