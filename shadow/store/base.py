"""The state store interface shared by every backend (DESIGN.md §5).

Proxies, the predictor and the sync sidecar only ever talk to a `ShadowStore`; which backend sits
behind it is chosen by `--store`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema


class StoreUnavailable(Exception):
    """The store cannot be reached; statements that need it fail with SQLSTATE 08006."""


@dataclass(frozen=True, slots=True)
class SchemaChanged:
    """Published whenever the shadow schema changes; carries the new version."""

    version: int


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


class ShadowStore(ABC):
    """Where shadow columns, parked values, telemetry and outcomes live."""

    @abstractmethod
    async def load_schema(self) -> ShadowSchema:
        """The current shadow schema."""

    @abstractmethod
    async def put_column(self, column: ShadowColumn) -> ShadowSchema:
        """Add or replace a shadow column (same schema, table, column); bumps the version."""

    @abstractmethod
    async def drop_column(self, schema: str, table: str, column: str) -> ShadowSchema:
        """Remove a shadow column; bumps the version. Its parked values are kept."""

    @abstractmethod
    def subscribe(self) -> AsyncIterator[SchemaChanged]:
        """Change events from every process sharing this store, in order."""

    @abstractmethod
    async def record_unknown_column(
        self,
        schema: str | None,
        table: str | None,
        column: str,
        fingerprint: str,
        inferred_type: str | None,
    ) -> None:
        """Count one sighting of an unknown column (telemetry for the predictor)."""

    @abstractmethod
    async def unknown_columns(self) -> list[UnknownColumn]:
        """Every unknown column seen so far."""

    @abstractmethod
    async def close(self) -> None:
        """Release connections."""
