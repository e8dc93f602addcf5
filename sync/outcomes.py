"""Prediction outcomes recorded by sync, for the predictor to learn from (DESIGN.md §6)."""

from __future__ import annotations

from datetime import datetime

from shadow.columns import ShadowColumn
from shadow.store.base import PredictionOutcome

SECONDS_PER_DAY = 86400.0


def landed(column: ShadowColumn, type_match: bool | None, now: datetime) -> PredictionOutcome:
    """A shadow column appeared in the database: a hit, with its ETA error when it had an ETA."""
    error = None
    if column.eta is not None:
        error = (now - column.eta).total_seconds() / SECONDS_PER_DAY
    return PredictionOutcome(
        column.schema, column.table, column.column, True, True, error, type_match, now
    )


def not_landed(column: ShadowColumn, now: datetime) -> PredictionOutcome:
    """A shadow column will not land: it expired, or its table was dropped."""
    return PredictionOutcome(
        column.schema, column.table, column.column, True, False, None, None, now
    )


def unpredicted(schema: str, table: str, column: str, now: datetime) -> PredictionOutcome:
    """A column landed that no shadow column announced."""
    return PredictionOutcome(schema, table, column, False, True, None, None, now)


def has_landed_outcome(outcomes: list[PredictionOutcome], key: tuple[str, str, str]) -> bool:
    """True when a landing of this column was already recorded (a resumed landing skips it)."""
    return any(o.landed and o.predicted and (o.schema, o.table, o.column) == key for o in outcomes)


def retired_at(outcomes: list[PredictionOutcome], key: tuple[str, str, str]) -> datetime | None:
    """When the column was last recorded as not landing (its retention counts from then)."""
    times = [
        o.recorded_at for o in outcomes if not o.landed and (o.schema, o.table, o.column) == key
    ]
    return max(times) if times else None
