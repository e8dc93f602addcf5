"""How soon a write committed through one `pgstitch serve` is read through another on the same store.

For each store (postgres, redis): a fresh database with a table and a shadow column declared in a
configuration file, two proxies on the same store, a writer through the first committing
`UPDATE items SET score = n WHERE id = k` (autocommit), and a reader through the second polling
`SELECT score … WHERE id = k` until it sees n. The delay runs from the writer's acknowledgement to
the first read that sees the value. Medians, p99 and maximum go to a section of docs/benchmarks.md.

Run by hand from the repository root with the local Postgres and Redis running:

    python bench/visibility_bench.py                 # 1,000 writes per store
    python bench/visibility_bench.py --writes 200 --output /dev/stdout
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis
from markdown_section import replace_section
from servers import HOST, pgstitch

ROOT = Path(__file__).resolve().parent.parent
SECTION = "visibility-bench"
CONFIG = '[[shadow]]\ntable = "items"\ncolumn = "score"\ntype = "integer"\ndefault = "0"\n'
ROWS = 100


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=1000, help="writes measured per store")
    parser.add_argument("--stores", default="postgres,redis")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--postgres-port", type=int, default=5432)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    return parser.parse_args(argv)


def measure(store: str, args: argparse.Namespace, work: Path) -> list[float]:
    """Delays in seconds for one store."""
    name = f"pgstitch_bench_visibility_{uuid.uuid4().hex[:8]}"
    admin = f"host={HOST} port={args.postgres_port} user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    upstream = f"postgresql://postgres@{HOST}:{args.postgres_port}/{name}"
    prefix = f"pgstitch-bench-{uuid.uuid4().hex[:8]}:"
    url = f"{args.redis}?prefix={prefix}" if store == "redis" else store
    try:
        with psycopg.connect(upstream, autocommit=True) as conn:
            conn.execute("CREATE TABLE items (id integer PRIMARY KEY)")
            conn.execute(f"INSERT INTO items SELECT generate_series(1, {ROWS})")
        config = work / f"{store}.toml"
        config.write_text(CONFIG)
        with ExitStack() as stack:
            proxies = [
                stack.enter_context(
                    pgstitch(
                        upstream, work / f"{store}-{n}", ("--store", url, "--config", str(config))
                    )
                )
                for n in (1, 2)
            ]
            dsns = [
                f"host={HOST} port={p.port} user=postgres dbname={name} sslmode=disable"
                for p in proxies
            ]
            with (
                psycopg.connect(dsns[0], autocommit=True) as writer,
                psycopg.connect(dsns[1], autocommit=True) as reader,
            ):
                delays = []
                for n in range(1, args.writes + 1):
                    row = n % ROWS + 1
                    writer.execute("UPDATE items SET score = %s WHERE id = %s", (n, row))
                    committed = time.perf_counter()
                    while True:
                        seen = reader.execute("SELECT score FROM items WHERE id = %s", (row,))
                        if seen.fetchone()[0] == n:
                            break
                        if time.perf_counter() - committed > 10:
                            raise RuntimeError(f"{store}: write {n} not visible after 10 s")
                    delays.append(time.perf_counter() - committed)
        return delays
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if store == "redis":
            client = redis.Redis.from_url(args.redis)
            for key in client.scan_iter(match=prefix + "*"):
                client.delete(key)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = datetime.now(UTC)
    load = os.getloadavg()[0]
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="pgstitch-visibility-bench-") as tmp:
        for store in [s for s in args.stores.split(",") if s]:
            print(f"measuring {store}...", file=sys.stderr)
            results[store] = measure(store, args, Path(tmp))
    body = report(args, started, load, results)
    replace_section(args.output, SECTION, body)
    print(body)
    return 0


def report(
    args: argparse.Namespace, started: datetime, load: float, results: dict[str, list[float]]
) -> str:
    """The markdown section."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines = [
        "## Cross-proxy visibility of a committed write",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores"
        f" ({platform.processor() or platform.machine()}), pgstitch {commit}; one-minute load"
        f" average {load:.1f} at the start. Generated by `python bench/visibility_bench.py`"
        f" ({args.writes} writes per store): a writer through one proxy commits"
        " `UPDATE items SET score = n WHERE id = k`; a reader through a second proxy on the same"
        " store polls the row until it sees n. Target: within 100 ms.",
        "",
        "| store | p50 (ms) | p99 (ms) | max (ms) |",
        "|---|---:|---:|---:|",
    ]
    for store, delays in results.items():
        ordered = sorted(delays)
        p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
        lines.append(
            f"| {store} | {statistics.median(ordered) * 1e3:.2f} | {p99 * 1e3:.2f} |"
            f" {ordered[-1] * 1e3:.2f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
