"""Schema changes in SQL text, found with pglast (Postgres's own parser).

Understood: CREATE TABLE (and its columns), CREATE TABLE AS, ALTER TABLE ADD/DROP COLUMN,
ALTER COLUMN TYPE, RENAME COLUMN, RENAME TO, SET SCHEMA, DROP TABLE; schema-qualified names; the
same inside PL/pgSQL `DO` blocks (their SQL statements, and `EXECUTE` of a constant string, in the
order they are written, whatever the conditions around them). Everything else (indexes,
constraints, functions, data changes) is ignored. A statement that does not parse is reported
through `report` and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from predictor.changes import Change, ChangeOp

Report = Callable[[str], None]
DEFAULT_SCHEMAS = frozenset({"public"})
# `{{ index .Options "Namespace" }}.users`, also quoted: `"{{ … }}".users`
TEMPLATE_SCHEMA = re.compile(r"\"?\{\{[^{}]*\}\}\"?\s*\.")


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of a file and the line it starts on."""

    text: str
    line: int


def split_statements(sql: str) -> Iterator[Statement]:
    """Statements separated by top-level semicolons, found with Postgres's scanner.

    Raises pglast's ParseError when the text cannot even be scanned (an unterminated quote).
    """
    from pglast.parser import scan

    start = None
    for token in scan(sql):
        if token.name == "ASCII_59":
            if start is not None:
                yield Statement(sql[start : token.start], sql.count("\n", 0, start) + 1)
            start = None
        elif start is None and token.name not in ("SQL_COMMENT", "C_COMMENT"):
            start = token.start
    if start is not None:
        yield Statement(sql[start:], sql.count("\n", 0, start) + 1)


def table_name(relation) -> str:
    """`schema.table`, or `table` for the default schema."""
    schema = relation.schemaname
    if schema and schema not in DEFAULT_SCHEMAS:
        return f"{schema}.{relation.relname}"
    return relation.relname


def format_type(type_name) -> str:
    """A type as Postgres prints it: `int4`, `varchar(255)`, `timestamp(3)`, `text[]`."""
    names = [n.sval for n in type_name.names]
    if len(names) > 1 and names[0] == "pg_catalog":
        names = names[1:]
    if len(names) > 1 and names[0] in DEFAULT_SCHEMAS:
        names = names[1:]
    text = ".".join(names)
    modifiers = []
    for modifier in type_name.typmods or ():
        value = getattr(modifier, "val", None)
        found = getattr(value, "ival", None)
        if found is None:
            found = getattr(value, "sval", None)
        if found is not None:
            modifiers.append(str(found))
    if modifiers and text != "interval":
        text += f"({','.join(modifiers)})"
    return text + "[]" * len(type_name.arrayBounds or ())


def format_expression(node) -> str:
    """An expression as SQL text."""
    from pglast.stream import RawStream

    return RawStream()(node)


def column_default(column_def) -> str:
    """The DEFAULT of a column definition as SQL text, or ''."""
    if column_def.raw_default is not None:
        return format_expression(column_def.raw_default)
    for constraint in column_def.constraints or ():
        if constraint.contype.name == "CONSTR_DEFAULT" and constraint.raw_expr is not None:
            return format_expression(constraint.raw_expr)
    return ""


def changes_in_sql(sql: str, ts: datetime, source: str, report: Report) -> list[Change]:
    """Every schema change in a SQL text, all dated `ts`; unparseable statements are reported."""
    from pglast import parse_sql
    from pglast.parser import ParseError

    sql = TEMPLATE_SCHEMA.sub("", sql)
    try:
        statements = list(split_statements(sql))
    except ParseError as exc:
        report(f"{source}: cannot split into statements ({exc}); file skipped")
        return []
    changes: list[Change] = []
    for statement in statements:
        try:
            trees = parse_sql(statement.text)
        except ParseError as exc:
            first = statement.text.strip().splitlines()[0][:60] if statement.text.strip() else ""
            report(
                f"{source}:{statement.line}: skipped statement that does not parse ({exc}): {first}"
            )
            continue
        for raw in trees:
            if type(raw.stmt).__name__ == "DoStmt":
                changes.extend(_changes_in_do(raw.stmt, ts, source, statement.line, report))
            else:
                changes.extend(_changes_in_tree(raw.stmt, ts, source))
    return changes


def _changes_in_do(stmt, ts: datetime, source: str, line: int, report: Report) -> list[Change]:
    """The schema changes of the statements a PL/pgSQL `DO` block (at `line` of `source`)
    runs (see the module)."""
    options = {option.defname: option.arg.sval for option in stmt.args or ()}
    if options.get("language", "plpgsql").lower() != "plpgsql" or "as" not in options:
        return []
    changes: list[Change] = []
    for text in _do_statements(options["as"], f"{source}:{line}", report):
        changes.extend(changes_in_sql(text, ts, source, report))
    return changes


def _do_statements(body: str, where: str, report: Report) -> list[str]:
    """The SQL texts a PL/pgSQL block runs: its embedded statements and constant EXECUTEs."""
    from pglast import parse_plpgsql, parse_sql
    from pglast.parser import ParseError

    tag = "$pgstitch_do$"
    while tag in body:
        tag = tag[:-1] + "_$"
    try:
        tree = parse_plpgsql(
            f"CREATE FUNCTION pgstitch_do() RETURNS void AS {tag}{body}{tag} LANGUAGE plpgsql"
        )
    except ParseError as exc:
        report(f"{where}: skipped DO block that does not parse ({exc})")
        return []
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "PLpgSQL_stmt_execsql":
                    found.append(value["sqlstmt"]["PLpgSQL_expr"]["query"])
                elif key == "PLpgSQL_stmt_dynexecute":
                    query = value["query"]["PLpgSQL_expr"]["query"]
                    try:
                        target = parse_sql(f"SELECT {query}")[0].stmt.targetList[0].val
                    except (ParseError, IndexError, AttributeError):
                        continue
                    constant = getattr(target, "val", None)
                    if type(constant).__name__ == "String":
                        found.append(constant.sval)
                else:
                    walk(value)

    walk(tree)
    return found


def _changes_in_tree(stmt, ts: datetime, source: str) -> list[Change]:
    kind = type(stmt).__name__
    handler = _HANDLERS.get(kind)
    return handler(stmt, ts, source) if handler else []


def _create(stmt, ts, source) -> list[Change]:
    if stmt.relation.relpersistence == "t":
        return []
    table = table_name(stmt.relation)
    changes = [Change(ts, ChangeOp.CREATE_TABLE, table, source=source)]
    for element in stmt.tableElts or ():
        if type(element).__name__ == "ColumnDef" and element.typeName is not None:
            changes.append(
                Change(
                    ts,
                    ChangeOp.TABLE_COLUMN,
                    table,
                    element.colname,
                    format_type(element.typeName),
                    column_default(element),
                    source=source,
                )
            )
    return changes


def _create_as(stmt, ts, source) -> list[Change]:
    if stmt.objtype.name != "OBJECT_TABLE" or stmt.into.rel.relpersistence == "t":
        return []
    return [Change(ts, ChangeOp.CREATE_TABLE, table_name(stmt.into.rel), source=source)]


def _alter(stmt, ts, source) -> list[Change]:
    if stmt.objtype.name != "OBJECT_TABLE":
        return []
    table = table_name(stmt.relation)
    changes = []
    for cmd in stmt.cmds or ():
        subtype = cmd.subtype.name
        if subtype == "AT_AddColumn":
            column = cmd.def_
            changes.append(
                Change(
                    ts,
                    ChangeOp.ADD_COLUMN,
                    table,
                    column.colname,
                    format_type(column.typeName),
                    column_default(column),
                    source=source,
                )
            )
        elif subtype == "AT_DropColumn":
            changes.append(Change(ts, ChangeOp.DROP_COLUMN, table, cmd.name, source=source))
        elif subtype == "AT_AlterColumnType":
            new_type = format_type(cmd.def_.typeName)
            changes.append(
                Change(ts, ChangeOp.ALTER_TYPE, table, cmd.name, new_type, source=source)
            )
    return changes


def _rename(stmt, ts, source) -> list[Change]:
    kind = stmt.renameType.name
    if kind == "OBJECT_COLUMN" and stmt.relationType.name == "OBJECT_TABLE":
        table = table_name(stmt.relation)
        return [
            Change(
                ts,
                ChangeOp.RENAME_COLUMN,
                table,
                stmt.subname,
                new_name=stmt.newname,
                source=source,
            )
        ]
    if kind == "OBJECT_TABLE":
        table = table_name(stmt.relation)
        schema = table.rpartition(".")[0]
        new_name = f"{schema}.{stmt.newname}" if schema else stmt.newname
        return [Change(ts, ChangeOp.RENAME_TABLE, table, new_name=new_name, source=source)]
    return []


def _set_schema(stmt, ts, source) -> list[Change]:
    if stmt.objectType.name != "OBJECT_TABLE":
        return []
    table = table_name(stmt.relation)
    relname = stmt.relation.relname
    new_name = relname if stmt.newschema in DEFAULT_SCHEMAS else f"{stmt.newschema}.{relname}"
    return [Change(ts, ChangeOp.RENAME_TABLE, table, new_name=new_name, source=source)]


def _drop(stmt, ts, source) -> list[Change]:
    if stmt.removeType.name != "OBJECT_TABLE":
        return []
    changes = []
    for names in stmt.objects or ():
        parts = [n.sval for n in names]
        if len(parts) > 1 and parts[-2] in DEFAULT_SCHEMAS:
            parts = parts[-1:]
        changes.append(Change(ts, ChangeOp.DROP_TABLE, ".".join(parts[-2:]), source=source))
    return changes


_HANDLERS = {
    "CreateStmt": _create,
    "CreateTableAsStmt": _create_as,
    "AlterTableStmt": _alter,
    "RenameStmt": _rename,
    "AlterObjectSchemaStmt": _set_schema,
    "DropStmt": _drop,
}
