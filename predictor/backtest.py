"""Rolling-origin backtest: for each fold only the history before its cut-off is used.

Folds end at the last change and step back one horizon each, so their test windows do not overlap.
Every metric is reported beside naive baselines (see `baselines`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from predictor.baselines import (
    base_rate,
    most_common_type,
    recent_additions_ranking,
    recent_rate,
    recurring_names_ranking,
)
from predictor.changes import Change, ChangeOp
from predictor.engine import EngineConfig, HistoryModel, make_forecaster
from predictor.metrics import CalibrationBin, brier, calibration_table, hits_at
from predictor.rates import RecentRate
from predictor.schema_state import Addition, additions_between
from predictor.table_model import FEATURES as TABLE_FEATURES
from predictor.type_inference import normalize_type

TOP_TABLES = 5
TOP_COLUMNS = 20
MIN_TRAINING_DAYS = 30


class BacktestError(ValueError):
    """The history cannot be backtested as asked (too short, too few changes)."""


@dataclass
class FoldResult:
    """What one fold predicted and what happened in its window."""

    cutoff: datetime
    end: datetime
    live_tables: int
    changed_tables: int
    actual_columns: int
    table_hits: int
    table_hits_baseline: int
    column_hits: int
    column_hits_baseline: int
    type_hits: int
    type_hits_baseline: int
    expected_columns: float
    naive_columns: int
    forecast_events: float
    forecast_events_naive: float
    actual_events: int
    eta_errors: list[float] = field(default_factory=list)
    eta_errors_baseline: list[float] = field(default_factory=list)
    table_pairs: list[tuple[float, float]] = field(default_factory=list)
    table_pairs_base_rate: list[tuple[float, float]] = field(default_factory=list)
    table_pairs_recent: list[tuple[float, float]] = field(default_factory=list)
    column_pairs: list[tuple[float, float]] = field(default_factory=list)
    top_tables: list[str] = field(default_factory=list)
    top_columns: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MetricRow:
    """One metric for the engine and each baseline; `better` says which direction wins."""

    metric: str
    engine: float
    baselines: dict[str, float]
    better: str


@dataclass
class BacktestResult:
    """Every fold and the summary table."""

    horizon_days: int
    folds: list[FoldResult]
    metrics: list[MetricRow]
    calibration: list[CalibrationBin]
    calibration_baseline: list[CalibrationBin]
    column_calibration: list[CalibrationBin]


def fold_cutoffs(changes: Sequence[Change], horizon_days: int, folds: int) -> list[datetime]:
    """Cut-offs one horizon apart, the last window ending just after the last change."""
    if folds < 1:
        raise BacktestError("--folds must be at least 1")
    if horizon_days < 1:
        raise BacktestError("--horizon must be at least 1 day")
    if not changes:
        raise BacktestError("the history is empty")
    first, last = changes[0].ts, changes[-1].ts
    end = datetime(last.year, last.month, last.day) + timedelta(days=1)
    cutoffs = [end - timedelta(days=horizon_days * k) for k in range(folds, 0, -1)]
    usable = [c for c in cutoffs if c - first >= timedelta(days=MIN_TRAINING_DAYS)]
    if not usable:
        span = (last - first).days
        raise BacktestError(
            f"the history spans {span} days: too short for a {horizon_days}-day horizon "
            f"with at least {MIN_TRAINING_DAYS} days of training history"
        )
    return usable


def run_backtest(
    changes: Sequence[Change],
    horizon_days: int = 90,
    folds: int = 6,
    config: EngineConfig | None = None,
    progress: Callable[[int], None] | None = None,
) -> BacktestResult:
    """Evaluate the engine and the baselines on every fold; `progress(1)` is called per fold."""
    base = config or EngineConfig()
    config = EngineConfig(**{**base.__dict__, "horizon_days": horizon_days})
    forecaster = make_forecaster(config.forecaster)
    results = []
    for cutoff in fold_cutoffs(changes, horizon_days, folds):
        results.append(_run_fold(changes, cutoff, config, forecaster))
        if progress is not None:
            progress(1)
    return _summarise(results, horizon_days)


def _run_fold(changes, cutoff, config, forecaster) -> FoldResult:
    horizon = config.horizon_days
    end = cutoff + timedelta(days=horizon)
    model = HistoryModel(changes, cutoff, config, forecaster)
    state = model.state
    actual = _as_named_at(changes, additions_between(changes, cutoff, end), cutoff, end)
    actual_pairs = {(a.table, a.column) for a in actual}
    first_addition: dict[str, datetime] = {}
    for a in actual:
        first_addition.setdefault(a.table, a.ts)
    changed = {t for t in first_addition if t in state.tables}

    tables = model.tables()
    ranked = [t.table for t in tables]
    baseline_ranked = recent_additions_ranking(state, cutoff, horizon)
    columns = model.columns(TOP_COLUMNS)
    ranked_pairs = [(c.table, c.column) for c in columns]
    baseline_pairs = recurring_names_ranking(state, TOP_COLUMNS)

    common = most_common_type([t.type for t in state.typed_names])
    asked = model.candidates([(a.table, a.column) for a in actual])
    type_hits = type_hits_baseline = 0
    for a, answer in zip(actual, asked, strict=True):
        truth = normalize_type(a.type)
        type_hits += normalize_type(answer.type) == truth
        type_hits_baseline += normalize_type(common) == truth

    labels = [y for _, ys in model.table_training for y in ys]
    recent_column = TABLE_FEATURES.index("log_recent_events")
    flags = [x[recent_column] > 0 for rows, _ in model.table_training for x in rows.features]
    climate = base_rate(labels)
    active, quiet = recent_rate(flags, labels)
    recent_start = cutoff - timedelta(days=horizon)
    fold = FoldResult(
        cutoff=cutoff,
        end=end,
        live_tables=len(state.tables),
        changed_tables=len(changed),
        actual_columns=len(actual_pairs),
        table_hits=hits_at(ranked, changed, TOP_TABLES),
        table_hits_baseline=hits_at(baseline_ranked, changed, TOP_TABLES),
        column_hits=hits_at(ranked_pairs, actual_pairs, TOP_COLUMNS),
        column_hits_baseline=hits_at(baseline_pairs, actual_pairs, TOP_COLUMNS),
        type_hits=type_hits,
        type_hits_baseline=type_hits_baseline,
        expected_columns=sum(t.expected_additions for t in tables),
        naive_columns=sum(1 for a in state.additions if a.ts >= cutoff - timedelta(days=horizon)),
        forecast_events=model.pooled.expected,
        forecast_events_naive=RecentRate().forecast(model.events, cutoff, horizon).expected,
        actual_events=len({(a.table, a.ts) for a in actual}),
        top_tables=ranked[:TOP_TABLES],
        top_columns=[f"{t}.{c}" for t, c in ranked_pairs],
    )
    for forecast in tables:
        y = 1.0 if forecast.table in changed else 0.0
        info = state.tables[forecast.table]
        was_active = bool(info.addition_times) and info.addition_times[-1] >= recent_start
        fold.table_pairs.append((forecast.p_change, y))
        fold.table_pairs_base_rate.append((climate, y))
        fold.table_pairs_recent.append((active if was_active else quiet, y))
        if forecast.table in changed:
            midpoint = cutoff + timedelta(days=horizon / 2)
            truth = first_addition[forecast.table]
            fold.eta_errors.append(abs((forecast.eta - truth).total_seconds()) / 86400)
            fold.eta_errors_baseline.append(abs((midpoint - truth).total_seconds()) / 86400)
    for candidate in model.columns(100):
        hit = (candidate.table, candidate.column) in actual_pairs
        fold.column_pairs.append((candidate.probability, 1.0 if hit else 0.0))
    return fold


def _as_named_at(
    changes: Sequence[Change], additions: list[Addition], cutoff: datetime, end: datetime
) -> list[Addition]:
    """The additions with each table under the name it had at the cut-off.

    A table renamed inside the window was live at the cut-off under its old name, which is the
    name the engine and the baselines rank it by: its additions count for that name.
    """
    renames = [c for c in changes if cutoff <= c.ts < end and c.op is ChangeOp.RENAME_TABLE]
    if not renames:
        return additions
    named = []
    for addition in additions:
        table = addition.table
        for rename in reversed([r for r in renames if r.ts <= addition.ts]):
            if rename.new_name == table:
                table = rename.table
        named.append(replace(addition, table=table) if table != addition.table else addition)
    return named


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def result_to_json(result: BacktestResult) -> dict:
    """The backtest as plain JSON-ready data (per-fold forecast pairs left out)."""
    return {
        "horizon_days": result.horizon_days,
        "metrics": [
            {
                "metric": m.metric,
                "engine": _plain(m.engine),
                "baselines": {k: _plain(v) for k, v in m.baselines.items()},
                "better": m.better,
            }
            for m in result.metrics
        ],
        "folds": [
            {
                "cutoff": f.cutoff.date().isoformat(),
                "end": f.end.date().isoformat(),
                "live_tables": f.live_tables,
                "changed_tables": f.changed_tables,
                "actual_columns": f.actual_columns,
                "table_hits": f.table_hits,
                "table_hits_baseline": f.table_hits_baseline,
                "column_hits": f.column_hits,
                "column_hits_baseline": f.column_hits_baseline,
                "type_hits": f.type_hits,
                "expected_columns": round(f.expected_columns, 3),
                "naive_columns": f.naive_columns,
                "top_tables": f.top_tables,
                "top_columns": f.top_columns,
            }
            for f in result.folds
        ],
        "calibration": [_bin(b) for b in result.calibration],
        "calibration_baseline": [_bin(b) for b in result.calibration_baseline],
        "column_calibration": [_bin(b) for b in result.column_calibration],
    }


def _plain(value: float) -> float | None:
    return None if value is None or value != value else round(float(value), 4)


def _bin(b: CalibrationBin) -> dict:
    return {
        "low": b.low,
        "high": b.high,
        "count": b.count,
        "mean_forecast": _plain(b.mean_forecast),
        "observed": _plain(b.observed),
    }


def _summarise(folds: list[FoldResult], horizon_days: int) -> BacktestResult:
    changed = sum(f.changed_tables for f in folds)
    actual = sum(f.actual_columns for f in folds)
    table_pairs = [p for f in folds for p in f.table_pairs]
    base_pairs = [p for f in folds for p in f.table_pairs_base_rate]
    recent_pairs = [p for f in folds for p in f.table_pairs_recent]
    column_pairs = [p for f in folds for p in f.column_pairs]
    events = [f.actual_events for f in folds]
    metrics = [
        MetricRow(
            f"table precision@{TOP_TABLES}",
            _mean([f.table_hits / TOP_TABLES for f in folds]),
            {"recent additions": _mean([f.table_hits_baseline / TOP_TABLES for f in folds])},
            "higher",
        ),
        MetricRow(
            f"table recall@{TOP_TABLES}",
            _ratio(sum(f.table_hits for f in folds), changed),
            {"recent additions": _ratio(sum(f.table_hits_baseline for f in folds), changed)},
            "higher",
        ),
        MetricRow(
            f"column precision@{TOP_COLUMNS}",
            _mean([f.column_hits / TOP_COLUMNS for f in folds]),
            {"recurring names": _mean([f.column_hits_baseline / TOP_COLUMNS for f in folds])},
            "higher",
        ),
        MetricRow(
            f"column recall@{TOP_COLUMNS}",
            _ratio(sum(f.column_hits for f in folds), actual),
            {"recurring names": _ratio(sum(f.column_hits_baseline for f in folds), actual)},
            "higher",
        ),
        MetricRow(
            "type accuracy",
            _ratio(sum(f.type_hits for f in folds), actual),
            {"most common type": _ratio(sum(f.type_hits_baseline for f in folds), actual)},
            "higher",
        ),
        MetricRow(
            "ETA error (days)",
            _mean([e for f in folds for e in f.eta_errors]),
            {"window midpoint": _mean([e for f in folds for e in f.eta_errors_baseline])},
            "lower",
        ),
        MetricRow(
            "table Brier score",
            brier(table_pairs),
            {"base rate": brier(base_pairs), "recent additions": brier(recent_pairs)},
            "lower",
        ),
        MetricRow(
            "new columns abs. error",
            _mean([abs(f.expected_columns - f.actual_columns) for f in folds]),
            {"last window": _mean([abs(f.naive_columns - f.actual_columns) for f in folds])},
            "lower",
        ),
        MetricRow(
            "pooled events abs. error",
            _mean([abs(f.forecast_events - a) for f, a in zip(folds, events, strict=True)]),
            {
                "last window": _mean(
                    [abs(f.forecast_events_naive - a) for f, a in zip(folds, events, strict=True)]
                )
            },
            "lower",
        ),
    ]
    return BacktestResult(
        horizon_days=horizon_days,
        folds=folds,
        metrics=metrics,
        calibration=calibration_table(table_pairs),
        calibration_baseline=calibration_table(recent_pairs),
        column_calibration=calibration_table(column_pairs),
    )
