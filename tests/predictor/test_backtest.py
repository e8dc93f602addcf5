"""End-to-end backtest on a synthetic history whose answer is known."""

import itertools
from datetime import datetime, timedelta

import pytest

from predictor.backtest import BacktestError, fold_cutoffs, result_to_json, run_backtest
from predictor.synthetic import synthetic_history
from tests.predictor.histories import steady_history


@pytest.fixture(scope="module")
def steady_result():
    return run_backtest(steady_history(), horizon_days=90, folds=3)


def metric(result, name):
    return next(m for m in result.metrics if m.metric == name)


def test_the_changing_tables_lead_every_fold(steady_result):
    for fold in steady_result.folds:
        assert fold.changed_tables == 2
        assert fold.top_tables[:2] == ["hot", "warm"]
    assert metric(steady_result, "table precision@5").engine == pytest.approx(0.4)
    assert metric(steady_result, "table recall@5").engine == 1.0


def test_probabilities_are_sharp_and_beat_the_base_rate(steady_result):
    brier = metric(steady_result, "table Brier score")
    assert brier.engine < 0.02
    assert brier.engine < brier.baselines["base rate"]
    high = [b for b in steady_result.calibration if b.low >= 0.8]
    assert high and all(b.observed == 1.0 for b in high)


def test_types_and_dates_of_what_came(steady_result):
    assert metric(steady_result, "type accuracy").engine == 1.0
    eta = metric(steady_result, "ETA error (days)")
    assert eta.engine < eta.baselines["window midpoint"]


def test_json_has_every_metric_and_fold(steady_result):
    document = result_to_json(steady_result)
    assert len(document["folds"]) == 3
    assert {m["metric"] for m in document["metrics"]} >= {
        "table precision@5",
        "column recall@20",
        "type accuracy",
        "table Brier score",
    }


def test_folds_step_back_one_horizon_from_the_end():
    cutoffs = fold_cutoffs(steady_history(), 90, 3)
    assert [(b - a).days for a, b in itertools.pairwise(cutoffs)] == [90, 90]
    assert cutoffs[-1] == datetime(2024, 12, 31) - timedelta(days=90)


def test_histories_too_short_or_bad_arguments_are_refused():
    with pytest.raises(BacktestError, match="too short"):
        run_backtest(steady_history(weeks=3), horizon_days=90, folds=2)
    with pytest.raises(BacktestError, match="--folds"):
        fold_cutoffs(steady_history(), 90, 0)
    with pytest.raises(BacktestError, match="empty"):
        fold_cutoffs([], 90, 2)


def test_a_generated_history_runs_and_reports_every_fold():
    changes = synthetic_history(seed=3, rows=300)
    result = run_backtest(changes, horizon_days=60, folds=2)
    assert len(result.folds) == 2
    assert all(f.cutoff > changes[0].ts for f in result.folds)
    assert all(f.actual_columns >= 0 and f.live_tables > 0 for f in result.folds)


def test_a_table_renamed_inside_the_window_counts_under_its_name_at_the_cutoff():
    from predictor.backtest import _as_named_at
    from predictor.changes import Change, ChangeOp
    from predictor.schema_state import additions_between

    day = datetime(2024, 1, 1)
    changes = [
        Change(day, ChangeOp.CREATE_TABLE, "person_aggregates"),
        Change(day + timedelta(days=10), ChangeOp.ADD_COLUMN, "person_aggregates", "a", "int4"),
        Change(day + timedelta(days=20), ChangeOp.RENAME_TABLE, "person_aggregates", new_name="x"),
        Change(day + timedelta(days=30), ChangeOp.ADD_COLUMN, "x", "b", "int4"),
        Change(day + timedelta(days=40), ChangeOp.RENAME_TABLE, "x", new_name="person_actions"),
        Change(day + timedelta(days=50), ChangeOp.ADD_COLUMN, "person_actions", "c", "int4"),
    ]
    cutoff, end = day + timedelta(days=5), day + timedelta(days=95)
    named = _as_named_at(changes, additions_between(changes, cutoff, end), cutoff, end)
    assert [(a.table, a.column) for a in named] == [
        ("person_aggregates", "a"),
        ("person_aggregates", "b"),
        ("person_aggregates", "c"),
    ]
