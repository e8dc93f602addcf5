"""What the read path costs: passthrough beside served shadow columns, and reading one.

Two measurements, each interleaved round by round with PgBouncer in session mode and written to
docs/benchmarks.md:

1. Passthrough: `pgbench -S` in the three query modes through pgstitch while 10 shadow columns
   are active on tables the workload does not touch, against the same through PgBouncer.
2. Shadow read: a pgbench script reading `loyalty` by primary key, in each query mode of
   `--read-modes` (all three by default). Through pgstitch (postgres store) the column is a
   shadow column, with 0 and then 10,000 values parked; through PgBouncer, on a twin database, it
   is a real column.

Run by hand from the repository root with the local Postgres running:

    python bench/shadow_read_bench.py                  # 3 rounds x 10 s
    python bench/shadow_read_bench.py --rounds 1 --duration 3 --output /dev/stdout
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from markdown_section import replace_section
from pgbench_runs import (
    Endpoint,
    admin_connection,
    ensure_pgbench_databases,
    interleave,
    script_tps,
    select_only_tps,
)
from servers import HOST, Target, pgbouncer, pgstitch

MODES = ("simple", "extended", "prepared")
SECTION = "shadow-read-bench"
ROOT = Path(__file__).resolve().parent.parent
SHADOW_DB = "pgstitch_bench_shadow"
TWIN_DB = "pgstitch_bench_twin"
UNTOUCHED = [("pgbench_branches", f"note_{i}", "text") for i in range(5)] + [
    ("pgbench_tellers", f"score_{i}", "integer") for i in range(5)
]
READ_SCRIPT = (
    "\\set aid random(1, 100000 * :scale)\n"
    "SELECT abalance, loyalty FROM pgbench_accounts WHERE aid = :aid;\n"
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10, help="seconds per pgbench run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--parked", type=int, default=10_000, help="values parked in phase two")
    parser.add_argument(
        "--read-modes", default="prepared,extended,simple", help="pgbench -M modes of the read"
    )
    parser.add_argument("--postgres-port", type=int, default=5432)
    parser.add_argument("--skip-init", action="store_true", help="reuse the pgbench tables")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    args.read_modes = [mode for mode in args.read_modes.split(",") if mode]
    if not args.read_modes or set(args.read_modes) - set(MODES):
        parser.error(f"--read-modes: a comma-separated choice of {', '.join(MODES)}")
    if min(args.rounds, args.duration, args.clients, args.threads, args.scale) < 1:
        parser.error("--rounds, --duration, --clients, --threads and --scale must be positive")
    return args


def prepare(args: argparse.Namespace) -> None:
    """Create both databases with pgbench tables; the twin gets `loyalty` as a real column."""
    ensure_pgbench_databases(
        HOST, args.postgres_port, (SHADOW_DB, TWIN_DB), args.scale, args.skip_init
    )
    with admin_connection(HOST, args.postgres_port, TWIN_DB) as conn:
        conn.execute(
            "ALTER TABLE pgbench_accounts ADD COLUMN IF NOT EXISTS loyalty integer DEFAULT 0"
        )
    with admin_connection(HOST, args.postgres_port, SHADOW_DB) as conn:
        conn.execute("ALTER TABLE pgbench_accounts DROP COLUMN IF EXISTS loyalty")


def park(port: int, count: int) -> None:
    """Leave exactly `count` parked loyalty values (keys 1..count) in the shadow database."""
    with admin_connection(HOST, port, SHADOW_DB) as conn:
        conn.execute("DELETE FROM pgstitch.parked WHERE table_name = 'pgbench_accounts'")
        conn.execute(
            "INSERT INTO pgstitch.parked (schema_name, table_name, row_key, vals)"
            " SELECT 'public', 'pgbench_accounts', aid::text,"
            " jsonb_build_object('loyalty', (aid %% 100)::text)"
            " FROM generate_series(1, %s) AS aid",
            (count,),
        )
        conn.execute("ANALYZE pgstitch.parked")


def config_file(path: Path, columns: list[tuple[str, str, str]]) -> Path:
    """A pgstitch configuration declaring these shadow columns."""
    entries = [
        f'[[shadow]]\ntable = "{table}"\ncolumn = "{column}"\ntype = "{type_}"\n'
        for table, column, type_ in columns
    ]
    path.write_text("\n".join(entries))
    return path


def _read_tps(endpoint: Endpoint, script: Path, mode: str, args: argparse.Namespace) -> float:
    return script_tps(
        endpoint, str(script), mode, args.clients, args.threads, args.duration, args.scale
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prepare(args)
    started = datetime.now(UTC)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="pgstitch-shadow-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        os.chmod(work, 0o755)
        script = work / "read_loyalty.sql"
        script.write_text(READ_SCRIPT)
        shadow_dsn = f"postgresql://postgres@{HOST}:{args.postgres_port}/{SHADOW_DB}"
        bouncer: Target = stack.enter_context(
            pgbouncer(args.postgres_port, work / "pgbouncer", args.clients)
        )
        untouched_config = config_file(work / "untouched.toml", UNTOUCHED)
        passthrough: Target = stack.enter_context(
            pgstitch(
                shadow_dsn,
                work / "pgstitch-untouched",
                ("--store", "memory", "--config", str(untouched_config)),
            )
        )
        reading_config = config_file(
            work / "reading.toml", [("pgbench_accounts", "loyalty", "integer")]
        )
        reading: Target = stack.enter_context(
            pgstitch(
                shadow_dsn,
                work / "pgstitch-reading",
                ("--store", "postgres", "--config", str(reading_config)),
            )
        )
        via_bouncer = Endpoint(HOST, bouncer.port, SHADOW_DB)
        via_stitch = Endpoint(HOST, passthrough.port, SHADOW_DB)
        via_reading = Endpoint(HOST, reading.port, SHADOW_DB)
        runs: dict[str, Callable[[], float]] = {}
        for mode in MODES:
            runs[f"PgBouncer -S {mode}"] = lambda m=mode: select_only_tps(
                via_bouncer, m, args.clients, args.threads, args.duration
            )
            runs[f"pgstitch -S {mode}"] = lambda m=mode: select_only_tps(
                via_stitch, m, args.clients, args.threads, args.duration
            )
            runs[f"pgstitch served table -S {mode}"] = lambda m=mode: select_only_tps(
                via_reading, m, args.clients, args.threads, args.duration
            )
        passthrough_results = interleave(args.rounds, runs)

        read_results: dict[int, dict[str, list[float]]] = {}
        real = Endpoint(HOST, bouncer.port, TWIN_DB)
        shadow = Endpoint(HOST, reading.port, SHADOW_DB)
        for count in (0, args.parked):
            park(args.postgres_port, count)
            reads: dict[str, Callable[[], float]] = {}
            for mode in args.read_modes:
                reads[f"real column via PgBouncer, {mode}"] = lambda m=mode: _read_tps(
                    real, script, m, args
                )
                reads[f"shadow column via pgstitch, {mode}"] = lambda m=mode: _read_tps(
                    shadow, script, m, args
                )
            read_results[count] = interleave(args.rounds, reads)
    body = report(args, started, load, passthrough_results, read_results)
    replace_section(args.output, SECTION, body)
    print(body)
    return 0


def _median(values: list[float]) -> float:
    return statistics.median(values)


def report(
    args: argparse.Namespace,
    started: datetime,
    load: float,
    passthrough: dict[str, list[float]],
    reads: dict[int, dict[str, list[float]]],
) -> str:
    """The markdown section with medians and ratios."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines = [
        "## Read path: passthrough beside shadow columns, and reading one",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores"
        f" ({platform.processor() or platform.machine()}), pgstitch {commit}; one-minute load"
        f" average {load:.1f} at the start. Generated by `python bench/shadow_read_bench.py`"
        f" ({args.rounds} rounds x {args.duration} s, {args.clients} clients, {args.threads}"
        f" threads, scale {args.scale}, targets interleaved).",
        "",
        "Passthrough: `pgbench -S` while 10 shadow columns are active on pgbench_branches and"
        " pgbench_tellers, which the workload does not read (memory store); and, in the last"
        " two columns, while `loyalty` is served on pgbench_accounts itself, the table `-S`"
        " reads without naming the column (postgres store): every Query names a served table,"
        " so it is recognised by its shape (docs/proxy.md).",
        "",
        "| mode | PgBouncer tps | pgstitch tps | pgstitch / PgBouncer"
        " | pgstitch, served table | / PgBouncer |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for mode in MODES:
        bouncer = _median(passthrough[f"PgBouncer -S {mode}"])
        stitch = _median(passthrough[f"pgstitch -S {mode}"])
        served = _median(passthrough[f"pgstitch served table -S {mode}"])
        lines.append(
            f"| {mode} | {bouncer:,.0f} | {stitch:,.0f} | {stitch / bouncer:.2f}"
            f" | {served:,.0f} | {served / bouncer:.2f} |"
        )
    lines += [
        "",
        "Shadow read: `SELECT abalance, loyalty FROM pgbench_accounts WHERE aid = :aid`."
        " Through pgstitch `loyalty` is a shadow column (postgres store, values in"
        " pgstitch.parked); through PgBouncer it is a real column of a twin database.",
        "",
        "| parked values | mode | real column via PgBouncer | shadow column via pgstitch | ratio |",
        "|---:|---|---:|---:|---:|",
    ]
    for count, results in reads.items():
        for mode in args.read_modes:
            real = _median(results[f"real column via PgBouncer, {mode}"])
            shadow = _median(results[f"shadow column via pgstitch, {mode}"])
            lines.append(
                f"| {count:,} | {mode} | {real:,.0f} | {shadow:,.0f} | {shadow / real:.2f} |"
            )
    lines += [
        "",
        "Raw tps per round:",
        "",
        "```",
        json.dumps(
            {"passthrough": passthrough, "reads": {str(k): v for k, v in reads.items()}}, indent=1
        ),
        "```",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
