"""Running pgbench against one endpoint and reading its throughput."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

_TPS = re.compile(r"^tps = ([\d.]+) \(without initial connection time\)", re.MULTILINE)
_FAILED = re.compile(r"number of failed transactions: (\d+)")


class PgbenchFailed(RuntimeError):
    """pgbench exited non-zero or reported failed transactions; the message has its output."""


@dataclass(frozen=True)
class Endpoint:
    """Host, port, database and user for libpq tools."""

    host: str
    port: int
    database: str
    user: str = "postgres"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PGHOST": self.host,
            "PGPORT": str(self.port),
            "PGDATABASE": self.database,
            "PGUSER": self.user,
            "PGSSLMODE": "disable",
            "PGGSSENCMODE": "disable",
        }


def initialise(endpoint: Endpoint, scale: int) -> None:
    """pgbench -i at the given scale (drops and recreates the pgbench tables)."""
    _run(endpoint, ["-i", "-q", "-s", str(scale)], timeout=600)


def select_only_tps(
    endpoint: Endpoint, mode: str, clients: int, threads: int, seconds: int
) -> float:
    """Run `pgbench -S` for the given seconds and return tps without connection time."""
    args = ["-n", "-S", "-M", mode, "-c", str(clients), "-j", str(threads), "-T", str(seconds)]
    return _tps(_run(endpoint, args, timeout=seconds * 3 + 60))


def _tps(output: str) -> float:
    """tps without connection time from pgbench's output; PgbenchFailed on any failure."""
    failed = _FAILED.search(output)
    if failed and int(failed.group(1)):
        raise PgbenchFailed(f"pgbench reported failed transactions:\n{output}")
    match = _TPS.search(output)
    if not match:
        raise PgbenchFailed(f"no tps in pgbench output:\n{output}")
    return float(match.group(1))


def _run(endpoint: Endpoint, args: list[str], timeout: float) -> str:
    result = subprocess.run(
        ["pgbench", *args], capture_output=True, text=True, env=endpoint.env(), timeout=timeout
    )
    if result.returncode != 0:
        raise PgbenchFailed(f"pgbench {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def admin_connection(host: str, port: int, database: str = "postgres") -> psycopg.Connection:
    """An autocommit connection as the postgres user, straight to Postgres."""
    return psycopg.connect(
        host=host, port=port, user="postgres", dbname=database, autocommit=True, sslmode="disable"
    )


def ensure_pgbench_databases(
    host: str, port: int, names: tuple[str, ...], scale: int, skip_init: bool
) -> None:
    """Create the databases when missing and load them with pgbench -i (unless skip_init)."""
    with admin_connection(host, port) as conn:
        for name in names:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if exists.fetchone() is None:
                conn.execute(f"CREATE DATABASE {name}")
    if not skip_init:
        for name in names:
            initialise(Endpoint(host, port, name), scale)


def script_tps(
    endpoint: Endpoint,
    script: str,
    mode: str,
    clients: int,
    threads: int,
    seconds: int,
    scale: int,
) -> float:
    """tps of a custom pgbench script; PgbenchFailed when any statement failed."""
    args = [
        "-n", "-M", mode, "-f", script, "-D", f"scale={scale}",
        "-c", str(clients), "-j", str(threads), "-T", str(seconds),
    ]  # fmt: skip
    return _tps(_run(endpoint, args, timeout=seconds * 3 + 60))


def interleave(rounds: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run every named measurement once per round, rotating the order each round."""
    results: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for number in range(rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            results[name].append(runs[name]())
            print(f"round {number + 1}: {name} {results[name][-1]:,.0f} tps", flush=True)
    return results
