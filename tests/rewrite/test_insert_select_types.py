"""Which outputs of an INSERT's query Postgres makes text before assigning them: a literal
sorted, grouped or made distinct is text, and an INSERT of it into a column of another type
fails (42804) instead of reading the literal as that type."""

import json

import pytest
from pglast.parser import parse_sql_json

from proxy.rewrite.writes import _output_location, _outputs_resolved_to_text


def _select(sql: str) -> dict:
    return json.loads(parse_sql_json(sql))["stmts"][0]["stmt"]["SelectStmt"]


@pytest.mark.parametrize(
    ("sql", "resolved"),
    [
        ("SELECT 1, 'a', 'b'", set()),
        ("SELECT DISTINCT 1, 'a', 'b'", None),
        ("SELECT DISTINCT ON (2) 1, 'a', 'b'", {2}),
        ("SELECT 1, 'a', 'b' AS c ORDER BY 1, c", {1, 3}),
        ("SELECT 1, 'a', 'b' GROUP BY 2", {2}),
        ("SELECT 1, 'a' AS c GROUP BY c", set()),
        ("SELECT 1, 'a' ORDER BY lower('x')", set()),
    ],
)
def test_outputs_resolved_to_text(sql: str, resolved: set[int] | None) -> None:
    assert _outputs_resolved_to_text(_select(sql)) == resolved


@pytest.mark.parametrize(
    ("sql", "position", "width", "location"),
    [
        ("SELECT 1, now() + x", 1, 2, 10),
        ("SELECT 1, (true)", 1, 2, 11),
        ("SELECT b.*, 1 FROM b", 3, 4, 12),
        ("SELECT b.*, 1 FROM b", 1, 4, 7),
        ("SELECT 1, 2 UNION SELECT 3, 4", 1, 2, 10),
        ("SELECT *, 1, * FROM b", 1, 5, None),
    ],
)
def test_output_location(sql: str, position: int, width: int, location: int | None) -> None:
    assert _output_location(_select(sql), position, width) == location
