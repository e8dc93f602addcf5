"""Schema changes found in SQL text with pglast."""

from datetime import datetime

from predictor.migrations.ddl import changes_in_sql, split_statements

TS = datetime(2024, 1, 1)


def changes(sql):
    problems = []
    found = changes_in_sql(sql, TS, "m.sql", problems.append)
    return [(c.op.value, c.table, c.column, c.type, c.default, c.new_name) for c in found], problems


def test_create_table_lists_columns_with_canonical_types_and_defaults():
    found, problems = changes(
        """
        CREATE TABLE "Account" (
            id serial PRIMARY KEY,
            name varchar(255) NOT NULL DEFAULT 'x',
            seen timestamp with time zone DEFAULT now(),
            cost numeric(65, 30),
            tags text[],
            active boolean DEFAULT false,
            kind "AccountKind",
            CONSTRAINT account_name UNIQUE (name)
        );
        """
    )
    assert problems == []
    assert found == [
        ("create_table", "Account", "", "", "", ""),
        ("table_column", "Account", "id", "serial", "", ""),
        ("table_column", "Account", "name", "varchar(255)", "'x'", ""),
        ("table_column", "Account", "seen", "timestamptz", "now()", ""),
        ("table_column", "Account", "cost", "numeric(65,30)", "", ""),
        ("table_column", "Account", "tags", "text[]", "", ""),
        ("table_column", "Account", "active", "bool", "FALSE", ""),
        ("table_column", "Account", "kind", "AccountKind", "", ""),
    ]


def test_alter_table_with_several_commands_and_schema_qualified_names():
    found, _ = changes(
        "ALTER TABLE ONLY public.users ADD COLUMN IF NOT EXISTS phone varchar(15) DEFAULT NULL, "
        "DROP COLUMN fax, ALTER COLUMN age TYPE bigint USING age::bigint;"
        "ALTER TABLE auth.sessions ADD COLUMN ip inet;"
    )
    assert found == [
        ("add_column", "users", "phone", "varchar(15)", "NULL", ""),
        ("drop_column", "users", "fax", "", "", ""),
        ("alter_type", "users", "age", "int8", "", ""),
        ("add_column", "auth.sessions", "ip", "inet", "", ""),
    ]


def test_renames_moves_and_drops():
    found, _ = changes(
        "ALTER TABLE a RENAME COLUMN b TO c;"
        "ALTER TABLE a RENAME TO d;"
        "ALTER TABLE s.t RENAME TO u;"
        "ALTER TABLE s.u SET SCHEMA public;"
        "DROP TABLE x, public.y, s.z;"
    )
    assert found == [
        ("rename_column", "a", "b", "", "", "c"),
        ("rename_table", "a", "", "", "", "d"),
        ("rename_table", "s.t", "", "", "", "s.u"),
        ("rename_table", "s.u", "", "", "", "u"),
        ("drop_table", "x", "", "", "", ""),
        ("drop_table", "y", "", "", "", ""),
        ("drop_table", "s.z", "", "", "", ""),
    ]


def test_statements_that_do_not_parse_are_reported_and_skipped():
    found, problems = changes(
        "CREATE TABLE a (id int);\n\nthis is not sql;\nALTER TABLE a ADD COLUMN b text;"
    )
    assert [f[0] for f in found] == ["create_table", "table_column", "add_column"]
    assert len(problems) == 1
    assert problems[0].startswith("m.sql:3: skipped statement that does not parse")


def test_unscannable_text_skips_the_file_with_a_report():
    found, problems = changes("CREATE TABLE a (id int); SELECT 'unterminated")
    assert found == []
    assert "cannot split into statements" in problems[0]


def test_everything_else_is_ignored():
    found, problems = changes(
        "CREATE INDEX i ON a (b); CREATE TEMP TABLE tmp (x int); CREATE VIEW v AS SELECT 1;"
        "INSERT INTO a VALUES (1); DROP INDEX i; CREATE TYPE k AS ENUM ('a');"
        "DO $$ BEGIN UPDATE a SET b = 1; PERFORM pg_sleep(0); END $$;"
    )
    assert found == []
    assert problems == []


def test_go_template_schema_prefixes_are_dropped():
    found, problems = changes(
        'ALTER TABLE {{ index .Options "Namespace" }}.users ADD COLUMN x int;\n'
        'DO $$ BEGIN ALTER TABLE "{{ index .Options "Namespace" }}".users ADD COLUMN y int; END $$;'
    )
    assert found == [
        ("add_column", "users", "x", "int4", "", ""),
        ("add_column", "users", "y", "int4", "", ""),
    ]
    assert problems == []


def test_split_keeps_semicolons_inside_strings_and_bodies():
    sql = "SELECT 'a;b'; CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n-- c\n"
    statements = [s.text for s in split_statements(sql)]
    assert statements == [
        "SELECT 'a;b'",
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
    ]


def test_non_ascii_text_keeps_statement_boundaries():
    found, _ = changes("COMMENT ON TABLE a IS 'über'; ALTER TABLE a ADD COLUMN größe int;")
    assert found == [("add_column", "a", "größe", "int4", "", "")]


def test_do_blocks_give_the_changes_of_their_statements_and_constant_executes():
    found, problems = changes(
        """
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                         WHERE table_name = 'users' AND column_name = 'email') THEN
            ALTER TABLE users ADD COLUMN email text;
          END IF;
          EXECUTE 'ALTER TABLE users ADD COLUMN phone text DEFAULT ''none''';
          EXECUTE format('ALTER TABLE %I ADD COLUMN hidden int', 'users');
          CREATE TYPE factor AS ENUM ('totp');
        EXCEPTION WHEN duplicate_object THEN NULL;
        END
        $$;
        DO LANGUAGE plpgsql $body$ BEGIN ALTER TABLE users RENAME phone TO mobile; END $body$;
        DO $$ BEGIN ALTER TABLE users ADD COLUMN x int; END $$ LANGUAGE plv8;
        DO $$ BEGIN this is not plpgsql; END $$;
        """
    )
    assert found == [
        ("add_column", "users", "email", "text", "", ""),
        ("add_column", "users", "phone", "text", "'none'", ""),
        ("rename_column", "users", "phone", "", "", "mobile"),
    ]
    assert len(problems) == 1 and problems[0].startswith("m.sql:16: skipped DO block")
