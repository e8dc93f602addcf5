"""The rewriter: SQL text in, SQL template out, pure and cached.

`Rewriter(catalog, shadow).rewrite(sql, search_path)` returns None when the statement must be
forwarded untouched (it cannot involve a shadow column, or pglast cannot parse it and Postgres
will report its own error), else a `Rewrite` to render with the current parked values.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from pglast.parser import ParseError, parse_sql_json

from proxy.rewrite.analyze import RewriteEnv, analyze_statement
from proxy.rewrite.cache import MISSING, RewriteCache
from proxy.rewrite.edits import Edit, splice
from proxy.rewrite.literal_template import LiteralTemplate, Spans, placeholders_read_as_values
from proxy.rewrite.masking import MaskedLiterals, mask_literals
from proxy.rewrite.pathflow import PathFollower, resolve_user
from proxy.rewrite.served import ServedTable, served_tables
from proxy.rewrite.template import Rewrite, RewriteError
from shadow.catalog import CatalogSnapshot
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema

log = logging.getLogger(__name__)

DEFAULT_SEARCH_PATH = ("public",)
DEEP_RECURSION_LIMIT = 100_000
# Tags the cache key of a masked shape (a 5-tuple, never equal to a 4-tuple text key).
MASKED = "masked"
# A masked shape whose template cannot be used: its statements are rewritten cold.
UNUSABLE = object()
# Statements `parameterized` takes (by their first word), and the largest integer constant.
_PREPARABLE = ("select", "with", "insert", "update", "delete")
_INTEGER_MAX = 2**31 - 1


@dataclass(frozen=True, slots=True)
class SeenShape:
    """The one statement of a masked shape seen so far, and its cold rewrite.

    The next statement of the shape builds the template (which costs about two cold rewrites,
    not worth it for a statement that never comes back) and checks it against both.
    """

    sql: str
    spans: tuple[tuple[int, int], ...]
    parsed: bool
    result: Rewrite | None


class Rewriter:
    """Rewrites statements against one catalog snapshot and one shadow-schema version.

    Raises InvalidShadowColumn when a served column's type or default is not acceptable SQL;
    with `skip_invalid`, such columns are left out instead and listed in `refused_columns`.
    Share one `RewriteCache` between the rewriters of successive versions: entries are keyed
    by both versions, so stale ones simply age out. With `mask_constants` (the default), a
    statement missing the cache is looked up again with its constants masked, and served from
    the template of an earlier statement of the same shape (docs/rewriting.md, "Speed").
    """

    def __init__(
        self,
        catalog: CatalogSnapshot,
        shadow: ShadowSchema,
        cache: RewriteCache | None = None,
        mask_constants: bool = True,
        skip_invalid: bool = False,
    ) -> None:
        self.mask_constants = mask_constants
        self.catalog = catalog
        self.shadow = shadow
        refused: list[tuple[ShadowColumn, str]] | None = [] if skip_invalid else None
        self.served: dict[tuple[str, str], ServedTable] = served_tables(catalog, shadow, refused)
        self.refused_columns: tuple[tuple[ShadowColumn, str], ...] = tuple(refused or ())
        self.cache = cache if cache is not None else RewriteCache()
        self._last_masked: tuple[str | None, MaskedLiterals | None] = (None, None)
        functions = _functions_of_rows(catalog, self.served)
        self._needles = tuple(
            sorted({name.lower() for _schema, name in self.served} | {f.lower() for f in functions})
        )
        self._json_needles = tuple(
            sorted(
                {'"relname":' + json.dumps(name, ensure_ascii=False) for _s, name in self.served}
            )
        )
        # A table's row type named as a type (`NULL::accounts`), which the analyzer refuses.
        self._type_needles = tuple(
            sorted({'"sval":' + json.dumps(name, ensure_ascii=False) for _s, name in self.served})
        )
        # A function returning a served table's rows (`RETURNS SETOF accounts`) in FROM, the
        # row one returns in the select list or a field of it (`(account_by_id(1)).loyalty`).
        self._function_needles = tuple(
            sorted('"sval":' + json.dumps(name, ensure_ascii=False) for name in functions)
        )

    @property
    def needles(self) -> tuple[str, ...]:
        """Lower-case words at least one of which is in the lower-cased text of any statement
        that can involve a shadow column (what `might_touch` looks for)."""
        return ("u&", *self._needles) if self._needles else ()

    def might_touch(self, sql: str) -> bool:
        """A cheap text check: False means no statement in `sql` can involve a shadow column."""
        if not self._needles:
            return False
        lowered = sql.lower()
        if "u&" in lowered:
            return True
        return any(needle in lowered for needle in self._needles)

    def rewrite(self, sql: str, search_path: Sequence[str] = DEFAULT_SEARCH_PATH) -> Rewrite | None:
        """The rewrite of a query string (one or many statements, $n parameters allowed).

        `search_path` lists the session's schemas in order, with "$user" already resolved,
        or left as `pathflow.USER` with the current role and login user noted after the
        schemas (`proxy.search_path.for_rewriter`), which a SET ROLE inside the string changes.
        """
        if not self.might_touch(sql):
            return None
        path = tuple(search_path)
        key = (sql, self.shadow.version, self.catalog.version, path)
        cached = self.cache.get(key)
        if cached is not MISSING:
            return cached
        masked = self.masked(sql)
        if masked is not None:
            masked_key = (masked.key, self.shadow.version, self.catalog.version, path, MASKED)
            entry = self.cache.get(masked_key)
            if entry is None:
                return None
            if type(entry) is LiteralTemplate:
                result = entry.fill(sql, masked.spans)
                self.cache.put(key, result, len(sql) * 3 + entry.chars)
                return result
            if type(entry) is SeenShape:
                result, entry = self._rewrite_with_template(sql, masked, path, entry)
                size = len(masked.key) * 2 + (entry.chars if type(entry) is LiteralTemplate else 0)
                self.cache.put(masked_key, entry, size)
            elif entry is MISSING:
                parsed, result = self._attempt(sql, path)
                seen = SeenShape(sql, masked.spans, parsed, result)
                size = len(masked.key) * 2 + len(sql) + _text_size(result)
                self.cache.put(masked_key, seen, size)
            else:
                result = self._rewrite(sql, path)
        else:
            result = self._rewrite(sql, path)
        self.cache.put(key, result, len(sql) * 2 + _text_size(result))
        return result

    def masked(self, sql: str) -> MaskedLiterals | None:
        """`sql` with its constants masked (`mask_literals`), kept for `rewrite` and
        `parameterized` asked next about the same text."""
        last_sql, masked = self._last_masked
        if last_sql is not sql:
            masked = mask_literals(sql) if self.mask_constants else None
            self._last_masked = (sql, masked)
        return masked

    def parameterized(
        self, sql: str, search_path: Sequence[str] = DEFAULT_SEARCH_PATH
    ) -> tuple[LiteralTemplate | Rewrite, tuple[str, ...], Spans] | None:
        """For one SELECT, INSERT, UPDATE or DELETE whose constants are all integers of
        Postgres's `integer` range: what its rewrite with constant number i as parameter
        `$<i + 1>` of type integer comes from (its shape's template, whose `fill_parameters`
        gives it, or the rewrite itself when it has no constants), the constants' texts and
        their spans. Such a rewrite can be prepared once and executed with each statement's
        constants; an integer literal is an `integer` constant to Postgres, so the parameter is
        typed as the constant was.

        None for any other statement, for a text that refers to parameters (`$n`: a Query
        has none to bind, and Postgres answers 42P02, where the constants would take their
        numbers), or while its shape has no template yet (the second
        statement of a shape builds it), or when two of its constants are the same number:
        Postgres matches expressions holding them (`SELECT c + 1 … GROUP BY c + 1`, DISTINCT
        with ORDER BY, DISTINCT ON, GROUPING), and two parameters never match each other.
        When the text with distinct parameters prepares, no such match was needed, so a later
        statement of the shape may run it whatever its constants. Asked before `rewrite`, it
        saves filling the template with the constants when the caller runs the statement this
        way; `rewrite` then masks the text only once.
        """
        masked = self.masked(sql)
        if masked is None or masked.parameters:
            return None
        key = masked.key
        head = key.lstrip()[:7].lower()
        if not head.startswith(_PREPARABLE) or ";" in key.rstrip().rstrip(";"):
            return None
        path = tuple(search_path)
        if not masked.spans:
            result = self.cache.get((sql, self.shadow.version, self.catalog.version, path))
            return (result, (), ()) if type(result) is Rewrite and not result.errors else None
        values = integer_constants(sql, masked.spans)
        if values is None or len({int(value) for value in values}) < len(values):
            return None
        entry = self.cache.get((key, self.shadow.version, self.catalog.version, path, MASKED))
        if type(entry) is not LiteralTemplate or entry.errors:
            return None
        return entry, values, masked.spans

    def forwards_shape(self, sql: str, search_path: Sequence[str] = DEFAULT_SEARCH_PATH) -> bool:
        """True when every statement of the masked shape of `sql` is forwarded untouched: the
        shape's second statement decided so for all of them (see `_rewrite_with_template`)."""
        masked = self.masked(sql)
        if masked is None:
            return False
        key = (masked.key, self.shadow.version, self.catalog.version, tuple(search_path), MASKED)
        return self.cache.get(key) is None

    def _rewrite_with_template(
        self, sql: str, masked: MaskedLiterals, search_path: tuple[str, ...], seen: SeenShape
    ) -> tuple[Rewrite | None, LiteralTemplate | object | None]:
        """The rewrite of `sql`, and what statements of its masked shape get from now on: a
        template, None (forward them untouched) or UNUSABLE (rewrite each one cold). Called for
        the second statement of a shape; `seen` is the first.

        The statement is rewritten with its constants replaced by placeholder parameters; the
        result is usable only if filling it with the constants of `sql`, and of the statement
        seen first, gives exactly their cold rewrites, and no placeholder stands where a
        constant is read for its value (an ordinal in ORDER BY / GROUP BY, the value of a SET
        statement), nor where a parameter does not parse (`varchar(10)`, `FETCH 3`).
        """
        parsed, result = self._attempt(sql, search_path)
        forwarded = None if result is None and seen.result is None else UNUSABLE
        placeholder_sql = masked.placeholder_sql(sql)
        tree_json = self._parse(placeholder_sql)
        if not parsed or not seen.parsed or tree_json is None:
            return result, UNUSABLE
        if not self._names_served_table(tree_json):
            return result, forwarded
        try:
            if placeholders_read_as_values(tree_json):
                return result, UNUSABLE
        except RecursionError:
            return result, UNUSABLE
        template = self._rewrite_parsed(placeholder_sql, tree_json, search_path)
        if template is None:
            return result, forwarded
        literal_template = LiteralTemplate.build(template, placeholder_sql, len(masked.spans))
        if (
            literal_template is None
            or not literal_template.reproduces(result, sql, masked.spans)
            or not literal_template.reproduces(seen.result, seen.sql, seen.spans)
        ):
            return result, UNUSABLE
        return result, literal_template

    def _rewrite(self, sql: str, search_path: tuple[str, ...]) -> Rewrite | None:
        return self._attempt(sql, search_path)[1]

    def _attempt(self, sql: str, search_path: tuple[str, ...]) -> tuple[bool, Rewrite | None]:
        """(whether pglast parses `sql`, its rewrite)."""
        tree_json = self._parse(sql)
        if tree_json is None:
            return False, None
        if not self._names_served_table(tree_json):
            return True, None
        return True, self._rewrite_parsed(sql, tree_json, search_path)

    def _names_served_table(self, tree_json: str) -> bool:
        """Whether a parse tree names a table with served columns, as a relation or a type."""
        if any(needle in tree_json for needle in self._json_needles):
            return True
        if '"FuncCall"' in tree_json and any(n in tree_json for n in self._function_needles):
            return True
        names_type = '"typeName"' in tree_json or '"ofTypename"' in tree_json
        return names_type and any(n in tree_json for n in self._type_needles)

    @staticmethod
    def _parse(sql: str) -> str | None:
        try:
            return parse_sql_json(sql)
        except ParseError:
            return None

    def _rewrite_parsed(
        self, sql: str, tree_json: str, search_path: tuple[str, ...]
    ) -> Rewrite | None:
        try:
            return self._build(sql, json.loads(tree_json), search_path)
        except RecursionError:
            pass
        except ValueError as exc:
            # The text around a location was not what the parser said: never expected, but the
            # statement is better forwarded (Postgres answers for itself) than the session lost.
            log.warning("statement forwarded without rewriting: %s", exc)
            return None
        # Deeply nested statements: Python's default recursion limit gives up long before
        # Postgres does; libpg_query bounds the depth, so a higher limit is safe.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, DEEP_RECURSION_LIMIT))
        try:
            return self._build(sql, json.loads(tree_json), search_path)
        except RecursionError:
            return None
        finally:
            sys.setrecursionlimit(limit)

    def _build(self, sql: str, tree: dict, search_path: tuple[str, ...]) -> Rewrite | None:
        buf = sql.encode("utf-8")
        env = RewriteEnv(self.catalog, self.served, resolve_user(search_path, None))
        edits: list[Edit] = []
        errors: list[RewriteError] = []
        written: set[tuple[str, str, str]] = set()
        row_types: list[tuple[tuple[tuple[str, int], ...], tuple[str, ...] | None]] = []
        paths = PathFollower(search_path)
        for index, entry in enumerate(tree.get("stmts", ())):
            start = entry.get("stmt_location", 0)
            length = entry.get("stmt_len", 0)
            end = start + length if length else len(buf)
            result = analyze_statement(env, buf, start, end, entry["stmt"])
            path = paths.after(entry["stmt"])
            if path is not None:
                # "$user" by the role the string set, else by the login user when noted.
                path = resolve_user(path, None)
                # Later statements of the same string resolve names with the new setting.
                env = RewriteEnv(self.catalog, self.served, path)
            if result.refusal is None:
                edits += result.edits
                written |= result.written
                row_types.append((result.row_types, result.outputs))
                continue
            refusal = result.refusal
            position = None
            if refusal.location is not None and refusal.location >= 0:
                position = len(buf[: refusal.location].decode("utf-8")) + 1
            error = RewriteError(refusal.sqlstate, refusal.message, position, index)
            errors.append(error)
            edits.append(Edit(start, end, [error.raising_sql()]))
        if not edits:
            return None
        return Rewrite(splice(buf, edits), tuple(errors), frozenset(written), _row_types(row_types))


def _functions_of_rows(
    catalog: CatalogSnapshot, served: dict[tuple[str, str], ServedTable]
) -> frozenset[str]:
    """Names of the functions that return rows of a table with served columns."""
    return frozenset(
        name
        for name, entries in catalog.table_functions.items()
        if any(relation in served for _schema, relation in entries)
    )


def _row_types(
    statements: list[tuple[tuple[tuple[str, int], ...], tuple[str, ...] | None]],
) -> tuple[tuple[str, int], ...]:
    """The whole-row outputs of the statements of a string (`Rewrite.row_types`), less those
    whose name another statement also outputs: the session matches descriptions to the string,
    not to its statements, and that statement's column of the name may be a genuine `record`."""
    statements = [(_named_once(row_types, outputs), outputs) for row_types, outputs in statements]
    if len(statements) == 1:
        return statements[0][0]
    kept: dict[tuple[str, int], None] = {}
    if any(outputs is None for _, outputs in statements):
        return ()
    for index, (row_types, _outputs) in enumerate(statements):
        others = [other for number, other in enumerate(statements) if number != index]
        for name, oid in row_types:
            if all(
                name not in (outputs or ()) or (name, oid) in other_types
                for other_types, outputs in others
            ):
                kept[(name, oid)] = None
    return tuple(kept)


def _named_once(
    row_types: tuple[tuple[str, int], ...], outputs: tuple[str, ...] | None
) -> tuple[tuple[str, int], ...]:
    """The whole-row outputs of one statement less those whose name it also gives an output
    of another type (`SELECT b AS x, x …`, `SELECT a AS r, ROW(…) AS r …`): descriptions are
    retyped by name."""
    if outputs is None or len(set(outputs)) == len(outputs):
        return row_types
    types: dict[str, set[int]] = {}
    for name, oid in row_types:
        types.setdefault(name, set()).add(oid)
    return tuple(
        (name, oid)
        for name, oid in row_types
        if len(types[name]) == 1 and outputs.count(name) == sum(n == name for n, _ in row_types)
    )


def _text_size(result: Rewrite | None) -> int:
    """Characters of text a rewrite holds, for the cache's bound."""
    if result is None:
        return 0
    return sum(len(piece[0]) for piece in result.pieces if type(piece[0]) is str)


def integer_constants(sql: str, spans: Spans) -> tuple[str, ...] | None:
    """The texts of the constants at `spans` when every one is an integer of Postgres's
    `integer` range written in digits, else None."""
    values = tuple([sql[start:end] for start, end in spans])
    for value in values:
        if not (value.isascii() and value.isdigit()) or int(value) > _INTEGER_MAX:
            return None
    return values
