"""The backtests behind the modelling choices: every variant on every history, side by side.

    python -m predictor.ablation HISTORY.csv [HISTORY.csv …] [--horizon 90] [--folds 6]

Each variant changes one choice of the engine's default configuration. The table lists, per
variant, the mean over histories of the metrics the choice is about. Slow (minutes): run by hand.
"""

from __future__ import annotations

import argparse
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from predictor.backtest import run_backtest
from predictor.changes import read_changes
from predictor.engine import EngineConfig
from predictor.table_model import FEATURES as TABLE_FEATURES

BASE = EngineConfig()
VARIANTS = {
    "engine (default)": BASE,
    "pooled rate: Prophet on weekly counts": replace(BASE, forecaster="prophet-weekly"),
    "pooled rate: last window": replace(BASE, forecaster="recent"),
    "pooled rate: long-run mean": replace(BASE, forecaster="mean"),
    "table features: decayed activity only": replace(BASE, table_features=("log_decayed_events",)),
    "table features: all 13": replace(BASE, table_features=TABLE_FEATURES),
    "training origins every 14 days, up to 80": replace(
        BASE, step_days=14, max_training_origins=80
    ),
}
METRICS = (
    "table precision@5",
    "table Brier score",
    "pooled events abs. error",
    "column recall@20",
    "ETA error (days)",
)


def _run(job: tuple[str, str, int, int]) -> tuple[str, str, dict[str, float], dict[str, float]]:
    variant, path, horizon, folds = job
    result = run_backtest(read_changes(path), horizon, folds, VARIANTS[variant])
    engine = {m.metric: m.engine for m in result.metrics}
    baseline = {m.metric: next(iter(m.baselines.values())) for m in result.metrics}
    return variant, path, engine, baseline


def _mean(values: list[float]) -> float:
    kept = [v for v in values if not math.isnan(v)]
    return sum(kept) / len(kept) if kept else float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run every variant on every history; print a Markdown table of means."""
    parser = argparse.ArgumentParser(prog="python -m predictor.ablation", description=__doc__)
    parser.add_argument("histories", nargs="+", help="change log CSV files")
    parser.add_argument("--horizon", type=int, default=90)
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=2, help="parallel processes (default 2)")
    args = parser.parse_args(argv)
    jobs = [(v, h, args.horizon, args.folds) for v in VARIANTS for h in args.histories]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(_run, jobs))
    else:
        results = [_run(job) for job in jobs]
    names = ", ".join(Path(h).stem for h in args.histories)
    print(
        f"Means over {len(args.histories)} histories ({names}); "
        f"horizon {args.horizon} days, {args.folds} folds.\n"
    )
    print("| variant | " + " | ".join(METRICS) + " |")
    print("|---" * (len(METRICS) + 1) + "|")
    baseline_row = {
        m: _mean([r[3][m] for r in results if r[0] == "engine (default)"]) for m in METRICS
    }
    for variant in VARIANTS:
        row = {m: _mean([r[2][m] for r in results if r[0] == variant]) for m in METRICS}
        print(f"| {variant} | " + " | ".join(f"{row[m]:.3f}" for m in METRICS) + " |")
    print("| naive baseline | " + " | ".join(f"{baseline_row[m]:.3f}" for m in METRICS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
