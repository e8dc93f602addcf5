"""Shadow columns: columns the application may use before the database has them (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
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
