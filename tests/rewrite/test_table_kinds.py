"""Partitioned tables, inheritance children, generated and identity columns, without a database."""

from __future__ import annotations

import pytest

from proxy.rewrite import (
    STAGED_RELATION,
    LiteralParkedSource,
    Rewriter,
    SessionParkedSource,
    TableParkedSource,
)
from proxy.rewrite.served import served_tables
from shadow.catalog import CatalogSnapshot, snapshot_from_rows
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema

SHIP_KEY = ["region", "id"]
# schema, relation, relkind, column, type, type OID, attnum, primary key, OID, parents,
# only DEFAULT (generated or identity GENERATED ALWAYS)
ROWS = [
    ("public", "shipments", "p", "region", "text", 25, 1, SHIP_KEY, 100, [], False),
    ("public", "shipments", "p", "id", "integer", 23, 2, SHIP_KEY, 100, [], False),
    ("public", "shipments_eu", "r", "region", "text", 25, 1, SHIP_KEY, 101, [100], False),
    ("public", "shipments_eu", "r", "id", "integer", 23, 2, SHIP_KEY, 101, [100], False),
    ("public", "animals", "r", "id", "integer", 23, 1, ["id"], 200, [], False),
    ("public", "animals", "r", "name", "text", 25, 2, ["id"], 200, [], False),
    ("public", "dogs", "r", "id", "integer", 23, 1, [], 201, [200], False),
    ("public", "dogs", "r", "name", "text", 25, 2, [], 201, [200], False),
    ("public", "dogs", "r", "breed", "text", 25, 3, [], 201, [200], False),
    ("public", "puppies", "r", "id", "integer", 23, 1, [], 202, [201], False),
    ("public", "puppies", "r", "name", "text", 25, 2, [], 202, [201], False),
    ("public", "puppies", "r", "breed", "text", 25, 3, [], 202, [201], False),
    ("public", "appliances", "r", "id", "integer", 23, 1, ["id"], 300, [], True),
    ("public", "appliances", "r", "price_x2", "integer", 23, 2, ["id"], 300, [], True),
    ("public", "appliances", "r", "name", "text", 25, 3, ["id"], 300, [], False),
    ("public", "counters", "r", "name", "text", 25, 1, ["name"], 400, [], False),
    ("public", "counters", "r", "serial_no", "integer", 23, 2, ["name"], 400, [], True),
    ("public", "counters", "r", "twice", "integer", 23, 3, ["name"], 400, [], True),
]
COLUMNS = (
    ShadowColumn("public", "shipments", "status", "text", "'new'"),
    ShadowColumn("public", "animals", "legs", "integer", "4"),
    ShadowColumn("public", "appliances", "color", "text"),
    ShadowColumn("public", "counters", "hits", "integer", "0"),
)


def catalog() -> CatalogSnapshot:
    return snapshot_from_rows(ROWS, 1)


@pytest.fixture
def rw() -> Rewriter:
    return Rewriter(catalog(), ShadowSchema(1, COLUMNS))


def render(rw: Rewriter, sql: str, parked=None) -> str:
    rewrite = rw.rewrite(sql, ("public",))
    assert rewrite is not None, sql
    assert not rewrite.errors, rewrite.errors
    return rewrite.render(parked or TableParkedSource())


def test_the_catalog_knows_parents_and_columns_that_take_only_default():
    snapshot = catalog()
    assert snapshot.get("public", "dogs").parents == (200,)
    assert snapshot.get("public", "shipments").parents == ()
    appliances = snapshot.get("public", "appliances")
    assert [c.only_default for c in appliances.columns] == [True, True, False]


def test_partitions_and_children_serve_the_columns_declared_on_their_parent():
    served = served_tables(catalog(), ShadowSchema(1, COLUMNS))
    for name, root, key in (
        ("shipments_eu", "shipments", ("region", "id")),
        ("dogs", "animals", ("id",)),
        ("puppies", "animals", ("id",)),
    ):
        table = served[("public", name)]
        assert table.store_key == ("public", root)
        assert table.table.primary_key == key
        assert [c.name for c in table.columns] == [c.column for c in COLUMNS if c.table == root]
    assert served[("public", "dogs")].grouping_key == ()
    assert served[("public", "animals")].grouping_key == ("id",)


def test_a_partition_reads_and_writes_the_values_parked_for_its_parent(rw):
    sql = render(rw, "SELECT status FROM shipments_eu WHERE id = 1")
    assert "table_name = E'shipments'" in sql
    assert 'ROW("pgstitch_row"."region", "pgstitch_row"."id")::text' in sql
    rewrite = rw.rewrite("UPDATE dogs SET legs = legs + 1 WHERE id = 3", ("public",))
    assert rewrite.written_columns == {("public", "animals", "legs")}
    assert "E'public', E'animals'" in rewrite.render(TableParkedSource())


def test_a_child_without_a_key_of_its_own_is_not_grouped_by_its_parents_key(rw):
    """Postgres's functional dependency goes by the table's own primary key: `dogs` has none,
    so `SELECT name … GROUP BY id` must fail there as it would with a real column."""
    assert "GROUP BY id\n" not in render(rw, "SELECT id, legs FROM animals GROUP BY id\n")
    assert render(rw, "SELECT id, name, legs FROM dogs GROUP BY id").endswith("GROUP BY id")


def test_insert_into_a_partitioned_table_never_returns_xmax(rw):
    """Postgres cannot return xmax from an INSERT into a partitioned table."""
    plain = render(rw, "INSERT INTO shipments (region, id) VALUES ('eu', 1)")
    assert "xmax" not in plain and 'true AS "pgstitch_new"' in plain
    upsert = render(
        rw,
        "INSERT INTO shipments (region, id, status) VALUES ('eu', 1, 'x')"
        " ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status",
    )
    assert "xmax" not in upsert
    assert (
        '(NOT EXISTS (SELECT FROM "public"."shipments" AS "pgstitch_old" WHERE'
        ' "pgstitch_old"."region" = "shipments"."region" AND'
        ' "pgstitch_old"."id" = "shipments"."id")) AS "pgstitch_new"'
    ) in upsert
    assert '("shipments_eu".xmax = 0)' in render(
        rw, "INSERT INTO shipments_eu (region, id) VALUES ('eu', 1)"
    )


def test_copy_table_to_copies_the_tables_own_rows_only(rw):
    """`COPY animals TO` leaves out the rows of its inheritance children."""
    assert 'FROM ONLY "public"."animals" AS "pgstitch_row"' in render(rw, "COPY animals TO STDOUT")


def test_an_update_of_shadow_columns_only_never_sets_a_generated_or_identity_column(rw):
    """The live column set to itself must not be generated or GENERATED ALWAYS (Postgres:
    "column … can only be updated to DEFAULT")."""
    appliances = render(rw, "UPDATE appliances SET color = 'red' WHERE id = 1")
    assert '"name" = "appliances"."name"' in appliances or 'SET "name" = "name"' in appliances
    assert "price_x2" not in appliances
    counters = render(rw, "UPDATE counters SET hits = 1")
    assert "serial_no" not in counters and "twice" not in counters


@pytest.mark.parametrize("alias", ["s", "c", "l", "k", "p"])
@pytest.mark.parametrize(
    "parked",
    [
        SessionParkedSource(),
        LiteralParkedSource({("public", "animals"): {"1": {"legs": "3"}}}, STAGED_RELATION),
    ],
    ids=["copy", "literal"],
)
def test_parked_lookups_never_capture_the_clients_aliases(rw, alias: str, parked):
    """The sub-selects looking up a row's values hold its key expression, which names the
    client's alias: their own aliases must be names no client uses."""
    for sql in (
        f"UPDATE animals AS {alias} SET name = 'x' WHERE {alias}.legs > 3",
        f"MERGE INTO animals {alias} USING dogs d ON d.id = {alias}.id"
        f" WHEN MATCHED AND {alias}.legs > 3 THEN UPDATE SET name = d.name",
    ):
        text = render(rw, sql, parked)
        assert f" AS {alias} " not in text.replace(f"animals AS {alias} ", "")


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("SELECT COALESCE(a, d) FROM animals a, dogs d", "0A000"),
        ("SELECT p FROM puppies p UNION ALL SELECT a FROM animals a", "0A000"),
        ("SELECT ARRAY[s] || e FROM shipments s, shipments_eu e", "0A000"),
        ("SELECT COALESCE(p, s) FROM puppies p, shipments s", "42846"),
        ("SELECT ARRAY[a] = ARRAY[d] FROM animals a, dogs d", "42883"),
    ],
)
def test_rows_of_child_and_ancestor_given_one_type(rw, sql, error):
    """Postgres converts a partition's or an inheritance child's row (at any depth) to its
    ancestor's row type where they must take one type: refused, as the wrapped rows would
    keep the child's own columns. Rows of unrelated tables fail as in Postgres."""
    assert [e.sqlstate for e in rw.rewrite(sql, ("public",)).errors] == [error]
