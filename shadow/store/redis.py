"""The `redis` store (`redis://…`): shadow state in Redis through redis.asyncio (docs/store.md).

A `prefix` query parameter (default `pgstitch:`) namespaces every key, so several deployments
can share one Redis: `redis://host:6379/0?prefix=staging:`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.announce import follow_announcements
from shadow.store.base import (
    LeaderLease,
    ParkedChanged,
    ParkedRows,
    PredictionOutcome,
    ProxyHeartbeat,
    SchemaChanged,
    ShadowStore,
    StoreUnavailable,
    TableName,
    UnknownColumn,
)
from shadow.store.codec import column_from_dict, column_to_dict
from shadow.store.follow import follow_versions
from shadow.waiting import wait_event

T = TypeVar("T")
log = logging.getLogger(__name__)
_UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)

# KEYS: version, columns, order. ARGV: column key, column JSON, channel.
_PUT_COLUMN = """
local v = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSETNX', KEYS[3], ARGV[1], v)
if ARGV[4] ~= '' then
  redis.call('HSETNX', KEYS[4], ARGV[1], ARGV[4])
end
redis.call('PUBLISH', ARGV[3], v)
return {tostring(v), redis.call('HGETALL', KEYS[2]), redis.call('HGETALL', KEYS[3]),
        redis.call('HGETALL', KEYS[4])}
"""
# KEYS: version, columns, order. ARGV: column key, channel.
_DROP_COLUMN = """
if redis.call('HDEL', KEYS[2], ARGV[1]) == 1 then
  redis.call('HDEL', KEYS[3], ARGV[1])
  redis.call('HDEL', KEYS[4], ARGV[1])
  redis.call('PUBLISH', ARGV[2], redis.call('INCR', KEYS[1]))
end
return {redis.call('GET', KEYS[1]) or '0', redis.call('HGETALL', KEYS[2]),
        redis.call('HGETALL', KEYS[3]), redis.call('HGETALL', KEYS[4])}
"""
# KEYS: parked hash. ARGV: column, then the row keys (none: every row). Atomic, no round trips.
# KEYS: parked hashes; ARGV[1]: per hash {"unpark": [row keys], "park": {row key: values}};
# ARGV[2], ARGV[3]: channel and payload of the change event.
_WRITE_PARKED = """
local spec = cjson.decode(ARGV[1])
local event = {}
for i, key in ipairs(KEYS) do
  local item = spec[i]
  local rows = {}
  for _, row_key in ipairs(item.unpark) do
    redis.call('HDEL', key, row_key)
    rows[row_key] = cjson.null
  end
  for row_key, values in pairs(item.park) do
    local old = redis.call('HGET', key, row_key)
    local merged = {}
    if old then merged = cjson.decode(old) end
    for column, value in pairs(values) do merged[column] = value end
    redis.call('HSET', key, row_key, cjson.encode(merged))
    rows[row_key] = merged
  end
  event[i] = {item.table[1], item.table[2], rows}
end
redis.call('PUBLISH', ARGV[2], cjson.encode(event))
return 1
"""
_DROP_PARKED_COLUMN = """
local key, column = KEYS[1], ARGV[1]
local function strip(row_key, raw)
  if not raw then return end
  local values = cjson.decode(raw)
  if values[column] == nil then return end
  values[column] = nil
  if next(values) == nil then
    redis.call('HDEL', key, row_key)
  else
    redis.call('HSET', key, row_key, cjson.encode(values))
  end
end
if #ARGV == 1 then
  local rows = redis.call('HGETALL', key)
  for i = 1, #rows, 2 do strip(rows[i], rows[i + 1]) end
else
  for i = 2, #ARGV do strip(ARGV[i], redis.call('HGET', key, ARGV[i])) end
end
return 0
"""
# KEYS: lease, token counter. ARGV: holder, ttl ms.
_ACQUIRE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('INCR', KEYS[2])
end
return false
"""
# KEYS: lease. ARGV: holder, ttl ms.
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
# KEYS: lease. ARGV: holder.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def parse_redis_url(url: str) -> tuple[str, str, str]:
    """(connection URL, key prefix, display name without credentials) of a `redis://` store URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        # Not the URL itself: it may carry a password, and this message is logged.
        raise ValueError(f"not a redis URL: the scheme is {parts.scheme!r}, not redis or rediss")
    query = parse_qsl(parts.query, keep_blank_values=True)
    prefix = next((v for k, v in query if k == "prefix"), "pgstitch:")
    rest = urlencode([(k, v) for k, v in query if k != "prefix"])
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    display = f"{parts.scheme}://{host}{port}{parts.path or ''}"
    return urlunsplit(parts._replace(query=rest)), prefix, f"redis store ({display})"


class RedisStore(ShadowStore):
    """Shadow state in Redis; pub/sub carries change events. Each call has a deadline."""

    def __init__(self, url: str, *, timeout: float = 5.0, lease_ttl: float = 10.0) -> None:
        self._url, prefix, self.name = parse_redis_url(url)
        self._timeout = timeout
        self._lease_ttl = lease_ttl
        self._client = self._connect(retries=1)
        self._keys = _Keys(prefix)
        self._put_column = self._client.register_script(_PUT_COLUMN)
        self._drop_column = self._client.register_script(_DROP_COLUMN)
        self._drop_parked_column = self._client.register_script(_DROP_PARKED_COLUMN)
        self._write_parked = self._client.register_script(_WRITE_PARKED)

    def _connect(self, retries: int) -> aioredis.Redis:
        return aioredis.from_url(
            self._url,
            decode_responses=True,
            # No socket timeout (redis-py's default is 5 s): it bounds each send with
            # asyncio.wait_for, which on Python 3.11 swallows a cancellation that arrives as the
            # send completes, so a cancelled task would run on. `_call`'s asyncio.timeout bounds
            # every command instead.
            socket_timeout=None,
            socket_connect_timeout=self._timeout,
            socket_keepalive=True,
            # One retry replaces a pooled connection that died while idle (a Redis restart).
            retry=Retry(NoBackoff(), retries),
        )

    async def _call(self, work: Callable[[], Awaitable[T]]) -> T:
        try:
            async with asyncio.timeout(self._timeout):
                return await work()
        except TimeoutError as exc:
            reason = f"no answer within {self._timeout:g} s"
            raise StoreUnavailable(f"{self.name} is unreachable: {reason}") from exc
        except _UNREACHABLE as exc:
            raise StoreUnavailable(f"{self.name} is unreachable: {exc}") from exc

    # -- shadow schema ---------------------------------------------------------------------------

    async def load_schema(self) -> ShadowSchema:
        """The current shadow schema, read in one MULTI/EXEC (one snapshot)."""
        k = self._keys

        async def work() -> ShadowSchema:
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.get(k.version).hgetall(k.columns).hgetall(k.order).hgetall(k.since)
                version, columns, order, since = await pipe.execute()
            return _schema(version or "0", columns, order, since)

        return await self._call(work)

    async def put_column(self, column: ShadowColumn) -> ShadowSchema:
        """Add or replace a shadow column; one script bumps, stores and publishes."""
        k = self._keys
        stamp = column.served_since or (datetime.now(UTC) if column.served else None)
        reply = await self._call(
            lambda: self._put_column(
                keys=[k.version, k.columns, k.order, k.since],
                args=[
                    _field(*column.key),
                    json.dumps(column_to_dict(replace(column, served_since=None))),
                    k.events,
                    stamp.isoformat() if stamp else "",
                ],
            )
        )
        return _schema(*reply)

    async def drop_column(self, schema: str, table: str, column: str) -> ShadowSchema:
        """Remove a shadow column; one script deletes, bumps and publishes."""
        k = self._keys
        reply = await self._call(
            lambda: self._drop_column(
                keys=[k.version, k.columns, k.order, k.since],
                args=[_field(schema, table, column), k.events],
            )
        )
        return _schema(*reply)

    def subscribe(self, since_version: int | None = None) -> AsyncIterator[SchemaChanged]:
        """Change events through pub/sub on a dedicated connection."""
        return follow_versions(self._listen, since_version, self.name)

    @asynccontextmanager
    async def _listen(self) -> AsyncIterator[_PubSubFeed]:
        # No silent reconnects here: a lost subscription must surface so the version is re-read.
        client = self._connect(retries=0)
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        try:
            await self._call(lambda: pubsub.subscribe(self._keys.events))
            yield _PubSubFeed(self, pubsub)
        finally:
            try:
                await pubsub.aclose()
                await client.aclose()
            except _UNREACHABLE:
                pass

    # -- DDL announcements -----------------------------------------------------------------------

    async def announce_ddl(self) -> None:
        """PUBLISH to every subscriber of this store."""
        await self._call(lambda: self._client.publish(self._keys.ddl, ""))

    def ddl_announcements(self) -> AsyncIterator[None]:
        """Announcements through pub/sub on a dedicated connection."""
        return follow_announcements(self._listen_ddl, self.name)

    @asynccontextmanager
    async def _listen_ddl(self) -> AsyncIterator[_DdlFeed]:
        client = self._connect(retries=0)
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        try:
            await self._call(lambda: pubsub.subscribe(self._keys.ddl))
            yield _DdlFeed(self, pubsub)
        finally:
            try:
                await pubsub.aclose()
                await client.aclose()
            except _UNREACHABLE:
                pass

    # -- parked values ---------------------------------------------------------------------------

    async def write_parked(
        self,
        park: Mapping[TableName, Mapping[str, Mapping[str, str | None]]] | None = None,
        unpark: Mapping[TableName, Iterable[str]] | None = None,
    ) -> None:
        """Apply parked-value changes to several tables in one Lua script (atomic in Redis).

        The script merges on the server, so concurrent writers to one table never retry, and
        publishes the rows as they now are, so followers need not read them back.
        """
        unpark = {table: list(keys) for table, keys in (unpark or {}).items()}
        park = {t: {k: dict(v) for k, v in rows.items() if v} for t, rows in (park or {}).items()}
        tables = sorted({*unpark, *park})
        tables = [t for t in tables if unpark.get(t) or park.get(t)]
        if not tables:
            return
        spec = [
            {"table": list(t), "unpark": unpark.get(t, []), "park": park.get(t, {})} for t in tables
        ]
        hashes = [self._keys.parked(*t) for t in tables]
        await self._call(
            lambda: self._write_parked(
                keys=hashes, args=[json.dumps(spec), self._keys.parked_events]
            )
        )

    async def parked_rows(self, schema: str, table: str) -> ParkedRows:
        """Every parked row of one table: one HGETALL."""
        rows = await self._call(lambda: self._client.hgetall(self._keys.parked(schema, table)))
        return {row_key: json.loads(values) for row_key, values in rows.items()}

    async def parked_values(self, schema: str, table: str, row_keys: Iterable[str]) -> ParkedRows:
        """The parked rows of these keys: one HMGET."""
        wanted = list(row_keys)
        if not wanted:
            return {}
        key = self._keys.parked(schema, table)
        found = await self._call(lambda: self._client.hmget(key, wanted))
        return {k: json.loads(v) for k, v in zip(wanted, found, strict=True) if v is not None}

    async def parked_changes(self) -> AsyncIterator[ParkedChanged]:
        """Changes through pub/sub on a dedicated connection, reconnecting when it is lost."""
        backoff = 0.05
        while True:
            client = self._connect(retries=0)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await self._call(lambda p=pubsub: p.subscribe(self._keys.parked_events))
                yield ParkedChanged(None)
                backoff = 0.05
                while True:
                    try:
                        message = await pubsub.get_message(timeout=5.0)
                    except _UNREACHABLE as exc:
                        raise StoreUnavailable(f"{self.name} is unreachable: {exc}") from exc
                    if message is not None and message.get("type") == "message":
                        yield _parse_parked_event(message["data"])
            except StoreUnavailable as exc:
                if backoff == 0.05:
                    log.warning("%s: parked-value events interrupted: %s", self.name, exc)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 2.0)
            finally:
                try:
                    await pubsub.aclose()
                    await client.aclose()
                except _UNREACHABLE:
                    pass

    async def scan_parked(
        self, schema: str, table: str, cursor: str | None = None, count: int = 1000
    ) -> tuple[ParkedRows, str | None]:
        """One HSCAN step over the table's hash."""
        key = self._keys.parked(schema, table)
        position, rows = await self._call(
            lambda: self._client.hscan(key, int(cursor or 0), count=count)
        )
        page = {row_key: json.loads(values) for row_key, values in rows.items()}
        return page, (str(position) if int(position) else None)

    async def parked_tables(self) -> list[TableName]:
        """The tables that have parked values (Redis drops empty hashes), sorted."""

        async def work() -> list[TableName]:
            pattern = _glob_escape(self._keys.parked_prefix) + "*"
            names = [key async for key in self._client.scan_iter(match=pattern, count=500)]
            return sorted(self._keys.parked_table(name) for name in names)

        return await self._call(work)

    async def drop_parked_column(
        self, schema: str, table: str, column: str, row_keys: Iterable[str] | None = None
    ) -> None:
        """Forget one column's parked values in one Lua script; rows left empty go."""
        key = self._keys.parked(schema, table)
        wanted = [] if row_keys is None else list(row_keys)
        if row_keys is not None and not wanted:
            return
        await self._call(lambda: self._drop_parked_column(keys=[key], args=[column, *wanted]))
        event = json.dumps([[schema, table, None if row_keys is None else wanted, column]])
        await self._call(lambda: self._client.publish(self._keys.parked_events, event))

    def parked_relation_sql(self, schema: str, table: str) -> None:
        """None: fetch `parked_rows` and render them with `literal.parked_values_sql`."""
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
        """Count one sighting in one MULTI/EXEC (HINCRBY, HSETNX first, HSET last)."""
        k = self._keys
        field = json.dumps([schema, table, column, fingerprint])
        now = datetime.now(UTC).isoformat()

        async def work() -> None:
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.hincrby(k.unknown("count"), field, 1)
                pipe.hsetnx(k.unknown("first"), field, now)
                pipe.hset(k.unknown("last"), field, now)
                if inferred_type:
                    pipe.hset(k.unknown("type"), field, inferred_type)
                await pipe.execute()

        await self._call(work)

    async def unknown_columns(self) -> list[UnknownColumn]:
        """Every unknown column seen so far."""
        k = self._keys

        async def work() -> list[UnknownColumn]:
            async with self._client.pipeline(transaction=True) as pipe:
                for part in ("count", "first", "last", "type"):
                    pipe.hgetall(k.unknown(part))
                counts, firsts, lasts, types = await pipe.execute()
            found = [
                UnknownColumn(
                    *json.loads(field),
                    inferred_type=types.get(field),
                    count=int(count),
                    first_seen=datetime.fromisoformat(firsts[field]),
                    last_seen=datetime.fromisoformat(lasts[field]),
                )
                for field, count in counts.items()
            ]
            return sorted(found, key=lambda u: u.first_seen)

        return await self._call(work)

    async def record_outcome(self, outcome: PredictionOutcome) -> None:
        """Append the outcome of one prediction to a list."""
        data = {
            "schema": outcome.schema,
            "table": outcome.table,
            "column": outcome.column,
            "predicted": outcome.predicted,
            "landed": outcome.landed,
            "eta_error_days": outcome.eta_error_days,
            "type_match": outcome.type_match,
            "recorded_at": outcome.recorded_at.isoformat(),
        }
        await self._call(lambda: self._client.rpush(self._keys.outcomes, json.dumps(data)))

    async def outcomes(self) -> list[PredictionOutcome]:
        """Every recorded outcome, oldest first."""
        items = await self._call(lambda: self._client.lrange(self._keys.outcomes, 0, -1))
        found = []
        for item in items:
            data = json.loads(item)
            data["recorded_at"] = datetime.fromisoformat(data["recorded_at"])
            found.append(PredictionOutcome(**data))
        return found

    # -- proxies and leadership ------------------------------------------------------------------

    async def heartbeat(self, proxy_id: str, schema_version: int) -> None:
        """Report a proxy alive (this host's clock, UTC)."""
        data = json.dumps({"last_seen": datetime.now(UTC).isoformat(), "version": schema_version})
        await self._call(lambda: self._client.hset(self._keys.heartbeats, proxy_id, data))

    async def heartbeats(self) -> list[ProxyHeartbeat]:
        """The last heartbeat of every proxy, by proxy id."""
        beats = await self._call(lambda: self._client.hgetall(self._keys.heartbeats))
        found = []
        for proxy_id in sorted(beats):
            data = json.loads(beats[proxy_id])
            last_seen = datetime.fromisoformat(data["last_seen"])
            found.append(ProxyHeartbeat(proxy_id, last_seen, data["version"]))
        return found

    async def forget_proxy(self, proxy_id: str) -> None:
        """Remove a proxy's heartbeat."""
        await self._call(lambda: self._client.hdel(self._keys.heartbeats, proxy_id))

    async def try_lead(self, name: str, holder: str) -> LeaderLease | None:
        """SET NX PX on the lease key; the fencing token comes from INCR in the same script."""
        lease_key = self._keys.leader(name)
        owner = f"{holder}#{uuid.uuid4().hex}"
        ttl_ms = str(int(self._lease_ttl * 1000))
        started = time.monotonic()
        token = await self._call(
            lambda: self._client.eval(_ACQUIRE, 2, lease_key, lease_key + ":token", owner, ttl_ms)
        )
        if token is None:
            return None
        return _RedisLease(self, name, holder, int(token), owner, lease_key, started)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()


class _Keys:
    """Every Redis key of one store, under its prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.version = prefix + "schema:version"
        self.columns = prefix + "schema:columns"
        self.order = prefix + "schema:order"
        self.since = prefix + "schema:served-since"  # when each column was first served
        self.events = prefix + "events"
        self.ddl = prefix + "ddl"
        self.outcomes = prefix + "outcomes"
        self.heartbeats = prefix + "heartbeats"
        self.parked_prefix = prefix + "parked:"
        self.parked_events = prefix + "parked-events"

    def parked(self, schema: str, table: str) -> str:
        return self.parked_prefix + json.dumps([schema, table])

    def parked_table(self, key: str) -> TableName:
        schema, table = json.loads(key[len(self.parked_prefix) :])
        return (schema, table)

    def unknown(self, part: str) -> str:
        return f"{self.prefix}unknown:{part}"

    def leader(self, name: str) -> str:
        return f"{self.prefix}leader:{name}"


def _field(schema: str, table: str, column: str) -> str:
    return json.dumps([schema, table, column])


def _parse_parked_event(payload: str) -> ParkedChanged:
    """What a payload says changed; everything (reload) when it cannot be read.

    Each item is [schema, table, x] or, from `drop_parked_column`, [schema, table, x, column]:
    x null (any row), a list of row keys, or an object of the rows as they now are (row key ->
    values, null for a removed row).
    """
    try:
        tables: dict[TableName, frozenset[str] | None] = {}
        rows: dict[TableName, dict[str, dict | None]] = {}
        dropped = None
        for schema, table, changed, *column in json.loads(payload):
            if column:
                dropped = column[0]
            if isinstance(changed, dict):
                rows[(schema, table)] = changed
                tables[(schema, table)] = frozenset(changed)
            else:
                tables[(schema, table)] = None if changed is None else frozenset(changed)
        return ParkedChanged(tables, rows, dropped)
    except (ValueError, TypeError):
        return ParkedChanged(None)


def _glob_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


def _pairs(flat: list[str] | dict[str, str]) -> dict[str, str]:
    if isinstance(flat, dict):
        return flat
    return dict(zip(flat[::2], flat[1::2], strict=True))


def _schema(version: str, columns: Any, order: Any, since: Any) -> ShadowSchema:
    columns, order, since = _pairs(columns), _pairs(order), _pairs(since)
    ordered = sorted(columns, key=lambda field: int(order.get(field, 0)))
    return ShadowSchema(
        int(version),
        tuple(
            replace(
                column_from_dict(json.loads(columns[f])),
                served_since=datetime.fromisoformat(since[f]) if f in since else None,
            )
            for f in ordered
        ),
    )


class _PubSubFeed:
    def __init__(self, store: RedisStore, pubsub: aioredis.client.PubSub) -> None:
        self._store = store
        self._pubsub = pubsub

    async def current_version(self) -> int:
        store = self._store
        return int(await store._call(lambda: store._client.get(store._keys.version)) or 0)

    async def next_version(self, timeout: float) -> int | None:
        try:
            message = await self._pubsub.get_message(timeout=timeout)
        except _UNREACHABLE as exc:
            raise StoreUnavailable(f"{self._store.name} is unreachable: {exc}") from exc
        if message is None or message.get("type") != "message":
            return None
        try:
            return int(message["data"])
        except ValueError:
            return None


class _DdlFeed:
    def __init__(self, store: RedisStore, pubsub: aioredis.client.PubSub) -> None:
        self._store = store
        self._pubsub = pubsub

    async def next_announcement(self, timeout: float) -> bool:
        try:
            message = await self._pubsub.get_message(timeout=timeout)
        except _UNREACHABLE as exc:
            raise StoreUnavailable(f"{self._store.name} is unreachable: {exc}") from exc
        return message is not None and message.get("type") == "message"


class _RedisLease(LeaderLease):
    """Renewed every third of its TTL; counted lost once a TTL passed since the last renewal."""

    def __init__(
        self,
        store: RedisStore,
        name: str,
        holder: str,
        token: int,
        owner: str,
        key: str,
        renewed_at: float,
    ) -> None:
        self.name, self.holder, self.token = name, holder, token
        self._store = store
        self._owner = owner
        self._key = key
        self._ttl = store._lease_ttl
        self._renewed_at = renewed_at  # monotonic time the last successful renewal was sent
        self._lost = asyncio.Event()
        self._renewer = asyncio.create_task(self._renew_forever())

    @property
    def held(self) -> bool:
        if not self._lost.is_set() and time.monotonic() - self._renewed_at >= self._ttl:
            self._lost.set()
        return not self._lost.is_set()

    async def confirm(self) -> bool:
        if self.held:
            sent = time.monotonic()
            try:
                renewed = await self._store._call(
                    lambda: self._store._client.eval(
                        _RENEW, 1, self._key, self._owner, str(int(self._ttl * 1000))
                    )
                )
            except StoreUnavailable:
                return self.held
            if renewed:
                self._renewed_at = sent
            else:
                self._lost.set()
        return self.held

    async def wait_lost(self) -> None:
        while self.held:
            remaining = self._ttl - (time.monotonic() - self._renewed_at)
            await wait_event(self._lost, max(remaining, 0.01))

    async def release(self) -> None:
        self._renewer.cancel()
        if not self._lost.is_set():
            self._lost.set()
            # When Redis cannot be reached the key expires by itself.
            with suppress(StoreUnavailable):
                await self._store._call(
                    lambda: self._store._client.eval(_RELEASE, 1, self._key, self._owner)
                )

    async def _renew_forever(self) -> None:
        while self.held:
            await asyncio.sleep(self._ttl / 3)
            await self.confirm()
