"""Writes to a shadow column through several `pgstitch serve` processes sharing one store.

For the postgres and redis stores: committed values survive a restart of the proxy, a commit
through one proxy is read through the other within 100 ms, and 8 sessions writing and rolling
back at random through two proxies leave each row with its last committed value.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.helpers import wire
from tests.helpers.databases import fresh_database
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import ProxyProcess, start_proxy
from tests.helpers.wire import RawConnection

ROWS = 32
CONFIG = '[[shadow]]\ntable = "items"\ncolumn = "score"\ntype = "integer"\ndefault = "0"\n'


@pytest.fixture
def database(local_postgres: Endpoint) -> Iterator[str]:
    with fresh_database(
        local_postgres,
        "pgstitch_writes",
        # `version` is a real column every write bumps: it orders the commits of each row.
        "CREATE TABLE items (id integer PRIMARY KEY, version integer DEFAULT 0)",
        f"INSERT INTO items (id) SELECT generate_series(1, {ROWS})",
    ) as name:
        yield local_postgres.conninfo(name)


@pytest.fixture(params=["postgres", "redis"])
def store(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "postgres":
        yield "postgres"
        return
    prefix = f"pgstitch-e2e-{uuid.uuid4().hex[:8]}:"
    yield f"redis://127.0.0.1:6379/0?prefix={prefix}"
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379)
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)
    client.close()


def _proxy(upstream: str, store: str, directory: Path) -> ProxyProcess:
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "pgstitch.toml"
    config.write_text(CONFIG, encoding="utf-8")
    return start_proxy(upstream, directory, "--store", store, "--config", str(config))


def _through(proxy: ProxyProcess, upstream: str) -> str:
    return f"{upstream} host={proxy.endpoint.host} port={proxy.endpoint.port}"


def _scores(dsn: str) -> dict[int, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return dict(conn.execute("SELECT id, score FROM items").fetchall())


def test_committed_values_survive_a_restart_of_the_proxy(
    database: str, store: str, tmp_path: Path
) -> None:
    proxy = _proxy(database, store, tmp_path / "first")
    try:
        with psycopg.connect(_through(proxy, database), autocommit=True) as conn:
            conn.execute("UPDATE items SET score = id * 10 WHERE id <= 10")
            with conn.transaction():
                conn.execute("UPDATE items SET score = %s WHERE id = %s", (777, 11))
                conn.execute("UPDATE items SET score = score + 1 WHERE id = 11")
            with pytest.raises(psycopg.errors.DivisionByZero), conn.transaction():
                conn.execute("UPDATE items SET score = 5 WHERE id = 12")
                conn.execute("SELECT 1 / 0")
            conn.execute("DELETE FROM items WHERE id = 13")
            conn.execute("INSERT INTO items (id, score) VALUES (13, 1313)")
            before = _scores(_through(proxy, database))
    finally:
        proxy.stop()
    proxy.assert_no_traceback()
    expected = {i: i * 10 for i in range(1, 11)} | {11: 778, 12: 0, 13: 1313}
    assert {k: before[k] for k in expected} == expected
    again = _proxy(database, store, tmp_path / "second")
    try:
        after = _scores(_through(again, database))
    finally:
        again.stop()
    assert after == before


def test_a_commit_through_one_proxy_is_read_through_another_within_100_ms(
    database: str, store: str, tmp_path: Path
) -> None:
    first = _proxy(database, store, tmp_path / "first")
    second = _proxy(database, store, tmp_path / "second")
    delays: list[float] = []
    try:
        with (
            psycopg.connect(_through(first, database), autocommit=True) as writer,
            psycopg.connect(_through(second, database), autocommit=True) as reader,
        ):
            for value in range(1, 101):
                writer.execute("UPDATE items SET score = %s WHERE id = 1", (value,))
                committed = time.perf_counter()
                while reader.execute("SELECT score FROM items WHERE id = 1").fetchone()[0] != value:
                    assert time.perf_counter() - committed < 5, "never became visible"
                delays.append(time.perf_counter() - committed)
    finally:
        first.stop()
        second.stop()
    delays.sort()
    p50, p99 = delays[len(delays) // 2], delays[int(len(delays) * 0.99) - 1]
    print(f"{store}: visible through the other proxy after p50 {p50 * 1e3:.2f} ms,"
          f" p99 {p99 * 1e3:.2f} ms")  # fmt: skip
    assert p99 < 0.1


def _session(dsns: list[str], seed: int, stop: threading.Event, log: list, problems: list) -> None:
    rng = random.Random(seed)
    conns = [psycopg.connect(dsn, autocommit=True) for dsn in dsns]
    try:
        while not stop.is_set():
            conn = rng.choice(conns)
            rows = rng.sample(range(1, ROWS + 1), rng.randint(1, 3))
            value = rng.randint(1, 1_000_000)
            commit = rng.random() < 0.7
            done = []
            try:
                conn.execute("BEGIN")
                for row in sorted(rows):
                    (version,) = conn.execute(
                        "UPDATE items SET score = %s, version = version + 1 WHERE id = %s"
                        " RETURNING version",
                        (value, row),
                    ).fetchone()
                    done.append((row, version, value))
                conn.execute("COMMIT" if commit else "ROLLBACK")
                if commit:
                    log.extend(done)
            except psycopg.Error as exc:
                conn.execute("ROLLBACK")
                problems.append(repr(exc))
    finally:
        for conn in conns:
            conn.close()


def test_random_writes_and_rollbacks_through_two_proxies_keep_the_last_commit(
    database: str, store: str, tmp_path: Path
) -> None:
    proxies = [_proxy(database, store, tmp_path / name) for name in ("first", "second")]
    log: list[tuple[int, int, int]] = []
    problems: list[str] = []
    stop = threading.Event()
    try:
        dsns = [_through(p, database) for p in proxies]
        threads = [
            threading.Thread(target=_session, args=(dsns, seed, stop, log, problems))
            for seed in range(8)
        ]
        for thread in threads:
            thread.start()
        time.sleep(6)
        stop.set()
        for thread in threads:
            thread.join(30)
        assert not problems, problems[:5]
        last: dict[int, tuple[int, int]] = {}
        for row, version, value in log:
            if row not in last or version > last[row][0]:
                last[row] = (version, value)
        assert len(log) > 100, "too few commits to say anything"
        for dsn in dsns:
            scores = _scores(dsn)
            wrong = {r: (scores[r], v) for r, (_, v) in last.items() if scores[r] != v}
            assert not wrong, f"rows whose value is not the last committed: {wrong}"
    finally:
        for proxy in proxies:
            proxy.stop()
    for proxy in proxies:
        proxy.assert_no_traceback()


def test_a_commit_whose_client_left_is_still_stored(
    database: str, store: str, tmp_path: Path
) -> None:
    """The client sends COMMIT and closes its socket at once: the commit happens upstream, and
    the proxy still hands its shadow writes over before closing the upstream connection."""
    proxy = _proxy(database, store, tmp_path / "proxy")
    try:
        dsn = _through(proxy, database)
        for row in range(1, 6):
            sock = socket.create_connection((proxy.endpoint.host, proxy.endpoint.port))
            client = RawConnection(sock)
            params = psycopg.conninfo.conninfo_to_dict(database)
            client.send(wire.startup_packet(params["user"], params["dbname"]))
            client.read_until(b"Z")
            client.send(wire.query("BEGIN"))
            client.read_until(b"Z")
            client.send(wire.query(f"UPDATE items SET score = {row * 100} WHERE id = {row}"))
            client.read_until(b"Z")
            # The commit ends well after the client has gone.
            client.send(wire.query("SELECT pg_sleep(0.2); COMMIT"))
            client.close()
        deadline = time.monotonic() + 10
        while True:
            scores = _scores(dsn)
            if all(scores[row] == row * 100 for row in range(1, 6)):
                break
            assert time.monotonic() < deadline, f"writes of departed clients lost: {scores}"
            time.sleep(0.05)
    finally:
        proxy.stop()
    proxy.assert_no_traceback()


def test_shadow_add_and_drop_reach_a_running_proxy(
    database: str, store: str, tmp_path: Path
) -> None:
    """`pgstitch shadow add`, then writes and reads of the new column through a proxy that was
    already running; `pgstitch shadow drop`, and the column is unknown again."""
    proxy = _proxy(database, store, tmp_path / "proxy")

    def shadow(*args: str) -> None:
        command = [sys.executable, "-m", "pgstitch.cli", "shadow", *args]
        command += ["--store", store, "--upstream", database]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr

    try:
        with psycopg.connect(_through(proxy, database), autocommit=True) as conn:
            shadow("add", "items.tier", "text", "--default", "'basic'", "--check", "tier <> ''")
            deadline = time.monotonic() + 5
            while True:
                try:
                    conn.execute("SELECT tier FROM items LIMIT 1")
                    break
                except psycopg.errors.UndefinedColumn:
                    assert time.monotonic() < deadline, "the new column never reached the proxy"
                    time.sleep(0.05)
            conn.execute("UPDATE items SET tier = 'gold' WHERE id = 2")
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute("UPDATE items SET tier = '' WHERE id = 3")
            rows = conn.execute("SELECT id, tier FROM items WHERE id <= 3 ORDER BY id").fetchall()
            assert rows == [(1, "basic"), (2, "gold"), (3, "basic")]
            shadow("drop", "items.tier")
            deadline = time.monotonic() + 5
            while True:
                try:
                    conn.execute("SELECT tier FROM items LIMIT 1")
                except psycopg.errors.UndefinedColumn:
                    break
                assert time.monotonic() < deadline, "the dropped column is still served"
                time.sleep(0.05)
    finally:
        proxy.stop()
    proxy.assert_no_traceback()


def test_pipelines_and_copy_in_a_writing_transaction(
    database: str, store: str, tmp_path: Path
) -> None:
    """psycopg's pipeline mode and COPY FROM STDIN inside a transaction that writes shadow
    columns: messages queued behind a hand-over go on in order, COPY data is never held."""
    proxy = _proxy(database, store, tmp_path / "proxy")
    try:
        dsn = _through(proxy, database)
        with psycopg.connect(dsn, autocommit=True) as conn:
            with conn.pipeline() as pipeline:
                for row in range(1, 6):
                    conn.execute("UPDATE items SET score = %s WHERE id = %s", (row * 10, row))
                pipeline.sync()  # else the ROLLBACK below would take the updates with it
                conn.execute("BEGIN")
                conn.execute("UPDATE items SET score = 1 WHERE id = 6")
                conn.execute("ROLLBACK")
                cur = conn.execute("SELECT id, score FROM items WHERE id <= 6 ORDER BY id")
            assert cur.fetchall() == [(1, 10), (2, 20), (3, 30), (4, 40), (5, 50), (6, 0)]
            with conn.transaction():
                conn.execute("UPDATE items SET score = 99 WHERE id = 1")
                with conn.cursor().copy("COPY items (id) FROM STDIN") as copy:
                    copy.write_row((ROWS + 1,))
                    copy.write_row((ROWS + 2,))
                conn.execute("UPDATE items SET score = 77 WHERE id = %s", (ROWS + 2,))
        scores = _scores(dsn)
        assert (scores[1], scores[ROWS + 1], scores[ROWS + 2]) == (99, 0, 77)
    finally:
        proxy.stop()
    proxy.assert_no_traceback()


def test_discard_all_between_writes(database: str, store: str, tmp_path: Path) -> None:
    """DISCARD ALL drops a session's temporary tables: its next statements still read and write
    shadow columns (with an outside store the proxy makes the tables again)."""
    proxy = _proxy(database, store, tmp_path / "proxy")
    try:
        dsn = _through(proxy, database)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("UPDATE items SET score = 5 WHERE id = 1")
            conn.execute("DISCARD ALL")
            assert conn.execute("SELECT score FROM items WHERE id = 1").fetchone() == (5,)
            conn.execute("UPDATE items SET score = score + 1 WHERE id = 1")
            conn.execute("DISCARD TEMP")
            conn.execute("UPDATE items SET score = score + 1 WHERE id = 1")
        assert _scores(dsn)[1] == 7
    finally:
        proxy.stop()
    proxy.assert_no_traceback()
