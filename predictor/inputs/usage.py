"""Usage analytics (CSV): how much each feature is used over time, and the tables it lives in.

    date,feature,value,tables
    2026-06-01,checkout,1520,orders;payments
    2026-06-02,checkout,1610,

`tables` (separated by `;`) may be given on any row of a feature. A feature whose usage grew over
the last RECENT_DAYS compared with the BASELINE_DAYS before gets development attention: the odds
that its tables change are multiplied by exp(WEIGHT · growth), growth being the log ratio of the
mean daily values, clipped to ±1. WEIGHT is a prior that outcomes do not yet adjust.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from predictor.changes import parse_timestamp
from predictor.evidence import Evidence, InputError, TableTrend

RECENT_DAYS = 28
BASELINE_DAYS = 56
WEIGHT = 0.5


def read_usage(path: str | Path, as_of: datetime) -> Evidence:
    """Trends per table from a usage file, using only rows dated before `as_of`."""
    path = Path(path)
    series: dict[str, list[tuple[datetime, float]]] = defaultdict(list)
    tables: dict[str, set[str]] = defaultdict(set)
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = {"date", "feature", "value"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"{path}: header lacks {', '.join(sorted(missing))}")
            for row in reader:
                where = f"{path}:{reader.line_num}"
                try:
                    when = parse_timestamp(row["date"] or "")
                    value = float(row["value"] or "")
                except ValueError:
                    raise InputError(f"{where}: bad date or value") from None
                feature = (row["feature"] or "").strip()
                if not feature:
                    raise InputError(f"{where}: empty feature")
                for table in (row.get("tables") or "").split(";"):
                    if table.strip():
                        tables[feature].add(table.strip().removeprefix("public."))
                if when < as_of:
                    series[feature].append((when, value))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    trends = []
    for feature, points in series.items():
        growth = usage_growth(points, as_of)
        if growth is None:
            continue
        factor = math.exp(WEIGHT * growth)
        for table in sorted(tables.get(feature, ())):
            trends.append(TableTrend(table, factor, f"{feature} usage {growth:+.2f}"))
    return Evidence(trends=tuple(trends))


def usage_growth(points: list[tuple[datetime, float]], as_of: datetime) -> float | None:
    """Log ratio of mean daily usage, recent window over the one before, clipped to ±1."""
    recent_start = as_of - timedelta(days=RECENT_DAYS)
    base_start = recent_start - timedelta(days=BASELINE_DAYS)
    recent = [v for t, v in points if recent_start <= t < as_of]
    base = [v for t, v in points if base_start <= t < recent_start]
    if not recent or not base:
        return None
    ratio = (sum(recent) / RECENT_DAYS + 1.0) / (sum(base) / BASELINE_DAYS + 1.0)
    return max(-1.0, min(1.0, math.log(ratio)))
