"""Shadow columns: columns the application may use before the database has them (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum


class ColumnState(StrEnum):
    """Life cycle of a shadow column: predicted → active → landing → landed, or expired/rejected."""

    PREDICTED = "predicted"
    ACTIVE = "active"
    LANDING = "landing"
    LANDED = "landed"
    EXPIRED = "expired"
    REJECTED = "rejected"


SERVED_STATES = frozenset({ColumnState.ACTIVE, ColumnState.LANDING})


@dataclass(frozen=True, slots=True)
class ShadowColumn:
    """One shadow column. Identifiers are stored exactly as Postgres stores them (case-folded)."""

    schema: str
    table: str
    column: str
    type: str
    default: str | None = None
    not_null: bool = False
    check: str | None = None
    probability: float = 1.0
    eta: datetime | None = None
    sources: tuple[str, ...] = field(default=("declared",))
    state: ColumnState = ColumnState.ACTIVE
    # When the column was first served, stamped by the store: the moment a real column would
    # have been added, at which `now()` in its default is read for the rows that existed then.
    # Bookkeeping of the store, not part of what the column is: equality ignores it.
    served_since: datetime | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        """The identity of the column: (schema, table, column)."""
        return (self.schema, self.table, self.column)

    @property
    def served(self) -> bool:
        """True when the proxy must make this column look real."""
        return self.state in SERVED_STATES

    def with_state(self, state: ColumnState) -> ShadowColumn:
        """A copy of this column in another state."""
        return replace(self, state=state)


def with_served_since(column: ShadowColumn, stored: datetime | None) -> ShadowColumn:
    """The column as a store keeps it: the first time it was served stays (`stored`), and a
    column served for the first time is stamped now."""
    since = stored or column.served_since
    if since is None and column.served:
        since = datetime.now(UTC)
    return column if since == column.served_since else replace(column, served_since=since)
