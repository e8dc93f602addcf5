"""The state store interface shared by every backend (DESIGN.md §5).

Proxies, the predictor and the sync sidecar only ever talk to a `ShadowStore`; which backend sits
behind it is chosen by `--store`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema

# Parked values of one row: column name -> the value's Postgres text representation, or None (NULL).
RowValues = dict[str, str | None]
# A table's parked values by row key (the primary key rendered as text, see DESIGN.md §4).
ParkedRows = dict[str, RowValues]
TableName = tuple[str, str]


class StoreUnavailable(Exception):
    """The store cannot be reached; statements that need it fail with SQLSTATE 08006."""


@dataclass(frozen=True, slots=True)
class SchemaChanged:
    """Published whenever the shadow schema changes; carries the new version."""

    version: int


@dataclass(frozen=True, slots=True)
class ParkedChanged:
    """Parked values changed: per table, the row keys (None: any row of it).

    `tables` None means anything may have changed (a subscription began or came back after a
    lost connection): a follower reloads everything.
    """

    tables: Mapping[TableName, frozenset[str] | None] | None = None
    # Where the event carries them: the changed rows as they now are (None: removed).
    rows: Mapping[TableName, Mapping[str, RowValues | None]] | None = None
    # Set when the change only took this column's values away (`drop_parked_column`: a column
    # that landed, expired or was dropped, so no longer served).
    dropped_column: str | None = None


@dataclass(frozen=True, slots=True)
class UnknownColumn:
    """Telemetry: a column the application asked for that exists neither live nor in the shadow."""

    schema: str | None
    table: str | None
    column: str
    fingerprint: str
    inferred_type: str | None
    count: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class PredictionOutcome:
    """What happened to one prediction, recorded by sync and fed back to the predictor.

    `predicted` is False for a column that landed without having been predicted; `landed` is False
    for a prediction that expired. `eta_error_days` is landing time minus predicted ETA, in days.
    """

    schema: str
    table: str
    column: str
    predicted: bool
    landed: bool
    eta_error_days: float | None
    type_match: bool | None
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ProxyHeartbeat:
    """A live proxy: when it last reported, and the shadow-schema version it has acknowledged."""

    proxy_id: str
    last_seen: datetime
    schema_version: int


class LeaderLease(ABC):
    """Leadership of one named role (the sync sidecar) held by this process.

    `token` is a fencing token: it grows every time the leadership changes hands, so a deposed
    leader's late writes can be told apart from the current leader's.
    """

    name: str
    holder: str
    token: int

    @property
    @abstractmethod
    def held(self) -> bool:
        """False once the lease was lost or released (local view, no round trip)."""

    @abstractmethod
    async def confirm(self) -> bool:
        """Ask the store whether this lease is still held; marks it lost when it is not."""

    @abstractmethod
    async def wait_lost(self) -> None:
        """Return when the lease is lost or released."""

    @abstractmethod
    async def release(self) -> None:
        """Give the leadership up (idempotent)."""


class ShadowStore(ABC):
    """Where shadow columns, parked values, telemetry and outcomes live."""

    # Shown in error messages and logs; never contains a password.
    name: str = "store"

    # -- shadow schema ---------------------------------------------------------------------------

    @abstractmethod
    async def load_schema(self) -> ShadowSchema:
        """The current shadow schema."""

    @abstractmethod
    async def put_column(self, column: ShadowColumn) -> ShadowSchema:
        """Add or replace a shadow column (same schema, table, column); bumps the version.

        A replaced column keeps its place in declaration order.
        """

    @abstractmethod
    async def drop_column(self, schema: str, table: str, column: str) -> ShadowSchema:
        """Remove a shadow column; bumps the version. Its parked values are kept."""

    @abstractmethod
    def subscribe(self, since_version: int | None = None) -> AsyncIterator[SchemaChanged]:
        """Change events from every process sharing this store, in order.

        With `since_version`, an event is emitted at once if the store is already past it, so a
        caller that loaded the schema first misses nothing. The subscription survives lost
        connections: on reconnect it re-reads the version and emits an event if it moved.
        """

    # -- DDL announcements -----------------------------------------------------------------------

    @abstractmethod
    async def announce_ddl(self) -> None:
        """Tell every process sharing this store that DDL went by (a proxy saw it pass through).

        Best effort, nothing is kept: the sync leader reads the live catalog at once instead of
        waiting for its next poll.
        """

    @abstractmethod
    def ddl_announcements(self) -> AsyncIterator[None]:
        """One item per announcement from any process sharing this store, once iteration began.

        Announcements close together may arrive as one. The subscription survives lost
        connections and yields once after reconnecting, since one may have been missed meanwhile.
        """

    # -- parked values ---------------------------------------------------------------------------

    @abstractmethod
    async def write_parked(
        self,
        park: Mapping[TableName, Mapping[str, Mapping[str, str | None]]] | None = None,
        unpark: Mapping[TableName, Iterable[str]] | None = None,
    ) -> None:
        """Apply parked-value changes to several tables atomically: all of them or none.

        `unpark` removes whole rows and is applied first; `park` then merges values into rows
        (a column not named keeps its parked value).
        """

    async def park(
        self, schema: str, table: str, row_key: str, values: Mapping[str, str | None]
    ) -> None:
        """Merge parked values into one row."""
        await self.write_parked(park={(schema, table): {row_key: values}})

    async def unpark(self, schema: str, table: str, row_keys: Iterable[str]) -> None:
        """Remove every parked value of these rows (the rows were deleted)."""
        await self.write_parked(unpark={(schema, table): list(row_keys)})

    @abstractmethod
    async def parked_rows(self, schema: str, table: str) -> ParkedRows:
        """Every parked row of one table."""

    async def parked_values(self, schema: str, table: str, row_keys: Iterable[str]) -> ParkedRows:
        """The parked rows of these keys (keys with nothing parked are left out)."""
        rows = await self.parked_rows(schema, table)
        return {key: rows[key] for key in row_keys if key in rows}

    def parked_changes(self) -> AsyncIterator[ParkedChanged]:
        """Changes of parked values made by any process sharing this store.

        Only the stores whose values live outside the database (memory, redis) have them: a
        proxy keeps a copy of those values. The first item, and the first after a lost
        connection, is `ParkedChanged(None)`: reload everything.
        """
        raise NotImplementedError(f"{self.name} does not report parked-value changes")

    async def scan_parked(
        self, schema: str, table: str, cursor: str | None = None, count: int = 1000
    ) -> tuple[ParkedRows, str | None]:
        """One page of a table's parked rows (about `count`), and the next page's cursor.

        Start with `cursor=None`; None comes back after the last page. Every row parked
        throughout the scan is seen at least once (a row may come twice, so callers must be
        idempotent); rows parked or removed meanwhile may or may not be seen. This default reads
        every row at once: backends override it with a real cursor.
        """
        rows = await self.parked_rows(schema, table)
        remaining = sorted(k for k in rows if cursor is None or k > cursor)
        page = remaining[:count]
        return {k: rows[k] for k in page}, (page[-1] if len(remaining) > count else None)

    @abstractmethod
    async def parked_tables(self) -> list[TableName]:
        """The tables that have parked values, sorted."""

    @abstractmethod
    async def drop_parked_column(
        self, schema: str, table: str, column: str, row_keys: Iterable[str] | None = None
    ) -> None:
        """Forget one column's parked values (of these rows only, when given).

        Rows left with no parked value are removed.
        """

    @abstractmethod
    def parked_relation_sql(self, schema: str, table: str) -> str | None:
        """SQL for the FROM clause yielding `(row_key text, vals jsonb)` for one table.

        None means the values do not live in the database: the caller fetches `parked_rows` and
        renders them with `shadow.store.literal.parked_values_sql`.
        """

    # -- telemetry and outcomes ------------------------------------------------------------------

    @abstractmethod
    async def record_unknown_column(
        self,
        schema: str | None,
        table: str | None,
        column: str,
        fingerprint: str,
        inferred_type: str | None,
    ) -> None:
        """Count one sighting of an unknown column (telemetry for the predictor).

        Sightings are counted per (schema, table, column, fingerprint); a non-empty inferred type
        replaces the previous one.
        """

    @abstractmethod
    async def unknown_columns(self) -> list[UnknownColumn]:
        """Every unknown column seen so far."""

    @abstractmethod
    async def record_outcome(self, outcome: PredictionOutcome) -> None:
        """Keep the outcome of one prediction."""

    @abstractmethod
    async def outcomes(self) -> list[PredictionOutcome]:
        """Every recorded outcome, oldest first."""

    # -- proxies and leadership ------------------------------------------------------------------

    @abstractmethod
    async def heartbeat(self, proxy_id: str, schema_version: int) -> None:
        """Report a proxy alive, having acknowledged this shadow-schema version."""

    @abstractmethod
    async def heartbeats(self) -> list[ProxyHeartbeat]:
        """The last heartbeat of every proxy that has not been forgotten, by proxy id."""

    @abstractmethod
    async def forget_proxy(self, proxy_id: str) -> None:
        """Remove a proxy's heartbeat (it shut down cleanly)."""

    @abstractmethod
    async def try_lead(self, name: str, holder: str) -> LeaderLease | None:
        """Take the leadership called `name` if nobody holds it; None when somebody does."""

    @abstractmethod
    async def close(self) -> None:
        """Release connections."""
