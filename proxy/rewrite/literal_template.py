"""A rewrite made once per statement shape and refilled with each statement's own constants.

The rewriter rewrites the statement with its masked constants (proxy/rewrite/masking.py)
replaced by placeholder parameters; `LiteralTemplate.build` turns that rewrite into a list of
operations where each placeholder becomes a slot for a constant, and every piece's origin is
kept relative to the constant before it. `fill` then gives, for any statement of the same
masked shape, the `Rewrite` the cold rewrite would give: the client's constants byte for byte,
and error positions mapping to the client's own text.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from proxy.rewrite.jsontree import grouping_items
from proxy.rewrite.masking import PLACEHOLDER_BASE, PLACEHOLDER_PATTERN, PLACEHOLDER_PREFIX
from proxy.rewrite.template import Piece, Rewrite, RewriteError

Spans = tuple[tuple[int, int], ...]

# Operations of a template, each giving one piece of the filled rewrite:
_FIXED = 0  # (_FIXED, content, region, delta, verbatim): content as it is
_CONSTANT = 1  # (_CONSTANT, index): the statement's constant number `index`, verbatim
_JOINED = 2  # (_JOINED, parts, region, delta): generated text embedding constants (str | int)
# A region is the text after constant number region - 1 (region 0: before the first one);
# an origin (region, delta) lies `delta` characters into it.

# Where a constant is read for its value (see placeholders_read_as_values).
_ORDINAL_CLAUSES = ("sortClause", "groupClause", "distinctClause")
_VALUE_READERS = (*_ORDINAL_CLAUSES, "VariableSetStmt", "set_config", "typmods")


class _NotATemplate(Exception):
    """The placeholder rewrite cannot be turned into a template."""


@dataclass(frozen=True, slots=True)
class LiteralTemplate:
    """A rewrite with a slot for each masked constant."""

    # The pieces that are the same for every statement of the shape (their origin lies before
    # the first constant), with None where `ops` gives (index, operation) a piece that depends
    # on the constants.
    fixed: tuple[Piece | None, ...]
    ops: tuple[tuple[int, tuple[Any, ...]], ...]
    # (sqlstate, message, region, delta, statement); region is None for no position.
    errors: tuple[tuple[str, str, int | None, int, int], ...]
    written_columns: frozenset[tuple[str, str, str]]
    # Characters of text the template holds, for the cache's bound.
    chars: int
    # The (schema, table) pairs whose parked values its rewrites may read or write.
    parked_tables: frozenset[tuple[str, str]] = frozenset()
    row_types: tuple[tuple[str, int], ...] = ()

    @classmethod
    def build(cls, rewrite: Rewrite, placeholder_sql: str, count: int) -> LiteralTemplate | None:
        """The template of `rewrite`, the rewrite of `placeholder_sql` with `count` placeholders.

        None when a placeholder is cut by an edit or shows up anywhere but in text pieces.
        """
        try:
            return cls._build(rewrite, placeholder_sql, count)
        except _NotATemplate:
            return None

    @classmethod
    def _build(cls, rewrite: Rewrite, placeholder_sql: str, count: int) -> LiteralTemplate:
        holders = _placeholder_spans(placeholder_sql, count)
        regions = _Regions(holders)
        ops: list[tuple[Any, ...]] = []
        chars = 0
        for content, origin, verbatim in rewrite.pieces:
            if type(content) is not str:
                if PLACEHOLDER_PREFIX in repr(content):
                    raise _NotATemplate
                ops.append((_FIXED, content, *regions.locate(origin), False))
                continue
            chars += len(content)
            if verbatim:
                if placeholder_sql[origin : origin + len(content)] != content:
                    raise _NotATemplate
                ops.extend(_verbatim_ops(content, origin, regions))
            elif PLACEHOLDER_PREFIX in content:
                parts = _joined_parts(content, count)
                ops.append((_JOINED, parts, *regions.locate(origin)))
            else:
                ops.append((_FIXED, content, *regions.locate(origin), False))
        errors = []
        for error in rewrite.errors:
            if PLACEHOLDER_PREFIX in error.message:
                raise _NotATemplate
            if error.position is None:
                errors.append((error.sqlstate, error.message, None, 0, error.statement))
            else:
                region, delta = regions.locate(error.position - 1)
                errors.append((error.sqlstate, error.message, region, delta, error.statement))
            chars += len(error.message)
        fixed: list[Piece | None] = []
        variable = []
        for index, op in enumerate(ops):
            if op[0] == _FIXED and op[2] == 0:
                fixed.append((op[1], op[3], op[4]))
            else:
                fixed.append(None)
                variable.append((index, op))
        return cls(
            tuple(fixed),
            tuple(variable),
            tuple(errors),
            rewrite.written_columns,
            chars,
            rewrite.parked_tables,
            rewrite.row_types,
        )

    def fill(self, sql: str, spans: Spans) -> Rewrite:
        """The rewrite of `sql`, whose masked constants are at `spans`."""
        filled = self._fill(sql, spans, False)
        assert filled is not None
        return filled

    def fill_parameters(self, sql: str, spans: Spans) -> Rewrite | None:
        """Like `fill`, but with constant number i as the parameter `$<i + 1>`: the rewrite of
        `sql` to prepare once and run with its constants bound. None when a constant is also
        part of generated text (it would stay in the text) or the template refuses something.
        """
        if self.errors:
            return None
        return self._fill(sql, spans, True)

    def _fill(self, sql: str, spans: Spans, parameters: bool) -> Rewrite | None:
        bases = [0]
        bases += [end for _start, end in spans]
        pieces = list(self.fixed)
        for index, op in self.ops:
            kind = op[0]
            if kind == _FIXED:
                pieces[index] = (op[1], bases[op[2]] + op[3], op[4])
            elif kind == _CONSTANT:
                start, end = spans[op[1]]
                if parameters:
                    pieces[index] = (f"${op[1] + 1}", start, False)
                else:
                    pieces[index] = (sql[start:end], start, True)
            elif parameters:
                return None
            else:
                text = "".join(
                    part if type(part) is str else sql[spans[part][0] : spans[part][1]]
                    for part in op[1]
                )
                pieces[index] = (text, bases[op[2]] + op[3], False)
        errors = ()
        if self.errors:
            errors = tuple(
                RewriteError(
                    sqlstate,
                    message,
                    None if region is None else bases[region] + delta + 1,
                    statement,
                )
                for sqlstate, message, region, delta, statement in self.errors
            )
        return Rewrite(tuple(pieces), errors, self.written_columns, self.row_types)

    def reproduces(self, rewrite: Rewrite | None, sql: str, spans: Spans) -> bool:
        """Whether filling the template with `sql`'s constants gives `rewrite` (the same text,
        the same position map, errors and written columns)."""
        if rewrite is None:
            return False
        filled = self.fill(sql, spans)
        return (
            filled.errors == rewrite.errors
            and filled.written_columns == rewrite.written_columns
            and normalized_pieces(filled.pieces) == normalized_pieces(rewrite.pieces)
        )


def normalized_pieces(pieces: tuple[Piece, ...]) -> list[Piece]:
    """`pieces` with neighbouring text pieces merged where that changes neither the rendered
    text nor where its positions map: verbatim ones that continue each other in the original,
    generated ones of the same origin."""
    out: list[Piece] = []
    for content, origin, verbatim in pieces:
        if out and type(content) is str and content:
            last, last_origin, last_verbatim = out[-1]
            if type(last) is str and last and last_verbatim == verbatim:
                follows = last_origin + len(last) == origin if verbatim else last_origin == origin
                if follows:
                    out[-1] = (last + content, last_origin, verbatim)
                    continue
        out.append((content, origin, verbatim))
    return out


def placeholders_read_as_values(tree_json: str) -> bool:
    """Whether a placeholder stands where a constant is read for its value, not as a value:
    alone as an ORDER BY, GROUP BY or DISTINCT ON item (an integer constant names a column of
    the result, a parameter does not), in a SET statement or a set_config call
    (`SET search_path = 'sales'` changes how the rewriter resolves the names of the statements
    after it), or as a type modifier (`numeric(10, 2)`, `bit(8)`: the grammar takes any
    expression there, but Postgres's analysis wants a constant, 42601 for a parameter).

    `tree_json` is libpg_query's JSON parse tree. RecursionError for very deep trees.
    """
    if not any(f'"{key}"' in tree_json for key in _VALUE_READERS):
        return False
    return any(_is_placeholder(item) for item in _read_items(json.loads(tree_json)))


def _read_items(node: Any) -> Iterator[Any]:
    if isinstance(node, list):
        for item in node:
            yield from _read_items(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict) and _reads_setting(key, value):
                yield from value.get("args", ())
            elif key == "typmods" and isinstance(value, list):
                yield from value
            elif key in _ORDINAL_CLAUSES and isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        if "SortBy" in item:
                            yield item["SortBy"].get("node")
                        elif key == "groupClause":
                            yield from grouping_items([item])
                        else:
                            yield item
            yield from _read_items(value)


def _reads_setting(key: str, value: dict) -> bool:
    """A SET statement or a `set_config(…)` call, whose constants may set search_path."""
    if key == "VariableSetStmt":
        return True
    funcname = value.get("funcname") or () if key == "FuncCall" else ()
    last = funcname[-1] if funcname else {}
    return isinstance(last, dict) and last.get("String", {}).get("sval") == "set_config"


def _is_placeholder(node: Any) -> bool:
    """A placeholder, alone or negated: Postgres's grammar folds `-1` into the constant -1
    (an output position there too), where `-$1` is an expression."""
    while isinstance(node, dict) and "A_Expr" in node:
        expr = node["A_Expr"]
        operator = [n.get("String", {}).get("sval") for n in expr.get("name", ())]
        if expr.get("kind") != "AEXPR_OP" or "lexpr" in expr or operator != ["-"]:
            return False
        node = expr.get("rexpr")
    return (
        isinstance(node, dict)
        and "ParamRef" in node
        and node["ParamRef"].get("number", 0) >= PLACEHOLDER_BASE
    )


class _Regions:
    """Turns an offset of the placeholder text into (region, delta)."""

    def __init__(self, holders: list[tuple[int, int]]) -> None:
        self.holders = holders
        self.starts = [0] + [end for _start, end in holders]

    def locate(self, offset: int) -> tuple[int, int]:
        region = bisect_right(self.starts, offset) - 1
        if region < len(self.holders) and offset > self.holders[region][0]:
            raise _NotATemplate  # inside a placeholder
        return region, offset - self.starts[region]


def _placeholder_spans(placeholder_sql: str, count: int) -> list[tuple[int, int]]:
    spans = [match.span() for match in PLACEHOLDER_PATTERN.finditer(placeholder_sql)]
    if len(spans) != count:
        raise _NotATemplate
    return spans


def _verbatim_ops(content: str, origin: int, regions: _Regions) -> list[tuple[Any, ...]]:
    """Operations for a verbatim copy of placeholder_sql[origin : origin + len(content)]."""
    ops: list[tuple[Any, ...]] = []
    end = origin + len(content)
    position = origin
    for index, (start, stop) in enumerate(regions.holders):
        if stop <= origin or start >= end:
            continue
        if start < origin or stop > end:
            raise _NotATemplate  # the piece cuts a placeholder
        if start > position:
            text = content[position - origin : start - origin]
            ops.append((_FIXED, text, *regions.locate(position), True))
        ops.append((_CONSTANT, index))
        position = stop
    if position < end or not ops:
        ops.append((_FIXED, content[position - origin :], *regions.locate(position), True))
    return ops


def _joined_parts(content: str, count: int) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    position = 0
    for match in PLACEHOLDER_PATTERN.finditer(content):
        index = int(match.group()[1:]) - PLACEHOLDER_BASE
        if not 0 <= index < count:
            raise _NotATemplate
        if match.start() > position:
            parts.append(content[position : match.start()])
        parts.append(index)
        position = match.end()
    parts.append(content[position:])
    if any(type(part) is str and PLACEHOLDER_PREFIX in part for part in parts):
        raise _NotATemplate
    return tuple(parts)
