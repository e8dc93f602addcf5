"""Running pgbench against one endpoint and reading its throughput."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

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
    output = _run(endpoint, args, timeout=seconds * 3 + 60)
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
