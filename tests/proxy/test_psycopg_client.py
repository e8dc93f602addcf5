"""psycopg 3 through pgstitch: both protocols, pipeline mode, prepared statements, COPY,
LISTEN/NOTIFY and cancel."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from psycopg import errors

from tests.helpers.net import Endpoint


@pytest.fixture
def conninfo(endpoint: Endpoint, test_database: str) -> str:
    return endpoint.conninfo(test_database)


def test_simple_and_extended_protocol_round_trip(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE psy_round_trip (id int PRIMARY KEY, name text, score numeric)")
        conn.execute("INSERT INTO psy_round_trip VALUES (%s, %s, %s)", (1, "zoë ✓", 2.5))
        conn.execute("INSERT INTO psy_round_trip VALUES (%s, %s, %s)", (2, None, -1))
        rows = conn.execute("SELECT id, name, score FROM psy_round_trip ORDER BY id").fetchall()
        assert [(i, n, float(s)) for i, n, s in rows] == [(1, "zoë ✓", 2.5), (2, None, -1.0)]
        cur = conn.cursor()
        cur.execute("SELECT 1; SELECT 'two'")  # without parameters: one simple Query message
        assert cur.fetchone() == (1,)
        assert cur.nextset() and cur.fetchone() == ("two",)


def test_transaction_commit_and_rollback(conninfo: str) -> None:
    with psycopg.connect(conninfo) as conn:
        conn.execute("CREATE TABLE psy_tx (id int PRIMARY KEY)")
        conn.commit()
        with conn.transaction():
            conn.execute("INSERT INTO psy_tx VALUES (1)")
        with pytest.raises(errors.UniqueViolation), conn.transaction():
            conn.execute("INSERT INTO psy_tx VALUES (2)")
            conn.execute("INSERT INTO psy_tx VALUES (1)")
        assert conn.execute("SELECT array_agg(id) FROM psy_tx").fetchone() == ([1],)


def test_error_leaves_connection_usable(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        with pytest.raises(errors.DivisionByZero) as caught:
            conn.execute("SELECT 1 / %s", (0,))
        assert caught.value.diag.sqlstate == "22012"
        with pytest.raises(errors.UndefinedColumn):
            conn.execute("SELECT no_such_column FROM pg_class")
        assert conn.execute("SELECT 42").fetchone() == (42,)


def test_notices_reach_the_client(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        notices: list[str] = []
        conn.add_notice_handler(lambda diag: notices.append(diag.message_primary or ""))
        conn.execute("DO $$ BEGIN RAISE NOTICE 'stitched %', 42; END $$")
        assert notices == ["stitched 42"]


def test_parameter_status_is_relayed(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        assert conn.info.parameter_status("server_encoding") == "UTF8"
        conn.execute("SET application_name = 'stitch-check'")
        assert conn.info.parameter_status("application_name") == "stitch-check"
        conn.execute("SET TimeZone = 'Asia/Kolkata'")
        assert conn.info.timezone.key == "Asia/Kolkata"


def test_pipeline_mode(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE psy_pipeline (id int PRIMARY KEY, v text)")
        with conn.pipeline():
            cursors = [
                conn.execute("INSERT INTO psy_pipeline VALUES (%s, %s) RETURNING id", (i, f"v{i}"))
                for i in range(200)
            ]
            count = conn.execute("SELECT count(*) FROM psy_pipeline")
        assert [cur.fetchone() for cur in cursors] == [(i,) for i in range(200)]
        assert count.fetchone() == (200,)


def test_pipeline_error_skips_until_sync(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE psy_pipeline_error (id int PRIMARY KEY)")
        with pytest.raises(errors.UniqueViolation), conn.pipeline() as pipeline:
            conn.execute("INSERT INTO psy_pipeline_error VALUES (1)")
            pipeline.sync()
            conn.execute("INSERT INTO psy_pipeline_error VALUES (2)")
            conn.execute("INSERT INTO psy_pipeline_error VALUES (1)")
            conn.execute("INSERT INTO psy_pipeline_error VALUES (3)")
        ids = conn.execute("SELECT array_agg(id ORDER BY id) FROM psy_pipeline_error").fetchone()
        assert ids == ([1],)  # 2 and 3 shared the failed sync block with the duplicate


def test_server_side_prepared_statements(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for i in range(5):
            row = conn.execute("SELECT %s::int * 10 + 7", (i,), prepare=True).fetchone()
            assert row == (i * 10 + 7,)
        prepared = conn.execute("SELECT statement FROM pg_prepared_statements").fetchall()
        assert any("$1::int * 10 + 7" in statement for (statement,) in prepared)


def test_copy_in_and_out(conninfo: str) -> None:
    rows = [(i, f"row {i} " + "x" * (i % 50)) for i in range(20_000)]
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE psy_copy (id int PRIMARY KEY, body text)")
        with cur.copy("COPY psy_copy (id, body) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        assert cur.rowcount == len(rows)
        with cur.copy("COPY (SELECT id, body FROM psy_copy ORDER BY id) TO STDOUT") as copy:
            copied = [(int(i), body) for i, body in copy.rows()]
        assert copied == rows


def test_binary_copy_round_trip(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE psy_copy_binary (id bigint, ratio float8, tags text[])")
        with cur.copy("COPY psy_copy_binary FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(["int8", "float8", "text[]"])
            for i in range(1000):
                copy.write_row((i, i / 4, [f"t{i}", "ü"]))
        with cur.copy("COPY psy_copy_binary TO STDOUT (FORMAT BINARY)") as copy:
            copy.set_types(["int8", "float8", "text[]"])
            copied = list(copy.rows())
        assert copied == [(i, i / 4, [f"t{i}", "ü"]) for i in range(1000)]


def test_copy_failures_leave_connection_usable(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE psy_copy_fail (id int)")
        with (
            pytest.raises(errors.InvalidTextRepresentation),
            cur.copy("COPY psy_copy_fail FROM STDIN") as copy,
        ):
            copy.write("1\nnot-a-number\n")
        with pytest.raises(ZeroDivisionError), cur.copy("COPY psy_copy_fail FROM STDIN") as copy:
            copy.write_row((2,))
            raise ZeroDivisionError  # the client aborts: psycopg sends CopyFail
        assert cur.execute("SELECT count(*) FROM psy_copy_fail").fetchone() == (0,)


def test_listen_notify_across_two_connections(conninfo: str) -> None:
    with (
        psycopg.connect(conninfo, autocommit=True) as listener,
        psycopg.connect(conninfo, autocommit=True) as notifier,
    ):
        listener.execute("LISTEN stitch_events")
        notifier.execute("NOTIFY stitch_events, 'first'")
        notifier.execute("SELECT pg_notify('stitch_events', 'second')")
        received = list(listener.notifies(timeout=10, stop_after=2))
        assert [(n.channel, n.payload) for n in received] == [
            ("stitch_events", "first"),
            ("stitch_events", "second"),
        ]


@pytest.mark.parametrize("method", ["cancel", "cancel_safe"])
def test_cancel_stops_only_its_own_query(conninfo: str, method: str) -> None:
    with psycopg.connect(conninfo) as victim, psycopg.connect(conninfo) as bystander:
        with ThreadPoolExecutor(1) as pool:
            started = time.monotonic()
            bystander_result = pool.submit(
                lambda: bystander.execute("SELECT 'done' FROM pg_sleep(2)").fetchone()
            )
            timer = threading.Timer(0.5, getattr(victim, method))
            timer.start()
            with pytest.raises(errors.QueryCanceled):
                victim.execute("SELECT pg_sleep(30)")
            assert time.monotonic() - started < 10
            assert bystander_result.result(timeout=20) == ("done",)
        victim.rollback()
        assert victim.execute("SELECT 1").fetchone() == (1,)
