"""Declared types and defaults are checked before they go anywhere near a statement."""

from __future__ import annotations

import pytest

from proxy.rewrite import (
    InvalidShadowColumn,
    Rewriter,
    TableParkedSource,
    row_key_sql,
    validate_default,
    validate_type_name,
)
from proxy.rewrite.served import (
    base_type_sql,
    check_constraint_name,
    served_column,
    served_tables,
)
from shadow.catalog import snapshot_from_rows
from shadow.columns import ColumnState, ShadowColumn
from tests.rewrite import model


@pytest.mark.parametrize(
    ("declared", "canonical"),
    [
        ("integer", "integer"),
        ("int4", "int4"),
        ("varchar(20)", "varchar(20)"),
        ("numeric(10,2)", "numeric(10, 2)"),
        ("timestamp with time zone", "timestamp with time zone"),
        ("text[]", "text[]"),
        ('public."Mood"', 'public."Mood"'),
        ("character varying", "varchar"),
    ],
)
def test_type_names_are_canonical(declared: str, canonical: str):
    assert validate_type_name(declared) == canonical


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "integer; DROP TABLE accounts", "integer, 1", "1", "int) FROM x --", "no such("],
)
def test_bad_type_names_are_refused(bad: str):
    with pytest.raises(InvalidShadowColumn):
        validate_type_name(bad)


@pytest.mark.parametrize(
    ("default", "embedded"),
    [
        ("0", "((0))"),
        ("'happy'", "(('happy'))"),
        ("1 + 2", "((1 + 2))"),
        ("E'back\\\\slash'", "((E'back\\\\slash'))"),
        ("$$dollar ' quoted$$", "(($$dollar ' quoted$$))"),
        ("0 -- a comment", "((0 -- a comment\n))"),
        ("now()", "((now()))"),
        ("'C:\\path'", "((E'C:\\\\path'))"),
        ("CAST('\\xdead' AS bytea)", "((CAST(E'\\\\xdead' AS bytea)))"),
        ("gen_random_uuid()", "((gen_random_uuid()))"),
        (
            "pg_catalog.md5(extensions.uuid_generate_v4()::text)",
            "((pg_catalog.md5(extensions.uuid_generate_v4()::text)))",
        ),
        ("my_next_code()", "(SELECT (my_next_code()))"),
        ("app.random()", "(SELECT (app.random()))"),
        ("lower(my_code())", "(SELECT (lower(my_code())))"),
        ("ARRAY[1, 2]", "((ARRAY[1, 2]))"),
    ],
)
def test_defaults_are_embedded_in_parentheses(default: str, embedded: str):
    assert validate_default(default) == embedded


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("", "empty"),
        ("1; DROP TABLE accounts", "not an SQL expression"),
        ("1), (2", "single expression"),
        ("1) FROM accounts --", "not an SQL expression"),
        ("1) FROM (SELECT 2", "single expression"),
        ("1) UNION SELECT (2", "single expression"),
        ("1) AS x, (2", "single expression"),
        ("id", "column reference"),
        ("accounts.id + 1", "column reference"),
        ("$1", "parameter"),
        ("(SELECT 1)", "subquery"),
        ("count(*)", "aggregate"),
        ("sum(1) OVER ()", "aggregate"),
        ("/* unterminated", "not an SQL expression"),
        ("'unterminated", "not an SQL expression"),
    ],
)
def test_bad_defaults_are_refused_with_a_reason(bad: str, why: str):
    with pytest.raises(InvalidShadowColumn) as raised:
        validate_default(bad)
    assert why in str(raised.value)


def test_row_keys():
    assert row_key_sql(("id",), '"a"') == '("a"."id")::text'
    assert row_key_sql(("a", "B"), "t") == 'ROW(t."a", t."B")::text'
    assert row_key_sql((), "t") is None
    # A timestamptz key column (OID 1184) is printed in UTC, whatever the session's TimeZone.
    keyed = row_key_sql(("n", "at"), "t", {"n": 23, "at": 1184})
    assert keyed.startswith('ROW(t."n", COALESCE(') and "AT TIME ZONE 'UTC'" in keyed


def test_a_bad_column_names_itself_when_the_rewriter_is_built():
    bad = ShadowColumn("public", "accounts", "x", "integer", "1; DROP TABLE accounts")
    with pytest.raises(InvalidShadowColumn, match=r"public\.accounts\.x"):
        Rewriter(model.catalog(), model.schema(columns=(bad,)))


def test_served_columns_of_existing_tables():
    columns = (
        *model.COLUMNS,
        ShadowColumn("public", "nowhere", "x", "integer"),
        ShadowColumn("public", "tags", "loyalty", "integer", state=ColumnState.LANDING),
    )
    served = served_tables(model.catalog(), model.schema(columns=columns))
    assert set(served) == {
        ("public", "accounts"),
        ("public", "line_items"),
        ("public", "events"),
        ("public", "Users"),
        ("sales", "accounts"),
        ("public", "tags"),
    }
    accounts = served[("public", "accounts")]
    assert accounts.all_names == ("id", "name", "loyalty", "tier")
    assert accounts.column("tier").typed_default == "NULL::text"
    assert accounts.column("loyalty").typed_default == "((0))::integer"
    assert not accounts.hidden
    assert accounts.live_columns_sql('"a"') == ['"a"."id"', '"a"."name"']


def test_a_landing_column_the_table_really_has_hides_it():
    """The migration ran but the values are still being drained: the shadow column wins, and
    a row without a parked value reads the real column."""
    column = ShadowColumn("public", "tags", "loyalty", "integer", "7", state=ColumnState.LANDING)
    tags = served_tables(model.catalog(), model.schema(columns=(column,)))[("public", "tags")]
    assert tags.hidden == {"loyalty"}
    assert tags.all_names == ("id", "loyalty")
    assert tags.live_columns_sql('"t"') == ['"t"."id"']
    served = tags.column("loyalty")
    assert served.live
    assert 'to_jsonb(("t"."loyalty")::text)' in served.parked_value("v", '"t"')
    assert served.unparked_value('"t"') == '(("t"."loyalty")::text)::integer'
    assert served.unparked_value() == "(SELECT ((7))::integer)"
    assert served.unparked_value(None, '"t".ctid') == (
        'CASE WHEN "t".ctid IS NULL THEN ((7))::integer ELSE ((7))::integer END'
    )


def test_a_date_or_timestamp_default_falls_back_through_its_iso_form_in_jsonb():
    """The session's text of a date may not read back (`12/31/2024` under YMD order, a zone
    abbreviation such as IST that names another offset): dates and timestamps go into jsonb
    as ISO 8601 instead. Other types, arrays of dates among them, keep their text form."""
    for declared in ("date", "timestamp(3)", "timestamp with time zone"):
        column = served_column(ShadowColumn("public", "t", "c", declared, "'2024-12-31'"))
        value = column.parked_value("v")
        assert f"to_jsonb((('2024-12-31'))::{declared})" in value, value
    landing = ShadowColumn("public", "t", "c", "date", state=ColumnState.LANDING)
    column = served_column(landing, live=True)
    assert 'to_jsonb("t"."c")' in column.parked_value("v", '"t"')
    assert column.unparked_value('"t"') == '("t"."c")::date'
    for declared in ("date[]", "text", "interval"):
        column = served_column(ShadowColumn("public", "t", "c", declared, "NULL"))
        assert f"to_jsonb((((NULL))::{declared})::text)" in column.parked_value("v")


def test_rules_of_a_column_are_validated():
    column = served_column(
        ShadowColumn("public", "t", "c", "varchar(5)", not_null=True, check="c <> ''")
    )
    assert column.not_null and column.check_sql == "((c <> ''))"
    assert (column.length_limit, column.base_type_sql) == (5, "varchar")
    assert served_column(ShadowColumn("public", "t", "c", "char(3)")).base_type_sql == (
        "pg_catalog.bpchar"
    )
    array = served_column(ShadowColumn("public", "t", "c", "varchar(5)[]"))
    assert (array.length_limit, array.base_type_sql) == (5, "varchar[]")
    for bad in ("count(*) > 0", "(SELECT 1) = 1", "c > $1", "1; DROP TABLE t"):
        with pytest.raises(InvalidShadowColumn, match="check"):
            served_column(ShadowColumn("public", "t", "c", "integer", check=bad))


@pytest.mark.parametrize(
    ("type_sql", "base"),
    [
        ("integer", "integer"),
        ("character varying(20)", "varchar"),
        ("character(3)", "pg_catalog.bpchar"),
        ("numeric(10,2)", "numeric"),
        ("timestamp(3) without time zone", "timestamp"),
        ("bit(3)", 'pg_catalog."bit"'),
        ("bit(3)[]", 'pg_catalog."bit"[]'),
        ("interval minute", "interval minute"),
        ("interval(2)", "interval(2)"),
        ("text[]", "text[]"),
    ],
)
def test_base_types_drop_modifiers(type_sql: str, base: str):
    """An INSERT … SELECT's unknown literal is cast to the base type, then assigned: a bit(n)
    literal must not be cut to n bits by an explicit cast (the assignment fails, 22026), and an
    interval literal is read with the column's fields ('5' is five minutes for interval minute).
    """
    assert base_type_sql(type_sql) == base


def _catalog_with_types(visible: dict[str, str]):
    rows = [("public", "accounts", "r", "id", "integer", 23, 1, ["id"])]
    return snapshot_from_rows(rows, 1, (), visible.items(), ("pg_catalog", "app", "public"))


@pytest.mark.parametrize(
    ("declared", "type_sql"),
    [
        ("mood", "app.mood"),
        ("mood[]", "app.mood[]"),
        ("varchar(32)", "varchar(32)"),
        ("integer[]", "integer[]"),
        ("text", "text"),
        ("public.mood", "public.mood"),
    ],
)
def test_served_columns_take_the_type_the_catalog_resolves(declared: str, type_sql: str):
    """The rewriter is given the qualified text; built-in types stay as declared."""
    catalog = _catalog_with_types({"mood": "app", "text": "pg_catalog", "varchar": "pg_catalog"})
    column = ShadowColumn("public", "accounts", "m", declared)
    served = served_column(column, catalog=catalog)
    assert (served.type_sql, served.type_found) == (type_sql, True)
    tables = served_tables(catalog, model.schema(columns=(column,)))
    assert tables[("public", "accounts")].columns == (served,)


def test_served_column_of_a_missing_type_is_as_declared():
    """Postgres reports 42704 where a statement uses it, as before the type is created."""
    catalog = _catalog_with_types({"text": "pg_catalog"})
    column = ShadowColumn("public", "accounts", "m", "mood", "'happy'")
    served = served_column(column, catalog=catalog)
    assert (served.type_sql, served.type_found, served.typed_default) == (
        "mood",
        False,
        "(('happy'))::mood",
    )


def test_served_columns_without_types_in_the_catalog_are_as_declared():
    column = ShadowColumn("public", "accounts", "mood", "mood", "'happy'")
    assert served_column(column).type_sql == "mood"
    assert served_column(column, catalog=model.catalog()).type_sql == "mood"


def test_length_rules_follow_the_qualified_type():
    catalog = _catalog_with_types({"mood": "app", "varchar": "pg_catalog"})
    served = served_column(ShadowColumn("public", "accounts", "c", "varchar(3)[]"), catalog=catalog)
    assert (served.length_limit, served.base_type_sql) == (3, "varchar[]")
    served = served_column(ShadowColumn("public", "accounts", "m", "mood[]"), catalog=catalog)
    assert (served.length_limit, served.base_type_sql, served.prints_alike) == (None, None, False)


def test_check_rule_names_are_postgres_own():
    """A rule reading one column is `t_c_check`, one reading several `t_check`; long names
    are cut to 63 bytes as Postgres cuts them (the longer first, never inside a character)."""
    assert check_constraint_name("orders", "qty", "qty > 0") == "orders_qty_check"
    assert check_constraint_name("m", "hi", "hi >= lo") == "m_check"
    assert check_constraint_name("m", "hi", "true") == "m_check"
    long_table = "a_table_with_a_rather_long_name_for_testing_xx"
    long_column = "a_column_with_a_long_name_too_yyyyy"
    assert (
        check_constraint_name(long_table, long_column)
        == "a_table_with_a_rather_long_n_a_column_with_a_long_name_to_check"
    )
    assert check_constraint_name(long_table, "b", f"b > {long_column}") == f"{long_table}_check"
    assert (
        check_constraint_name("東京" * 10, "列" * 14)
        == "東京東京東京東京東_列列列列列列列列列_check"
    )


def test_like_including_defaults_copies_a_default_without_its_sub_select():
    """A DEFAULT cannot hold a subquery (0A000): a default read once per statement through a
    sub-select is copied as the expression itself."""
    columns = (
        ShadowColumn("public", "accounts", "code", "text", "app_code()"),
        ShadowColumn("public", "accounts", "pid", "uuid", "gen_random_uuid()"),
    )
    rw = Rewriter(model.catalog(), model.schema(columns=columns))
    rewrite = rw.rewrite("CREATE TABLE copy (LIKE accounts INCLUDING DEFAULTS)")
    assert rewrite is not None
    sql = rewrite.render(TableParkedSource())
    assert '"code" text DEFAULT ((app_code()))' in sql
    assert '"pid" uuid DEFAULT (((gen_random_uuid())))' in sql
    assert "SELECT" not in sql
