"""`pgstitch predict`: which columns are coming, with probabilities, types and dates."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from pgstitch.commands.prediction_extra import missing_module, prophet_missing

DEFAULT_THRESHOLD = 0.8


def add_parser(subparsers) -> None:
    """Register the `predict` sub-command."""
    parser = subparsers.add_parser(
        "predict",
        help="forecast tables and columns from history and other inputs",
        description=(
            "Forecast which tables gain columns and which columns are coming within the horizon. "
            "Every input is optional; see docs/prediction.md for the file formats."
        ),
    )
    parser.add_argument("--history", help="change log CSV, or a directory of SQL migrations")
    parser.add_argument("--releases", help="release schedule (TOML)")
    parser.add_argument("--usage", help="usage analytics (CSV)")
    parser.add_argument("--experiments", help="A/B test configurations (JSON)")
    parser.add_argument("--pending", help="migrations directory to compare with --upstream")
    parser.add_argument("--store", help="state store for telemetry, outcomes and --activate")
    parser.add_argument("--upstream", help="DSN of the managed database")
    parser.add_argument("--as-of", help="forecast from this date (default: now, UTC)")
    parser.add_argument("--horizon", type=int, default=90, help="days ahead (default 90)")
    parser.add_argument(
        "--candidate",
        action="append",
        default=[],
        metavar="TABLE.COLUMN",
        help="also report this column (repeatable)",
    )
    parser.add_argument("--top", type=int, default=20, help="history-only columns to list")
    parser.add_argument("--json", action="store_true", help="print the forecast as JSON")
    parser.add_argument(
        "--activate", action="store_true", help="make confident columns active in --store"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"probability needed for --activate (default {DEFAULT_THRESHOLD})",
    )
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"pgstitch predict: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Gather the inputs, forecast, print, and optionally activate."""
    import asyncio
    import json

    import psycopg

    from shadow.store.base import StoreUnavailable

    try:
        from predictor.changes import ChangeLogError, parse_timestamp
        from predictor.evidence import InputError, parse_column_ref
        from predictor.migrations.reader import MigrationDirError
        from predictor.report import format_forecast
        from predictor.service import PredictInputs
    except ModuleNotFoundError as exc:
        return _fail(missing_module(exc.name))
    missing = prophet_missing()
    if missing is not None:
        return _fail(missing)

    if args.horizon < 1:
        return _fail("--horizon must be at least 1 day")
    if args.top < 0:
        return _fail("--top cannot be negative")
    if args.activate and not args.store:
        return _fail("--activate needs --store")
    if not 0.0 < args.threshold <= 1.0:
        return _fail("--threshold must be a probability in (0, 1]")
    try:
        as_of = (
            parse_timestamp(args.as_of) if args.as_of else datetime.now(UTC).replace(tzinfo=None)
        )
    except ValueError:
        return _fail(f"--as-of {args.as_of!r} is not an ISO 8601 date")
    try:
        candidates = [parse_column_ref(c) for c in args.candidate]
    except ValueError as exc:
        return _fail(f"--candidate {exc}")
    inputs = PredictInputs(
        history=args.history,
        releases=args.releases,
        usage=args.usage,
        experiments=args.experiments,
        pending=args.pending,
        upstream=args.upstream,
        candidates=candidates,
        horizon_days=args.horizon,
        top=args.top,
    )

    def report(message: str) -> None:
        print(f"pgstitch predict: {message}", file=sys.stderr)

    try:
        forecast, activation = asyncio.run(_predict(inputs, args, as_of, report))
    except (ChangeLogError, InputError, MigrationDirError, ValueError) as exc:
        return _fail(str(exc))
    except (StoreUnavailable, psycopg.OperationalError, OSError) as exc:
        print(f"pgstitch predict: {exc}", file=sys.stderr)
        return 1
    if args.json:
        document = forecast.to_json()
        if activation is not None:
            document["activation"] = activation.__dict__
        json.dump(document, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_forecast(forecast))
        if activation is not None:
            sys.stdout.write(
                f"\nActivated {len(activation.activated)}, refreshed {len(activation.refreshed)}, "
                f"unchanged {len(activation.unchanged)}, kept {len(activation.kept)} "
                f"(threshold {args.threshold}).\n"
            )
    return 0


async def _predict(inputs, args, as_of, report):
    from predictor.reliability import Reliability
    from predictor.service import (
        file_evidence,
        forecast_from,
        pending_inputs,
        predict_and_activate,
        store_inputs,
    )

    if not args.store:
        evidence = file_evidence(inputs, as_of) + await pending_inputs(inputs, as_of, report)
        return forecast_from(inputs, as_of, evidence, Reliability(), report), None
    from shadow.store.factory import open_store

    store = open_store(args.store, args.upstream)
    try:
        if args.activate:
            return await predict_and_activate(inputs, store, as_of, args.threshold, report)
        from_store, reliability = await store_inputs(store, as_of)
        evidence = file_evidence(inputs, as_of) + from_store
        evidence += await pending_inputs(inputs, as_of, report)
        return forecast_from(inputs, as_of, evidence, reliability, report), None
    finally:
        await store.close()
