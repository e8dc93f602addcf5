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

from pglast.parser import ParseError, parse_sql_json

from proxy.rewrite.analyze import RewriteEnv, analyze_statement
from proxy.rewrite.cache import MISSING, RewriteCache
from proxy.rewrite.edits import Edit, splice
from proxy.rewrite.served import ServedTable, served_tables
from proxy.rewrite.template import Rewrite, RewriteError
from shadow.catalog import CatalogSnapshot
from shadow.schema import ShadowSchema

log = logging.getLogger(__name__)

DEFAULT_SEARCH_PATH = ("public",)
DEEP_RECURSION_LIMIT = 100_000


class Rewriter:
    """Rewrites statements against one catalog snapshot and one shadow-schema version.

    Raises InvalidShadowColumn when a served column's type or default is not acceptable SQL.
    Share one `RewriteCache` between the rewriters of successive versions: entries are keyed
    by both versions, so stale ones simply age out.
    """

    def __init__(
        self,
        catalog: CatalogSnapshot,
        shadow: ShadowSchema,
        cache: RewriteCache | None = None,
    ) -> None:
        self.catalog = catalog
        self.shadow = shadow
        self.served: dict[tuple[str, str], ServedTable] = served_tables(catalog, shadow)
        self.cache = cache if cache is not None else RewriteCache()
        self._needles = tuple(sorted({name.lower() for _schema, name in self.served}))
        self._json_needles = tuple(
            sorted(
                {'"relname":' + json.dumps(name, ensure_ascii=False) for _s, name in self.served}
            )
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

        `search_path` lists the session's schemas in order, with "$user" already resolved.
        """
        if not self.might_touch(sql):
            return None
        path = tuple(search_path)
        key = (sql, self.shadow.version, self.catalog.version, path)
        cached = self.cache.get(key)
        if cached is not MISSING:
            return cached
        result = self._rewrite(sql, path)
        size = len(sql) * 2
        if result is not None:
            size += sum(len(p[0]) for p in result.pieces if type(p[0]) is str)
        self.cache.put(key, result, size)
        return result

    def _rewrite(self, sql: str, search_path: tuple[str, ...]) -> Rewrite | None:
        try:
            tree_json = parse_sql_json(sql)
        except ParseError:
            return None
        if not any(needle in tree_json for needle in self._json_needles):
            return None
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
        env = RewriteEnv(self.catalog, self.served, search_path)
        edits: list[Edit] = []
        errors: list[RewriteError] = []
        written: set[tuple[str, str, str]] = set()
        for index, entry in enumerate(tree.get("stmts", ())):
            start = entry.get("stmt_location", 0)
            length = entry.get("stmt_len", 0)
            end = start + length if length else len(buf)
            result = analyze_statement(env, buf, start, end, entry["stmt"])
            path = search_path_set_by(entry["stmt"])
            if path is not None:
                # Later statements of the same string resolve names with the new setting.
                env = RewriteEnv(self.catalog, self.served, path)
            if result.refusal is None:
                edits += result.edits
                written |= result.written
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
        return Rewrite(splice(buf, edits), tuple(errors), frozenset(written))


def search_path_set_by(stmt: dict) -> tuple[str, ...] | None:
    """The search_path a `SET [LOCAL] search_path = …` statement sets, else None.

    Each value is one schema name, quoted string or not (search_path quotes list items).
    "$user" is dropped: the session user is not known here.
    """
    body = stmt.get("VariableSetStmt")
    if not body or body.get("name") != "search_path" or body.get("kind") != "VAR_SET_VALUE":
        return None
    path = []
    for arg in body.get("args", ()):
        const = arg.get("A_Const", {})
        if "sval" not in const:
            return None
        path.append(const["sval"]["sval"])
    return tuple(name for name in path if name != "$user")
