"""Network addresses for tests: free ports, waiting for a listener, and libpq connection strings."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from psycopg.conninfo import make_conninfo

from .waiting import wait_until

LOCALHOST = "127.0.0.1"


def free_port(host: str = LOCALHOST) -> int:
    """A TCP port nobody listens on right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def accepts_connections(host: str, port: int, timeout: float = 0.5) -> bool:
    """Whether a TCP connection to host:port succeeds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    """Poll host:port until it accepts a connection; False when timeout seconds pass first."""
    return wait_until(lambda: accepts_connections(host, port), timeout)


@dataclass(frozen=True)
class Endpoint:
    """Where a Postgres-speaking server listens, and how clients reach it."""

    host: str
    port: int

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    def conninfo(self, dbname: str, user: str = "postgres", **params: object) -> str:
        """A libpq key=value connection string (psycopg, psql -d)."""
        return make_conninfo(
            host=self.host, port=self.port, dbname=dbname, user=user, connect_timeout=10, **params
        )

    def url(self, dbname: str, user: str = "postgres", scheme: str = "postgresql") -> str:
        """A URL such as postgresql://user@host:port/dbname (asyncpg, SQLAlchemy, --upstream)."""
        return f"{scheme}://{user}@{self.host}:{self.port}/{dbname}"

    def libpq_env(self, dbname: str, user: str = "postgres", **params: str) -> dict[str, str]:
        """PG* environment variables that point libpq tools (psql, pgbench) at this endpoint."""
        env = {
            "PGHOST": self.host,
            "PGPORT": str(self.port),
            "PGDATABASE": dbname,
            "PGUSER": user,
            "PGCONNECT_TIMEOUT": "10",
        }
        env.update({f"PG{name.upper()}": value for name, value in params.items()})
        return env
