"""Naive forecasts that every modelling choice must beat in the backtest."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np

from predictor.schema_state import SchemaState


def recent_additions_ranking(state: SchemaState, as_of: datetime, horizon_days: int) -> list[str]:
    """Tables by columns-added events in the last horizon; ties by latest addition, then name."""
    start = as_of - timedelta(days=horizon_days)

    def key(table: str) -> tuple[int, float, str]:
        times = state.tables[table].addition_times
        recent = len(times) - bisect_left(times, start)
        latest = times[-1].timestamp() if times else float("-inf")
        return (-recent, -latest, table)

    return sorted(state.tables, key=key)


def recurring_names_ranking(state: SchemaState, limit: int) -> list[tuple[str, str]]:
    """(table, name) pairs where the name is on the most other tables; ties by table, name."""
    cover = Counter(c for info in state.tables.values() for c in info.columns)
    names = [n for n, count in cover.most_common() if count >= 2]
    names.sort(key=lambda n: (-cover[n], n))
    ranked: list[tuple[str, str]] = []
    for name in names:
        for table in sorted(state.tables):
            if name not in state.tables[table].columns:
                ranked.append((table, name))
                if len(ranked) >= limit:
                    return ranked
    return ranked


def base_rate(labels: Sequence[float]) -> float:
    """Climatology: the share of past table-windows in which the table gained a column."""
    return float(np.mean(labels)) if len(labels) else 0.0


def recent_rate(recent: Sequence[bool], labels: Sequence[float]) -> tuple[float, float]:
    """Persistence as a probability: P(change | changed last window), P(change | did not)."""
    flags = np.asarray(recent, dtype=bool)
    y = np.asarray(labels, dtype=float)
    overall = base_rate(y)
    active = float(y[flags].mean()) if flags.any() else overall
    quiet = float(y[~flags].mean()) if (~flags).any() else overall
    return active, quiet


def most_common_type(types: Sequence[str]) -> str:
    """The type most columns of the project have."""
    counts = Counter(t for t in types if t)
    return counts.most_common(1)[0][0] if counts else "text"
