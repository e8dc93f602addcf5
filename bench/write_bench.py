"""What the write path costs: incrementing a shadow column through pgstitch against a real column
through PgBouncer.

A pgbench script runs `UPDATE pgbench_accounts SET c = c + 1 WHERE aid = :id` (random aid). Through
PgBouncer (session mode) on a twin database, `c` is a real column; through `pgstitch serve` it is
a shadow column, declared in a configuration file, for each store backend asked for (postgres:
values parked in pgstitch.parked by the statement itself; memory and redis: staged in the session
and handed to the store when each transaction ends; every store starts with nothing parked).
Targets are interleaved round by round; medians and ratios go to a section of docs/benchmarks.md.

Run by hand from the repository root with the local Postgres (and Redis, for that store) running:

    python bench/write_bench.py                                  # 3 rounds x 10 s
    python bench/write_bench.py --rounds 1 --duration 3 --output /dev/stdout
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis
from markdown_section import replace_section
from pgbench_runs import (
    Endpoint,
    PgbenchFailed,
    admin_connection,
    ensure_pgbench_databases,
    interleave,
    script_tps,
)
from servers import HOST, ServerFailed, Target, pgbouncer, pgstitch

ROOT = Path(__file__).resolve().parent.parent
SECTION = "write-bench"
SHADOW_DB = "pgstitch_bench_write_shadow"
TWIN_DB = "pgstitch_bench_write_twin"
STORES = ("postgres", "memory", "redis")
WRITE_SCRIPT = (
    "\\set id random(1, 100000 * :scale)\nUPDATE pgbench_accounts SET c = c + 1 WHERE aid = :id;\n"
)
CONFIG = '[[shadow]]\ntable = "pgbench_accounts"\ncolumn = "c"\ntype = "integer"\ndefault = "0"\n'


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10, help="seconds per pgbench run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--modes", default="simple,extended,prepared", help="pgbench -M modes")
    parser.add_argument("--stores", default=",".join(STORES), help="pgstitch stores to measure")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15", help="for --stores redis")
    parser.add_argument("--postgres-port", type=int, default=5432)
    parser.add_argument("--skip-init", action="store_true", help="reuse the pgbench tables")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    if min(args.rounds, args.duration, args.clients, args.threads, args.scale) < 1:
        parser.error("--rounds, --duration, --clients, --threads and --scale must be positive")
    args.modes = [m for m in args.modes.split(",") if m]
    args.stores = [s for s in args.stores.split(",") if s]
    unknown = set(args.stores) - set(STORES) or set(args.modes) - {"simple", "extended", "prepared"}
    if unknown:
        parser.error(f"unknown store or mode: {', '.join(sorted(unknown))}")
    return args


def prepare(args: argparse.Namespace) -> None:
    """Both databases with pgbench tables; only the twin has `c` as a real column."""
    print(f"preparing {SHADOW_DB} and {TWIN_DB} at scale {args.scale}...", file=sys.stderr)
    ensure_pgbench_databases(
        HOST, args.postgres_port, (SHADOW_DB, TWIN_DB), args.scale, args.skip_init
    )
    with admin_connection(HOST, args.postgres_port, TWIN_DB) as conn:
        conn.execute("ALTER TABLE pgbench_accounts ADD COLUMN IF NOT EXISTS c integer DEFAULT 0")
    with admin_connection(HOST, args.postgres_port, SHADOW_DB) as conn:
        conn.execute("ALTER TABLE pgbench_accounts DROP COLUMN IF EXISTS c")
        if conn.execute("SELECT to_regclass('pgstitch.parked')").fetchone()[0] is not None:
            conn.execute("DELETE FROM pgstitch.parked WHERE table_name = 'pgbench_accounts'")
    if "redis" in args.stores:  # every store starts with nothing parked
        client = redis.Redis.from_url(args.redis)
        client.delete('pgstitch:parked:["public", "pgbench_accounts"]')
        client.close()


def check_counts(args: argparse.Namespace, stitch: Endpoint) -> str:
    """Sanity: the sum of c through pgstitch equals the parked increments (postgres store)."""
    with psycopg.connect(
        host=HOST, port=stitch.port, user="postgres", dbname=SHADOW_DB, sslmode="disable"
    ) as conn:
        total = conn.execute("SELECT sum(c) FROM pgbench_accounts").fetchone()[0]
    with admin_connection(HOST, args.postgres_port, SHADOW_DB) as conn:
        parked = conn.execute(
            "SELECT coalesce(sum((vals ->> 'c')::bigint), 0) FROM pgstitch.parked"
            " WHERE table_name = 'pgbench_accounts'"
        ).fetchone()[0]
    return f"sum(c) through pgstitch = {total}, parked increments = {parked}"


def _script_tps(endpoint: Endpoint, script: Path, mode: str, args: argparse.Namespace) -> float:
    return script_tps(
        endpoint, str(script), mode, args.clients, args.threads, args.duration, args.scale
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prepare(args)
    started = datetime.now(UTC)
    load = os.getloadavg()[0]
    unsupported: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="pgstitch-write-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        os.chmod(work, 0o755)
        script = work / "increment.sql"
        script.write_text(WRITE_SCRIPT)
        config = work / "shadow.toml"
        config.write_text(CONFIG)
        bouncer: Target = stack.enter_context(
            pgbouncer(args.postgres_port, work / "pgbouncer", args.clients)
        )
        real = Endpoint(HOST, bouncer.port, TWIN_DB)
        shadow_dsn = f"postgresql://postgres@{HOST}:{args.postgres_port}/{SHADOW_DB}"
        proxies: dict[str, Endpoint] = {}
        for store in args.stores:
            url = args.redis if store == "redis" else store
            try:
                target: Target = stack.enter_context(
                    pgstitch(
                        shadow_dsn,
                        work / f"pgstitch-{store}",
                        ("--store", url, "--config", str(config)),
                    )
                )
            except ServerFailed as exc:
                unsupported[store] = str(exc).splitlines()[0]
                continue
            endpoint = Endpoint(HOST, target.port, SHADOW_DB)
            try:  # a short probe: does this store take writes through this build?
                probe = argparse.Namespace(**{**vars(args), "duration": 1})
                _script_tps(endpoint, script, "simple", probe)
            except PgbenchFailed as exc:
                unsupported[store] = _first_error(str(exc))
                continue
            proxies[store] = endpoint
        runs: dict[str, Callable[[], float]] = {}
        for mode in args.modes:
            runs[f"real column via PgBouncer, {mode}"] = lambda m=mode: _script_tps(
                real, script, m, args
            )
            for store, endpoint in proxies.items():
                runs[f"shadow column via pgstitch ({store}), {mode}"] = lambda m=mode, e=endpoint: (
                    _script_tps(e, script, m, args)
                )
        results = interleave(args.rounds, runs)
        sanity = check_counts(args, proxies["postgres"]) if "postgres" in proxies else ""
    body = report(args, started, load, results, unsupported, sanity)
    replace_section(args.output, SECTION, body, title="# Benchmarks")
    print(body)
    return 0


def _first_error(output: str) -> str:
    for line in output.splitlines():
        if "ERROR" in line or "error" in line:
            return line.strip()[:200]
    return output.strip().splitlines()[-1][:200] if output.strip() else "failed"


def report(
    args: argparse.Namespace,
    started: datetime,
    load: float,
    results: dict[str, list[float]],
    unsupported: dict[str, str],
    sanity: str,
) -> str:
    """The markdown section with medians and ratios."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines = [
        "## Write path: `UPDATE … SET c = c + 1` on a shadow column",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores"
        f" ({platform.processor() or platform.machine()}), pgstitch {commit}; one-minute load"
        f" average {load:.1f} at the start. Generated by `python bench/write_bench.py`"
        f" ({args.rounds} rounds x {args.duration} s, {args.clients} clients, {args.threads}"
        f" threads, scale {args.scale}, targets interleaved). Script:"
        " `UPDATE pgbench_accounts SET c = c + 1 WHERE aid = :id` with a random aid; `c` is a"
        " real column of a twin database through PgBouncer (session mode), a shadow column"
        " through pgstitch.",
        "",
        "| mode | target | median tps (min to max) | / PgBouncer |",
        "|---|---|---:|---:|",
    ]
    for mode in args.modes:
        base = statistics.median(results[f"real column via PgBouncer, {mode}"])
        for name, values in results.items():
            if not name.endswith(f", {mode}"):
                continue
            median = statistics.median(values)
            target = name.removesuffix(f", {mode}")
            lines.append(
                f"| {mode} | {target} | {median:,.0f} ({min(values):,.0f} to"
                f" {max(values):,.0f}) | {median / base:.2f} |"
            )
    for store, why in unsupported.items():
        lines += ["", f"Store `{store}`: not measured, the write failed through this build: {why}"]
    if sanity:
        lines += ["", f"After the runs: {sanity}."]
    lines += ["", "Raw tps per round:", "", "```", json.dumps(results, indent=1), "```"]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
