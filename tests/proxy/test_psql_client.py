"""psql through pgstitch: queries, multi-statement strings, \\copy both ways, errors, notices,
large objects (FunctionCall messages)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.net import Endpoint

Psql = Callable[..., subprocess.CompletedProcess[str]]

pytestmark = pytest.mark.skipif(shutil.which("psql") is None, reason="psql is not installed")


@pytest.fixture
def psql(endpoint: Endpoint, test_database: str) -> Psql:
    """psql(*args, stdin=None) -> CompletedProcess; no psqlrc, quiet, unaligned tuples only."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **endpoint.libpq_env(test_database)}
        return subprocess.run(
            ["psql", "-X", "-q", "-A", "-t", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    return run


def test_single_query(psql: Psql) -> None:
    result = psql("-c", "SELECT 1 + 1, 'zoë'")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2|zoë\n"


def test_multi_statement_string(psql: Psql) -> None:
    result = psql("-c", "CREATE TABLE psql_multi (id int); INSERT INTO psql_multi VALUES (1), (2);"
                  " SELECT sum(id) FROM psql_multi; SELECT 'last'")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3\nlast\n"
    result = psql("-c", "SELECT count(*) FROM psql_multi")
    assert result.stdout == "2\n"


def test_script_on_stdin_with_transaction(psql: Psql) -> None:
    script = """
    CREATE TABLE psql_script (id int PRIMARY KEY, note text);
    BEGIN;
    INSERT INTO psql_script VALUES (1, 'kept');
    COMMIT;
    BEGIN;
    INSERT INTO psql_script VALUES (2, 'dropped');
    ROLLBACK;
    SELECT id, note FROM psql_script;
    """
    result = psql("-v", "ON_ERROR_STOP=1", stdin=script)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1|kept\n"


def test_copy_both_ways(psql: Psql, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("".join(f"{i},name {i}\n" for i in range(5000)))
    target = tmp_path / "out.csv"
    result = psql(
        "-v", "ON_ERROR_STOP=1",
        "-c", "CREATE TABLE psql_copy (id int, name text)",
        "-c", f"\\copy psql_copy FROM '{source}' WITH (FORMAT csv)",
        "-c", f"\\copy (SELECT * FROM psql_copy ORDER BY id) TO '{target}' WITH (FORMAT csv)",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_text() == source.read_text()


def test_error_reports_sqlstate_and_session_goes_on(psql: Psql) -> None:
    result = psql("-v", "VERBOSITY=verbose", stdin="SELECT 1/0;\nSELECT 'after';\n")
    assert "ERROR:  22012: division by zero" in result.stderr
    assert result.stdout == "after\n"
    result = psql("-v", "ON_ERROR_STOP=1", "-c", "SELECT * FROM no_such_table")
    assert result.returncode == 1
    assert 'relation "no_such_table" does not exist' in result.stderr


def test_notices_and_warnings(psql: Psql) -> None:
    result = psql(
        "-c", "DO $$ BEGIN RAISE NOTICE 'hello %', 'stitch'; RAISE WARNING 'careful'; END $$"
    )
    assert result.returncode == 0, result.stderr
    assert "NOTICE:  hello stitch" in result.stderr
    assert "WARNING:  careful" in result.stderr


def test_large_objects_use_function_calls(psql: Psql, tmp_path: Path) -> None:
    # libpq's lo_import and lo_export speak the FunctionCall message, not SQL.
    source = tmp_path / "blob.bin"
    source.write_bytes(bytes(range(256)) * 4000)
    target = tmp_path / "copy.bin"
    result = psql("-v", "ON_ERROR_STOP=1", stdin=f"\\lo_import '{source}'\n\\echo :LASTOID\n")
    assert result.returncode == 0, result.stderr
    oid = int(result.stdout)
    result = psql("-v", "ON_ERROR_STOP=1", "-c", f"\\lo_export {oid} '{target}'")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == source.read_bytes()
    assert psql("-c", f"\\lo_unlink {oid}").returncode == 0
