"""The `postgres` store: a `pgstitch` schema in the managed database (docs/store.md)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextlib import asynccontextmanager, suppress
from typing import TypeVar

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb

from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.announce import follow_announcements
from shadow.store.base import (
    LeaderLease,
    ParkedRows,
    PredictionOutcome,
    ProxyHeartbeat,
    SchemaChanged,
    ShadowStore,
    TableName,
    UnknownColumn,
)
from shadow.store.follow import follow_versions
from shadow.store.literal import sql_string_literal
from shadow.store.pg_layout import DDL_CHANNEL, LOCK_NAMESPACE, SCHEMA_CHANNEL, ensure_layout
from shadow.store.pg_pool import CONNECTION_ERRORS, PgConnections, describe_dsn

log = logging.getLogger(__name__)
T = TypeVar("T")

_COLUMN_FIELDS = (
    "schema_name, table_name, column_name, type, default_sql, not_null, check_sql,"
    " probability, eta, sources, state, served_since"
)
_LOAD_SCHEMA = f"""
SELECT v.version, {", ".join("c." + f.strip() for f in _COLUMN_FIELDS.split(","))}
FROM pgstitch.schema_version v LEFT JOIN pgstitch.columns c ON true
ORDER BY c.position
"""


class PostgresStore(ShadowStore):
    """Shadow state in the managed database itself; LISTEN/NOTIFY carries change events."""

    def __init__(self, conninfo: str, *, timeout: float = 5.0, pool_size: int = 4) -> None:
        self.name = f"postgres store ({describe_dsn(conninfo)})"
        self._pool = PgConnections(conninfo, self.name, size=pool_size, timeout=timeout)
        self._layout_ready = False
        self._layout_lock = asyncio.Lock()

    async def _ready(self) -> None:
        """Create the `pgstitch` schema on first use."""
        if not self._layout_ready:
            async with self._layout_lock:
                if not self._layout_ready:
                    await self._pool.run(ensure_layout)
                    self._layout_ready = True

    async def _run(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        await self._ready()
        return await self._pool.run(work)

    # -- shadow schema ---------------------------------------------------------------------------

    async def load_schema(self) -> ShadowSchema:
        """The current shadow schema, read in one statement (one snapshot)."""
        return await self._run(_load_schema)

    async def put_column(self, column: ShadowColumn) -> ShadowSchema:
        """Add or replace a shadow column; the change and its NOTIFY commit together."""

        async def work(conn: AsyncConnection) -> ShadowSchema:
            async with conn.transaction():
                version = await _bump_version(conn)
                await conn.execute(
                    f"INSERT INTO pgstitch.columns (position, {_COLUMN_FIELDS})"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                    " COALESCE(%s, CASE WHEN %s THEN now() END))"
                    " ON CONFLICT (schema_name, table_name, column_name) DO UPDATE SET"
                    " type = EXCLUDED.type, default_sql = EXCLUDED.default_sql,"
                    " not_null = EXCLUDED.not_null, check_sql = EXCLUDED.check_sql,"
                    " probability = EXCLUDED.probability, eta = EXCLUDED.eta,"
                    " sources = EXCLUDED.sources, state = EXCLUDED.state,"
                    " served_since = COALESCE(pgstitch.columns.served_since,"
                    " EXCLUDED.served_since)",
                    (
                        version,
                        column.schema,
                        column.table,
                        column.column,
                        column.type,
                        column.default,
                        column.not_null,
                        column.check,
                        column.probability,
                        column.eta,
                        list(column.sources),
                        column.state.value,
                        column.served_since,
                        column.served,
                    ),
                )
                return await _load_schema(conn)

        return await self._run(work)

    async def drop_column(self, schema: str, table: str, column: str) -> ShadowSchema:
        """Remove a shadow column; the change and its NOTIFY commit together."""

        async def work(conn: AsyncConnection) -> ShadowSchema:
            async with conn.transaction():
                cur = await conn.execute(
                    "DELETE FROM pgstitch.columns"
                    " WHERE schema_name = %s AND table_name = %s AND column_name = %s",
                    (schema, table, column),
                )
                if cur.rowcount:
                    await _bump_version(conn)
                return await _load_schema(conn)

        return await self._run(work)

    def subscribe(self, since_version: int | None = None) -> AsyncIterator[SchemaChanged]:
        """Change events through LISTEN on a dedicated connection."""
        return follow_versions(self._listen, since_version, self.name)

    @asynccontextmanager
    async def _listen(self) -> AsyncIterator[_NotifyFeed]:
        await self._ready()
        conn = await self._pool.connect("pgstitch listener")
        try:
            try:
                await conn.execute(f"LISTEN {SCHEMA_CHANNEL}")
            except CONNECTION_ERRORS as exc:
                raise self._pool.unavailable(exc) from exc
            yield _NotifyFeed(conn, self._pool)
        finally:
            await _close_quietly(conn)

    # -- DDL announcements -----------------------------------------------------------------------

    async def announce_ddl(self) -> None:
        """NOTIFY every listener of the managed database."""
        await self._run(lambda conn: conn.execute("SELECT pg_notify(%s, '')", (DDL_CHANNEL,)))

    def ddl_announcements(self) -> AsyncIterator[None]:
        """Announcements through LISTEN on a dedicated connection."""
        return follow_announcements(self._listen_ddl, self.name)

    @asynccontextmanager
    async def _listen_ddl(self) -> AsyncIterator[_DdlFeed]:
        await self._ready()
        conn = await self._pool.connect("pgstitch ddl listener")
        try:
            try:
                await conn.execute(f"LISTEN {DDL_CHANNEL}")
            except CONNECTION_ERRORS as exc:
                raise self._pool.unavailable(exc) from exc
            yield _DdlFeed(conn, self._pool)
        finally:
            await _close_quietly(conn)

    # -- parked values ---------------------------------------------------------------------------

    async def write_parked(
        self,
        park: Mapping[TableName, Mapping[str, Mapping[str, str | None]]] | None = None,
        unpark: Mapping[TableName, Iterable[str]] | None = None,
    ) -> None:
        """Apply parked-value changes to several tables in one transaction."""
        deletes = [(s, t, list(keys)) for (s, t), keys in (unpark or {}).items()]
        merges = [
            (s, t, Jsonb({k: dict(v) for k, v in rows.items() if v}))
            for (s, t), rows in (park or {}).items()
        ]

        async def work(conn: AsyncConnection) -> None:
            async with conn.transaction():
                for schema, table, keys in deletes:
                    await conn.execute(
                        "DELETE FROM pgstitch.parked WHERE schema_name = %s"
                        " AND table_name = %s AND row_key = ANY(%s)",
                        (schema, table, keys),
                    )
                for schema, table, rows in merges:
                    await conn.execute(
                        "INSERT INTO pgstitch.parked AS p (schema_name, table_name, row_key, vals)"
                        " SELECT %s, %s, r.key, r.value FROM jsonb_each(%s) r"
                        " ON CONFLICT (schema_name, table_name, row_key)"
                        " DO UPDATE SET vals = p.vals || EXCLUDED.vals",
                        (schema, table, rows),
                    )

        await self._run(work)

    async def parked_rows(self, schema: str, table: str) -> ParkedRows:
        """Every parked row of one table."""

        async def work(conn: AsyncConnection) -> ParkedRows:
            cur = await conn.execute(
                "SELECT row_key, vals FROM pgstitch.parked"
                " WHERE schema_name = %s AND table_name = %s",
                (schema, table),
            )
            return {key: vals for key, vals in await cur.fetchall()}

        return await self._run(work)

    async def scan_parked(
        self, schema: str, table: str, cursor: str | None = None, count: int = 1000
    ) -> tuple[ParkedRows, str | None]:
        """One page of a table's parked rows in key order; the cursor is the last key."""

        async def work(conn: AsyncConnection) -> list[tuple[str, dict]]:
            cur = await conn.execute(
                "SELECT row_key, vals FROM pgstitch.parked WHERE schema_name = %s"
                " AND table_name = %s AND row_key > %s ORDER BY row_key LIMIT %s",
                (schema, table, cursor or "", count),
            )
            return await cur.fetchall()

        rows = await self._run(work)
        return dict(rows), (rows[-1][0] if len(rows) == count else None)

    async def parked_tables(self) -> list[TableName]:
        """The tables that have parked values, sorted."""

        async def work(conn: AsyncConnection) -> list[TableName]:
            cur = await conn.execute(
                "SELECT DISTINCT schema_name, table_name FROM pgstitch.parked ORDER BY 1, 2"
            )
            return [(s, t) for s, t in await cur.fetchall()]

        return await self._run(work)

    async def drop_parked_column(
        self, schema: str, table: str, column: str, row_keys: Iterable[str] | None = None
    ) -> None:
        """Forget one column's parked values; rows left empty are deleted."""
        keys = None if row_keys is None else list(row_keys)
        where = "schema_name = %s AND table_name = %s AND (%s::text[] IS NULL OR row_key = ANY(%s))"

        async def work(conn: AsyncConnection) -> None:
            async with conn.transaction():
                await conn.execute(
                    f"UPDATE pgstitch.parked SET vals = vals - %s WHERE {where} AND vals ? %s",
                    (column, schema, table, keys, keys, column),
                )
                await conn.execute(
                    f"DELETE FROM pgstitch.parked WHERE {where} AND vals = '{{}}'",
                    (schema, table, keys, keys),
                )

        await self._run(work)

    def parked_relation_sql(self, schema: str, table: str) -> str:
        """The rows of `pgstitch.parked` for one table; static, so rewrites can be cached."""
        return (
            "(SELECT row_key, vals FROM pgstitch.parked WHERE schema_name = "
            f"{sql_string_literal(schema)} AND table_name = {sql_string_literal(table)})"
        )

    # -- telemetry and outcomes ------------------------------------------------------------------

    async def record_unknown_column(
        self,
        schema: str | None,
        table: str | None,
        column: str,
        fingerprint: str,
        inferred_type: str | None,
    ) -> None:
        """Count one sighting (an upsert; NULL schema or table is kept as '')."""
        await self._run(
            lambda conn: conn.execute(
                "INSERT INTO pgstitch.unknown_columns AS u VALUES"
                " (%s, %s, %s, %s, %s, 1, now(), now())"
                " ON CONFLICT (schema_name, table_name, column_name, fingerprint) DO UPDATE SET"
                " count = u.count + 1, last_seen = now(),"
                " inferred_type = coalesce(EXCLUDED.inferred_type, u.inferred_type)",
                (schema or "", table or "", column, fingerprint, inferred_type or None),
            )
        )

    async def unknown_columns(self) -> list[UnknownColumn]:
        """Every unknown column seen so far."""

        async def work(conn: AsyncConnection) -> list[UnknownColumn]:
            cur = await conn.execute(
                "SELECT schema_name, table_name, column_name, fingerprint, inferred_type, count,"
                " first_seen, last_seen FROM pgstitch.unknown_columns ORDER BY first_seen, 1, 2, 3"
            )
            return [
                UnknownColumn(s or None, t or None, *rest) for s, t, *rest in await cur.fetchall()
            ]

        return await self._run(work)

    async def record_outcome(self, outcome: PredictionOutcome) -> None:
        """Keep the outcome of one prediction."""
        await self._run(
            lambda conn: conn.execute(
                "INSERT INTO pgstitch.outcomes (schema_name, table_name, column_name, predicted,"
                " landed, eta_error_days, type_match, recorded_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    outcome.schema,
                    outcome.table,
                    outcome.column,
                    outcome.predicted,
                    outcome.landed,
                    outcome.eta_error_days,
                    outcome.type_match,
                    outcome.recorded_at,
                ),
            )
        )

    async def outcomes(self) -> list[PredictionOutcome]:
        """Every recorded outcome, oldest first."""

        async def work(conn: AsyncConnection) -> list[PredictionOutcome]:
            cur = await conn.execute(
                "SELECT schema_name, table_name, column_name, predicted, landed, eta_error_days,"
                " type_match, recorded_at FROM pgstitch.outcomes ORDER BY id"
            )
            return [PredictionOutcome(*row) for row in await cur.fetchall()]

        return await self._run(work)

    # -- proxies and leadership ------------------------------------------------------------------

    async def heartbeat(self, proxy_id: str, schema_version: int) -> None:
        """Report a proxy alive (the database's clock)."""
        await self._run(
            lambda conn: conn.execute(
                "INSERT INTO pgstitch.heartbeats VALUES (%s, now(), %s) ON CONFLICT (proxy_id)"
                " DO UPDATE SET last_seen = now(), schema_version = EXCLUDED.schema_version",
                (proxy_id, schema_version),
            )
        )

    async def heartbeats(self) -> list[ProxyHeartbeat]:
        """The last heartbeat of every proxy, by proxy id."""

        async def work(conn: AsyncConnection) -> list[ProxyHeartbeat]:
            cur = await conn.execute(
                "SELECT proxy_id, last_seen, schema_version FROM pgstitch.heartbeats ORDER BY 1"
            )
            return [ProxyHeartbeat(*row) for row in await cur.fetchall()]

        return await self._run(work)

    async def forget_proxy(self, proxy_id: str) -> None:
        """Remove a proxy's heartbeat."""
        await self._run(
            lambda conn: conn.execute(
                "DELETE FROM pgstitch.heartbeats WHERE proxy_id = %s", (proxy_id,)
            )
        )

    async def try_lead(self, name: str, holder: str) -> LeaderLease | None:
        """A session advisory lock on a dedicated connection; the lease ends with it."""
        await self._ready()
        conn = await self._pool.connect(f"pgstitch leader {name}"[:63])
        try:
            async with asyncio.timeout(self._pool.timeout):
                # The server notices a vanished holder after about 25 s and frees the lock.
                await conn.execute(
                    "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
                    " SET tcp_keepalives_count = 3"
                )
                cur = await conn.execute(
                    "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (LOCK_NAMESPACE, name)
                )
                row = await cur.fetchone()
                if not row or not row[0]:
                    await _close_quietly(conn)
                    return None
                cur = await conn.execute(
                    "INSERT INTO pgstitch.leaders AS l VALUES (%s, 1, %s, now())"
                    " ON CONFLICT (name) DO UPDATE SET token = l.token + 1,"
                    " holder = EXCLUDED.holder, acquired_at = now() RETURNING token",
                    (name, holder),
                )
                row = await cur.fetchone()
        except (TimeoutError, *CONNECTION_ERRORS) as exc:
            await _close_quietly(conn)
            raise self._pool.unavailable(exc) from exc
        assert row is not None
        return _AdvisoryLease(name, holder, row[0], conn, self._pool.timeout)

    async def close(self) -> None:
        """Close every pooled connection."""
        await self._pool.close()


async def _bump_version(conn: AsyncConnection) -> int:
    cur = await conn.execute(
        "UPDATE pgstitch.schema_version SET version = version + 1 RETURNING version"
    )
    row = await cur.fetchone()
    assert row is not None
    await conn.execute("SELECT pg_notify(%s, %s)", (SCHEMA_CHANNEL, str(row[0])))
    return row[0]


async def _load_schema(conn: AsyncConnection) -> ShadowSchema:
    cur = await conn.execute(_LOAD_SCHEMA)
    rows = await cur.fetchall()
    columns = [
        ShadowColumn(
            schema=r[1],
            table=r[2],
            column=r[3],
            type=r[4],
            default=r[5],
            not_null=r[6],
            check=r[7],
            probability=r[8],
            eta=r[9],
            sources=tuple(r[10]),
            state=ColumnState(r[11]),
            served_since=r[12],
        )
        for r in rows
        if r[1] is not None
    ]
    return ShadowSchema(rows[0][0], tuple(columns))


async def _close_quietly(conn: AsyncConnection) -> None:
    with suppress(CONNECTION_ERRORS):
        await conn.close()


class _NotifyFeed:
    """Versions from NOTIFY on a LISTENing connection; a lost connection is StoreUnavailable."""

    def __init__(self, conn: AsyncConnection, pool: PgConnections) -> None:
        self._conn = conn
        self._pool = pool

    async def current_version(self) -> int:
        try:
            async with asyncio.timeout(self._pool.timeout):
                cur = await self._conn.execute("SELECT version FROM pgstitch.schema_version")
                row = await cur.fetchone()
        except (TimeoutError, *CONNECTION_ERRORS) as exc:
            raise self._pool.unavailable(exc) from exc
        assert row is not None
        return row[0]

    async def next_version(self, timeout: float) -> int | None:
        versions: list[int] = []
        try:
            # Consumed to the end: the generator holds the connection's lock while suspended.
            async for notify in self._conn.notifies(timeout=timeout, stop_after=1):
                try:
                    versions.append(int(notify.payload))
                except ValueError:
                    log.warning("ignoring a malformed %s notification", SCHEMA_CHANNEL)
        except CONNECTION_ERRORS as exc:
            raise self._pool.unavailable(exc) from exc
        return max(versions) if versions else None


class _DdlFeed:
    """Announcements from NOTIFY; an idle connection is probed so a lost one is noticed."""

    def __init__(self, conn: AsyncConnection, pool: PgConnections) -> None:
        self._conn = conn
        self._pool = pool

    async def next_announcement(self, timeout: float) -> bool:
        heard = False
        try:
            # Consumed to the end: the generator holds the connection's lock while suspended.
            async for _ in self._conn.notifies(timeout=timeout, stop_after=1):
                heard = True
            if not heard:
                async with asyncio.timeout(self._pool.timeout):
                    await self._conn.execute("SELECT 1")
        except (TimeoutError, *CONNECTION_ERRORS) as exc:
            raise self._pool.unavailable(exc) from exc
        return heard


class _AdvisoryLease(LeaderLease):
    """Held as long as its dedicated connection lives; a watchdog notices when it dies."""

    def __init__(
        self, name: str, holder: str, token: int, conn: AsyncConnection, timeout: float
    ) -> None:
        self.name, self.holder, self.token = name, holder, token
        self._conn = conn
        self._timeout = timeout
        self._lost = asyncio.Event()
        self._watchdog = asyncio.create_task(self._watch())

    @property
    def held(self) -> bool:
        return not self._lost.is_set()

    async def confirm(self) -> bool:
        if self.held:
            try:
                async with asyncio.timeout(self._timeout):
                    await self._conn.execute("SELECT 1")
            except (TimeoutError, *CONNECTION_ERRORS):
                await self._lose()
        return self.held

    async def wait_lost(self) -> None:
        await self._lost.wait()

    async def release(self) -> None:
        self._watchdog.cancel()
        if self.held:
            # Unlocked before the session closes: the server frees a closed session's locks
            # only once its backend has exited, which another holder's try may come before.
            with suppress(Exception):
                async with asyncio.timeout(self._timeout):
                    await self._conn.execute("SELECT pg_advisory_unlock_all()")
        await self._lose()

    async def _lose(self) -> None:
        if not self._lost.is_set():
            self._lost.set()
            # Closing the session releases the advisory lock (if `release` could not).
            await _close_quietly(self._conn)

    async def _watch(self) -> None:
        while self.held:
            await asyncio.sleep(self._timeout / 2)
            await self.confirm()
