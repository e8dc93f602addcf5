"""What the rewriter serves: shadow columns checked against the live catalog, ready to render.

A served column has a validated type and default and knows how to read its value for a row:
the value parked for the row's key, else the declared default, cast to the declared type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from pglast import parse_sql
from pglast.parser import ParseError, parse_sql_json, scan
from pglast.stream import RawStream

from proxy.rewrite.existing_rows import (
    ROW_KEY_MARKER,
    default_for_existing_rows,
    default_per_existing_row,
)
from proxy.rewrite.jsontree import dicts
from proxy.rewrite.sqltext import quote_ident, quote_literal
from shadow.catalog import CatalogSnapshot, LiveTable
from shadow.columns import ShadowColumn
from shadow.rowkey import row_key_expression
from shadow.schema import ShadowSchema
from shadow.types import ResolvedType


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
# Functions known to return one value per call (never a set, never an aggregate), as defaults
# call them: a default calling only these is evaluated for each row, as Postgres evaluates a
# DEFAULT, so `gen_random_uuid()` gives every row of a multi-row INSERT its own value. Any
# other function (one of the application's own, say) is read through a scalar sub-select,
# evaluated once per statement. Unqualified, or in a schema where such functions live.
_PER_ROW_FUNCTIONS = frozenset(
    {
        "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4",
        "uuidv4", "uuidv7", "random", "random_normal", "gen_random_bytes", "nextval",
        "now", "clock_timestamp", "statement_timestamp", "transaction_timestamp", "timeofday",
        "md5", "sha256", "encode", "decode", "substr", "substring", "left", "right", "lpad",
        "rpad", "lower", "upper", "initcap", "concat", "concat_ws", "replace", "translate",
        "btrim", "ltrim", "rtrim", "length", "char_length", "format", "to_hex", "to_char",
        "floor", "ceil", "ceiling", "round", "trunc", "abs", "date_trunc", "date_part",
        "extract", "make_interval", "make_date", "make_timestamp", "make_timestamptz",
        "to_json", "to_jsonb", "json_build_object", "jsonb_build_object", "json_build_array",
        "jsonb_build_array", "current_setting", "txid_current", "pg_backend_pid",
    }
)  # fmt: skip
_PER_ROW_FUNCTION_SCHEMAS = frozenset({"pg_catalog", "public", "extensions"})
_SEQUENCE_CALL = re.compile(r"\bnextval\s*\(", re.IGNORECASE)


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
    Defaults calling functions other than known per-row ones (`_PER_ROW_FUNCTIONS`) are
    wrapped in a scalar sub-select, so that a set-returning or aggregate function can never
    change the shape of the query around them.
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
    body = _escaped_string_constants(body)
    if calls and not _calls_only_per_row_functions(target):
        return f"(SELECT ({body}))"
    return f"(({body}))"


def _calls_only_per_row_functions(node: object) -> bool:
    """Whether every function `node` calls is one of `_PER_ROW_FUNCTIONS`."""
    for found in dicts(node):
        call = found.get("FuncCall")
        if call is None:
            continue
        names = [part["String"]["sval"] for part in call.get("funcname", ()) if "String" in part]
        if not names or names[-1] not in _PER_ROW_FUNCTIONS:
            return False
        if len(names) > 2 or (len(names) == 2 and names[0] not in _PER_ROW_FUNCTION_SCHEMAS):
            return False
    return True


def validate_check(check_sql: str) -> str:
    """A CHECK rule as an SQL expression that is safe to embed, in parentheses.

    Like a CHECK constraint: one expression, which may name columns of the row but no
    parameters, subqueries, aggregates or window functions. InvalidShadowColumn says why not.
    """
    if not check_sql or not check_sql.strip():
        raise InvalidShadowColumn("the check is empty")
    if "\0" in check_sql:
        raise InvalidShadowColumn("the check contains a NUL character")
    body = check_sql + "\n" if "--" in check_sql else check_sql
    try:
        tree = json.loads(parse_sql_json(f"SELECT ({body})"))
    except ParseError as exc:
        raise InvalidShadowColumn(f"check {check_sql!r} is not an SQL expression: {exc}") from None
    target = _single_target(tree, check_sql, "check")
    _check_default_nodes(target, check_sql, allow_columns=True)
    body = _escaped_string_constants(body)
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


def _check_default_nodes(node: object, text: str, allow_columns: bool = False) -> bool:
    """Refuse what a DEFAULT (or CHECK) may not hold; True when the expression calls a function."""
    calls = False
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, dict):
            for key, value in current.items():
                if key in _FORBIDDEN_IN_DEFAULT and not (allow_columns and key == "ColumnRef"):
                    what = "check" if allow_columns else "default"
                    raise InvalidShadowColumn(
                        f"{what} {text!r} may not contain {_FORBIDDEN_IN_DEFAULT[key]}"
                    )
                if key == "FuncCall":
                    calls = True
                    if any(marker in value for marker in _AGGREGATE_MARKERS):
                        what = "check" if allow_columns else "default"
                        raise InvalidShadowColumn(
                            f"{what} {text!r} may not contain an aggregate or window function"
                        )
                if isinstance(value, (dict, list)):
                    stack.append(value)
    return calls


def _escaped_string_constants(body: str) -> str:
    """`body` with each '…' constant holding a backslash written as E'…' with the backslashes
    doubled: the same string, read the same whatever standard_conforming_strings is (with it
    off, a backslash in '…' escapes what follows)."""
    parts: list[str] = []
    done = 0
    for token in scan(body):
        if token.name != "SCONST":
            continue
        literal = body[token.start : token.end + 1]
        if literal.startswith("'") and "\\" in literal:
            parts += [body[done : token.start], "E", literal.replace("\\", "\\\\")]
            done = token.end + 1
    return "".join(parts) + body[done:] if parts else body


def check_constraint_name(table: str, column: str, check_sql: str | None = None) -> str:
    """The name Postgres gives a CHECK constraint declared with a column: `t_c_check` when
    the rule reads one column c (`check_sql` None: the column itself), else `t_check`, as
    Postgres tells a column's rule from a table's by the columns it reads."""
    read = frozenset({column}) if check_sql is None else check_columns(check_sql)
    return object_name(table, next(iter(read)) if len(read) == 1 else None, "check")


def object_name(name1: str, name2: str | None, label: str) -> str:
    """`name1_name2_label` as Postgres makes a constraint's name (`makeObjectName`): the
    longer of the two names is cut, a byte at a time and never inside a character, until the
    whole fits in 63 bytes."""
    first, second = name1.encode(), (name2 or "").encode()
    available = 63 - len(label) - 1 - (name2 is not None)
    keep1, keep2 = len(first), len(second)
    while keep1 + keep2 > available:
        if keep1 > keep2:
            keep1 -= 1
        else:
            keep2 -= 1
    parts = [_clip(first, keep1)] + ([_clip(second, keep2)] if name2 is not None else [])
    return "_".join([*parts, label])


def _clip(name: bytes, length: int) -> str:
    """The first `length` bytes of a UTF-8 name, less a character they would cut."""
    return name[:length].decode("utf-8", errors="ignore")


@lru_cache(maxsize=1024)
def check_columns(check_sql: str) -> frozenset[str]:
    """The columns a (validated) CHECK rule reads."""
    tree = json.loads(parse_sql_json(f"SELECT ({check_sql})"))
    return frozenset(
        node["ColumnRef"]["fields"][-1]["String"]["sval"]
        for node in dicts(tree)
        if "ColumnRef" in node and "String" in node["ColumnRef"]["fields"][-1]
    )


def row_key_sql(
    primary_key: tuple[str, ...], qualifier: str, type_oids: Mapping[str, int] | None = None
) -> str | None:
    """The text row key of a row of `qualifier` (an SQL-ready relation name), as the store keys it.

    Single-column keys are `(t.id)::text`, composite ones `ROW(t.a, t.b)::text`; a timestamptz
    key column is printed in UTC whatever the session's TimeZone (`type_oids` maps key column
    names to type OIDs, see shadow/rowkey.py). None when the table has no primary key.
    """
    if not primary_key:
        return None
    refs = [f"{qualifier}.{quote_ident(col)}" for col in primary_key]
    oids = type_oids or {}
    return row_key_expression(refs, [oids.get(col) for col in primary_key])


@dataclass(frozen=True, slots=True)
class ServedColumn:
    """One shadow column the proxy serves, with its SQL pieces precomputed.

    `live` marks a column the table already really has while it is being landed: the shadow
    column still wins, and a row without a parked value reads the real column's value.
    """

    schema: str
    table: str
    name: str
    type_sql: str
    default_sql: str | None
    not_null: bool = False
    check_sql: str | None = None
    live: bool = False
    # For varchar(n) and char(n) (and arrays of them), bit(n) and varbit(n): n and the type
    # without it, so that a write can fail on a value of the wrong length, as assigning to a
    # real column does, instead of cutting or padding it.
    length_limit: int | None = None
    base_type_sql: str | None = None
    # The type's text form is the same whatever the session's settings (see `prints_alike`).
    prints_alike: bool = True
    # The default as the rows that existed when the column came read it (`now()` read as of
    # then: proxy/rewrite/existing_rows.py); None: the default itself.
    existing_default_sql: str | None = None
    # The same with its random values derived from the row's key, which replaces
    # ROW_KEY_MARKER (proxy/rewrite/existing_rows.py); None: it calls nothing random.
    keyed_default_sql: str | None = None
    # False when the type's bare name is in no schema of the declaring search_path: `type_sql`
    # is then as declared, and Postgres reports 42704 where a statement uses it.
    type_found: bool = True

    @property
    def default_expression(self) -> str | None:
        """The default as a DEFAULT clause may hold it: without the sub-select that reads
        some defaults once per statement (a DEFAULT cannot hold a subquery)."""
        default = self.default_sql
        if default is not None and default.startswith("(SELECT (") and default.endswith("))"):
            return default[len("(SELECT ") : -1]
        return default

    @property
    def typed_default(self) -> str:
        """The declared default (NULL when none) cast to the declared type: what a row
        inserted now gets."""
        if self.default_sql is None:
            return f"NULL::{self.type_sql}"
        return f"{self.default_sql}::{self.type_sql}"

    @property
    def existing_default(self) -> str:
        """The value of a row without a parked value: the default as of when the column came."""
        if self.existing_default_sql is None:
            return self.typed_default
        return f"({self.existing_default_sql})::{self.type_sql}"

    def existing_default_of(self, key_sql: str | None) -> str:
        """`existing_default` for the row whose key text `key_sql` yields: its random values
        are the row's own and the same at every read (None: new at each read)."""
        if self.keyed_default_sql is None or key_sql is None:
            return self.existing_default
        return f"({self.keyed_default_sql.replace(ROW_KEY_MARKER, key_sql)})::{self.type_sql}"

    def _live_sql(self, row_sql: str | None) -> str | None:
        if self.live and row_sql is not None:
            return f"{row_sql}.{quote_ident(self.name)}"
        return None

    def parked_value(
        self, vals_sql: str, row_sql: str | None = None, key_sql: str | None = None
    ) -> str:
        """The value for a row whose parked `vals` (jsonb, or NULL) `vals_sql` yields.

        A parked JSON null is an explicit NULL; a missing key or row falls back to the real
        column of the row `row_sql` while the column is being landed, else to the default.
        The fallback goes through its text form so both branches share one cast.
        """
        picked = f"{vals_sql} -> {quote_literal(self.name)}"
        live = self._live_sql(row_sql)
        fallback = live
        if fallback is None and self.default_sql is not None:
            fallback = self.existing_default_of(key_sql)
        if fallback is not None:
            # A date, timestamp or timestamptz goes into jsonb as ISO 8601 text with a numeric
            # offset, which reads back as the same value whatever the session's DateStyle and
            # TimeZone; its session text may not (`12/31/2024` under YMD order, an ambiguous
            # zone abbreviation such as IST).
            text = (
                f"({fallback})" if prints_iso_in_jsonb(self.type_sql) else f"(({fallback})::text)"
            )
            picked = f"COALESCE({picked}, to_jsonb{text})"
        return f"(({picked}) #>> '{{}}')::{self.type_sql}"

    def unparked_value(
        self,
        row_sql: str | None = None,
        anchor_sql: str | None = None,
        key_sql: str | None = None,
    ) -> str:
        """The value when nothing can be parked for the row: the real column, else the default.

        The planner must not fold the default into the expressions around it: a constant would
        let it evaluate `10 / c` or a CASE arm while planning, or test a WHERE condition once
        before reading any row, failing (22012, 22003…) where a real column's value is computed
        only for the rows that reach it. With `anchor_sql`, an expression of the row that costs
        nothing to read (its `ctid`), the default stays an expression of each row; without
        one it is read through a scalar sub-select.
        """
        live = self._live_sql(row_sql)
        if live is not None and prints_iso_in_jsonb(self.type_sql):
            return f"({live})::{self.type_sql}"
        if live is not None:
            return f"(({live})::text)::{self.type_sql}"
        default = self.existing_default_of(key_sql)
        if anchor_sql is not None:
            return f"CASE WHEN {anchor_sql} IS NULL THEN {default} ELSE {default} END"
        return f"(SELECT {default})"

    @property
    def constraint_name(self) -> str:
        """The name Postgres would give the column's CHECK constraint."""
        return check_constraint_name(self.table, self.name, self.check_sql)


@dataclass(frozen=True, slots=True)
class ServedTable:
    """A live table with the shadow columns served on it, in declaration order.

    `table` holds the live columns the application sees; `hidden` names served columns the
    table also really has (being landed), which the shadow column stands in for.
    """

    table: LiveTable
    columns: tuple[ServedColumn, ...]
    hidden: frozenset[str] = frozenset()
    # The table's own primary key, when `table.primary_key` (which keys parked values) is the
    # declaring ancestor's: what Postgres's functional dependency in GROUP BY goes by.
    own_primary_key: tuple[str, ...] | None = None
    # Whether inheritance children share its rows (and so may repeat a key of its own).
    has_children: bool = False

    @property
    def keys_unique(self) -> bool:
        """Whether a row key names at most one row of the table as a query reads it (not for
        an inheritance parent or child, where rows of several tables may share a key)."""
        return self.own_primary_key is None and not self.has_children

    @property
    def grouping_key(self) -> tuple[str, ...]:
        """The primary key whose columns, grouped, make the table's other columns usable; none
        when that key is DEFERRABLE, as Postgres then takes no functional dependency on it."""
        if self.table.key_deferrable:
            return ()
        if self.own_primary_key is not None:
            return self.own_primary_key
        return self.table.primary_key

    @property
    def key(self) -> tuple[str, str]:
        """(schema, table)."""
        return (self.table.schema, self.table.name)

    @property
    def store_key(self) -> tuple[str, str]:
        """(schema, table) the parked values of its rows are kept under: the table that declares
        the columns, also for its partitions and inheritance children."""
        if self.columns:
            return (self.columns[0].schema, self.columns[0].table)
        return self.key

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
        oids = {
            c.name: c.key_type_oid for c in self.table.columns if c.name in self.table.primary_key
        }
        return row_key_sql(self.table.primary_key, qualifier, oids)

    def live_columns_sql(self, qualifier: str) -> list[str]:
        """Select-list entries for the live columns of `qualifier`, each one by name.

        Never `q.*`: when the real migration adds a shadowed column, the database has it before
        pgstitch's catalog does, and `q.*` would then carry it next to the shadow one (42702).
        """
        return [f"{qualifier}.{quote_ident(c.name)}" for c in self.table.columns]


def base_type_sql(type_sql: str) -> str:
    """`type_sql` without its length or precision (varchar(20) -> varchar, char(3) -> bpchar,
    bit(3) -> "bit"), for a value an assignment then fits to the full type.

    An interval's fields and precision are kept: Postgres reads an unknown literal assigned to
    an interval column with them (`'5'` is five minutes for `interval minute`).
    """
    node = parse_sql(f"SELECT NULL::{type_sql}")[0].stmt.targetList[0].val.typeName
    name = node.names[-1].sval
    if not node.typmods or name == "interval":
        return type_sql
    suffix = "[]" * len(node.arrayBounds or ())
    if name == "bpchar":
        return f"pg_catalog.bpchar{suffix}"
    if name == "bit":
        # Spelled bit, the type without a length is bit(1); quoted, it is any length.
        return f'pg_catalog."bit"{suffix}'
    node.typmods = None
    return RawStream()(node)


# Built-in types whose text form no session setting changes. Others print by DateStyle (date,
# timestamp), IntervalStyle (interval), extra_float_digits (float4, float8) or lc_monetary
# (money), or are user-defined (an enum is safe, a composite or range of dates is not).
_PRINT_ALIKE = frozenset(
    {
        *("int2", "int4", "int8", "numeric", "bool", "uuid", "oid", "bit", "varbit"),
        *("text", "varchar", "bpchar", "char", "name", "json", "jsonb", "bytea", "xml"),
        *("inet", "cidr", "macaddr", "macaddr8", "time", "timetz", "tsvector", "tsquery"),
    }
)


@lru_cache(maxsize=1024)
def prints_iso_in_jsonb(type_sql: str) -> bool:
    """Whether the type is pg_catalog's date, timestamp or timestamptz (not an array of one):
    `to_jsonb` writes their values as ISO 8601 strings, which every session reads back as
    the same value."""
    type_name = parse_sql(f"SELECT NULL::{type_sql}")[0].stmt.targetList[0].val.typeName
    names = [name.sval for name in type_name.names]
    if type_name.arrayBounds or len(names) > 2 or (len(names) == 2 and names[0] != "pg_catalog"):
        return False
    return names[-1] in ("date", "timestamp", "timestamptz")


def prints_alike(type_sql: str) -> bool:
    """Whether values of this type (or arrays of it) print the same in every session, so a
    plain `::text` parks them; otherwise writes use the `parked_text` helper."""
    type_name = parse_sql(f"SELECT NULL::{type_sql}")[0].stmt.targetList[0].val.typeName
    names = [name.sval for name in type_name.names]
    if len(names) > 2 or (len(names) == 2 and names[0] != "pg_catalog"):
        return False
    return names[-1] in _PRINT_ALIKE


def _length_rule(type_sql: str) -> tuple[int | None, str | None]:
    """For varchar(n) and char(n), arrays of them, bit(n) and varbit(n): n and the type
    without it."""
    node = parse_sql(f"SELECT NULL::{type_sql}")[0].stmt.targetList[0].val.typeName
    typmods = node.typmods or ()
    names = [n.sval for n in node.names]
    if len(typmods) != 1 or names[-1] not in ("varchar", "bpchar", "bit", "varbit"):
        return None, None
    if len(names) > 1 and names[0] != "pg_catalog":
        return None, None  # a type of that name in another schema
    name = names[-1]
    if name in ("bit", "varbit") and node.arrayBounds:
        return None, None
    limit = getattr(getattr(typmods[0], "val", None), "ival", None)
    if not isinstance(limit, int):
        return None, None
    return limit, base_type_sql(type_sql)


def served_column(
    column: ShadowColumn, live: bool = False, catalog: CatalogSnapshot | None = None
) -> ServedColumn:
    """Validate one shadow column's type, default and check; InvalidShadowColumn names the column.

    A type named by its bare name is written with the schema `catalog` resolves it to
    (`CatalogSnapshot.resolve_type`); without a catalog, as declared.
    """
    where = f"{column.schema}.{column.table}.{column.column}"
    try:
        resolved = _resolved_type(validate_type_name(column.type), catalog)
        type_sql = resolved.sql
        default = None if column.default is None else validate_default(column.default)
        check = None if column.check is None else validate_check(column.check)
    except InvalidShadowColumn as exc:
        raise InvalidShadowColumn(f"shadow column {where}: {exc}") from None
    limit, base = _length_rule(type_sql)
    frozen = None if default is None else default_for_existing_rows(default, column.served_since)
    return ServedColumn(
        column.schema,
        column.table,
        column.column,
        type_sql,
        default,
        not_null=column.not_null,
        check_sql=check,
        live=live,
        length_limit=limit,
        base_type_sql=base,
        prints_alike=prints_alike(type_sql),
        existing_default_sql=_existing_default(default, frozen),
        keyed_default_sql=_keyed_default(frozen, column),
        type_found=resolved.found,
    )


def _resolved_type(type_sql: str, catalog: CatalogSnapshot | None) -> ResolvedType:
    if catalog is None or not catalog.types_loaded:
        return ResolvedType(type_sql, type_sql)
    return catalog.resolve_type(type_sql)


def _existing_default(default: str | None, frozen: str | None) -> str | None:
    """The default as rows that existed when the column came read it, given `frozen` (the
    default with the current moment read as of then); None: the default itself."""
    if default is None or frozen is None:
        return None
    if _SEQUENCE_CALL.search(default):
        # Each read would take a value from the sequence for every row it reads: once per
        # statement instead (inserted rows still take one each).
        return f"(SELECT {frozen})"
    return None if frozen == default else frozen


def _keyed_default(frozen: str | None, column: ShadowColumn) -> str | None:
    """The default for existing rows (`frozen`) with its random values derived from the
    row's key."""
    if frozen is None:
        return None
    since = column.served_since.isoformat() if column.served_since else ""
    column_id = f"{column.schema}.{column.table}.{column.column}@{since}"
    return default_per_existing_row(frozen, column_id)


def served_tables(
    catalog: CatalogSnapshot,
    shadow: ShadowSchema,
    refused: list[tuple[ShadowColumn, str]] | None = None,
) -> dict[tuple[str, str], ServedTable]:
    """Every live table with at least one served shadow column.

    A column whose type, default or check is not acceptable raises InvalidShadowColumn, or,
    given a `refused` list, goes there with the reason and is left out.

    A served column the table already really has (the migration ran, the column is landing)
    is still served: it hides the real column until it is landed.

    Columns declared on a partitioned table or an inheritance parent are served on its
    partitions and children too (all the way down), as `ALTER TABLE parent ADD COLUMN` would
    add them there: a row read or written through the parent or through its own table has
    the same values, kept under the declaring table and keyed by its primary key (the
    partitions' keys hold the same columns; inheritance children inherit the columns, not the
    key). A table with columns declared on itself does not take those of its ancestors.
    """
    declared: dict[tuple[str, str], list[ShadowColumn]] = {}
    for column in shadow.served:
        if catalog.get(column.schema, column.table) is not None:
            declared.setdefault((column.schema, column.table), []).append(column)
    children: dict[int, list[LiveTable]] = {}
    for table in catalog.tables.values():
        for parent in table.parents:
            children.setdefault(parent, []).append(table)
    # Each table with served columns: the table declaring them (itself or an ancestor).
    source: dict[tuple[str, str], LiveTable] = {}
    for key in declared:
        root = catalog.tables[key]
        source[key] = root
        todo, seen = list(children.get(root.oid, ())), {root.oid}
        while todo:
            table = todo.pop(0)
            if table.oid in seen:
                continue
            seen.add(table.oid)
            if table.key not in declared:
                source.setdefault(table.key, root)
            todo += children.get(table.oid, ())
    served = {}
    for key, root in source.items():
        table = catalog.tables[key]
        cols = []
        for c in declared[root.key]:
            try:
                cols.append(served_column(c, table.column(c.column) is not None, catalog))
            except InvalidShadowColumn as exc:
                if refused is None:
                    raise
                if key == root.key:
                    refused.append((c, str(exc)))
        if not cols:
            continue
        hidden = frozenset(c.name for c in cols if c.live)
        visible = tuple(c for c in table.columns if c.name not in hidden)
        live = replace(table, columns=visible, primary_key=root.primary_key)
        own = None if root is table else table.primary_key
        inherited = table.kind != "p" and bool(children.get(table.oid))
        served[key] = ServedTable(live, tuple(cols), hidden, own, inherited)
    return served
