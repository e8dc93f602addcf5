"""Errors of pgstitch's raise_error helper reshaped as Postgres reports a real column's."""

from proxy.helper_errors import as_postgres_reports
from shadow.columns import ShadowColumn

SERVED = (
    ShadowColumn("public", "orders", "qty", "integer", not_null=True, check="qty > 0"),
    ShadowColumn("sales", "orders", "qty", "integer", not_null=True),
    ShadowColumn("public", "accounts", "loyalty", "integer", check="loyalty >= 0"),
    ShadowColumn("public", "members", "hi", "integer", check="hi >= lo"),
)
HELPER = "PL/pgSQL function pg_temp_3.raise_error(text,text) line 3 at RAISE"


def test_a_check_failure_names_its_schema_table_and_constraint():
    fields = {
        "C": "23514",
        "M": 'new row for relation "accounts" violates check constraint "accounts_loyalty_check"',
        "W": HELPER,
    }
    assert as_postgres_reports(fields, SERVED)
    assert fields == {
        "C": "23514",
        "M": 'new row for relation "accounts" violates check constraint "accounts_loyalty_check"',
        "s": "public",
        "t": "accounts",
        "n": "accounts_loyalty_check",
    }


def test_a_not_null_failure_names_its_column_and_the_table_only_when_one_schema_fits():
    message = 'null value in column "qty" of relation "orders" violates not-null constraint'
    fields = {"C": "23502", "M": message, "W": HELPER.replace("pg_temp_3", "pgstitch")}
    assert as_postgres_reports(fields, SERVED)
    assert fields == {"C": "23502", "M": message, "c": "qty"}  # public.orders or sales.orders
    fields = {"C": "23502", "M": message, "W": HELPER}
    assert as_postgres_reports(fields, SERVED[:1])
    assert fields == {"C": "23502", "M": message, "s": "public", "t": "orders", "c": "qty"}


def test_other_context_lines_stay_and_other_errors_are_untouched():
    fields = {"C": "22001", "M": "value too long", "W": f'{HELPER}\nSQL function "f" statement 1'}
    assert as_postgres_reports(fields, SERVED)
    assert fields == {"C": "22001", "M": "value too long", "W": 'SQL function "f" statement 1'}
    for context in (None, "PL/pgSQL function public.raise_error(text,text) line 3 at RAISE"):
        original = {"C": "23514", "M": 'new row for relation "accounts" violates check'}
        if context is not None:
            original["W"] = context
        fields = dict(original)
        assert not as_postgres_reports(fields, SERVED)
        assert fields == original


def test_a_rule_reading_two_columns_is_named_as_a_table_check():
    """Postgres names a CHECK reading several columns `t_check`, not `t_c_check`."""
    message = 'new row for relation "members" violates check constraint "members_check"'
    fields = {"C": "23514", "M": message, "W": HELPER}
    assert as_postgres_reports(fields, SERVED)
    assert fields == {
        "C": "23514",
        "M": message,
        "s": "public",
        "t": "members",
        "n": "members_check",
    }
