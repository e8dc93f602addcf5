"""`pgstitch shadow add|list|drop`: declare, show and remove shadow columns in the store.

TYPE, --default and --check are checked by Postgres's own parser (pglast) and, when the managed
database can be reached, by the database itself inside a transaction that is rolled back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
from dataclasses import dataclass, replace
from typing import Any

from pgstitch.commands import shadow_export

DEFAULT_UPSTREAM = "postgresql://127.0.0.1:5432/postgres"
SERIAL_TYPES = frozenset({"smallserial", "serial", "bigserial", "serial2", "serial4", "serial8"})
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 1


class UsageError(Exception):
    """Bad input: reported on stderr with exit status 2."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `shadow` and its actions."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store", default="postgres", help="state store: postgres (default), memory or redis://…"
    )
    common.add_argument(
        "--upstream",
        default=os.environ.get("PGSTITCH_UPSTREAM") or DEFAULT_UPSTREAM,
        help="DSN of the managed database (default $PGSTITCH_UPSTREAM, else %(default)s)",
    )
    parser = subparsers.add_parser("shadow", help="declare, list and drop shadow columns")
    parser.set_defaults(run=run)
    actions = parser.add_subparsers(dest="action", required=True)

    add = actions.add_parser("add", parents=[common], help="declare an active shadow column")
    add.add_argument("target", metavar="TABLE.COLUMN", help="[schema.]table.column")
    add.add_argument("type", metavar="TYPE", help="a Postgres column type")
    add.add_argument("--default", metavar="SQL", help="default expression")
    add.add_argument("--not-null", action="store_true", help="refuse NULL values")
    add.add_argument("--check", metavar="SQL", help="boolean expression the values must satisfy")

    show = actions.add_parser("list", parents=[common], help="show the shadow schema")
    show.add_argument("--json", action="store_true", help="print one JSON object")

    drop = actions.add_parser("drop", parents=[common], help="remove a shadow column")
    drop.add_argument("target", metavar="TABLE.COLUMN", help="[schema.]table.column")

    shadow_export.add_parser(actions, common)


def run(args: argparse.Namespace) -> int:
    """Carry out one action; 2 on bad input, 1 when the store cannot be reached."""
    from shadow.store.base import StoreUnavailable
    from shadow.store.factory import open_store

    try:
        store = open_store(args.store, args.upstream)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    action = {"add": _add, "list": _list, "drop": _drop, "export": shadow_export.export}[
        args.action
    ]

    async def main() -> int:
        try:
            return await action(args, store)
        finally:
            await store.close()

    try:
        return asyncio.run(main())
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except StoreUnavailable as exc:
        return _fail(str(exc), EXIT_UNAVAILABLE)


def _fail(message: str, status: int) -> int:
    print(f"pgstitch shadow: error: {message}", file=sys.stderr)
    return status


# -- actions -------------------------------------------------------------------------------------


async def _add(args: argparse.Namespace, store: Any) -> int:
    from shadow.columns import ShadowColumn

    schema, table, column = parse_column_target(args.target)
    definition = Definition(
        type=parse_type(args.type),
        default=parse_expression(args.default, "--default") if args.default else None,
        check=parse_expression(args.check, "--check") if args.check else None,
        not_null=args.not_null,
    )
    # The store first: when it is the managed database and that is down, this fails (exit 1).
    existing = (await store.load_schema()).get(schema, table, column)
    definition = _checked_by_database(args, (schema, table, column), definition)
    if existing is not None and existing.served:
        raise UsageError(
            f"{display_name(schema, table, column)} is already a shadow column ({existing.state});"
            " drop it first"
        )
    declared = ShadowColumn(
        schema=schema,
        table=table,
        column=column,
        type=definition.type,
        default=definition.default,
        not_null=args.not_null,
        check=definition.check,
    )
    new = await store.put_column(declared)
    print(f"added {display_name(schema, table, column)} {definition.type} (version {new.version})")
    return 0


async def _list(args: argparse.Namespace, store: Any) -> int:
    from shadow.store.codec import column_to_dict

    schema = await store.load_schema()
    quarantined = await shadow_export.quarantine_counts(args.upstream)
    if args.json:
        columns = [column_to_dict(c) for c in schema.columns]
        document: dict[str, Any] = {"version": schema.version, "columns": columns}
        if quarantined:
            document["quarantined"] = quarantined
        print(json.dumps(document, indent=2))
        return 0
    rows = [
        (
            display_name(c.schema, c.table, c.column),
            c.type,
            c.default or "",
            "not null" if c.not_null else "",
            c.check or "",
            c.state.value,
            f"{c.probability:g}",
            ",".join(c.sources),
        )
        for c in schema.columns
    ]
    header = ("COLUMN", "TYPE", "DEFAULT", "NULL", "CHECK", "STATE", "P", "SOURCES")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"shadow schema version {schema.version}, {len(rows)} column(s)")
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    for line in shadow_export.quarantine_lines(quarantined):
        print(line)
    return 0


async def _drop(args: argparse.Namespace, store: Any) -> int:
    schema, table, column = parse_column_target(args.target)
    if (await store.load_schema()).get(schema, table, column) is None:
        raise UsageError(f"{display_name(schema, table, column)} is not a shadow column")
    new = await store.drop_column(schema, table, column)
    print(f"dropped {display_name(schema, table, column)} (version {new.version})")
    return 0


# -- parsing with Postgres's own parser ----------------------------------------------------------


def parse_column_target(text: str) -> tuple[str, str, str]:
    """(schema, table, column) of `[schema.]table.column`, case-folded unless double-quoted.

    Names are read as identifiers, not as an SQL expression, so a table named like a keyword
    (`user.karma`, `order.total`) needs no quotes.
    """
    names = split_qualified_name(text)
    if names is None or len(names) not in (2, 3):
        raise UsageError(f"TABLE.COLUMN must be [schema.]table.column, got {text!r}")
    if len(names) == 2:
        names.insert(0, "public")
    return names[0], names[1], names[2]


_NAME_PART = re.compile(
    r'\s*(?:"((?:[^"]|"")+)"|([A-Za-z_\x80-\U0010ffff][\w$\x80-\U0010ffff]*))\s*'
)


def split_qualified_name(text: str) -> list[str] | None:
    """The parts of a dotted name as Postgres reads identifiers, or None when it is not one.

    Double-quoted parts are taken as written (`""` is a quote); others are folded to lower case
    (ASCII letters only, as Postgres does).
    """
    names = []
    position = 0
    while True:
        match = _NAME_PART.match(text, position)
        if match is None:
            return None
        quoted, bare = match.groups()
        names.append(quoted.replace('""', '"') if quoted is not None else _fold(bare))
        position = match.end()
        if position == len(text):
            return names
        if text[position] != ".":
            return None
        position += 1


def _fold(name: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in name)


def parse_type(text: str) -> str:
    """The type name, as Postgres's parser reads it (one type, nothing else)."""
    from pglast import ast
    from pglast.stream import RawStream

    target = _single_select_target(f"NULL::{text}", "TYPE", shown=text)
    if not (
        isinstance(target, ast.TypeCast)
        and isinstance(target.arg, ast.A_Const)
        and target.arg.isnull
    ):
        raise UsageError(f"TYPE must be one type name, got {text!r}")
    name = RawStream()(target.typeName)
    if name.lower() in SERIAL_TYPES:
        raise UsageError(f"{name} needs a sequence; declare an integer type with --default instead")
    return name


def parse_expression(text: str, what: str) -> str:
    """Exactly one SQL expression, printed back canonically (comments and stray text gone),
    that the proxy accepts as a default (or, when `what` names a check, as a CHECK rule)."""
    from pglast.stream import RawStream

    from proxy.rewrite.served import InvalidShadowColumn, validate_check, validate_default

    printed = RawStream()(_single_select_target(text, what))
    try:
        (validate_check if "check" in what else validate_default)(printed)
    except InvalidShadowColumn as exc:
        raise UsageError(f"{what}: {exc}") from None
    return printed


def _single_select_target(text: str, what: str, shown: str | None = None) -> Any:
    """The expression of `SELECT <text>`, refusing anything that is not one bare expression."""
    from pglast import ast, parse_sql
    from pglast.enums import SetOperation
    from pglast.parser import ParseError

    shown = text if shown is None else shown
    try:
        statements = parse_sql(f"SELECT {text}")
    except ParseError as exc:
        raise UsageError(f"{what} {shown!r} is not valid SQL: {exc}") from exc
    if len(statements) != 1:
        raise UsageError(f"{what} must be exactly one expression, got {shown!r}")
    select = statements[0].stmt
    extra = [
        name
        for name in (
            "distinctClause",
            "intoClause",
            "fromClause",
            "whereClause",
            "groupClause",
            "havingClause",
            "windowClause",
            "valuesLists",
            "sortClause",
            "limitOffset",
            "limitCount",
            "lockingClause",
            "withClause",
        )
        if getattr(select, name, None)
    ]
    if (
        not isinstance(select, ast.SelectStmt)
        or select.op != SetOperation.SETOP_NONE
        or extra
        or len(select.targetList or ()) != 1
        or select.targetList[0].name
    ):
        raise UsageError(f"{what} must be exactly one expression, got {shown!r}")
    return select.targetList[0].val


# -- checking with the managed database ----------------------------------------------------------


@dataclass(frozen=True)
class Definition:
    """The parts of a column declaration the database can check."""

    type: str
    default: str | None
    check: str | None
    not_null: bool = False


def _checked_by_database(
    args: argparse.Namespace, key: tuple[str, str, str], definition: Definition
) -> Definition:
    """Ask the managed database; fall back to the parser's word only when it is unreachable.

    The column is added to an empty temporary copy of the table inside a transaction that is
    rolled back, so the type, default and check are judged exactly as ALTER TABLE would, and
    nothing (not even a sequence) moves.
    """
    import psycopg

    try:
        conn = psycopg.connect(args.upstream, connect_timeout=5)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0]
        print(
            f"pgstitch shadow: warning: the managed database is unreachable ({reason});"
            " TYPE, --default and --check were checked for syntax only",
            file=sys.stderr,
        )
        return definition
    except psycopg.ProgrammingError as exc:
        raise UsageError(f"invalid --upstream DSN: {exc}") from exc
    with conn:
        try:
            return _ask_database(conn, key, definition)
        finally:
            conn.rollback()


def _ask_database(conn: Any, key: tuple[str, str, str], definition: Definition) -> Definition:
    import psycopg
    from psycopg import sql

    schema, table, column = key
    name = display_name(schema, table, column)
    row = conn.execute(
        "SELECT c.oid, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relname = %s",
        (schema, table),
    ).fetchone()
    if row is None or row[1] not in ("r", "p"):
        raise UsageError(f"table {display_name(schema, table)} does not exist in the database")
    live = conn.execute(
        "SELECT 1 FROM pg_attribute WHERE attrelid = %s AND attname = %s AND NOT attisdropped",
        (row[0], column),
    ).fetchone()
    if live:
        raise UsageError(f"{name} already exists in the database; nothing to shadow")
    if definition.not_null and definition.default in (None, "NULL"):
        # As ALTER TABLE ... ADD COLUMN ... NOT NULL would: existing rows would read NULL.
        has_rows = conn.execute(
            sql.SQL("SELECT EXISTS (SELECT FROM {}.{})").format(
                sql.Identifier(schema), sql.Identifier(table)
            )
        ).fetchone()
        if has_rows and has_rows[0]:
            raise UsageError(
                f"{name} cannot be NOT NULL without a default: the table has rows, which would"
                " read NULL"
            )
    clauses = [sql.SQL(definition.type)]
    if definition.default is not None:
        clauses.append(sql.SQL("DEFAULT ({})").format(sql.SQL(definition.default)))
    if definition.check is not None:
        clauses.append(sql.SQL("CHECK ({})").format(sql.SQL(definition.check)))
    try:
        conn.execute(
            sql.SQL("CREATE TEMPORARY TABLE pgstitch_shadow_check (LIKE {}.{})").format(
                sql.Identifier(schema), sql.Identifier(table)
            )
        )
        conn.execute(
            sql.SQL("ALTER TABLE pgstitch_shadow_check ADD COLUMN {} {}").format(
                sql.Identifier(column), sql.SQL(" ").join(clauses)
            )
        )
    except psycopg.Error as exc:
        message = exc.diag.message_primary or str(exc)
        raise UsageError(f"the database refuses {name}: {message}") from exc
    canonical = conn.execute(
        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
        " WHERE attrelid = 'pgstitch_shadow_check'::regclass AND attname = %s",
        (column,),
    ).fetchone()
    return replace(definition, type=canonical[0])


# -- names ---------------------------------------------------------------------------------------

_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")


def quote_identifier(name: str) -> str:
    """`name` as Postgres's quote_ident would write it."""
    from pglast.keywords import UNRESERVED_KEYWORDS

    if _PLAIN.fullmatch(name) and (name in UNRESERVED_KEYWORDS or not _is_keyword(name)):
        return name
    return '"' + name.replace('"', '""') + '"'


def _is_keyword(name: str) -> bool:
    from pglast.keywords import (
        COL_NAME_KEYWORDS,
        RESERVED_KEYWORDS,
        TYPE_FUNC_NAME_KEYWORDS,
    )

    return name in RESERVED_KEYWORDS or name in COL_NAME_KEYWORDS or name in TYPE_FUNC_NAME_KEYWORDS


def display_name(*parts: str) -> str:
    """Dotted, quoted where needed: what a user would type back."""
    return ".".join(quote_identifier(p) for p in parts)
