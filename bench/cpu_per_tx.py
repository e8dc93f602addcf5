"""CPU time a proxy process spends per transaction: a measure that holds on a busy machine.

Throughput through a proxy depends on what else competes for the cores; the CPU the proxy
process itself burns for a fixed number of transactions hardly does. This runs `pgbench` with
`-t` (a fixed count per client) against each target and reads the process's user and system
time from /proc before and after:

    python bench/cpu_per_tx.py                                  # plain passthrough, -S
    python bench/cpu_per_tx.py --targets pgstitch-untouched     # 10 shadow columns, unread
    python bench/cpu_per_tx.py --targets pgstitch-reading --script read   # a shadow read

Targets: `pump` (bench/pump.py), `pgstitch` (memory store, nothing served),
`pgstitch-untouched` (10 served shadow columns on tables `-S` does not read),
`pgstitch-reading` (postgres store, `loyalty` served on pgbench_accounts), `pgbouncer`.
The databases of bench/proxy_bench.py and bench/shadow_read_bench.py must exist.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from pgbench_runs import Endpoint
from servers import HOST, Target, pgbouncer, pgstitch, pump
from shadow_read_bench import READ_SCRIPT, SHADOW_DB, UNTOUCHED, config_file

MODES = ("simple", "extended", "prepared")
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User and system time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / TICK, int(fields[12]) / TICK


@contextmanager
def target(name: str, port: int, work: Path, clients: int) -> Iterator[tuple[Target, str]]:
    """The named target and the database to run against."""
    dsn = f"postgresql://postgres@{HOST}:{port}"
    if name == "pump":
        with pump(port, work / name) as started:
            yield started, "pgstitch_bench"
    elif name == "pgbouncer":
        with pgbouncer(port, work / name, clients) as started:
            yield started, "pgstitch_bench"
    elif name == "pgstitch":
        with pgstitch(f"{dsn}/pgstitch_bench", work / name) as started:
            yield started, "pgstitch_bench"
    elif name == "pgstitch-untouched":
        config = config_file(work / "untouched.toml", UNTOUCHED)
        options = ("--store", "memory", "--config", str(config))
        with pgstitch(f"{dsn}/{SHADOW_DB}", work / name, options) as started:
            yield started, SHADOW_DB
    elif name == "pgstitch-reading":
        config = config_file(work / "reading.toml", [("pgbench_accounts", "loyalty", "integer")])
        options = ("--store", "postgres", "--config", str(config))
        with pgstitch(f"{dsn}/{SHADOW_DB}", work / name, options) as started:
            yield started, SHADOW_DB
    else:
        raise SystemExit(f"unknown target {name!r}")


def run_pgbench(endpoint: Endpoint, mode: str, args: argparse.Namespace, script: Path | None):
    command = ["pgbench", "-n", "-M", mode, "-c", str(args.clients), "-j", str(args.threads)]
    command += ["-t", str(args.transactions)]
    command += ["-S"] if script is None else ["-f", str(script), "-D", "scale=10"]
    subprocess.run(command, env=endpoint.env(), check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", default="pump,pgstitch")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--script", choices=("select-only", "read"), default="select-only")
    parser.add_argument("--transactions", type=int, default=5000, help="per client")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres-port", type=int, default=5432)
    args = parser.parse_args(argv)
    total = args.transactions * args.clients
    with tempfile.TemporaryDirectory(prefix="pgstitch-cpu-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        os.chmod(work, 0o755)
        script = None
        if args.script == "read":
            script = work / "read.sql"
            script.write_text(READ_SCRIPT)
        for name in args.targets.split(","):
            started, database = stack.enter_context(
                target(name, args.postgres_port, work, args.clients)
            )
            endpoint = Endpoint(HOST, started.port, database)
            for mode in args.modes.split(","):
                run_pgbench(endpoint, mode, args, script)  # warm up
                samples, users = [], []
                for _ in range(args.rounds):
                    user, system = cpu_seconds(started.pid)
                    run_pgbench(endpoint, mode, args, script)
                    user_after, system_after = cpu_seconds(started.pid)
                    users.append((user_after - user) / total * 1e6)
                    samples.append((user_after - user + system_after - system) / total * 1e6)
                print(
                    f"{name:20} {mode:9} {statistics.median(samples):6.1f} us CPU per transaction"
                    f" ({statistics.median(users):5.1f} user)"
                    f"  [{', '.join(f'{s:.1f}' for s in samples)}]",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
