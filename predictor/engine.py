"""The history model: fit on a change log up to a moment, then forecast tables and columns.

One pass over the log replays the schema at rolling origins inside the history (every `step_days`,
each with a full horizon of known outcome before `as_of`). At each origin the pooled forecaster
(Prophet) predicts the project's addition events, the table model learns which tables take them,
and the name model learns which names they get. The fitted models are then applied at `as_of`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from predictor.changes import Change
from predictor.names import NameContext, NameModel, fit_name_model, name_labels
from predictor.rates import FORECASTERS, RateForecast, RateForecaster
from predictor.schema_state import SchemaState, replay, walk
from predictor.table_model import (
    TableModel,
    TableRows,
    eta_days,
    expected_events,
    fit_table_model,
    table_labels,
    table_rows,
)
from predictor.type_inference import TypeModel, key_types

HISTORY_SOURCE = "history"


@dataclass(frozen=True)
class EngineConfig:
    """Modelling choices; each default is justified by a backtest in docs/prediction.md."""

    horizon_days: int = 90
    step_days: int = 28
    warmup_days: int = 60
    max_training_origins: int = 40
    forecaster: str = "prophet"
    table_features: tuple[str, ...] = (
        "log_decayed_events",
        "log_days_since_change",
        "log_columns",
        "log_pooled_share",
    )
    table_l2: float = 1.0
    name_l2: float = 1.0


@dataclass(frozen=True)
class TableForecast:
    """Per table: P(at least one new column within the horizon), expected count, median date."""

    table: str
    p_change: float
    expected_additions: float
    eta: datetime


@dataclass(frozen=True)
class ColumnForecast:
    """A candidate column with its probability of arriving within the horizon."""

    table: str
    column: str
    type: str
    default: str
    probability: float
    eta: datetime
    sources: tuple[str, ...]
    new_type: bool = False  # the type is one the project has not created yet (a new enum)


def training_origins(first: datetime, as_of: datetime, config: EngineConfig) -> list[datetime]:
    """Rolling origins on a grid anchored at the first change, each with a full known horizon."""
    origins = []
    origin = first + timedelta(days=config.warmup_days)
    last = as_of - timedelta(days=config.horizon_days)
    while origin <= last:
        origins.append(origin)
        origin += timedelta(days=config.step_days)
    return origins[-config.max_training_origins :]


def make_forecaster(name: str) -> RateForecaster:
    """A pooled-rate forecaster by name (prophet, recent, mean)."""
    try:
        return FORECASTERS[name]()
    except KeyError:
        raise ValueError(f"unknown forecaster {name!r} (one of {', '.join(FORECASTERS)})") from None


def type_model_of(state: SchemaState) -> TypeModel:
    """Type inference trained on everything the history shows up to this state."""
    live = {t: {c: col.type for c, col in info.columns.items()} for t, info in state.tables.items()}
    return TypeModel(state.typed_names, key_types(live), live)


class HistoryModel:
    """Models fitted on the history before `as_of`, and the schema as it stands then."""

    def __init__(
        self,
        changes: Sequence[Change],
        as_of: datetime,
        config: EngineConfig | None = None,
        forecaster: RateForecaster | None = None,
    ) -> None:
        self.config = config or EngineConfig()
        self.as_of = as_of
        self.forecaster = forecaster or make_forecaster(self.config.forecaster)
        history = [c for c in changes if c.ts < as_of]
        self.changes = history
        horizon = self.config.horizon_days
        final = replay(history)
        addition_times: dict[str, list[datetime]] = defaultdict(list)
        added_pairs: dict[tuple[str, str], list[datetime]] = defaultdict(list)
        events: list[datetime] = []
        for a in final.additions:
            if not addition_times[a.table] or addition_times[a.table][-1] != a.ts:
                addition_times[a.table].append(a.ts)
                events.append(a.ts)
            added_pairs[(a.table, a.column)].append(a.ts)
        events.sort()
        self._events = events

        origins = training_origins(history[0].ts, as_of, self.config) if history else []
        table_training: list[tuple[TableRows, np.ndarray]] = []
        name_training = []
        state: SchemaState = SchemaState()
        for origin, state in walk(history, [*origins, as_of]):
            if origin == as_of:
                break
            rows = table_rows(state, origin, horizon, self._pooled(origin))
            labels = table_labels(rows, horizon, addition_times)
            table_training.append((rows, labels))
            changed = [t for t, y in zip(rows.tables, labels, strict=True) if y > 0]
            if changed:
                context = NameContext(state, origin, horizon)
                name_rows = context.rows(context.candidate_pairs(changed))
                name_training.append((name_rows, name_labels(name_rows, horizon, added_pairs)))
        self.state = state
        self.table_training = table_training
        self.table_model: TableModel = fit_table_model(
            table_training, self.config.table_features, self.config.table_l2
        )
        self.name_model: NameModel = fit_name_model(name_training, self.config.name_l2)
        self.type_model = type_model_of(state)
        self.pooled = self._pooled(as_of)
        self._rows = table_rows(state, as_of, horizon, self.pooled)
        self._p_tables = dict(
            zip(self._rows.tables, self.table_model.predict(self._rows), strict=True)
        )
        self._names = NameContext(state, as_of, horizon)

    @property
    def events(self) -> list[datetime]:
        """Times of every addition event before `as_of` (one per table and migration)."""
        return self._events

    def _pooled(self, origin: datetime) -> RateForecast:
        past = self._events[: bisect_left(self._events, origin)]
        return self.forecaster.forecast(past, origin, self.config.horizon_days)

    def table_probability(self, table: str) -> float:
        """P(the table gains a column within the horizon); 0 for a table the history lacks."""
        return float(self._p_tables.get(table, 0.0))

    def eta(self, probability: float) -> datetime:
        """Median date of the first addition for a table with this probability."""
        return self.as_of + timedelta(days=eta_days(probability, self.pooled.daily))

    def table_probabilities(self) -> dict[str, float]:
        """P(change within the horizon) of every live table."""
        return {t: float(p) for t, p in self._p_tables.items()}

    def expected_additions(self, table: str, probability: float) -> float:
        """Expected new columns: expected addition events times the table's columns per event."""
        events = float(expected_events(np.array([probability]))[0])
        return events * self._columns_per_event(table)

    def tables(self) -> list[TableForecast]:
        """Every live table, most likely to change first."""
        forecasts = []
        for table, p in self._p_tables.items():
            expected = self.expected_additions(table, p)
            forecasts.append(TableForecast(table, p, expected, self.eta(p)))
        forecasts.sort(key=lambda f: (-f.p_change, f.table))
        return forecasts

    def _columns_per_event(self, table: str) -> float:
        info = self.state.tables.get(table)
        events = len(self._events)
        project = len(self.state.additions) / events if events else 1.0
        if info is None:
            return project
        prior = 2.0
        return (info.added_count + prior * project) / (len(info.addition_times) + prior)

    def conditionals(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """P(table gets name | table gains a column) for each (table, name)."""
        if not pairs:
            return np.zeros(0)
        return self.name_model.predict(self._names.rows(pairs))

    def candidate_pairs(self) -> list[tuple[str, str]]:
        """Every (live table, pool name) the history suggests."""
        return self._names.candidate_pairs()

    def columns(self, limit: int | None = None) -> list[ColumnForecast]:
        """Candidate columns from history patterns, most likely first."""
        pairs = self._names.candidate_pairs()
        return self._forecast_pairs(pairs, limit)

    def candidates(self, pairs: Sequence[tuple[str, str]]) -> list[ColumnForecast]:
        """The engine's view of named columns, in the order asked."""
        return self._forecast_pairs(pairs, None, keep_order=True)

    def _forecast_pairs(
        self, pairs: Sequence[tuple[str, str]], limit: int | None, keep_order: bool = False
    ) -> list[ColumnForecast]:
        if not pairs:
            return []
        conditional = self.conditionals(pairs)
        scored = [
            (self.table_probability(t) * float(c), t, n)
            for (t, n), c in zip(pairs, conditional, strict=True)
        ]
        if not keep_order:
            scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        if limit is not None:
            scored = scored[:limit]
        results = []
        for p, table, name in scored:
            guess = self.type_model.infer(table, name)
            results.append(
                ColumnForecast(
                    table,
                    name,
                    guess.type,
                    guess.default,
                    p,
                    self.eta(self.table_probability(table)),
                    (HISTORY_SOURCE,),
                    guess.new_type,
                )
            )
        return results
