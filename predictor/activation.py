"""Activation: predictions at or above a probability threshold become active shadow columns.

Written through the ShadowStore interface, so any backend works. A column the store already holds
is left alone when an operator declared it, when it is landing or landed, or when it was rejected;
an active prediction is refreshed (probability, ETA, sources, type) when they changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from shadow.columns import ColumnState, ShadowColumn
from shadow.store.base import ShadowStore

DEFAULT_SCHEMA = "public"
DECLARED = "declared"
KEEP_STATES = frozenset({ColumnState.LANDING, ColumnState.LANDED, ColumnState.REJECTED})
SERIAL_TYPES = {"serial": "int4", "bigserial": "int8", "smallserial": "int2"}


@dataclass
class ActivationReport:
    """What `activate` did, column by column (`schema.table.column`)."""

    activated: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    below_threshold: int = 0


def split_table(table: str) -> tuple[str, str]:
    """`schema.table` → (schema, table); a bare name is in the default schema."""
    schema, _, name = table.rpartition(".")
    return (schema or DEFAULT_SCHEMA), name


def shadow_column_for(prediction) -> ShadowColumn:
    """The active shadow column a prediction (a ColumnForecast) stands for."""
    schema, table = split_table(prediction.table)
    type_name = SERIAL_TYPES.get(prediction.type, prediction.type) or "text"
    if getattr(prediction, "new_type", False):
        # an enum the project has not created yet: the database cannot cast to it, its values
        # read as text until the real column lands
        type_name = "text"
    return ShadowColumn(
        schema=schema,
        table=table,
        column=prediction.column,
        type=type_name,
        default=prediction.default or None,
        probability=round(float(prediction.probability), 4),
        eta=prediction.eta,
        sources=tuple(prediction.sources),
        state=ColumnState.ACTIVE,
    )


async def activate(predictions: Iterable, store: ShadowStore, threshold: float) -> ActivationReport:
    """Make every prediction with probability ≥ threshold an active shadow column in `store`."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    report = ActivationReport()
    schema = await store.load_schema()
    for prediction in predictions:
        if prediction.probability < threshold:
            report.below_threshold += 1
            continue
        wanted = shadow_column_for(prediction)
        name = ".".join(wanted.key)
        current = schema.get(*wanted.key)
        if current is None:
            schema = await store.put_column(wanted)
            report.activated.append(name)
        elif DECLARED in current.sources or current.state in KEEP_STATES:
            report.kept.append(name)
        elif _same(current, wanted):
            report.unchanged.append(name)
        else:
            schema = await store.put_column(wanted)
            report.refreshed.append(name)
    return report


def _same(current: ShadowColumn, wanted: ShadowColumn) -> bool:
    return (
        current.state == wanted.state
        and current.type == wanted.type
        and current.default == wanted.default
        and current.probability == wanted.probability
        and current.eta == wanted.eta
        and tuple(current.sources) == tuple(wanted.sources)
    )
