"""Resolving a declared type name once, under the declaring search_path (shadow/types.py)."""

from __future__ import annotations

import pytest

from shadow.types import ResolvedType, bare_type_name, qualify_type_name, resolve_type

# What VISIBLE_TYPES_SQL gives under search_path "app, public": each name once, with the schema
# of the type it finds (pg_catalog first).
VISIBLE = {
    "mood": "app",
    "_mood": "app",
    "Mood": "public",
    "posint": "public",
    "geometry": "public",
    "text": "pg_catalog",
    "int4": "pg_catalog",
    "char": "pg_catalog",
    "odd": "My Schema",
    "kind": "user",
}


@pytest.mark.parametrize(
    ("declared", "name"),
    [
        ("mood", "mood"),
        ("mood[]", "mood"),
        ('"Mood"', "Mood"),
        ("_mood", "_mood"),
        ("text", "text"),
        ('"char"', "char"),
        ("app.mood", None),
        ("integer", None),
        ("varchar(32)", None),
        ("timestamp with time zone", None),
        ("double precision", None),
    ],
)
def test_bare_names(declared: str, name: str | None):
    """SQL-standard spellings are pg_catalog's types by the grammar, so they count as qualified."""
    assert bare_type_name(declared) == name


@pytest.mark.parametrize(
    ("declared", "sql"),
    [
        ("mood", "app.mood"),
        ("mood[]", "app.mood[]"),
        ("mood[3][]", "app.mood[3][]"),
        ("_mood", "app._mood"),
        ('"Mood"', 'public."Mood"'),
        ('"Mood"[]', 'public."Mood"[]'),
        ("posint", "public.posint"),
        ("geometry(point, 4326)", "public.geometry(point, 4326)"),
        ("odd", '"My Schema".odd'),
        ("kind", '"user".kind'),
        # Built-in types need no schema: pg_catalog comes first in every session.
        ("text", "text"),
        ("text[]", "text[]"),
        ("int4", "int4"),
        ('"char"', '"char"'),
        ("integer", "integer"),
        ("integer[]", "integer[]"),
        ("varchar(32)", "varchar(32)"),
        ("numeric(5, 2)", "numeric(5, 2)"),
        ("timestamp with time zone", "timestamp with time zone"),
        ("pg_catalog.bit(3)", "pg_catalog.bit(3)"),
        # Named with a schema: as declared.
        ("public.mood", "public.mood"),
        ('app."Mood"[]', 'app."Mood"[]'),
    ],
)
def test_resolved_under_the_declaring_search_path(declared: str, sql: str):
    assert resolve_type(declared, VISIBLE) == ResolvedType(declared, sql)


@pytest.mark.parametrize("declared", ["nosuch", "nosuch[]", '"MOOD"'])
def test_a_missing_type_is_left_as_declared(declared: str):
    """Postgres then says 42704 (type does not exist) where a statement uses it."""
    assert resolve_type(declared, VISIBLE) == ResolvedType(declared, declared, found=False)


def test_a_type_created_later_resolves_with_the_newer_names():
    assert not resolve_type("mood", {"text": "pg_catalog"}).found
    assert resolve_type("mood", {"text": "pg_catalog", "mood": "app"}).sql == "app.mood"


def test_qualifying_needs_a_bare_name():
    assert qualify_type_name('"Mood"[]', "app") == 'app."Mood"[]'
    with pytest.raises(ValueError):
        qualify_type_name("app.mood", "public")
