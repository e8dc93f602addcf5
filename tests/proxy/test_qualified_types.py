"""Shadow columns of a type declared by its bare name, through `pgstitch serve`, read and written
by sessions whose search_path leaves the type's schema out: the same answers, SQLSTATEs and
error texts as a twin database where the columns are real.

The enum `mood` lives in schema `app`. The managed database's default search_path is
`app, public`, so the catalog connection resolves the declared `mood` to `app.mood`, as
`ALTER TABLE ADD COLUMN mood mood` does on the twin under the same default.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.helpers.databases import fresh_database
from tests.helpers.declarations import shadow_entry, shadow_toml
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving
from tests.helpers.twin_compare import TypeNames

SETUP = (
    "CREATE SCHEMA app",
    "CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy')",
    "CREATE TYPE app.status AS ENUM ('active', 'gone')",
    "CREATE DOMAIN app.posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0)",
    "CREATE TABLE people (id integer PRIMARY KEY, name text, status app.status DEFAULT 'active')",
    "INSERT INTO people VALUES (1, 'ann'), (2, 'bob')",
)
# The columns, as the twin adds them and as pgstitch.toml declares them: (name, type, default).
COLUMNS = (
    ("mood", "mood", "'ok'"),
    ("moods", "mood[]", None),
    ("tag", "varchar(8)", None),
    ("score", "posint", "1"),
)
# What the application runs with `SET search_path = public`, in order, on both databases.
STATEMENTS = (
    "SELECT id, name, mood, moods, tag FROM people ORDER BY id",
    "SELECT * FROM people ORDER BY id",
    "SELECT pg_typeof(mood)::text, pg_typeof(moods)::text FROM people WHERE id = 1",
    "INSERT INTO people (id, name, mood, moods) VALUES (3, 'cy', 'happy', '{sad,happy}')"
    " RETURNING id, mood, moods",
    "INSERT INTO people (id, name, mood) VALUES (4, 'dee', 'nope')",
    "INSERT INTO people (id, name) VALUES (5, 'eve') RETURNING *",
    # Literals of INSERT … SELECT are given the types of the live and the shadow columns.
    "INSERT INTO people (id, name, status, mood) SELECT 7, 'gil', 'gone', 'sad' RETURNING *",
    "INSERT INTO people (id, status, mood) SELECT 8, 'gone', 'meh'",
    "INSERT INTO people (id, name, tag) VALUES (6, 'fay', 'much too long')",
    "UPDATE people SET mood = 'sad', moods = moods || 'ok'::app.mood WHERE id = 1 RETURNING *",
    "UPDATE people SET mood = 'grumpy' WHERE id = 2",
    "UPDATE people SET tag = 'vip' WHERE mood >= 'ok' RETURNING id, tag",
    "UPDATE people SET score = score + 4 WHERE id = 2 RETURNING score, pg_typeof(score)::text",
    "UPDATE people SET score = -1 WHERE id = 1",
    "SELECT id FROM people WHERE mood = 'happy' ORDER BY id",
    "SELECT id FROM people WHERE mood > 'sad' AND 'ok' = ANY (moods) ORDER BY id",
    "SELECT id FROM people WHERE mood = 'nope'",
    "SELECT mood, count(*) FROM people GROUP BY mood ORDER BY mood",
    "SELECT id, mood::text, array_length(moods, 1) FROM people ORDER BY mood DESC, id",
    "SELECT id, name, mood, moods, tag, score FROM people WHERE score > 1 OR tag IS NULL ORDER BY id",
    "SELECT * FROM people ORDER BY id",
)


@dataclass(frozen=True)
class Seen:
    """What a client saw of one statement, error text included."""

    columns: tuple[tuple[str, str], ...] = ()
    rows: tuple[tuple[object, ...], ...] = ()
    tag: str | None = None
    error: tuple[str | None, str] | None = None


def _run(conn: psycopg.Connection, types: TypeNames, sql: str) -> Seen:
    try:
        with conn.cursor() as cur:
            cur.execute(sql)  # type: ignore[arg-type]
            if cur.description is None:
                return Seen(tag=cur.statusmessage)
            columns = tuple((d.name, types.name(d.type_code)) for d in cur.description)
            return Seen(columns, tuple(map(tuple, cur.fetchall())), cur.statusmessage)
    except psycopg.Error as exc:
        return Seen(error=(exc.sqlstate, exc.diag.message_primary or ""))


@contextmanager
def _database(postgres: Endpoint, role: str) -> Iterator[str]:
    """A fresh database whose default search_path is `app, public`."""
    with fresh_database(postgres, f"pgstitch_tq_{role}", *SETUP) as name:
        with psycopg.connect(postgres.conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE {name} SET search_path = app, public")
        yield name


@pytest.fixture(scope="module")
def twin(local_postgres: Endpoint) -> Iterator[str]:
    """The columns are real, added under the database's default search_path (app first)."""
    adds = [
        f"ALTER TABLE people ADD COLUMN {name} {type_name}"
        + (f" DEFAULT {default}" if default else "")
        for name, type_name, default in COLUMNS
    ]
    with (
        _database(local_postgres, "twin") as name,
        psycopg.connect(local_postgres.conninfo(name), autocommit=True) as conn,
    ):
        for statement in adds:
            conn.execute(statement)
        yield name


@pytest.fixture(scope="module")
def shadow_db(local_postgres: Endpoint) -> Iterator[str]:
    with _database(local_postgres, "shadow") as name:
        yield name


@contextmanager
def _serving(
    postgres: Endpoint, database: str, store: str, work: Path, *entries: str
) -> Iterator[ProxyProcess]:
    """A fresh proxy over the first two rows, the columns declared in a pgstitch.toml."""
    with psycopg.connect(postgres.conninfo(database), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS pgstitch CASCADE")
        conn.execute("DELETE FROM people WHERE id > 2")
    config = work / "pgstitch.toml"
    config.write_text(shadow_toml(list(entries)))
    upstream = postgres.conninfo(database)
    with serving(upstream, work, "--store", store, "--config", str(config)) as served:
        yield served


@pytest.fixture(params=["postgres", "memory"])
def store(request: pytest.FixtureRequest) -> str:
    return request.param


def test_a_session_without_the_types_schema_sees_real_columns(
    store: str, local_postgres: Endpoint, shadow_db: str, twin: str, tmp_path: Path
):
    entries = [shadow_entry("people", name, t, default) for name, t, default in COLUMNS]
    with (
        _serving(local_postgres, shadow_db, store, tmp_path, *entries) as proxy,
        psycopg.connect(proxy.endpoint.conninfo(shadow_db), autocommit=True) as through,
        psycopg.connect(local_postgres.conninfo(twin), autocommit=True) as direct,
    ):
        # The twin's rows start as the shadow database's: ann and bob, with the defaults.
        direct.execute("DELETE FROM people WHERE id > 2")
        direct.execute("UPDATE people SET mood = DEFAULT, moods = NULL, tag = NULL, score = 1")
        shadow_types = TypeNames(local_postgres.conninfo(shadow_db))
        twin_types = TypeNames(local_postgres.conninfo(twin))
        for conn in (through, direct):
            conn.execute("SET search_path = public")
        for sql in STATEMENTS:
            expected = _run(direct, twin_types, sql)
            assert _run(through, shadow_types, sql) == expected, sql
        # The type's schema is named where the session cannot see it, as for the real column.
        assert _run(direct, twin_types, STATEMENTS[2]).rows == (("app.mood", "app.mood[]"),)


def test_a_type_created_after_the_declaration_is_resolved_then(
    store: str, local_postgres: Endpoint, shadow_db: str, tmp_path: Path
):
    """Until `sky` exists, Postgres says so (42704) and pgstitch warns; then it is resolved under
    the declaring search_path at the next catalog snapshot, whatever the session's path is."""
    select = "SELECT id, weather FROM people ORDER BY id"
    entry = shadow_entry("people", "weather", "sky")
    try:
        with (
            _serving(local_postgres, shadow_db, store, tmp_path, entry) as proxy,
            psycopg.connect(proxy.endpoint.conninfo(shadow_db), autocommit=True) as conn,
        ):
            conn.execute("SET search_path = public")
            with pytest.raises(psycopg.errors.UndefinedObject, match='type "sky" does not exist'):
                conn.execute(select)
            assert "type sky does not exist in search_path pg_catalog, app, public" in (
                proxy.stderr()
            )
            with psycopg.connect(local_postgres.conninfo(shadow_db), autocommit=True) as direct:
                direct.execute("CREATE TYPE app.sky AS ENUM ('clear', 'cloudy')")
            deadline = time.monotonic() + 15
            while True:
                try:
                    rows = conn.execute(select).fetchall()
                    break
                except psycopg.errors.UndefinedObject:
                    assert time.monotonic() < deadline, "the new type was never resolved"
                    time.sleep(0.2)
            assert rows == [(1, None), (2, None)]
            conn.execute("UPDATE people SET weather = 'cloudy' WHERE id = 2")
            assert conn.execute("SELECT pg_typeof(weather)::text, weather FROM people").fetchall()[
                -1
            ] == ("app.sky", "cloudy")
    finally:
        with psycopg.connect(local_postgres.conninfo(shadow_db), autocommit=True) as direct:
            direct.execute("DROP TYPE IF EXISTS app.sky")
