"""CHECK rules that name other shadow columns (proxy/rewrite/checks.py)."""

from __future__ import annotations

from proxy.rewrite.checks import check_column_names, named_peers, rules_to_add
from proxy.rewrite.served import ServedColumn, ServedTable
from shadow.catalog import LiveColumn, LiveTable


def _table() -> ServedTable:
    live = LiveTable("public", "m", "r", (LiveColumn("id", "integer", 23, 1),), ("id",))
    columns = (
        ServedColumn("public", "m", "lo", "integer", "0"),
        ServedColumn("public", "m", "hi", "integer", "10", check_sql="hi >= lo"),
        ServedColumn("public", "m", "n", "integer", None, check_sql="n > 0"),
    )
    return ServedTable(live, columns)


def test_names_a_rule_refers_to():
    assert check_column_names('hi >= m.lo AND "Odd" IS NULL') == {"hi", "lo", "Odd"}


def test_a_rule_left_alone_runs_when_it_names_an_assigned_column():
    served = _table()
    extra = rules_to_add({"lo"}, served)
    assert [c.name for c in extra["lo"]] == ["hi"]
    assert rules_to_add({"lo", "hi"}, served) == {}
    assert rules_to_add({"n"}, served) == {}


def test_the_peers_a_value_is_checked_with():
    served = _table()
    lo, hi, n = served.columns
    assert named_peers(hi, [hi], served) == [lo]
    assert named_peers(lo, [hi], served) == [hi]
    assert named_peers(n, [n], served) == []
