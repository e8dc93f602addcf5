"""The default the rows that existed when a shadow column came read, as with a real column.

`ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()` gives every existing row the moment of
the ALTER; only rows inserted later read their own moment. A shadow column's default is
evaluated when a row is read, so without this a row without a parked value would read a new
`now()` at every read. The store stamps the moment a column is first served
(`ShadowColumn.served_since`); reads of rows without a parked value use the default with that
moment in place of the current one. Inserts evaluate the default itself, as Postgres does.

Frozen: now(), transaction_timestamp(), statement_timestamp(), clock_timestamp() and the
CURRENT_DATE / CURRENT_TIME / CURRENT_TIMESTAMP / LOCALTIME / LOCALTIMESTAMP keywords.

Random values: a real column gives each existing row its own `gen_random_uuid()` or
`random()`, the same at every read. Without storing a value for every row, an existing row
reads one derived from the column and the row's key (`default_per_existing_row`): an md5 of
both made into a version-4 UUID, or into a float in [0, 1). Other volatile functions
(`nextval()`, time-based UUIDs) give a new value at each read (docs/rewriting.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import SQLValueFunctionOp
from pglast.stream import RawStream
from pglast.visitors import Visitor

# In a default for existing rows, where the row's key text goes (`ServedColumn`).
ROW_KEY_MARKER = '"pgstitch row key 5c1e"'
_UUID_FUNCTIONS = frozenset({"gen_random_uuid", "uuid_generate_v4", "uuidv4"})
_UUID_SCHEMAS = frozenset({"pg_catalog", "public", "extensions"})
_MOMENT_FUNCTIONS = frozenset(
    {"now", "transaction_timestamp", "statement_timestamp", "clock_timestamp"}
)
_OP = SQLValueFunctionOp
# The type each keyword gives, with `{}` for its precision when it has one.
_KEYWORD_TYPES = {
    _OP.SVFOP_CURRENT_DATE: "date",
    _OP.SVFOP_CURRENT_TIME: "timetz",
    _OP.SVFOP_CURRENT_TIME_N: "timetz({})",
    _OP.SVFOP_CURRENT_TIMESTAMP: "timestamptz",
    _OP.SVFOP_CURRENT_TIMESTAMP_N: "timestamptz({})",
    _OP.SVFOP_LOCALTIME: "time",
    _OP.SVFOP_LOCALTIME_N: "time({})",
    _OP.SVFOP_LOCALTIMESTAMP: "timestamp",
    _OP.SVFOP_LOCALTIMESTAMP_N: "timestamp({})",
}


def default_for_existing_rows(default_sql: str, since: datetime | None) -> str:
    """`default_sql` with the current moment read as `since`; the default itself when there is
    no moment to put in or nothing to freeze."""
    if since is None:
        return default_sql
    return _replaced(default_sql, _Freezer(since.isoformat())) or default_sql


def default_per_existing_row(default_sql: str, column_id: str) -> str | None:
    """`default_sql` with each random UUID or `random()` call replaced by a value derived from
    `column_id` (the column and when it came), the call's place and the row's key text, which
    goes where ROW_KEY_MARKER stands; None when it calls neither."""
    return _replaced(default_sql, _Deriver(column_id))


class _Replacer(Visitor):
    """A visitor replacing some nodes of an expression with expressions written as SQL."""

    replaced = 0

    def _expression(self, sql: str) -> Any:
        self.replaced += 1
        return parse_sql(f"SELECT {sql}")[0].stmt.targetList[0].val


def _replaced(expression_sql: str, replacer: _Replacer) -> str | None:
    """`expression_sql` as `replacer` leaves it; None when it replaced nothing."""
    tree = parse_sql(f"SELECT ({expression_sql})")[0].stmt
    replacer(tree)
    return RawStream()(tree.targetList[0].val) if replacer.replaced else None


class _Freezer(_Replacer):
    def __init__(self, moment: str) -> None:
        self.moment = f"'{moment}'::timestamptz"

    def visit_FuncCall(self, ancestors: Any, node: ast.FuncCall) -> Any:
        names = [name.sval for name in node.funcname]
        if (
            names[-1] in _MOMENT_FUNCTIONS
            and (len(names) == 1 or names == ["pg_catalog", names[-1]])
            and not node.args
            and node.over is None
        ):
            return self._expression(f"({self.moment})")
        return None

    def visit_SQLValueFunction(self, ancestors: Any, node: ast.SQLValueFunction) -> Any:
        type_sql = _KEYWORD_TYPES.get(node.op)
        if type_sql is None:
            return None  # CURRENT_USER and the like
        return self._expression(f"(({self.moment})::{type_sql.format(node.typmod)})")


class _Deriver(_Replacer):
    def __init__(self, column_id: str) -> None:
        self.column_id = column_id
        self.calls = 0

    def _digest(self) -> str:
        self.calls += 1
        seed = f"{self.column_id}#{self.calls}:".replace("'", "''")
        return f"pg_catalog.md5('{seed}' || {ROW_KEY_MARKER})"

    def visit_FuncCall(self, ancestors: Any, node: ast.FuncCall) -> Any:
        names = [name.sval for name in node.funcname]
        if node.args or node.over is not None or len(names) > 2:
            return None
        if len(names) == 2 and names[0] not in _UUID_SCHEMAS:
            return None
        if names[-1] in _UUID_FUNCTIONS:
            # 122 bits of the digest, with the version (4) and variant (10xx) bits set.
            digest, variant = self._digest(), self._digest()
            sql = (
                f"(overlay(overlay({digest} placing '4' from 13) placing pg_catalog.substr('89ab',"
                f" ('x' || pg_catalog.substr({variant}, 1, 1))::bit(4)::integer % 4 + 1, 1) from 17))::uuid"
            )
        elif names[-1] == "random" and (len(names) == 1 or names[0] == "pg_catalog"):
            sql = (
                f"(('x' || pg_catalog.substr({self._digest()}, 1, 13))::bit(52)::bigint::float8"
                " / 4503599627370496)"
            )
        else:
            return None
        return self._expression(sql)
