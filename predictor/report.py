"""Readable text for forecasts and backtests (what the commands print without --json)."""

from __future__ import annotations

import math

from predictor.backtest import BacktestResult
from predictor.forecast import Forecast


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def format_forecast(forecast: Forecast, max_tables: int = 15) -> str:
    """Tables most likely to change, then candidate columns, as aligned text."""
    as_of = forecast.as_of.date().isoformat()
    parts = [f"Forecast as of {as_of}, horizon {forecast.horizon_days} days"]
    table_rows = [
        [t.table, f"{t.p_change:.2f}", f"{t.expected_additions:.1f}", t.eta.date().isoformat()]
        for t in forecast.tables[:max_tables]
    ]
    parts.append(_table(["table", "p_change", "expected", "eta"], table_rows))
    hidden = len(forecast.tables) - len(table_rows)
    if hidden > 0:
        parts.append(f"({hidden} more tables; --json lists them all)")
    column_rows = [
        [
            f"{c.table}.{c.column}",
            c.type,
            c.default or "",
            f"{c.probability:.3f}",
            c.eta.date().isoformat(),
            ",".join(c.sources) or "-",
        ]
        for c in forecast.columns
    ]
    parts.append(
        _table(["column", "type", "default", "probability", "eta", "sources"], column_rows)
    )
    parts.extend(forecast.notes)
    return "\n\n".join(parts) + "\n"


def _number(value: float) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:.3f}"


def format_backtest(result: BacktestResult) -> str:
    """The metrics table beside the baselines, the folds, and the calibration table."""
    rows = []
    for metric in result.metrics:
        baselines = "; ".join(f"{name} {_number(v)}" for name, v in metric.baselines.items())
        rows.append(
            [metric.metric, _number(metric.engine), baselines, f"{metric.better} is better"]
        )
    parts = [
        f"Backtest: {len(result.folds)} folds, horizon {result.horizon_days} days",
        _table(["metric", "engine", "baselines", ""], rows),
    ]
    fold_rows = [
        [
            f.cutoff.date().isoformat(),
            str(f.live_tables),
            str(f.changed_tables),
            str(f.actual_columns),
            f"{f.table_hits}/{f.table_hits_baseline}",
            f"{f.column_hits}/{f.column_hits_baseline}",
            f"{f.expected_columns:.1f}",
        ]
        for f in result.folds
    ]
    headers = ["cutoff", "tables", "changed", "new cols", "top5 hits", "top20 hits", "expected"]
    parts.append("Folds (engine/baseline):\n" + _table(headers, fold_rows))
    cal_rows = [
        [f"{b.low:.1f}-{b.high:.1f}", str(b.count), f"{b.mean_forecast:.3f}", f"{b.observed:.3f}"]
        for b in result.calibration
    ]
    parts.append(
        "Calibration of table probabilities:\n"
        + _table(["p range", "tables", "mean forecast", "observed"], cal_rows)
    )
    return "\n\n".join(parts) + "\n"
