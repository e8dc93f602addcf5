"""`pgstitch backtest`: rolling-origin evaluation of the prediction engine against naive baselines."""

from __future__ import annotations

import argparse
import sys

from pgstitch.commands.prediction_extra import missing_module, prophet_missing


def add_parser(subparsers) -> None:
    """Register the `backtest` sub-command."""
    parser = subparsers.add_parser(
        "backtest",
        help="evaluate the predictor on a history against naive baselines",
        description=(
            "Rolling-origin backtest: each fold forecasts the next horizon from the history "
            "before its cut-off only, and is scored beside naive baselines."
        ),
    )
    parser.add_argument("--history", required=True, help="change log CSV or migrations directory")
    parser.add_argument("--horizon", type=int, default=90, help="days per fold (default 90)")
    parser.add_argument("--folds", type=int, default=6, help="number of folds (default 6)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--plot", metavar="FILE.png", help="write a plot of the folds")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"pgstitch backtest: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Run the backtest with a progress bar on stderr; print a table or JSON."""
    import json

    try:
        from tqdm import tqdm

        from predictor.backtest import BacktestError, fold_cutoffs, result_to_json, run_backtest
        from predictor.changes import ChangeLogError
        from predictor.migrations.reader import MigrationDirError
        from predictor.report import format_backtest
        from predictor.service import load_history
    except ModuleNotFoundError as exc:
        return _fail(missing_module(exc.name))
    missing = prophet_missing()
    if missing is not None:
        return _fail(missing)

    if args.plot and not args.plot.lower().endswith(".png"):
        return _fail("--plot needs a .png file name")
    try:
        changes = load_history(
            args.history, lambda m: print(f"pgstitch backtest: {m}", file=sys.stderr)
        )
        folds = len(fold_cutoffs(changes, args.horizon, args.folds))
        with tqdm(total=folds, desc="backtest", unit="fold", file=sys.stderr, disable=None) as bar:
            result = run_backtest(changes, args.horizon, args.folds, progress=bar.update)
    except (BacktestError, ChangeLogError, MigrationDirError) as exc:
        return _fail(str(exc))
    if args.plot:
        from predictor.plot import plot_backtest

        try:
            plot_backtest(result, args.plot)
        except OSError as exc:
            return _fail(f"{args.plot}: cannot write ({exc.strerror})")
    if args.json:
        json.dump(result_to_json(result), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_backtest(result))
    return 0
