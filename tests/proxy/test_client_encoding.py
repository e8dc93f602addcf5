"""Sessions whose client_encoding is not UTF-8, through `pgstitch serve`: their texts are read
and rewritten in their encoding, and text Postgres must judge reaches it as it came."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.helpers import wire
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, serving

CONFIG = """
[[shadow]]
table = "gadgets"
column = "label"
type = "text"
default = "'défaut'"

[[shadow]]
table = "gadgets"
column = "tag"
type = "text"

[[shadow]]
table = "marks"
column = "sign"
type = "text"
default = "'✓'"

[[shadow]]
table = "cafés"
column = "open"
type = "boolean"
default = "true"
"""


@pytest.fixture(scope="module")
def database(local_postgres: Endpoint) -> Iterator[str]:
    with fresh_database(
        local_postgres,
        "pgstitch_encoding",
        "CREATE TABLE gadgets (id integer PRIMARY KEY, name text)",
        "INSERT INTO gadgets VALUES (1, 'café'), (2, 'thé')",
        "CREATE TABLE marks (id integer PRIMARY KEY)",
        "INSERT INTO marks VALUES (1)",
        'CREATE TABLE "cafés" (id integer PRIMARY KEY)',
        'INSERT INTO "cafés" VALUES (1)',
    ) as name:
        yield name


@pytest.fixture(scope="module", params=["postgres", "memory"])
def proxy(
    request: pytest.FixtureRequest,
    local_postgres: Endpoint,
    database: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ProxyProcess]:
    work = tmp_path_factory.mktemp("encoding")
    config = work / "shadow.toml"
    config.write_text(CONFIG)
    upstream = local_postgres.conninfo(database)
    with serving(upstream, work, "--store", request.param, "--config", str(config)) as proxy:
        yield proxy


def _connect(proxy: ProxyProcess, database: str, encoding: str) -> psycopg.Connection:
    return psycopg.connect(
        proxy.endpoint.conninfo(database),
        autocommit=True,
        options=f"-c client_encoding={encoding}",
    )


@pytest.mark.parametrize("encoding", ["LATIN1", "WIN1252", "UTF8"])
def test_defaults_and_values_keep_their_characters(
    proxy: ProxyProcess, database: str, encoding: str
) -> None:
    with _connect(proxy, database, encoding) as conn:
        assert conn.info.encoding in ("iso8859-1", "cp1252", "utf-8")
        simple = psycopg.ClientCursor(conn)  # the simple protocol: values inside the text
        simple.execute("UPDATE gadgets SET tag = 'été ' || name WHERE id = 1 RETURNING tag, label")
        assert simple.fetchall() == [("été café", "défaut")]
        conn.execute("UPDATE gadgets SET tag = %s WHERE id = %s", ("ñandú", 2))
        rows = conn.execute(
            "SELECT id, label, tag, length(tag) FROM gadgets WHERE label = 'défaut' ORDER BY id"
        ).fetchall()
        assert rows == [(1, "défaut", "été café", 8), (2, "défaut", "ñandú", 5)]
        # A served table whose name is not ASCII: its bytes differ from the UTF-8 name's.
        assert conn.execute('SELECT id, open FROM "cafés"').fetchall() == [(1, True)]
    with _connect(proxy, database, "UTF8") as conn:
        assert conn.execute("SELECT tag FROM gadgets ORDER BY id").fetchall() == [
            ("été café",),
            ("ñandú",),
        ]


def test_text_invalid_in_the_session_encoding_gets_postgres_error_not_a_closed_session(
    proxy: ProxyProcess, database: str
) -> None:
    endpoint = proxy.endpoint
    # Postgres's own answers: an invalid byte sequence, a byte WIN1252 leaves undefined.
    for encoding, bad, sqlstate in (("UTF8", b"\xe9", "22021"), ("WIN1252", b"\x81", "22P05")):
        sql = b"SELECT label FROM gadgets WHERE name = '" + bad + b"'\0"
        with wire.login(endpoint, "postgres", database, client_encoding=encoding) as conn:
            for messages in (
                wire.frame(b"Q", sql),
                wire.frame(b"P", b"\0" + sql + b"\0\0") + wire.frame(b"S"),
            ):
                conn.send(messages)
                error = conn.read_error()
                assert error["C"] == sqlstate, error
                conn.read_until(b"Z")
            conn.send(wire.query("SELECT label FROM gadgets WHERE id = 1"))
            replies = conn.read_until(b"Z")
            assert [kind for kind, _ in replies] == [b"T", b"D", b"C", b"Z"]
            assert "défaut".encode() in replies[1][1] or b"d\xe9faut" in replies[1][1]


def test_a_character_the_client_encoding_lacks_fails_as_with_a_real_column(
    proxy: ProxyProcess, database: str
) -> None:
    with _connect(proxy, database, "UTF8") as conn:
        conn.execute("UPDATE gadgets SET tag = '✓' WHERE id = 2")
        assert conn.execute("SELECT sign FROM marks").fetchall() == [("✓",)]
    with _connect(proxy, database, "LATIN1") as conn:
        # A parked value: Postgres converts it, and fails as for a real column.
        with pytest.raises(psycopg.errors.UntranslatableCharacter):
            conn.execute("SELECT tag FROM gadgets WHERE id = 2").fetchall()
        conn.execute("SELECT 1")
        # A default pgstitch writes into the statement: it cannot be sent in LATIN1.
        with pytest.raises(psycopg.errors.UntranslatableCharacter, match="client_encoding"):
            conn.execute("SELECT sign FROM marks").fetchall()
