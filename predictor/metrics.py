"""Scores for forecasts: precision and recall at k, Brier score, calibration table."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass


def hits_at(ranked: Sequence, actual: Collection, k: int) -> int:
    """How many of the first k ranked items are in `actual`."""
    return sum(1 for item in ranked[:k] if item in actual)


def brier(pairs: Sequence[tuple[float, float]]) -> float:
    """Mean squared error of probabilities against 0/1 outcomes (lower is better)."""
    if not pairs:
        return float("nan")
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs)


@dataclass(frozen=True)
class CalibrationBin:
    """Forecasts whose probability fell in [low, high): how many, mean forecast, observed rate."""

    low: float
    high: float
    count: int
    mean_forecast: float
    observed: float


def calibration_table(
    pairs: Sequence[tuple[float, float]], edges: Sequence[float] = (0, 0.1, 0.2, 0.4, 0.6, 0.8, 1)
) -> list[CalibrationBin]:
    """Group (probability, outcome) pairs into bins; empty bins are left out."""
    bins = []
    for i, (low, high) in enumerate(itertools.pairwise(edges)):
        last = i == len(edges) - 2
        inside = [(p, y) for p, y in pairs if low <= p < high or (last and p == high)]
        if inside:
            bins.append(
                CalibrationBin(
                    low,
                    high,
                    len(inside),
                    sum(p for p, _ in inside) / len(inside),
                    sum(y for _, y in inside) / len(inside),
                )
            )
    return bins
