"""Writes to shadow columns, rewritten so that they behave like writes to real columns.

Parked values are written by data-modifying CTEs of the client's own statement, so they commit,
roll back and fail with it. docs/rewriting.md shows the shapes; in short:

- UPDATE and DELETE stay the top-level statement, which decides the command tag and its row
  count. A CTE `pgstitch_src` first locks the rows the statement will change (`FOR [NO KEY]
  UPDATE`, the same rows in the same order as the statement itself) and, for UPDATE, computes
  the new values reading the last committed parked values (`fresh` reads): concurrent
  `c = c + 1` never lose an increment. `pgstitch_w` upserts them (UPDATE; RETURNING reads the
  new values from it) or drops them (DELETE, after the statement, since nothing reads it).
- INSERT cannot know the keys of its new rows before it runs, so the client's INSERT becomes a
  CTE `pgstitch_ins` returning them, and the top-level statement is the upsert of their parked
  values: exactly one per row inserted (or updated by ON CONFLICT), hence the same tag, and
  every served column is stored, given or defaulted, so a re-inserted key starts afresh. The
  shadow values of the source rows, evaluated once, sit in `pgstitch_v`, joined to the
  returned rows by their order; forms that may skip rows (ON CONFLICT DO NOTHING, DO UPDATE …
  WHERE) insert VALUES rows one by one instead. The client's RETURNING items are evaluated
  over each new row, live and shadow columns alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from proxy.rewrite.checks import named_peers, names_live_column, rules_to_add
from proxy.rewrite.clauses import Clauses, TokenRange
from proxy.rewrite.edits import Edit, EditedText, Marker, Part
from proxy.rewrite.jsontree import dicts, first_location, names
from proxy.rewrite.refusal import Refused
from proxy.rewrite.served import ServedColumn, ServedTable, base_type_sql
from proxy.rewrite.sqltext import quote_ident, quote_literal, read_dotted
from proxy.rewrite.template import HelperSlot, MovedSlot, RaiseSlot, ValueSlot, WriteSlot
from shadow.catalog import LiveTable
from shadow.rowkey import STABLE_KEY_TYPES, key_column_sql, single_key_sql

Node = dict[str, Any]

NEW_VALS = '"pgstitch_w"."vals"'
# Multi-row INSERTs that must insert their VALUES rows one by one take at most this many rows.
MAX_ROWS_ONE_BY_ONE = 100
# jsonb_build_object takes at most 100 arguments.
_PAIRS_PER_CALL = 50
_UPSERT_TAIL = (
    ' ON CONFLICT ("schema_name", "table_name", "row_key")'
    ' DO UPDATE SET "vals" = "pgstitch_p"."vals" || EXCLUDED."vals"'
)
# Values moved to a row's new key replace whatever the key held.
_REPLACE_TAIL = (
    ' ON CONFLICT ("schema_name", "table_name", "row_key") DO UPDATE SET "vals" = EXCLUDED."vals"'
)
# The source rows of a multi-row INSERT matched to its new rows by key, one per key.
_BY_KEY = '"pgstitch_vk"'
# A key given twice: ON CONFLICT DO NOTHING inserts the first row at most (DO UPDATE fails on
# the second, as Postgres does).
_BY_KEY_CTE = (
    f'{_BY_KEY} AS (SELECT DISTINCT ON ("pgstitch_key") * FROM "pgstitch_v"'
    ' ORDER BY "pgstitch_key", "pgstitch_n"), '
)
_UNKNOWN_TOKENS = frozenset({"SCONST", "USCONST", "NULL_P", "PARAM"})
# Built-in functions whose every call may give another value or change something: a WHERE
# calling one must not run twice (once to park values, once to write the live columns).
_VOLATILE_FUNCTIONS = frozenset(
    {
        "nextval",
        "setval",
        "random",
        "random_normal",
        "gen_random_uuid",
        "uuid_generate_v1",
        "uuid_generate_v1mc",
        "uuid_generate_v4",
        "clock_timestamp",
        "timeofday",
        "pg_advisory_lock",
        "pg_advisory_lock_shared",
        "pg_try_advisory_lock",
        "pg_try_advisory_lock_shared",
        "pg_advisory_unlock",
        "pg_advisory_unlock_shared",
        "pg_notify",
        "set_config",
    }
)


@dataclass(frozen=True, slots=True)
class ProposedValue(Marker):
    """`EXCLUDED.c` (or the whole EXCLUDED row when `column` is None) inside ON CONFLICT."""

    column: str | None


@dataclass
class WritePlan:
    """A top-level write to a table with served shadow columns, as the analyzer found it."""

    kind: str  # "insert", "update" or "delete"
    body: Node
    served: ServedTable
    qualifier: str  # the target's name in the statement, SQL-ready
    refname: str
    # INSERT: the output names of a SELECT source (None when unknown) and of RETURNING items.
    select_outputs: tuple[str, ...] | None = None
    returning_names: list[str] = field(default_factory=list)
    # INSERT: the system columns (ctid, xmin, tableoid…) its RETURNING may name.
    system_columns: tuple[str, ...] = ()


@dataclass
class WriteResult:
    """The rewritten statement, and the shadow columns it parks values for."""

    parts: list[Part]
    written: frozenset[str]
    # Where the client's own statement starts in `parts`, after the helper queries of WITH.
    final_at: int = 0


def rewrite_write(plan: WritePlan, text: EditedText, clauses: Clauses) -> WriteResult:
    """The rewritten statement for a write plan (Refused when a form is not supported)."""
    statement = _Statement(plan, text, clauses)
    if plan.kind == "update":
        return statement.update()
    if plan.kind == "delete":
        return statement.delete()
    return statement.insert()


# -- values --------------------------------------------------------------------------------------


# The length coercion function of each type with a length, and what its typmod adds to n.
_LENGTH_COERCIONS = {
    "varchar": ("varchar", 4),
    "bpchar": ("bpchar", 4),
    "bit": ('"bit"', 0),
    "varbit": ("varbit", 0),
    "bit varying": ("varbit", 0),
}


def typed_value(column: ServedColumn, expr: list[Part]) -> list[Part]:
    """`expr` as the column's type; too long a string fails (22001), a bit string of the wrong
    length (22026), as an assignment would, in an array of strings too (an explicit cast would
    cut or pad it): through the assignment's own length coercion, or for arrays a check of
    every element."""
    if column.length_limit is None or column.base_type_sql is None:
        return ["((", *expr, _at_expression(expr, f"))::{column.type_sql}")]
    limit = column.length_limit
    base = column.base_type_sql
    shown = f"character varying({limit})" if base.startswith("varchar") else f"character({limit})"
    x = '"pgstitch_x"'
    too_long = f"char_length({{0}}) > {limit} AND btrim(substr({{0}}, {limit + 1}), ' ') <> ''"
    if not base.endswith("[]"):
        # The length coercion an assignment applies (not explicit; the typmod of varchar(n)
        # and char(n) is n + 4): a constant of the wrong length fails when the statement is
        # planned, as with a real column, even if no row is written.
        coerce, typmod = _LENGTH_COERCIONS[base.removeprefix("pg_catalog.").replace('"', "")]
        return [
            f"pg_catalog.{coerce}(((",
            *expr,
            _at_expression(expr, f"))::{base}"),
            f", {limit + typmod}, false)::{column.type_sql}",
        ]
    e = '"pgstitch_e"'
    test = f"EXISTS (SELECT FROM unnest({x}) AS {e} WHERE {too_long.format(e)})"
    return [
        f"(SELECT CASE WHEN {test} THEN ",
        RaiseSlot("22001", f"value too long for type {shown}"),
        f"::{base} ELSE {x} END FROM (SELECT ((",
        *expr,
        _at_expression(expr, f"))::{base}"),
        f' AS {x}) AS "pgstitch_len")::{column.type_sql}',
    ]


def _at_expression(expr: list[Part], cast: str) -> Part:
    """The text of the cast of `expr`, placed where `expr` starts in the client's text: an error
    about the cast (42846, cannot cast type record to pair) points there, as Postgres points
    at the expression assigned to a real column."""
    for part in expr:
        if type(part) is tuple:
            text, origin, verbatim = part
            if not verbatim or type(text) is not str:
                return (cast, origin, False)
            stripped = text.lstrip(" \t\r\n(")
            if stripped:
                return (cast, origin + len(text) - len(stripped), False)
        elif type(part) is str and part.strip(" \t\r\n("):
            return cast
    return cast


# The value of another shadow column of the row being written (for CHECK rules naming it).
PeerValue = Callable[[ServedColumn], list[Part]]


@dataclass(frozen=True, slots=True)
class RowContext:
    """The row a value is written into, for CHECK rules that name other shadow columns:
    `peer` gives another column's value in the new row, `extra` the rules of columns the write
    leaves alone that this column's value must also satisfy. With `inserted`, rules naming a
    live column are left to `inserted_check`, which sees the row as inserted."""

    served: ServedTable
    peer: PeerValue
    extra: tuple[ServedColumn, ...] = ()
    inserted: bool = False


def checked_value(
    column: ServedColumn, typed: list[Part], row: RowContext | None = None
) -> list[Part]:
    """A typed value that fails with 23502 or 23514 when it breaks NOT NULL or CHECK (its own,
    and with `row` those of `row.extra`, seeing the row's other shadow columns by name)."""
    rules = [column] if column.check_sql is not None else []
    if row is not None:
        rules += [rule for rule in row.extra if rule.check_sql is not None]
        if row.inserted:
            rules = [rule for rule in rules if not names_live_column(rule, row.served)]
    if not column.not_null and not rules:
        return typed
    name = quote_ident(column.name)
    inner = f'"pgstitch_chk".{name}'
    parts: list[Part] = ["(SELECT CASE"]
    if column.not_null:
        message = (
            f'null value in column "{column.name}" of relation "{column.table}"'
            " violates not-null constraint"
        )
        parts += [
            f" WHEN {inner} IS NULL THEN ",
            RaiseSlot("23502", message),
            f"::{column.type_sql}",
        ]
    for rule in rules:
        message = (
            f'new row for relation "{rule.table}" violates check constraint'
            f' "{rule.constraint_name}"'
        )
        parts += [
            f" WHEN ({rule.check_sql}) IS FALSE THEN ",
            RaiseSlot("23514", message),
            f"::{column.type_sql}",
        ]
    parts += [f" ELSE {inner} END FROM (SELECT ", *typed, f" AS {name}"]
    if row is not None:
        for peer in named_peers(column, rules, row.served):
            parts += [", ", *row.peer(peer), f" AS {quote_ident(peer.name)}"]
    parts.append(') AS "pgstitch_chk")')
    return parts


def inserted_check(column: ServedColumn, served: ServedTable, value: list[Part]) -> list[Part]:
    """`value` (the column's typed, checked value) failing with 23514 when the row breaks the
    column's CHECK rule naming live columns: evaluated where the rule's names find the live
    columns of the inserted row and the new values of the shadow columns."""
    if not names_live_column(column, served):
        return value
    message = (
        f'new row for relation "{column.table}" violates check constraint'
        f' "{column.constraint_name}"'
    )
    return [
        f"CASE WHEN ({column.check_sql}) IS FALSE THEN ",
        RaiseSlot("23514", message),
        f"::{column.type_sql} ELSE ",
        *value,
        " END",
    ]


def stored_value(
    column: ServedColumn, expr: list[Part], row: RowContext | None = None
) -> list[Part]:
    """The checked, typed value of `expr` for this column."""
    return checked_value(column, typed_value(column, expr), row)


def parked_text(column: ServedColumn, value: list[Part]) -> list[Part]:
    """The text a typed value is parked as: the same whatever the session's DateStyle,
    IntervalStyle or extra_float_digits, so that every session reads back the same value."""
    if column.prints_alike:
        return ["(", *value, ")::text"]
    return [HelperSlot("parked_text"), "(", *value, ")"]


def vals_object(pairs: list[tuple[ServedColumn, list[Part]]]) -> list[Part]:
    """A jsonb object of column name -> parked text of its value (NULL becomes JSON null)."""
    if not pairs:
        return ["'{}'::jsonb"]
    out: list[Part] = []
    for first in range(0, len(pairs), _PAIRS_PER_CALL):
        if out:
            out.append(" || ")
        out.append("jsonb_build_object(")
        for number, (column, value) in enumerate(pairs[first : first + _PAIRS_PER_CALL]):
            if number:
                out.append(", ")
            out += [quote_literal(column.name), ", ", *parked_text(column, value)]
        out.append(")")
    return out


def dummy_column(served: ServedTable) -> str:
    """A live column an UPDATE that only sets shadow columns sets to itself.

    The statement must still update the rows (its tag counts them, triggers fire, the row gets
    a new version, as with a real column). A column outside the primary key is preferred (the
    key may be an identity column GENERATED ALWAYS); generated columns and identity columns
    GENERATED ALWAYS may only be set to DEFAULT, which would give them a new value, so they
    are never taken.
    """
    key = served.table.primary_key
    settable = [c.name for c in served.table.columns if not c.only_default]
    for name in settable:
        if name not in key:
            return name
    return settable[0] if settable else key[0]


def _join(items: list[list[Part]], separator: str = ", ") -> list[Part]:
    out: list[Part] = []
    for number, item in enumerate(items):
        if number:
            out.append(separator)
        out += item
    return out


def _multiple(targets: list[Node]) -> bool:
    """Whether the SET item of `targets` is a multiple-column assignment `(a, b) = …`."""
    return len(targets) > 1 or any("MultiAssignRef" in (t.get("val") or {}) for t in targets)


def _first(*indexes: int | None) -> int:
    return min(index for index in indexes if index is not None)


# -- the statements ------------------------------------------------------------------------------


class _Statement:
    """One write statement being rewritten: its text with edits, its clauses, its target."""

    def __init__(self, plan: WritePlan, text: EditedText, clauses: Clauses) -> None:
        self.plan = plan
        self.body = plan.body
        self.served = plan.served
        self.q = plan.qualifier
        self.text = text
        self.c = clauses
        self.key = plan.served.row_key(plan.qualifier)
        schema, table = plan.served.store_key
        self.table_literals = f"{quote_literal(schema)}, {quote_literal(table)}"

    def copy(
        self, tokens: TokenRange, substitute: Callable[[Marker], list[Part]] | None = None
    ) -> list[Part]:
        """The text of a token range, with the edits inside applied."""
        start, end = self.c.span(*tokens)
        return self.text.copy(start, end, substitute)

    def with_prefix(self, keyword: int) -> list[Part]:
        """The client's WITH clause followed by a comma, or a new WITH."""
        if "withClause" in self.body:
            return [*self.copy((0, keyword)), ", "]
        return ["WITH "]

    def upsert_head(self) -> list[Part]:
        schema, table = self.served.store_key
        return [
            "INSERT INTO ",
            WriteSlot(schema, table),
            ' AS "pgstitch_p" ("schema_name", "table_name", "row_key", "vals") SELECT ',
        ]

    def where_again(self, where: list[Part], from_list: list[Part]) -> bool:
        """Whether the statement itself repeats the WHERE `pgstitch_src` ran: not when the rows
        `pgstitch_src` locked are the rows it writes, found by key alone (no FROM or USING list,
        each key one row), and the WHERE calls a volatile function, which must run once; the
        statement then finds them by their key columns (`locked_rows`)."""
        if not where:
            return False
        if from_list or not self.served.keys_unique:
            return True
        return not calls_volatile(self.body.get("whereClause"))

    def key_columns(self) -> str:
        """The key columns of the target in `pgstitch_src`'s select list (after its row key)."""
        return "".join(
            f', {self.q}.{quote_ident(name)} AS "pgstitch_k{n}"'
            for n, name in enumerate(self.served.table.primary_key, 1)
        )

    def locked_rows(self) -> str:
        """The rows `pgstitch_src` locked, found by their key columns (by index)."""
        key = self.served.table.primary_key
        mine = ", ".join(f"{self.q}.{quote_ident(name)}" for name in key)
        theirs = ", ".join(f'"pgstitch_k{n}"' for n in range(1, len(key) + 1))
        return f'({mine}) IN (SELECT {theirs} FROM "pgstitch_src") AND '

    def returning_range(self, after: int) -> TokenRange | None:
        index = self.c.find({"RETURNING"}, after)
        return None if index is None else (index + 1, self.c.stop)

    # -- UPDATE ----------------------------------------------------------------------------------

    def update(self) -> WriteResult:
        c, body = self.c, self.body
        update = c.find({"UPDATE"}, 0)
        set_at = c.find({"SET"}, update + 1)
        from_at = c.find({"FROM"}, set_at + 1) if body.get("fromClause") else None
        where_at = c.find({"WHERE"}, set_at + 1) if body.get("whereClause") else None
        returning = self.returning_range(set_at + 1)
        ret_at = returning[0] - 1 if returning else None
        target = self.copy((update + 1, set_at))
        set_stop = _first(from_at, where_at, ret_at, c.stop)
        from_list = self.copy((from_at + 1, _first(where_at, ret_at, c.stop))) if from_at else []
        where = ["(", *self.copy((where_at + 1, _first(ret_at, c.stop))), ")"] if where_at else []
        live: list[list[Part]] = []
        new: list[tuple[ServedColumn, list[Part]]] = []
        key_values: dict[str, list[Part]] = {}
        items = c.split(set_at + 1, set_stop)
        targets = [t["ResTarget"] for t in body.get("targetList", ())]
        for number, item in enumerate(items):
            mine = [t for t in targets if c.containing(items, t["location"]) == number]
            if len(mine) > 1 or "MultiAssignRef" in (mine[0].get("val") or {}):
                for name, value in self._multiple_assignment(mine, item):
                    column = self.served.column(name)
                    if column is None:
                        live.append([quote_ident(name), " = ", *(value or ["DEFAULT"])])
                    else:
                        new.append((column, value or [column.typed_default]))
                continue
            column = self.served.column(mine[0]["name"]) if len(mine) == 1 else None
            if column is None:
                live.append(self.copy(item))
                if len(mine) == 1 and mine[0]["name"] in self.served.table.primary_key:
                    key_values[mine[0]["name"]] = self.copy((self._after_equals(item), item[1]))
                continue
            new.append((column, self._assigned(column, mine[0], item)))
        new = self.checked_assignments(new)
        if key_values:
            return self._update_moving_key(
                update, target, from_list, where, live, new, key_values, returning
            )
        if not live:
            dummy = quote_ident(dummy_column(self.served))
            live.append([f"{dummy} = {self.q}.{dummy}"])
        again = self.where_again(where, from_list)
        out = self.with_prefix(update)
        out += ['"pgstitch_src" AS (SELECT ', self.key, ' AS "row_key", ']
        if not again:
            out += [self.key_columns().removeprefix(", "), ", "]
        out += vals_object(new)
        out += [' AS "vals" FROM ', *target]
        if from_list:
            out += [", ", *from_list]
        if where:
            out += [" WHERE ", *where]
        out += [f" FOR NO KEY UPDATE OF {self.q}), "]
        out += ['"pgstitch_w" AS (', *self.upsert_head()]
        if from_list:
            # A row joined to several FROM rows is updated once; park one set of values.
            out.append('DISTINCT ON ("row_key") ')
        out += [f'{self.table_literals}, "row_key", "vals" FROM "pgstitch_src"', _UPSERT_TAIL]
        out += [' RETURNING "row_key", "vals") ']
        final_at = len(out)
        out += ["UPDATE ", *target, " SET ", *_join(live)]
        out += [" FROM ", *from_list, ", " if from_list else "", '"pgstitch_w" WHERE ']
        out += [*where, " AND "] if again else [self.locked_rows()] if where else []
        out += [f'{self.key} = "pgstitch_w"."row_key"']
        if returning:
            out += [" RETURNING ", *self.copy(returning)]
        return WriteResult(out, frozenset(column.name for column, _value in new), final_at)

    def _update_moving_key(
        self,
        update: int,
        target: list[Part],
        from_list: list[Part],
        where: list[Part],
        live: list[list[Part]],
        new: list[tuple[ServedColumn, list[Part]]],
        key_values: dict[str, list[Part]],
        returning: TokenRange | None,
    ) -> WriteResult:
        """An UPDATE that changes primary key columns: each row's parked values move to its new
        key, as a real column's value stays with its row.

        `pgstitch_src` computes the new key from the assigned values (the analyzer lets only
        expressions without function calls through, which give the same value when the
        statement computes them again); `pgstitch_w` writes every value under the new key,
        replacing what was there; `pgstitch_gone` drops the old keys no row moves to.
        """
        schema, table = self.served.store_key
        again = self.where_again(where, from_list)
        out = self.with_prefix(update)
        out += ['"pgstitch_src" AS (SELECT ', self.key, ' AS "row_key", ']
        out += [*self._new_key(key_values), ' AS "new_key", ', *vals_object(new), ' AS "vals"']
        if not again:
            out.append(self.key_columns())
        out += [" FROM ", *target]
        if from_list:
            out += [", ", *from_list]
        if where:
            out += [" WHERE ", *where]
        out += [f" FOR UPDATE OF {self.q}), "]
        # A row joined to several FROM rows is updated once: one set of values per row. The
        # values each row takes along are read here, all of them before `pgstitch_w` (whose
        # window sorts every row of `pgstitch_pick` first) writes any: rows swapping keys
        # (a deferrable key) must not read what another row has just moved to their old key.
        moved = MovedSlot(schema, table, '"pgstitch_src"."row_key"', '"pgstitch_src"."vals"')
        out += ['"pgstitch_pick" AS (SELECT DISTINCT ON ("row_key") "row_key", "new_key", ']
        out += [moved, ' AS "vals" FROM "pgstitch_src"), ']
        duplicate = RaiseSlot(
            "23505",
            f"duplicate key value violates unique constraint of {schema}.{table}: two rows would"
            " take the same primary key",
        )
        out += ['"pgstitch_w" AS (', *self.upsert_head(), f'{self.table_literals}, "new_key", ']
        out += ['CASE WHEN "pgstitch_n" > 1 THEN (', duplicate, ')::jsonb ELSE "vals" END']
        out += [' FROM (SELECT *, count(*) OVER (PARTITION BY "new_key") AS "pgstitch_n"']
        out += [' FROM "pgstitch_pick") AS "pgstitch_pick"', _REPLACE_TAIL]
        out += [' RETURNING "row_key", "vals"), ']
        keys = (
            'SELECT "row_key" FROM "pgstitch_pick" WHERE "row_key" NOT IN'
            ' (SELECT "new_key" FROM "pgstitch_pick")'
        )
        out += ['"pgstitch_gone" AS (', WriteSlot(schema, table, keys), ") UPDATE ", *target]
        out += [" SET ", *_join(live), " FROM ", *from_list, ", " if from_list else ""]
        out += ['"pgstitch_pick", "pgstitch_w" WHERE ']
        out += [*where, " AND "] if again else [self.locked_rows()] if where else []
        out += [f'{self.key} = "pgstitch_pick"."row_key"']
        out += [' AND "pgstitch_w"."row_key" = "pgstitch_pick"."new_key"']
        if from_list:
            # Of the FROM rows a row is joined to, one that gives the key its values went to.
            out += [" AND ", *self._new_key(key_values), ' = "pgstitch_pick"."new_key"']
        if returning:
            out += [" RETURNING ", *self.copy(returning)]
        return WriteResult(out, self.served.shadow_names)

    def _new_key(self, key_values: dict[str, list[Part]]) -> list[Part]:
        """The row key a row of the target will have once the key columns take their values."""
        table = self.served.table
        parts: list[list[Part]] = []
        for name in table.primary_key:
            column = next(c for c in table.columns if c.name == name)
            if name in key_values:
                value: list[Part] = ["((", *key_values[name], f"))::{column.qualified_type}"]
            else:
                value = [f"{self.q}.{quote_ident(name)}"]
            # The key's text of this column (a timestamptz in UTC), around its value.
            pieces = key_column_sql("\x00", column.key_type_oid).split("\x00")
            part: list[Part] = [pieces[0]]
            for piece in pieces[1:]:
                part += [*value, piece]
            parts.append(part)
        if len(parts) == 1:
            column = next(c for c in table.columns if c.name == table.primary_key[0])
            pieces = single_key_sql("\x00", column.key_type_oid).split("\x00")
            return [pieces[0], *parts[0], pieces[1]]
        return ["ROW(", *_join(parts), ")::text"]

    def checked_assignments(
        self, assigned: list[tuple[ServedColumn, list[Part]]]
    ) -> list[tuple[ServedColumn, list[Part]]]:
        """The values assigned to shadow columns of an existing row, typed and checked: a CHECK
        rule sees the row's other shadow columns, assigned (their new values) or not (their
        current values), and rules of columns left alone run when they name an assigned one."""
        raw: dict[str, list[Part]] = {}
        for column, expr in assigned:
            if column.name in raw:
                raise Refused("42601", f'multiple assignments to same column "{column.name}"', None)
            raw[column.name] = expr

        def peer(other: ServedColumn) -> list[Part]:
            if other.name in raw:
                return typed_value(other, raw[other.name])
            return ["(", ValueSlot(other, self.key, self.q, fresh=True), ")"]

        extra = rules_to_add(raw, self.served)
        out = []
        for column, expr in assigned:
            row = RowContext(self.served, peer, tuple(extra.pop(column.name, ())))
            out.append((column, stored_value(column, expr, row)))
        return out

    def _assigned(self, column: ServedColumn, target: Node, item: TokenRange) -> list[Part]:
        """The expression assigned to a shadow column by `c = expr` (DEFAULT: the default)."""
        if "SetToDefault" in (target.get("val") or {}):
            return [column.typed_default]
        return self.copy((self._after_equals(item), item[1]))

    def _after_equals(self, item: TokenRange) -> int:
        """The first token after the `=` of the assignment `item`."""
        equals = self.c.find({"ASCII_61"}, item[0], item[1])
        if equals is None:
            raise ValueError("an assignment without =")
        return equals + 1

    def _multiple_assignment(
        self, targets: list[Node], item: TokenRange
    ) -> list[tuple[str, list[Part] | None]]:
        """`(a, b) = (x, y)` as `a = x, b = y`, which is how Postgres reads it (None for a
        DEFAULT among the values); and `(a, b) = (SELECT …)` as one scalar sub-select per column
        over the same query (evaluated once per column: only volatile functions there can
        tell)."""
        row = self.row_assignments(targets, item)
        if row is not None:
            return [(name, None if value is None else self.copy(value)) for name, value in row]
        source = targets[0]["val"]["MultiAssignRef"]["source"]
        names_ = [t["name"] for t in targets]
        if "RowExpr" in source:
            raise ValueError("a row constructor of another length")  # analyzer refuses it
        query = self.copy((self._after_equals(item), item[1]))
        aliases = ", ".join(f'"c{n}"' for n in range(1, len(names_) + 1))
        return [
            (name, [f'(SELECT "pgstitch_m"."c{n}" FROM ', *query, f' AS "pgstitch_m"({aliases}))'])
            for n, name in enumerate(names_, 1)
        ]

    def row_assignments(
        self, targets: list[Node], item: TokenRange
    ) -> list[tuple[str, TokenRange | None]] | None:
        """`(a, b) = (x, y)` or `= ROW(x, y)`: each column with the tokens of its value (None
        for DEFAULT), as Postgres reads it; None when the source is not a row constructor of
        the column list's length."""
        c = self.c
        source = targets[0]["val"]["MultiAssignRef"]["source"]
        args = (source.get("RowExpr") or {}).get("args") or ()
        if len(args) != len(targets):
            return None
        first, stop = self._after_equals(item), item[1]
        if c.name(first) == "ROW":
            first += 1
        if c.name(first) != "ASCII_40" or c.matching(first) != stop - 1:
            raise ValueError("a row constructor without its parentheses")
        values = c.split(first + 1, stop - 1)
        if len(values) != len(targets):
            raise ValueError("a row constructor of another length")
        return [
            (target["name"], None if "SetToDefault" in arg else value)
            for target, value, arg in zip(targets, values, args, strict=True)
        ]

    # -- DELETE ----------------------------------------------------------------------------------

    def delete(self) -> WriteResult:
        c, body = self.c, self.body
        delete = c.find({"DELETE_P"}, 0)
        using_at = c.find({"USING"}, delete + 2) if body.get("usingClause") else None
        where_at = c.find({"WHERE"}, delete + 2) if body.get("whereClause") else None
        returning = self.returning_range(delete + 2)
        ret_at = returning[0] - 1 if returning else None
        target = self.copy((delete + 2, _first(using_at, where_at, ret_at, c.stop)))
        using = self.copy((using_at + 1, _first(where_at, ret_at, c.stop))) if using_at else []
        where = ["(", *self.copy((where_at + 1, _first(ret_at, c.stop))), ")"] if where_at else []
        schema, table = self.served.store_key
        again = self.where_again(where, using)
        out = self.with_prefix(delete)
        out += ['"pgstitch_src" AS (SELECT ', self.key, ' AS "row_key"']
        out += ["" if again else self.key_columns(), " FROM ", *target]
        if using:
            out += [", ", *using]
        if where:
            out += [" WHERE ", *where]
        out += [f" FOR UPDATE OF {self.q}), "]
        keys = 'SELECT "row_key" FROM "pgstitch_src"'
        out += ['"pgstitch_w" AS (', WriteSlot(schema, table, keys), ") DELETE FROM ", *target]
        if using:
            out += [" USING ", *using]
        out.append(" WHERE ")
        out += [*where, " AND "] if again else [self.locked_rows()] if where else []
        out.append(f"{self.key} IN ({keys})")
        if returning:
            out += [" RETURNING ", *self.copy(returning)]
        return WriteResult(out, self.served.shadow_names)

    # -- INSERT ----------------------------------------------------------------------------------

    def insert(self) -> WriteResult:
        return _Insert(self).build()


class _Insert:
    """The pieces of one INSERT and the statement they make."""

    def __init__(self, statement: _Statement) -> None:
        self.s = statement
        self.c = statement.c
        self.body = statement.body
        self.served = statement.served
        self.q = statement.q
        self.shadow_names = [col.name for col in self.served.columns]
        # Where the expression of each output of INSERT … SELECT starts: an error assigning it
        # (42804) points there.
        self.text_outputs: dict[int, int] = {}

    def build(self) -> WriteResult:
        self._find_clauses()
        self._map_targets()
        self._choose_mode()
        s = self.s
        out = s.with_prefix(self.insert_at)
        out += self._source_ctes()
        if self.one_by_one:
            inserts = [
                [f'"pgstitch_ins{row}" AS (', *self._client_insert(row), ")"]
                for row in range(1, self.row_count + 1)
            ]
            out += [*_join(inserts), " "]
            rows = " UNION ALL ".join(
                f'SELECT * FROM "pgstitch_ins{row}"' for row in range(1, self.row_count + 1)
            )
            source = f"({rows})"
            returned = source
        else:
            out += ['"pgstitch_ins" AS (', *self._client_insert(None), ") "]
            returned = '"pgstitch_ins"'
            source = returned
            if not self.by_key:  # matched by order: number the rows as they came back
                source = '(SELECT row_number() OVER () AS "pgstitch_n", * FROM "pgstitch_ins")'
        final_at = len(out)
        out += s.upsert_head()
        out += [f'{s.table_literals}, {self.q}."pgstitch_key", ', *self._vals()]
        if self.by_key:
            out += [
                f' FROM {source} AS {self.q} JOIN {_BY_KEY} AS "excluded"'
                f' ON "excluded"."pgstitch_key" = {self.q}."pgstitch_key"',
                *self._key_guard(),
            ]
        else:
            out += [
                f' FROM {source} AS {self.q} JOIN "pgstitch_v" AS "excluded"'
                f' ON "excluded"."pgstitch_n" = {self.q}."pgstitch_n"'
            ]
            if not self.one_by_one:
                out += self._guard()
        if self.conflict is not None:
            # Rows ON CONFLICT skips are not joined, yet Postgres checks NOT NULL and CHECK
            # rules of every row it would insert: read every row of "pgstitch_v" first (a
            # one-time filter, run before the join however few rows it gives).
            out.append(" WHERE " if self.one_by_one else " AND ")
            out.append('(SELECT count(*) FROM "pgstitch_v") IS NOT NULL')
        order = '"excluded"' if self.by_key else self.q
        out += [f' ORDER BY {order}."pgstitch_n"', _UPSERT_TAIL]
        if self.returning:
            out += [" RETURNING ", *self._returning(returned)]
        return WriteResult(out, self.served.shadow_names, final_at)

    # -- reading the statement -------------------------------------------------------------------

    def _find_clauses(self) -> None:
        c, body = self.c, self.body
        self.insert_at = c.find({"INSERT"}, 0)
        rel = body["relation"]
        parts = 1 + ("schemaname" in rel) + ("catalogname" in rel)
        index = c.index_at(read_dotted(self.s.text.buf, rel["location"], parts))
        if rel.get("alias"):
            if c.name(index) != "AS":
                raise ValueError("expected AS before an INSERT target alias")
            index += 2
        self.target = (self.insert_at + 2, index)
        self.col_items: list[TokenRange] = []
        if body.get("cols"):
            close = c.matching(index)
            self.col_items = c.split(index + 1, close)
            index = close + 1
        self.override = None
        if body.get("override", "OVERRIDING_NOT_SET") != "OVERRIDING_NOT_SET":
            self.override = (index, index + 3)
            index += 3
        conflict_at = c.find({"ON"}, index)
        returning = self.s.returning_range(index)
        self.returning = returning
        ret_at = returning[0] - 1 if returning else None
        self.source = (index, _first(conflict_at, ret_at, c.stop))
        self.conflict = (conflict_at, _first(ret_at, c.stop)) if conflict_at else None
        select = body.get("selectStmt", {}).get("SelectStmt")
        if select is None:
            self.kind = "default"
            self.rows: list[list[TokenRange]] = [[]]
        elif c.name(index) == "VALUES" and set(select) <= {"valuesLists", "limitOption", "op"}:
            self.kind = "values"
            self.rows = self._values_rows(index)
            if len(self.rows) != len(select["valuesLists"]):
                raise ValueError("VALUES rows do not match the parse tree")
        else:
            self.kind = "select"
            self.rows = []
        self.select = select

    def _values_rows(self, index: int) -> list[list[TokenRange]]:
        c = self.c
        rows = []
        cursor = index + 1
        while c.name(cursor) == "ASCII_40":
            close = c.matching(cursor)
            rows.append(c.split(cursor + 1, close))
            cursor = close + 1
            if c.name(cursor) != "ASCII_44":
                break
            cursor += 1
        return rows

    def _map_targets(self) -> None:
        """Which column each source position goes to, and which are shadow columns."""
        cols = [t["ResTarget"] for t in self.body.get("cols", ())]
        if self.kind == "values":
            width = len(self.rows[0])
            for row in self.rows:
                if len(row) != width:
                    # Postgres points at the first value of the first row of another length.
                    start = self.c.span(*row[0])[0] if row else None
                    raise Refused("42601", "VALUES lists must all be the same length", start)
        elif self.kind == "select":
            outputs = self.s.plan.select_outputs
            if outputs is None:
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet insert into {self._table_name()}, which has shadow"
                    " columns, from a query whose columns it cannot count; list them",
                    None,
                )
            width = len(outputs)
        else:
            width = 0
        names_ = [t["name"] for t in cols] if cols else None
        available = names_ or list(self.served.table.column_names) + self.shadow_names
        if width > len(available):
            location = self._item_location(len(available))
            raise Refused("42601", "INSERT has more expressions than target columns", location)
        if names_ is not None and width < len(names_) and self.kind != "default":
            raise Refused(
                "42601", "INSERT has more target columns than expressions", cols[width]["location"]
            )
        self.live: list[int] = []  # source positions going to live columns
        self.shadow: dict[str, int] = {}  # shadow column -> source position
        for position in range(width):
            name = available[position]
            if name not in self.shadow_names:
                self.live.append(position)
                continue
            if name in self.shadow:
                raise Refused(
                    "42701",
                    f'column "{name}" specified more than once',
                    cols[position]["location"] if cols else None,
                )
            if cols and cols[position].get("indirection"):
                raise Refused(
                    "0A000",
                    f"pgstitch cannot yet write part of shadow column {self._table_name()}.{name}",
                    cols[position]["location"],
                )
            self.shadow[name] = position
        self.available = available

    def _item_location(self, position: int) -> int | None:
        """Where the first VALUES row's item at `position` starts (errors point there); for
        INSERT … SELECT, where the query's output at `position` starts."""
        if self.kind == "select":
            return _output_location(self.select, position, len(self.s.plan.select_outputs or ()))
        if self.kind != "values":
            return None
        first, _stop = self.rows[0][position]
        return self.c.tokens[first].start

    def _table_name(self) -> str:
        return "{}.{}".format(*self.served.key)

    def _choose_mode(self) -> None:
        """All rows in one INSERT, matched to their values by order (or by key, when rows may
        be skipped and there are too many to insert one by one), or one INSERT per row."""
        self.by_key = False
        conflict = self.body.get("onConflictClause")
        action = conflict.get("action") if conflict else None
        skipping = action == "ONCONFLICT_NOTHING" or (
            action == "ONCONFLICT_UPDATE" and "whereClause" in conflict
        )
        proposed = self.conflict is not None and self._has_proposed(self.conflict)
        self.row_count = len(self.rows) if self.kind != "select" else 0
        self.one_by_one = False
        if self.kind == "select":
            if skipping or proposed:
                # The query's rows are computed once (`pgstitch_s`): whatever gives their keys,
                # the new rows can be told apart by key.
                self.key_positions = self._key_positions()
                if self.key_positions is None:
                    if action == "ONCONFLICT_NOTHING":
                        form = "ON CONFLICT DO NOTHING"
                    elif skipping:
                        form = "ON CONFLICT DO UPDATE … WHERE"
                    else:
                        form = "ON CONFLICT DO UPDATE SET … = EXCLUDED.<shadow column>"
                    raise Refused(
                        "0A000",
                        f"pgstitch cannot run INSERT … SELECT … {form} on {self._table_name()},"
                        " which has shadow columns, unless the query gives every primary key"
                        " column; list them or split the statement",
                        None,
                    )
                self.by_key = True
            return
        self.one_by_one = self.row_count > 1 and (skipping or proposed or not self.live)
        if self.one_by_one and self.row_count > MAX_ROWS_ONE_BY_ONE:
            self.key_positions = self._given_key_positions()
            if self.key_positions is None:
                raise Refused(
                    "0A000",
                    f"pgstitch cannot run this INSERT on {self._table_name()}, which has shadow"
                    f" columns, with more than {MAX_ROWS_ONE_BY_ONE} VALUES rows unless each"
                    " row gives its primary key as a constant or parameter; split it",
                    None,
                )
            self.one_by_one, self.by_key = False, True

    def _key_positions(self) -> dict[str, int] | None:
        """Where each primary key column is among the source's columns (None: one is not
        given), in key order."""
        key = self.served.table.primary_key
        given = {self.available[p]: p for p in self.live if self.available[p] in key}
        if not key or len(given) != len(key):
            return None
        return {name: given[name] for name in key}

    def _given_key_positions(self) -> dict[str, int] | None:
        """Where each primary key column is in the VALUES rows, when every row gives each as a
        constant or a parameter (a value that is the same however often it is evaluated): the
        new rows can then be told apart by key. None otherwise."""
        positions = self._key_positions()
        if positions is None:
            return None
        for row in self.select["valuesLists"]:
            items = row["List"]["items"]
            if not all(_constant_or_parameter(items[p]) for p in positions.values()):
                return None
        return positions

    def _has_proposed(self, tokens: TokenRange) -> bool:
        start, end = self.c.span(*tokens)
        return any(
            isinstance(part, ProposedValue)
            for edit in self.s.text.edits
            if start <= edit.start < end
            for part in edit.parts
        )

    # -- the parts of the rewrite ----------------------------------------------------------------

    def _source_ctes(self) -> list[Part]:
        """`pgstitch_v`: per source row its number and every served column's stored value."""
        if self.kind == "select":
            return self._select_source_ctes()
        columns = ", ".join(quote_ident(name) for name in self.shadow_names)
        if self.by_key:
            columns += ', "pgstitch_key"'
        rows = []
        for number, items in enumerate(self.rows, start=1):
            row: list[Part] = [f"({number}"]
            for column in self.served.columns:
                row += [", ", *self._value(column, items)]
            if self.by_key:
                given = [self.s.copy(items[p]) for p in self.key_positions.values()]
                row += [", ", *self._source_key(given)]
            row.append(")")
            rows.append(row)
        out: list[Part] = [
            f'"pgstitch_v" ("pgstitch_n", {columns}) AS (VALUES ',
            *_join(rows),
            "), ",
        ]
        if self.by_key:
            out.append(_BY_KEY_CTE)
        return out

    def _source_key(self, given: list[list[Part]]) -> list[Part]:
        """The row key a source row's new row will have, from the values it gives the key
        columns (in key order), cast as the INSERT assigns them."""
        row = '"pgstitch_k"'
        values: list[list[Part]] = []
        for name, value in zip(self.key_positions, given, strict=True):
            live = self.served.table.column(name)
            type_sql = live.qualified_type if live is not None else "text"
            values.append(["(", *value, f")::{type_sql} AS {quote_ident(name)}"])
        key = self.served.row_key(row)
        held = self._held_key(row)
        if held is not None:
            key = f"COALESCE({held}, {key})"
        return [f"(SELECT {key} FROM (SELECT ", *_join(values), f") AS {row})"]

    def _held_key(self, row: str) -> str | None:
        """The key text of the row that already holds a key equal to the source row's `row`:
        the row ON CONFLICT meets keeps its key as written (numeric 1.0 for a given 1.000,
        'Alice' for 'ALICE' under a case-insensitive collation), and its new row is matched
        by that text. None when equal keys of the table always print alike."""
        table = self.served.table
        columns = [table.column(name) for name in table.primary_key]
        if all(c is not None and c.key_type_oid in STABLE_KEY_TYPES for c in columns):
            return None
        held = '"pgstitch_h"'
        match = " AND ".join(
            f"{held}.{quote_ident(name)} = {row}.{quote_ident(name)}" for name in table.primary_key
        )
        relation = f"{quote_ident(table.schema)}.{quote_ident(table.name)}"
        return f"(SELECT {self.served.row_key(held)} FROM {relation} AS {held} WHERE {match})"

    def _value(self, column: ServedColumn, items: list[TokenRange]) -> list[Part]:
        """A VALUES row's value for a shadow column: given, DEFAULT or not listed."""

        def peer(other: ServedColumn) -> list[Part]:
            return typed_value(other, self._given(other, items))

        return stored_value(
            column, self._given(column, items), RowContext(self.served, peer, inserted=True)
        )

    def _given(self, column: ServedColumn, items: list[TokenRange]) -> list[Part]:
        """The expression a VALUES row gives a shadow column (its default when none)."""
        position = self.shadow.get(column.name)
        if position is None:
            return [column.typed_default]
        first, stop = items[position]
        if self.c.name(first) == "DEFAULT" and stop == first + 1:
            return [column.typed_default]
        return self.s.copy((first, stop))

    def _select_source_ctes(self) -> list[Part]:
        self._cast_unknown_outputs()
        width = len(self.s.plan.select_outputs or ())
        aliases = ", ".join(f'"pgstitch_{p + 1}"' for p in range(width))
        out: list[Part] = [
            '"pgstitch_s" AS (SELECT row_number() OVER () AS "pgstitch_n", * FROM (',
            *self.s.copy(self.source),
            f') AS "pgstitch_q" ({aliases})' if width else ') AS "pgstitch_q"',
            '), "pgstitch_v" AS (SELECT "pgstitch_n"',
        ]

        def given(column: ServedColumn) -> list[Part]:
            position = self.shadow.get(column.name)
            if position is None:
                return [column.typed_default]
            return [f'"pgstitch_{position + 1}"']

        def peer(other: ServedColumn) -> list[Part]:
            return typed_value(other, given(other))

        for column in self.served.columns:
            value = stored_value(
                column, given(column), RowContext(self.served, peer, inserted=True)
            )
            out += [", ", *value, f" AS {quote_ident(column.name)}"]
        if self.by_key:
            keys = [[f'"pgstitch_{p + 1}"'] for p in self.key_positions.values()]
            out += [", ", *self._source_key(keys), ' AS "pgstitch_key"']
        out.append(' FROM "pgstitch_s"), ')
        if self.by_key:
            out.append(_BY_KEY_CTE)
        return out

    def _cast_unknown_outputs(self) -> None:
        """Literals and parameters a SELECT gives an INSERT take the target column's type;
        moved into a sub-select they would be text. Cast them as the INSERT would have."""
        select = self.select
        if select.get("op", "SETOP_NONE") != "SETOP_NONE":
            # UNION and the like made their literals text; an error assigning an output points
            # at the leftmost query's expression.
            while select.get("op", "SETOP_NONE") != "SETOP_NONE":
                select = select["larg"]
            targets = select.get("targetList", ())
            if not any(_is_star(node["ResTarget"].get("val")) for node in targets):
                for index, node in enumerate(targets):
                    value = node["ResTarget"].get("val") or {}
                    start = first_location(value)
                    if start is not None:
                        self.text_outputs[index] = start
            return
        if "valuesLists" in select:
            return
        edits = []
        targets = select.get("targetList", ())
        stars = [i for i, node in enumerate(targets) if _is_star(node["ResTarget"].get("val"))]
        outputs = self.s.plan.select_outputs
        # The one `*` of the list stands for all outputs the other entries leave; after a
        # second, where each entry lands is not known here.
        star_width = len(outputs) - len(targets) + 1 if outputs and len(stars) == 1 else None
        resolved = _outputs_resolved_to_text(select)
        for index, node in enumerate(targets):
            if stars and index > stars[0] and star_width is None:
                break
            position = index + (star_width - 1 if stars and index > stars[0] else 0)
            value = node["ResTarget"].get("val") or {}
            if index in stars:
                # An error assigning a column the `*` stands for points at the `*`.
                if star_width is None:
                    break
                for offset in range(star_width):
                    self.text_outputs[position + offset] = value["ColumnRef"]["location"]
                continue
            # An error assigning the output (42804) points where its expression starts.
            start = first_location(value)
            if start is not None:
                self.text_outputs[position] = start
            location = _unknown_location(value)
            if location is not None and (resolved is None or position + 1 in resolved):
                # Postgres has made the literal text already (DISTINCT, ORDER BY, GROUP BY):
                # the INSERT then fails (42804) or converts it by assignment, as it will here.
                continue
            if location is None or position >= len(self.available):
                continue
            token = self.c.tokens[self.c.index_at(location)]
            if token.start != location or token.name not in _UNKNOWN_TOKENS:
                continue
            type_sql = self._input_type(self.available[position])
            if type_sql is None:
                continue
            piece = self.s.text.copy(token.start, token.end)
            edits.append(Edit(token.start, token.end, ["(", *piece, f")::{type_sql}"]))
        if edits:
            self.s.text = EditedText(self.s.text.buf, self.s.text.edits + edits)

    def _input_type(self, name: str) -> str | None:
        column = self.served.column(name)
        if column is not None:
            return column.base_type_sql or column.type_sql
        live = self.served.table.column(name)
        return None if live is None else base_type_sql(live.qualified_type)

    def _client_insert(self, row: int | None) -> list[Part]:
        """The client's INSERT without the shadow columns; `row`: just that VALUES row."""
        s = self.s
        out: list[Part] = ["INSERT INTO ", *s.copy(self.target)]
        if self.live:
            if self.col_items:
                columns = [s.copy(self.col_items[p]) for p in self.live]
            else:
                columns = [[quote_ident(self.available[p])] for p in self.live]
            out += [" (", *_join(columns), ")"]
        if self.override:
            out += [" ", *s.copy(self.override)]
        if self.kind == "select":
            columns: list[list[Part]] = [
                [(f'"pgstitch_{p + 1}"', s.text.origin(self.text_outputs[p]), False)]
                if p in self.text_outputs
                else [f'"pgstitch_{p + 1}"']
                for p in self.live
            ]
            out += [" SELECT ", *_join(columns), ' FROM "pgstitch_s" ORDER BY "pgstitch_n"']
        elif self.kind == "values" and self.live:
            rows = self.rows if row is None else [self.rows[row - 1]]
            values = [["(", *_join([s.copy(items[p]) for p in self.live]), ")"] for items in rows]
            out += [" VALUES ", *_join(values)]
        else:
            out.append(" DEFAULT VALUES")
        if self.conflict is not None:
            out += [" ", *self._conflict(row or 1)]
        out.append(" RETURNING ")
        if row is not None:
            out.append(f'{row} AS "pgstitch_n", ')
        out.append(f'{s.key} AS "pgstitch_key", {self._is_new()} AS "pgstitch_new", {self.q}.*')
        out += [f", {self.q}.{name} AS {name}" for name in s.plan.system_columns]
        return out

    def _is_new(self) -> str:
        """Whether a returned row was inserted (not updated by ON CONFLICT): `xmax = 0`.

        The RETURNING list of an INSERT into a partitioned table cannot read xmax (Postgres:
        "cannot retrieve a system column in this context"). There every row is new without
        ON CONFLICT DO UPDATE; with it, a row is new when the statement's snapshot holds no
        row of its key (a row committed by another transaction after the snapshot was taken
        and then updated by ON CONFLICT counts as new).
        """
        if self.served.table.kind != "p":
            return f"({self.q}.xmax = 0)"
        conflict = self.body.get("onConflictClause")
        if not conflict or conflict.get("action") != "ONCONFLICT_UPDATE":
            return "true"
        table = self.served.table
        old = '"pgstitch_old"'
        same = " AND ".join(
            f"{old}.{quote_ident(c)} = {self.q}.{quote_ident(c)}" for c in table.primary_key
        )
        relation = f"{quote_ident(table.schema)}.{quote_ident(table.name)}"
        return f"(NOT EXISTS (SELECT FROM {relation} AS {old} WHERE {same}))"

    def _conflict(self, row: int) -> list[Part]:
        """ON CONFLICT of the client's INSERT, without its assignments to shadow columns."""
        c, s = self.c, self.s
        start, stop = self.conflict
        do = c.find({"DO"}, start + 2, stop)
        out: list[Part] = [*s.copy((start, do)), " DO "]
        if c.name(do + 1) == "NOTHING":
            return [*out, "NOTHING"]
        set_at = do + 2
        where_at = c.find({"WHERE"}, set_at + 1, stop)
        items = c.split(set_at + 1, where_at or stop)
        targets = [t["ResTarget"] for t in self.body["onConflictClause"].get("targetList", ())]

        def proposed(marker: Marker) -> list[Part]:
            return self._proposed(marker, row)

        live = []
        for number, item in enumerate(items):
            mine = [t for t in targets if c.containing(items, t["location"]) == number]
            pairs = s.row_assignments(mine, item) if _multiple(mine) else None
            if pairs is not None:
                live += [
                    [quote_ident(name), " = ", *(s.copy(value, proposed) if value else ["DEFAULT"])]
                    for name, value in pairs
                    if name not in self.shadow_names
                ]
                continue
            if len(mine) == 1 and mine[0]["name"] in self.shadow_names:
                continue
            live.append(s.copy(item, proposed))
        if not live:
            dummy = quote_ident(dummy_column(self.served))
            live.append([f"{dummy} = {self.q}.{dummy}"])
        out += ["UPDATE SET ", *_join(live)]
        if where_at is not None:
            out += [" WHERE ", *s.copy((where_at + 1, stop), proposed)]
        return out

    def _proposed(self, marker: Marker, row: int) -> list[Part]:
        """EXCLUDED's shadow values are those of the source row: `pgstitch_v` holds them."""
        if not isinstance(marker, ProposedValue):
            raise ValueError(f"unexpected placeholder {marker!r}")

        def value(name: str) -> str:
            # Cast to the column's own type (a no-op): a bare parenthesized sub-select where
            # the client wrote `= ANY (excluded.c)` would make it an ANY (sub-query).
            column = self.served.column(name)
            cast = f"::{column.type_sql}" if column is not None else ""
            if self.by_key:
                # The row ON CONFLICT met: its key is the one `pgstitch_vk` holds.
                key = self.served.row_key(self.q)
                return (
                    f"(SELECT {quote_ident(name)} FROM {_BY_KEY}"
                    f' WHERE "pgstitch_key" = {key}){cast}'
                )
            return (
                f'(SELECT {quote_ident(name)} FROM "pgstitch_v" WHERE "pgstitch_n" = {row}){cast}'
            )

        if marker.column is not None:
            return [value(marker.column)]
        columns = self.served.live_columns_sql('"excluded"')
        columns += [f"{value(name)} AS {quote_ident(name)}" for name in self.shadow_names]
        return [f'(SELECT "excluded" FROM (SELECT {", ".join(columns)}) AS "excluded")']

    def _vals(self) -> list[Part]:
        """The parked values of each returned row: all of them when inserted, the assigned
        ones when ON CONFLICT updated it."""
        inserted = vals_object(
            [
                (
                    column,
                    inserted_check(column, self.served, [f'"excluded".{quote_ident(column.name)}']),
                )
                for column in self.served.columns
                if column.name in self.shadow_names
            ]
        )
        conflict = self.body.get("onConflictClause")
        if not conflict or conflict.get("action") != "ONCONFLICT_UPDATE":
            return inserted
        c, s = self.c, self.s
        start, stop = self.conflict
        do = c.find({"DO"}, start + 2, stop)
        where_at = c.find({"WHERE"}, do + 3, stop)
        items = c.split(do + 3, where_at or stop)
        updated: list[tuple[ServedColumn, list[Part]]] = []
        for number, item in enumerate(items):
            mine = [
                t["ResTarget"]
                for t in conflict.get("targetList", ())
                if c.containing(items, t["ResTarget"]["location"]) == number
            ]
            pairs = s.row_assignments(mine, item) if _multiple(mine) else None
            for name, value in pairs or ():
                column = self.served.column(name)
                if column is not None:
                    updated.append((column, s.copy(value) if value else [column.typed_default]))
            column = self.served.column(mine[0]["name"]) if len(mine) == 1 and not pairs else None
            if column is not None:
                updated.append((column, s._assigned(column, mine[0], item)))
        updated = s.checked_assignments(updated)
        return [
            f'CASE WHEN {self.q}."pgstitch_new" THEN ',
            *inserted,
            " ELSE ",
            *vals_object(updated),
            " END",
        ]

    def _guard(self) -> list[Part]:
        """Rows matched by order: fail if a trigger made the INSERT skip some."""
        expected = str(self.row_count)
        if self.kind == "select":
            expected = '(SELECT count(*) FROM "pgstitch_s")'
        message = (
            f"pgstitch cannot park shadow values: a trigger on {self._table_name()}"
            " skipped rows of this INSERT"
        )
        return [
            f' WHERE CASE WHEN (SELECT count(*) FROM "pgstitch_ins") = {expected} THEN true ELSE (',
            RaiseSlot("0A000", message),
            ") IS NULL END",
        ]

    def _key_guard(self) -> list[Part]:
        """Rows matched by key: fail if a new row's key text is not its source row's (a trigger
        changed the key, or ON CONFLICT updated a row committed after the statement's snapshot
        whose equal key is written otherwise: numeric 1.0 for a given 1.00), or if a key given
        twice may belong to a row ON CONFLICT skipped for another unique key.

        Each check is a sub-select of its own, so that Postgres runs it once before the join
        (a one-time filter), also when the join gives no row at all.
        """
        table = self._table_name()
        matched = (
            '(SELECT count(*) FROM "pgstitch_ins" AS "pgstitch_i"'
            f' WHERE EXISTS (SELECT FROM {_BY_KEY} AS "pgstitch_m"'
            ' WHERE "pgstitch_m"."pgstitch_key" = "pgstitch_i"."pgstitch_key"))'
        )
        out: list[Part] = [
            ' WHERE (SELECT CASE WHEN (SELECT count(*) FROM "pgstitch_ins")'
            f" = {matched} THEN true ELSE (",
            RaiseSlot(
                "0A000",
                f"pgstitch cannot park shadow values: rows of this INSERT into {table} do not"
                " have the primary key their VALUES rows give: a trigger changed the primary key,"
                " or ON CONFLICT met a row committed meanwhile whose key is equal but written"
                " differently (1.0 and 1.00, another case under a case-insensitive collation)",
            ),
            ") IS NULL END)",
        ]
        conflict = self.body.get("onConflictClause")
        if conflict.get("action") == "ONCONFLICT_NOTHING" and not conflict_on_primary_key(
            conflict, self.served.table
        ):
            out += [
                ' AND (SELECT CASE WHEN (SELECT count(*) FROM "pgstitch_v")'
                f" = (SELECT count(*) FROM {_BY_KEY}) THEN true ELSE (",
                RaiseSlot(
                    "0A000",
                    f"pgstitch cannot run this INSERT on {table}, which has shadow columns: it"
                    " gives a primary key twice, and ON CONFLICT DO NOTHING on another key may"
                    " skip either row; split it, or name the primary key as the conflict target",
                ),
                ") IS NULL END)",
            ]
        return out

    def _returning(self, returned: str) -> list[Part]:
        """Each RETURNING item, evaluated over the new row with its shadow values."""
        row = '"pgstitch_r"'
        derived: list[Part] = ["(SELECT ", ", ".join(self.served.live_columns_sql(row))]
        for column in self.served.columns:
            if derived[-1] != "(SELECT ":
                derived.append(", ")
            derived += [
                ValueSlot(column, '"pgstitch_p"."row_key"', row, vals_sql='"pgstitch_p"."vals"'),
                f" AS {quote_ident(column.name)}",
            ]
        derived += [f", {row}.{name} AS {name}" for name in self.s.plan.system_columns]
        derived.append(
            f' FROM {returned} AS {row} WHERE {row}."pgstitch_key" = "pgstitch_p"."row_key")'
            f" AS {self.q}"
        )
        c = self.c
        items = c.split(*self.returning)
        nodes = [n["ResTarget"] for n in _returning_list(self.body)]
        out: list[list[Part]] = []
        for number, item in enumerate(items):
            node = nodes[number]
            ref = (node.get("val") or {}).get("ColumnRef")
            if ref is not None and "A_Star" in ref["fields"][-1] and "name" not in node:
                qualifier = names(ref["fields"][:-1])
                if not qualifier or qualifier[-1] == self.s.plan.refname:
                    out += self._every_column(derived)
                    continue
            if _field_star(node, item, c):
                # `(x).*`: the fields of one composite value. Each item becomes a scalar
                # sub-select, which must give one column: the value is selected, then expanded.
                if self._is_target_row(node["val"]["A_Indirection"]):
                    out += self._every_column(derived)
                    continue
                inner = self.s.copy((item[0], item[1] - 2))
                out.append(["((SELECT ", *inner, " FROM ", *derived, ")).*"])
                continue
            name = self.s.plan.returning_names[number]
            out.append(
                ["(SELECT ", *self.s.copy(item), " FROM ", *derived, f") AS {quote_ident(name)}"]
            )
        return _join(out)

    def _every_column(self, derived: list[Part]) -> list[list[Part]]:
        """The new row's columns, live then shadow, each by name (`RETURNING t.*`)."""
        out = []
        for name in self.served.all_names:
            column = f"{self.q}.{quote_ident(name)}"
            out.append([f"(SELECT {column} FROM ", *derived, f") AS {quote_ident(name)}"])
        return out

    def _is_target_row(self, indirection: Node) -> bool:
        """`(t).*` with t the target's name and not one of its columns: the whole new row."""
        if len(indirection.get("indirection", ())) != 1:
            return False
        fields = indirection.get("arg", {}).get("ColumnRef", {}).get("fields", ())
        if len(fields) != 1 or "String" not in fields[0]:
            return False
        name = fields[0]["String"]["sval"]
        return name == self.s.plan.refname and name not in self.served.all_names


def _field_star(node: Node, item: TokenRange, c: Clauses) -> bool:
    """Whether a RETURNING item is `(expr).*` (its last two tokens `.` and `*`)."""
    indirection = (node.get("val") or {}).get("A_Indirection")
    if indirection is None or "A_Star" not in indirection.get("indirection", [{}])[-1]:
        return False
    first, stop = item
    return stop - first > 2 and c.name(stop - 2) == "ASCII_46" and c.name(stop - 1) == "ASCII_42"


def _output_location(select: Node, position: int, width: int) -> int | None:
    """Where the expression of output `position` (0-based) of a query of `width` outputs
    starts: at the `*` standing for it, in the leftmost query of a UNION; None if not known."""
    while select.get("op", "SETOP_NONE") != "SETOP_NONE":
        select = select["larg"]
    targets = select.get("targetList", ())
    stars = [i for i, node in enumerate(targets) if _is_star(node["ResTarget"].get("val"))]
    if len(stars) > 1:
        return None
    index = position
    if stars and position > stars[0]:
        index = max(stars[0], position - (width - len(targets)))
    if index >= len(targets):
        return None
    value = targets[index]["ResTarget"].get("val") or {}
    return first_location(value)


def _outputs_resolved_to_text(select: Node) -> set[int] | None:
    """The 1-based output positions of a SELECT whose unknown-typed literals Postgres resolves
    to text before an INSERT assigns them (DISTINCT, DISTINCT ON, ORDER BY and GROUP BY sort or
    group by them); None when that is every output (plain DISTINCT)."""
    distinct = select.get("distinctClause")
    if distinct is not None and any(not item for item in distinct):
        return None
    names = {
        node["ResTarget"]["name"]: index + 1
        for index, node in enumerate(select.get("targetList", ()))
        if node["ResTarget"].get("name")
    }

    def position(node: Node, by_name: bool) -> int | None:
        number = (node.get("A_Const") or {}).get("ival")
        if number is not None:
            return number.get("ival", 0)
        ref = node.get("ColumnRef")
        if by_name and ref is not None and len(ref["fields"]) == 1:
            field = ref["fields"][0].get("String")
            return None if field is None else names.get(field["sval"])
        return None

    found = [position(node, True) for node in distinct or ()]
    found += [position(node["SortBy"]["node"], True) for node in select.get("sortClause", ())]
    found += [position(node, False) for node in select.get("groupClause", ())]
    return {number for number in found if number is not None}


def _returning_list(body: Node) -> list[Node]:
    clause = body.get("returningClause")
    return (clause.get("exprs") if clause else body.get("returningList")) or []


def conflict_on_primary_key(conflict: Node, table: LiveTable) -> bool:
    """Whether ON CONFLICT's arbiter is the table's primary key: `(k1, k2)` naming exactly its
    columns, or ON CONSTRAINT with the name Postgres gives a primary key (`<table>_pkey`; a
    key named otherwise is not recognized, and changing it is refused)."""
    infer = conflict.get("infer") or {}
    constraint = infer.get("conname")
    if constraint is not None:
        return constraint == f"{table.name}_pkey"
    columns = []
    for element in infer.get("indexElems") or ():
        index_elem = element.get("IndexElem", {})
        if "name" not in index_elem:
            return False
        columns.append(index_elem["name"])
    return bool(columns) and sorted(columns) == sorted(table.primary_key)


def _constant_or_parameter(node: Node) -> bool:
    """A constant or a parameter, maybe cast: the same value each time it is evaluated."""
    cast = node.get("TypeCast")
    if cast is not None:
        return _constant_or_parameter(cast["arg"])
    return "A_Const" in node or "ParamRef" in node


def _is_star(value: Node | None) -> bool:
    """A select-list `*` or `t.*`."""
    ref = (value or {}).get("ColumnRef")
    return ref is not None and "A_Star" in ref["fields"][-1]


def _unknown_location(value: Node) -> int | None:
    """Where a literal or parameter of unknown type starts, else None."""
    const = value.get("A_Const")
    if const is not None and ("sval" in const or const.get("isnull")):
        return const.get("location")
    param = value.get("ParamRef")
    if param is not None:
        return param.get("location")
    return None


def calls_volatile(node: Any) -> bool:
    """Whether a parse tree calls one of the built-in functions in _VOLATILE_FUNCTIONS, or
    holds a sub-query locking rows (`FOR UPDATE SKIP LOCKED`: run again after a concurrent
    commit, it may pick other rows)."""
    for fields in dicts(node):
        if fields.get("lockingClause"):
            return True
        call = fields.get("FuncCall")
        if call is not None and names(call.get("funcname"))[-1:] in (
            [name] for name in _VOLATILE_FUNCTIONS
        ):
            return True
    return False
