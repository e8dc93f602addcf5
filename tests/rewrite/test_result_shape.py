"""Which relations give a statement result columns through `*`."""

from __future__ import annotations

import pytest

from proxy.rewrite.result_shape import star_relations


@pytest.mark.parametrize(
    ("sql", "relations"),
    [
        ("SELECT * FROM posts WHERE id = $1", {"posts"}),
        ('SELECT p.*, c.id FROM posts p JOIN "Comments" c ON true', {"posts", "Comments"}),
        ("SELECT * FROM a UNION SELECT * FROM b", {"a", "b"}),
        ("INSERT INTO t VALUES (1) RETURNING *", {"t"}),
        ("UPDATE s.x SET a = 1 RETURNING x.*", {"x"}),
        ("DELETE FROM t WHERE id = 1 RETURNING *", {"t"}),
        # A `*` below the top level may not reach the result; counted all the same.
        ("SELECT * FROM (SELECT id FROM q) s", {"q"}),
    ],
)
def test_statements_whose_outputs_hold_a_star(sql: str, relations: set[str]) -> None:
    assert star_relations(sql) == relations


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) FROM posts",
        "SELECT id, 2 * 3 FROM posts",
        "SELECT id FROM (SELECT * FROM posts) p",
        "INSERT INTO t VALUES (1) RETURNING id",
        "VALUES (1)",
        "EXPLAIN SELECT * FROM posts",
        "SELEC * FROM posts",
    ],
)
def test_statements_whose_outputs_hold_none(sql: str) -> None:
    assert star_relations(sql) == frozenset()


def test_a_statement_too_deep_to_decode_is_left_as_it_was() -> None:
    deep = "SELECT * FROM a" + " UNION SELECT * FROM b" * 3000
    assert star_relations(deep) == frozenset()
