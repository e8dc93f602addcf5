"""The servers proxy_bench.py compares, each started as its own process on a free loopback port:
PgBouncer in session mode, `pgstitch serve`, and the bare socket pump (bench/pump.py)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
PUMP = Path(__file__).with_name("pump.py")


class ServerFailed(RuntimeError):
    """A server did not come up; the message carries its log."""


@dataclass(frozen=True)
class Target:
    """Something pgbench can connect to, and the process whose memory we can read (if any)."""

    name: str
    port: int
    pid: int | None = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def pgbouncer(upstream_port: int, workdir: Path, max_clients: int) -> Iterator[Target]:
    """PgBouncer in session mode, trust auth, in front of 127.0.0.1:upstream_port.

    PgBouncer refuses to run as root, so as root it runs as the `postgres` user.
    """
    if shutil.which("pgbouncer") is None:
        raise ServerFailed("pgbouncer is not installed")
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "userlist.txt").write_text('"postgres" ""\n')
    (workdir / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={HOST} port={upstream_port}\n"
        "[pgbouncer]\n"
        f"listen_addr = {HOST}\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {workdir / 'userlist.txt'}\n"
        f"pool_mode = session\nmax_client_conn = {max_clients + 20}\n"
        f"default_pool_size = {max_clients + 20}\n"
        f"logfile = {workdir / 'pgbouncer.log'}\n"
    )
    user = _unprivileged_user(workdir)
    command = ["pgbouncer", str(workdir / "pgbouncer.ini")]
    with _process("PgBouncer", command, port, workdir / "stderr.log", user) as target:
        yield target


@contextmanager
def pgstitch(
    upstream_dsn: str, workdir: Path, options: tuple[str, ...] = ("--store", "memory")
) -> Iterator[Target]:
    """`pgstitch serve` with no sync task; by default the in-memory store: the proxy core alone."""
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pgstitch.cli", "serve", "--listen", f"{HOST}:{port}",
        "--upstream", upstream_dsn, "--no-sync", "--log-level", "warning", *options,
    ]  # fmt: skip
    with _process("pgstitch", command, port, workdir / "pgstitch.log") as target:
        yield target


@contextmanager
def pump(upstream_port: int, workdir: Path) -> Iterator[Target]:
    """The bare uvloop socket pump."""
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, str(PUMP), "--listen", f"{HOST}:{port}",
        "--upstream", f"{HOST}:{upstream_port}",
    ]  # fmt: skip
    with _process("pump", command, port, workdir / "pump.log") as target:
        yield target


def rss_kib(pid: int) -> int:
    """Resident set size of a process, in KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise ServerFailed(f"no VmRSS for process {pid}")


@contextmanager
def _process(
    name: str, command: list[str], port: int, log: Path, user: str | None = None
) -> Iterator[Target]:
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink, user=user, group=user
        )
    try:
        _wait_for_port(name, process, port, log)
        yield Target(name, port, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_port(name: str, process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(f"{name} exited with {process.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise ServerFailed(f"{name} did not listen on port {port}:\n{log.read_text()}")


def _unprivileged_user(workdir: Path) -> str | None:
    """`postgres` (owning workdir) when we are root, else None (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    record = pwd.getpwnam("postgres")
    for path in [workdir, *workdir.iterdir()]:
        os.chown(path, record.pw_uid, record.pw_gid)
    return "postgres"
