"""Walk one parsed statement and work out the text edits that make shadow columns look real.

Two techniques, chosen by position (docs/rewriting.md explains why):

- A table in a FROM clause that has served shadow columns becomes a derived table with the same
  name, `(SELECT t.*, <value> AS c FROM ONLY? schema.t) AS t`; Postgres then resolves every
  column reference, `*`, `t.*`, USING, NATURAL, ambiguity and error itself.
- The target of UPDATE, DELETE, INSERT … RETURNING / ON CONFLICT and MERGE cannot be wrapped;
  there each reference to a shadow column is resolved here, against the FROM scope, and
  replaced by the value expression.

A top-level INSERT, UPDATE or DELETE on a table with served columns and a primary key is then
rewritten as a whole by proxy/rewrite/writes.py, with the reads inside it edited as above; writes
to shadow columns pgstitch cannot rewrite are refused with SQLSTATE 0A000.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pglast.keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS
from pglast.parser import ParseError, parse_sql_json

from proxy.rewrite.clauses import Clauses
from proxy.rewrite.edits import Edit, EditedText
from proxy.rewrite.function_columns import function_columns
from proxy.rewrite.jsontree import dicts, first_location, grouping_items, names, unwrap
from proxy.rewrite.refusal import Refusal, Refused
from proxy.rewrite.served import ServedColumn, ServedTable
from proxy.rewrite.sqltext import quote_ident, read_dotted, skip_space
from proxy.rewrite.template import RaiseSlot, RewriteError, ValueSlot
from proxy.rewrite.tokens import StatementTokens, Token
from proxy.rewrite.writes import (
    NEW_VALS,
    ProposedValue,
    WritePlan,
    conflict_on_primary_key,
    rewrite_write,
)
from shadow.catalog import CatalogSnapshot
from shadow.rowkey import STABLE_KEY_TYPES, key_column_sql, single_key_sql

Node = dict[str, Any]

# Alias of the real table inside a derived table; never visible to the statement around it.
ROW_ALIAS = '"pgstitch_row"'
# Functions taking any row (`record`) and showing its columns as JSON.
_JSON_OF_ROW = frozenset({"row_to_json", "to_json", "to_jsonb", "json_agg", "jsonb_agg"})
# Functions showing their arguments (from this one on) as JSON, a row's fields by name.
_JSON_OF_ROWS_ARGUMENTS = {
    **{name: 0 for name in _JSON_OF_ROW},
    "json_build_object": 0,
    "jsonb_build_object": 0,
    "json_build_array": 0,
    "jsonb_build_array": 0,
    "json_object_agg": 1,
    "jsonb_object_agg": 1,
    "array_to_json": 0,
}
SYSTEM_COLUMNS = frozenset({"ctid", "xmin", "xmax", "cmin", "cmax", "tableoid"})
# Functions returning their first argument's row type, filled from JSON.
POPULATE_FUNCTIONS = frozenset(
    {
        "json_populate_record",
        "jsonb_populate_record",
        "json_populate_recordset",
        "jsonb_populate_recordset",
    }
)
_PLAIN_IDENT = re.compile("[a-z_][a-z0-9_$]*")
_QUOTED_KEYWORDS = RESERVED_KEYWORDS | COL_NAME_KEYWORDS | TYPE_FUNC_NAME_KEYWORDS
# What `_Analyzer._each_output` gives at a `*` whose columns are not known.
_UNKNOWN_STAR = object()
_SET_OPERATIONS = {"SETOP_UNION": "UNION", "SETOP_INTERSECT": "INTERSECT", "SETOP_EXCEPT": "EXCEPT"}
# Functions whose value is (or holds) their first arguments' values: how many of them.
_ROW_PASSING = {
    "array_agg": 1,
    "array_append": 1,
    "array_prepend": 2,
    "array_cat": 2,
    "lag": 1,
    "lead": 1,
    "first_value": 1,
    "last_value": 1,
    "nth_value": 1,
    "unnest": 1,
    "nullif": 1,
}
# Functions whose arguments at these positions Postgres gives one type (`anycompatible`):
# whether each is an array of that type.
_POLYMORPHIC_ARGUMENTS = {
    "array_append": (True, False),
    "array_prepend": (False, True),
    "array_cat": (True, True),
    "array_position": (True, False),
    "array_positions": (True, False),
    "array_remove": (True, False),
    "array_replace": (True, False, False),
    "lag": (False, None, False),
    "lead": (False, None, False),
}
# Functions returning an array of their arguments' element type.
_ARRAY_FUNCTIONS = frozenset(
    {"array_agg", "array_append", "array_prepend", "array_cat", "array_remove", "array_replace"}
)
# Operator expressions Postgres resolves by their operands' types.
_ARRAY_OPERATOR_KINDS = frozenset(
    {"AEXPR_OP", "AEXPR_DISTINCT", "AEXPR_NOT_DISTINCT", "AEXPR_NULLIF", "AEXPR_IN"}
)
# Window functions whose value is their first argument's value from another row.
_ROW_WINDOW_FUNCTIONS = frozenset({"lag", "lead", "first_value", "last_value", "nth_value"})
# Types without a default equality operator cannot be added to a GROUP BY list.
NO_EQUALITY_TYPES = frozenset(
    {"json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle"}
)


@dataclass(frozen=True)
class RewriteEnv:
    """What a statement is rewritten against."""

    catalog: CatalogSnapshot
    served: dict[tuple[str, str], ServedTable]
    search_path: tuple[str, ...]


@dataclass(eq=False, slots=True)
class Target:
    """A modification target with served shadow columns: its references are inlined.

    `mode` says how a reference to a shadow column reads, which depends on where it sits in a
    rewritten write: SNAPSHOT (the statement's snapshot), FRESH (the last committed values, for
    a row the write has locked) or NEW (the values `vals_sql` holds, after the write). For
    EXCLUDED: DEFAULT (nothing can be parked), PROPOSED (the row's proposed values, filled in
    by the write rewrite) or AS_IS (left as written: the rewrite provides an `excluded`).
    """

    served: ServedTable
    qualifier: str
    excluded: bool = False
    mode: str = "snapshot"
    vals_sql: str | None = None


SNAPSHOT, FRESH, NEW = "snapshot", "fresh", "new"
DEFAULT, PROPOSED, AS_IS = "snapshot", "proposed", "as_is"


@dataclass(eq=False, slots=True)
class Candidate:
    """A FROM-clause reference to a table with served shadow columns: maybe wrapped."""

    rel: Node
    served: ServedTable
    refname: str
    has_alias: bool
    sample: Node | None = None
    level: Level | None = None
    table_form: bool = False
    wrapped: bool = False
    # The name of the derived table when the reference has no alias of its own.
    alias: str = ""
    # The names the shadow columns go by here (a column alias list may rename them).
    shadow_shown: frozenset[str] = frozenset()
    # A column alias list reaches past the live columns: without the shadow columns the table
    # has too few (42P10) and the names the list replaces would still resolve.
    aliases_shadow: bool = False
    # Aliases of the joins around this reference: a whole-row reference to one of them holds
    # this table's columns too.
    join_aliases: list[str] = field(default_factory=list)
    # System columns a reference names on this table (`t.xmin`); carried through its derived
    # table.
    system: set[str] = field(default_factory=set)
    # The FROM item standing for this reference.
    item: Item | None = None
    # A schema-qualified reference to it would find a nearer FROM item by the bare name.
    own_name: bool = False


@dataclass(eq=False, slots=True)
class Item:
    """One entry of a FROM scope, as Postgres's parser namespace has it."""

    refname: str | None
    columns: tuple[str, ...] | None
    schema: str | None = None
    rel_visible: bool = True
    cols_visible: bool = True
    target: Target | None = None
    candidate: Candidate | None = None
    star_sql: str | None = None
    # For a join (or its alias), per column: the FROM item and column a reference to it stands
    # for once Postgres flattens join aliases (None: no one table column, as a FULL JOIN's
    # merged column); None for other items, whose columns are their own.
    origins: tuple[Origin | None, ...] | None = None
    # A table (or view) itself, which has system columns (a subquery, CTE or function has
    # none).
    relation: bool = False
    # A subquery in FROM, or a CTE: its query.
    query: Node | None = None
    # (schema, name) of that table.
    table: tuple[str, str] | None = None


# A column of one FROM item: (item, name).
Origin = tuple[Item, str]


@dataclass(eq=False, slots=True)
class Level:
    """The FROM scope of one query level."""

    items: list[Item] = field(default_factory=list)
    has_target: bool = False
    # The names of its FROM entries in the order Postgres adds them to its range table (a
    # join after its members), with the table reference each one is, if any.
    entries: list[tuple[str | None, Candidate | None]] = field(default_factory=list)


@dataclass(slots=True)
class StatementResult:
    """The edits for one statement, or why it is refused."""

    edits: list[Edit]
    refusal: Refusal | None = None
    # The (schema, table, column) shadow columns the statement parks values for.
    written: frozenset[tuple[str, str, str]] = frozenset()
    # (output name, row type OID) of its top-level whole-row outputs of wrapped tables.
    row_types: tuple[tuple[str, int], ...] = ()
    # The names of a SELECT's output columns (None: not known, as for `*` of a function); empty
    # for other statements.
    outputs: tuple[str, ...] | None = ()


def analyze_statement(
    env: RewriteEnv, buf: bytes, start: int, end: int, stmt: Node
) -> StatementResult:
    """The edits for one statement of the query (bytes [start, end) of `buf`)."""
    analyzer = _Analyzer(env, buf, start, end)
    try:
        analyzer.run(stmt)
    except Refused as exc:
        return StatementResult([], exc.refusal)
    return StatementResult(
        analyzer.edits,
        written=analyzer.written,
        row_types=analyzer.row_types(),
        outputs=analyzer.root_outputs(),
    )


# (type, types it wins over): the type Postgres's select_common_type picks for a merged join
# column whose sides have these built-in types, so that the side of that type is not converted.
_COMMON_TYPE_WINS = {
    "int4": frozenset({"int2"}),
    "int8": frozenset({"int2", "int4"}),
    "numeric": frozenset({"int2", "int4", "int8"}),
    "float4": frozenset({"int2", "int4", "int8", "numeric"}),
    "float8": frozenset({"int2", "int4", "int8", "numeric", "float4"}),
    "text": frozenset({"varchar", "bpchar", "name"}),
}


def _keeps_its_type(side: tuple | None, other: tuple | None) -> bool:
    """Whether a merged join column stays the chosen side's own column: its type (as
    `type_name_key` gives it) is the type both sides are converted to, with the same type
    modifier or none. Unknown types are taken to be the same."""
    if side is None or other is None:
        return True
    (names, modifiers, array), (other_names, other_modifiers, other_array) = side, other
    if names == other_names and array == other_array:
        return modifiers in ((), other_modifiers)
    if array or other_array or modifiers or len(names) != 1 or len(other_names) != 1:
        return False
    return other_names[0] in _COMMON_TYPE_WINS.get(names[0], frozenset())


def rename(columns: tuple[str, ...] | None, aliases: list[str]) -> tuple[str, ...] | None:
    """Apply a column alias list: it renames the first columns."""
    if columns is None:
        return tuple(aliases) if aliases else None
    return tuple(aliases) + columns[len(aliases) :]


def has_no_equality(type_sql: str) -> bool:
    """A type (or an array of it) without a default equality operator."""
    bare = type_sql.removeprefix("pg_catalog.").removesuffix("[]")
    return bare in NO_EQUALITY_TYPES


def column_origin(item: Item | None, name: str) -> Origin | None:
    """The FROM item and column a reference to `item`'s column `name` stands for, join aliases
    flattened as for Postgres's functional dependency; None when not one plain column."""
    if item is None or item.columns is None or item.columns.count(name) != 1:
        return None
    if item.origins is None:
        return (item, name)
    return item.origins[item.columns.index(name)]


def join_origins(
    left: Item | None,
    right: Item | None,
    merged: list[str],
    jointype: str,
    type_of: Callable[[Item, str], tuple | None] | None = None,
) -> tuple[Origin | None, ...] | None:
    """`Item.origins` of a join exposing `join_columns(...)` of its two sides' items.

    A merged (USING, NATURAL) column is the left side's column in an inner or left join, the
    right side's in a right join, and neither in a full join (COALESCE of both), as Postgres's
    parser builds it (`buildMergedJoinVar`). When the two sides' columns differ in type or
    type modifier, the side's column is converted to the type they share unless it has that
    type already: then it is no one column either. `type_of` gives a column's type as
    `type_name_key` does, None when not known (a sub-query's column: taken to be the same).
    """
    if left is None or right is None or left.columns is None or right.columns is None:
        return None
    side = {"JOIN_RIGHT": right, "JOIN_FULL": None}.get(jointype, left)
    other = left if side is right else right
    out = []
    for c in merged:
        origin = column_origin(side, c) if side is not None else None
        if (
            origin is not None
            and type_of is not None
            and not _keeps_its_type(type_of(side, c), type_of(other, c))
        ):
            origin = None
        out.append(origin)
    out += [column_origin(left, c) for c in left.columns if c not in merged]
    out += [column_origin(right, c) for c in right.columns if c not in merged]
    return tuple(out)


def _side_item(items: list[Item]) -> Item | None:
    """The item standing for one side of a join among the items it added to its level."""
    return next((item for item in reversed(items) if item.cols_visible), None)


def join_columns(
    left: tuple[str, ...] | None, right: tuple[str, ...] | None, using: list[str], natural: bool
) -> tuple[str, ...] | None:
    """The columns a join exposes: merged USING columns first, then the rest of each side."""
    if left is None or right is None:
        return None
    if natural:
        using = [c for c in left if c in right]
    if not using:
        return left + right
    return (
        tuple(using)
        + tuple(c for c in left if c not in using)
        + tuple(c for c in right if c not in using)
    )


def figure_colname(node: Node | None) -> str:
    """The column name Postgres gives an unnamed select-list expression (FigureColname)."""
    name, _ = _colname_and_strength(node)
    return name or "?column?"


def _colname_and_strength(node: Node | None) -> tuple[str | None, int]:
    """Postgres's FigureColnameInternal: a name and how sure it is (0 none, 1 a weak name such
    as `case` or a cast's type, which an enclosing cast or CASE may replace, 2 a sure one)."""
    if not node:
        return None, 0
    kind, body = next(iter(node.items()))
    if kind == "ColumnRef":
        fields = [f["String"]["sval"] for f in body["fields"] if "String" in f]
        return (fields[-1], 2) if fields else (None, 0)
    if kind == "A_Indirection":
        fields = [i["String"]["sval"] for i in body.get("indirection", ()) if "String" in i]
        return (fields[-1], 2) if fields else _colname_and_strength(body.get("arg"))
    if kind == "FuncCall":
        return names(body.get("funcname"))[-1], 2
    if kind == "A_Expr":
        return ("nullif", 2) if body.get("kind") == "AEXPR_NULLIF" else (None, 0)
    if kind == "TypeCast":
        name, strength = _colname_and_strength(body.get("arg"))
        type_names = names(body.get("typeName", {}).get("names"))
        if strength <= 1 and type_names:
            return type_names[-1], 1
        return name, strength
    if kind == "CollateClause":
        return _colname_and_strength(body.get("arg"))
    if kind == "SubLink":
        return _sublink_colname(body)
    if kind == "CaseExpr":
        name, strength = _colname_and_strength(body.get("defresult"))
        return ("case", 1) if strength <= 1 else (name, strength)
    if kind == "MinMaxExpr":
        return ("greatest" if body.get("op") == "IS_GREATEST" else "least"), 2
    if kind == "SQLValueFunction":
        return body["op"].removeprefix("SVFOP_").removesuffix("_N").lower(), 2
    if kind == "XmlExpr":
        op = body.get("op", "")
        return (op.removeprefix("IS_").lower(), 2) if op != "IS_DOCUMENT" else (None, 0)
    if kind == "XmlSerialize":
        return "xmlserialize", 2
    if kind in _FIXED_COLNAMES:
        return _FIXED_COLNAMES[kind]
    return None, 0


def _sublink_colname(body: Node) -> tuple[str | None, int]:
    """EXISTS and ARRAY sub-selects are named so; a scalar one by its single output column."""
    kind = body.get("subLinkType")
    if kind == "EXISTS_SUBLINK":
        return "exists", 2
    if kind == "ARRAY_SUBLINK":
        return "array", 2
    if kind != "EXPR_SUBLINK":
        return None, 0
    select = body.get("subselect", {}).get("SelectStmt", {})
    while select.get("op", "SETOP_NONE") != "SETOP_NONE":
        select = select.get("larg", {})
    if "valuesLists" in select:
        return "column1", 2
    targets = select.get("targetList") or ()
    if not targets:
        return None, 0
    target = targets[0]["ResTarget"]
    if target.get("name"):
        return target["name"], 2
    value = target.get("val") or {}
    fields = value.get("ColumnRef", {}).get("fields", ())
    if fields and "A_Star" in fields[-1]:
        return None, 0  # the first column of the expansion, which only the catalog knows
    return figure_colname(value), 2


# What makes a value computed anew each time it is evaluated, or hard to tell so of.
_COMPUTED = ("FuncCall", "SubLink", "SQLValueFunction", "CaseExpr")
_FIXED_COLNAMES = {
    "A_ArrayExpr": ("array", 2),
    "RowExpr": ("row", 2),
    "CoalesceExpr": ("coalesce", 2),
    "GroupingFunc": ("grouping", 2),
}


class _Analyzer:
    """Walks one statement; see the module docstring."""

    def __init__(self, env: RewriteEnv, buf: bytes, start: int, end: int) -> None:
        self.env = env
        self.buf = buf
        self.tokens = StatementTokens(buf, start, end)
        self.span = (start, end)
        self.edits: list[Edit] = []
        self.mentioned: set[str] = set()
        # Names a whole-row reference may stand for: `t`, `t.*` (as in row_to_json(t.*)).
        self.whole_rows: set[str] = set()
        # Whole-row references passed to a function taking the table's row type, and `t.f`
        # calls of such a function in attribute notation.
        self.row_arguments: list[tuple[Node, Candidate, bool]] = []
        self.row_attributes: list[tuple[Node, Candidate, str]] = []
        # Rows of subqueries with a table's columns passed to a function taking its row type.
        self.subquery_row_arguments: list[tuple[Node, Item, ServedTable, bool, str | None]] = []
        # Whole-row references given to json functions, which name the row's fields.
        self.json_rows: list[tuple[Node, tuple[Level, ...]]] = []
        # Whole rows of a modification target passed to a function taking its row type.
        self.native_rows: set[int] = set()
        # `t.f` calls of a function f taking some other table's row type.
        self.foreign_attributes: list[tuple[Node, Candidate, str]] = []
        # While walking a rewritten INSERT's RETURNING list: its target.
        self.returned: Item | None = None
        self.returned_table: ServedTable | None = None
        self.star = False
        self.natural = False
        self.candidates: list[Candidate] = []
        self.grouped: list[tuple[list[Node], Level, list[Node]]] = []
        self.qualified: list[tuple[Node, list[str], bool]] = []
        # References by a bare name that FROM items of two schemas share (42P09 for
        # Postgres), with the level of those items.
        self.ambiguous_refs: list[tuple[Node, str, list[Item]]] = []
        # What `*`, `t.*` and whole-row `t` show every column of: a FROM item, or for `*` the
        # query level whose items it expands.
        self.expansions: list[tuple[Node, Item | None, Level | None]] = []
        # The tables inside each NATURAL join.
        self.natural_joins: list[list[Candidate]] = []
        # FOR UPDATE/SHARE OF lists and the query level they name FROM entries of.
        self.locking: list[tuple[list[Node], Level]] = []
        # References naming a table with served columns by its relation name (`t.c`, `s.t.c`,
        # `t.*`, a whole-row `t`): (reference, number of names of the relation, the table,
        # whether the bare name would find a nearer FROM item of that name instead).
        self.relation_refs: list[tuple[Node, int, Candidate, bool]] = []
        self.name_sources: set[int] = set()
        # Functions returning rows of a served table inside a ROWS FROM of several functions:
        # (the FROM item's alias, the table, the call).
        self.rows_from: list[tuple[str | None, ServedTable, Node]] = []
        # Column references an unnamed XMLATTRIBUTES or XMLFOREST entry takes its name from.
        self.xml_name_sources: set[int] = set()
        self.inlined: set[int] = set()
        self.outputs: dict[int, tuple[str, ...] | None] = {}
        # A query's own ORDER BY items, checked for whole rows that cannot be sorted.
        self.checked_sorts: set[int] = set()
        # The scopes of the query levels walked (by id of their SelectStmt).
        self.scopes: dict[int, tuple[Level, ...]] = {}
        # The statement itself (not a query nested in it), and the write to rewrite, if any.
        self.root: Node | None = None
        self.root_kind = ""
        # The query whose own WITH may hold an UPDATE rewritten in place: the statement's, or
        # the query of CREATE TABLE AS.
        self.with_root: Node | None = None
        self.write: WritePlan | None = None
        # An UPDATE or INSERT in the statement's own WITH that may write shadow columns, and
        # the CTE holding the one that does.
        self.cte_write: Node | None = None
        self.write_cte: Node | None = None
        self.written: frozenset[tuple[str, str, str]] = frozenset()
        # The statement's own output list: whole-row references in it, by output name.
        # (output name, table, its FROM references; none for a write's target, always a record).
        self.row_outputs: list[tuple[str, ServedTable, tuple[Candidate, ...]]] = []
        # ids of the A_Indirection bodies that are unnamed entries of a select list.
        self.unnamed_outputs: set[int] = set()
        # Those that name such an entry through casts (`(f()).c::text`), with the entry.
        self.cast_outputs: dict[int, Node] = {}
        # `(f(…)).*` in the statement's own select list: (span of bytes, call, served table).
        self.row_call_stars: list[tuple[int, int, Node, ServedTable]] = []
        # Lists of values Postgres gives one type (UNION's columns, COALESCE, CASE, ARRAY):
        # what says so in its error, and each value with the scope it is read in.
        self.type_unions: list[tuple[str, list[tuple[Node, tuple[Level, ...]]]]] = []
        # The query whose rows CREATE TABLE AS or SELECT INTO store in a new table.
        self.stored_query: Node | None = None
        # Expressions (not plain references) whose fields a query names, `(lag(t) OVER w).c`,
        # with the scope they are read in.
        self.field_selections: list[tuple[Node, tuple[Level, ...]]] = []
        # Calls of functions taking several `anycompatible` arguments (`_POLYMORPHIC_ARGUMENTS`),
        # with the scope of their arguments.
        self.polymorphic_calls: list[tuple[Node, tuple[Level, ...]]] = []
        # Operators (`||`, `=`, `@>`…) of two operands, with the scope they are read in.
        self.operators: list[tuple[Node, tuple[Level, ...]]] = []
        # Functions in FROM (`unnest(…)`), with the scope of their arguments.
        self.from_functions: list[tuple[Node, tuple[Level, ...]]] = []
        # Queries of subqueries and CTEs whose column `_column_shape` is looking into (a
        # recursive CTE's query may read its own column).
        self.shaped_columns: set[int] = set()
        # The scope each VALUES list's expressions are read in, by the id of its SelectStmt.
        self.values_scopes: dict[int, tuple[Level, ...]] = {}

    # -- entry points ----------------------------------------------------------------------------

    def run(self, stmt: Node) -> None:
        kind, body = next(iter(stmt.items()))
        if kind in ("SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"):
            self.root = body
            self.root_kind = kind
            self.with_root = body
            if kind == "SelectStmt" and body.get("intoClause"):
                self.stored_query = body
            self.visit(stmt, (), {})
        elif kind in ("ExplainStmt", "DeclareCursorStmt", "PrepareStmt"):
            self.visit(body.get("query"), (), {})
        elif kind == "CreateTableAsStmt":
            # A materialized view would keep the rewritten query, parked values and all.
            if body.get("objtype") == "OBJECT_MATVIEW":
                return
            self.stored_query = unwrap(body.get("query") or {}, "SelectStmt")
            self.with_root = self.stored_query
            self.visit(body.get("query"), (), {})
        elif kind == "CopyStmt":
            self._copy(body)
        elif kind == "CreateStmt":
            self._create_table(body)
            return
        elif kind == "CompositeTypeStmt":
            # An attribute of a served table's row type lacks the shadow columns.
            for column in body.get("coldeflist", ()):
                type_name = unwrap(column, "ColumnDef").get("typeName")
                if type_name:
                    self._type_name(type_name, (), {})
            return
        elif kind == "CreateSchemaStmt":
            # Its tables are made as CREATE TABLE makes them (the new schema holds nothing a
            # name could find before them).
            for element in body.get("schemaElts", ()):
                if "CreateStmt" in element:
                    self._create_table(element["CreateStmt"])
            return
        else:
            return
        self._finish()

    def _create_table(self, body: Node) -> None:
        """`CREATE TABLE n (LIKE t …)` copies t's columns, which the twin's t has the shadow
        columns among: they are defined after the LIKE clause, where they follow t's live
        columns, with the default (INCLUDING DEFAULTS) and CHECK rule (INCLUDING CONSTRAINTS)
        the copy would take, and NOT NULL, which LIKE always copies. A table or column of t's
        row type (`OF t`, `c t[]`), which lacks the shadow columns, is refused."""
        if body.get("ofTypename"):
            self._type_name(body["ofTypename"], (), {})
        for element in body.get("tableElts", ()):
            column = element.get("ColumnDef")
            if column is not None and column.get("typeName"):
                self._type_name(column["typeName"], (), {})
            like = element.get("TableLikeClause")
            served = self._served_relation(like["relation"]) if like else None
            columns = [c for c in served.columns if not c.live] if served else []
            if not columns:
                continue
            options = like.get("options", 0)
            parts = [_like_column_sql(c, bool(options & _LIKE_DEFAULTS)) for c in columns]
            if options & _LIKE_CONSTRAINTS:
                parts += [_like_check_sql(c) for c in columns if c.check_sql is not None]
            end = self._element_end(like["relation"]["location"])
            self.edits.append(Edit(end, end, ["".join(", " + part for part in parts)]))

    def _served_relation(self, rel: Node) -> ServedTable | None:
        """The served table a RangeVar names, as the statement's search_path finds it."""
        name = rel.get("relname", "")
        table = self.env.catalog.resolve(name, self.env.search_path, rel.get("schemaname"))
        if table is None or "catalogname" in rel:
            return None
        return self.env.served.get((table.schema, table.name))

    def _element_end(self, location: int) -> int:
        """Where the list element holding byte `location` ends: its next ',' or ')' outside
        parentheses."""
        tokens = self.tokens.tokens
        depth = 0
        for token in tokens[self.tokens.index_at(location) :]:
            if token.name == "ASCII_40":
                depth += 1
            elif token.name in ("ASCII_41", "ASCII_44") and depth == 0:
                return token.start
            elif token.name == "ASCII_41":
                depth -= 1
        return self.span[1]

    def visit(self, node: Any, levels: tuple[Level, ...], ctes: dict[str, Any]) -> None:
        """Walk any part of the tree, handing the nodes that matter to their handlers."""
        if type(node) is list:
            for child in node:
                self.visit(child, levels, ctes)
            return
        if type(node) is not dict:
            return
        for key, value in node.items():
            handler = _HANDLERS.get(key)
            if handler is not None:
                handler(self, value, levels, ctes)
            elif type(value) is dict or type(value) is list:
                self.visit(value, levels, ctes)

    # -- queries ---------------------------------------------------------------------------------

    def _with(self, clause: Node | None, levels: tuple[Level, ...], ctes: dict) -> dict:
        """Visit the CTEs of a WITH clause; returns the CTE names visible after it."""
        if not clause:
            return ctes
        current = dict(ctes)
        entries = [unwrap(c, "CommonTableExpr") for c in clause.get("ctes", ())]
        if clause.get("recursive"):
            for entry in entries:
                current[entry["ctename"]] = tuple(names(entry.get("aliascolnames"))) or None
                # Its own query's references to it read the query's columns too.
                current[("query", entry["ctename"])] = entry.get("ctequery")
        at_root = self.with_root is not None and clause is self.with_root.get("withClause")
        for entry in entries:
            query = entry.get("ctequery")
            kind = next(iter(query)) if query else None
            if at_root and not clause.get("recursive") and kind in _WRITES_IN_WITH:
                self.cte_write = query[kind]
                self.visit(query, levels, current)
                self.cte_write = None
                if self.write is not None and self.write.body is query[kind]:
                    self.write_cte = entry
            else:
                self.visit(query, levels, current)
            columns = tuple(names(entry.get("aliascolnames"))) or self._query_outputs(query)
            # The query is kept under a key no CTE name can be (see `_column_values`).
            current = {**current, entry["ctename"]: columns, ("query", entry["ctename"]): query}
        return current

    def _query_outputs(self, query: Node | None) -> tuple[str, ...] | None:
        if not query:
            return None
        body = next(iter(query.values()))
        return self.outputs.get(id(body))

    def _select(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        ctes = self._with(body.get("withClause"), levels, ctes)
        if body.get("op", "SETOP_NONE") != "SETOP_NONE":
            left = unwrap(body["larg"], "SelectStmt")
            self._select(left, levels, ctes)
            self._select(unwrap(body["rarg"], "SelectStmt"), levels, ctes)
            self._check_set_operation(body)
            self._note_set_types(body)
            self.outputs[id(body)] = self.outputs.get(id(left))
            if body is self.root:
                self._note_set_row_outputs(body)
            self._visit_keys(body, ("sortClause", "limitOffset", "limitCount"), levels, ctes)
            return
        if "valuesLists" in body:
            rows = body["valuesLists"]
            self.values_scopes[id(body)] = levels
            self.visit(rows, levels, ctes)
            width = len(unwrap(rows[0], "List").get("items", ())) if rows else 0
            self._note_values_types(rows, width, levels)
            self.outputs[id(body)] = tuple(f"column{i + 1}" for i in range(width))
            self._visit_keys(body, ("sortClause", "limitOffset", "limitCount"), levels, ctes)
            return
        level = Level()
        for item in body.get("fromClause", ()):
            self._from_item(item, levels, level, ctes)
        inner = (*levels, level)
        targets = body.get("targetList", ())
        outputs = self.root_kind == "SelectStmt" and not self.stored_query
        outputs = outputs and (body is self.root or id(body) in self._set_arms())
        for node in targets:
            target = node["ResTarget"]
            if "name" not in target:
                self._mark_name_source(target.get("val"))
                indirection = (target.get("val") or {}).get("A_Indirection")
                if indirection is not None:
                    self.unnamed_outputs.add(id(indirection))
                else:
                    self._note_cast_output(target)
            if outputs:
                self._row_call_output(target, body is self.root)
                self._row_call_star(target)
            self.visit(target.get("val"), inner, ctes)
        self._check_row_order(body, targets, inner)
        for key in ("targetList", "whereClause", "havingClause"):
            self._note_value_types(body.get(key), inner)
        if body is self.root:
            self._note_row_outputs(targets, inner)
        self._visit_keys(
            body,
            (
                "distinctClause",
                "whereClause",
                "groupClause",
                "havingClause",
                "windowClause",
                "sortClause",
                "limitOffset",
                "limitCount",
            ),
            inner,
            ctes,
        )
        self.scopes[id(body)] = inner
        self.outputs[id(body)] = self._output_names(targets, level)
        if body.get("lockingClause"):
            self.locking.append((body["lockingClause"], level))
        if body.get("groupClause"):
            self.grouped.append((body["groupClause"], level, targets))
        self._detect_table_form(targets, level)

    def _note_row_outputs(self, targets: list[Node], levels: tuple[Level, ...]) -> None:
        """Remember the statement's outputs that are a whole row of a table with served
        columns (`SELECT a FROM accounts a`)."""
        for node in targets:
            found = self._whole_row_output(node, levels)
            if found is not None:
                name, candidate = found
                self.row_outputs.append((name, candidate.served, (candidate,)))

    def _whole_row_output(
        self, node: Node, levels: tuple[Level, ...]
    ) -> tuple[str, Candidate] | None:
        """(output name, FROM reference) when a select list entry is a whole row of a table
        with served columns."""
        found = self._whole_row_entry(node, levels)
        if found is None or found[1].candidate is None:
            return None
        return found[0], found[1].candidate

    def _whole_row_entry(self, node: Node, levels: tuple[Level, ...]) -> tuple[str, Item] | None:
        """(output name, FROM item) when an output list entry is a whole-row reference."""
        entry = node["ResTarget"]
        ref = (entry.get("val") or {}).get("ColumnRef")
        if ref is None or any("A_Star" in field for field in ref["fields"]):
            return None
        item = self._whole_row_item(ref, levels)
        if item is None:
            return None
        return entry.get("name") or ref["fields"][0]["String"]["sval"], item

    def _note_set_row_outputs(self, body: Node) -> None:
        """A set operation's outputs that every arm gives as a whole row of the same table
        (`SELECT a … UNION SELECT a …`): the row type, named as the leftmost arm names it."""
        arms = list(_set_arms(body))
        if any(not self.scopes.get(id(arm)) or "targetList" not in arm for arm in arms):
            return
        lists = [self._output_targets(arm["targetList"], self.scopes[id(arm)][-1]) for arm in arms]
        if any(targets is None for targets in lists) or len({len(t) for t in lists}) != 1:
            return
        for position in range(len(lists[0])):
            found = [
                None
                if targets[position] is None
                else self._whole_row_output(targets[position], self.scopes[id(arm)])
                for arm, targets in zip(arms, lists, strict=True)
            ]
            if any(f is None for f in found):
                continue
            candidates = tuple(f[1] for f in found if f is not None)
            if len({c.served.table.key for c in candidates}) == 1:
                name = found[0][0]  # type: ignore[index]
                self.row_outputs.append((name, candidates[0].served, candidates))

    def root_outputs(self) -> tuple[str, ...] | None:
        """The output names of the statement when it is a SELECT (`StatementResult.outputs`)."""
        if self.root is None:
            return ()
        if self.root_kind == "SelectStmt":
            return self.outputs.get(id(self.root))
        return self.outputs.get(id(self.root), ())  # RETURNING's names

    def row_types(self) -> tuple[tuple[str, int], ...]:
        """(output name, row type OID) of the outputs `_note_row_outputs` found, for the
        tables wrapped in a derived table (whose whole row Postgres types `record`)."""
        return tuple(
            (name, served.table.row_type)
            for name, served, candidates in self.row_outputs
            if all(c.wrapped for c in candidates) and served.table.row_type
        )

    # -- whole rows that cannot be compared ------------------------------------------------------

    def _incomparable_row(self, node: Node | None, levels: tuple[Level, ...]) -> str | None:
        """The table a whole-row reference (`t`, `t.*`) names when some column of it has a type
        without equality (json, xml, …): Postgres rejects sorting, grouping or DISTINCT on the
        table's row type, where the derived table's `record` would fail only at run time."""
        for item in self._row_expression_items(node, levels):
            served = item.candidate.served if item.candidate is not None else None
            if served is None:
                continue
            types = [c.type_name for c in served.table.columns]
            if any(map(has_no_equality, types + [c.type_sql for c in served.columns])):
                return served.table.name
        return None

    def _row_expression_items(self, node: Any, levels: tuple[Level, ...]) -> Iterator[Item]:
        """The FROM items whose whole row an expression gives as a value of the table's row
        type (not an array of them): a whole-row reference or a subquery's column holding one
        (`_row_items`), `coalesce(a, b)`, CASE, NULLIF, `lag(a) OVER …`, or `(SELECT a …)`
        once its query has been walked."""
        if type(node) is not dict or not node:
            return
        kind, body = next(iter(node.items()))
        if kind == "ColumnRef":
            yield from self._row_items(body, levels, set())
        elif kind == "CoalesceExpr" or kind == "MinMaxExpr":
            for arg in body.get("args", ()):
                yield from self._row_expression_items(arg, levels)
        elif kind == "CaseExpr":
            for when in body.get("args", ()):
                result = unwrap(when, "CaseWhen").get("result")
                yield from self._row_expression_items(result, levels)
            yield from self._row_expression_items(body.get("defresult"), levels)
        elif kind == "A_Expr" and body.get("kind") == "AEXPR_NULLIF":
            yield from self._row_expression_items(body.get("lexpr"), levels)
        elif kind == "FuncCall" and body.get("args"):
            if names(body.get("funcname"))[-1] in _ROW_WINDOW_FUNCTIONS:
                yield from self._row_expression_items(body["args"][0], levels)
        elif kind == "SubLink" and body.get("subLinkType") == "EXPR_SUBLINK":
            for arm in _set_arms(unwrap(body.get("subselect") or {}, "SelectStmt")):
                targets = arm.get("targetList", ())
                scope = self.scopes.get(id(arm))
                if targets and scope:
                    value = targets[0]["ResTarget"].get("val")
                    yield from self._row_expression_items(value, scope)

    def _row_items(self, ref: Node, levels: tuple[Level, ...], seen: set[int]) -> list[Item]:
        """The FROM items whose whole row a column reference gives: a whole-row reference
        itself (`t`), or a subquery's or CTE's column that is one in some arm of its query
        (`s.r` of `(SELECT t AS r …) s`, through nested subqueries too): Postgres gives such a
        column the table's row type, where a wrapped t's row is a `record`."""
        if any("A_Star" in field for field in ref["fields"]):
            return []
        item = self._whole_row_item(ref, levels)
        if item is not None:
            return [item]
        found = self._subquery_column(ref, levels)
        if found is None or id(found[0]) in seen:
            return []
        seen.add(id(found[0]))
        items = []
        for value, scope in self._arm_values(*found):
            inner = value.get("ColumnRef") if type(value) is dict else None
            if inner is not None and scope:
                items += self._row_items(inner, scope, seen)
        return items

    def _subquery_column(self, ref: Node, levels: tuple[Level, ...]) -> tuple[Item, int] | None:
        """The subquery or CTE in FROM a column reference (`x.c`, or an unqualified `c`)
        reads, and the position of its column; None for other references."""
        strs = [f["String"]["sval"] for f in ref["fields"] if "String" in f]
        if len(strs) != len(ref["fields"]) or len(strs) > 2:
            return None
        if len(strs) == 2:
            item = self._find_rel(levels, strs[:1])
        else:
            matches = self._column_matches(strs[0], levels)
            item = matches[0] if len(matches) == 1 else None
        if item is None or item.query is None or not item.columns or strs[-1] not in item.columns:
            return None
        return item, item.columns.index(strs[-1])

    def _arm_values(self, item: Item, position: int) -> list[tuple[Any, tuple[Level, ...]]]:
        """The expression each arm of a subquery's query gives at an output position, with
        the arm's scope; none when a `*` gives it, or comes before it with columns that are not
        known."""
        values = []
        for arm in _set_arms(unwrap(item.query, "SelectStmt")):
            targets = arm.get("targetList", ())
            scope = self.scopes.get(id(arm), ())
            value = self._output_value(targets, position + 1, scope[-1]) if scope else None
            if value is None:
                return []
            values.append((value, scope))
        return values

    def _refuse_row(
        self, value: Node | None, location: Any, levels: tuple[Level, ...], operator: str
    ) -> None:
        table = self._incomparable_row(value, levels)
        if table is not None:
            if location is None:
                location = first_location(value)
            message = f"could not identify an {operator} operator for type {table}"
            raise Refused("42883", message, location)

    def _refuse_rows(self, nodes: list[Node], levels: tuple[Level, ...]) -> None:
        for node in nodes:
            self._refuse_row(node, first_location(node), levels, "equality")

    def _sort_by(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        """A window's or an aggregate's ORDER BY (a query's own is checked by
        `_check_row_order`)."""
        if id(body) not in self.checked_sorts and body.get("sortby_dir") != "SORTBY_USING":
            node = body.get("node")
            location = (node.get("ColumnRef") or {}).get("location") if node else None
            self._refuse_row(node, location, levels, "ordering")
        self.visit(body, levels, ctes)

    def _window_def(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        self._refuse_rows(body.get("partitionClause", []), levels)
        self.visit(body, levels, ctes)

    def _sql92_item(
        self, node: Node, targets: list[Node], levels: tuple[Level, ...], group: bool
    ) -> tuple[Node | None, Any]:
        """What an ORDER BY, GROUP BY or DISTINCT ON item stands for, and where it is: an
        output column for an integer constant or (before an input column for ORDER BY, after
        it for GROUP BY) an output column's name, else itself."""
        const = node.get("A_Const")
        if const is not None and "ival" in const:
            value = self._output_value(targets, const["ival"].get("ival", 0), levels[-1])
            return (value, const.get("location")) if value is not None else (None, None)
        ref = node.get("ColumnRef")
        if ref is None:
            return node, None
        fields = ref["fields"]
        if len(fields) != 1 or "String" not in fields[0]:
            return node, ref.get("location")
        name = fields[0]["String"]["sval"]
        if group and self._column_matches(name, levels[-1:]):
            return node, ref.get("location")
        for target in targets:
            value = target["ResTarget"].get("val")
            if target["ResTarget"].get("name", figure_colname(value)) == name:
                return value, ref.get("location")
        return node, ref.get("location")

    def _output_value(self, targets: list[Node], position: int, level: Level) -> Node | None:
        """The expression of output column `position` (from 1), counting the columns each
        `*` and `t.*` gives; None for a column a `*` gives, or after one whose columns are not
        known."""
        for number, entry in enumerate(self._each_output(targets, level), start=1):
            if entry is _UNKNOWN_STAR:
                return None
            if number == position:
                return None if entry is None else entry["ResTarget"].get("val")
        return None

    def _check_row_order(self, body: Node, targets: list[Node], levels: tuple[Level, ...]) -> None:
        """ORDER BY, GROUP BY, DISTINCT and DISTINCT ON a whole row that cannot be compared,
        in the order Postgres looks at them."""
        self._check_sorts(body, targets, levels, outputs_only=False)
        # Items inside grouping sets (ROLLUP, CUBE, GROUPING SETS) and `(a, b)` lists too.
        for node in grouping_items(body.get("groupClause", ())):
            value, location = self._sql92_item(node, targets, levels, True)
            self._refuse_row(value, location, levels, "equality")
        distinct = body.get("distinctClause")
        if distinct == [{}]:
            self._refuse_rows([t["ResTarget"]["val"] for t in targets], levels)
        elif distinct:
            for node in distinct:
                value, location = self._sql92_item(node, targets, levels, False)
                self._refuse_row(value, location, levels, "equality")

    def _check_set_operation(self, body: Node) -> None:
        """UNION, INTERSECT and EXCEPT, all but UNION ALL (INTERSECT ALL and EXCEPT ALL
        count equal rows), compare the rows of their first branch's select list; ORDER BY
        names its columns."""
        left = body
        while left.get("op", "SETOP_NONE") != "SETOP_NONE":
            left = unwrap(left["larg"], "SelectStmt")
        scope = self.scopes.get(id(left))
        if scope is None:
            return
        targets = left.get("targetList", ())
        if not body.get("all") or body.get("op") != "SETOP_UNION":
            self._refuse_rows([t["ResTarget"]["val"] for t in targets], scope)
        self._check_sorts(body, targets, scope, outputs_only=True)

    def _check_sorts(
        self, body: Node, targets: list[Node], levels: tuple[Level, ...], outputs_only: bool
    ) -> None:
        """A query's own ORDER BY items sorting a whole row that cannot be compared; with
        `outputs_only`, only items naming an output column (a set operation's ORDER BY)."""
        for sort in body.get("sortClause", ()):
            sort_by = sort["SortBy"]
            self.checked_sorts.add(id(sort_by))
            if sort_by.get("sortby_dir") == "SORTBY_USING":
                continue
            value, location = self._sql92_item(sort_by["node"], targets, levels, False)
            if not outputs_only or value is not sort_by["node"]:
                self._refuse_row(value, location, levels, "ordering")

    def _visit_keys(
        self, body: Node, keys: tuple[str, ...], levels: tuple[Level, ...], ctes: dict
    ) -> None:
        for key in keys:
            value = body.get(key)
            if value is not None:
                self.visit(value, levels, ctes)

    def _detect_table_form(self, targets: list[Node], level: Level) -> None:
        """`TABLE t` parses as SELECT * FROM t with no text for the star."""
        if len(targets) != 1 or len(level.items) != 1:
            return
        value = targets[0]["ResTarget"].get("val", {}).get("ColumnRef")
        candidate = level.items[0].candidate
        if value is not None and value.get("location", -1) < 0 and candidate is not None:
            candidate.table_form = True

    def _output_names(self, targets: list[Node], level: Level) -> tuple[str, ...] | None:
        """The column names a select list produces (None when a * cannot be expanded)."""
        out: list[str] = []
        for node in targets:
            target = node["ResTarget"]
            if "name" in target:
                out.append(target["name"])
                continue
            value = target.get("val") or {}
            ref = value.get("ColumnRef")
            if ref is not None and "A_Star" in ref["fields"][-1]:
                columns = self._star_columns(level, names(ref["fields"][:-1]))
                if columns is None:
                    return None
                out.extend(columns)
                continue
            out.append(figure_colname(value))
        return tuple(out)

    def _star_columns(self, level: Level, qualifier: list[str]) -> tuple[str, ...] | None:
        if qualifier:
            item = self._find_rel((level,), qualifier)
            return item.columns if item is not None else None
        out: list[str] = []
        for item in level.items:
            if item.cols_visible:
                if item.columns is None:
                    return None
                out.extend(item.columns)
        return tuple(out)

    def _mark_name_source(self, node: Node | None) -> None:
        """Remember the column reference an unnamed select-list entry takes its name from."""
        while node:
            kind, body = next(iter(node.items()))
            if kind == "ColumnRef":
                self.name_sources.add(id(body))
                return
            if kind in ("TypeCast", "CollateClause"):
                node = body.get("arg")
            elif kind == "A_Indirection":
                fields = body.get("indirection", ())
                if fields and "String" in fields[0]:
                    # (t).c: the field is the name, and may be replaced as a whole.
                    ref = (body.get("arg") or {}).get("ColumnRef")
                    if ref is not None:
                        self.name_sources.add(id(ref))
                    return
                if any("String" in i for i in fields):
                    return
                node = body.get("arg")
            else:
                return

    def _note_cast_output(self, target: Node) -> None:
        """Remember an unnamed select-list entry that is a field `(x).c` under casts (and
        COLLATE): Postgres names it after the field, as it names the field itself."""
        node = target.get("val") or {}
        while "TypeCast" in node or "CollateClause" in node:
            node = next(iter(node.values())).get("arg") or {}
        body = node.get("A_Indirection")
        fields = body.get("indirection", ()) if body is not None else ()
        if fields and "String" in fields[-1] and node is not target.get("val"):
            self.cast_outputs[id(body)] = target

    def _target_end(self, target: Node) -> int:
        """The byte offset where an unnamed select-list entry's last token ends."""
        tokens = self.tokens.tokens
        first = self.tokens.index_at(target["location"])
        depth = 0
        for index in range(first, len(tokens)):
            name = tokens[index].name
            if name in ("ASCII_40", "ASCII_91"):
                depth += 1
            elif name in ("ASCII_41", "ASCII_93"):
                depth -= 1
                if depth < 0:
                    return tokens[index - 1].end
            elif depth == 0 and index > first and name in _AFTER_TARGET:
                distinct_from = name == "FROM" and tokens[index - 1].name == "DISTINCT"
                if not distinct_from:
                    return tokens[index - 1].end
        return tokens[-1].end

    def _xml_expr(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        """XMLATTRIBUTES and XMLFOREST name an unnamed entry after the column it references."""
        for entry in body.get("named_args", ()):
            target = entry.get("ResTarget", {})
            ref = (target.get("val") or {}).get("ColumnRef")
            if ref is not None and "name" not in target:
                self.xml_name_sources.add(id(ref))
        self.visit(body, levels, ctes)

    def _xml_name(self, ref: Node, location: Any, name: str) -> str:
        """The ` AS name` an inlined shadow column needs to keep naming an XML element or
        attribute; Postgres escapes a name given with AS differently where it holds a ':' or
        starts with "xml", which is refused."""
        if id(ref) not in self.xml_name_sources:
            return ""
        if ":" in name[1:] or name[:3].lower() == "xml":
            raise Refused(
                "0A000",
                f'pgstitch cannot yet name an XML element or attribute after shadow column "{name}"'
                " here; name it with AS",
                location,
            )
        return f" AS {quote_ident(name)}"

    # -- FROM clause -----------------------------------------------------------------------------

    def _from_item(
        self, node: Node, levels: tuple[Level, ...], level: Level, ctes: dict
    ) -> tuple[tuple[str, ...] | None, str | None]:
        """Add one FROM item to `level`; returns its visible columns and its spelling of `*`."""
        kind, body = next(iter(node.items()))
        if kind == "RangeVar":
            return self._range_var(body, level, ctes, None)
        if kind == "RangeTableSample":
            result = self._range_var(unwrap(body["relation"], "RangeVar"), level, ctes, body)
            self._visit_keys(body, ("args", "repeatable"), (*levels, level), ctes)
            return result
        if kind == "RangeSubselect":
            inner_levels = (*levels, level) if body.get("lateral") else levels
            self.visit(body.get("subquery"), inner_levels, ctes)
            alias = body.get("alias")
            refname = alias["aliasname"] if alias else None
            columns = rename(
                self._query_outputs(body.get("subquery")),
                names(alias.get("colnames")) if alias else [],
            )
            star = f"{quote_ident(refname)}.*" if refname else None
            level.items.append(
                Item(
                    refname,
                    columns,
                    rel_visible=refname is not None,
                    star_sql=star,
                    query=body.get("subquery"),
                )
            )
            level.entries.append((refname, None))
            return columns, star
        if kind == "JoinExpr":
            return self._join(body, levels, level, ctes)
        if kind == "RangeFunction":
            served = self._rows_function(body)
            if served is not None:
                return self._function_of_rows(body, served, levels, level, ctes)
            for function in body.get("functions", ()):
                items = unwrap(function, "List").get("items", ())
                if items:
                    self._populated_row(items[0], (*levels, level))
                    if not body.get("coldeflist"):
                        self.from_functions.append((items[0], (*levels, level)))
            self.visit(body.get("functions"), (*levels, level), ctes)
            alias = body.get("alias")
            colnames = names(alias.get("colnames")) if alias else []
            coldefs = [unwrap(c, "ColumnDef")["colname"] for c in body.get("coldeflist", ())]
            refname = alias["aliasname"] if alias else self._function_name(body)
            known = None if coldefs else function_columns(body, refname)
            if known is not None:
                columns = rename(known, colnames)
            else:
                columns = tuple(colnames) or tuple(coldefs) or None
            star = f"{quote_ident(refname)}.*" if refname else None
            level.items.append(
                Item(refname, columns, rel_visible=refname is not None, star_sql=star)
            )
            level.entries.append((refname, None))
            return columns, star
        # XMLTABLE, JSON_TABLE and the like: columns not worked out here.
        self.visit(body, (*levels, level), ctes)
        alias = body.get("alias")
        refname = alias["aliasname"] if alias else None
        star = f"{quote_ident(refname)}.*" if refname else None
        level.items.append(Item(refname, None, rel_visible=refname is not None, star_sql=star))
        level.entries.append((refname, None))
        return None, star

    def _rows_function(self, body: Node) -> ServedTable | None:
        """The served table whose rows the one function of a FROM item returns (`RETURNS SETOF
        accounts`, also in `ROWS FROM (…)` and WITH ORDINALITY), when every function of its
        name returns them; None otherwise, and for column definition lists. A ROWS FROM of
        several functions is noted for `_refuse_rows_from`."""
        functions = body.get("functions", ())
        if body.get("coldeflist"):
            return None
        if len(functions) != 1:
            for function in functions:
                items = unwrap(function, "List").get("items", ())
                served = self._served_rows_call(items)
                if served is not None:
                    refname = (body.get("alias") or {}).get("aliasname")
                    self.rows_from.append((refname, served, items[0]["FuncCall"]))
            return None
        return self._served_rows_call(unwrap(functions[0], "List").get("items", ()))

    def _served_rows_call(self, items: list[Node]) -> ServedTable | None:
        """The served table whose rows a function of a FROM item (its call and column
        definition list) returns, if it is one."""
        call = items[0].get("FuncCall") if items else None
        if call is None or call.get("over") is not None or any(items[1:]):
            return None
        funcname = names(call.get("funcname"))
        schema = funcname[-2] if len(funcname) >= 2 else None
        catalog = self.env.catalog
        relation = catalog.rows_returned_by(funcname[-1], self.env.search_path, schema)
        return self.env.served.get(relation) if relation is not None else None

    def _refuse_rows_from(self) -> None:
        """A ROWS FROM of several functions, one returning rows of a table with shadow
        columns, where the statement may read those columns: its columns come from every
        function side by side, which pgstitch does not lay out."""
        wrap_all = self.star or self.natural
        for refname, served, call in self.rows_from:
            shadow = {c.name for c in served.columns if not c.live}
            if wrap_all or refname in self.mentioned or not shadow.isdisjoint(self.mentioned):
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet read the rows of table {served.table.name}, which"
                    " has shadow columns, from ROWS FROM with other functions; call the"
                    " function on its own in FROM",
                    call.get("location"),
                )

    def _function_of_rows(
        self,
        body: Node,
        served: ServedTable,
        levels: tuple[Level, ...],
        level: Level,
        ctes: dict,
    ) -> tuple[tuple[str, ...] | None, str | None]:
        """A function returning rows of a table with shadow columns: its rows lack them (the
        table's row type does), so the call goes into a derived table that adds them, read
        from the rows' keys as for the table itself."""
        items = unwrap(body["functions"][0], "List")["items"]
        call = items[0]["FuncCall"]
        self._populated_row(items[0], (*levels, level))
        self.visit(body.get("functions"), (*levels, level), ctes)
        alias = body.get("alias")
        refname = alias["aliasname"] if alias else names(call["funcname"])[-1]
        if alias and alias.get("colnames"):
            raise Refused(
                "0A000",
                f"pgstitch cannot yet rename the columns of {refname}, which returns rows of"
                f" table {served.table.name} with shadow columns; alias them in the select list",
                call.get("location"),
            )
        inner = quote_ident(alias["aliasname"]) if alias else ROW_ALIAS
        ordinality = bool(body.get("ordinality"))
        key = served.row_key(inner)
        parts: list[str | ValueSlot] = [
            "" if body.get("lateral") else "LATERAL ",
            "(SELECT " + ", ".join(served.live_columns_sql(inner)),
        ]
        primary_key = served.table.primary_key
        # A function returning one row gives a row of NULLs when it finds none; its shadow
        # columns are NULL too, not their defaults.
        guard = f" WHERE {inner}.{quote_ident(primary_key[0])} IS NOT NULL)" if key else ")"
        for column in served.columns:
            slot = ValueSlot(column, key, inner)
            parts += [", (SELECT ", slot, f"{guard} AS {quote_ident(column.name)}"]
        if ordinality:
            parts.append(f", {inner}.ordinality")
        parts.append(" FROM ")
        start = call["location"]
        rows_from = bool(body.get("is_rowsfrom"))
        last = self._function_end(start, alias is not None, rows_from, ordinality)
        if rows_from:
            start = self._rows_from_start(start)
        suffix = "" if alias else f" AS {ROW_ALIAS}"
        self.edits.append(Edit(start, start, parts))
        # The closing part replaces the item's last token, so that code moving the FROM list
        # (UPDATE … FROM) takes it along.
        closing = [self._verbatim(last.start, last.end), f"{suffix}) AS {quote_ident(refname)}"]
        self.edits.append(Edit(last.start, last.end, closing))
        columns = served.all_names + (("ordinality",) if ordinality else ())
        star = f"{quote_ident(refname)}.*"
        level.items.append(Item(refname, columns, star_sql=star))
        level.entries.append((refname, None))
        return columns, star

    def _function_end(
        self, start: int, aliased: bool, rows_from: bool = False, ordinality: bool = False
    ) -> Token:
        """The last token of a FROM item whose function call starts at byte `start`: the
        closing parenthesis of the call or of its ROWS FROM, ORDINALITY, or its alias when it
        has one (`f(…) [WITH ORDINALITY] [AS] x`)."""
        tokens = self.tokens.tokens
        index = self.tokens.matching_paren(self._next_paren(self.tokens.index_at(start)))
        if rows_from:
            index += 1
        if ordinality:
            index += 2
        if not aliased:
            return tokens[index]
        index += 1
        if tokens[index].name == "AS":
            index += 1
        return tokens[index]

    def _rows_from_start(self, start: int) -> int:
        """Where `ROWS FROM (` begins, before the call of its one function at byte `start`."""
        return self.tokens.tokens[self.tokens.index_at(start) - 3].start

    @staticmethod
    def _function_name(body: Node) -> str | None:
        functions = body.get("functions", ())
        if len(functions) != 1:
            return None
        items = unwrap(functions[0], "List").get("items", ())
        call = items[0].get("FuncCall") if items else None
        return names(call.get("funcname"))[-1] if call else None

    def _join(
        self, body: Node, levels: tuple[Level, ...], level: Level, ctes: dict
    ) -> tuple[tuple[str, ...] | None, str | None]:
        before = len(level.items)
        candidates_before = len(self.candidates)
        left, left_star = self._from_item(body["larg"], levels, level, ctes)
        middle = len(level.items)
        right, right_star = self._from_item(body["rarg"], levels, level, ctes)
        sides = _side_item(level.items[before:middle]), _side_item(level.items[middle:])
        self.visit(body.get("quals"), (*levels, level), ctes)
        using = names(body.get("usingClause"))
        natural = bool(body.get("isNatural"))
        self.mentioned.update(using)
        self.natural = self.natural or natural
        if natural:
            self.natural_joins.append(self.candidates[candidates_before:])
        columns = join_columns(left, right, using, natural)
        merged = [c for c in left if c in right] if natural and left and right else using
        origins = join_origins(
            *sides, merged, body.get("jointype", "JOIN_INNER"), self._column_type
        )
        alias = body.get("alias")
        level.entries.append((alias["aliasname"] if alias else None, None))
        if alias:
            _name_members_apart(level.items[before:])
            del level.items[before:]
            for candidate in self.candidates[candidates_before:]:
                candidate.join_aliases.append(alias["aliasname"])
                # Its column list may rename the shadow columns by position.
                candidate.aliases_shadow |= bool(alias.get("colnames"))
            columns = rename(columns, names(alias.get("colnames")))
            star = f"{quote_ident(alias['aliasname'])}.*"
            level.items.append(Item(alias["aliasname"], columns, star_sql=star, origins=origins))
            return columns, star
        for child in level.items[before:]:
            child.cols_visible = False
        star = None
        if not using and not natural and left_star and right_star:
            star = f"{left_star}, {right_star}"
        level.items.append(Item(None, columns, rel_visible=False, star_sql=star, origins=origins))
        using_alias = body.get("join_using_alias")
        if using_alias:
            merged_origins = origins[: len(using)] if origins is not None else None
            level.items.append(
                Item(
                    using_alias["aliasname"],
                    tuple(using),
                    cols_visible=False,
                    origins=merged_origins,
                )
            )
        return columns, star

    def _range_var(
        self, rel: Node, level: Level, ctes: dict, sample: Node | None
    ) -> tuple[tuple[str, ...] | None, str | None]:
        schema = rel.get("schemaname")
        name = rel["relname"]
        alias = rel.get("alias")
        refname = alias["aliasname"] if alias else name
        colnames = names(alias.get("colnames")) if alias else []
        star = f"{quote_ident(refname)}.*"
        if schema is None and name in ctes:
            columns = rename(ctes[name], colnames)
            level.items.append(
                Item(refname, columns, star_sql=star, query=ctes.get(("query", name)))
            )
            level.entries.append((refname, None))
            return columns, star
        table = self.env.catalog.resolve(name, self.env.search_path, schema)
        if table is None:
            level.items.append(Item(refname, None, star_sql=star))
            level.entries.append((refname, None))
            return None, star
        served = self.env.served.get((table.schema, table.name))
        columns = rename(served.all_names if served else table.column_names, colnames)
        item = Item(
            refname,
            columns,
            schema=None if alias else table.schema,
            star_sql=star,
            relation=True,
            table=(table.schema, table.name),
        )
        if served is not None:
            shown = frozenset(columns[len(served.table.columns) :])
            item.candidate = Candidate(
                rel,
                served,
                refname,
                alias is not None,
                sample,
                level,
                alias=refname,
                shadow_shown=shown,
                aliases_shadow=len(colnames) > len(served.table.columns),
            )
            item.candidate.item = item
            self.candidates.append(item.candidate)
        level.items.append(item)
        level.entries.append((refname, item.candidate))
        return columns, star

    # -- column references -----------------------------------------------------------------------

    def _column_ref(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        fields = body["fields"]
        strs = [f["String"]["sval"] for f in fields if "String" in f]
        star = len(strs) != len(fields)
        # The column (or whole-row) name; qualifiers only when a field of a column may follow.
        self.mentioned.update(strs[1:] if len(strs) >= 3 else strs[-1:] if not star else ())
        if star:
            self.star = True
        if star or len(strs) == 1:
            self._note_expansion(body, strs, star, levels)
        if not star and strs[-1] in SYSTEM_COLUMNS:
            self._system_column(strs, levels)
        if len(strs) == 1:
            self.whole_rows.add(strs[0])
        elif len(strs) == 2 and not star and strs[1] in self.env.catalog.row_functions:
            self._row_attribute(body, strs, levels)
        self._relation_ref(body, strs, star, levels)
        if len(strs) - (0 if star else 1) >= 2:
            self.qualified.append((body, strs, star))
            if not star and self.returned is not None and len(strs) >= 3:
                self._unqualify_returned(body, strs, levels)
        for level in levels:
            if level.has_target:
                self._resolve_for_target(body, strs, star, levels)
                return

    def _relation_ref(
        self, body: Node, strs: list[str], star: bool, levels: tuple[Level, ...]
    ) -> None:
        """Remember which table a reference names by its relation name (see `relation_refs`)."""
        relation = strs if star else strs[:-1]
        if not relation:
            if star or len(strs) != 1 or self._column_matches(strs[0], levels):
                return
            relation = strs
        item = self._find_rel(levels, relation)
        if item is None:
            return
        if len(relation) == 1 and self._same_names(item, levels) > 1:
            # Ambiguous for Postgres (42P09): left as written, unless a derived table renames
            # one of them (see `_refuse_ambiguous`).
            level = next(level for level in levels if any(i is item for i in level.items))
            same = [o for o in level.items if o.rel_visible and o.refname == relation[0]]
            self.ambiguous_refs.append((body, relation[0], same))
            return
        if item.candidate is None or item.candidate.has_alias:
            return
        captured = len(relation) >= 2 and self._find_rel(levels, relation[-1:]) is not item
        self.relation_refs.append((body, len(relation), item.candidate, captured))

    def _refuse_ambiguous(self) -> None:
        """A bare table name that unaliased tables of two schemas share is ambiguous (42P09);
        once one of them is a derived table of a name of its own, the name would find the
        other, or nothing. Postgres's own error then. (Aliases, or one table twice, clash
        already in FROM: 42712, which Postgres reports itself.)"""
        for body, name, same in self.ambiguous_refs:
            schemas = {item.schema for item in same}
            if None in schemas or len(schemas) != len(same):
                continue
            if any(item.candidate is not None and item.candidate.wrapped for item in same):
                message = f'table reference "{name}" is ambiguous'
                raise Refused("42P09", message, body.get("location"))

    @staticmethod
    def _same_names(item: Item, levels: tuple[Level, ...]) -> int:
        """How many FROM items of `item`'s level go by its name."""
        for level in reversed(levels):
            if any(other is item for other in level.items):
                return sum(o.rel_visible and o.refname == item.refname for o in level.items)
        return 0

    def _system_column(self, strs: list[str], levels: tuple[Level, ...]) -> None:
        """Remember which wrapped tables must carry a system column a reference names: the one
        `t.xmin` names; for an unqualified `xmin`, the tables of the nearest level that has
        any whose columns are visible (one: it is its; several: Postgres finds it ambiguous,
        and does so still when each carries it; the members of a join have none)."""
        if len(strs) == 1:
            owners = self._system_column_owners(levels)
        else:
            owners = [item for item in [self._find_rel(levels, strs[:-1])] if item is not None]
        for item in owners:
            if item.candidate is not None:
                item.candidate.system.add(strs[-1])

    @staticmethod
    def _system_column_owners(levels: tuple[Level, ...]) -> list[Item]:
        for level in reversed(levels):
            owners = [item for item in level.items if item.relation and item.cols_visible]
            if owners:
                return owners
        return []

    def _unqualify_returned(self, body: Node, strs: list[str], levels: tuple[Level, ...]) -> None:
        """`schema.t.c` naming the target of a rewritten INSERT in its RETURNING list: the
        items are evaluated over a derived row named `t`."""
        if self._find_rel(levels, strs[:-1]) is not self.returned:
            return
        start = body["location"]
        end = read_dotted(self.buf, start, len(strs) - 1)
        self.edits.append(Edit(start, end, [quote_ident(strs[-2])]))
        self.inlined.add(id(body))

    def _func_call(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        # f(t) is another spelling of t.f in Postgres.
        funcname = names(body.get("funcname"))
        if len(funcname) == 1 and len(body.get("args", ())) == 1:
            self.mentioned.add(funcname[0])
        if body.get("agg_distinct"):
            self._refuse_rows(body.get("args", []), levels)
        self._row_to_json_argument(body)
        builtin = len(funcname) == 1 or funcname[:1] == ["pg_catalog"]
        if funcname and builtin and funcname[-1] in _JSON_OF_ROWS_ARGUMENTS:
            first = _JSON_OF_ROWS_ARGUMENTS[funcname[-1]]
            for arg in body.get("args", ())[first:]:
                self.json_rows += [(ref, levels) for ref in _passed_references(arg)]
        if funcname and builtin and funcname[-1] in _POLYMORPHIC_ARGUMENTS:
            self.polymorphic_calls.append((body, levels))
        tables = self.env.catalog.row_functions.get(funcname[-1]) if funcname else None
        # pg_typeof(t) names t's row type: given the table's own columns as that type, as f(t).
        if tables or funcname in (["pg_typeof"], ["pg_catalog", "pg_typeof"]):
            for arg in body.get("args", ()):
                self._row_argument(arg.get("ColumnRef"), levels, tables)
        self.visit(body, levels, ctes)

    def _a_expr(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        if body.get("kind") in _ARRAY_OPERATOR_KINDS and "lexpr" in body and "rexpr" in body:
            self.operators.append((body, levels))
        self.visit(body, levels, ctes)

    def _sublink(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        # `x IN (SELECT …)`, `x op ANY|ALL (SELECT …)` compare x with the sub-select's column.
        if body.get("subLinkType") in ("ANY_SUBLINK", "ALL_SUBLINK") and "testexpr" in body:
            self.operators.append((body, levels))
        self.visit(body, levels, ctes)

    def _populated_row(self, node: Node | None, levels: tuple[Level, ...]) -> None:
        """`jsonb_populate_record(t, …)` returns t's row type, whose fields a query may name
        (`(…).c`, `(…).*`, in FROM): a whole-row reference to a wrapped t is a `record`, whose
        fields Postgres cannot know before run time. Refused, as naming the row type is."""
        call = (node or {}).get("FuncCall")
        funcname = names(call.get("funcname")) if call else []
        if not funcname or funcname[-1] not in POPULATE_FUNCTIONS or not call.get("args"):
            return
        ref = call["args"][0].get("ColumnRef")
        if ref is None:
            return
        item = self._whole_row_item(ref, levels)
        if item is not None and item.candidate is not None:
            table = item.candidate.served.table
            raise Refused(
                "0A000",
                f"pgstitch cannot yet fill the row type of {table.schema}.{table.name}, which"
                " has shadow columns the type does not have, from a row of it; name the columns",
                ref.get("location"),
            )

    def _row_argument(
        self, ref: Node | None, levels: tuple[Level, ...], tables: frozenset | None = None
    ) -> None:
        """`f(t)` or `f(t.*)` where f takes t's row type (PostgREST's and Hasura's computed
        columns): a wrapped t's row has the shadow columns too, which the row type lacks, so
        the table's own columns are passed as its row type (see `_row_argument_edits`). A row
        of another table is passed as its own row type too: as a `record` it could be cast to
        the type f takes, where Postgres finds no such function (42883)."""
        if ref is None:
            return
        item = self._whole_row_item(ref, levels)
        if item is not None and item.target is not None:
            # A modification target's own row has the table's row type: left as written.
            self.native_rows.add(id(ref))
        if item is not None and item is self.returned:
            self._returned_row(ref, any("A_Star" in field for field in ref["fields"]))
        candidate = item.candidate if item is not None else None
        star = any("A_Star" in field for field in ref["fields"])
        if candidate is not None:
            self.row_arguments.append((ref, candidate, star))
        elif item is not None and tables:
            self._subquery_row(ref, item, tables, star, None)

    def _subquery_row(
        self, node: Node, item: Item, tables: frozenset, star: bool, function: str | None
    ) -> None:
        """`f(s)` or `s.f` over `(SELECT t.* …) s`, where f takes the row type of t, a table
        with shadow columns: Postgres casts the subquery's row to it, column by column, which
        needs as many columns as t has, shadow columns included. A row with t's columns is
        passed as t's row type made of its live columns; one with only the live columns
        fails as in Postgres (42846)."""
        if item.query is None or not item.columns or len(tables) != 1:
            return
        served = self.env.served.get(next(iter(tables)))
        if served is None:
            return
        if item.columns == served.all_names:
            self.subquery_row_arguments.append((node, item, served, star, function))
        elif len(item.columns) == len(served.table.columns):
            message = f"cannot cast type record to {self._type_text(served.key)}"
            raise Refused("42846", message, node.get("location"))

    def _whole_row_item(self, ref: Node, levels: tuple[Level, ...]) -> Item | None:
        """The FROM item a whole-row reference (`t` or `t.*`, not a column named t) names."""
        fields = ref["fields"]
        strs = [f["String"]["sval"] for f in fields if "String" in f]
        star = len(strs) != len(fields)
        if len(strs) != 1 or (not star and self._column_matches(strs[0], levels)):
            return None
        return self._find_rel(levels, strs)

    def _type_name(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        """The row type of a table with shadow columns lacks them: refuse naming it."""
        type_names = names(body.get("names"))
        if 1 <= len(type_names) <= 2 and type_names[0] != "pg_catalog":
            schema = type_names[0] if len(type_names) == 2 else None
            table = self.env.catalog.resolve(type_names[-1], self.env.search_path, schema)
            if table is not None and (table.schema, table.name) in self.env.served:
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet use the row type of {table.schema}.{table.name},"
                    " which has shadow columns the type does not have; name the columns",
                    body.get("location"),
                )
        self.visit(body, levels, ctes)

    def _rejected_qualifier(self, qualifier: list[str]) -> bool:
        """Whether Postgres rejects a relation qualifier before looking for the relation:
        `db.schema.t` naming another database (0A000, cross-database references) or more than
        three names (42601). Such a reference is left as written, for Postgres to reject."""
        if len(qualifier) > 3:
            return True
        database = self.env.catalog.database
        return len(qualifier) == 3 and database is not None and qualifier[0] != database

    def _find_rel(self, levels: tuple[Level, ...], qualifier: list[str]) -> Item | None:
        """The nearest FROM item a ([db.]schema.)relation qualifier names."""
        if len(qualifier) >= 3 and self._rejected_qualifier(qualifier):
            return None
        rel = qualifier[-1]
        schema = qualifier[-2] if len(qualifier) >= 2 else None
        for level in reversed(levels):
            for item in level.items:
                same_schema = schema is None or item.schema == schema
                if item.rel_visible and item.refname == rel and same_schema:
                    return item
        return None

    def _resolve_for_target(
        self, body: Node, strs: list[str], star: bool, levels: tuple[Level, ...]
    ) -> None:
        location = body.get("location")
        if id(body) in self.native_rows:
            return
        if star:
            item = self._find_rel(levels, strs) if strs else None
            if item is not None and item.target is not None:
                self._inline_whole_row(body, item, len(strs), True, levels)
            return
        if len(strs) > 1:
            item = self._find_rel(levels, strs[:-1])
            column = strs[-1]
            target = item.target if item is not None else None
            if target is not None and column in target.served.shadow_names:
                self._inline(body, item, column, levels)
            elif target is not None and target.excluded and target.mode == AS_IS:
                self._refuse_excluded_live(target, column, location)
            return
        name = strs[0]
        matches = self._column_matches(name, levels)
        if matches:
            owner = next((item for item in matches if item.target is not None), None)
            if owner is None or name not in owner.target.served.shadow_names:
                return
            if sum(item.columns.count(name) for item in matches) > 1:
                raise Refused("42702", f'column reference "{name}" is ambiguous', location)
            self._inline(body, owner, name, levels)
            return
        item = self._find_rel(levels, [name])
        if item is not None and item.target is not None:
            self._inline_whole_row(body, item, 1, False, levels)

    @staticmethod
    def _refuse_excluded_live(target: Target, column: str, location: int | None) -> None:
        """`EXCLUDED.c` of a live column in a shadow column's ON CONFLICT value: the proposed
        live values (defaults, triggers) are not known where the shadow value is parked."""
        if column not in target.served.table.column_names:
            return
        table = target.served.table
        raise Refused(
            "0A000",
            f"pgstitch cannot yet read EXCLUDED.{column}, a live column, in the value of a"
            f" shadow column of {table.schema}.{table.name} in ON CONFLICT DO UPDATE",
            location,
        )

    @staticmethod
    def _column_matches(name: str, levels: tuple[Level, ...]) -> list[Item]:
        """The items of the nearest level that expose an unqualified column `name`."""
        for level in reversed(levels):
            matches = [
                item
                for item in level.items
                if item.cols_visible and item.columns is not None and name in item.columns
            ]
            if matches:
                return matches
        return []

    def _indirection(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        """`(t).c`: a field of a whole-row reference, which for a target must be inlined."""
        ref = (body.get("arg") or {}).get("ColumnRef")
        fields = body.get("indirection", ())
        self.mentioned.update(f["String"]["sval"] for f in fields if "String" in f)
        call = (body.get("arg") or {}).get("FuncCall")
        if call is not None and fields and "String" in fields[0]:
            self._field_of_row_call(call, fields[0]["String"]["sval"], body)
        if any("String" in f or "A_Star" in f for f in fields):
            self._populated_row(body.get("arg"), levels)
            if body.get("arg") is not None:
                self.field_selections.append((body["arg"], levels))
        single = ref is not None and len(ref["fields"]) == 1 and "String" in ref["fields"][0]
        if single and fields and "String" in fields[0]:
            self._paren_row_attribute(ref, fields[0]["String"]["sval"], levels)
        if (
            not single
            or not fields
            or "String" not in fields[0]
            or not any(level.has_target for level in levels)
        ):
            self.visit(body, levels, ctes)
            return
        name = ref["fields"][0]["String"]["sval"]
        item = None if self._column_matches(name, levels) else self._find_rel(levels, [name])
        if item is None or item.target is None:
            self.visit(body, levels, ctes)
            return
        column = fields[0]["String"]["sval"]
        self.mentioned.update((name, column))
        if column in item.target.served.shadow_names:
            self._inline_field(ref, item, column, levels)
        self.visit(fields[1:], levels, ctes)

    def _one_row_served(self, call: Node) -> ServedTable | None:
        """The served table one row of which a function call returns (`RETURNS accounts`, no
        function of its name the call could find returning a set), if it is one."""
        return self._served_returned(call, self.env.catalog.returns_one_row)

    def _served_returned(self, call: Node, returns: Callable[..., bool]) -> ServedTable | None:
        """The served table whose rows a function call returns, when the catalog's `returns`
        (`returns_one_row` or `returns_row_set`) says the call returns them that way."""
        if call.get("over") is not None or call.get("agg_star") or call.get("agg_filter"):
            return None
        funcname = names(call.get("funcname"))
        if not funcname:
            return None
        schema = funcname[-2] if len(funcname) >= 2 else None
        search_path = self.env.search_path
        if not returns(funcname[-1], search_path, schema):
            return None
        relation = self.env.catalog.rows_returned_by(funcname[-1], search_path, schema)
        return self.env.served.get(relation) if relation is not None else None

    def _set_arms(self) -> set[int]:
        """The ids of the queries whose rows the statement's own set operation gives."""
        arms: set[int] = set()
        pending = [self.root] if self.root_kind == "SelectStmt" else []
        while pending:
            body = pending.pop()
            if body.get("op", "SETOP_NONE") == "SETOP_NONE":
                arms.add(id(body))
            else:
                pending += [unwrap(body["larg"], "SelectStmt"), unwrap(body["rarg"], "SelectStmt")]
        return arms

    def _set_served(self, call: Node) -> ServedTable | None:
        """The served table whose rows a function call returns as a set (`RETURNS SETOF
        accounts`, every function of its name the call could find), if it is one."""
        return self._served_returned(call, self.env.catalog.returns_row_set)

    def _row_call_star(self, target: Node) -> None:
        """`SELECT (f(…)).*` where f returns one row of a table with served columns: noted
        for `_expand_row_call_stars`."""
        indirection = (target.get("val") or {}).get("A_Indirection") or {}
        fields = indirection.get("indirection", ())
        call = (indirection.get("arg") or {}).get("FuncCall")
        if call is None or len(fields) != 1 or "A_Star" not in fields[0]:
            return
        served = self._one_row_served(call)
        tokens = self.tokens.tokens
        opening = self.tokens.index_at(call["location"]) - 1
        if served is None or opening < 0 or tokens[opening].name != "ASCII_40":
            return
        opening, close = self.tokens.outermost_parens(opening, self.tokens.matching_paren(opening))
        if close + 2 >= len(tokens) or [t.name for t in tokens[close + 1 : close + 3]] != [
            "ASCII_46",
            "ASCII_42",
        ]:
            return
        self.row_call_stars.append((tokens[opening].start, tokens[close + 2].end, call, served))

    def _expand_row_call_stars(self) -> None:
        """`(f(…)).*` becomes one sub-select over the call in FROM per column of the row, the
        shadow columns read by the row's key, as Postgres itself calls f once per column. Only
        when nothing else in it is rewritten (the call's text is copied as written)."""
        for start, end, call, served in self.row_call_stars:
            if any(edit.start < end and edit.end > start for edit in self.edits):
                continue
            last = self._function_end(call["location"], False)
            key = served.row_key(ROW_ALIAS)
            primary_key = served.table.primary_key
            guard = f" WHERE {ROW_ALIAS}.{quote_ident(primary_key[0])} IS NOT NULL)" if key else ")"
            parts: list[Any] = []
            for column in served.table.columns:
                parts += [
                    ", " if parts else "",
                    f"(SELECT {ROW_ALIAS}.{quote_ident(column.name)} FROM ",
                    self._verbatim(call["location"], last.end),
                    f" AS {ROW_ALIAS}) AS {quote_ident(column.name)}",
                ]
            for served_column in served.columns:
                slot = ValueSlot(served_column, key, ROW_ALIAS)
                parts += [
                    ", (SELECT (SELECT ",
                    slot,
                    f"{guard} FROM ",
                    self._verbatim(call["location"], last.end),
                    f" AS {ROW_ALIAS}) AS {quote_ident(served_column.name)}",
                ]
            self.edits.append(Edit(start, end, parts))

    def _row_call_output(self, target: Node, named: bool) -> None:
        """`SELECT f(…)` where f returns one row of a table with served columns, as an output
        of the statement itself: the row has the table's row type, without the shadow columns,
        so it is built from the call in FROM of a sub-select with them (NULL for the row of
        NULLs of a call that found nothing), named as Postgres names the call; `named`: the
        output is reported with the table's row type (not for set operations). Not below the
        statement's own select list, where a query could name the row's fields (the `record`
        has none Postgres knows), nor for CREATE TABLE AS."""
        call = (target.get("val") or {}).get("FuncCall")
        served = self._one_row_served(call) if call is not None else None
        rows = None if served is not None or call is None else self._set_served(call)
        if served is None and rows is None:
            return
        served = served or rows
        name = target.get("name") or names(call.get("funcname"))[-1]
        alias = "" if target.get("name") else f" AS {quote_ident(name)}"
        self._row_of_call(call, served, alias, rows is not None)
        if named:
            self.row_outputs.append((name, served, ()))

    def _row_to_json_argument(self, body: Node) -> None:
        """`row_to_json(f(…))`, `to_jsonb(f(…))`…: the row f returns, as `_row_call_output`
        builds it (the json functions take any `record`)."""
        funcname = names(body.get("funcname"))
        args = body.get("args", ())
        if funcname[:-1] not in ([], ["pg_catalog"]) or funcname[-1:] == []:
            return
        if funcname[-1] not in _JSON_OF_ROW or not args or body.get("over") is not None:
            return
        call = args[0].get("FuncCall")
        served = self._one_row_served(call) if call is not None else None
        if served is not None:
            self._row_of_call(call, served, "")

    def _row_of_call(self, call: Node, served: ServedTable, alias: str, rows: bool = False) -> None:
        """Edits making the call `call` a sub-select giving the row it returns with the shadow
        columns of `served`, followed by `alias`; for a function returning a set of rows
        (`rows`), `unnest(ARRAY(…))` of such a sub-select, a set-returning call as f is."""
        key = served.row_key(ROW_ALIAS)
        primary_key = served.table.primary_key
        guard = f" WHERE {ROW_ALIAS}.{quote_ident(primary_key[0])} IS NOT NULL)" if key else ")"
        # The row of a derived table, so that its columns keep their names (row_to_json).
        outer = '"pgstitch_call"'
        head: list[str | ValueSlot] = ["unnest(ARRAY(SELECT " if rows else "(SELECT "]
        if key and not rows:
            first = quote_ident(primary_key[0])
            head.append(f"CASE WHEN {outer}.{first} IS NULL THEN NULL ELSE {outer} END")
        else:
            head.append(outer)
        head.append(" FROM (SELECT " + ", ".join(served.live_columns_sql(ROW_ALIAS)))
        for column in served.columns:
            slot = ValueSlot(column, key, ROW_ALIAS)
            head += [", (SELECT ", slot, f"{guard} AS {quote_ident(column.name)}"]
        head.append(" FROM ")
        start = call["location"]
        last = self._function_end(start, False)
        self.edits.append(Edit(start, start, head))
        end = "))" if rows else ")"
        closing = [self._verbatim(last.start, last.end), f" AS {ROW_ALIAS}) AS {outer}{end}{alias}"]
        self.edits.append(Edit(last.start, last.end, closing))

    def _field_of_row_call(self, call: Node, column: str, body: Node) -> None:
        """`(f(…)).c` where f returns one row of a table with served column c (`RETURNS
        accounts`): the row has the table's row type, which lacks the column (42703), so the
        field becomes a sub-select over the call in FROM, which reads the column by the row's
        key as a FROM item of the function does (NULL for the row of NULLs of a call that
        found nothing)."""
        served = self._one_row_served(call)
        rows = None if served is not None else self._set_served(call)
        served = served or rows
        served_column = (
            next((c for c in served.columns if c.name == column), None) if served else None
        )
        if served is None or served_column is None:
            return
        if rows is not None and served_column.type_sql.endswith("]"):
            return  # ARRAY(…) of arrays is one array of more dimensions, which unnest flattens
        tokens = self.tokens.tokens
        opening = self.tokens.index_at(call["location"]) - 1
        if opening < 0 or tokens[opening].name != "ASCII_40":
            return
        close = self.tokens.matching_paren(opening)
        inner_opening, inner_close = opening, close
        # `((f(…))).c`: the outermost parentheses, which the field follows.
        opening, close = self.tokens.outermost_parens(opening, close)
        if close + 2 >= len(tokens) or tokens[close + 1].name != "ASCII_46":
            return
        key = served.row_key(ROW_ALIAS)
        primary_key = served.table.primary_key
        guard = f" WHERE {ROW_ALIAS}.{quote_ident(primary_key[0])} IS NOT NULL)" if key else ")"
        slot = ValueSlot(served_column, key, ROW_ALIAS)
        if rows is not None:
            # A set-returning call: `unnest(ARRAY(…))` gives the rows one by one, as f does;
            # cast to the column's type, whose modifier (numeric(5,2), varchar(20)) unnest
            # would lose, and named as Postgres names the field where it is an output.
            head = ["unnest(ARRAY(SELECT (SELECT ", slot, f"{guard} FROM "]
            alias = f" AS {quote_ident(column)}" if id(body) in self.unnamed_outputs else ""
            tail = [f" AS {ROW_ALIAS}))::{served_column.type_sql}{alias}"]
            target = self.cast_outputs.get(id(body))
            if target is not None:
                end = self._target_end(target)
                self.edits.append(Edit(end, end, [f" AS {quote_ident(column)}"]))
        else:
            head = ["(SELECT (SELECT ", slot, f"{guard} AS {quote_ident(column)} FROM "]
            tail = [f" AS {ROW_ALIAS})"]
        if rows is not None:
            # Errors of the set-returning call (not allowed in WHERE…) point at the function.
            self.edits.append(Edit(tokens[opening].start, tokens[inner_opening].end, []))
            self.edits.append(Edit(call["location"], call["location"], head))
        else:
            self.edits.append(Edit(tokens[opening].start, tokens[inner_opening].end, head))
        self.edits.append(Edit(tokens[inner_close].start, tokens[close + 2].end, tail))

    def _paren_row_attribute(self, ref: Node, function: str, levels: tuple[Level, ...]) -> None:
        """`(t).f` where t has no column f and f takes t's row type: `f(t)` to Postgres, which
        gets the same treatment as `_row_argument`."""
        tables = self.env.catalog.row_functions.get(function)
        if not tables:
            return
        item = self._whole_row_item(ref, levels)
        if item is None or item.columns is None or function in item.columns:
            return
        if item is self.returned and self.returned_table.key in tables:
            self._returned_row(ref, False)
        elif item.candidate is not None and item.candidate.served.key in tables:
            self.row_arguments.append((ref, item.candidate, False))

    def _returned_row_sql(self) -> str | None:
        """`ROW(t.c1, …)::schema.table` of an INSERT's target in RETURNING, built from the live
        columns of the derived row RETURNING reads."""
        schema, name = self.returned_table.key
        table = self.env.catalog.get(schema, name)
        if table is None:
            return None
        row = quote_ident(self.returned.refname)
        columns = ", ".join(f"{row}.{quote_ident(c.name)}" for c in table.columns)
        return f"ROW({columns})::{quote_ident(schema)}.{quote_ident(name)}"

    def _returned_row(self, ref: Node, star: bool) -> None:
        """The whole row of an INSERT's target passed to a function taking its row type, in
        RETURNING."""
        row = self._returned_row_sql()
        if row is not None:
            start = ref["location"]
            self.edits.append(Edit(start, read_dotted(self.buf, start, 1, star), [row]))
            self.inlined.add(id(ref))

    def _returned_attribute(self, ref: Node, function: str) -> None:
        """`t.f` of an INSERT's target in RETURNING, f taking its row type: `f(ROW(…))`."""
        row = self._returned_row_sql()
        if row is not None:
            start = ref["location"]
            call = f"{quote_ident(function)}({row})"
            self.edits.append(Edit(start, read_dotted(self.buf, start, 2), [call]))
            self.inlined.add(id(ref))

    def _inline_field(self, ref: Node, item: Item, column: str, levels: tuple[Level, ...]) -> None:
        """Replace `(t).c` by the value of shadow column c."""
        tokens = self.tokens.tokens
        index = self.tokens.index_at(ref["location"])
        shape = [t.name for t in tokens[index - 1 : index + 4]]
        if index < 1 or shape[:1] != ["ASCII_40"] or shape[2:4] != ["ASCII_41", "ASCII_46"]:
            self._refuse_whole_row(item, ref.get("location"))
        start, end = tokens[index - 1].start, tokens[index + 3].end
        self._replace_with_value(ref, start, end, item, column, levels)

    def _refuse_whole_row(self, item: Item, location: int | None) -> None:
        table = item.target.served.table
        raise Refused(
            "0A000",
            f"pgstitch cannot read this whole-row reference to {table.schema}.{table.name},"
            " which has shadow columns; name the columns",
            location,
        )

    def _inline_whole_row(
        self, ref: Node, item: Item, parts_count: int, star: bool, levels: tuple[Level, ...]
    ) -> None:
        """`t` or `t.*` of a target: the row of a derived table holding the shadow columns too."""
        self._check_visible(ref, item, item.refname or "", levels)
        target = item.target
        start = ref["location"]
        if target.excluded and target.mode in (PROPOSED, AS_IS):
            if target.mode == AS_IS:
                raise Refused(
                    "0A000",
                    "pgstitch cannot yet read the whole EXCLUDED row in the value of a shadow"
                    " column; name the columns",
                    start,
                )
            end = read_dotted(self.buf, start, parts_count, star=star)
            self.edits.append(Edit(start, end, [ProposedValue(None)]))
            self.inlined.add(id(ref))
            return
        name = target.qualifier
        parts: list = [f"(SELECT {name} FROM (SELECT "]
        parts += self._target_columns(item)
        parts.append(f") AS {name})")
        end = read_dotted(self.buf, start, parts_count, star=star)
        self.edits.append(Edit(start, end, parts))
        self.inlined.add(id(ref))

    def _check_visible(self, ref: Node, item: Item, name: str, levels: tuple[Level, ...]) -> None:
        """The inlined value names the target by its alias: no nearer FROM item may hide it."""
        owner = next(i for i, level in enumerate(levels) if item in level.items)
        for level in levels[owner + 1 :]:
            if any(i.rel_visible and i.refname == item.refname for i in level.items):
                raise Refused(
                    "0A000",
                    f"pgstitch cannot resolve shadow column {name} here: the name"
                    f" {item.refname} is hidden by a nearer FROM item; use another alias",
                    ref.get("location"),
                )

    @staticmethod
    def _slot(target: Target, column: ServedColumn) -> ValueSlot | ProposedValue | None:
        """What stands for a target's shadow column here (None: leave the reference alone)."""
        if target.excluded:
            if target.mode == PROPOSED:
                return ProposedValue(column.name)
            if target.mode == AS_IS:
                return None
            return ValueSlot(column, None)
        key = target.served.row_key(target.qualifier)
        if key is None and target.qualifier:
            # A table without a primary key is written untouched: the qualifier is its row.
            return ValueSlot(column, None, target.qualifier, anchor_sql=f"{target.qualifier}.ctid")
        if target.mode == NEW:
            return ValueSlot(column, key, target.qualifier, vals_sql=target.vals_sql)
        return ValueSlot(column, key, target.qualifier, fresh=target.mode == FRESH)

    def _inline(self, body: Node, item: Item, name: str, levels: tuple[Level, ...]) -> None:
        """Replace a reference to a target's shadow column by the value expression."""
        start = body["location"]
        end = read_dotted(self.buf, start, len(body["fields"]))
        self._replace_with_value(body, start, end, item, name, levels)

    def _replace_with_value(
        self, ref: Node, start: int, end: int, item: Item, name: str, levels: tuple[Level, ...]
    ) -> None:
        target = item.target
        self._check_visible(ref, item, name, levels)
        slot = self._slot(target, target.served.column(name))
        if slot is None:
            return
        if id(ref) in self.name_sources:
            parts: list[str | ValueSlot] = ["(SELECT ", slot, f" AS {quote_ident(name)})"]
        else:
            parts = ["(", slot, ")" + self._xml_name(ref, ref.get("location"), name)]
        self.edits.append(Edit(start, end, parts))
        self.inlined.add(id(ref))

    # -- modification statements -----------------------------------------------------------------

    def _target_item(self, rel: Node) -> Item:
        schema = rel.get("schemaname")
        name = rel["relname"]
        alias = rel.get("alias")
        refname = alias["aliasname"] if alias else name
        table = self.env.catalog.resolve(name, self.env.search_path, schema)
        served = self.env.served.get((table.schema, table.name)) if table else None
        if served is not None:
            columns: tuple[str, ...] | None = served.all_names
        else:
            columns = table.column_names if table else None
        return Item(
            refname,
            columns,
            schema=None if alias or table is None else table.schema,
            target=Target(served, quote_ident(refname)) if served else None,
            star_sql=f"{quote_ident(refname)}.*",
            relation=table is not None,
        )

    def _check_write(self, item: Item, column: str | None, form: str, location: Any) -> None:
        """Refuse a write to a shadow column where pgstitch cannot rewrite it."""
        if item.target is None or column not in item.target.served.shadow_names:
            return
        table = item.target.served.table
        name = f"{table.schema}.{table.name}.{column}"
        if not table.primary_key:
            raise Refused(
                "0A000",
                f"pgstitch cannot write shadow column {name}: table {table.schema}.{table.name}"
                " has no primary key to keep its values under",
                location,
            )
        raise Refused(
            "0A000",
            f"pgstitch cannot yet write shadow column {name} with {form}"
            + ("" if form.startswith(("MERGE", "COPY")) else " inside another statement"),
            location,
        )

    def _check_key_change(self, item: Item, target: Node, conflict: bool = False) -> None:
        """Parked values are kept under the primary key: refuse changing it.

        `SET k = EXCLUDED.k` in ON CONFLICT DO UPDATE keeps the key when the conflict is on it
        (`conflict`), and is common in upserts that set every column; it is let through. On
        another unique key it would move the row to another key, leaving its values behind.
        """
        if item.target is None:
            return
        table = item.target.served.table
        name = target.get("name")
        if name not in table.primary_key:
            return
        ref = (_assigned_expression(target) or {}).get("ColumnRef")
        if conflict and ref is not None and names(ref["fields"]) == ["excluded", name]:
            self._keep_key_text(item.target, name, ref)
            return
        raise Refused(
            "0A000",
            f"pgstitch cannot yet change primary key column {name} of {table.schema}."
            f"{table.name}, which has shadow columns",
            target.get("location"),
        )

    def _keep_key_text(self, target: Target, name: str, ref: Node) -> None:
        """`SET k = EXCLUDED.k` with the primary key as arbiter keeps the row's key, but an
        equal key may be written otherwise (numeric 1.0 and 1.000, float -0 and 0, another case
        under a case-insensitive collation) and parked values are kept under the key's text.
        For a key column of such a type the value fails with 0A000 when its text would change,
        instead of leaving the row's parked values under the old text."""
        table = target.served.table
        column = table.column(name)
        if column is None or column.key_type_oid in STABLE_KEY_TYPES:
            return
        oid = column.key_type_oid
        proposed = f'"excluded".{quote_ident(name)}'
        existing = f"{target.qualifier}.{quote_ident(name)}"
        same = (
            f"{single_key_sql(key_column_sql(proposed, oid), oid)}"
            f" = {single_key_sql(key_column_sql(existing, oid), oid)}"
        )
        message = (
            f"pgstitch cannot yet set primary key column {name} of {table.schema}.{table.name},"
            f" which has shadow columns, to EXCLUDED.{name} in ON CONFLICT DO UPDATE when the"
            " proposed key equals the row's but is written differently (1.0 and 1.00, another"
            " case): its parked values are kept under the key as written"
        )
        start = ref["location"]
        parts: list = [f"CASE WHEN {same} THEN {proposed} ELSE (", RaiseSlot("0A000", message)]
        parts.append(f")::{column.qualified_type} END")
        self.edits.append(Edit(start, read_dotted(self.buf, start, 2), parts))

    def _check_key_move(self, item: Item, target: Node) -> None:
        """A rewritten UPDATE may change a primary key column: the parked values move to the
        new key, computed once to move them and once more by the statement itself. So the
        value must be one that cannot change in between: no function calls, no sub-queries,
        no DEFAULT (a sequence), a plain `k = …`."""
        table = item.target.served.table
        name = target.get("name")
        if name not in table.primary_key:
            return
        value = target.get("val") or {}
        why = None
        if target.get("indirection"):
            why = "by subscript or field"
        elif "MultiAssignRef" in value:
            why = "in a multiple-column assignment"
        elif "SetToDefault" in value:
            why = "to DEFAULT"
        elif any(kind in d for d in dicts(value) for kind in _COMPUTED):
            why = "to a value computed with functions or sub-queries"
        if why is not None:
            raise Refused(
                "0A000",
                f"pgstitch cannot yet change primary key column {name} of {table.schema}."
                f"{table.name}, which has shadow columns, {why}; assign it a plain value",
                target.get("location"),
            )

    def _assignments(
        self, targets: list[Node], item: Item, form: str, levels: tuple[Level, ...], ctes: dict
    ) -> None:
        """SET lists (and MERGE's INSERT column lists): refuse writes to shadow columns and
        changes of the primary key, walk the values."""
        for node in targets:
            target = node["ResTarget"]
            self._check_write(item, target.get("name"), form, target.get("location"))
            if form != "MERGE … INSERT":
                self._check_key_change(item, target, form == "ON CONFLICT DO UPDATE")
            self._assigned_value(target, levels, ctes)

    def _assigned_value(self, target: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        value = target.get("val")
        if value and "MultiAssignRef" in value:
            multi = value["MultiAssignRef"]
            source = multi.get("source") or {}
            args = (source.get("RowExpr") or {}).get("args") or ()
            colno = multi.get("colno", 1)
            if len(args) == multi.get("ncolumns", 0):
                # (a, b) = (x, y): each value is walked as its own column's assignment.
                self.visit(args[colno - 1], levels, ctes)
            elif colno == 1:
                # (a, b) = (SELECT …) repeats the source under every column; walk it once.
                self.visit(source, levels, ctes)
            return
        self.visit(value, levels, ctes)

    def _write_assignments(
        self,
        targets: list[Node],
        item: Item,
        levels: tuple[Level, ...],
        ctes: dict,
        excluded: Target | None = None,
        on_key: bool = False,
    ) -> None:
        """SET lists of a rewritten write: a shadow column's value reads the last committed
        values of the locked row; so does a live column's in ON CONFLICT, where the row is
        locked before its SET list is evaluated. `on_key`: ON CONFLICT's arbiter is the
        primary key, so `SET k = EXCLUDED.k` keeps the key."""
        target_of = item.target
        for index, node in enumerate(targets):
            target = node["ResTarget"]
            name = target.get("name")
            if excluded is None:
                self._check_key_move(item, target)
            else:
                self._check_key_change(item, target, on_key)
            shadow = name in target_of.served.shadow_names
            if shadow:
                _refuse_multiple_source(target)
            if shadow and (target.get("indirection") or not _multiple_ok(node, targets, excluded)):
                table = target_of.served.table
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet assign shadow column {table.schema}.{table.name}."
                    f"{name} in a {_assignment_form(target, excluded)}; write {name} = …",
                    target.get("location"),
                )
            refuse_untyped_array(target.get("val"))
            refuse_aggregates(target.get("val"), "UPDATE")
            refuse_set_returning(target.get("val"), "UPDATE")
            reads_fresh = shadow or _shared_source_assigns_shadow(targets, index, target_of)
            target_of.mode = FRESH if reads_fresh or excluded is not None else SNAPSHOT
            if excluded is not None:
                excluded.mode = AS_IS if shadow else PROPOSED
            self._assigned_value(target, levels, ctes)

    def _target_level(self, item: Item) -> Level:
        return Level([item], item.target is not None)

    def _root_write(self, body: Node, item: Item) -> bool:
        """True when `body` is the statement itself and writes a table with served columns
        and a primary key: a write pgstitch rewrites."""
        return (
            (body is self.root or body is self.cte_write)
            and item.target is not None
            and bool(item.target.served.table.primary_key)
        )

    def _refuse_current_of(self, body: Node, item: Item, form: str) -> None:
        if "CurrentOfExpr" in (body.get("whereClause") or {}):
            table = item.target.served.table
            raise Refused(
                "0A000",
                f"pgstitch cannot yet run {form} … WHERE CURRENT OF on {table.schema}."
                f"{table.name}, which has shadow columns",
                None,
            )

    def _set_write(self, plan: WritePlan) -> None:
        """The one write of the statement pgstitch rewrites."""
        if self.write is not None:
            raise Refused(
                "0A000",
                "pgstitch cannot yet run a statement whose WITH writes shadow columns of"
                f" {self.write.served.table.schema}.{self.write.served.table.name} beside"
                " another write to a table with shadow columns; send them one by one",
                None,
            )
        self.write = plan

    def _check_cte_write(self, body: Node, target: Item, form: str) -> None:
        """A write in WITH is rewritten in place, its helper queries joining the WITH list:
        one without a WITH of its own, and (UPDATE) not moving rows to other keys."""
        table = target.target.served.table
        moving = form == "UPDATE" and any(
            node["ResTarget"].get("name") in table.primary_key
            for node in body.get("targetList", ())
        )
        if body.get("withClause") or moving:
            raise Refused(
                "0A000",
                f"pgstitch cannot yet write shadow columns of {table.schema}.{table.name} in"
                f" an {form} inside WITH that "
                + ("has a WITH of its own" if body.get("withClause") else "changes the key"),
                None,
            )

    def _plan(self, kind: str, body: Node, item: Item, **extra: Any) -> WritePlan:
        target = item.target
        return WritePlan(kind, body, target.served, target.qualifier, item.refname or "", **extra)

    def _update(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        ctes = self._with(body.get("withClause"), levels, ctes)
        target = self._target_item(body["relation"])
        level = self._target_level(target)
        for item in body.get("fromClause", ()):
            self._from_item(item, levels, level, ctes)
        inner = (*levels, level)
        assignments = body.get("targetList", ())
        # Writing a shadow column, or changing the primary key (parked values move with it).
        writes = self._root_write(body, target) and any(
            node["ResTarget"].get("name") in target.target.served.shadow_names
            or node["ResTarget"].get("name") in target.target.served.table.primary_key
            for node in assignments
        )
        if not writes:
            self._assignments(assignments, target, "UPDATE … SET", inner, ctes)
            self.visit(body.get("whereClause"), inner, ctes)
            self._returning(body, target, level, inner, ctes)
            return
        self._refuse_current_of(body, target, "UPDATE")
        if body is self.cte_write:
            self._check_cte_write(body, target, "UPDATE")
        self._write_assignments(assignments, target, inner, ctes)
        target.target.mode = SNAPSHOT
        self.visit(body.get("whereClause"), inner, ctes)
        target.target.mode = NEW
        target.target.vals_sql = NEW_VALS
        self._returning(body, target, level, inner, ctes)
        self._set_write(self._plan("update", body, target))

    def _delete(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        ctes = self._with(body.get("withClause"), levels, ctes)
        target = self._target_item(body["relation"])
        level = self._target_level(target)
        for item in body.get("usingClause", ()):
            self._from_item(item, levels, level, ctes)
        inner = (*levels, level)
        self.visit(body.get("whereClause"), inner, ctes)
        self._returning(body, target, level, inner, ctes)
        if self._root_write(body, target):
            self._refuse_current_of(body, target, "DELETE")
            self._set_write(self._plan("delete", body, target))

    def _insert(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        ctes = self._with(body.get("withClause"), levels, ctes)
        target = self._target_item(body["relation"])
        if self._root_write(body, target):
            self._write_insert(body, target, levels, ctes)
            return
        columns = body.get("cols", ())
        for node in columns:
            column = node["ResTarget"]
            self._check_write(target, column.get("name"), "INSERT", column.get("location"))
        if target.target is not None and target.target.served.table.primary_key:
            # Its new rows' shadow columns would have to be parked with their defaults: values
            # a TRUNCATE or a nested DELETE left under a reused key would show through.
            table = target.target.served.table
            raise Refused(
                "0A000",
                f"pgstitch cannot yet insert rows into {table.schema}.{table.name}, which has"
                " shadow columns, inside another statement (WITH, EXPLAIN, PREPARE); send the"
                " INSERT on its own",
                body["relation"].get("location"),
            )
        select = body.get("selectStmt")
        if select:
            self.visit(select, levels, ctes)
            if not columns:
                self._check_positional(target, self._query_outputs(select), "INSERT")
        conflict = body.get("onConflictClause")
        if conflict:
            excluded = Item("excluded", target.columns, cols_visible=False)
            if target.target is not None:
                excluded.target = Target(target.target.served, '"excluded"', excluded=True)
            level = Level([target, excluded], target.target is not None)
            inner = (*levels, level)
            self._check_arbiter(conflict, target)
            self.visit(conflict.get("infer"), inner, ctes)
            self._assignments(
                conflict.get("targetList", ()), target, "ON CONFLICT DO UPDATE", inner, ctes
            )
            self.visit(conflict.get("whereClause"), inner, ctes)
        level = self._target_level(target)
        self._returning(body, target, level, (*levels, level), ctes)

    @staticmethod
    def _check_arbiter(conflict: Node, target: Item) -> None:
        """ON CONFLICT's arbiter naming a shadow column. No unique index can hold a column the
        table does not have: were it real and unindexed, Postgres would find no arbiter. A WHERE
        naming one only narrows which partial indexes qualify; it is refused, not guessed at."""
        if target.target is None:
            return
        served = {column.name for column in target.target.served.columns}
        infer = conflict.get("infer") or {}
        for element in infer.get("indexElems") or ():
            index_elem = element.get("IndexElem", {})
            if index_elem.get("name") in served or _names_any(index_elem.get("expr"), served):
                raise Refused(
                    "42P10",
                    "there is no unique or exclusion constraint matching the ON CONFLICT"
                    " specification",
                    None,
                )
        where = infer.get("whereClause")
        if _names_any(where, served):
            table = target.target.served.table
            raise Refused(
                "0A000",
                "pgstitch cannot yet choose an ON CONFLICT arbiter by a WHERE that names a shadow"
                f" column of {table.schema}.{table.name}",
                None,
            )

    def _write_insert(
        self, body: Node, target: Item, levels: tuple[Level, ...], ctes: dict
    ) -> None:
        """An INSERT rewritten to park every served column of its new rows."""
        if body is self.cte_write:
            self._check_cte_write(body, target, "INSERT")
        select = body.get("selectStmt")
        if select:
            rows = select.get("SelectStmt", {}).get("valuesLists", ())
            for row in rows:
                for value in row["List"].get("items", ()):
                    refuse_untyped_array(value)
                    refuse_aggregates(value, "VALUES")
                    if len(rows) > 1:
                        refuse_set_returning(value, "VALUES")
                    else:
                        self._refuse_rows_of_set_returning(value, target)
            self.visit(select, levels, ctes)
        conflict = body.get("onConflictClause")
        if conflict:
            excluded = Item("excluded", target.columns, cols_visible=False)
            excluded.target = Target(target.target.served, '"excluded"', excluded=True)
            level = Level([target, excluded], True)
            inner = (*levels, level)
            self._check_arbiter(conflict, target)
            self.visit(conflict.get("infer"), inner, ctes)
            self._write_assignments(
                conflict.get("targetList", ()),
                target,
                inner,
                ctes,
                excluded.target,
                conflict_on_primary_key(conflict, target.target.served.table),
            )
            target.target.mode = FRESH
            excluded.target.mode = PROPOSED
            self.visit(conflict.get("whereClause"), inner, ctes)
            target.target.mode = SNAPSHOT
        # RETURNING is evaluated over a derived row holding the shadow columns: nothing to
        # inline, so the target is a plain FROM item there.
        plain = Item(target.refname, target.columns, schema=target.schema, star_sql=target.star_sql)
        level = Level([plain])
        clause = body.get("returningClause")
        exprs = (clause.get("exprs") if clause else body.get("returningList")) or []
        self.returned = plain
        self.returned_table = target.target.served
        for node in exprs:
            refuse_aggregates(node["ResTarget"].get("val"), "RETURNING")
            self.visit(node["ResTarget"].get("val"), (*levels, level), ctes)
        self.returned = None
        self._note_returned_rows(exprs, plain, target.target.served, (*levels, level))
        names_ = [
            node["ResTarget"].get("name") or figure_colname(node["ResTarget"].get("val"))
            for node in exprs
        ]
        outputs = self._query_outputs(select) if select else ()
        system = tuple(sorted(SYSTEM_COLUMNS & self.mentioned)) if exprs else ()
        if system and target.refname in self.whole_rows:
            table = target.target.served.table
            raise Refused(
                "0A000",
                f"pgstitch cannot yet return system column {system[0]} together with the whole"
                f" row of {table.schema}.{table.name}, which has shadow columns; list the columns",
                None,
            )
        self._set_write(
            self._plan(
                "insert",
                body,
                target,
                select_outputs=outputs,
                returning_names=names_,
                system_columns=system,
            )
        )

    @staticmethod
    def _refuse_rows_of_set_returning(value: Node, target: Item) -> None:
        """One row of VALUES may call set-returning functions, giving several rows; pgstitch
        takes each VALUES row for one."""
        call = set_returning_call(value)
        if call is not None:
            table = target.target.served.table
            raise Refused(
                "0A000",
                f"pgstitch cannot yet insert into {table.schema}.{table.name}, which has shadow"
                " columns, the rows of a set-returning function in VALUES; use INSERT … SELECT",
                call.get("location"),
            )

    def _check_positional(self, item: Item, values: tuple[str, ...] | None, form: str) -> None:
        """Without a column list, values past the live columns would go to shadow columns."""
        if item.target is None or values is None:
            return
        live = len(item.target.served.table.columns)
        if len(values) > live:
            shadow = item.target.served.columns[
                min(len(values) - live, len(item.target.served.columns)) - 1
            ]
            self._check_write(item, shadow.name, f"{form} without a column list", None)

    def _merge(self, body: Node, levels: tuple[Level, ...], ctes: dict) -> None:
        ctes = self._with(body.get("withClause"), levels, ctes)
        target = self._target_item(body["relation"])
        level = self._target_level(target)
        self._from_item(body["sourceRelation"], levels, level, ctes)
        inner = (*levels, level)
        self.visit(body.get("joinCondition"), inner, ctes)
        for node in body.get("mergeWhenClauses", ()):
            clause = unwrap(node, "MergeWhenClause")
            self.visit(clause.get("condition"), inner, ctes)
            command = clause.get("commandType")
            form = "MERGE … INSERT" if command == "CMD_INSERT" else "MERGE … UPDATE SET"
            self._assignments(clause.get("targetList", ()), target, form, inner, ctes)
            if command == "CMD_INSERT" and target.target is not None:
                served = target.target.served
                if served.table.primary_key:
                    # Its new rows' shadow columns would have to be parked with their defaults.
                    self._check_write(target, served.columns[0].name, form, None)
            values = clause.get("values")
            if command == "CMD_INSERT" and values and not clause.get("targetList"):
                self._check_positional(target, tuple("?" for _ in values), "MERGE … INSERT")
            self.visit(values, inner, ctes)
        self._returning(body, target, level, inner, ctes)

    def _returning(
        self, body: Node, target: Item, level: Level, inner: tuple[Level, ...], ctes: dict
    ) -> None:
        clause = body.get("returningClause")
        exprs = clause.get("exprs") if clause else body.get("returningList")
        if not exprs:
            return
        for node in exprs:
            entry = node["ResTarget"]
            value = entry.get("val") or {}
            ref = value.get("ColumnRef")
            if ref is not None and "A_Star" in ref["fields"][-1] and target.target is not None:
                qualifier = names(ref["fields"][:-1])
                self.mentioned.update(qualifier)
                self.star = True
                self._note_expansion(ref, qualifier, True, inner)
                if not qualifier:
                    self._expand_star(ref, level)
                    continue
                if self._find_rel(inner, qualifier) is target:
                    self._expand_target_star(ref, target, len(qualifier))
                    continue
            if target.target is not None and self._target_row_star(value, target, inner):
                continue
            if "name" not in entry:
                self._mark_name_source(value)
            self.visit(value, inner, ctes)
        if body is self.root and target.target is not None:
            self._note_returned_rows(exprs, target, target.target.served, inner)
        self.outputs[id(body)] = self._output_names(exprs, level)

    def _note_returned_rows(
        self, exprs: list[Node], target: Item, served: ServedTable, levels: tuple[Level, ...]
    ) -> None:
        """Remember the whole rows of the root write's target (`target`, of the table `served`)
        that RETURNING outputs: each is read as a `record` that carries the shadow columns."""
        for node in exprs:
            found = self._whole_row_entry(node, levels)
            if found is not None and found[1] is target:
                self.row_outputs.append((found[0], served, ()))

    def _target_columns(self, target: Item) -> list[str | ValueSlot]:
        """`t.*` of a target, followed by its shadow columns."""
        served = target.target.served
        parts: list = [", ".join(served.live_columns_sql(target.target.qualifier))]
        for column in served.columns:
            if parts != [""]:
                parts.append(", ")
            parts += [self._slot(target.target, column), f" AS {quote_ident(column.name)}"]
        return parts

    def _expand_star(self, ref: Node, level: Level) -> None:
        parts: list[str | ValueSlot] = []
        for item in level.items:
            if not item.cols_visible:
                continue
            if parts:
                parts.append(", ")
            if item.target is not None:
                parts += self._target_columns(item)
            elif item.star_sql is None:
                raise Refused(
                    "0A000",
                    "pgstitch cannot yet expand RETURNING * over a join with USING or NATURAL"
                    " on a table with shadow columns; list the columns",
                    ref.get("location"),
                )
            else:
                parts.append(item.star_sql)
        start = ref["location"]
        self.edits.append(Edit(start, start + 1, parts))

    def _target_row_star(self, value: Node, target: Item, levels: tuple[Level, ...]) -> bool:
        """`(t).*` of the target in RETURNING: its columns, as `t.*` (the row of a derived
        table is a record, which `.*` cannot expand). True when it was one."""
        indirection = value.get("A_Indirection")
        if indirection is None or len(indirection.get("indirection", ())) != 1:
            return False
        if "A_Star" not in indirection["indirection"][0]:
            return False
        ref = (indirection.get("arg") or {}).get("ColumnRef")
        if ref is None or len(ref["fields"]) != 1 or "String" not in ref["fields"][0]:
            return False
        name = ref["fields"][0]["String"]["sval"]
        if self._column_matches(name, levels) or self._find_rel(levels, [name]) is not target:
            return False
        tokens = self.tokens.tokens
        index = self.tokens.index_at(ref["location"])
        shape = [t.name for t in tokens[index - 1 : index + 4]]
        if (
            index < 1
            or shape[:1] != ["ASCII_40"]
            or shape[2:] != ["ASCII_41", "ASCII_46", "ASCII_42"]
        ):
            return False
        self.mentioned.add(name)
        self.star = True
        start, end = tokens[index - 1].start, tokens[index + 3].end
        self.edits.append(Edit(start, end, self._target_columns(target)))
        return True

    def _expand_target_star(self, ref: Node, target: Item, qualifiers: int) -> None:
        start = ref["location"]
        end = read_dotted(self.buf, start, qualifiers, star=True)
        self.edits.append(Edit(start, end, self._target_columns(target)))

    # -- COPY ------------------------------------------------------------------------------------

    def _copy(self, body: Node) -> None:
        if body.get("query"):
            self.visit(body["query"], (), {})
            return
        rel = body.get("relation")
        if not rel:
            return
        table = self.env.catalog.resolve(
            rel["relname"], self.env.search_path, rel.get("schemaname")
        )
        served = self.env.served.get((table.schema, table.name)) if table else None
        if served is None:
            return
        attlist = names(body.get("attlist"))
        item = Item(rel["relname"], served.all_names, target=Target(served, ""))
        if body.get("is_from"):
            for column in attlist:
                self._check_write(item, column, "COPY FROM", rel.get("location"))
            if not attlist:
                self._check_write(
                    item,
                    served.columns[0].name,
                    "COPY FROM without a column list",
                    rel.get("location"),
                )
            return
        if table.kind != "r":
            return
        failure = _copy_column_error(table.name, served.all_names, attlist, body.get("options"))
        if failure is not None:
            # Postgres finds it when it runs COPY (not at Parse): the statement raises it then.
            error = RewriteError(*failure, position=None, statement=0)
            self.edits.append(Edit(*self.span, [error.raising_sql()]))
            return
        if attlist and served.shadow_names.isdisjoint(attlist):
            return
        start = rel["location"]
        end = read_dotted(self.buf, start, 1 + ("schemaname" in rel) + ("catalogname" in rel))
        after = skip_space(self.buf, end)
        if attlist and self.buf.startswith(b"(", after):
            index = self.tokens.index_at(after)
            end = self.tokens.tokens[self.tokens.matching_paren(index)].end
        select_list = ", ".join(quote_ident(c) for c in attlist) if attlist else "*"
        # `COPY t TO` copies the rows of t alone, never those of its inheritance children.
        only = {**rel, "inh": False}
        candidate = Candidate(only, served, rel["relname"], False, alias=rel["relname"])
        parts: list[str | ValueSlot] = [f"(SELECT {select_list} FROM "]
        parts += self._derived(candidate, ())
        parts.append(")")
        self.edits.append(Edit(start, end, parts))

    # -- finishing: wrapping FROM items ----------------------------------------------------------

    def _finish(self) -> None:
        self._wrap_candidates()
        self._check_row_types()
        self._check_polymorphic_rows()
        self._check_row_array_operators()
        self._refuse_stored_rows()
        self._refuse_row_fields()
        self._refuse_row_functions()
        self._refuse_rows_from()
        if self.write is not None:
            self._rewrite_write()
        self._expand_row_call_stars()

    def _note_set_types(self, body: Node) -> None:
        """Each column of a set operation: the values of its arms, leftmost first."""
        arms = list(_set_arms(body))
        scopes = [self.scopes.get(id(arm), ()) for arm in arms]
        lists = [
            self._output_values(arm.get("targetList"), scope[-1]) if scope else None
            for arm, scope in zip(arms, scopes, strict=True)
        ]
        if any(values is None for values in lists) or len({len(v) for v in lists}) != 1:
            return
        for position in range(len(lists[0])):
            values = [
                (values[position], scope) for values, scope in zip(lists, scopes, strict=True)
            ]
            self.type_unions.append((_SET_OPERATIONS.get(body.get("op", ""), ""), values))

    def _output_values(self, targets: list[Node] | None, level: Level) -> list[Any] | None:
        """The expression of each output column of a select list, a `*` and `t.*` giving one
        None per column; None when a `*`'s columns are not known."""
        entries = self._output_targets(targets, level)
        if entries is None:
            return None
        return [None if e is None else e["ResTarget"].get("val") for e in entries]

    def _output_targets(self, targets: list[Node] | None, level: Level) -> list[Any] | None:
        """The select list entry of each output column, a `*` and `t.*` giving one None per
        column; None when a `*`'s columns are not known."""
        if targets is None:
            return None
        out = list(self._each_output(targets, level))
        return None if out and out[-1] is _UNKNOWN_STAR else out

    def _each_output(self, targets: list[Node], level: Level) -> Iterator[Any]:
        """The select list entry of each output column in turn, None for each column of a `*`
        or `t.*`; `_UNKNOWN_STAR`, last, at a `*` whose columns are not known."""
        for target in targets:
            value = target["ResTarget"].get("val") or {}
            fields = (value.get("ColumnRef") or {}).get("fields")
            if fields and "A_Star" in fields[-1]:
                columns = self._star_columns(level, names(fields[:-1]))
                if columns is None:
                    yield _UNKNOWN_STAR
                    return
                yield from [None] * len(columns)
            else:
                yield target

    def _note_value_types(self, node: Any, levels: tuple[Level, ...]) -> None:
        """COALESCE, CASE, ARRAY[…], GREATEST and LEAST in one query level's expressions
        (not in its sub-queries, walked with their own scope)."""
        if type(node) is list:
            for child in node:
                self._note_value_types(child, levels)
            return
        if type(node) is not dict:
            return
        for key, value in node.items():
            if key in ("SubLink", "SelectStmt", "RangeSubselect"):
                continue
            if key == "CoalesceExpr":
                args = value.get("args", ())
                self.type_unions.append(("COALESCE", [(a, levels) for a in args]))
            elif key == "CaseExpr":
                results = [unwrap(w, "CaseWhen").get("result") for w in value.get("args", ())]
                if value.get("defresult") is not None:
                    results.insert(0, value["defresult"])
                self.type_unions.append(("CASE/WHEN", [(r, levels) for r in results]))
            elif key == "A_ArrayExpr":
                elements = value.get("elements", ())
                self.type_unions.append(("ARRAY", [(e, levels) for e in elements]))
            elif key == "MinMaxExpr":
                name = "GREATEST" if value.get("op") == "IS_GREATEST" else "LEAST"
                self.type_unions.append((name, [(a, levels) for a in value.get("args", ())]))
            self._note_value_types(value, levels)

    def _note_values_types(self, rows: list[Node], width: int, levels: tuple[Level, ...]) -> None:
        """Each column of a VALUES list: its rows' values, first row first, and the
        expressions inside them."""
        items = [unwrap(row, "List").get("items", ()) for row in rows]
        for item in items:
            self._note_value_types(item, levels)
        if len(items) < 2 or any(len(values) != width for values in items):
            return
        for position in range(width):
            self.type_unions.append(("VALUES", [(values[position], levels) for values in items]))

    def _check_row_types(self) -> None:
        """Whole rows of two tables, or arrays of them, given one type: Postgres cannot convert
        one row type to the other (42846). Once one is a wrapped table's `record`, Postgres
        would take them all as records, or say it cannot match `record` with the other
        (42804)."""
        for construct, values in self.type_unions:
            if not construct:
                continue
            typed = []
            for node, levels in values:
                if type(node) is dict and "A_Const" in node and node["A_Const"].get("isnull"):
                    continue
                shape = self._row_shape(node, levels)
                if shape is None:
                    break
                typed.append((*shape, first_location(node)))
            else:
                kinds = {(item.table, array) for item, array, _ in typed}
                wrapped = any(i.candidate is not None and i.candidate.wrapped for i, _, _ in typed)
                if len(kinds) < 2 or len({array for _, array in kinds}) > 1 or not wrapped:
                    continue
                common, index = self._common_row_type([item.table for item, _, _ in typed])
                if index is None:
                    self._refuse_converted_rows(common, typed[0][2])
                item, array, location = typed[index]
                brackets = "[]" if array else ""
                message = (
                    f"{construct} could not convert type {self._type_text(item.table)}{brackets}"
                    f" to {self._type_text(common)}{brackets}"
                )
                raise Refused("42846", message, location)

    def _common_row_type(self, tables: list[tuple[str, str]]) -> tuple[tuple[str, str], int | None]:
        """The row type Postgres gives values of these tables' row types (select_common_type:
        a partition's or an inheritance child's row converts to its ancestors'), and the
        position of the first value that cannot take it (None when all can)."""
        common = tables[0]
        for table in tables[1:]:
            if self._descends(common, table) and not self._descends(table, common):
                common = table
        for index, table in enumerate(tables):
            if table != common and not self._descends(table, common):
                return common, index
        return common, None

    def _descends(self, table: tuple[str, str], ancestor: tuple[str, str]) -> bool:
        """Whether a table is a partition or an inheritance child of another, at any depth."""
        by_oid = {t.oid: t for t in self.env.catalog.tables.values()}
        start = self.env.catalog.tables.get(table)
        todo, seen = list(start.parents if start is not None else ()), set()
        while todo:
            oid = todo.pop()
            parent = by_oid.get(oid)
            if parent is None or oid in seen:
                continue
            if parent.key == ancestor:
                return True
            seen.add(oid)
            todo += parent.parents
        return False

    def _refuse_converted_rows(self, common: tuple[str, str], location: Any) -> None:
        """Rows of a table and of its partitions or inheritance children given one type:
        Postgres converts them to the ancestor's row type, where the wrapped rows are
        `record`s of different columns."""
        raise Refused(
            "0A000",
            "pgstitch cannot yet convert the whole rows of a partition or inheritance child to"
            f" the row type of {self._type_text(common)}, whose tables have shadow columns;"
            " list the columns",
            location,
        )

    def _row_shape(self, node: Any, levels: tuple[Level, ...]) -> tuple[Item, bool] | None:
        """The FROM item whose row type an expression has, and whether it is an array of
        them: a whole-row reference or a subquery's column holding one, `ARRAY[a]`,
        `array_agg(a)`, `lag(a) OVER …`, `(SELECT a …)`, `ARRAY(SELECT a …)`, `coalesce(…)`,
        CASE, a subscript of such an array; None for any other expression."""
        if type(node) is not dict or not node:
            return None
        kind, body = next(iter(node.items()))
        if kind == "ColumnRef":
            return self._column_shape(body, levels) if levels else None
        if kind == "CoalesceExpr" or kind == "MinMaxExpr":
            return self._first_shape(body.get("args", ()), levels)
        if kind == "CaseExpr":
            results = [unwrap(w, "CaseWhen").get("result") for w in body.get("args", ())]
            return self._first_shape([body.get("defresult"), *results], levels)
        if kind == "A_Expr" and body.get("kind") == "AEXPR_NULLIF":
            return self._row_shape(body.get("lexpr"), levels)
        if kind == "A_ArrayExpr":
            shape = self._first_shape(body.get("elements", ()), levels)
            return (shape[0], True) if shape else None
        if kind == "A_Indirection":
            steps = body.get("indirection", ())
            shape = self._row_shape(body.get("arg"), levels)
            if not steps or shape is None or not shape[1]:
                return None
            if not all("A_Indices" in step for step in steps):
                return None
            slice_ = any(step["A_Indices"].get("is_slice") for step in steps)
            return shape[0], slice_
        if kind == "FuncCall":
            name = names(body.get("funcname"))[-1]
            args = body.get("args", ())
            if not args or body.get("agg_star"):
                return None
            if name in _ROW_WINDOW_FUNCTIONS:
                return self._row_shape(args[0], levels)
            if name == "unnest" and len(args) == 1:
                shape = self._row_shape(args[0], levels)
                return (shape[0], False) if shape is not None and shape[1] else None
            if name in _ARRAY_FUNCTIONS:
                shapes = [self._row_shape(a, levels) for a in args[: _ROW_PASSING.get(name, 1)]]
                shape = next((s for s in shapes if s is not None), None)
                return (shape[0], True) if shape else None
            return None
        if kind == "SubLink" and body.get("subLinkType") in ("EXPR_SUBLINK", "ARRAY_SUBLINK"):
            arm = next(_set_arms(unwrap(body.get("subselect") or {}, "SelectStmt")))
            targets = arm.get("targetList", ())
            scope = self.scopes.get(id(arm))
            if not targets or not scope:
                return None
            shape = self._row_shape(targets[0]["ResTarget"].get("val"), scope)
            if shape is None or body["subLinkType"] == "EXPR_SUBLINK":
                return shape
            return shape[0], True
        return None

    def _column_shape(self, ref: Node, levels: tuple[Level, ...]) -> tuple[Item, bool] | None:
        """The shape (`_row_shape`) of a whole-row reference, or of a subquery's or CTE's
        column by the expressions its query gives it (`s.r` of `(SELECT array_agg(a) AS r …)
        s`), which Postgres types with the table's row type."""
        if any("A_Star" in f for f in ref["fields"]):
            # `t.*` inside an expression is t's whole row.
            item = self._whole_row_item(ref, levels)
            return (item, False) if item is not None and item.table is not None else None
        items = [i for i in self._row_items(ref, levels, set()) if i.table is not None]
        if items:
            return items[0], False
        found = self._subquery_column(ref, levels)
        if found is None or id(found[0].query) in self.shaped_columns:
            return None
        self.shaped_columns.add(id(found[0].query))
        try:
            for value, scope in self._column_values(ref, levels):
                shape = self._row_shape(value, scope)
                if shape is not None:
                    return shape
            return None
        finally:
            self.shaped_columns.discard(id(found[0].query))

    def _first_shape(self, nodes: Any, levels: tuple[Level, ...]) -> tuple[Item, bool] | None:
        """The shape (`_row_shape`) of the first of some values that has one."""
        for node in nodes:
            shape = self._row_shape(node, levels)
            if shape is not None:
                return shape
        return None

    def _check_polymorphic_rows(self) -> None:
        """`array_append(array_agg(a), b)`, `lag(a, 1, b) OVER …`: whole rows of two tables
        given one type as a function's arguments. Postgres finds no such function (42883);
        once one is a wrapped table's `record`, it would take them all as records."""
        for body, levels in self.polymorphic_calls:
            name = names(body["funcname"])[-1]
            shown = []
            tables: list[tuple[str, str]] = []
            wrapped = False
            for arg, is_array in zip(
                body.get("args", ()), _POLYMORPHIC_ARGUMENTS[name], strict=False
            ):
                if is_array is None:
                    shown.append("integer")
                    continue
                shape = self._row_shape(arg, levels)
                item = shape[0] if shape is not None else None
                text = self._type_text(item.table) if item is not None else "unknown"
                shown.append(text + "[]" if is_array else text)
                if item is not None:
                    tables.append(item.table)
                    wrapped = wrapped or (item.candidate is not None and item.candidate.wrapped)
            if wrapped and len(set(tables)) > 1:
                common, index = self._common_row_type(tables)
                if index is None:
                    self._refuse_converted_rows(common, body.get("location"))
                message = f"function {name}({', '.join(shown)}) does not exist"
                raise Refused("42883", message, body.get("location"))

    def _check_row_array_operators(self) -> None:
        """`ARRAY[a] || b`, `array_agg(a) = array_agg(b)`, `ARRAY[a] @> ARRAY[b]`,
        `NULLIF(ARRAY[a], ARRAY[b])`, `ARRAY[a] IN (ARRAY[b])`: arrays of whole rows of two
        tables, or an array of one's and the other's row, as an operator's operands. Postgres
        finds no such operator (42883), where arrays of a wrapped table's `record`s would be
        concatenated or compared."""
        for body, levels in self.operators:
            if "subLinkType" in body:
                operator = (names(body.get("operName")) or ["="])[-1]
                left = self._row_shape(body["testexpr"], levels)
                arm = next(_set_arms(unwrap(body.get("subselect") or {}, "SelectStmt")))
                targets, scope = arm.get("targetList", ()), self.scopes.get(id(arm))
                value = targets[0]["ResTarget"].get("val") if targets and scope else None
                shapes = [self._row_shape(value, scope)] if value is not None else []
            else:
                operator = names(body.get("name"))[-1]
                left = self._row_shape(body["lexpr"], levels)
                right_node = body["rexpr"]
                rights = (
                    right_node["List"].get("items", ()) if "List" in right_node else [right_node]
                )
                shapes = [self._row_shape(r, levels) for r in rights]
            for right in shapes:
                if left is None or right is None:
                    continue
                wrapped = any(
                    i.candidate is not None and i.candidate.wrapped for i, _ in (left, right)
                )
                arrays = left[1] + right[1]
                if not wrapped or left[0].table == right[0].table:
                    continue
                if arrays < 2 and not (operator == "||" and arrays == 1):
                    continue
                if operator == "||":
                    common, index = self._common_row_type([left[0].table, right[0].table])
                    if index is None:
                        self._refuse_converted_rows(common, body.get("location"))
                shown = [
                    self._type_text(item.table) + ("[]" if array else "")
                    for item, array in (left, right)
                ]
                message = f"operator does not exist: {shown[0]} {operator} {shown[1]}"
                raise Refused("42883", message, body.get("location"))

    def _type_text(self, table: tuple[str, str] | None) -> str:
        """A table's row type as Postgres names it in messages."""
        schema, name = table or ("", "")
        if schema in self.env.search_path:
            return _message_ident(name)
        return f"{_message_ident(schema)}.{_message_ident(name)}"

    def _refuse_stored_rows(self) -> None:
        """CREATE TABLE AS and SELECT INTO would give a column holding a whole row of a
        wrapped table the type `record`, which no table column may have (42P16), where
        Postgres gives it the table's row type, which lacks the shadow columns here."""
        if self.stored_query is None:
            return
        for arm in _set_arms(self.stored_query):
            for node in arm.get("targetList", ()):
                target = node["ResTarget"]
                for item in self._row_values(target.get("val"), self.scopes.get(id(arm), ())):
                    candidate = item.candidate
                    if candidate is not None and candidate.wrapped:
                        raise Refused(
                            "0A000",
                            "pgstitch cannot store a whole row of table"
                            f" {candidate.served.table.name}, which has shadow columns, in a"
                            " new table (CREATE TABLE AS, SELECT INTO); list its columns or"
                            " store it as json",
                            target.get("location"),
                        )

    def _refuse_row_fields(self) -> None:
        """`(lag(t) OVER w).c`, `(array_agg(t))[1].c`, `((SELECT t …)).*`: Postgres names the
        fields of such an expression by its type, the table's row type, where a wrapped t's
        row is a `record` whose fields it cannot know before run time (42703)."""
        for node, levels in self.field_selections:
            ref = node.get("ColumnRef")
            values = self._column_values(ref, levels) if ref else [(node, levels)]
            for item in (i for value in values for i in self._row_values(*value)):
                candidate = item.candidate
                if candidate is not None and candidate.wrapped:
                    raise Refused(
                        "0A000",
                        "pgstitch cannot yet name a field of an expression giving a whole row"
                        f" of table {candidate.served.table.name}, which has shadow columns;"
                        " name the column in the query that reads the row",
                        first_location(node),
                    )

    def _refuse_row_functions(self) -> None:
        """`unnest(array_agg(t))`, `unnest(s.rows)` in FROM: Postgres gives the function the
        columns of its row type, where a wrapped t's rows are `record`s, whose columns it
        asks a column definition list for (42601)."""
        for call, levels in self.from_functions:
            body = call.get("FuncCall")
            if body is None:
                continue
            name = names(body.get("funcname"))[-1]
            args = body.get("args", ())[: _ROW_PASSING.get(name, 0)]
            values = [(call, levels)]
            for arg in args:
                ref = arg.get("ColumnRef")
                values += self._column_values(ref, levels) if ref else []
            for item in (i for value in values for i in self._row_values(*value)):
                candidate = item.candidate
                if candidate is not None and candidate.wrapped:
                    raise Refused(
                        "0A000",
                        f"pgstitch cannot yet read in FROM the rows of table"
                        f" {candidate.served.table.name}, which has shadow columns, that"
                        f" {name}() gives; name the columns in the query that reads the rows",
                        body.get("location"),
                    )

    def _column_values(
        self, ref: Node, levels: tuple[Level, ...]
    ) -> list[tuple[Node, tuple[Level, ...]]]:
        """The expressions a subquery's column (`x.c`, or an unqualified `c`) holds, one for
        each arm of its query, with their scopes; none where Postgres finds the row type of
        the column by itself (a whole-row reference, which it follows into the subquery), but
        every row's value where the leftmost arm is a VALUES list, which it does not follow."""
        found = self._subquery_column(ref, levels)
        if found is None:
            return []
        values = [
            (value, scope)
            for value, scope in self._arm_values(*found)
            if type(value) is dict and "ColumnRef" not in value
        ]
        # Postgres follows a column to the leftmost arm of its query, but not into a VALUES
        # list: a wrapped table's whole row there is a `record` whose fields it cannot name
        # (42809), where the table's row type has them.
        item, position = found
        leftmost = next(_set_arms(unwrap(item.query, "SelectStmt")))
        scope = self.values_scopes.get(id(leftmost))
        for row in leftmost.get("valuesLists", ()) if scope is not None else ():
            row_items = unwrap(row, "List").get("items", ())
            if position < len(row_items):
                values.append((row_items[position], scope))
        return values

    def _row_values(self, node: Any, levels: tuple[Level, ...]) -> Iterator[Item]:
        """The FROM items whose whole row an output expression is, or holds as an array's
        elements (`a`, `coalesce(a, b)`, `array_agg(a)`, `lag(a) OVER …`, `(SELECT a …)`)."""
        if type(node) is not dict or not node:
            return
        kind, body = next(iter(node.items()))
        if kind == "ColumnRef":
            if levels and not any("A_Star" in field for field in body["fields"]):
                item = self._whole_row_item(body, levels)
                if item is not None:
                    yield item
        elif kind == "CoalesceExpr" or kind == "MinMaxExpr":
            for arg in body.get("args", ()):
                yield from self._row_values(arg, levels)
        elif kind == "A_ArrayExpr":
            for element in body.get("elements", ()):
                yield from self._row_values(element, levels)
        elif kind == "CaseExpr":
            for when in body.get("args", ()):
                yield from self._row_values(unwrap(when, "CaseWhen").get("result"), levels)
            yield from self._row_values(body.get("defresult"), levels)
        elif kind == "A_Expr" and body.get("kind") == "AEXPR_NULLIF":
            yield from self._row_values(body.get("lexpr"), levels)
        elif kind == "TypeCast" or (
            kind == "A_Indirection"
            and all("A_Indices" in step for step in body.get("indirection", ()))
        ):
            yield from self._row_values(body.get("arg"), levels)
        elif kind == "FuncCall":
            name = names(body.get("funcname"))[-1]
            if name in _ROW_PASSING and body.get("args"):
                for arg in body["args"][: _ROW_PASSING[name]]:
                    yield from self._row_values(arg, levels)
        elif kind == "SubLink" and body.get("subLinkType") in ("EXPR_SUBLINK", "ARRAY_SUBLINK"):
            for arm in _set_arms(unwrap(body.get("subselect") or {}, "SelectStmt")):
                targets = arm.get("targetList", ())
                if targets:
                    value = targets[0]["ResTarget"].get("val")
                    yield from self._row_values(value, self.scopes.get(id(arm), ()))

    def _rewrite_write(self) -> None:
        """Replace the whole statement by its rewrite as a write (see proxy/rewrite/writes.py);
        for an UPDATE in WITH, replace its query, its helper queries going before its CTE."""
        if self.write_cte is None:
            clauses = Clauses(self.tokens)
        else:
            first, stop = self._cte_query_span(self.write_cte)
            clauses = Clauses(StatementTokens(self.buf, first, stop))
        result = rewrite_write(self.write, EditedText(self.buf, self.edits), clauses)
        start, end = clauses.start, clauses.end
        outside = [e for e in self.edits if e.end <= start or e.start >= end]
        if self.write_cte is None:
            self.edits = [*outside, Edit(start, end, result.parts)]
        else:
            # `WITH ` opens the helper queries; they end with `) `.
            helpers = [*result.parts[1 : result.final_at], ", "]
            name_at = self.write_cte["location"]
            final = result.parts[result.final_at :]
            self.edits = [*outside, Edit(name_at, name_at, helpers), Edit(start, end, final)]
        schema, table = self.write.served.store_key
        self.written = frozenset((schema, table, name) for name in result.written)

    def _cte_query_span(self, cte: Node) -> tuple[int, int]:
        """Byte offsets of the query inside a CTE's parentheses."""
        clauses = Clauses(self.tokens)
        # Past a column list (`name (a, b) AS (…)`), the first parenthesis and its match.
        as_at = clauses.find({"AS"}, self.tokens.index_at(cte["location"]))
        open_at = clauses.find({"ASCII_40"}, as_at + 1)
        close_at = clauses.find({"ASCII_41"}, open_at + 1)
        tokens = self.tokens.tokens
        return tokens[open_at + 1].start, tokens[close_at - 1].end

    def _wrap_candidates(self) -> None:
        wrap_all = self.star or self.natural
        for candidate in self.candidates:
            candidate.wrapped = (
                wrap_all
                or candidate.aliases_shadow
                or candidate.refname in self.mentioned
                or not candidate.shadow_shown.isdisjoint(self.mentioned)
                or not self.mentioned.isdisjoint(candidate.join_aliases)
            )
        wrapped = [c for c in self.candidates if c.wrapped]
        if not wrapped:
            return
        self._refuse_ambiguous()
        self._refuse_foreign_attributes()
        systems = {id(c): sorted(c.system) for c in wrapped}
        for candidate in wrapped:
            system = systems[id(candidate)]
            if system and self._expanded(candidate):
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet combine system column {system[0]} with * or a"
                    " whole-row reference on a table that has shadow columns; list the columns",
                    None,
                )
        self._refuse_natural_system_columns()
        for _, _, candidate, captured in self.relation_refs:
            candidate.own_name |= captured
        for candidate in wrapped:
            self._choose_alias(candidate)
            self.edits.append(self._wrap(candidate, systems[id(candidate)]))
        self._strip_schema_qualifiers(wrapped)
        self._rename_locked()
        self._row_argument_edits()
        self._json_row_edits()
        self._fix_grouping()

    def _refuse_natural_system_columns(self) -> None:
        """Two tables of one NATURAL join both carrying a system column (`a.tableoid`,
        `b.tableoid`) would be joined on it too."""
        for members in self.natural_joins:
            seen: set[str] = set()
            for candidate in members:
                carried = candidate.system if candidate.wrapped else set()
                both = seen & carried
                if both:
                    raise Refused(
                        "0A000",
                        f"pgstitch cannot yet read system column {min(both)} of two tables of"
                        " a NATURAL join that have shadow columns; join with USING or ON",
                        None,
                    )
                seen |= carried

    def _note_expansion(
        self, ref: Node, strs: list[str], star: bool, levels: tuple[Level, ...]
    ) -> None:
        """Remember what a `*`, `t.*` or whole-row `t` shows every column of (`expansions`)."""
        if star and not strs:
            if levels:
                self.expansions.append((ref, None, levels[-1]))
            return
        item = self._find_rel(levels, strs) if star else self._whole_row_item(ref, levels)
        if item is not None:
            self.expansions.append((ref, item, None))

    def _expanded(self, candidate: Candidate) -> bool:
        """Whether a `*` or a whole-row reference shows every column of the table's derived
        table: itself, its level's `*`, or an aliased join holding it. A whole row passed to
        a function taking the table's row type is built from its columns instead
        (`_row_argument_edits`)."""
        rebuilt = {id(ref) for ref, _, _ in self.row_arguments}
        for ref, item, level in self.expansions:
            if id(ref) in rebuilt:
                continue
            if level is not None and level is candidate.level:
                return True
            if item is None:
                continue
            if item is candidate.item:
                return True
            joined = candidate.level is not None and any(i is item for i in candidate.level.items)
            if joined and item.refname in candidate.join_aliases:
                return True
        return False

    def _row_attribute(self, body: Node, strs: list[str], levels: tuple[Level, ...]) -> None:
        """`t.f` where t has no column f and a function f takes t's row type: Postgres reads
        it as `f(t)`, which gets the same treatment as `_row_argument`."""
        item = self._find_rel(levels, strs[:1])
        if item is not None and item is self.returned and strs[1] not in (item.columns or ()):
            if self.returned_table.key in self.env.catalog.row_functions[strs[1]]:
                self._returned_attribute(body, strs[1])
            return
        candidate = item.candidate if item is not None else None
        if item is not None and candidate is None and strs[1] not in (item.columns or ()):
            tables = self.env.catalog.row_functions[strs[1]]
            self._subquery_row(body, item, tables, False, strs[1])
        if candidate is None or item.columns is None or strs[1] in item.columns:
            return
        if candidate.served.key in self.env.catalog.row_functions[strs[1]]:
            self.row_attributes.append((body, candidate, strs[1]))
        else:
            self.foreign_attributes.append((body, candidate, strs[1]))

    def _refuse_foreign_attributes(self) -> None:
        """`t.f` where t has no column f and f takes another table's row type: no column for
        Postgres (42703); a wrapped t's `record` would be cast to that row type instead."""
        for body, candidate, function in self.foreign_attributes:
            if candidate.wrapped:
                message = f"column {candidate.refname}.{function} does not exist"
                raise Refused("42703", message, body.get("location"))

    def _row_argument_edits(self) -> None:
        """`f(t)` becomes `f(ROW(t.c1, …)::schema.table)`, the table's real columns in order
        (a column being landed is read from the derived table, as its shadow value)."""
        for ref, candidate, star in self.row_arguments:
            row = self._table_row(candidate)
            if row is not None:
                start = ref["location"]
                self.edits.append(Edit(start, read_dotted(self.buf, start, 1, star), [row]))
        for node, item, served, star, function in self.subquery_row_arguments:
            schema, name = served.key
            row = quote_ident(item.refname or "")
            columns = ", ".join(f"{row}.{quote_ident(c)}" for c in served.table.column_names)
            start = node["location"]
            call = f"ROW({columns})::{quote_ident(schema)}.{quote_ident(name)}"
            if function is None:
                self.edits.append(Edit(start, read_dotted(self.buf, start, 1, star), [call]))
            else:
                call = f"{quote_ident(function)}({call})"
                self.edits.append(Edit(start, read_dotted(self.buf, start, 2), [call]))
        for ref, candidate, function in self.row_attributes:
            row = self._table_row(candidate)
            if row is not None:
                start = ref["location"]
                call = f"{quote_ident(function)}({row})"
                self.edits.append(Edit(start, read_dotted(self.buf, start, 2), [call]))

    def _table_row(self, candidate: Candidate) -> str | None:
        """`ROW(t.c1, …)::schema.table` for a wrapped reference; None when not wrapped."""
        if not candidate.wrapped:
            return None
        schema, name = candidate.served.key
        table = self.env.catalog.get(schema, name)
        if table is None:
            return None
        row = quote_ident(candidate.alias)
        shown = self._shown_names(candidate)
        columns = ", ".join(
            f"{row}.{quote_ident(shown.get(c.name, c.name))}" for c in table.columns
        )
        return f"ROW({columns})::{quote_ident(schema)}.{quote_ident(name)}"

    def _shown_names(self, candidate: Candidate) -> dict[str, str]:
        """The name each column of a wrapped reference goes by, which its column alias list
        may have changed (`accounts a(i, n)`)."""
        shown = candidate.item.columns if candidate.item is not None else None
        if not shown:
            return {}
        return dict(zip(candidate.served.all_names, shown, strict=False))

    def _json_row_edits(self) -> None:
        """`row_to_json(a)` and the other json functions name a whole row's fields by the
        table's row type, whatever a column alias list (`accounts a(i, n)`) calls them in the
        query; the derived table's row is named by the list. Such a row is given with the
        table's names: `(SELECT r FROM (SELECT a.*) AS r(id, name, …) WHERE NOT a IS NULL)`
        (NULL for the row of NULLs of an outer join's missing side, as the row itself)."""
        for ref, levels in self.json_rows:
            item = self._whole_row_item(ref, levels)
            candidate = item.candidate if item is not None else None
            if candidate is None or not candidate.wrapped or item is not candidate.item:
                continue
            shown = self._shown_names(candidate)
            if all(old == new for old, new in shown.items()):
                continue
            row = quote_ident(candidate.alias)
            names_sql = ", ".join(quote_ident(n) for n in candidate.served.all_names)
            sql = (
                f'(SELECT "pgstitch_json" FROM (SELECT {row}.*) AS "pgstitch_json"({names_sql})'
                f" WHERE NOT {row} IS NULL)"
            )
            star = any("A_Star" in f for f in ref["fields"])
            start = ref["location"]
            self.edits.append(Edit(start, read_dotted(self.buf, start, 1, star), [sql]))

    def _derived(
        self, candidate: Candidate, system: list[str] | tuple[str, ...], sample: Any = None
    ) -> list[Any]:
        """The derived table standing for one reference to a table with shadow columns;
        `sample`, the piece of the client's TABLESAMPLE clause, goes inside it."""
        served = candidate.served
        table = served.table
        key = served.row_key(ROW_ALIAS)
        # Views have no ctid.
        anchor = f"{ROW_ALIAS}.ctid" if table.kind != "v" else None
        parts: list[str | ValueSlot] = ["(SELECT " + ", ".join(served.live_columns_sql(ROW_ALIAS))]
        for column in served.columns:
            if parts != ["(SELECT "]:
                parts.append(", ")
            slot = ValueSlot(column, key, ROW_ALIAS, anchor_sql=anchor)
            parts += [slot, f" AS {quote_ident(column.name)}"]
        if table.kind != "v":
            for name in system:
                parts.append(f", {ROW_ALIAS}.{name} AS {name}")
        only = "" if candidate.rel.get("inh", False) else "ONLY "
        parts.append(
            f" FROM {only}{quote_ident(table.schema)}.{quote_ident(table.name)} AS {ROW_ALIAS}"
        )
        if sample is not None:
            parts += [" ", sample]
        parts.append(")")
        if not candidate.has_alias:
            parts.append(f" AS {quote_ident(candidate.alias)}")
        return parts

    def _wrap(self, candidate: Candidate, system: list[str]) -> Edit:
        rel = candidate.rel
        buf = self.buf
        location = rel["location"]
        start = location
        end = read_dotted(buf, location, 1 + ("schemaname" in rel) + ("catalogname" in rel))
        if not rel.get("inh", False):
            before = self.tokens.before(location)
            if before is not None and before.name == "ASCII_40":
                start = self.tokens.before(before.start).start
                close = skip_space(buf, end)
                end = close + 1
            elif before is not None:
                start = before.start
        else:
            after = skip_space(buf, end)
            if buf.startswith(b"*", after):
                end = after + 1
        prefix: list[str | ValueSlot] = []
        if candidate.table_form:
            keyword = self.tokens.before(start)
            if keyword is not None and keyword.name == "TABLE":
                start = keyword.start
                prefix = ["SELECT * FROM "]
        if candidate.sample is None:
            return Edit(start, end, prefix + self._derived(candidate, system))
        sample_start, sample_end = self._sample_span(end)
        # Both keep their place in the client's text: errors in them point there.
        sample = self._verbatim(sample_start, sample_end)
        between = buf[end:sample_start].decode("utf-8").rstrip()
        parts = prefix + self._derived(candidate, system, sample)
        if between:
            parts.append(self._verbatim(end, end + len(between.encode("utf-8"))))
        return Edit(start, sample_end, parts)

    def _verbatim(self, start: int, end: int) -> tuple[str, int, bool]:
        """Bytes [start, end) of the query as a piece that stands where the client wrote it."""
        return (self.buf[start:end].decode("utf-8"), len(self.buf[:start].decode("utf-8")), True)

    def _sample_span(self, after: int) -> tuple[int, int]:
        """Bytes of `TABLESAMPLE method (args) [REPEATABLE (seed)]` following a relation."""
        tokens = self.tokens.tokens
        index = self.tokens.index_at(after)
        while tokens[index].name != "TABLESAMPLE":
            index += 1
        start = tokens[index].start
        close = self.tokens.matching_paren(self._next_paren(index))
        if close + 1 < len(tokens) and tokens[close + 1].name == "REPEATABLE":
            close = self.tokens.matching_paren(self._next_paren(close + 1))
        return start, tokens[close].end

    def _next_paren(self, index: int) -> int:
        tokens = self.tokens.tokens
        while tokens[index].name != "ASCII_40":
            index += 1
        return index

    @staticmethod
    def _choose_alias(candidate: Candidate) -> None:
        """Unaliased tables of different schemas may share a name; derived tables may not."""
        if candidate.has_alias or candidate.level is None:
            return
        if not any(item is candidate.item for item in candidate.level.items):
            # Hidden behind a join's alias: only its fellow members shared its namespace.
            if candidate.own_name:
                table = candidate.served.table
                candidate.alias = f"pgstitch {table.schema}.{table.name}"
            return
        if _name_clashes(candidate):
            return
        if candidate.own_name:
            table = candidate.served.table
            candidate.alias = f"pgstitch {table.schema}.{table.name}"
            return
        for item in candidate.level.items:
            same_name = item.rel_visible and item.refname == candidate.refname
            if same_name and item.schema is not None and item.candidate is not candidate:
                table = candidate.served.table
                candidate.alias = f"pgstitch {table.schema}.{table.name}"
                return

    def _strip_schema_qualifiers(self, wrapped: list[Candidate]) -> None:
        """`public.t.c` must name the derived table now standing for public.t: `t.c`, or the
        derived table's own name when it has one (`_choose_alias`), which references by the
        bare name (`t.c`, `t`) then take too."""
        aliases = {(c.served.table.schema, c.refname): c.alias for c in wrapped if not c.has_alias}
        if not aliases:
            return
        # Whole-row references and `t.f` calls that other edits replace.
        replaced = {id(ref) for ref, _, _ in self.row_arguments}
        replaced |= {id(ref) for ref, _, _ in self.row_attributes}
        done = set()
        for body, parts, candidate, _ in self.relation_refs:
            if id(body) in self.inlined or id(body) in replaced or not candidate.wrapped:
                continue
            if parts == 1 and candidate.alias == candidate.refname:
                continue
            start = body["location"]
            end = read_dotted(self.buf, start, parts)
            self.edits.append(Edit(start, end, [quote_ident(candidate.alias)]))
            done.add(id(body))
        for body, strs, star in self.qualified:
            if id(body) in self.inlined or id(body) in done:
                continue
            relation = strs if star else strs[:-1]
            alias = aliases.get((relation[-2], relation[-1]))
            if alias is None or self._rejected_qualifier(relation):
                continue
            start = body["location"]
            end = read_dotted(self.buf, start, len(relation))
            self.edits.append(Edit(start, end, [quote_ident(alias)]))

    def _rename_locked(self) -> None:
        """`FOR UPDATE OF t` names the first FROM entry called t: where that is a table whose
        derived table has a name of its own (`_choose_alias`), it must name that."""
        for clause, level in self.locking:
            for node in clause:
                for rel in unwrap(node, "LockingClause").get("lockedRels", ()):
                    rel = unwrap(rel, "RangeVar")
                    candidate = self._locked_candidate(rel, level)
                    if candidate is not None and candidate.alias != candidate.refname:
                        start = rel["location"]
                        end = read_dotted(self.buf, start, 1)
                        self.edits.append(Edit(start, end, [quote_ident(candidate.alias)]))

    @staticmethod
    def _locked_candidate(rel: Node, level: Level) -> Candidate | None:
        """The wrapped table a name of a FOR UPDATE/SHARE OF list locks, if it is one."""
        if "schemaname" in rel or "location" not in rel:
            return None  # Postgres refuses a qualified name itself (42601).
        entry = next((e for e in level.entries if e[0] == rel["relname"]), None)
        candidate = entry[1] if entry is not None else None
        return candidate if candidate is not None and candidate.wrapped else None

    def _fix_grouping(self) -> None:
        """Keep GROUP BY primary-key queries valid once their table is a derived table.

        Postgres lets a query grouped by a table's primary key use the table's other columns
        (functional dependency); a derived table has no primary key. Adding those columns to
        the GROUP BY list changes no group, since each is fixed by the key. With grouping sets,
        only the columns every set groups by count, as in Postgres.
        """
        for clause, level, targets in self.grouped:
            grouped = self._grouped_in_all(clause, level, targets)
            # The table columns grouped by, join aliases flattened: a USING column of a join
            # is one side's column, whose table alone is grouped by its key.
            origins = {self._origin(fields, level) for fields in grouped}
            # A column of some grouping sets only must stay out of the others, whether the sets
            # name it, give its output position or its output name.
            named = {_short_name(fields) for fields in grouped} | {
                _reference_name(d["ColumnRef"]) for d in dicts(clause) if "ColumnRef" in d
            }
            named.discard(None)
            for node in grouping_items(clause):
                fields = self._grouped_reference(node, level, targets)
                if fields is not None:
                    named.add(_short_name(fields))
            # A select-list expression a grouping set names by position or output name: the
            # columns in it are left out, as those of an expression written in the set are
            # (`2` for `loyalty::int` is the column itself, which other sets must null).
            for node in grouping_items([n for n in clause if "GroupingSet" in n]):
                value = self._grouped_value(targets, node, level)
                named |= {
                    _reference_name(d["ColumnRef"]) for d in dicts(value or {}) if "ColumnRef" in d
                }
            additions = []
            for candidate in self.candidates:
                item = candidate.item
                if candidate.level is level and candidate.wrapped and item is not None:
                    additions += self._dependent_columns(item, origins, named, level)
            if additions:
                position = self._group_by_insertion(clause)
                self.edits.append(Edit(position, position, [" " + ", ".join(additions) + ","]))

    def _column_type(self, item: Item, name: str) -> tuple | None:
        """The type of column `name` of a FROM item as `type_name_key` gives it: a table's
        column, or a join's column that is one table's column; None when not known."""
        origin = column_origin(item, name)
        if origin is None:
            return None
        item, name = origin
        if item.table is None or item.columns is None:
            return None
        table = self.env.catalog.get(*item.table)
        if table is None:
            return None
        served = self.env.served.get(item.table)
        shown = served.all_names if served else table.column_names
        original = dict(zip(item.columns, shown, strict=False))
        column = table.column(original.get(name, ""))
        if column is None or (served is not None and column.name in served.hidden):
            return None
        return type_name_key(column.type_name)

    def _origin(self, fields: tuple[str, ...], level: Level) -> Origin | None:
        """The FROM item and column of `level` a grouped column reference stands for."""
        if len(fields) == 1:
            matches = [
                item
                for item in level.items
                if item.cols_visible and item.columns is not None and fields[0] in item.columns
            ]
            return column_origin(matches[0], fields[0]) if len(matches) == 1 else None
        return column_origin(self._find_rel((level,), list(fields[:-1])), fields[-1])

    def _grouped_in_all(self, nodes: list[Node], level: Level, targets: list[Node]) -> set:
        """The column references (their names, as written) every grouping set of a GROUP BY
        list (or of one parenthesized set) groups by."""
        out: set = set()
        for node in nodes:
            grouping_set = node.get("GroupingSet")
            row = node.get("RowExpr")
            if row is not None and row.get("row_format") == "COERCE_IMPLICIT_CAST":
                # (a, b) in GROUP BY is a list, not a row value.
                grouping_set = {"kind": "GROUPING_SET_SIMPLE", "content": row.get("args", ())}
            if grouping_set is None:
                ref = self._grouped_reference(node, level, targets)
                if ref is not None:
                    out.add(ref)
                continue
            content = grouping_set.get("content", ())
            kind = grouping_set.get("kind")
            if kind == "GROUPING_SET_SIMPLE":
                out |= self._grouped_in_all(content, level, targets)
            elif kind == "GROUPING_SET_SETS" and content:
                sets = [self._grouped_in_all([c], level, targets) for c in content]
                out |= set.intersection(*sets)
            # ROLLUP, CUBE and () include the empty grouping set: nothing is common.
        return out

    def _grouped_reference(
        self, node: Node, level: Level, targets: list[Node]
    ) -> tuple[str, ...] | None:
        """The column a GROUP BY item names (its names, as written): a column reference, an
        output column's position, or an output column's name that no input column has."""
        ref = self._cast_column(node, level)
        const = node.get("A_Const")
        if const is not None and "ival" in const:
            return self._output_reference(targets, const["ival"].get("ival", 0), level)
        elif ref is not None and len(ref["fields"]) == 1 and "String" in ref["fields"][0]:
            name = ref["fields"][0]["String"]["sval"]
            if not self._column_matches(name, (level,)):
                named = [t["ResTarget"] for t in targets if t["ResTarget"].get("name") == name]
                if len(named) == 1:
                    ref = self._cast_column(named[0].get("val") or {}, level)
        return None if ref is None else _reference_fields(ref)

    def _cast_column(self, node: Node, level: Level) -> Node | None:
        """The column reference `node` is, also under casts to the column's own type and
        type modifier (`id::int`, `code::char(5)`, `int4(id)`): Postgres drops such a cast,
        leaving the column itself, which a primary key's functional dependency goes by. (A
        function named as the type, taking it, would be called instead; Postgres has none.)"""
        casts = []
        while True:
            if "TypeCast" in node:
                casts.append(_type_key(node["TypeCast"]["typeName"]))
                node = node["TypeCast"].get("arg") or {}
                continue
            call = node.get("FuncCall")
            args = (call or {}).get("args", ())
            if call is None or len(args) != 1 or set(call) - _PLAIN_CALL:
                break
            if call.get("funcformat") != "COERCE_EXPLICIT_CALL":
                break
            # `bpchar(x)`: a call of one argument named as a type is a cast to it, which
            # keeps the column's type modifier.
            spelled = names(call["funcname"])
            casts.append(
                (tuple(spelled[1:] if spelled[0] == "pg_catalog" else spelled), None, False)
            )
            node = args[0]
        ref = node.get("ColumnRef")
        if ref is None or not casts:
            return ref
        fields = _reference_fields(ref)
        origin = self._origin(fields, level) if fields else None
        candidate = origin[0].candidate if origin is not None else None
        if candidate is None or origin[0].columns is None:
            return None
        served = candidate.served
        original = dict(zip(origin[0].columns, served.all_names, strict=False)).get(origin[1])
        column = served.table.column(original) if original is not None else None
        if column is None or original in served.hidden:
            return None
        own = type_name_key(column.type_name)
        if own is None or any(cast != own and cast != (own[0], None, own[2]) for cast in casts):
            return None
        return ref

    def _grouped_value(self, targets: list[Node], node: Node, level: Level) -> Node | None:
        """The select-list expression a GROUP BY item stands for by output position, or by
        output name when no input column has that name; None otherwise."""
        const = node.get("A_Const")
        if const is not None and "ival" in const:
            return self._output_value(targets, const["ival"].get("ival", 0), level)
        fields = (node.get("ColumnRef") or {}).get("fields") or ()
        if len(fields) != 1 or "String" not in fields[0]:
            return None
        name = fields[0]["String"]["sval"]
        if self._column_matches(name, (level,)):
            return None
        named = [t["ResTarget"] for t in targets if t["ResTarget"].get("name") == name]
        return named[0].get("val") if len(named) == 1 else None

    def _output_reference(
        self, targets: list[Node], position: int, level: Level
    ) -> tuple[str, ...] | None:
        """The column reference output column `position` (from 1) is, `*` and `t.*` expanded
        (a join's columns named by the join's alias or their own table's name)."""
        if position < 1:
            return None
        for target in targets:
            value = target["ResTarget"].get("val") or {}
            fields = (value.get("ColumnRef") or {}).get("fields")
            if not (fields and "A_Star" in fields[-1]):
                if position == 1:
                    ref = self._cast_column(value, level)
                    return None if ref is None else _reference_fields(ref)
                position -= 1
                continue
            qualifier = names(fields[:-1])
            items = [self._find_rel((level,), qualifier)] if qualifier else level.items
            for item in items:
                if item is None or item.columns is None:
                    return None
                if not item.cols_visible and not qualifier:
                    continue
                if position <= len(item.columns):
                    if item.origins is not None:
                        return self._join_column_reference(item, position - 1, level)
                    owner = tuple(qualifier) or (item.refname,)
                    return None if None in owner else (*owner, item.columns[position - 1])
                position -= len(item.columns)
        return None

    def _join_column_reference(
        self, item: Item, index: int, level: Level
    ) -> tuple[str, ...] | None:
        """A qualified reference that stands for column `index` of a join's columns, as a `*`
        over the join gives it: by the join's alias, else by the table the column comes from
        (a merged USING column is one side's, as Postgres flattens join aliases); None when no
        such reference resolves to that one column (a FULL JOIN's merged column)."""
        origin = (item.origins or ())[index]
        if origin is None:
            return None
        for fields in ((item.refname, item.columns[index]), (origin[0].refname, origin[1])):
            if fields[0] is not None and self._origin(fields, level) == origin:
                return fields
        return None

    def _dependent_columns(
        self, item: Item, grouped: set[Origin | None], named: set, level: Level
    ) -> list[str]:
        """The columns of a table grouped by its primary key (in every grouping set) that the
        query names and the GROUP BY list does not, and the whole row when the query names
        that: a derived table's whole row is not functionally dependent on its key."""
        served = item.candidate.served
        shown = dict(zip(served.all_names, item.columns or (), strict=False))
        key = [shown.get(c) for c in served.grouping_key]
        if not key or not all((item, c) in grouped for c in key):
            return []
        visible = self._visible_names(item, level)
        if visible is None:
            return []
        qualifier, names_here = visible

        def is_grouped(name: str | None, among: set) -> bool:
            return name in among or (qualifier, name) in among or (item.refname, name) in among

        types = {c.name: c.type_name for c in served.table.columns}
        types.update({c.name: c.type_sql for c in served.columns})
        everything = self.star or qualifier in self.mentioned or item.refname in self.mentioned
        out = []
        comparable = True
        for original, column in shown.items():
            if has_no_equality(types[original]):
                comparable = False
                continue
            name = names_here.get(column)
            if name is None or is_grouped(name, named):
                continue
            if everything or name in self.mentioned or column in self.mentioned:
                out.append(f"{quote_ident(qualifier)}.{quote_ident(name)}")
        if qualifier == item.candidate.alias:
            # System columns the derived table carries (`_derived`) depend on the key too.
            out += [
                f"{quote_ident(qualifier)}.{name}"
                for name in sorted(item.candidate.system)
                if not is_grouped(name, named)
            ]
        whole_row = item.refname in self.whole_rows and not self._column_matches(
            item.refname, (level,)
        )
        if whole_row and comparable and qualifier == item.candidate.alias:
            out.append(quote_ident(item.candidate.alias))
        return out

    @staticmethod
    def _visible_names(item: Item, level: Level) -> tuple[str, dict[str, str]] | None:
        """How the query can name a table's columns: by the derived table's name (unaliased
        tables of two schemas get names of their own), or, for a table inside an aliased join,
        by the join's alias and the names the join gives them (where unique)."""
        if any(other is item for other in level.items):
            return item.candidate.alias, {c: c for c in item.columns or ()}
        for outer in level.items:
            if outer.origins is None or outer.refname is None or outer.columns is None:
                continue
            names_here = {
                origin[1]: name
                for name, origin in zip(outer.columns, outer.origins, strict=False)
                if origin is not None and origin[0] is item and outer.columns.count(name) == 1
            }
            if names_here:
                return outer.refname, names_here
        return None

    def _group_by_insertion(self, clause: list[Node]) -> int:
        """The byte offset just after `GROUP BY [ALL | DISTINCT]` of this list."""
        tokens = self.tokens.tokens
        first = first_location(clause[0])
        index = self.tokens.index_at(first if first is not None else 0) - 1
        while index > 0 and not (
            tokens[index].name == "BY" and tokens[index - 1].name == "GROUP_P"
        ):
            index -= 1
        position = tokens[index].end
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        keyword = following is not None and following.name in ("ALL", "DISTINCT")
        if keyword and (first is None or following.start < first):
            position = following.end
        return position


# Tokens that end a select-list entry at its own depth (besides `,` and a closing `)`).
_AFTER_TARGET = frozenset(
    {
        "FROM",
        "INTO",
        "WHERE",
        "GROUP_P",
        "HAVING",
        "WINDOW",
        "ORDER",
        "LIMIT",
        "OFFSET",
        "FETCH",
        "FOR",
        "UNION",
        "INTERSECT",
        "EXCEPT",
        "ASCII_44",
        "ASCII_59",
    }
)

_HANDLERS = {
    "ColumnRef": _Analyzer._column_ref,
    "SortBy": _Analyzer._sort_by,
    "WindowDef": _Analyzer._window_def,
    "over": _Analyzer._window_def,
    "A_Indirection": _Analyzer._indirection,
    "FuncCall": _Analyzer._func_call,
    "A_Expr": _Analyzer._a_expr,
    "SubLink": _Analyzer._sublink,
    "XmlExpr": _Analyzer._xml_expr,
    "typeName": _Analyzer._type_name,
    "SelectStmt": _Analyzer._select,
    "InsertStmt": _Analyzer._insert,
    "UpdateStmt": _Analyzer._update,
    "DeleteStmt": _Analyzer._delete,
    "MergeStmt": _Analyzer._merge,
}


def _copy_column_error(
    table: str, columns: tuple[str, ...], attlist: list[str], options: list[Node] | None
) -> tuple[str, str] | None:
    """The error (SQLSTATE, message) Postgres gives a column list of `COPY t (…) TO`, which
    the query standing for it would give otherwise, or not at all."""
    seen: set[str] = set()
    for name in attlist:
        if name not in columns:
            return "42703", f'column "{name}" of relation "{table}" does not exist'
        if name in seen:
            return "42701", f'column "{name}" specified more than once'
        seen.add(name)
    elements = [unwrap(o, "DefElem") for o in options or ()]
    csv = any(
        e.get("defname") == "format" and names([e.get("arg") or {}]) == ["csv"] for e in elements
    )
    for element in elements:
        if not csv or not attlist or element.get("defname") != "force_quote":
            continue
        for name in names(unwrap(element.get("arg") or {}, "List").get("items", ())):
            if name in columns and name not in attlist:
                return "42P10", f'FORCE_QUOTE column "{name}" not referenced by COPY'
    return None


def _name_clashes(candidate: Candidate) -> bool:
    """Whether another FROM entry of the level goes by the unaliased table's name in a way
    Postgres refuses (42712): anything but an unaliased table of another schema. The derived
    table then keeps the name, so that Postgres still finds the clash."""
    for item in candidate.level.items if candidate.level is not None else ():
        if item is candidate.item or not item.rel_visible or item.refname != candidate.refname:
            continue
        if item.schema is None or item.schema == candidate.served.table.schema:
            return True
    return False


def _message_ident(name: str) -> str:
    """An identifier as Postgres writes it in messages: quoted only where it must be."""
    plain = _PLAIN_IDENT.fullmatch(name) and name not in _QUOTED_KEYWORDS
    return name if plain else quote_ident(name)


def _name_members_apart(members: list[Item]) -> None:
    """Unaliased tables of two schemas sharing a name inside a join that an alias then hides:
    their derived tables need names of their own, as `_choose_alias` gives those that stay
    visible."""
    for item in members:
        candidate = item.candidate
        if candidate is None or candidate.has_alias:
            continue
        same = [o for o in members if o is not item and o.rel_visible and o.refname == item.refname]
        # Anything but unaliased tables of other schemas clashes for Postgres itself (42712).
        if same and all(o.schema not in (None, item.schema) for o in same):
            candidate.own_name = True


def _passed_references(node: Any) -> Iterator[Node]:
    """The column references whose values an expression is or holds, as a whole or as an
    array's elements, in the query it sits in: `a`, `ARRAY[a]`, `array_agg(a)`,
    `coalesce(a, b)`, CASE results, `lag(a) OVER …`, casts of them."""
    if type(node) is not dict or not node:
        return
    kind, body = next(iter(node.items()))
    if kind == "ColumnRef":
        yield body
    elif kind == "CoalesceExpr" or kind == "MinMaxExpr":
        for arg in body.get("args", ()):
            yield from _passed_references(arg)
    elif kind == "A_ArrayExpr":
        for element in body.get("elements", ()):
            yield from _passed_references(element)
    elif kind == "CaseExpr":
        for when in body.get("args", ()):
            yield from _passed_references(unwrap(when, "CaseWhen").get("result"))
        yield from _passed_references(body.get("defresult"))
    elif kind == "A_Expr" and body.get("kind") == "AEXPR_NULLIF":
        yield from _passed_references(body.get("lexpr"))
    elif kind == "TypeCast" or (
        kind == "A_Indirection" and all("A_Indices" in step for step in body.get("indirection", ()))
    ):
        yield from _passed_references(body.get("arg"))
    elif kind == "FuncCall":
        name = names(body.get("funcname"))[-1]
        for arg in body.get("args", ())[: _ROW_PASSING.get(name, 0)]:
            yield from _passed_references(arg)


def _set_arms(body: Node) -> Iterator[Node]:
    """The SELECTs a set operation combines, leftmost first."""
    if body.get("op", "SETOP_NONE") == "SETOP_NONE":
        yield body
        return
    yield from _set_arms(unwrap(body["larg"], "SelectStmt"))
    yield from _set_arms(unwrap(body["rarg"], "SelectStmt"))


# The fields of a plain call `f(x)`: no DISTINCT, ORDER BY, FILTER, OVER, VARIADIC or `*`.
_PLAIN_CALL = frozenset(("funcname", "args", "funcformat", "location"))


def _type_key(type_name: Node) -> tuple | None:
    """A TypeName node as a comparable key: its names without a leading `pg_catalog` (the SQL
    spellings `integer`, `char(5)` are pg_catalog's), its type modifiers and whether it is an
    array; None for `%TYPE`, SETOF and modifiers other than integers."""
    if type_name.get("pct_type") or type_name.get("setof"):
        return None
    spelled = names(type_name.get("names", ()))
    if len(spelled) > 1 and spelled[0] == "pg_catalog":
        spelled = spelled[1:]
    modifiers = []
    for modifier in type_name.get("typmods", ()):
        const = modifier.get("A_Const") or {}
        if "ival" not in const:
            return None
        modifiers.append(const["ival"].get("ival", 0))
    return (tuple(spelled), tuple(modifiers), bool(type_name.get("arrayBounds")))


@lru_cache(maxsize=1024)
def type_name_key(type_sql: str) -> tuple | None:
    """`_type_key` of a type as format_type prints it (a live column's type)."""
    try:
        tree = json.loads(parse_sql_json(f"SELECT NULL::{type_sql}"))
    except ParseError:
        return None
    statements = tree.get("stmts", ())
    if len(statements) != 1:
        return None
    targets = statements[0]["stmt"].get("SelectStmt", {}).get("targetList", ())
    value = targets[0]["ResTarget"].get("val", {}) if len(targets) == 1 else {}
    cast = value.get("TypeCast")
    return _type_key(cast["typeName"]) if cast is not None else None


def _reference_fields(ref: Node) -> tuple[str, ...] | None:
    """A column reference's names, as written; None for `t.*`."""
    if not all("String" in f for f in ref["fields"]):
        return None
    return tuple(names(ref["fields"]))


def _short_name(fields: tuple[str, ...] | None) -> str | tuple[str, str] | None:
    """A column reference's names as `c` or (`t`, `c`)."""
    if fields is None:
        return None
    return fields[-1] if len(fields) == 1 else (fields[-2], fields[-1])


def _reference_name(ref: Node) -> str | tuple[str, str] | None:
    """A column reference as `c` or (`t`, `c`); None for `t.*`."""
    return _short_name(_reference_fields(ref))


def _assigned_expression(target: Node) -> Node | None:
    """The value a SET item assigns to its column: in `(a, b) = (x, y)`, b's is y."""
    value = target.get("val")
    multi = (value or {}).get("MultiAssignRef")
    if multi is None:
        return value
    args = ((multi.get("source") or {}).get("RowExpr") or {}).get("args") or ()
    if len(args) != multi.get("ncolumns", 0):
        return None
    return args[multi.get("colno", 1) - 1]


def _refuse_multiple_source(target: Node) -> None:
    """`(a, b) = x` where x is neither a row constructor nor a sub-select: Postgres's own
    error, at the source."""
    multi = (target.get("val") or {}).get("MultiAssignRef")
    source = (multi or {}).get("source") or {}
    if multi is None or "RowExpr" in source or "SubLink" in source:
        return
    raise Refused(
        "0A000",
        "source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression",
        first_location(source),
    )


def _shared_source_assigns_shadow(targets: list[Node], index: int, target: Target) -> bool:
    """True when `targets[index]` opens `(a, b, …) = (SELECT …)` and a later column of it is a
    shadow column: the sub-select, walked once under the first column, must then read the
    row's shadow values as last committed, as `b = …` alone would."""
    multi = (targets[index]["ResTarget"].get("val") or {}).get("MultiAssignRef")
    if multi is None or multi.get("colno", 1) != 1 or "SubLink" not in (multi.get("source") or {}):
        return False
    group = targets[index : index + multi.get("ncolumns", 1)]
    return any(t["ResTarget"].get("name") in target.served.shadow_names for t in group)


def _multiple_ok(node: Node, targets: list[Node], excluded: Target | None) -> bool:
    """False for a multiple-column assignment the write rewrite cannot take apart: one with a
    subscripted or field target, a row constructor whose length differs from the column
    list's (Postgres's own error would be lost), or a sub-select in ON CONFLICT DO UPDATE."""
    multi = (node["ResTarget"].get("val") or {}).get("MultiAssignRef")
    if multi is None:
        return True
    if any(
        t["ResTarget"].get("indirection") and "MultiAssignRef" in (t["ResTarget"].get("val") or {})
        for t in targets
    ):
        return False
    count = multi.get("ncolumns", 0)
    source = multi.get("source") or {}
    if "RowExpr" in source:
        return len(source["RowExpr"].get("args", ())) == count
    return excluded is None and "SubLink" in source


# Built-in aggregates an application may name in RETURNING without a mark of one (`count(*)`,
# DISTINCT, FILTER, ORDER BY, OVER mark the others).
_AGGREGATES = frozenset(
    {
        "count",
        "sum",
        "avg",
        "min",
        "max",
        "array_agg",
        "string_agg",
        "bool_and",
        "bool_or",
        "every",
        "json_agg",
        "jsonb_agg",
        "json_object_agg",
        "jsonb_object_agg",
        "bit_and",
        "bit_or",
        "stddev",
        "variance",
    }
)
_AGGREGATE_MARKS = ("agg_star", "agg_distinct", "agg_filter", "agg_order")
# Built-in set-returning functions, which Postgres refuses in SET values and VALUES rows.
_SET_RETURNING = frozenset(
    {
        "generate_series",
        "generate_subscripts",
        "unnest",
        "regexp_matches",
        "regexp_split_to_table",
        "string_to_table",
        "json_array_elements",
        "json_array_elements_text",
        "jsonb_array_elements",
        "jsonb_array_elements_text",
        "json_each",
        "json_each_text",
        "jsonb_each",
        "jsonb_each_text",
        "json_object_keys",
        "jsonb_object_keys",
        "jsonb_path_query",
    }
)


def refuse_aggregates(node: Any, clause: str) -> None:
    """Aggregate and window functions and GROUPING in a clause Postgres refuses them in (SET
    values, VALUES rows, RETURNING items; not in their sub-queries): 42803 or 42P20, as
    Postgres says. pgstitch moves such values into queries that would take them."""
    if type(node) is list:
        for child in node:
            refuse_aggregates(child, clause)
        return
    if type(node) is not dict or "SubLink" in node:
        return
    grouping = node.get("GroupingFunc")
    if grouping is not None:
        message = f"grouping operations are not allowed in {clause}"
        raise Refused("42803", message, grouping.get("location"))
    call = node.get("FuncCall")
    if call is not None:
        location = call.get("location")
        if "over" in call:
            raise Refused("42P20", f"window functions are not allowed in {clause}", location)
        name = names(call.get("funcname"))[-1:]
        if any(mark in call for mark in _AGGREGATE_MARKS) or (name and name[0] in _AGGREGATES):
            message = f"aggregate functions are not allowed in {clause}"
            raise Refused("42803", message, location)
    for value in node.values():
        refuse_aggregates(value, clause)


def refuse_set_returning(node: Any, clause: str) -> None:
    """Set-returning functions where Postgres refuses them (SET values, VALUES of several
    rows): 0A000, as Postgres says. pgstitch moves such values into queries that take them."""
    call = set_returning_call(node)
    if call is not None:
        message = f"set-returning functions are not allowed in {clause}"
        raise Refused("0A000", message, call.get("location"))


def set_returning_call(node: Any) -> Node | None:
    """The first call of a built-in set-returning function in an expression (not in its
    sub-queries)."""
    if type(node) is list:
        return next((c for c in map(set_returning_call, node) if c is not None), None)
    if type(node) is not dict or "SubLink" in node:
        return None
    call = node.get("FuncCall")
    if call is not None and names(call.get("funcname"))[-1:] in ([n] for n in _SET_RETURNING):
        return call
    return next((c for c in map(set_returning_call, node.values()) if c is not None), None)


def refuse_untyped_array(value: Node | None) -> None:
    """An assigned value that is an empty `ARRAY[]` without a cast: Postgres does not type it
    from the column (42P18); a shadow column's cast would."""
    if not value:
        return
    if "MultiAssignRef" in value:
        source = value["MultiAssignRef"].get("source") or {}
        for arg in source.get("RowExpr", {}).get("args", ()):
            refuse_untyped_array(arg)
        return
    array = value.get("A_ArrayExpr")
    if array is not None and not array.get("elements"):
        raise Refused("42P18", "cannot determine type of empty array", array.get("location"))


def _assignment_form(target: Node, excluded: Target | None) -> str:
    if target.get("indirection"):
        return "subscripted or field assignment"
    if excluded is not None:
        return "multiple-column assignment of this form in ON CONFLICT DO UPDATE"
    return "multiple-column assignment of this form"


# Writes in WITH rewritten in place (a DELETE there passes untouched: a new row with its key
# stores every served column, so the values it leaves are never read).
_WRITES_IN_WITH = ("UpdateStmt", "InsertStmt")


def _names_any(node: Node | None, columns: set[str]) -> bool:
    """Whether an expression has a column reference whose column name is one of `columns`."""
    for fields in dicts(node):
        ref = fields.get("ColumnRef")
        if ref is not None:
            last = names(ref.get("fields"))[-1:]
            if last and last[0] in columns:
                return True
    return False


# CREATE TABLE … (LIKE t INCLUDING …): the option bits of libpg_query's TableLikeClause.
_LIKE_CONSTRAINTS = 1 << 2
_LIKE_DEFAULTS = 1 << 3


def _like_column_sql(column: ServedColumn, defaults: bool) -> str:
    """A shadow column's definition as LIKE copies a real one's."""
    sql = f"{quote_ident(column.name)} {column.type_sql}"
    if defaults and column.default_expression is not None:
        sql += f" DEFAULT ({column.default_expression})"
    return sql + (" NOT NULL" if column.not_null else "")


def _like_check_sql(column: ServedColumn) -> str:
    """A shadow column's CHECK rule as INCLUDING CONSTRAINTS copies a real one's."""
    return f"CONSTRAINT {quote_ident(column.constraint_name)} CHECK ({column.check_sql})"
