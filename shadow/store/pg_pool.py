"""A few autocommit connections to the managed database, reopened on demand, with deadlines."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

import psycopg
from psycopg import AsyncConnection
from psycopg.conninfo import conninfo_to_dict
from psycopg.pq import TransactionStatus

from shadow.store.base import StoreUnavailable

T = TypeVar("T")

# Errors that mean the connection, not the statement, failed.
CONNECTION_ERRORS = (psycopg.OperationalError, psycopg.InterfaceError, OSError)


def describe_dsn(conninfo: str) -> str:
    """`host:port/dbname` of a connection string, without credentials."""
    try:
        params = conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        raise ValueError(f"invalid upstream DSN: {exc}") from exc
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = params.get("port") or "5432"
    return f"{host}:{port}/{params.get('dbname') or params.get('user') or ''}"


class PgConnections:
    """At most `size` pooled connections; every call finishes or fails within `timeout` seconds.

    A call that fails on a connection taken from the pool (which may have died while idle) is
    retried once on a new connection; any other connection failure raises StoreUnavailable.
    """

    def __init__(self, conninfo: str, name: str, *, size: int = 4, timeout: float = 5.0) -> None:
        self.conninfo = conninfo
        self.name = name
        self.timeout = timeout
        self._slots = asyncio.Semaphore(size)
        self._idle: list[AsyncConnection] = []

    async def connect(self, purpose: str = "pgstitch store") -> AsyncConnection:
        """A new autocommit connection within the deadline; `purpose` is its application_name."""
        try:
            async with asyncio.timeout(self.timeout):
                return await AsyncConnection.connect(
                    self.conninfo,
                    autocommit=True,
                    application_name=purpose,
                    connect_timeout=max(2, int(self.timeout)),
                    keepalives=1,
                    keepalives_idle=10,
                    keepalives_interval=5,
                    keepalives_count=3,
                )
        except TimeoutError as exc:
            raise self.unavailable("no connection within the deadline") from exc
        except CONNECTION_ERRORS as exc:
            raise self.unavailable(exc) from exc

    def unavailable(self, reason: object) -> StoreUnavailable:
        """The error raised when the database cannot serve the store."""
        text = str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
        return StoreUnavailable(f"{self.name} is unreachable: {text}")

    async def run(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        """Run `work` on a pooled connection."""
        try:
            async with asyncio.timeout(self.timeout), self._slots:
                for attempt in (1, 2):
                    conn, reused = (self._idle.pop(), True) if self._idle else (None, False)
                    try:
                        if conn is None:
                            conn = await self.connect()
                        result = await work(conn)
                    except CONNECTION_ERRORS as exc:
                        await _discard(conn)
                        if reused and attempt == 1:
                            continue
                        raise self.unavailable(exc) from exc
                    except BaseException:
                        await self._release_after_error(conn)
                        raise
                    self._idle.append(conn)
                    return result
        except TimeoutError as exc:
            raise self.unavailable(f"no answer within {self.timeout:g} s") from exc
        raise AssertionError("unreachable")

    async def _release_after_error(self, conn: AsyncConnection | None) -> None:
        if conn is None:
            return
        if not conn.closed and conn.info.transaction_status == TransactionStatus.IDLE:
            self._idle.append(conn)
        else:
            await _discard(conn)

    async def close(self) -> None:
        """Close every pooled connection."""
        idle, self._idle = self._idle, []
        for conn in idle:
            await _discard(conn)


async def _discard(conn: AsyncConnection | None) -> None:
    if conn is not None:
        with contextlib.suppress(CONNECTION_ERRORS):
            await conn.close()
