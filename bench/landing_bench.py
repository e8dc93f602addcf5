"""Landing 100,000 parked values: time from ALTER TABLE to `landed`, and client latency meanwhile.

For each store (postgres, redis) and trigger (the 1 s catalog poll, or a DDL announcement as a
proxy makes after DDL went by): a fresh database with a table of ROWS rows, a shadow column with
one parked value per row, and `python -m sync` running as a sidecar process. While 8 clients
keep running point reads and writes on the table through a `pgstitch serve` (reading the shadow
column too with the postgres store), the column is added with ALTER TABLE and the clock runs
until the shadow column is `landed`; the proxy's acknowledgement is part of the landing.
Client latencies of the seconds before the ALTER are compared with those during the landing.
Run by hand from the repository root with the local Postgres and Redis running:

    python bench/landing_bench.py                      # 100,000 rows, 3 rounds per case
    python bench/landing_bench.py --rows 20000 --rounds 1 --output /dev/stdout
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis
import uvloop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from markdown_section import replace_section  # noqa: E402

from shadow.columns import ColumnState, ShadowColumn  # noqa: E402
from shadow.store.base import ShadowStore  # noqa: E402
from shadow.store.postgres import PostgresStore  # noqa: E402
from shadow.store.redis import RedisStore  # noqa: E402

SECTION = "landing-bench"
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379/0"
KEY = ("public", "t", "c")


@dataclass
class Round:
    """One measured landing."""

    seconds: float
    before: list[float] = field(default_factory=list)
    during: list[float] = field(default_factory=list)
    errors: int = 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="parked values to land")
    parser.add_argument("--rounds", type=int, default=3, help="landings per store and trigger")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--batch-size", type=int, default=1000, help="sync batch_size")
    parser.add_argument("--stores", default="postgres,redis", help="comma-separated stores")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--verbose", action="store_true", help="show the sidecar's info log")
    return parser.parse_args(argv)


def pct(values: list[float], q: float) -> float:
    """The q-quantile of values, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def park_everything(store: ShadowStore, rows: int) -> None:
    await store.put_column(ShadowColumn("public", "t", "c", "integer"))
    for start in range(1, rows + 1, 10_000):
        chunk = {str(i): {"c": str(i)} for i in range(start, min(start + 10_000, rows + 1))}
        await store.write_parked(park={("public", "t"): chunk})


async def client(
    dsn: str, rows: int, read_sql: str, stop: asyncio.Event, samples: list, errors: list
) -> None:
    """Point reads and writes of other columns, as an application keeps doing."""
    rng = random.Random()
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        while not stop.is_set():
            row = rng.randint(1, rows)
            began = time.perf_counter()
            try:
                if rng.random() < 0.8:
                    await conn.execute(read_sql, (row,))
                else:
                    await conn.execute("UPDATE t SET name = %s WHERE id = %s", ("x", row))
            except psycopg.Error:
                errors.append(1)
            samples.append((time.monotonic(), time.perf_counter() - began))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def one_round(store_kind: str, announce: bool, args: argparse.Namespace) -> Round:
    name = f"pgstitch_landing_bench_{uuid.uuid4().hex[:8]}"
    prefix = f"pgstitch-landing-bench-{uuid.uuid4().hex[:8]}:"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    dsn = f"postgresql://postgres@127.0.0.1:5432/{name}"
    store_url = "postgres" if store_kind == "postgres" else f"{REDIS}?prefix={prefix}"
    store: ShadowStore = PostgresStore(dsn) if store_kind == "postgres" else RedisStore(store_url)
    sidecar = proxy = None
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE TABLE t (id int PRIMARY KEY, name text)")
            conn.execute(
                "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, %s) g", (args.rows,)
            )
            conn.execute("VACUUM ANALYZE t")
        await park_everything(store, args.rows)
        sidecar = subprocess.Popen(
            [sys.executable, "-m", "sync", "--upstream", dsn, "--store", store_url,
             "--set", f"batch_size={args.batch_size}",
             "--log-level", "info" if args.verbose else "warning"],
            cwd=ROOT,
        )  # fmt: skip
        proxy_port = _free_port()
        proxy = subprocess.Popen(
            [sys.executable, "-m", "pgstitch.cli", "serve", "--no-sync", "--log-level", "warning",
             "--listen", f"127.0.0.1:{proxy_port}", "--upstream", dsn, "--store", store_url],
            cwd=ROOT,
        )  # fmt: skip
        await asyncio.sleep(2.0)  # the sidecar leads and has polled once; the proxy serves
        through = f"postgresql://postgres@127.0.0.1:{proxy_port}/{name}?sslmode=disable"
        read_sql = "SELECT name, c FROM t WHERE id = %s"
        stop = asyncio.Event()
        samples: list[tuple[float, float]] = []
        errors: list[int] = []
        clients = [
            asyncio.create_task(client(through, args.rows, read_sql, stop, samples, errors))
            for _ in range(args.clients)
        ]
        await asyncio.sleep(3.0)
        altered = time.monotonic()
        async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
            await conn.execute("ALTER TABLE t ADD COLUMN c integer")
        if announce:
            await store.announce_ddl()
        while (await store.load_schema()).get(*KEY).state != ColumnState.LANDED:
            await asyncio.sleep(0.01)
        landed = time.monotonic()
        stop.set()
        await asyncio.gather(*clients)
        with psycopg.connect(dsn) as conn:
            moved = conn.execute("SELECT count(*) FROM t WHERE c = id").fetchone()[0]
        if moved != args.rows or await store.parked_tables():
            raise SystemExit(f"landing incomplete: {moved} of {args.rows} values moved")
        return Round(
            landed - altered,
            before=[d for t, d in samples if t < altered],
            during=[d for t, d in samples if altered <= t <= landed],
            errors=len(errors),
        )
    finally:
        for process in (sidecar, proxy):
            if process is not None:
                process.terminate()
                process.wait(timeout=15)
        await store.close()
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if store_kind == "redis":
            client_ = redis.Redis.from_url(REDIS)
            keys = list(client_.scan_iter(match=prefix + "*"))
            if keys:
                client_.delete(*keys)


def render(results: dict[tuple[str, str], list[Round]], args: argparse.Namespace) -> str:
    lines = [
        "## Landing parked values (bench/landing_bench.py)",
        "",
        f"{args.rows:,} parked values landed by `python -m sync` (batch_size {args.batch_size}),"
        f" {args.clients} clients running point reads (80%) and writes of another column"
        " through `pgstitch serve` meanwhile (the reads include the shadow column)."
        " Time from `ALTER TABLE … ADD COLUMN` to the"
        " shadow column being `landed`, median of"
        f" {args.rounds} round(s); client latency in ms before the ALTER → during the landing.",
        "",
        "| store | trigger | ALTER → landed (s) | values/s | client p50 | client p99 | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for (store, trigger), rounds in results.items():
        seconds = statistics.median(r.seconds for r in rounds)
        before = [d for r in rounds for d in r.before]
        during = [d for r in rounds for d in r.during]
        lines.append(
            f"| {store} | {trigger} | {seconds:.2f} | {args.rows / seconds:,.0f} |"
            f" {pct(before, 0.5):.2f} → {pct(during, 0.5):.2f} |"
            f" {pct(before, 0.99):.2f} → {pct(during, 0.99):.2f} |"
            f" {sum(r.errors for r in rounds)} |"
        )
    lines += [
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {os.cpu_count()} CPU(s) (load average"
        f" {args.load:.1f} at the start), Python {platform.python_version()}, PostgreSQL and"
        " Redis on the same machine. The poll trigger includes up to one poll interval (1 s)"
        " before the column is noticed.",
    ]
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> dict[tuple[str, str], list[Round]]:
    results: dict[tuple[str, str], list[Round]] = {}
    for store in args.stores.split(","):
        for trigger, announce in (("DDL announcement", True), ("1 s poll", False)):
            rounds = []
            for n in range(args.rounds):
                measured = await one_round(store, announce, args)
                print(
                    f"{store:8} {trigger:17} round {n + 1}: {measured.seconds:.2f} s,"
                    f" {measured.errors} client error(s)",
                    file=sys.stderr,
                )
                rounds.append(measured)
            results[(store, trigger)] = rounds
    return results


if __name__ == "__main__":
    arguments = parse_args()
    arguments.load = os.getloadavg()[0]
    found = uvloop.run(main(arguments))
    body = render(found, arguments)
    if arguments.output == "/dev/stdout":
        print(body)
    else:
        replace_section(Path(arguments.output), SECTION, body)
        print(body)
