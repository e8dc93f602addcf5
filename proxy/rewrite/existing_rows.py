"""The default the rows that existed when a shadow column came read, as with a real column.

`ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()` gives every existing row the moment of
the ALTER; only rows inserted later read their own moment. A shadow column's default is
evaluated when a row is read, so without this a row without a parked value would read a new
`now()` at every read. The store stamps the moment a column is first served
(`ShadowColumn.served_since`); reads of rows without a parked value use the default with that
moment in place of the current one. Inserts evaluate the default itself, as Postgres does.

Frozen: now(), transaction_timestamp(), statement_timestamp(), clock_timestamp() and the
CURRENT_DATE / CURRENT_TIME / CURRENT_TIMESTAMP / LOCALTIME / LOCALTIMESTAMP keywords. Other
volatile functions (random(), gen_random_uuid(), nextval()) cannot be frozen per row without
storing a value for every row, and still give a new value at each read (docs/rewriting.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import SQLValueFunctionOp
from pglast.stream import RawStream
from pglast.visitors import Visitor

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
    tree = parse_sql(f"SELECT ({default_sql})")[0].stmt
    freezer = _Freezer(since.isoformat())
    freezer(tree)
    if not freezer.froze:
        return default_sql
    return RawStream()(tree.targetList[0].val)


class _Freezer(Visitor):
    def __init__(self, moment: str) -> None:
        self.moment = f"'{moment}'::timestamptz"
        self.froze = False

    def _expression(self, sql: str) -> Any:
        self.froze = True
        return parse_sql(f"SELECT {sql}")[0].stmt.targetList[0].val

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
