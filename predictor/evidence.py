"""Evidence beyond the history: what each input says about coming columns and tables.

Readers in `predictor.inputs` turn their files (or the store) into these records. `strength` is
how sure the evidence is by its own terms (a release's confidence, an experiment's status); how far
each source is trusted is applied later (`reliability`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

RELEASES = "releases"
EXPERIMENTS = "experiments"
TELEMETRY = "telemetry"
PENDING = "pending_migration"
USAGE = "usage"


class InputError(ValueError):
    """An input file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class ColumnEvidence:
    """A source says `table.column` is coming."""

    source: str
    table: str
    column: str
    strength: float
    eta: datetime | None = None
    type: str = ""
    default: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class TableEvidence:
    """A source says `table` will change (gain some column) within the horizon."""

    source: str
    table: str
    strength: float
    eta: datetime | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class TableTrend:
    """Usage of the features a table serves is rising or falling: multiplies its odds of change."""

    table: str
    odds_factor: float
    detail: str = ""


@dataclass(frozen=True)
class Evidence:
    """Everything the non-history inputs contributed."""

    columns: tuple[ColumnEvidence, ...] = ()
    tables: tuple[TableEvidence, ...] = ()
    trends: tuple[TableTrend, ...] = ()

    def __add__(self, other: Evidence) -> Evidence:
        return Evidence(
            self.columns + other.columns, self.tables + other.tables, self.trends + other.trends
        )


def parse_column_ref(text: str) -> tuple[str, str]:
    """`table.column` or `schema.table.column` → (table, column); `public.` is dropped."""
    parts = [p.strip() for p in text.strip().split(".")]
    if len(parts) < 2 or not all(parts) or len(parts) > 3:
        raise ValueError(f"{text!r} is not TABLE.COLUMN")
    if len(parts) == 3 and parts[0] == "public":
        parts = parts[1:]
    return ".".join(parts[:-1]), parts[-1]
