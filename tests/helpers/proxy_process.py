"""`pgstitch serve` as a child process: start it on a free port, wait until it serves, stop it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .net import LOCALHOST, Endpoint, accepts_connections, free_port

READY_MARKER = "listening"
START_TIMEOUT = 20.0
PORT_ATTEMPTS = 3


class ProxyFailedToStart(RuntimeError):
    """`pgstitch serve` exited or never became ready; the message carries its stderr."""


class ProxyProcess:
    """One running `pgstitch serve`; its stderr goes to a file so tests can read it at any time."""

    live: weakref.WeakSet[ProxyProcess] = weakref.WeakSet()
    """Every proxy started and not yet collected, so a failing test can show their logs."""

    def __init__(self, process: subprocess.Popen[bytes], stderr_path: Path, port: int) -> None:
        self.process = process
        self.stderr_path = stderr_path
        self.endpoint = Endpoint(LOCALHOST, port)
        ProxyProcess.live.add(self)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stderr(self) -> str:
        """Everything the proxy wrote to stderr so far."""
        return self.stderr_path.read_text(errors="replace")

    def stderr_tail(self, lines: int = 30) -> str:
        """The last lines of stderr, for failure reports."""
        return "\n".join(self.stderr().splitlines()[-lines:])

    def assert_no_traceback(self) -> None:
        """Fail when the proxy printed a Python traceback."""
        text = self.stderr()
        assert "Traceback" not in text, f"pgstitch serve printed a traceback:\n{text}"

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self, timeout: float) -> int:
        """Wait for the process to exit and return its exit code."""
        return self.process.wait(timeout=timeout)

    def signal(self, signum: int) -> None:
        if self.running():
            self.process.send_signal(signum)

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, then SIGKILL if still running after timeout seconds; returns the exit code."""
        self.signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=timeout)


def start_proxy(upstream: str, log_dir: Path, *extra_args: str) -> ProxyProcess:
    """Start `pgstitch serve --upstream UPSTREAM` on a free loopback port and wait until it serves.

    extra_args are passed on as they are (e.g. "--tls-cert", path); `--store memory` is the default
    unless extra_args choose a store.
    """
    store = () if "--store" in extra_args else ("--store", "memory")
    for attempt in range(1, PORT_ATTEMPTS + 1):
        port = free_port()
        stderr_path = log_dir / f"pgstitch-serve-{port}.log"
        command = [
            sys.executable, "-m", "pgstitch.cli", "serve",
            "--listen", f"{LOCALHOST}:{port}", "--upstream", upstream, *store, *extra_args,
        ]  # fmt: skip
        with stderr_path.open("wb") as stderr:
            process = _spawn(command, stderr)
        proxy = ProxyProcess(process, stderr_path, port)
        try:
            _wait_until_ready(proxy)
        except ProxyFailedToStart:
            if attempt < PORT_ATTEMPTS and "in use" in proxy.stderr():
                continue
            raise
        return proxy
    raise AssertionError("unreachable")


@contextmanager
def serving(upstream: str, log_dir: Path, *extra_args: str) -> Iterator[ProxyProcess]:
    """start_proxy as a context: stopped on exit, which fails if the proxy printed a traceback."""
    proxy = start_proxy(upstream, log_dir, *extra_args)
    try:
        yield proxy
    finally:
        proxy.stop()
    proxy.assert_no_traceback()


def _spawn(command: list[str], stderr: IO[bytes]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr, env=env
    )


def _wait_until_ready(proxy: ProxyProcess) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not proxy.running():
            raise ProxyFailedToStart(
                f"pgstitch serve exited with {proxy.process.returncode}:\n{proxy.stderr()}"
            )
        if READY_MARKER in proxy.stderr() and accepts_connections(*proxy.endpoint.address):
            return
        time.sleep(0.05)
    proxy.stop()
    raise ProxyFailedToStart(f"pgstitch serve not ready after {START_TIMEOUT}s:\n{proxy.stderr()}")


StartProxy = Callable[..., ProxyProcess]
"""The type of the `start_proxy_process` fixture: (upstream_dsn, *serve_args) -> ProxyProcess."""
