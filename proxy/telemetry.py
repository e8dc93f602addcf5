"""Telemetry from errors: which unknown column the application asked for, on which table, as what.

Postgres's 42703 message names the column (`column "c" does not exist`, `column t.c does not
exist`, `column "c" of relation "t" does not exist`); the query text tells the table and, from the
context the column is used in, its likely type.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from shadow.catalog import CatalogSnapshot

_MESSAGE = re.compile(
    r'^column (?:"(?P<quoted>(?:[^"]|"")+)"|(?P<qualified>\S+?))'
    r'(?: of relation "(?P<relation>[^"]+)")? does not exist$'
)


@dataclass(frozen=True, slots=True)
class UnknownColumnSighting:
    """One 42703 error, reduced to what the predictor learns from."""

    schema: str | None
    table: str | None
    column: str
    fingerprint: str
    inferred_type: str | None

    @property
    def qualified_name(self) -> str:
        """table.column (or just column when the table is unknown), for logs."""
        return f"{self.table}.{self.column}" if self.table else self.column


def fingerprint(sql: str | None) -> str:
    """A stable identifier of a query's shape, constants left out (pglast's fingerprint)."""
    if not sql:
        return "unknown"
    try:
        from pglast.parser import fingerprint as pg_fingerprint

        return pg_fingerprint(sql)
    except Exception:
        return hashlib.sha1(sql.encode(), usedforsecurity=False).hexdigest()[:16]


def unknown_column_from_error(
    fields: dict[str, str], sql: str | None, catalog: CatalogSnapshot
) -> UnknownColumnSighting | None:
    """The sighting behind an ErrorResponse with SQLSTATE 42703, None if its message is not one."""
    match = _MESSAGE.match(fields.get("M", ""))
    if match is None:
        return None
    table = match.group("relation")
    if match.group("quoted") is not None:
        column = match.group("quoted").replace('""', '"')
    else:
        qualifier, _, column = match.group("qualified").rpartition(".")
        table = table or (qualifier.rpartition(".")[2] or None)
    schema, table, inferred = _context(sql, table, column, catalog)
    return UnknownColumnSighting(schema, table, column, fingerprint(sql), inferred)


def _context(
    sql: str | None, table: str | None, column: str, catalog: CatalogSnapshot
) -> tuple[str | None, str | None, str | None]:
    """(schema, table, inferred type) from the query text, as far as it tells."""
    if not sql:
        return None, table, None
    try:
        from pglast import parse_sql

        statements = parse_sql(sql)
    except Exception:
        return None, table, None
    for raw in statements:
        found = _find_reference(raw.stmt, column, table)
        if found is None:
            continue
        qualifier, parents = found
        relation = _relation_for(raw.stmt, qualifier)
        schema = None
        if relation is not None:
            schema, table = relation
        if table is not None and schema is None:
            live = catalog.resolve(table, ("public",))
            schema = live.schema if live is not None else None
        return schema, table, _type_from_context(parents)
    return None, table, None


def _find_reference(node, column: str, table: str | None):
    """(qualifier, ancestors) of the first ColumnRef naming `column`, depth first."""
    from pglast import ast

    stack = [(node, ())]
    while stack:
        current, parents = stack.pop()
        if isinstance(current, ast.ColumnRef):
            names = [getattr(f, "sval", None) for f in current.fields]
            if names and names[-1] == column:
                qualifier = names[-2] if len(names) >= 2 else None
                if table is None or qualifier in (None, table) or len(names) == 2:
                    return qualifier, (*parents, current)
            continue
        if isinstance(current, tuple):
            stack.extend((child, parents) for child in reversed(current))
        elif isinstance(current, ast.Node):
            for name in current:
                child = getattr(current, name)
                if isinstance(child, ast.Node | tuple):
                    stack.append((child, (*parents, current)))
    return None


def _relation_for(statement, qualifier: str | None) -> tuple[str | None, str] | None:
    """The (schema, table) a qualifier (alias or name) stands for; the only table if unqualified."""
    from pglast import ast
    from pglast.visitors import Visitor

    relations: list[ast.RangeVar] = []

    class _Ranges(Visitor):
        def visit_RangeVar(self, _ancestors, node):
            relations.append(node)

    _Ranges()(statement)
    if qualifier is not None:
        for rel in relations:
            alias = rel.alias.aliasname if rel.alias is not None else rel.relname
            if alias == qualifier:
                return rel.schemaname, rel.relname
        return None
    if len(relations) == 1:
        return relations[0].schemaname, relations[0].relname
    return None


_CONST_TYPES = {"Integer": "integer", "Float": "numeric", "String": "text", "Boolean": "boolean"}
_ARITHMETIC = {"+", "-", "*", "/", "%"}


def _type_from_context(parents: tuple) -> str | None:
    """The type the innermost enclosing expression suggests for the column."""
    from pglast import ast

    chain = list(parents)
    for index in range(len(chain) - 2, -1, -1):
        parent, child = chain[index], chain[index + 1]
        if isinstance(parent, ast.TypeCast):
            from pglast.stream import RawStream

            return RawStream()(parent.typeName)
        if isinstance(parent, ast.A_Expr):
            op = parent.name[-1].sval if parent.name else ""
            if op in ("~~", "~~*", "!~~", "!~~*"):
                return "text"
            for side in (parent.lexpr, parent.rexpr):
                if isinstance(side, ast.A_Const) and not side.isnull:
                    kind = _CONST_TYPES.get(type(side.val).__name__)
                    if kind is not None:
                        return kind
                if isinstance(side, ast.TypeCast):
                    from pglast.stream import RawStream

                    return RawStream()(side.typeName)
            if op in _ARITHMETIC:
                return "numeric"
            return None
        if isinstance(parent, ast.BoolExpr):
            return "boolean"
        if isinstance(parent, ast.SelectStmt | ast.UpdateStmt | ast.DeleteStmt | ast.NullTest):
            is_condition = child is getattr(parent, "whereClause", None) or child is getattr(
                parent, "havingClause", None
            )
            return "boolean" if is_condition else None
    return None
