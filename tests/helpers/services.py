"""The machine's own Postgres and Redis: check they run, start them when they do not."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .net import LOCALHOST, wait_for_port

POSTGRES_PORT = 5432
REDIS_PORT = 6379


class ServiceUnavailable(RuntimeError):
    """A local service is down and could not be started; the message says why."""


def ensure_postgres(timeout: float = 30.0) -> None:
    """Make sure Postgres listens on 127.0.0.1:5432, starting the local cluster if needed."""
    if wait_for_port(LOCALHOST, POSTGRES_PORT, timeout=0.5):
        return
    versions = sorted(Path("/etc/postgresql").glob("*")) if Path("/etc/postgresql").is_dir() else []
    if not versions or shutil.which("pg_ctlcluster") is None:
        raise ServiceUnavailable(
            "Postgres is not running on 127.0.0.1:5432 and no Debian cluster (pg_ctlcluster) exists"
        )
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1].name, "main", "start"]
    _run_starter(command, "Postgres")
    if not wait_for_port(LOCALHOST, POSTGRES_PORT, timeout):
        raise ServiceUnavailable(f"Postgres did not listen on port {POSTGRES_PORT} after start")


def ensure_redis(timeout: float = 15.0) -> None:
    """Make sure Redis accepts connections on 127.0.0.1:6379, starting redis-server if needed."""
    if wait_for_port(LOCALHOST, REDIS_PORT, timeout=0.5):
        return
    if shutil.which("redis-server") is None:
        raise ServiceUnavailable("Redis is not running on 127.0.0.1:6379; redis-server is missing")
    command = ["redis-server", "--daemonize", "yes", "--bind", LOCALHOST]
    _run_starter([*command, "--port", str(REDIS_PORT), "--save", ""], "Redis")
    if not wait_for_port(LOCALHOST, REDIS_PORT, timeout):
        raise ServiceUnavailable(f"Redis did not listen on port {REDIS_PORT} after start")


def _run_starter(command: list[str], service: str) -> None:
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=60, env={**os.environ, "LC_ALL": "C"}
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServiceUnavailable(f"could not start {service}: {exc}") from exc
    if result.returncode != 0:
        raise ServiceUnavailable(
            f"could not start {service} ({' '.join(command)}): {result.stderr.strip()}"
        )


@contextmanager
def redis_store_under_prefix(redis_url: str, name: str) -> Iterator[str]:
    """A `--store` URL for `redis_url` under a key prefix of its own; its keys are removed after."""
    import redis

    prefix = f"pgstitch-{name}-{uuid.uuid4().hex[:8]}:"
    yield f"{redis_url}?prefix={prefix}"
    client = redis.Redis.from_url(redis_url)
    try:
        for key in client.scan_iter(match=prefix + "*"):
            client.delete(key)
    finally:
        client.close()
