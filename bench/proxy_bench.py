"""Throughput of pgstitch's proxy core beside direct Postgres, PgBouncer and a bare socket pump.

Runs `pgbench -S` (8 clients, 2 threads by default) in the simple, extended and prepared query
modes against all four targets, interleaved round by round, then measures each proxy's resident
memory with 100 idle client connections, and rewrites its section of docs/benchmarks.md with the
medians and ratios. Run by hand, from the repository root, with the local Postgres running:

    python bench/proxy_bench.py                       # 5 rounds x 10 s per mode and target
    python bench/proxy_bench.py --rounds 1 --duration 3 --output /dev/stdout   # a quick look
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import uvloop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the throwaway cluster of the test helpers

from markdown_section import replace_section  # noqa: E402
from pgbench_runs import Endpoint, PgbenchFailed, initialise, select_only_tps  # noqa: E402
from servers import HOST, ServerFailed, Target, pgbouncer, pgstitch, pump, rss_kib  # noqa: E402

from tests.helpers.cluster import ClusterUnavailable, ThrowawayCluster  # noqa: E402

MODES = ("simple", "extended", "prepared")
SECTION = "proxy-bench"
Results = dict[tuple[str, str], list[float]]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds per mode and target")
    parser.add_argument("--duration", type=int, default=10, help="seconds per pgbench run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--scale", type=int, default=10, help="pgbench -i scale factor")
    parser.add_argument("--idle-clients", type=int, default=100, help="for the memory reading")
    parser.add_argument("--postgres-port", type=int, default=5432, help="on 127.0.0.1")
    parser.add_argument("--database", default="pgstitch_bench", help="created when missing")
    parser.add_argument("--skip-init", action="store_true", help="reuse the pgbench tables")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    if min(args.rounds, args.duration, args.clients, args.threads, args.scale) < 1:
        parser.error("--rounds, --duration, --clients, --threads and --scale must be positive")
    return args


def prepare_database(direct: Endpoint, scale: int, skip_init: bool) -> None:
    """Create the benchmark database when missing and load it with pgbench -i."""
    admin = f"host={direct.host} port={direct.port} user={direct.user} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (direct.database,)
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{direct.database}"')
    if not skip_init:
        print(f"initialising {direct.database} at scale {scale}...", file=sys.stderr)
        initialise(direct, scale)


def run_rounds(targets: list[Target], database: str, args: argparse.Namespace) -> Results:
    """pgbench -S on every target and mode, several rounds, the target order rotated each round."""
    results: Results = {}
    for round_number in range(args.rounds):
        for mode in MODES:
            shift = round_number % len(targets)
            for target in targets[shift:] + targets[:shift]:
                endpoint = Endpoint(HOST, target.port, database)
                tps = select_only_tps(endpoint, mode, args.clients, args.threads, args.duration)
                results.setdefault((mode, target.name), []).append(tps)
                print(
                    f"round {round_number + 1}/{args.rounds} {mode:8} {target.name:9} {tps:9.0f} tps",
                    file=sys.stderr,
                )
    return results


def idle_memory(target: Target, database: str, count: int) -> tuple[int, int]:
    """RSS of the target's process (KiB) before and while `count` idle clients are connected."""
    before = rss_kib(target.pid)
    conninfo = f"host={HOST} port={target.port} dbname={database} user=postgres sslmode=disable"
    connections = []
    try:
        for _ in range(count):
            conn = psycopg.connect(conninfo, autocommit=True)
            conn.execute("SELECT 1")
            connections.append(conn)
        time.sleep(1)
        during = rss_kib(target.pid)
    finally:
        for conn in connections:
            conn.close()
    return before, during


def free_backend_slots(direct: Endpoint) -> int:
    conninfo = f"host={direct.host} port={direct.port} user={direct.user} dbname=postgres"
    with psycopg.connect(conninfo) as conn:
        return conn.execute(
            "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity"
            " WHERE backend_type = 'client backend'"
        ).fetchone()[0]


def wait_for_backends_to_drain(direct: Endpoint, needed: int, timeout: float = 60) -> None:
    """Wait until Postgres has room for `needed` more connections."""
    deadline = time.monotonic() + timeout
    while (free := free_backend_slots(direct)) < needed:
        if time.monotonic() > deadline:
            raise ServerFailed(
                f"Postgres on port {direct.port} has {free} free connection slots after"
                f" {timeout:.0f} s, the memory reading needs {needed}"
            )
        time.sleep(0.5)


def environment(direct: Endpoint) -> str:
    """One line naming the machine and the versions measured."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    conninfo = f"host={direct.host} port={direct.port} user={direct.user} dbname=postgres"
    with psycopg.connect(conninfo) as conn:
        postgres = conn.execute("SHOW server_version").fetchone()[0].split()[0]
    bouncer = _first_line(["pgbouncer", "--version"]).removeprefix("PgBouncer ")
    revision = _first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    return (
        f"{os.cpu_count()} cores ({cpu}), PostgreSQL {postgres}, PgBouncer {bouncer}, "
        f"Python {platform.python_version()}, uvloop {uvloop.__version__}, pgstitch {revision}"
    )


def _first_line(command: list[str]) -> str:
    try:
        output = subprocess.run(command, capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return "unknown"
    return output.strip().splitlines()[0] if output.strip() else "unknown"


def render(
    results: Results,
    memory: dict[str, tuple[int, int]],
    names: list[str],
    args: argparse.Namespace,
    machine: str,
    load: float,
) -> str:
    """The Markdown section: settings, throughput table, ratios, verdict, memory."""
    median = {key: statistics.median(values) for key, values in results.items()}
    command = shlex.join(["python", "bench/proxy_bench.py", *sys.argv[1:]])
    pgbench = f"pgbench -n -S -c {args.clients} -j {args.threads} -T {args.duration} -M MODE"
    lines = [
        "## Proxy core: pgbench -S through pgstitch, PgBouncer and a bare socket pump",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}."
        f" The one-minute load average was {load:.1f} when the run started (other work on the"
        " machine competes for the same cores).",
        f"Generated by `{command}`. Each target ran `{pgbench}` on a scale {args.scale}"
        f" database, {args.rounds} rounds, targets interleaved with the order rotated each round.",
        "`direct` is Postgres itself; PgBouncer runs in session mode; pgstitch is"
        " `pgstitch serve --store memory --no-sync`; `pump` is bench/pump.py, a uvloop"
        " asyncio.Protocol pump with flow control and no parsing.",
        "",
        "Median tps (slowest to fastest round in brackets):",
        "",
        "| mode | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for mode in MODES:
        cells = [
            f"{median[mode, name]:,.0f} ({min(results[mode, name]):,.0f} to "
            f"{max(results[mode, name]):,.0f})"
            for name in names
        ]
        lines.append(f"| {mode} | " + " | ".join(cells) + " |")
    ratios = [("pgstitch", "PgBouncer"), ("pgstitch", "direct"), ("pgstitch", "pump"),
              ("pump", "PgBouncer")]  # fmt: skip
    lines += ["", "Ratios of the medians:", "", "| mode | "
              + " | ".join(f"{a} / {b}" for a, b in ratios) + " |",
              "|---|" + "---:|" * len(ratios)]  # fmt: skip
    for mode in MODES:
        cells = [f"{median[mode, a] / median[mode, b]:.2f}" for a, b in ratios]
        lines.append(f"| {mode} | " + " | ".join(cells) + " |")
    short = [m for m in MODES if median[m, "pgstitch"] < 0.9 * median[m, "PgBouncer"]]
    verdict = "met in every mode" if not short else f"not met in: {', '.join(short)}"
    lines += ["", f"Target pgstitch >= 0.9 x PgBouncer: **{verdict}**.", ""]
    lines += [
        f"### Resident memory with {args.idle_clients} idle client connections",
        "",
        "VmRSS from /proc/PID/status of each proxy freshly started in front of a throwaway"
        " Postgres cluster (so the shared one needs no free slots), before and while"
        f" {args.idle_clients} psycopg connections that each ran `SELECT 1` sit idle.",
        "",
        f"| server | RSS at start | RSS with {args.idle_clients} idle clients | per client |",
        "|---|---:|---:|---:|",
    ]
    for name, (before, during) in memory.items():
        per_client = (during - before) / args.idle_clients
        lines.append(
            f"| {name} | {before / 1024:.1f} MiB | {during / 1024:.1f} MiB | {per_client:.0f} KiB |"
        )
    return "\n".join(lines) + "\n"


ServerFactory = Callable[[Path], AbstractContextManager[Target]]


def proxies(args: argparse.Namespace, upstream: Endpoint) -> dict[str, ServerFactory]:
    """How to start each proxy in front of `upstream`, given a working directory of its own."""
    dsn = f"postgresql://postgres@{HOST}:{upstream.port}/{upstream.database}?sslmode=disable"
    max_clients = max(args.clients, args.idle_clients)
    return {
        "PgBouncer": lambda workdir: pgbouncer(upstream.port, workdir, max_clients),
        "pgstitch": lambda workdir: pgstitch(dsn, workdir),
        "pump": lambda workdir: pump(upstream.port, workdir),
    }


def memory_readings(args: argparse.Namespace, workdir: Path) -> dict[str, tuple[int, int]]:
    """RSS of each freshly started proxy, before and with the idle clients connected.

    The proxies sit in front of a throwaway cluster with room for every idle client, so the
    reading neither depends on nor disturbs the connection slots of the shared Postgres.
    """
    cluster = ThrowawayCluster(max_connections=args.idle_clients + 20)
    try:
        cluster.create()
        upstream = Endpoint(HOST, cluster.port, "postgres")
        memory: dict[str, tuple[int, int]] = {}
        for name, start in proxies(args, upstream).items():
            wait_for_backends_to_drain(upstream, args.idle_clients)
            with start(workdir / f"{name}-memory") as target:
                memory[name] = idle_memory(target, upstream.database, args.idle_clients)
        return memory
    finally:
        cluster.destroy()


def throughput(args: argparse.Namespace, direct: Endpoint, workdir: Path) -> Results:
    """The pgbench rounds against direct Postgres and each proxy in front of it."""
    with ExitStack() as stack:
        targets = [Target("direct", direct.port)] + [
            stack.enter_context(start(workdir / f"{name}-throughput"))
            for name, start in proxies(args, direct).items()
        ]
        return run_rounds(targets, direct.database, args)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load = os.getloadavg()[0]
    direct = Endpoint(HOST, args.postgres_port, args.database)
    try:
        prepare_database(direct, args.scale, args.skip_init)
        with tempfile.TemporaryDirectory(prefix="proxy-bench-") as workdir:
            Path(workdir).chmod(0o711)  # PgBouncer may run as another user inside it
            memory = memory_readings(args, Path(workdir))
            results = throughput(args, direct, Path(workdir))
        names = ["direct", *proxies(args, direct)]
        section = render(results, memory, names, args, environment(direct), load)
    except (PgbenchFailed, ServerFailed, ClusterUnavailable, psycopg.Error, OSError) as exc:
        print(f"proxy_bench: {exc}", file=sys.stderr)
        return 1
    if str(args.output) == "/dev/stdout":
        print(section)
    else:
        replace_section(args.output, SECTION, section)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
