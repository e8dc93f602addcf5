"""The rewriter without a database: what it rewrites, what it leaves alone, how it refuses."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pglast.parser import fingerprint, parse_sql_json

from proxy.rewrite import (
    STAGED_RELATION,
    LiteralParkedSource,
    NoParkedValues,
    RewriteCache,
    Rewriter,
    TableParkedSource,
)
from shadow.catalog import snapshot_from_rows
from shadow.columns import ShadowColumn
from tests.rewrite import model

NOTHING = NoParkedValues()


@pytest.fixture
def rw():
    return model.rewriter()


def render(rw, sql: str, search_path=("public",)) -> str:
    rewrite = rw.rewrite(sql, search_path)
    assert rewrite is not None, sql
    return rewrite.render(NOTHING)


def statements(sql: str) -> list[dict]:
    return json.loads(parse_sql_json(sql))["stmts"]


# -- what is left alone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1",
        "SELECT id, name FROM accounts WHERE id = $1",
        "SELECT count(*) FROM accounts",
        "SELECT loyalty FROM tags",
        "WITH accounts AS (SELECT 1 AS id) SELECT * FROM accounts",
        "SELECT * FROM rich",
        "UPDATE accounts SET name = 'x' WHERE id = 1",
        "INSERT INTO events (kind) VALUES ('x')",
        "DELETE FROM events WHERE kind = 'x'",
        "CREATE VIEW v AS SELECT loyalty FROM accounts",
        "CREATE MATERIALIZED VIEW v AS SELECT loyalty FROM accounts",
        "SELECT loyalty FROM accounts WHERE",
        "SELECT 'accounts', 'loyalty'",
        "SELECT old FROM bills",
    ],
)
def test_statements_that_cannot_touch_a_served_column_are_forwarded(rw, sql: str):
    assert rw.rewrite(sql) is None


def test_cheap_check_looks_for_served_table_names(rw):
    assert not rw.might_touch("SELECT * FROM tags")
    assert rw.might_touch("select * from ACCOUNTS")
    assert rw.might_touch('SELECT * FROM "Users"')
    assert rw.might_touch('SELECT * FROM U&"\\0061ccounts"')


def test_nothing_served_means_nothing_checked():
    rw = model.rewriter(columns=())
    assert not rw.might_touch("SELECT * FROM accounts")
    assert rw.rewrite("SELECT loyalty FROM accounts") is None


# -- FROM items become derived tables ------------------------------------------------------------


def test_a_table_becomes_a_derived_table_with_its_name(rw):
    sql = render(rw, "SELECT loyalty FROM accounts")
    assert sql == (
        'SELECT loyalty FROM (SELECT "pgstitch_row"."id", "pgstitch_row"."name",'
        ' CASE WHEN "pgstitch_row".ctid IS NULL THEN ((0))::integer ELSE ((0))::integer END'
        ' AS "loyalty",'
        ' CASE WHEN "pgstitch_row".ctid IS NULL THEN NULL::text ELSE NULL::text END AS "tier"'
        ' FROM "public"."accounts" AS "pgstitch_row") AS "accounts"'
    )


def test_an_alias_and_column_aliases_are_kept(rw):
    sql = render(rw, "SELECT x FROM accounts AS a (x, y, z) WHERE a.z > 0")
    assert sql.endswith('AS "pgstitch_row") AS a (x, y, z) WHERE a.z > 0')


def test_only_and_inheritance_star(rw):
    assert 'FROM ONLY "public"."accounts" AS "pgstitch_row") AS "accounts"' in render(
        rw, "SELECT * FROM ONLY accounts"
    )
    assert 'FROM ONLY "public"."accounts" AS "pgstitch_row") t' in render(
        rw, "SELECT * FROM ONLY (public.accounts) t"
    )
    starred = render(rw, "SELECT * FROM accounts * t")
    assert starred.startswith("SELECT * FROM (SELECT") and starred.endswith(") t")


def test_search_path_decides_which_table(rw):
    public = render(rw, "SELECT * FROM accounts")
    sales = render(rw, "SELECT * FROM accounts", ("sales", "public"))
    assert '"public"."accounts"' in public and "score" not in public
    assert '"sales"."accounts"' in sales and '"score"' in sales


def test_set_search_path_applies_to_the_statements_after_it(rw):
    sql = render(rw, "SELECT * FROM accounts; SET search_path = sales, public; TABLE accounts")
    first, second = sql.split("; SET search_path = sales, public; ")
    assert '"public"."accounts"' in first and '"sales"."accounts"' in second
    # One quoted string is one schema name, here one that does not exist.
    assert rw.rewrite("SET search_path = 'sales, public'; SELECT tier FROM accounts") is None


def test_schema_qualified_column_references_follow_the_derived_table(rw):
    sql = render(rw, "SELECT public.accounts.loyalty, public.accounts.* FROM public.accounts")
    assert sql.startswith('SELECT "accounts".loyalty, "accounts".* FROM (SELECT')


def test_database_qualified_column_references_follow_the_derived_table():
    """`db.public.t.c` naming the current database is `public.t.c`; another database's name,
    or more names than that, is left as written for Postgres's own 0A000 and 42601."""
    rw = Rewriter(replace(model.catalog(), database="app"), model.schema())
    sql = render(rw, "SELECT app.public.accounts.loyalty, app.public.accounts.* FROM accounts")
    assert sql.startswith('SELECT "accounts".loyalty, "accounts".* FROM (SELECT')
    for written in ("other.public.accounts.loyalty", "x.app.public.accounts.*"):
        sql = render(rw, f"SELECT {written}, tier FROM accounts")
        assert sql.startswith(f"SELECT {written}, tier FROM (SELECT")


def test_same_name_in_two_schemas_gets_distinct_derived_names(rw):
    sql = render(
        rw,
        "SELECT public.accounts.loyalty, sales.accounts.score FROM public.accounts, sales.accounts",
    )
    assert 'AS "pgstitch public.accounts"' in sql and 'AS "pgstitch sales.accounts"' in sql
    assert sql.startswith('SELECT "pgstitch public.accounts".loyalty, "pgstitch sales.accounts"')


def test_same_name_in_two_schemas_inside_an_aliased_join_gets_distinct_derived_names(rw):
    """The join's alias hides both tables, but they shared one namespace while it was formed."""
    sql = render(rw, "SELECT j.tier, j.score FROM (accounts JOIN sales.accounts USING (id)) j")
    assert 'AS "pgstitch public.accounts"' in sql and 'AS "pgstitch sales.accounts"' in sql
    # A table of that name outside the join shares no namespace with them.
    sql = render(
        rw,
        "SELECT j.score, accounts.tier FROM (accounts JOIN sales.accounts USING (id)) j"
        " JOIN accounts ON accounts.id = j.id",
    )
    assert 'AS "pgstitch public.accounts" JOIN' in sql and sql.count('AS "accounts"') == 1


def test_table_shorthand(rw):
    assert render(rw, "TABLE accounts").startswith("SELECT * FROM (SELECT")


def test_tablesample_moves_into_the_derived_table(rw):
    sql = render(rw, "SELECT loyalty FROM accounts a TABLESAMPLE SYSTEM (10) REPEATABLE (1)")
    assert sql.endswith(
        'FROM "public"."accounts" AS "pgstitch_row" TABLESAMPLE SYSTEM (10) REPEATABLE (1)) a'
    )


def test_a_moved_tablesample_clause_keeps_its_place_for_errors(rw):
    sql = "SELECT 'é', loyalty FROM accounts AS a TABLESAMPLE nosuch ('ü') REPEATABLE (x)"
    rendered = rw.rewrite(sql).render_mapped(TableParkedSource())
    for word in ("nosuch", "'ü'", "(x)", "AS a"):
        moved = rendered.sql.index(word) + 1
        assert rendered.original_position(moved) == sql.index(word) + 1


def test_a_cte_of_the_same_name_is_not_the_table(rw):
    sql = render(
        rw, "WITH accounts AS (SELECT * FROM public.accounts) SELECT loyalty FROM accounts"
    )
    assert sql.count('FROM "public"."accounts" AS "pgstitch_row"') == 1
    assert sql.endswith(") SELECT loyalty FROM accounts")


def test_only_tables_whose_shadow_columns_may_be_read_are_wrapped(rw):
    sql = render(rw, "SELECT a.loyalty FROM accounts a JOIN line_items l ON l.order_id = a.id")
    assert '"public"."accounts"' in sql and '"line_items"' not in sql
    for reason in (
        "SELECT * FROM accounts",
        "SELECT a FROM accounts a",
        "SELECT row_to_json(a.*) FROM accounts a",
    ):
        assert rw.rewrite(reason) is not None, reason


def test_group_by_primary_key_lists_the_dependent_columns(rw):
    sql = render(rw, "SELECT a.id, a.name, a.loyalty FROM accounts a GROUP BY a.id")
    assert sql.endswith('GROUP BY "a"."name", "a"."loyalty", a.id')
    untouched = render(rw, "SELECT a.loyalty, count(*) FROM accounts a GROUP BY a.loyalty")
    assert untouched.endswith("GROUP BY a.loyalty")


@pytest.mark.parametrize(
    ("sql", "grouped"),
    [
        ("SELECT a.id, a.tier FROM accounts a GROUP BY 1", 'GROUP BY "a"."tier", 1'),
        ("SELECT a.id AS k, a.tier FROM accounts a GROUP BY k", 'GROUP BY "a"."tier", k'),
        (
            "SELECT a.id, a.name, a.tier FROM accounts a GROUP BY a.id, CUBE (a.name)",
            'GROUP BY "a"."tier", a.id',
        ),
        (
            "SELECT a.id, a.tier FROM accounts a GROUP BY GROUPING SETS ((a.id), (a.id, a.name))",
            'GROUP BY "a"."tier", GROUPING',
        ),
    ],
)
def test_group_by_primary_key_by_position_name_or_in_every_grouping_set(rw, sql, grouped):
    assert grouped in render(rw, sql)


def test_group_by_primary_key_in_some_grouping_sets_only_is_left_alone(rw):
    sql = "SELECT a.id, a.tier FROM accounts a GROUP BY ROLLUP (a.id)"
    assert render(rw, sql).endswith("GROUP BY ROLLUP (a.id)")


@pytest.mark.parametrize(
    ("clause", "added"),
    [
        ("a.id, ROLLUP (2)", '"a"."name", '),
        ("a.id, ROLLUP (t)", '"a"."name", '),
        ("a.id, GROUPING SETS ((2), ())", '"a"."name", '),
        ("1, ROLLUP ((2, a.name))", ""),
        ("a.id, CUBE ((t, 3))", ""),
    ],
)
def test_a_column_some_grouping_sets_give_by_position_or_output_name_is_not_added(
    rw, clause: str, added: str
):
    """Grouped in some sets only, it must stay NULL in the others: adding it to the GROUP BY
    list would group every set by it."""
    sql = f"SELECT a.id, a.tier AS t, a.name FROM accounts a GROUP BY {clause}"
    assert render(rw, sql).endswith(f"GROUP BY {added}{clause}")


@pytest.mark.parametrize(
    ("join", "grouped"),
    [
        ("JOIN", 'GROUP BY "a"."tier", id'),
        ("LEFT JOIN", 'GROUP BY "a"."tier", id'),
        ("RIGHT JOIN", 'GROUP BY "b"."tier", id'),
        ("FULL JOIN", "GROUP BY id"),
    ],
)
def test_group_by_a_using_column_groups_the_side_postgres_takes_it_from(
    rw, join: str, grouped: str
):
    """A USING column is the left side's column in an inner or left join, the right side's in
    a right join and neither's in a full join: only that table's other columns depend on it."""
    sql = f"SELECT id, a.tier, b.tier FROM accounts a {join} accounts b USING (id) GROUP BY id"
    assert render(rw, sql).endswith(grouped)


def test_group_by_a_primary_key_through_a_join_alias_names_columns_through_it(rw):
    sql = "SELECT j.k, j.t FROM (accounts JOIN bills USING (id)) AS j(k, n, l, t) GROUP BY j.k"
    assert render(rw, sql).endswith('GROUP BY "j"."t", j.k')


def test_group_by_primary_key_lists_a_whole_row_reference(rw):
    sql = render(rw, "SELECT a.id, row_to_json(a) FROM accounts a GROUP BY a.id")
    assert sql.endswith('GROUP BY "a"."name", "a"."loyalty", "a"."tier", "a", a.id')


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT a.*, count(*) FROM accounts a GROUP BY 1",
        "SELECT *, count(*) FROM accounts GROUP BY 1",
        "SELECT t.label, a.*, count(*) FROM tags t, accounts a GROUP BY 1, 2",
    ],
)
def test_group_by_the_output_position_of_a_key_in_a_star(rw, sql: str):
    assert '"loyalty", "' in render(rw, sql).split("GROUP BY")[1]


@pytest.mark.parametrize(
    ("sql", "added"),
    [
        ("SELECT * FROM accounts a JOIN tags t USING (id) GROUP BY 1", '"a"."loyalty"'),
        ("SELECT * FROM tags t RIGHT JOIN accounts a USING (id) GROUP BY 1", '"a"."loyalty"'),
        ("SELECT * FROM tags t JOIN accounts a ON a.id = t.id GROUP BY 3", '"a"."loyalty"'),
        ("SELECT * FROM (accounts a JOIN bills b USING (id)) j GROUP BY 1", '"j"."loyalty"'),
        ("SELECT j.* FROM (accounts a JOIN bills b USING (id)) j GROUP BY 1", '"j"."loyalty"'),
        ("SELECT * FROM accounts a FULL JOIN tags t USING (id) GROUP BY 1", None),
    ],
)
def test_group_by_the_output_position_of_a_key_in_a_star_over_a_join(
    rw, sql: str, added: str | None
):
    """A `*` over a join gives its merged USING columns first, then each side's: the position
    stands for the column Postgres flattens the join's column to (a full join's merged column
    is no one table's)."""
    grouped = render(rw, sql).split("GROUP BY")[1]
    if added is None:
        assert grouped == " 1"
    else:
        assert grouped.startswith(f" {added}") or f", {added}" in grouped


def test_group_by_the_output_position_of_a_shadow_column_in_a_star(rw):
    grouped = render(rw, "SELECT a.*, count(*) FROM accounts a GROUP BY 3").split("GROUP BY")[1]
    assert grouped == " 3"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM jsonb_populate_record(NULL::accounts, '{}')",
        "SELECT (NULL::public.accounts).tier",
        "SELECT ROW(1, 'x')::accounts[]",
        "SELECT id FROM tags WHERE NULL::sales.accounts IS NULL",
    ],
)
def test_the_row_type_of_a_table_with_shadow_columns_is_refused(rw, sql: str):
    error = rw.rewrite(sql).errors[0]
    assert error.sqlstate == "0A000" and "row type of" in error.message
    assert error.position == sql.index("::") + 3


def test_other_row_types_are_left_alone(rw):
    assert rw.rewrite("SELECT NULL::tags, 'accounts'::text") is None


@pytest.mark.parametrize(
    ("sql", "expression"),
    [
        ("SELECT (lag(a) OVER (ORDER BY a.id)).tier FROM accounts a", "lag"),
        ("SELECT (array_agg(a))[1].loyalty FROM accounts a", "array_agg"),
        ("SELECT (coalesce(a, NULL)).loyalty FROM accounts a", "coalesce"),
        ("SELECT ((SELECT a FROM accounts a LIMIT 1)).*", "((SELECT"),
        ("WITH x AS (SELECT lag(a) OVER () AS r FROM accounts a) SELECT (r).id FROM x", "r)"),
    ],
)
def test_a_field_of_an_expression_giving_a_wrapped_row_is_refused(rw, sql: str, expression: str):
    error = rw.rewrite(sql).errors[0]
    assert error.sqlstate == "0A000" and "field of an expression" in error.message
    assert error.position == sql.index(expression) + 1


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT (a).loyalty FROM accounts a",
        "SELECT (x.r).loyalty FROM (SELECT a AS r FROM accounts a) x",
        "WITH x AS (SELECT a AS r FROM accounts a) SELECT (r).loyalty FROM x",
        "SELECT (ROW(a.id, a.loyalty)).f2 FROM accounts a",
        "SELECT (array_agg(t))[1].label, (array_agg(a.id))[1] FROM tags t, accounts a",
    ],
)
def test_fields_postgres_can_name_are_served(rw, sql: str):
    rewrite = rw.rewrite(sql)
    assert rewrite is None or not rewrite.errors


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT u.loyalty FROM (SELECT array_agg(a) AS arr FROM accounts a) s, unnest(s.arr) u",
        "SELECT * FROM accounts a0, unnest(ARRAY[a0]) u",
        "SELECT * FROM unnest((SELECT array_agg(a) FROM accounts a))",
    ],
)
def test_rows_of_a_wrapped_table_from_a_function_in_from_are_refused(rw, sql: str):
    error = rw.rewrite(sql).errors[0]
    assert error.sqlstate == "0A000" and "unnest()" in error.message
    assert error.position == sql.index("unnest") + 1


def test_arrays_of_shadow_columns_unnested_in_from_are_served(rw):
    assert not rw.rewrite("SELECT u FROM accounts a, unnest(ARRAY[a.loyalty, a.id]) u").errors


@pytest.mark.parametrize(
    ("sql", "sqlstate"),
    [
        ("COPY accounts (id, loyalty, nope) TO STDOUT", "42703"),
        ("COPY accounts (loyalty, loyalty) TO STDOUT", "42701"),
        ("COPY accounts (id) TO STDOUT (FORMAT csv, FORCE_QUOTE (tier))", "42P10"),
    ],
)
def test_copy_column_list_errors_are_raised_when_copy_runs(rw, sql: str, sqlstate: str):
    rewrite = rw.rewrite(sql)
    assert not rewrite.errors
    assert rewrite.render(NOTHING).startswith("DO ")
    assert f"ERRCODE = E''{sqlstate}''" in rewrite.render(NOTHING)


def test_copy_force_quote_of_a_listed_shadow_column_is_served(rw):
    sql = render(rw, "COPY accounts (id, tier) TO STDOUT (FORMAT csv, FORCE_QUOTE (tier))")
    assert sql.startswith("COPY (SELECT")


def test_system_columns_are_carried_when_named(rw):
    assert '"pgstitch_row".xmin AS xmin' in render(rw, "SELECT xmin, loyalty FROM accounts")


def test_system_column_with_star_is_refused(rw):
    rewrite = rw.rewrite("SELECT *, ctid FROM accounts")
    assert rewrite.errors[0].sqlstate == "0A000"


def test_no_primary_key_reads_defaults_only(rw):
    rewrite = rw.rewrite("SELECT seen FROM events")
    assert rewrite.parked_tables == frozenset()
    assert "pgstitch.parked" not in rewrite.render(TableParkedSource())


def test_parked_values_are_looked_up_by_row_key(rw):
    rewrite = rw.rewrite("SELECT discount FROM line_items")
    assert rewrite.parked_tables == {("public", "line_items")}
    sql = rewrite.render(TableParkedSource())
    assert 'ROW("pgstitch_row"."order_id", "pgstitch_row"."line")::text' in sql
    assert "schema_name = E'public' AND table_name = E'line_items'" in sql
    assert sql.count("pgstitch.parked") == 1


# -- modification targets --------------------------------------------------------------------


def test_update_target_references_are_inlined(rw):
    sql = render(rw, "UPDATE accounts a SET name = a.tier WHERE loyalty > 1 RETURNING loyalty")
    assert sql == (
        "UPDATE accounts a SET name = ((SELECT NULL::text)) WHERE ((SELECT ((0))::integer)) > 1"
        ' RETURNING (SELECT (SELECT ((0))::integer) AS "loyalty")'
    )


def test_inlined_columns_keep_naming_xml_elements_and_attributes(rw):
    """XMLFOREST and XMLATTRIBUTES name an unnamed entry after its column reference."""
    sql = render(rw, "UPDATE accounts SET name = 'x' RETURNING xmlforest(loyalty, tier AS t)")
    assert sql.endswith(
        'RETURNING xmlforest(((SELECT ((0))::integer)) AS "loyalty", ((SELECT NULL::text)) AS t)'
    )
    sql = render(
        rw, "UPDATE accounts a SET name = 'x' RETURNING xmlelement(name e, xmlattributes(a.tier))"
    )
    assert sql.endswith('xmlattributes(((SELECT NULL::text)) AS "tier"))')


def test_an_xml_name_postgres_escapes_otherwise_is_refused():
    """A name given with AS is escaped differently from a column's where it starts with xml."""
    columns = (ShadowColumn("public", "accounts", "xmldoc", "text"),)
    rewrite = model.rewriter(columns=columns).rewrite(
        "UPDATE accounts SET name = 'x' RETURNING xmlforest(xmldoc)", ("public",)
    )
    assert [e.sqlstate for e in rewrite.errors] == ["0A000"]


@pytest.mark.parametrize(
    ("operation", "refused"),
    [("UNION", True), ("UNION ALL", False), ("INTERSECT ALL", True), ("EXCEPT ALL", True)],
)
def test_set_operations_comparing_whole_rows_without_equality_are_refused(
    operation: str, refused: bool
):
    """All set operations but UNION ALL compare their rows (INTERSECT ALL and EXCEPT ALL
    count equal ones): Postgres rejects a row type with a json column when it parses them."""
    columns = (ShadowColumn("public", "accounts", "doc", "json"),)
    sql = f"SELECT a FROM accounts a {operation} SELECT b FROM accounts b"
    rewrite = model.rewriter(columns=columns).rewrite(sql, ("public",))
    assert [(e.sqlstate, e.position) for e in rewrite.errors] == ([("42883", 8)] if refused else [])


@pytest.mark.parametrize(
    "clause",
    [
        "ROLLUP (a)",
        "GROUPING SETS ((a.id), (a), ())",
        "CUBE (1, 2)",
        "(a.id, a)",
        "ROLLUP ((a, 1))",
    ],
)
def test_grouping_sets_of_whole_rows_without_equality_are_refused(clause: str):
    """Items inside grouping sets and `(a, b)` lists are grouped by as the plain ones are."""
    columns = (ShadowColumn("public", "accounts", "doc", "json"),)
    sql = f"SELECT a.id, a FROM accounts a GROUP BY {clause}"
    rewrite = model.rewriter(columns=columns).rewrite(sql, ("public",))
    assert [e.sqlstate for e in rewrite.errors] == ["42883"]


@pytest.mark.parametrize(
    ("sql", "message", "position"),
    [
        ("SELECT greatest(a, b) FROM accounts a, bills b", "GREATEST", 20),
        ("SELECT least(b, a) FROM accounts a, bills b", "LEAST", 17),
        (
            "SELECT t.*, a FROM tags t, accounts a UNION ALL SELECT 1, 2, b FROM bills b",
            "UNION",
            62,
        ),
        (
            "SELECT v.column1 FROM accounts a, bills b, LATERAL (VALUES (a), (b)) v",
            "VALUES",
            66,
        ),
    ],
)
def test_whole_rows_of_two_tables_given_one_type_are_refused(
    rw, sql: str, message: str, position: int
):
    """GREATEST, LEAST and a VALUES column take one type for all their values, as UNION's
    columns do (counted past a `*`): Postgres cannot convert one table's row type to the
    other's (42846)."""
    (error,) = rw.rewrite(sql).errors
    assert (error.sqlstate, error.position) == ("42846", position)
    assert error.message.startswith(f"{message} could not convert type")


@pytest.mark.parametrize(
    ("tail", "refused"),
    [
        ("ORDER BY 3", True),
        ("GROUP BY 1, 2, 3", True),
        ("ORDER BY 2", False),
        ("ORDER BY 4", False),
    ],
)
def test_output_positions_after_a_star_count_its_columns(tail: str, refused: bool):
    """`SELECT t.*, a … ORDER BY 3`: the position counts the columns `t.*` gives (tags has
    two here), so it names the whole row `a`, whose json column has no equality."""
    columns = (ShadowColumn("public", "accounts", "doc", "json"),)
    sql = f"SELECT t.*, a FROM tags t, accounts a {tail}"
    rewrite = model.rewriter(columns=columns).rewrite(sql, ("public",))
    assert [e.sqlstate for e in rewrite.errors] == (["42883"] if refused else [])


def test_returning_star_lists_the_shadow_columns(rw):
    sql = render(rw, "UPDATE accounts SET name = 'x' WHERE id = 1 RETURNING *")
    assert sql.endswith(
        'RETURNING "accounts"."id", "accounts"."name", (SELECT ((0))::integer) AS "loyalty",'
        ' (SELECT NULL::text) AS "tier"'
    )
    sql = render(rw, "UPDATE accounts a SET name = 'x' FROM bills b WHERE b.id = a.id RETURNING *")
    assert sql.endswith('AS "tier", "b".*')


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("(SELECT count(*) FROM bills)", "count"),
        ("(SELECT b.amount AS paid FROM bills b LIMIT 1)", "paid"),
        ("(SELECT 1 UNION SELECT 2)", "?column?"),
        ("(VALUES (1))", "column1"),
        ("EXISTS (SELECT 1)", "exists"),
        ("ARRAY(SELECT 1)", "array"),
        ("NULLIF(id, 1)", "nullif"),
        ("GREATEST(id, 2)", "greatest"),
        ("current_date", "current_date"),
        ("localtimestamp(2)", "localtimestamp"),
        ("CASE WHEN id > 1 THEN 1 ELSE loyalty END", "loyalty"),
        ("CASE WHEN id > 1 THEN 1 END::int8", "int8"),
        ("ARRAY[id]::bigint[]", "array"),
        ("ROW(id)::text", "row"),
    ],
)
def test_insert_returning_items_get_the_names_postgres_gives(rw, item: str, name: str):
    """INSERT RETURNING items are evaluated in a sub-select and named there: as Postgres's
    FigureColname would name them."""
    sql = f"INSERT INTO accounts (id, name) VALUES (1, 'x') RETURNING {item}"
    assert rw.rewrite(sql, ("public",)).render(TableParkedSource()).endswith(f' AS "{name}"')


def test_field_star_in_insert_returning_expands_one_selected_value(rw):
    """Each INSERT RETURNING item is a scalar sub-select, which gives one column: `(c).*`
    selects the composite value and expands it outside; `(t).*` of the target is `t.*`."""
    sql = "INSERT INTO accounts AS a (id) VALUES (1) RETURNING (tier).*, (a).*"
    rendered = rw.rewrite(sql, ("public",)).render(TableParkedSource())
    assert 'RETURNING ((SELECT (tier) FROM (SELECT "pgstitch_r"."id"' in rendered
    assert rendered.count(")).*") == 1
    assert rendered.endswith(' AS "tier"')
    assert ') AS "id", (SELECT "a"."name" FROM' in rendered


def test_target_row_star_in_update_returning_lists_the_columns(rw):
    """`(t).*` would expand the record of a one-row derived table, which Postgres cannot."""
    sql = render(rw, "UPDATE accounts a SET name = 'x' RETURNING (a).*, id")
    assert sql.endswith(
        'RETURNING "a"."id", "a"."name", (SELECT ((0))::integer) AS "loyalty",'
        ' (SELECT NULL::text) AS "tier", id'
    )


def test_field_of_a_target_row(rw):
    sql = render(rw, "UPDATE accounts a SET name = 'x' RETURNING (a).loyalty, (a).name")
    assert sql.endswith('RETURNING (SELECT (SELECT ((0))::integer) AS "loyalty"), (a).name')


def test_whole_row_of_a_target_carries_the_shadow_columns(rw):
    sql = render(rw, "UPDATE accounts a SET name = 'x' RETURNING row_to_json(a)")
    assert sql.endswith(
        'RETURNING row_to_json((SELECT "a" FROM (SELECT "a"."id", "a"."name",'
        ' (SELECT ((0))::integer) AS "loyalty", (SELECT NULL::text) AS "tier") AS "a"))'
    )


def test_on_conflict_reads_the_proposed_and_the_locked_row(rw):
    """EXCLUDED.c is the value the row would have had; the existing row's c is read as last
    committed, since ON CONFLICT has locked the row."""
    sql = rw.rewrite(
        "INSERT INTO accounts AS a (id, name) VALUES (1, 'x') ON CONFLICT (id)"
        " DO UPDATE SET name = excluded.tier WHERE a.loyalty < excluded.loyalty",
    ).render(TableParkedSource())
    proposed = '(SELECT "tier" FROM "pgstitch_v" WHERE "pgstitch_n" = 1)::text'
    assert f"DO UPDATE SET name = ({proposed}) WHERE" in sql
    assert "pgstitch.parked_vals(E'public', E'accounts', (\"a\".\"id\")::text)" in sql


def test_ambiguous_reference_in_update_is_postgres_error(rw):
    sql = "UPDATE accounts SET name = 'x' FROM tags WHERE loyalty = 1"
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == ("42702", sql.index("loyalty") + 1)


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("UPDATE events SET seen = true", "public.events has no primary key"),
        ("INSERT INTO events (kind, seen) VALUES ('x', true)", "has no primary key"),
        ("UPDATE accounts SET (name, tier) = ('a', 'b', 'c')", "multiple-column"),
        (
            "INSERT INTO accounts (id) VALUES (1) ON CONFLICT (id)"
            " DO UPDATE SET (name, tier) = (SELECT 'a', 'b')",
            "multiple-column assignment of this form in ON CONFLICT DO UPDATE",
        ),
        ("UPDATE accounts SET (labels[1], tier) = ('a', 'b')", "multiple-column"),
        ("UPDATE accounts SET tier[1] = 'a'", "subscripted"),
        ("COPY accounts (id, loyalty) FROM STDIN", "COPY FROM"),
        ("COPY accounts FROM STDIN", "COPY FROM without a column list"),
        (
            "MERGE INTO accounts a USING bills b ON a.id = b.id WHEN MATCHED THEN UPDATE SET tier = 'x'",
            "MERGE … UPDATE SET",
        ),
        (
            "MERGE INTO accounts a USING bills b ON a.id = b.id"
            " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (b.id, 'm')",
            "MERGE … INSERT",
        ),
        (
            "WITH RECURSIVE x AS (UPDATE accounts SET tier = 'x' RETURNING id) SELECT * FROM x",
            "inside",
        ),
        (
            "WITH x AS (UPDATE accounts SET tier = 'x' RETURNING id) UPDATE accounts SET"
            " loyalty = 1",
            "beside another write",
        ),
        (
            "SELECT * FROM (WITH x AS (UPDATE accounts SET tier = 'x' RETURNING id)"
            " SELECT * FROM x) s",
            "inside",
        ),
        (
            "WITH i AS (INSERT INTO accounts (id, name) VALUES (1, 'a') RETURNING id)"
            " DELETE FROM accounts WHERE id = 2",
            "beside another write",
        ),
        (
            "WITH x AS (WITH y AS (SELECT 1) UPDATE accounts SET tier = 'x') SELECT 1",
            "UPDATE inside WITH that has a WITH of its own",
        ),
        (
            "WITH x AS (UPDATE accounts SET id = 5, tier = 'x' RETURNING id) SELECT * FROM x",
            "UPDATE inside WITH that changes the key",
        ),
        ("EXPLAIN UPDATE accounts SET tier = 'x'", "inside another statement"),
        (
            "EXPLAIN WITH i AS (INSERT INTO accounts (id, name) VALUES (1, 'a') RETURNING id)"
            " SELECT * FROM i",
            "insert rows into public.accounts",
        ),
        ("PREPARE p AS INSERT INTO line_items (order_id, line) VALUES (1, 2)", "insert rows"),
        ("UPDATE accounts SET id = abs(2) WHERE id = 1", "primary key column id"),
        ("UPDATE accounts SET id = (SELECT 2) WHERE id = 1", "sub-queries"),
        ("UPDATE line_items SET (line, qty) = (2, 1)", "primary key column line"),
        ("UPDATE accounts SET id = DEFAULT", "to DEFAULT"),
        (
            "INSERT INTO accounts (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET id = 2",
            "primary key",
        ),
        ("DELETE FROM accounts WHERE CURRENT OF c", "WHERE CURRENT OF"),
        (
            "INSERT INTO accounts (name) SELECT name FROM tags ON CONFLICT DO NOTHING",
            "ON CONFLICT DO NOTHING",
        ),
        ("INSERT INTO accounts SELECT * FROM rows_of(1, 2)", "cannot count"),
        ("INSERT INTO accounts (id) VALUES (1) RETURNING xmin, accounts", "system column xmin"),
    ],
)
def test_writes_pgstitch_cannot_rewrite_are_refused(rw, sql: str, why: str):
    rewrite = rw.rewrite(sql)
    assert len(rewrite.errors) == 1, sql
    error = rewrite.errors[0]
    assert error.sqlstate == "0A000"
    assert why in error.message
    assert "public." in error.message


def test_a_row_assignment_in_an_upsert_is_taken_apart(rw):
    """`(a, c) = (x, y)` in ON CONFLICT DO UPDATE is `a = x, c = y`: the live column stays in
    the client's ON CONFLICT, the shadow one is parked."""
    rewrite = rw.rewrite(
        "INSERT INTO accounts (id, name, tier) VALUES (1, 'a', 'b') ON CONFLICT (id)"
        " DO UPDATE SET (name, tier) = (EXCLUDED.name, EXCLUDED.tier || '!')"
    )
    assert not rewrite.errors
    sql = rewrite.render(TableParkedSource())
    assert 'DO UPDATE SET "name" = EXCLUDED.name' in sql
    assert "(name, tier)" not in sql
    assert "|| '!'" in sql


def test_each_value_of_a_row_assignment_is_read_as_its_own_columns(rw):
    """The shadow value `loyalty + 1` reads the last committed value (the row is locked), even
    after a live column whose value reads the statement's snapshot."""
    sql = rw.rewrite(
        "UPDATE accounts SET (name, loyalty) = ('x', loyalty + 1) WHERE id = 1"
    ).render(TableParkedSource())
    assert "jsonb_build_object(E'loyalty', ((((((COALESCE(pgstitch.parked_vals(" in sql


def test_a_row_assignment_from_a_sub_select_reads_shadow_values_as_last_committed(rw):
    """`(name, loyalty) = (SELECT …, loyalty + 1)`: the sub-select is walked once, under the
    live first column, yet gives the shadow column its value: it reads the last committed
    values, as `loyalty = loyalty + 1` alone would."""
    sql = rw.rewrite(
        "UPDATE accounts SET (name, loyalty) = (SELECT 'x', loyalty + 1) WHERE id = 1"
    ).render(TableParkedSource())
    assert "pgstitch.parked_vals(" in sql
    live_only = rw.rewrite(
        "UPDATE accounts SET (name, email) = (SELECT 'x', tier) WHERE id = 1"
    ).render(TableParkedSource())
    assert "pgstitch.parked_vals(" not in live_only


def test_a_multiple_assignment_from_a_plain_value_fails_as_in_postgres(rw):
    sql = "UPDATE accounts SET (loyalty, tier) = (name) WHERE id = 1"
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == ("0A000", sql.index("name)") + 1)
    assert "must be a sub-SELECT or ROW() expression" in error.message


def test_writes_in_with_are_rewritten_in_place(rw):
    sql = rw.rewrite(
        "WITH x AS (SELECT 1 AS k), u (a) AS (UPDATE accounts SET tier = 'x' FROM x"
        " WHERE id = x.k RETURNING id) SELECT a FROM u"
    ).render(TableParkedSource())
    assert sql.startswith('WITH x AS (SELECT 1 AS k), "pgstitch_src" AS (SELECT')
    assert ', u (a) AS (UPDATE accounts SET "name" = "accounts"."name" FROM x, "pgstitch_w"' in sql
    assert sql.endswith(" RETURNING id) SELECT a FROM u")


def test_a_delete_in_with_passes_untouched(rw):
    sql = "WITH d AS (DELETE FROM accounts WHERE id = 1 RETURNING id) SELECT * FROM d"
    assert rw.rewrite(sql) is None


def test_a_refused_statement_raises_in_its_place(rw):
    sql = "SELECT 1; UPDATE events SET seen = true; SELECT 2"
    rewrite = rw.rewrite(sql)
    rendered = rewrite.render(NOTHING)
    assert rendered.startswith("SELECT 1; DO E'BEGIN RAISE EXCEPTION USING ERRCODE = E''0A000''")
    assert rendered.endswith("; SELECT 2")
    assert rewrite.errors[0].statement == 1
    assert rewrite.errors[0].position == sql.index("seen") + 1
    assert len(statements(rendered)) == 3


# -- text handling -----------------------------------------------------------------------------


def test_multi_statement_strings_and_non_ascii_text(rw):
    sql = "SELECT 'é', id FROM accounts; SELECT '東京' AS city, loyalty FROM accounts"
    rendered = render(rw, sql)
    assert rendered.startswith(
        "SELECT 'é', id FROM accounts; SELECT '東京' AS city, loyalty FROM ("
    )
    assert len(statements(rendered)) == 2


def test_parameters_are_kept(rw):
    sql = "SELECT loyalty FROM accounts WHERE loyalty > $1 AND id = $2"
    assert render(rw, sql).endswith('AS "accounts" WHERE loyalty > $1 AND id = $2')


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT a.id, a.tier FROM accounts a GROUP /* g */ BY /* h */ a.id",
        "SELECT loyalty FROM ONLY /* o */ accounts",
        "TABLE /* t */ accounts /* u */",
        "SELECT tier FROM accounts TABLESAMPLE /* s */ SYSTEM /* p */ (10) /* r */ REPEATABLE (1)",
        "UPDATE accounts SET loyalty = 5 WHERE id = 1 -- bump",
        "UPDATE accounts SET loyalty = 7 -- value\nWHERE id = 3 -- row\nRETURNING tier -- end",
        "DELETE FROM accounts WHERE id = 8 RETURNING loyalty -- gone",
        "INSERT INTO accounts (id, name, loyalty) VALUES (9, 'x', 3) -- new",
        "INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE"
        " SET tier = EXCLUDED.name RETURNING tier -- upsert",
    ],
)
def test_comments_between_and_after_words_change_nothing(rw, sql: str):
    """Comments are no words: the rewrite is the one of the statement without them."""
    bare = "\n".join(line.split(" --")[0] for line in sql.split("\n"))
    bare = " ".join(part.split("*/")[-1] for part in bare.split("/*"))
    rendered = [rw.rewrite(text).render(TableParkedSource()) for text in (sql, bare)]
    assert fingerprint(rendered[0]) == fingerprint(rendered[1])


def test_quoted_identifiers(rw):
    sql = render(rw, 'SELECT "Nick" FROM "Users"')
    assert '"public"."Users"' in sql and 'AS "Nick"' in sql


def test_error_positions_map_back_to_the_original(rw):
    sql = "SELECT 'ü', loyalty, nosuch FROM accounts WHERE 'é' = tier"
    rendered = rw.rewrite(sql).render_mapped(TableParkedSource())
    moved = rendered.sql.index("nosuch") + 1
    assert rendered.original_position(moved) == sql.index("nosuch") + 1
    tail = rendered.sql.index("'é'") + 1
    assert rendered.original_position(tail) == sql.index("'é'") + 1
    inside = rendered.sql.index("pgstitch_row") + 1
    assert rendered.original_position(inside) == sql.index("accounts") + 1
    assert rendered.original_position(0) is None
    assert rendered.original_position(len(rendered.sql) + 5) is None


# -- caching -----------------------------------------------------------------------------------


def test_rewrites_are_cached_by_text_versions_and_search_path():
    cache = RewriteCache()
    rw = model.rewriter(cache)
    sql = "SELECT loyalty FROM accounts"
    first = rw.rewrite(sql)
    assert rw.rewrite(sql) is first
    assert rw.rewrite(sql, ("sales", "public")) is not first
    newer = model.rewriter(cache, version=2)
    assert newer.rewrite(sql) is not first
    assert cache.hits == 1 and len(cache) == 3


def test_forwarded_statements_are_cached_too():
    cache = RewriteCache()
    rw = model.rewriter(cache)
    assert rw.rewrite("SELECT name FROM accounts") is None
    assert rw.rewrite("SELECT name FROM accounts") is None
    assert cache.hits == 1


def test_cache_is_bounded_by_entries_and_size():
    cache = RewriteCache(max_entries=2, max_chars=10_000)
    rw = model.rewriter(cache)
    for n in range(5):
        rw.rewrite(f"SELECT loyalty AS l{n} FROM accounts")
    assert len(cache) == 2
    assert cache.chars <= 10_000
    rw.rewrite("SELECT loyalty FROM accounts WHERE name = '" + "x" * 5000 + "'")
    assert len(cache) == 2 and cache.chars <= 10_000


def test_cache_rejects_nonsense_bounds():
    with pytest.raises(ValueError):
        RewriteCache(max_entries=0)


# -- writes ------------------------------------------------------------------------------------


def test_update_locks_rows_reads_fresh_values_and_keeps_its_tag(rw):
    rewrite = rw.rewrite(
        "UPDATE accounts a SET loyalty = loyalty + 1 WHERE a.id = $1 RETURNING tier"
    )
    sql = rewrite.render(TableParkedSource())
    assert sql.startswith('WITH "pgstitch_src" AS (SELECT ("a"."id")::text AS "row_key"')
    assert 'FOR NO KEY UPDATE OF "a"), "pgstitch_w" AS (INSERT INTO pgstitch.parked' in sql
    assert "pgstitch.parked_vals(E'public', E'accounts', (\"a\".\"id\")::text)" in sql
    main = sql[sql.index(') UPDATE accounts a SET "name" = "a"."name"') :]
    assert (
        'FROM "pgstitch_w" WHERE (a.id = $1) AND ("a"."id")::text = "pgstitch_w"."row_key"' in main
    )
    assert '"pgstitch_w"."vals" -> E\'tier\'' in main
    assert rewrite.written_columns == {("public", "accounts", "loyalty")}
    assert rewrite.parked_tables == {("public", "accounts")}
    assert len(statements(sql)) == 1 and "UpdateStmt" in statements(sql)[0]["stmt"]


@pytest.mark.parametrize(
    "head", ["", "CREATE TABLE t AS ", "CREATE TEMP TABLE t ON COMMIT DROP AS "]
)
def test_an_update_in_with_is_rewritten_in_place(rw, head: str):
    with_update = "WITH x AS (UPDATE accounts SET tier = 'x' WHERE id = $1 RETURNING id)"
    rewrite = rw.rewrite(f"{head}{with_update} SELECT * FROM x")
    assert rewrite.errors == ()
    sql = rewrite.render(TableParkedSource())
    assert sql.startswith(f'{head}WITH "pgstitch_src" AS (SELECT ("accounts"."id")::text')
    assert ', x AS (UPDATE accounts SET "name" = "accounts"."name" FROM "pgstitch_w"' in sql
    assert sql.endswith(") SELECT * FROM x")
    assert rewrite.written_columns == {("public", "accounts", "tier")}
    assert len(statements(sql)) == 1


@pytest.mark.parametrize(
    ("sql", "again"),
    [
        ("UPDATE accounts SET tier = 'x' WHERE id = $1", True),
        ("UPDATE accounts SET tier = 'x' WHERE id = 1 AND nextval('s') > 0", False),
        ("UPDATE accounts SET tier = 'x' WHERE random() < 0.5", False),
        ("UPDATE accounts SET id = id + 1, tier = 'x' WHERE pg_catalog.random() < 0.5", False),
        ("UPDATE accounts SET tier = 'x' FROM bills WHERE random() < bills.amount", True),
        ("DELETE FROM accounts WHERE id = $1", True),
        ("DELETE FROM accounts WHERE random() < 0.5", False),
        ("DELETE FROM accounts USING bills WHERE random() < bills.amount", True),
        (
            "UPDATE accounts SET tier = 'x' WHERE id = (SELECT id FROM accounts"
            " WHERE tier = 'q' LIMIT 1 FOR UPDATE SKIP LOCKED)",
            False,
        ),
    ],
)
def test_a_where_calling_a_volatile_function_runs_once(rw, sql: str, again: bool):
    rendered = rw.rewrite(sql).render(TableParkedSource())
    where = "SKIP LOCKED" if "SKIP LOCKED" in sql else sql[sql.index("WHERE") + 6 :]
    assert rendered.count(where) == (2 if again else 1), rendered
    # Run once, the statement finds the rows pgstitch_src locked by their key columns.
    locked = '("accounts"."id") IN (SELECT "pgstitch_k1" FROM "pgstitch_src")'
    assert (locked in rendered) is not again


def test_update_changing_the_primary_key_moves_the_parked_values(rw):
    rewrite = rw.rewrite("UPDATE line_items SET line = line + 10 WHERE order_id = $1")
    sql = rewrite.render(TableParkedSource())
    new_key = 'ROW("line_items"."order_id", ((line + 10))::integer)::text AS "new_key"'
    assert new_key in sql
    assert 'FOR UPDATE OF "line_items")' in sql
    # Every value of the old key, read fresh, replaces what the new key held; all of them are
    # read (in `pgstitch_pick`) before any is written, so rows swapping keys keep their own.
    fresh = "pgstitch.parked_vals(E'public', E'line_items', \"pgstitch_src\".\"row_key\")"
    assert fresh in sql
    assert sql.index('"pgstitch_pick" AS (') < sql.index(fresh) < sql.index('"pgstitch_w" AS (')
    assert 'DO UPDATE SET "vals" = EXCLUDED."vals"' in sql
    assert 'WHERE "row_key" NOT IN (SELECT "new_key" FROM "pgstitch_pick")' in sql
    assert sql.endswith(' AND "pgstitch_w"."row_key" = "pgstitch_pick"."new_key"'), sql[-200:]
    assert rewrite.written_columns == {("public", "line_items", "discount")}
    staged = rewrite.render(LiteralParkedSource({}, STAGED_RELATION))
    assert "jsonb_build_object(E'', true) || " in staged  # the store drops the new key's values
    assert len(statements(sql)) == 1 and "UpdateStmt" in statements(sql)[0]["stmt"]


def test_values_whose_text_depends_on_session_settings_are_parked_in_fixed_settings():
    """A date parked as `05/03/2024` by a DMY session would read back as May 3 under MDY."""
    columns = (
        ShadowColumn("public", "accounts", "loyalty", "integer", "0"),
        ShadowColumn("public", "accounts", "since", "date"),
        ShadowColumn("public", "accounts", "ratio", "double precision"),
    )
    rw = model.rewriter(columns=columns)
    rewrite = rw.rewrite("UPDATE accounts SET loyalty = 1, since = $1, ratio = 0.5 WHERE id = 2")
    sql = rewrite.render(TableParkedSource())
    assert "E'loyalty', (((1))::integer)::text" in sql
    assert "E'since', pgstitch.parked_text((($1))::date)" in sql
    assert "E'ratio', pgstitch.parked_text(((0.5))::double precision)" in sql
    staged = rewrite.render(LiteralParkedSource({}, STAGED_RELATION))
    assert "E'since', pg_temp.parked_text(" in staged


def test_a_row_passed_to_a_function_taking_the_row_type_is_the_tables_own_row():
    """PostgREST calls computed columns as `"public"."label"("accounts")`: the derived table's
    row has the shadow columns too, which `accounts` lacks (42846 "cannot cast type record")."""
    catalog = snapshot_from_rows(model.ROWS, 1, [("label", "public", "accounts")])
    rw = Rewriter(catalog, model.schema())
    sql = 'SELECT "public"."label"("accounts"), loyalty FROM "public"."accounts"'
    assert render(rw, sql).startswith(
        'SELECT "public"."label"(ROW("accounts"."id", "accounts"."name")::"public"."accounts"),'
    )
    assert 'label(ROW("a"."id", "a"."name")::"public"."accounts")' in render(
        rw, "SELECT label(a.*) FROM accounts a"
    )
    # Attribute notation: Postgres reads `a.label` as `label(a)` when a has no such column.
    assert render(rw, "SELECT a.label, a.loyalty FROM accounts a").startswith(
        'SELECT "label"(ROW("a"."id", "a"."name")::"public"."accounts"), a.loyalty FROM ('
    )
    # Other functions, and a column of that name, are left as they are.
    assert "to_jsonb(a)" in render(rw, "SELECT to_jsonb(a), loyalty FROM accounts a")
    assert rw.rewrite("SELECT label(name) FROM accounts a") is None


def test_a_field_of_the_one_row_a_function_returns_is_read_through_a_sub_select():
    """`(f(…)).c` where f returns one row of a served table and c is a shadow column: the row
    type lacks c (42703), so the call goes into FROM of a sub-select reading c by the key."""
    functions = [("one", "public", "public", "accounts", False)]
    functions.append(("up_to", "public", "public", "accounts", True))
    catalog = snapshot_from_rows(model.ROWS, 1, table_function_rows=functions)
    rw = Rewriter(catalog, model.schema())
    sql = render(rw, "SELECT ((one(b.id))).tier AS t FROM bills b")
    assert sql.startswith("SELECT (SELECT (SELECT ")
    assert sql.endswith(
        ' WHERE "pgstitch_row"."id" IS NOT NULL) AS "tier" FROM one(b.id) AS "pgstitch_row") AS t'
        " FROM bills b"
    )
    # Live columns are left as written.
    assert rw.rewrite("SELECT (one(1)).name, (up_to(1)).name") is None
    # A set-returning function: `unnest(ARRAY(…))`, a set of the values as f gives its rows.
    sql = render(rw, "SELECT (up_to(2)).tier")
    assert sql.startswith("SELECT unnest(ARRAY(SELECT (SELECT ")
    assert sql.endswith(' FROM up_to(2) AS "pgstitch_row"))::text AS "tier"')
    # Cast to the column's type (unnest loses its modifier), and named after the field under
    # casts of the entry too.
    sql = render(rw, 'SELECT (up_to(2)).loyalty::text COLLATE "C" FROM bills b WHERE true')
    assert sql.endswith(
        ' FROM up_to(2) AS "pgstitch_row"))::integer::text COLLATE "C" AS "loyalty"'
        " FROM bills b WHERE true"
    )
    sql = render(rw, "SELECT (up_to(2)).loyalty::text AS x, 1 + (up_to(1)).loyalty::int")
    assert sql.endswith(' AS "pgstitch_row"))::integer::int')
    assert ' AS "pgstitch_row"))::integer::text AS x, 1 + ' in sql


def test_the_one_row_a_function_returns_is_given_with_its_shadow_columns_where_shown():
    """`SELECT f(…)` and `row_to_json(f(…))`: the row is built from the call in FROM of a
    sub-select, named as Postgres names the call; elsewhere it keeps the row type."""
    functions = [("one", "public", "public", "accounts", False)]
    catalog = snapshot_from_rows(model.ROWS, 1, table_function_rows=functions)
    rw = Rewriter(catalog, model.schema())
    sql = render(rw, "SELECT one(2), to_jsonb(one(3))")
    assert sql.startswith(
        'SELECT (SELECT CASE WHEN "pgstitch_call"."id" IS NULL THEN NULL ELSE "pgstitch_call" END'
        ' FROM (SELECT "pgstitch_row"."id", "pgstitch_row"."name", (SELECT '
    )
    assert ' FROM one(2) AS "pgstitch_row") AS "pgstitch_call") AS "one", to_jsonb((SELECT ' in sql
    assert sql.endswith(' FROM one(3) AS "pgstitch_row") AS "pgstitch_call"))')
    assert rw.rewrite("SELECT label(one(1)), x.r FROM (SELECT one(1) AS r) x") is None
    # `(f(…)).*`: one sub-select per column, as Postgres calls f once per column.
    sql = render(rw, "SELECT (one(2)).*")
    assert sql.startswith(
        'SELECT (SELECT "pgstitch_row"."id" FROM one(2) AS "pgstitch_row") AS "id",'
        ' (SELECT "pgstitch_row"."name" FROM one(2) AS "pgstitch_row") AS "name", (SELECT (SELECT '
    )
    assert sql.endswith(' FROM one(2) AS "pgstitch_row") AS "tier"')


def test_a_function_returning_rows_of_a_served_table_is_wrapped_to_add_its_shadow_columns():
    """`RETURNS SETOF accounts` gives rows of the table's row type, without shadow columns."""
    functions = [("up_to", "public", "public", "accounts"), ("mixed", "public", None, None)]
    functions.append(("mixed", "public", "public", "accounts"))
    catalog = snapshot_from_rows(model.ROWS, 1, table_function_rows=functions)
    rw = Rewriter(catalog, model.schema())
    assert rw.might_touch("select * from up_to(3)")
    sql = render(rw, "SELECT x.loyalty FROM up_to(3) AS x")
    assert sql.startswith('SELECT x.loyalty FROM LATERAL (SELECT "x"."id", "x"."name", (SELECT ')
    assert sql.endswith(' WHERE "x"."id" IS NOT NULL) AS "tier" FROM up_to(3) AS x) AS "x"')
    unaliased = render(rw, "SELECT * FROM up_to(3) WHERE up_to.tier IS NULL")
    assert ' FROM up_to(3) AS "pgstitch_row") AS "up_to" WHERE up_to.tier IS NULL' in unaliased
    # Written LATERAL already, and the function reading an earlier FROM item.
    lateral = render(rw, "SELECT f.tier FROM bills b, LATERAL up_to(b.id) f")
    assert "LATERAL (SELECT " in lateral and "LATERAL LATERAL" not in lateral
    # An overload returning something else may be the one called: left alone.
    assert rw.rewrite("SELECT * FROM mixed(3)") is None
    # ROWS FROM of the one function, and WITH ORDINALITY after the shadow columns.
    sql = render(rw, "SELECT * FROM LATERAL ROWS FROM (up_to(3)) WITH ORDINALITY r")
    assert sql.startswith('SELECT * FROM LATERAL (SELECT "r"."id", "r"."name", (SELECT ')
    assert sql.endswith(
        ' AS "tier", "r".ordinality FROM ROWS FROM (up_to(3)) WITH ORDINALITY r) AS "r"'
    )
    refused = rw.rewrite("SELECT * FROM up_to(3) AS x(a, b)")
    assert refused is not None and refused.errors[0].sqlstate == "0A000"
    # Beside other functions in ROWS FROM: refused where its shadow columns may be read.
    refused = rw.rewrite("SELECT r.tier FROM ROWS FROM (up_to(3), generate_series(1, 2)) r")
    assert refused is not None and refused.errors[0].sqlstate == "0A000"
    assert rw.rewrite("SELECT r.id FROM ROWS FROM (up_to(3), generate_series(1, 2)) r") is None


def test_a_row_function_by_field_notation_or_of_a_target_gets_the_row_type():
    """`(a).f` is `f(a)`: given the table's own columns as its row type; a modification
    target's own row has that type already, and an INSERT's is built from its columns."""
    functions = [("label", "public", "accounts")]
    catalog = snapshot_from_rows(model.ROWS, 1, functions)
    rw = Rewriter(catalog, model.schema())
    sql = render(rw, "SELECT (a).label, a.tier FROM accounts a")
    assert sql.startswith('SELECT (ROW("a"."id", "a"."name")::"public"."accounts").label, a.tier')
    sql = render(rw, "UPDATE accounts a SET name = 'x' RETURNING label(a), (a).label, a.tier")
    assert sql.startswith("UPDATE accounts a SET name = 'x' RETURNING label(a), (a).label, ")
    insert = "INSERT INTO accounts (id, name) VALUES (9, 'n') RETURNING label(accounts)"
    sql = rw.rewrite(insert, ("public",)).render(TableParkedSource())
    assert 'label(ROW("accounts"."id", "accounts"."name")::"public"."accounts")' in sql


def test_delete_drops_the_parked_values_of_locked_rows(rw):
    rewrite = rw.rewrite("DELETE FROM line_items WHERE order_id = 2")
    sql = rewrite.render(TableParkedSource())
    assert 'ROW("line_items"."order_id", "line_items"."line")::text AS "row_key"' in sql
    assert 'FOR UPDATE OF "line_items")' in sql
    assert (
        "DELETE FROM pgstitch.parked WHERE schema_name = E'public' AND table_name = E'line_items'"
        ' AND row_key IN (SELECT "row_key" FROM "pgstitch_src")'
    ) in sql
    assert rewrite.written_columns == {("public", "line_items", "discount")}
    assert "DeleteStmt" in statements(sql)[0]["stmt"]


def test_insert_stores_every_served_column_and_counts_parked_rows(rw):
    rewrite = rw.rewrite("INSERT INTO accounts (id, name) VALUES (1, 'a'), (2, 'b') RETURNING id")
    sql = rewrite.render(TableParkedSource())
    assert sql.startswith(
        'WITH "pgstitch_v" ("pgstitch_n", "loyalty", "tier") AS (VALUES (1, ((((0))::integer))'
    )
    assert "\"pgstitch_ins\" AS (INSERT INTO accounts (id, name) VALUES (1, 'a'), (2, 'b')" in sql
    assert rewrite.written_columns == {
        ("public", "accounts", "loyalty"),
        ("public", "accounts", "tier"),
    }
    assert "InsertStmt" in statements(sql)[0]["stmt"]


def test_inserts_that_may_skip_rows_go_one_row_at_a_time(rw):
    sql = rw.rewrite(
        "INSERT INTO accounts (id, name) VALUES (1, 'a'), (2, 'b') ON CONFLICT DO NOTHING"
    ).render(TableParkedSource())
    assert "\"pgstitch_ins1\" AS (INSERT INTO accounts (id, name) VALUES (1, 'a')" in sql
    assert "\"pgstitch_ins2\" AS (INSERT INTO accounts (id, name) VALUES (2, 'b')" in sql
    computed = ", ".join(f"({n} + 0, 'x')" for n in range(101))
    error = rw.rewrite(
        f"INSERT INTO accounts (id, name) VALUES {computed} ON CONFLICT DO NOTHING"
    ).errors[0]
    assert error.sqlstate == "0A000" and "more than 100" in error.message


def test_many_rows_that_may_be_skipped_are_matched_by_the_keys_they_give(rw):
    """Past 100 rows, rows giving their key as constants or parameters go in one INSERT and
    find their values by key; a trigger changing a key, or a key given twice with DO NOTHING on
    another arbiter, fails the statement rather than parking values under the wrong row."""
    many = ", ".join(f"({n}, $1::text)" for n in range(100)) + ", ('7'::int, 'x')"
    for conflict, twice_guard in (
        ("ON CONFLICT (id) DO NOTHING", False),
        ("ON CONFLICT DO NOTHING", True),
        ("ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.tier, tier = EXCLUDED.tier", False),
    ):
        rewrite = rw.rewrite(f"INSERT INTO accounts (id, name) VALUES {many} {conflict}")
        assert not rewrite.errors
        sql = rewrite.render(TableParkedSource())
        assert sql.count("INSERT INTO accounts") == 1
        assert '"pgstitch_vk" AS (SELECT DISTINCT ON ("pgstitch_key")' in sql
        assert "('7'::int)::integer AS \"id\"" in sql
        assert "changed the primary key" in sql
        assert ("gives a primary key twice" in sql) is twice_guard


@pytest.mark.parametrize(
    ("sql", "sqlstate", "at"),
    [
        ("INSERT INTO accounts (id, name) VALUES (1, 'a', 3)", "42601", "3)"),
        ("INSERT INTO accounts VALUES (1, 'a', 3, 'x', 5)", "42601", "5)"),
        ("INSERT INTO accounts (id, name, tier) VALUES (1, 'a')", "42601", "tier"),
        ("INSERT INTO accounts (id, tier, tier) VALUES (1, 'a', 'b')", "42701", "tier)"),
    ],
)
def test_insert_column_count_errors_are_postgres_errors(rw, sql: str, sqlstate: str, at: str):
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == (sqlstate, sql.rindex(at) + 1)


@pytest.mark.parametrize(
    ("item", "sqlstate", "at"),
    [
        ("sum(loyalty)", "42803", "sum"),
        ("id, 1 + max(tier) FILTER (WHERE true)", "42803", "max"),
        ("pg_catalog.count(*)", "42803", "pg_catalog"),
        ("count(*) OVER ()", "42P20", "count"),
        ("myagg(loyalty) OVER (ORDER BY id)", "42P20", "myagg"),
        ("grouping(id)", "42803", "grouping"),
    ],
)
def test_aggregates_in_insert_returning_are_postgres_errors(rw, item: str, sqlstate: str, at: str):
    sql = f"INSERT INTO accounts (id, name) VALUES (1, 'a') RETURNING {item}"
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == (sqlstate, sql.rindex(at) + 1)


@pytest.mark.parametrize(
    ("sql", "at", "kind", "clause"),
    [
        ("UPDATE accounts SET loyalty = count(*) WHERE id = 1", "count", "aggregate", "UPDATE"),
        ("UPDATE accounts SET loyalty = row_number() OVER ()", "row_number", "window", "UPDATE"),
        (
            "INSERT INTO accounts (id, loyalty) VALUES (1, 2), (2, sum(1))",
            "sum",
            "aggregate",
            "VALUES",
        ),
        (
            "INSERT INTO accounts (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET tier = max(name)",
            "max",
            "aggregate",
            "UPDATE",
        ),
        (
            "UPDATE accounts SET loyalty = 1 + generate_series(1, 2)",
            "generate_series",
            "set-returning",
            "UPDATE",
        ),
        (
            "INSERT INTO accounts (id, tier) VALUES (1, 'a'), (2, unnest('{b}'::text[]))",
            "unnest",
            "set-returning",
            "VALUES",
        ),
    ],
)
def test_aggregates_in_assigned_values_are_postgres_errors(
    rw, sql: str, at: str, kind: str, clause: str
):
    error = rw.rewrite(sql).errors[0]
    assert error.message == f"{kind} functions are not allowed in {clause}"
    assert error.position == sql.index(f"{at}(") + 1


def test_one_values_row_giving_several_rows_is_refused(rw):
    sql = "INSERT INTO accounts (id, tier) VALUES (generate_series(1, 2), 'a')"
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == ("0A000", sql.index("generate_series") + 1)
    assert "INSERT … SELECT" in error.message


def test_aggregates_in_sub_selects_of_insert_returning_are_kept(rw):
    sql = "INSERT INTO accounts (id) VALUES (1) RETURNING (SELECT sum(loyalty) FROM accounts)"
    assert rw.rewrite(sql).errors == ()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE accounts SET tier = ARRAY[] WHERE id = 1",
        "UPDATE accounts SET (name, tier) = ('t', ARRAY[])",
        "INSERT INTO accounts (id, tier) VALUES (1, '{}'), (2, ARRAY[])",
        "INSERT INTO accounts (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET tier = ARRAY[]",
    ],
)
def test_an_empty_array_assigned_without_a_cast_is_postgres_error(rw, sql: str):
    error = rw.rewrite(sql).errors[0]
    assert (error.sqlstate, error.position) == ("42P18", sql.rindex("ARRAY[]") + 1)
    assert rw.rewrite(sql.replace("ARRAY[]", "ARRAY[]::text[]")).errors == ()


def test_insert_returning_system_columns_reads_them_from_the_new_row(rw):
    rewrite = rw.rewrite("INSERT INTO accounts (id) VALUES (1) RETURNING tableoid::regclass")
    sql = rewrite.render(TableParkedSource())
    assert '"accounts".*, "accounts".tableoid AS tableoid' in sql
    assert '"pgstitch_r".tableoid AS tableoid FROM' in sql


def test_insert_returning_schema_qualified_columns_name_the_new_row(rw):
    sql = 'INSERT INTO public.accounts (id) VALUES (1) RETURNING "public"."accounts"."tier"'
    rendered = rw.rewrite(sql).render(TableParkedSource())
    assert 'RETURNING (SELECT "accounts"."tier" FROM' in rendered


def test_rules_of_shadow_columns_raise_through_the_helper():
    columns = (
        ShadowColumn("public", "accounts", "qty", "integer", not_null=True, check="qty > 0"),
    )
    rw = Rewriter(model.catalog(), model.schema(columns=columns))
    sql = rw.rewrite("UPDATE accounts SET qty = 0").render(TableParkedSource())
    assert "pgstitch.raise_error(E'23502', E'null value in column \"qty\"" in sql
    assert "WHEN (((qty > 0))) IS FALSE THEN pgstitch.raise_error(E'23514'" in sql
    assert "accounts_qty_check" in sql


def test_too_long_elements_of_a_varchar_array_fail_as_an_assignment():
    """An explicit cast to varchar(3)[] cuts each element to 3 characters; assigning to a real
    column fails with 22001. Each element is checked before the cast."""
    columns = (ShadowColumn("public", "accounts", "codes", "varchar(3)[]"),)
    rw = Rewriter(model.catalog(), model.schema(columns=columns))
    sql = rw.rewrite("UPDATE accounts SET codes = '{abcd}'").render(TableParkedSource())
    assert 'EXISTS (SELECT FROM unnest("pgstitch_x") AS "pgstitch_e"' in sql
    assert "E'value too long for type character varying(3)'" in sql
    assert '::varchar[] AS "pgstitch_x"' in sql


def test_too_long_varchar_and_char_values_use_the_assignments_length_coercion():
    """A real column's assignment calls varchar(x, n + 4, false): a constant too long fails
    when the statement is planned, also when no row matches; trailing spaces are cut."""
    columns = (
        ShadowColumn("public", "accounts", "code", "varchar(5)"),
        ShadowColumn("public", "accounts", "tag", "char(4)"),
    )
    rw = Rewriter(model.catalog(), model.schema(columns=columns))
    sql = rw.rewrite("UPDATE accounts SET code = 'abcdef', tag = 'x'").render(TableParkedSource())
    assert "pg_catalog.varchar((('abcdef'))::varchar, 9, false)::varchar(5)" in sql
    assert "pg_catalog.bpchar((('x'))::pg_catalog.bpchar, 8, false)::char(4)" in sql


def test_bit_strings_of_the_wrong_length_fail_as_an_assignment():
    """An explicit cast pads or cuts a bit string; assigning to a real bit(n) column fails
    with 22026, to a varbit(n) one when it is too long: the rewrite calls the same coercion."""
    columns = (
        ShadowColumn("public", "accounts", "mask", "bit(3)"),
        ShadowColumn("public", "accounts", "vmask", "bit varying(4)"),
    )
    rw = Rewriter(model.catalog(), model.schema(columns=columns))
    sql = rw.rewrite("UPDATE accounts SET mask = B'1', vmask = B'1'").render(TableParkedSource())
    assert """pg_catalog."bit"(((B'1'))::pg_catalog."bit", 3, false)::pg_catalog.bit(3)""" in sql
    assert "pg_catalog.varbit(((B'1'))::bit varying, 4, false)::bit varying(4)" in sql


def test_an_error_of_the_cast_to_a_shadow_columns_type_points_at_the_expression(rw):
    """Postgres reports a value it cannot assign at the expression (exprLocation); the cast
    pgstitch writes instead must map back there, not to the statement's start."""
    sql = "UPDATE accounts SET loyalty = (ROW(1, 2)) WHERE id = 1"
    rendered = rw.rewrite(sql).render_mapped(TableParkedSource())
    cast = rendered.sql.index("))::integer") + 3  # 1-based position of `::`
    assert rendered.original_position(cast) == sql.index("ROW") + 1


def test_write_rewrites_are_cached(rw):
    sql = "UPDATE accounts SET tier = 'x' WHERE id = 1"
    assert rw.rewrite(sql) is rw.rewrite(sql)


def test_excluded_shadow_array_under_any_stays_an_array(rw):
    """`= ANY (excluded.c)` over a shadow array compares with its elements: the value that
    stands for EXCLUDED.c is not a bare sub-select, which ANY would read as a sub-query."""
    sql = rw.rewrite(
        "INSERT INTO accounts AS a (id, name) VALUES (1, 'x') ON CONFLICT (id)"
        " DO UPDATE SET name = 'y' WHERE 'vip' = ANY (excluded.tier)",
    ).render(TableParkedSource())
    assert 'ANY (((SELECT "tier" FROM "pgstitch_v" WHERE "pgstitch_n" = 1)::text))' in sql


@pytest.mark.parametrize(
    ("conflict", "refused"),
    [
        ("(id)", False),
        ("ON CONSTRAINT accounts_pkey", False),
        ("(email)", True),
        ("ON CONSTRAINT accounts_email_key", True),
    ],
)
def test_upsert_keeps_the_key_only_when_the_conflict_is_on_it(rw, conflict, refused):
    """`SET id = EXCLUDED.id` keeps the key only when ON CONFLICT's arbiter is the primary key;
    on another unique key it would move the row away from its parked values."""
    rewrite = rw.rewrite(
        f"INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT {conflict}"
        " DO UPDATE SET id = EXCLUDED.id, tier = 't'"
    )
    assert bool(rewrite.errors) == refused
    if refused:
        assert rewrite.errors[0].sqlstate == "0A000"


def test_whole_rows_a_statement_outputs_are_named_with_their_row_type():
    """The session describes them with the table's row type (proxy/row_types.py): top-level
    outputs of wrapped tables only, by output name, for each statement of the string."""
    rows = [(*row, 16000 + i, [], False, 17000 + i) for i, row in enumerate(model.ROWS)]
    catalog = snapshot_from_rows(rows, 1)
    row_type = catalog.get("public", "accounts").row_type
    assert row_type
    rw = Rewriter(catalog, model.schema())

    def row_types(sql: str):
        rewrite = rw.rewrite(sql)
        return rewrite.row_types if rewrite is not None else None

    assert row_types("SELECT a, a.loyalty FROM accounts a") == (("a", row_type),)
    assert row_types("SELECT accounts AS whole FROM accounts") == (("whole", row_type),)
    assert row_types("SELECT a FROM accounts a; SELECT b AS c FROM accounts b") == (
        ("a", row_type),
        ("c", row_type),
    )
    # A set operation whose arms all give a whole row of the table at that position.
    assert row_types("SELECT a, 1 FROM accounts a UNION SELECT b, 2 FROM accounts b") == (
        ("a", row_type),
    )
    assert row_types("SELECT a FROM accounts a UNION ALL SELECT (1, 'x', 2)") == ()
    # Positions past a `*` count the columns it gives (tags has two).
    sql = "SELECT t.*, a FROM tags t, accounts a UNION ALL SELECT 1, 2, b FROM accounts b"
    assert row_types(sql) == (("a", row_type),)
    # RETURNING the whole row of the write's target: a record too.
    assert row_types("UPDATE accounts a SET loyalty = 1 RETURNING a, id") == (("a", row_type),)
    assert row_types("INSERT INTO accounts (id, name) VALUES (9, 'x') RETURNING accounts") == (
        ("accounts", row_type),
    )
    assert row_types("DELETE FROM accounts RETURNING accounts AS gone") == (("gone", row_type),)
    # Descriptions are matched to the string: a name another statement outputs as something
    # else (a genuine record, maybe) is left alone.
    assert row_types("SELECT a FROM accounts a; SELECT (1, 2) AS a") == ()
    assert row_types("SELECT a FROM accounts a; SELECT a FROM accounts a") == (("a", row_type),)
    assert row_types("BEGIN; SELECT a FROM accounts a; SELECT 1 AS b; COMMIT") == (("a", row_type),)
    # So is a name the statement itself gives another output of another type.
    assert row_types("SELECT a AS r, (1, 2) AS r FROM accounts a") == ()
    assert row_types("SELECT b AS x, x FROM bills b, accounts x") == ()
    assert row_types("SELECT a AS x, x FROM accounts a, accounts x") == (("x", row_type),) * 2
    # Expanded columns, a column named like the table, rows inside expressions or subqueries.
    assert row_types("SELECT a.* FROM accounts a") == ()
    assert row_types("SELECT name FROM accounts name") == ()
    assert row_types("SELECT row_to_json(a) FROM accounts a") == ()
    assert row_types("SELECT (SELECT a FROM accounts a LIMIT 1)") == ()


# -- names two schemas share ---------------------------------------------------------------------


def test_for_update_of_names_a_renamed_derived_table(rw):
    """Unaliased tables of two schemas get derived tables of names of their own; FOR UPDATE
    OF names the first FROM entry called so."""
    sql = render(
        rw,
        "SELECT public.accounts.loyalty FROM public.accounts, sales.accounts"
        " WHERE public.accounts.id = sales.accounts.score FOR UPDATE OF accounts",
    )
    assert sql.endswith('FOR UPDATE OF "pgstitch public.accounts"')
    sql = render(
        rw,
        "SELECT sales.accounts.score FROM sales.accounts, public.accounts"
        " WHERE public.accounts.loyalty > 0 FOR SHARE OF accounts, nope",
    )
    assert sql.endswith('FOR SHARE OF "pgstitch sales.accounts", nope')


def test_a_bare_name_two_schemas_share_is_ambiguous_once_renamed(rw):
    rewrite = rw.rewrite(
        "SELECT accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0",
        ("public",),
    )
    assert [(e.sqlstate, e.position) for e in rewrite.errors] == [("42P09", 8)]


def test_a_table_clashing_with_a_cte_keeps_its_name(rw):
    """Postgres refuses the clash itself (42712): the derived table must keep the name."""
    sql = render(
        rw,
        "WITH accounts AS (SELECT 1 AS id) SELECT accounts.id FROM accounts, public.accounts"
        " WHERE public.accounts.loyalty > 0",
    )
    assert 'AS "accounts" WHERE "accounts".loyalty > 0' in sql


@pytest.mark.parametrize(
    ("sql", "refused"),
    [
        ("CREATE TABLE t AS SELECT a FROM accounts a", True),
        ("SELECT a.id, a INTO t FROM accounts a", True),
        ("CREATE TABLE t AS SELECT array_agg(a) FROM accounts a", True),
        ("CREATE TABLE t AS SELECT lag(a) OVER (ORDER BY a.id) FROM accounts a", True),
        ("CREATE TABLE t AS SELECT (SELECT a FROM accounts a LIMIT 1) AS r", True),
        ("CREATE TABLE t AS SELECT 1 AS n UNION ALL SELECT coalesce(a, a) FROM accounts a", True),
        ("CREATE TABLE t AS SELECT (array_agg(a))[1] FROM accounts a", True),
        ("CREATE TABLE t AS SELECT row_to_json(a), (a).loyalty FROM accounts a", False),
        ("CREATE TABLE t AS SELECT a.* FROM accounts a", False),
        ("CREATE TABLE t AS SELECT name FROM accounts name WHERE name.tier = 'x'", False),
        ("SELECT a FROM accounts a", False),
    ],
)
def test_a_whole_row_stored_in_a_new_table_is_refused(rw, sql, refused):
    """Its column would be a `record`, which a table cannot hold (42P16), where Postgres makes
    it of the table's row type, which has no shadow columns."""
    rewrite = rw.rewrite(sql)
    errors = rewrite.errors if rewrite is not None else ()
    assert [e.sqlstate for e in errors] == (["0A000"] if refused else [])


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (
            "SELECT a FROM accounts a UNION SELECT b FROM bills b",
            "UNION could not convert type bills to accounts",
        ),
        (
            "SELECT coalesce(a, t) FROM accounts a, tags t",
            "COALESCE could not convert type tags to accounts",
        ),
        (
            "SELECT CASE WHEN true THEN a ELSE t END FROM accounts a, tags t",
            "CASE/WHEN could not convert type accounts to tags",
        ),
        (
            "SELECT ARRAY[a, b] FROM accounts a, bills b",
            "ARRAY could not convert type bills to accounts",
        ),
        ("SELECT a FROM accounts a UNION SELECT x FROM accounts x", None),
        ("SELECT coalesce(a, NULL, x) FROM accounts a, accounts x", None),
        ("SELECT coalesce(a, ROW(1)) FROM accounts a", None),
    ],
)
def test_whole_rows_of_two_tables_given_one_type_fail_as_in_postgres(rw, sql, message):
    """Postgres cannot convert one table's row type to another's (42846); wrapped, the rows
    are records, which it would take together or fail to match otherwise."""
    rewrite = rw.rewrite(sql)
    errors = [(e.sqlstate, e.message) for e in rewrite.errors]
    assert errors == ([("42846", message)] if message else [])


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        (
            "SELECT ARRAY[a] FROM accounts a UNION ALL SELECT array_agg(b) FROM bills b",
            ("42846", "UNION could not convert type bills[] to accounts[]"),
        ),
        (
            "SELECT coalesce((SELECT a FROM accounts a), s.r) FROM (SELECT b AS r FROM bills b) s",
            ("42846", "COALESCE could not convert type bills to accounts"),
        ),
        (
            "SELECT array_append(ARRAY[a], b) FROM accounts a, bills b",
            ("42883", "function array_append(accounts[], bills) does not exist"),
        ),
        (
            "SELECT lag(a, 1, b) OVER () FROM accounts a, bills b",
            ("42883", "function lag(accounts, integer, bills) does not exist"),
        ),
        (
            "SELECT array_agg(a) || b FROM accounts a, bills b GROUP BY b",
            ("42883", "operator does not exist: accounts[] || bills"),
        ),
        (
            "SELECT ARRAY[a] IN (ARRAY[b]) FROM accounts a, bills b",
            ("42883", "operator does not exist: accounts[] = bills[]"),
        ),
        (
            "SELECT s.r || b FROM (SELECT array_agg(a) AS r FROM accounts a) s, bills b",
            ("42883", "operator does not exist: accounts[] || bills"),
        ),
        (
            "WITH RECURSIVE r(x) AS (SELECT ARRAY[a] FROM accounts a"
            " UNION ALL SELECT r.x || b FROM r, bills b) SELECT * FROM r",
            ("42883", "operator does not exist: accounts[] || bills"),
        ),
        (
            "SELECT coalesce(a.*, b.*) FROM accounts a, bills b",
            ("42846", "COALESCE could not convert type bills to accounts"),
        ),
        (
            "SELECT ARRAY[a] = ANY (SELECT array_agg(b) FROM bills b) FROM accounts a",
            ("42883", "operator does not exist: accounts[] = bills[]"),
        ),
        ("SELECT ARRAY[a] || a2 FROM accounts a, accounts a2", None),
        ("SELECT a = b FROM accounts a, bills b", None),
        ("SELECT array_position(ARRAY[a], a2) FROM accounts a, accounts a2", None),
    ],
)
def test_arrays_of_whole_rows_of_two_tables_fail_as_in_postgres(rw, sql, error):
    """Arrays of two tables' rows, rows given by sub-selects and subquery columns, and
    functions and operators taking one type for several arguments: Postgres finds no common
    type (42846), or no function or operator (42883), where records of wrapped tables would
    go together."""
    errors = [(e.sqlstate, e.message) for e in rw.rewrite(sql).errors]
    assert errors == ([error] if error else [])


def test_field_of_values_column_holding_whole_row_is_refused(rw):
    """Postgres does not follow a VALUES list's column to the rows it holds: a wrapped row
    there is a `record` whose fields it cannot name (42809), so the form is refused; through
    a SELECT, whose column Postgres follows, it is served."""
    (error,) = rw.rewrite("SELECT (v.column1).tier FROM accounts a, LATERAL (VALUES (a)) v").errors
    assert (error.sqlstate, error.position) == ("0A000", 9)
    assert not rw.rewrite("SELECT (v.r).tier FROM accounts a, LATERAL (SELECT a AS r) v").errors


def test_json_of_whole_row_of_aliased_columns_keeps_the_tables_names(rw):
    """A column alias list renames the derived table's columns, so its row's fields too,
    where Postgres names them by the table's row type: json functions are given the row with
    the table's names (NULL for the missing side of an outer join, as the row itself)."""
    sql = rw.rewrite("SELECT row_to_json(a) FROM accounts a(i, n)").render(NoParkedValues())
    assert sql.startswith(
        'SELECT row_to_json((SELECT "pgstitch_json" FROM (SELECT "a".*) AS "pgstitch_json"("id",'
        ' "name", "loyalty", "tier") WHERE NOT "a" IS NULL)) FROM (SELECT'
    )
    assert "row_to_json(a)" in rw.rewrite("SELECT row_to_json(a) FROM accounts a").render(
        NoParkedValues()
    )
