"""Following search_path from statement to statement of one query string."""

from __future__ import annotations

import json

from pglast.parser import parse_sql_json

from proxy.rewrite.pathflow import USER, PathFollower, parse_value, resolve_user


def paths(sql: str, start: tuple[str, ...] = ("public",)) -> list[tuple[str, ...]]:
    """The path in force after each statement of `sql`."""
    follower = PathFollower(start)
    out = []
    for entry in json.loads(parse_sql_json(sql))["stmts"]:
        follower.after(entry["stmt"])
        out.append(follower.current)
    return out


def test_set_reset_and_default():
    sql = "SET search_path = sales, public; RESET search_path; SET search_path TO 'x', \"Y\""
    assert paths(sql) == [("sales", "public"), (USER, "public"), ("x", "Y")]
    assert paths("SET search_path = sales; SET search_path TO DEFAULT")[-1] == (USER, "public")
    assert paths("SET search_path = sales; RESET ALL")[-1] == (USER, "public")
    assert paths("SET search_path = sales; DISCARD ALL")[-1] == (USER, "public")
    assert paths('SET search_path = "$user", app') == [(USER, "app")]


def test_set_config_with_constants():
    assert paths("SELECT set_config('search_path', 'sales, \"Q\"', true)") == [("sales", "Q")]
    assert paths("SELECT pg_catalog.set_config('search_path', 'a', false)") == [("a",)]
    assert paths("SELECT set_config('search_path', name, true) FROM t") == [("public",)]
    assert paths("SELECT set_config('work_mem', '1MB', true)") == [("public",)]


def test_set_config_under_casts_runs_all_the_same():
    """A cast of the call's result (`::text`, `CAST(… AS varchar)`) does not keep it from
    running."""
    assert paths("SELECT set_config('search_path', 'sales', false)::text") == [("sales",)]
    sql = "SELECT CAST(set_config('search_path', 'a', true) AS varchar(9))::text; COMMIT"
    assert paths(sql) == [("a",), ("public",)]


def test_set_config_runs_once_beside_other_outputs_and_not_under_where_or_limit():
    """The output list of a SELECT without FROM runs once, every output in turn; a WHERE or a
    LIMIT may keep it from running at all, and the change is then not assumed."""
    assert paths("SELECT set_config('search_path', 'a', false), 1") == [("a",)]
    local, session = "set_config('search_path', 'a', true)", "set_config('search_path', 'b', false)"
    assert paths(f"SELECT 1 AS x, {local}, {session}; COMMIT") == [("b",), ("b",)]
    local, session = "set_config('search_path', 'b', true)", "set_config('search_path', 'a', false)"
    assert paths(f"SELECT {session}, {local}; COMMIT") == [("b",), ("a",)]
    for tail in ("WHERE false", "LIMIT 0", "OFFSET 1", "HAVING false", "GROUP BY 1"):
        assert paths(f"SELECT set_config('search_path', 'a', false) {tail}") == [("public",)]
    assert paths("SELECT set_config('search_path', 'a', false) UNION SELECT 'x'") == [("public",)]


def test_transaction_ends_and_savepoints_undo_changes():
    assert paths("SET LOCAL search_path = sales; COMMIT")[-1] == ("public",)
    assert paths("BEGIN; SET search_path = sales; ROLLBACK")[-1] == ("public",)
    assert paths("BEGIN; SET search_path = sales; COMMIT")[-1] == ("sales",)
    sql = "SAVEPOINT s; SET search_path = sales; ROLLBACK TO SAVEPOINT s"
    assert paths(sql)[-1] == ("public",)
    sql = "SAVEPOINT s; SET search_path = sales; RELEASE SAVEPOINT s"
    assert paths(sql)[-1] == ("sales",)
    # A savepoint made before the string: back to where the string began.
    assert paths("SET search_path = sales; ROLLBACK TO older")[-1] == ("public",)


def test_values_are_split_as_postgres_does():
    assert parse_value('"$user", Public, "a,b"') == (USER, "public", "a,b")


def test_set_config_boolean_text_and_nulls():
    """is_local as Postgres reads a boolean's text (NULL is false); a NULL value resets."""
    assert paths("SELECT set_config('search_path', 'a', 'off'); COMMIT") == [("a",), ("a",)]
    assert paths("SELECT set_config('search_path', 'a', ' Yes '); COMMIT") == [("a",), ("public",)]
    assert paths("SELECT set_config('search_path', 'a', NULL); COMMIT") == [("a",), ("a",)]
    assert paths("SELECT set_config('search_path', 'a', 'maybe')") == [("public",)]
    assert paths("SELECT set_config('search_path', NULL, false)", ("a",)) == [(USER, "public")]


def test_begin_makes_the_implicit_transaction_explicit():
    """A SET before BEGIN is in the transaction BEGIN makes explicit: ROLLBACK undoes it."""
    assert paths("SET search_path = a; BEGIN; ROLLBACK")[-1] == ("public",)
    assert paths("SET search_path = a; COMMIT; BEGIN; ROLLBACK")[-1] == ("a",)
    assert paths("BEGIN; SET search_path = a; COMMIT; BEGIN; ROLLBACK")[-1] == ("a",)


def test_rollback_to_keeps_the_savepoint_release_destroys_it():
    """ROLLBACK TO s may be repeated; RELEASE s ends the latest s, so the next ROLLBACK TO s
    returns to an earlier savepoint of that name."""
    sql = "SET search_path = a; SAVEPOINT s; ROLLBACK TO s; SET search_path = b; ROLLBACK TO s"
    assert paths(sql)[-1] == ("a",)
    sql = "SAVEPOINT s; SET search_path = a; SAVEPOINT s; SET search_path = b; RELEASE s"
    assert paths(sql + "; ROLLBACK TO s")[-1] == ("public",)


def test_a_role_set_in_the_string_resolves_user_for_the_statements_after_it():
    sql = 'SET ROLE clerk; SET search_path = "$user", public; RESET ROLE'
    after_role, after_path, after_reset = paths(sql)
    assert resolve_user(after_role, None) == ("public",)
    assert resolve_user(after_path, None) == ("clerk", "public")
    assert resolve_user(after_reset, None) == ("public",)
    assert resolve_user(after_reset, "alice") == ("alice", "public")
