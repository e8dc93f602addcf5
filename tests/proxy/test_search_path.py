"""Following search_path from the startup packet and from SET/RESET statements."""

from proxy import search_path
from shadow.catalog import CatalogSnapshot


def test_default_and_startup_forms():
    assert search_path.from_startup({}) == ('"$user"', "public")
    assert search_path.from_startup({"search_path": "app, public"}) == ("app", "public")
    assert search_path.from_startup({"options": "-c search_path=app,public"}) == ("app", "public")
    assert search_path.from_startup({"options": "--search_path=App"}) == ("app",)


def test_quoted_names_keep_their_case():
    assert search_path.parse_value('"MySchema", "$user", public') == (
        "MySchema",
        '"$user"',
        "public",
    )


def test_user_placeholder_resolves_to_the_session_user():
    assert search_path.resolve(('"$user"', "public"), "alice") == ("alice", "public")


def test_changes_in_statements():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement('SET search_path TO "Sales", public; SELECT 1')
    assert tracker.path == ("Sales", "public")
    tracker.statement("RESET search_path; SET LOCAL search_path = app")
    assert tracker.path == ("app",)
    tracker.statement("SET search_path TO DEFAULT")
    assert tracker.path == ('"$user"', "public")
    tracker.statement("not sql at all (")
    tracker.statement("select 1")
    assert tracker.path == ('"$user"', "public")


def test_other_ways_to_change_it():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("SELECT set_config('search_path', 'sales, \"Q\"', false)")
    assert tracker.path == ("sales", "Q")
    tracker.statement("RESET ALL")
    assert tracker.path == ('"$user"', "public")
    tracker.statement("SET search_path = app; DISCARD ALL")
    assert tracker.path == ('"$user"', "public")


def test_savepoints_and_transaction_ends_in_one_string():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("BEGIN; SAVEPOINT s; SET search_path = sales; ROLLBACK TO SAVEPOINT s")
    assert tracker.path == ("public",)
    tracker.statement("SET LOCAL search_path = sales; COMMIT")
    assert tracker.path == ("public",)
    tracker.statement("BEGIN; SET search_path = sales; SAVEPOINT t; RELEASE t; ROLLBACK")
    assert tracker.path == ("public",)


def test_tracker_undoes_a_change_rolled_back():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("BEGIN; SET search_path TO sales")
    assert tracker.path == ("sales",) and tracker.watching_tags
    tracker.ready(b"T")
    tracker.command_complete("ROLLBACK")
    tracker.ready(b"I")
    assert tracker.path == ("public",) and not tracker.watching_tags


def test_tracker_keeps_a_committed_or_implicit_change():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("SET search_path TO sales")
    tracker.command_complete("SET")
    tracker.ready(b"I")
    assert tracker.path == ("sales",)
    tracker.statement("SET search_path TO app")
    tracker.ready(b"T")
    tracker.command_complete("COMMIT")
    tracker.ready(b"I")
    assert tracker.path == ("app",)


def test_tracker_undoes_local_changes_and_failed_implicit_transactions():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("BEGIN; SET LOCAL search_path TO x")
    assert tracker.path == ("x",)
    tracker.command_complete("COMMIT")
    tracker.ready(b"I")
    assert tracker.path == ("public",)
    tracker.statement("SET search_path TO y; SELECT 1/0")
    tracker.error()
    tracker.ready(b"I")
    assert tracker.path == ("public",)


def test_tracker_follows_savepoints_of_earlier_strings_of_the_transaction():
    """A change made inside a savepoint is undone by ROLLBACK TO it in a later string, whether
    the savepoint was made before the tracker saw anything (the path the transaction began
    with) or while a change was tentative (the path then)."""
    tracker = search_path.SearchPathTracker(("public",))
    # SAVEPOINT s came before anything changed: the session did not show it to the tracker.
    tracker.statement("SET search_path = sales, public")
    tracker.ready(b"T")
    tracker.statement("ROLLBACK TO SAVEPOINT s")
    assert tracker.path == ("public",)
    tracker.statement("SET search_path = sales")
    tracker.statement("SAVEPOINT t")
    tracker.statement("SET LOCAL search_path = app")
    assert tracker.path == ("app",)
    tracker.statement("ROLLBACK TO t")
    assert tracker.path == ("sales",)
    tracker.statement("RELEASE SAVEPOINT t")
    tracker.command_complete("COMMIT")
    tracker.ready(b"I")
    assert tracker.path == ("sales",) and not tracker.watching_tags
    tracker.statement("BEGIN; SAVEPOINT u; SET search_path = app")
    tracker.statement("RELEASE u")
    assert tracker.path == ("app",)
    tracker.command_complete("COMMIT")
    tracker.ready(b"I")
    assert tracker.path == ("app",)


def test_set_config_from_parameters_follows_the_bound_values():
    sql = "SELECT set_config('search_path', $1, true), set_config('role', $2, true)"
    assert search_path.set_from_parameters(sql)
    assert search_path.set_from_parameters("select set_config('search_path', 'x', $1)")
    assert not search_path.set_from_parameters("SELECT set_config('search_path', 'x', false)")
    assert not search_path.set_from_parameters("SELECT set_config('role', $1, true)")
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement(sql)  # at Parse: the value is not known yet
    assert tracker.path == ("public",)
    tracker.statement(sql, ["sales, public", "anon"])
    assert tracker.path == ("sales", "public") and tracker.watching_tags
    tracker.statement("SELECT set_config('search_path', $1, $2)", [None, "off"])
    assert tracker.path == ('"$user"', "public")
    tracker.statement("SELECT set_config('search_path', $1, $2)", ["app", "maybe"])
    assert tracker.path == ('"$user"', "public")  # not a boolean: Postgres fails (22P02)


def test_a_session_starts_from_its_role_and_database_default():
    snapshot = CatalogSnapshot(
        path_defaults=(
            ("", -1, "conf"),
            ("", 0, "every_role"),
            ("", 1, "database"),
            ("app", 2, "app_role"),
            ("app", 3, '"App", "$user"'),
            ("other", 3, "other"),
        )
    )
    assert snapshot.search_path_default("app") == '"App", "$user"'
    assert snapshot.search_path_default("nobody") == "database"
    assert CatalogSnapshot().search_path_default("app") is None
    start = search_path.from_startup({}, snapshot.search_path_default("app"))
    assert start == ("App", '"$user"')
    assert search_path.from_startup({"search_path": "x"}, "database") == ("x",)
    assert search_path.from_startup({}, None) == ('"$user"', "public")
    tracker = search_path.SearchPathTracker(start, reset=start)
    assert tracker.untouched
    tracker.statement("SET search_path = public")
    assert not tracker.untouched
    tracker.statement("RESET search_path")
    assert tracker.path == start
    tracker.statement("SET search_path = public; SELECT set_config('search_path', NULL, false)")
    assert tracker.path == start


def test_set_config_arguments_cast_to_text_or_boolean():
    tracker = search_path.SearchPathTracker(("public",))
    tracker.statement("SELECT set_config('search_path', $1::text, $2::boolean)", ["app", "t"])
    assert tracker.path == ("app",)
    tracker.statement("SELECT set_config('search_path', 'b'::varchar, false::bool)")
    assert tracker.path == ("b",)
    tracker.statement("SELECT set_config('search_path', $1::int, false)", ["7"])
    assert tracker.path == ("b",)  # not text: Postgres fails (42883)


def test_user_placeholder_resolves_to_the_role_set():
    tracker = search_path.SearchPathTracker(('"$user"', "public"))
    tracker.statement("SET ROLE clerk")
    assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
    tracker.statement('SET search_path = app, "$user"')
    assert search_path.resolve(tracker.path, "alice") == ("app", "clerk")
    tracker.statement("RESET ALL")  # leaves the role as it is, as Postgres does
    assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
    tracker.statement("SET ROLE NONE")
    assert search_path.resolve(tracker.path, "alice") == ("alice", "public")
    tracker.statement('SET SESSION AUTHORIZATION "Bob"; SET ROLE clerk; RESET ROLE')
    assert search_path.resolve(tracker.path, "alice") == ("Bob", "public")
    tracker.statement("SET ROLE clerk; SET SESSION AUTHORIZATION DEFAULT")
    assert search_path.resolve(tracker.path, "alice") == ("alice", "public")
    tracker.statement("SET ROLE clerk; DISCARD ALL")
    assert search_path.resolve(tracker.path, "alice") == ("alice", "public")


def test_role_follows_transactions_and_savepoints():
    tracker = search_path.SearchPathTracker(('"$user"', "public"))
    tracker.statement("BEGIN; SET ROLE clerk")
    assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
    tracker.command_complete("ROLLBACK")
    tracker.ready(b"I")
    assert search_path.resolve(tracker.path, "alice") == ("alice", "public")
    tracker.statement('BEGIN; SET LOCAL ROLE clerk; SET search_path = x, "$user"')
    assert search_path.resolve(tracker.path, "alice") == ("x", "clerk")
    tracker.command_complete("COMMIT")
    tracker.ready(b"I")
    assert search_path.resolve(tracker.path, "alice") == ("x", "alice")
    tracker.statement("BEGIN; SAVEPOINT s; SET ROLE clerk; ROLLBACK TO SAVEPOINT s")
    assert search_path.resolve(tracker.path, "alice") == ("x", "alice")


def test_the_rewriter_gets_the_login_user_to_resolve_user_in_the_string():
    path = search_path.for_rewriter(('"$user"', "public"), "alice")
    assert search_path.resolve(path, "bob") == ("alice", "public")
    tracker = search_path.SearchPathTracker(path)
    tracker.statement("SET ROLE clerk")
    assert search_path.resolve(tracker.path, "bob") == ("clerk", "public")
    tracker.statement("DISCARD ALL")
    assert search_path.resolve(tracker.path, "bob") == ("alice", "public")


def test_a_role_the_connection_sets_is_where_the_session_starts_and_resets_to():
    for parameters in ({"role": "clerk"}, {"options": "-c role=clerk -c work_mem=64MB"}):
        started = search_path.from_startup(parameters) + search_path.role_from_startup(parameters)
        tracker = search_path.SearchPathTracker(started, reset=started)
        assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
        tracker.statement("SET ROLE NONE")
        assert search_path.resolve(tracker.path, "alice") == ("alice", "public")
        tracker.statement("RESET ROLE")
        assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
        tracker.statement("SET ROLE other; DISCARD ALL")
        assert search_path.resolve(tracker.path, "alice") == ("clerk", "public")
    assert search_path.role_from_startup({"options": "-c session_replication_role=replica"}) == ()
    assert search_path.role_from_startup({"role": "none"}) == ()
