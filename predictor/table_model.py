"""Which tables gain columns: per-table features and the pooled forecast, calibrated on history.

Every table shares one logistic model (pooling); a table with a thin history is predicted from its
features (age, recency, size) and its share of the pooled Prophet forecast rather than from its own
few points. The model is fitted on rolling origins inside the history before the cut-off, so its
probabilities are calibrated on that history.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from predictor.logistic import LogisticModel, fit_logistic
from predictor.rates import RateForecast
from predictor.schema_state import SchemaState
from predictor.words import name_tokens, singular, table_words

DECAY_DAYS = 180.0
SHARE_PRIOR = 0.5
SIBLING_WORD_SHARE = 0.3
FEATURES = (
    "log_recent_events",
    "log_events_30d",
    "log_events_365d",
    "log_decayed_events",
    "log_total_events",
    "log_age_days",
    "new_table",
    "log_days_since_change",
    "log_recent_other_changes",
    "log_columns",
    "log_sibling_events",
    "log_references",
    "log_pooled_share",
)


@dataclass(frozen=True)
class TableRows:
    """Feature rows for the live tables at one origin."""

    origin: datetime
    tables: list[str]
    features: np.ndarray


def _days(delta: timedelta) -> float:
    return max(delta.total_seconds() / 86400.0, 0.0)


def _count_since(times: Sequence[datetime], start: datetime) -> int:
    return len(times) - bisect_left(times, start)


def _decayed(times: Sequence[datetime], origin: datetime, days: float) -> float:
    return sum(math.exp(-_days(origin - ts) / days) for ts in times)


def sibling_activity(state: SchemaState, origin: datetime, horizon_days: int) -> dict[str, float]:
    """Recent addition events on other tables that share a distinctive word with each table.

    `posthog_integrations` and `blob_storage_integrations` are siblings; a word found on more
    than SIBLING_WORD_SHARE of the tables (a project prefix, say) links nothing.
    """
    words = {t: set(table_words(t)) for t in state.tables}
    holders: dict[str, list[str]] = defaultdict(list)
    for table, found in words.items():
        for word in found:
            holders[word].append(table)
    limit = max(2, SIBLING_WORD_SHARE * len(words))
    activity = {
        t: _decayed(info.addition_times, origin, horizon_days) for t, info in state.tables.items()
    }
    result = {}
    for table, found in words.items():
        siblings = {s for w in found if len(holders[w]) <= limit for s in holders[w]} - {table}
        result[table] = sum(activity[s] for s in siblings)
    return result


def reference_counts(state: SchemaState) -> dict[str, int]:
    """How many columns of other tables look like keys of each table (`project_id` → projects)."""
    stems: Counter[str] = Counter()
    for info in state.tables.values():
        for column in info.columns:
            tokens = name_tokens(column)
            if len(tokens) > 1 and tokens[-1] == "id":
                stems["".join(tokens[:-1])] += 1
    counts = {}
    for table in state.tables:
        words = table_words(table)
        if not words:
            counts[table] = 0
            continue
        plain = "".join(words)
        single = "".join([*words[:-1], singular(words[-1])])
        counts[table] = stems[plain] + (stems[single] if single != plain else 0)
    return counts


def table_rows(
    state: SchemaState, origin: datetime, horizon_days: int, pooled: RateForecast
) -> TableRows:
    """Features of every live table at `origin` (see FEATURES)."""
    tables = sorted(state.tables)
    recent_start = origin - timedelta(days=horizon_days)
    siblings = sibling_activity(state, origin, horizon_days)
    references = reference_counts(state)
    decayed = {t: _decayed(state.tables[t].addition_times, origin, DECAY_DAYS) for t in tables}
    total_decayed = sum(decayed.values())
    rows = []
    for name in tables:
        info = state.tables[name]
        times = info.addition_times
        age = _days(origin - info.created)
        last = info.last_change or info.created
        share = (decayed[name] + SHARE_PRIOR) / (total_decayed + SHARE_PRIOR * len(tables))
        rows.append(
            (
                math.log1p(_count_since(times, recent_start)),
                math.log1p(_count_since(times, origin - timedelta(days=30))),
                math.log1p(_count_since(times, origin - timedelta(days=365))),
                math.log1p(decayed[name]),
                math.log1p(len(times)),
                math.log1p(age),
                1.0 if age < horizon_days else 0.0,
                math.log1p(_days(origin - last)),
                math.log1p(_count_since(info.other_change_times, recent_start)),
                math.log1p(len(info.columns)),
                math.log1p(siblings[name]),
                math.log1p(references[name]),
                math.log(pooled.expected * share + 0.01),
            )
        )
    features = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
    return TableRows(origin, tables, features)


def table_labels(
    rows: TableRows, horizon_days: int, addition_times: dict[str, Sequence[datetime]]
) -> np.ndarray:
    """1 where the table gained a column in [origin, origin + horizon), else 0."""
    end = rows.origin + timedelta(days=horizon_days)
    labels = []
    for name in rows.tables:
        times = addition_times.get(name, ())
        i = bisect_left(times, rows.origin)
        labels.append(1.0 if i < len(times) and times[i] < end else 0.0)
    return np.array(labels)


@dataclass(frozen=True)
class TableModel:
    """P(at least one new column within the horizon) for each live table."""

    logistic: LogisticModel | None
    features: tuple[str, ...] = ()

    @property
    def method(self) -> str:
        """`logistic` when calibrated on history, else `pooled-share` (too little history)."""
        return "logistic" if self.logistic is not None else "pooled-share"

    def predict(self, rows: TableRows) -> np.ndarray:
        """Probabilities aligned with `rows.tables`."""
        if len(rows.tables) == 0:
            return np.zeros(0)
        if self.logistic is not None:
            return self.logistic.predict(select(rows.features, self.features))
        expected = np.exp(rows.features[:, FEATURES.index("log_pooled_share")]) - 0.01
        return 1.0 - np.exp(-np.clip(expected, 0.0, None))


MIN_CLASS_ROWS = 5


def select(features: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """The columns of a feature matrix with these names."""
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"unknown table features: {', '.join(unknown)}")
    return features[:, [FEATURES.index(n) for n in names]]


def fit_table_model(
    training: Sequence[tuple[TableRows, np.ndarray]], features: Sequence[str], l2: float = 1.0
) -> TableModel:
    """Fit on (rows, labels) of past origins; too few of either class gives the fallback."""
    names = tuple(features)
    if not training:
        return TableModel(None, names)
    x = np.vstack([select(rows.features, names) for rows, _ in training])
    y = np.concatenate([labels for _, labels in training])
    positives = int(y.sum())
    if positives < MIN_CLASS_ROWS or len(y) - positives < MIN_CLASS_ROWS:
        return TableModel(None, names)
    return TableModel(fit_logistic(x, y, l2=l2), names)


def expected_events(probability: np.ndarray) -> np.ndarray:
    """Expected addition events under a Poisson process with P(at least one) = probability."""
    return -np.log1p(-np.clip(probability, 0.0, 0.999))


def eta_days(probability: float, daily: np.ndarray) -> float:
    """Median day of the first addition given that one happens, following the pooled daily shape."""
    horizon = len(daily)
    if probability <= 0.0 or horizon == 0:
        return horizon / 2.0
    shape = daily if daily.sum() > 0 else np.ones(horizon)
    cumulative = np.cumsum(shape) / shape.sum()
    total = float(expected_events(np.array([probability]))[0])
    target = -math.log(1.0 - 0.5 * min(probability, 0.999)) / total
    day = int(np.searchsorted(cumulative, target))
    previous = cumulative[day - 1] if day > 0 else 0.0
    within = (target - previous) / max(cumulative[day] - previous, 1e-12)
    return day + float(np.clip(within, 0.0, 1.0))
