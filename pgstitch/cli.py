"""The `pgstitch` command line: one sub-command per module in pgstitch.commands."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module in pgstitch/commands/ defines `add_parser(subparsers)` and `run(args) -> int`.
COMMANDS = ("serve", "shadow", "history", "predict", "backtest", "status")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="pgstitch", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"pgstitch.commands.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
