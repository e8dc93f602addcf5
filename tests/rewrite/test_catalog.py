"""The live catalog snapshot: built from rows, resolved by search_path, loaded from Postgres."""

from __future__ import annotations

from shadow.catalog import CATALOG_SQL, LiveColumn, snapshot_from_rows
from tests.rewrite import model
from tests.rewrite.conftest import DifferentialDatabases


def test_rows_become_tables_with_columns_in_attnum_order():
    rows = [
        ("public", "t", "r", "b", "text", 25, 2, ["a"]),
        ("public", "t", "r", "a", "integer", 23, 1, ["a"]),
    ]
    table = snapshot_from_rows(rows, 3).get("public", "t")
    assert table is not None
    assert table.column_names == ("a", "b")
    assert table.columns[0] == LiveColumn("a", "integer", 23, 1)
    assert table.primary_key == ("a",)
    assert table.kind == "r"


def test_live_types_outside_pg_catalog_can_be_named_with_their_schema():
    """The schema CATALOG_SQL gives for a type format_type prints without it."""
    rows = [
        ("public", "t", "r", "a", "integer", 23, 1, ["a"], 1, [], False, 2, None),
        ("public", "t", "r", "b", "mood[]", 16390, 2, ["a"], 1, [], False, 2, "app"),
        ("public", "t", "r", "c", 'other."Mood"', 16392, 3, ["a"], 1, [], False, 2, None),
    ]
    table = snapshot_from_rows(rows, 1).get("public", "t")
    assert [c.qualified_type for c in table.columns] == ["integer", "app.mood[]", 'other."Mood"']


def test_a_relation_without_columns_is_kept():
    table = model.catalog().get("public", "empty")
    assert table is not None and table.columns == ()


def test_resolve_follows_search_path_and_schema():
    catalog = model.catalog()
    assert catalog.resolve("accounts", ("sales", "public")).schema == "sales"
    assert catalog.resolve("accounts", ("public", "sales")).schema == "public"
    assert catalog.resolve("accounts", ("public",), schema="sales").schema == "sales"
    assert catalog.resolve("bills", ("sales",)) is None
    assert catalog.resolve("nope", ("public",)) is None


def test_column_lookup_is_exact():
    table = model.catalog().get("public", "Users")
    assert table.column("Id") is not None
    assert table.column("id") is None


def test_query_skips_system_and_pgstitch_schemas():
    for schema in ("pg_catalog", "information_schema", "pg_toast", "pgstitch"):
        assert f"'{schema}'" in CATALOG_SQL


def test_loaded_from_postgres(differential_dbs: DifferentialDatabases):
    catalog = differential_dbs.catalog
    accounts = catalog.get("public", "accounts")
    assert accounts.column_names == ("id", "name", "email", "created_on")
    assert accounts.primary_key == ("id",)
    assert accounts.column("created_on").type_name == "date"
    assert catalog.get("public", "line_items").primary_key == ("order_id", "line")
    assert catalog.get("public", "events").primary_key == ()
    assert catalog.get("public", "rich_accounts").kind == "v"
    assert catalog.get("sales", "accounts") is not None
    assert catalog.get("public", "Users").column_names == ("Id", "Full Name")
    assert not any(schema == "pgstitch" for schema, _ in catalog.tables)
    assert catalog.version == 1
    # The database a `db.schema.t.c` reference must name.
    assert catalog.database == differential_dbs.shadow.split("dbname=")[1]
    # Types by the name that finds them under the connection's search_path (public here).
    assert catalog.visible_types["mood"] == "public"
    assert catalog.visible_types["posint"] == "public"
    assert catalog.visible_types["text"] == "pg_catalog"
    assert catalog.visible_types["int4"] == "pg_catalog"
    assert catalog.type_path == ("pg_catalog", "public")
    assert catalog.resolve_type("mood[]").sql == "public.mood[]"
    # Functions returning a relation's rows, with every function sharing their names.
    assert catalog.rows_returned_by("accounts_up_to", ("public",)) == ("public", "accounts")
    assert catalog.rows_returned_by("account_by_id", ("public",)) == ("public", "accounts")
    assert catalog.rows_returned_by("sales_accounts", ("public",)) == ("sales", "accounts")
    assert sorted(catalog.table_functions["rows_or_count"], key=str) == [
        ("public", ("public", "accounts")),
        ("public", None),
    ]
    assert catalog.rows_returned_by("rows_or_count", ("public",)) is None
    assert catalog.returns_one_row("account_by_id", ("public",))
    assert not catalog.returns_one_row("accounts_up_to", ("public",))
    assert not catalog.returns_one_row("rows_or_count", ("public",))
    assert catalog.returns_row_set("accounts_up_to", ("public",))
    assert not catalog.returns_row_set("account_by_id", ("public",))
    assert catalog.rows_returned_by("account_label", ("public",)) is None
    # A key column of a domain is keyed as the type the domain stands for.
    instant = catalog.get("public", "hunt_w6_instants").column("at")
    assert (instant.base_type_oid, instant.key_type_oid) == (1184, 1184)
    assert accounts.column("id").base_type_oid is None
    assert accounts.column("id").key_type_oid == 23
    # A DEFERRABLE primary key, which Postgres's functional dependency in GROUP BY ignores.
    assert catalog.get("public", "hunt_w6_slots").key_deferrable
    assert not accounts.key_deferrable


def test_visible_types_are_kept_by_name():
    rows = [("public", "t", "r", "a", "integer", 23, 1, ["a"])]
    types = [("mood", "sales"), ("text", "pg_catalog")]
    catalog = snapshot_from_rows(rows, 1, (), types, ("pg_catalog", "sales", "public"))
    assert catalog.visible_types == {"mood": "sales", "text": "pg_catalog"}
    assert catalog.type_path == ("pg_catalog", "sales", "public")
    assert catalog.types_loaded and not snapshot_from_rows(rows, 1).types_loaded
    narrowed = catalog.of_kinds("r")
    assert (narrowed.visible_types, narrowed.type_path) == (
        catalog.visible_types,
        catalog.type_path,
    )
    assert catalog.resolve_type("mood").sql == "sales.mood"
    assert catalog.resolve_type("text").sql == "text"


def test_a_function_returns_rows_only_when_every_function_of_its_name_it_could_find_does():
    rows = [("public", "t", "r", "a", "integer", 23, 1, ["a"])]
    functions = [
        ("f", "public", "public", "t"),
        ("g", "app", "public", "t"),
        ("g", "public", None, None),
        ("h", "app", "public", "t"),
    ]
    catalog = snapshot_from_rows(rows, 1, table_function_rows=functions)
    assert catalog.rows_returned_by("f", ("public",)) == ("public", "t")
    assert catalog.rows_returned_by("f", ("app",)) is None
    assert catalog.rows_returned_by("f", ("app",), schema="public") == ("public", "t")
    # An overload elsewhere on the path might be the one a call finds.
    assert catalog.rows_returned_by("g", ("app", "public")) is None
    assert catalog.rows_returned_by("g", ("app",)) == ("public", "t")
    assert catalog.rows_returned_by("g", ("public",), schema="app") == ("public", "t")
    assert catalog.rows_returned_by("h", ("public",)) is None
    assert catalog.rows_returned_by("nothing", ("public",)) is None
    assert catalog.of_kinds("r").table_functions == catalog.table_functions
