"""Helpers for the store tests: running coroutines, backends under test, throwaway servers."""

from __future__ import annotations

import asyncio
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import psycopg
import redis

from shadow.store.base import ShadowStore
from shadow.store.memory import MemoryStore
from shadow.store.postgres import PostgresStore
from shadow.store.redis import RedisStore
from tests.helpers.net import LOCALHOST, free_port, wait_for_port

T = TypeVar("T")


def run(body: Awaitable[T], timeout: float = 60.0) -> T:
    """Run one coroutine to completion on a fresh event loop, with a deadline."""

    async def bounded() -> T:
        return await asyncio.wait_for(body, timeout)

    return asyncio.run(bounded())


@dataclass
class Backend:
    """One store backend under test; `open()` gives a new client of the same shared state."""

    kind: str
    url: str | None = None  # redis URL (with its unique key prefix)
    dsn: str | None = None  # the managed database (postgres) or a scratch one (others)
    _memory: MemoryStore | None = field(default=None, repr=False)

    @property
    def shared_between_processes(self) -> bool:
        return self.kind != "memory"

    def open(self, **options: float) -> ShadowStore:
        """A store client; memory has one instance per test (it is one process's state)."""
        if self.kind == "memory":
            if self._memory is None:
                self._memory = MemoryStore()
            return self._memory
        if self.kind == "postgres":
            assert self.dsn is not None
            return PostgresStore(self.dsn, **options)
        assert self.url is not None
        return RedisStore(self.url, **options)


async def with_stores(backend: Backend, count: int, body: Callable[..., Awaitable[T]]) -> T:
    """Open `count` store clients, run `body(*stores)`, close them."""
    stores = [backend.open() for _ in range(count)]
    try:
        return await body(*stores)
    finally:
        for store in stores:
            await store.close()


def create_database(admin_conninfo: str) -> str:
    """A new, uniquely named, empty database; returns its name."""
    name = f"pgstitch_store_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return name


def drop_database(admin_conninfo: str, name: str) -> None:
    with psycopg.connect(admin_conninfo, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def delete_keys(url: str, prefix: str) -> None:
    """Remove every key under a prefix of the Redis at url."""
    client = redis.Redis.from_url(url)
    try:
        pattern = "".join("\\" + c if c in "*?[]\\" else c for c in prefix) + "*"
        keys = list(client.scan_iter(match=pattern, count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


class RedisServer:
    """A redis-server of our own on a free port, appending every write to disk (fsync always)."""

    def __init__(self) -> None:
        if shutil.which("redis-server") is None:
            raise RuntimeError("redis-server is not installed")
        self.dir = Path(tempfile.mkdtemp(prefix="pgstitch-redis-"))
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{LOCALHOST}:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", LOCALHOST, "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if wait_for_port(LOCALHOST, self.port, 0.2):
                try:
                    redis.Redis(host=LOCALHOST, port=self.port).ping()
                    return
                except redis.exceptions.BusyLoadingError:
                    pass
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        """Shut down cleanly (SIGTERM) and wait."""
        self._signal_and_wait(signal.SIGTERM)

    def kill(self) -> None:
        """Crash it (SIGKILL): only what was appended and fsynced survives."""
        self._signal_and_wait(signal.SIGKILL)

    def pause(self) -> None:
        """Freeze it (SIGSTOP): connections stay open, nothing answers."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def _signal_and_wait(self, sig: signal.Signals) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.send_signal(sig)
            self.process.wait(timeout=10)
        self.process = None

    def destroy(self) -> None:
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)
