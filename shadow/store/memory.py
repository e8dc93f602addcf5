"""The `memory` store: one process, nothing kept; for tests and trying pgstitch out."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime

from shadow.columns import ShadowColumn, with_served_since
from shadow.schema import ShadowSchema
from shadow.store.base import (
    LeaderLease,
    ParkedChanged,
    ParkedRows,
    PredictionOutcome,
    ProxyHeartbeat,
    RowValues,
    SchemaChanged,
    ShadowStore,
    TableName,
    UnknownColumn,
)
from shadow.store.follow import follow_versions


class MemoryStore(ShadowStore):
    """Everything in dictionaries of this process. Change events reach this process only."""

    name = "memory store"

    def __init__(self) -> None:
        self._schema = ShadowSchema()
        self._parked: dict[TableName, ParkedRows] = {}
        self._unknown: dict[tuple[str | None, str | None, str, str], UnknownColumn] = {}
        self._outcomes: list[PredictionOutcome] = []
        self._heartbeats: dict[str, ProxyHeartbeat] = {}
        self._leaders: dict[str, _MemoryLease] = {}
        self._tokens = itertools.count(1)
        self._listeners: set[asyncio.Queue[int]] = set()
        self._ddl_listeners: set[asyncio.Event] = set()
        self._parked_listeners: set[asyncio.Queue[ParkedChanged]] = set()

    # -- shadow schema ---------------------------------------------------------------------------

    async def load_schema(self) -> ShadowSchema:
        """The current shadow schema."""
        return self._schema

    async def put_column(self, column: ShadowColumn) -> ShadowSchema:
        """Add or replace a shadow column, keeping its place; bumps the version."""
        columns = list(self._schema.columns)
        for i, existing in enumerate(columns):
            if existing.key == column.key:
                columns[i] = with_served_since(column, existing.served_since)
                break
        else:
            columns.append(with_served_since(column, None))
        return self._publish(self._schema.with_columns(columns))

    async def drop_column(self, schema: str, table: str, column: str) -> ShadowSchema:
        """Remove a shadow column; bumps the version when there was one."""
        if self._schema.get(schema, table, column) is None:
            return self._schema
        key = (schema, table, column)
        return self._publish(
            self._schema.with_columns(c for c in self._schema.columns if c.key != key)
        )

    def _publish(self, schema: ShadowSchema) -> ShadowSchema:
        self._schema = schema
        for queue in self._listeners:
            queue.put_nowait(schema.version)
        return schema

    def subscribe(self, since_version: int | None = None) -> AsyncIterator[SchemaChanged]:
        """Change events of this store, in this process."""
        return follow_versions(self._feed, since_version, self.name)

    @asynccontextmanager
    async def _feed(self) -> AsyncIterator[_MemoryFeed]:
        queue: asyncio.Queue[int] = asyncio.Queue()
        self._listeners.add(queue)
        try:
            yield _MemoryFeed(self, queue)
        finally:
            self._listeners.discard(queue)

    # -- DDL announcements -----------------------------------------------------------------------

    async def announce_ddl(self) -> None:
        """Wake every `ddl_announcements` iterator of this process."""
        for event in self._ddl_listeners:
            event.set()

    async def ddl_announcements(self) -> AsyncIterator[None]:
        """Announcements made through this store, in this process."""
        event = asyncio.Event()
        self._ddl_listeners.add(event)
        try:
            while True:
                await event.wait()
                event.clear()
                yield None
        finally:
            self._ddl_listeners.discard(event)

    # -- parked values ---------------------------------------------------------------------------

    async def write_parked(
        self,
        park: Mapping[TableName, Mapping[str, Mapping[str, str | None]]] | None = None,
        unpark: Mapping[TableName, Iterable[str]] | None = None,
    ) -> None:
        """Apply parked-value changes (trivially atomic: nothing else runs meanwhile)."""
        unpark = {table: list(row_keys) for table, row_keys in (unpark or {}).items()}
        for table, row_keys in unpark.items():
            rows = self._parked.get(table, {})
            for row_key in row_keys:
                rows.pop(row_key, None)
        for table, changes in (park or {}).items():
            rows = self._parked.setdefault(table, {})
            for row_key, values in changes.items():
                if values:
                    rows.setdefault(row_key, {}).update(values)
        self._parked = {table: rows for table, rows in self._parked.items() if rows}
        changed: dict[TableName, dict[str, RowValues | None]] = {}
        for table, row_keys in [*unpark.items(), *(park or {}).items()]:
            current = self._parked.get(table, {})
            rows = changed.setdefault(table, {})
            for row_key in row_keys:
                values = current.get(row_key)
                rows[row_key] = None if values is None else dict(values)
        for queue in self._parked_listeners:
            queue.put_nowait(
                ParkedChanged({t: frozenset(rows) for t, rows in changed.items()}, changed)
            )

    async def parked_values(self, schema: str, table: str, row_keys: Iterable[str]) -> ParkedRows:
        """Copies of the parked rows of these keys."""
        rows = self._parked.get((schema, table), {})
        return {k: dict(rows[k]) for k in row_keys if k in rows}

    async def parked_changes(self) -> AsyncIterator[ParkedChanged]:
        """Changes made through this store, in this process; first `ParkedChanged(None)`."""
        queue: asyncio.Queue[ParkedChanged] = asyncio.Queue()
        self._parked_listeners.add(queue)
        try:
            yield ParkedChanged(None)
            while True:
                yield await queue.get()
        finally:
            self._parked_listeners.discard(queue)

    async def parked_rows(self, schema: str, table: str) -> ParkedRows:
        """A copy of one table's parked rows."""
        return {k: dict(v) for k, v in self._parked.get((schema, table), {}).items()}

    async def parked_tables(self) -> list[TableName]:
        """The tables that have parked values, sorted."""
        return sorted(self._parked)

    async def drop_parked_column(
        self, schema: str, table: str, column: str, row_keys: Iterable[str] | None = None
    ) -> None:
        """Forget one column's parked values; drop rows left empty."""
        rows = self._parked.get((schema, table), {})
        row_keys = None if row_keys is None else list(row_keys)
        for row_key in list(rows) if row_keys is None else row_keys:
            values = rows.get(row_key)
            if values is not None:
                values.pop(column, None)
                if not values:
                    del rows[row_key]
        if not rows:
            self._parked.pop((schema, table), None)
        change = ParkedChanged(
            {(schema, table): None if row_keys is None else frozenset(row_keys)},
            dropped_column=column,
        )
        for queue in self._parked_listeners:
            queue.put_nowait(change)

    def parked_relation_sql(self, schema: str, table: str) -> None:
        """None: render `parked_rows` with `shadow.store.literal.parked_values_sql`."""
        return None

    # -- telemetry and outcomes ------------------------------------------------------------------

    async def record_unknown_column(
        self,
        schema: str | None,
        table: str | None,
        column: str,
        fingerprint: str,
        inferred_type: str | None,
    ) -> None:
        """Count one sighting of an unknown column."""
        now = datetime.now(UTC)
        key = (schema, table, column, fingerprint)
        seen = self._unknown.get(key)
        if seen is None:
            self._unknown[key] = UnknownColumn(*key, inferred_type, 1, now, now)
        else:
            self._unknown[key] = replace(
                seen,
                count=seen.count + 1,
                last_seen=now,
                inferred_type=inferred_type or seen.inferred_type,
            )

    async def unknown_columns(self) -> list[UnknownColumn]:
        """Every unknown column seen so far."""
        return list(self._unknown.values())

    async def record_outcome(self, outcome: PredictionOutcome) -> None:
        """Keep the outcome of one prediction."""
        self._outcomes.append(outcome)

    async def outcomes(self) -> list[PredictionOutcome]:
        """Every recorded outcome, oldest first."""
        return list(self._outcomes)

    # -- proxies and leadership ------------------------------------------------------------------

    async def heartbeat(self, proxy_id: str, schema_version: int) -> None:
        """Report a proxy alive."""
        self._heartbeats[proxy_id] = ProxyHeartbeat(proxy_id, datetime.now(UTC), schema_version)

    async def heartbeats(self) -> list[ProxyHeartbeat]:
        """The last heartbeat of every proxy, by proxy id."""
        return [self._heartbeats[k] for k in sorted(self._heartbeats)]

    async def forget_proxy(self, proxy_id: str) -> None:
        """Remove a proxy's heartbeat."""
        self._heartbeats.pop(proxy_id, None)

    async def try_lead(self, name: str, holder: str) -> LeaderLease | None:
        """Take the leadership called `name` unless a live lease holds it."""
        current = self._leaders.get(name)
        if current is not None and current.held:
            return None
        lease = _MemoryLease(name, holder, next(self._tokens))
        self._leaders[name] = lease
        return lease

    async def close(self) -> None:
        """Nothing to release."""


class _MemoryFeed:
    def __init__(self, store: MemoryStore, queue: asyncio.Queue[int]) -> None:
        self._store = store
        self._queue = queue

    async def current_version(self) -> int:
        return self._store._schema.version

    async def next_version(self, timeout: float) -> int | None:
        try:
            async with asyncio.timeout(timeout):
                return await self._queue.get()
        except TimeoutError:
            return None


class _MemoryLease(LeaderLease):
    def __init__(self, name: str, holder: str, token: int) -> None:
        self.name, self.holder, self.token = name, holder, token
        self._released = asyncio.Event()

    @property
    def held(self) -> bool:
        return not self._released.is_set()

    async def confirm(self) -> bool:
        return self.held

    async def wait_lost(self) -> None:
        await self._released.wait()

    async def release(self) -> None:
        self._released.set()
