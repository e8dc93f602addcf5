"""pgbench through pgstitch: initialisation (COPY) and short runs in all three query modes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.helpers.net import Endpoint

pytestmark = pytest.mark.skipif(shutil.which("pgbench") is None, reason="pgbench is not installed")

TRANSACTIONS = 50
CLIENTS = 4


def pgbench(endpoint: Endpoint, database: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **endpoint.libpq_env(database)}
    return subprocess.run(["pgbench", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def initialised(endpoint: Endpoint, test_database: str) -> str:
    """pgbench -i through the proxy (it creates the tables and loads them with COPY)."""
    result = pgbench(endpoint, test_database, "-i", "-s", "1", "-q")
    assert result.returncode == 0, result.stderr
    return test_database


@pytest.mark.parametrize("mode", ["simple", "extended", "prepared"])
@pytest.mark.parametrize("select_only", [True, False], ids=["select-only", "tpcb-like"])
def test_pgbench_run(endpoint: Endpoint, initialised: str, mode: str, select_only: bool) -> None:
    args = ["-n", "-M", mode, "-c", str(CLIENTS), "-j", "2", "-t", str(TRANSACTIONS)]
    result = pgbench(endpoint, initialised, *args, *(["-S"] if select_only else []))
    assert result.returncode == 0, result.stdout + result.stderr
    processed = re.search(r"number of transactions actually processed: (\d+)/(\d+)", result.stdout)
    assert processed, result.stdout
    assert processed.group(1) == processed.group(2) == str(CLIENTS * TRANSACTIONS)
    assert "number of failed transactions: 0" in result.stdout
