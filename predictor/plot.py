"""The backtest plot: forecast against actual per fold, and the calibration curve."""

from __future__ import annotations

from pathlib import Path

from predictor.backtest import BacktestResult


def plot_backtest(result: BacktestResult, path: str | Path) -> None:
    """Write a PNG: new columns forecast vs actual vs naive per fold; top-5 hits; calibration."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folds = result.folds
    labels = [f.cutoff.date().isoformat() for f in folds]
    x = range(len(folds))
    figure, (left, middle, right) = plt.subplots(1, 3, figsize=(15, 4.5))
    width = 0.27
    left.bar([i - width for i in x], [f.expected_columns for f in folds], width, label="forecast")
    left.bar(list(x), [f.actual_columns for f in folds], width, label="actual")
    left.bar([i + width for i in x], [f.naive_columns for f in folds], width, label="last window")
    left.set_title(f"New columns per {result.horizon_days}-day fold")
    left.set_xticks(list(x), labels, rotation=30, ha="right")
    left.legend()

    middle.plot(labels, [f.table_hits for f in folds], "o-", label="engine")
    middle.plot(labels, [f.table_hits_baseline for f in folds], "s--", label="recent additions")
    middle.plot(
        labels, [min(f.changed_tables, 5) for f in folds], ":", color="grey", label="best possible"
    )
    middle.set_title("Changed tables among the top 5")
    middle.set_xticks(list(x), labels, rotation=30, ha="right")
    middle.legend()

    right.plot([0, 1], [0, 1], ":", color="grey")
    for bins, style, name in (
        (result.calibration, "o-", "engine"),
        (result.calibration_baseline, "s--", "recent additions"),
    ):
        right.plot([b.mean_forecast for b in bins], [b.observed for b in bins], style, label=name)
    right.set_title("Calibration of table probabilities")
    right.set_xlabel("forecast probability")
    right.set_ylabel("observed frequency")
    right.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
