"""`[schema.]table.column` as `pgstitch shadow` and `[[shadow]]` entries read it."""

from __future__ import annotations

import pytest

from pgstitch.commands.shadow import UsageError, parse_column_target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("users.nick", ("public", "users", "nick")),
        ("PUBLIC.Users.Nick", ("public", "users", "nick")),
        ('shop."Orders".status', ("shop", "Orders", "status")),
        ('"a""b".c', ("public", 'a"b', "c")),
        ("user.karma", ("public", "user", "karma")),
        ("public.order.total", ("public", "order", "total")),
        ("Émile.x", ("public", "Émile", "x")),
    ],
)
def test_names_fold_like_postgres_identifiers_keywords_included(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert parse_column_target(text) == expected


@pytest.mark.parametrize("text", ["users", "users.*", "a.b.c.d", "x..y", '"".y', "x.y;", "1a.b"])
def test_what_is_not_a_column_name_is_refused(text: str) -> None:
    with pytest.raises(UsageError, match=r"\[schema\.\]table\.column"):
        parse_column_target(text)
