"""Which columns a shadow column's CHECK rule names, and which rules a write must evaluate.

A CHECK rule may name other shadow columns of its table (`hi >= lo`). Postgres checks every
rule on the whole new row, so a write evaluates a rule with the new values of the columns it
assigns and the current values of the others, and a rule of a column the write leaves alone
still runs when it names a column the write assigns.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from functools import lru_cache

from pglast.parser import parse_sql_json

from proxy.rewrite.jsontree import dicts
from proxy.rewrite.served import ServedColumn, ServedTable


@lru_cache(maxsize=1024)
def check_column_names(check_sql: str) -> frozenset[str]:
    """The (last parts of the) column names a CHECK rule refers to."""
    tree = json.loads(parse_sql_json(f"SELECT ({check_sql})"))
    found = set()
    for node in dicts(tree):
        ref = node.get("ColumnRef")
        if isinstance(ref, dict):
            last = (ref.get("fields") or [{}])[-1]
            if "String" in last:
                found.add(last["String"]["sval"])
    return frozenset(found)


def names_live_column(column: ServedColumn, served: ServedTable) -> bool:
    """Whether the CHECK rule of `column` names a live column of its table (`NOT internal OR
    author IS NOT NULL`): an INSERT evaluates such a rule on the row it inserted."""
    if column.check_sql is None:
        return False
    live = {c.name for c in served.table.columns}
    return not live.isdisjoint(check_column_names(column.check_sql) - set(served.shadow_names))


def rules_to_add(assigned: Collection[str], served: ServedTable) -> dict[str, list[ServedColumn]]:
    """For a write assigning the columns `assigned`: the columns left alone whose CHECK rule
    names an assigned column, by the first such assigned column (whose check runs them)."""
    extra: dict[str, list[ServedColumn]] = {}
    for column in served.columns:
        if column.name in assigned or column.check_sql is None:
            continue
        named = check_column_names(column.check_sql)
        for peer in served.columns:
            if peer.name in assigned and peer.name in named:
                extra.setdefault(peer.name, []).append(column)
                break
    return extra


def named_peers(
    column: ServedColumn, rules: list[ServedColumn], served: ServedTable
) -> list[ServedColumn]:
    """The shadow columns other than `column` that the CHECK rules `rules` name."""
    named: set[str] = {rule.name for rule in rules if rule is not column}
    for rule in rules:
        named |= check_column_names(rule.check_sql or "true")
    return [c for c in served.columns if c.name in named and c.name != column.name]
