"""`pgstitch history DIR`: write the change log of a directory of SQL migrations to stdout."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    """Register the `history` sub-command."""
    parser = subparsers.add_parser(
        "history",
        help="change log (CSV) of a directory of SQL migrations",
        description=(
            "Read plain, golang-migrate, dbmate, goose, sql-migrate, diesel, Hasura, Prisma, Flyway "
            "or Sqitch migrations and write the change log "
            "(ts,op,table,column,type,default,new_name,source). Dates come from file names (or "
            "sqitch.plan), else from git. Statements that do not parse are reported on stderr."
        ),
    )
    parser.add_argument("directory", help="directory holding the migrations")
    parser.add_argument("-o", "--output", help="write to this file instead of stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read the migrations and print the change log; 2 when the directory cannot be read."""
    from predictor.changes import write_changes
    from predictor.migrations.reader import MigrationDirError, read_migrations

    def report(message: str) -> None:
        print(f"pgstitch history: {message}", file=sys.stderr)

    try:
        changes = read_migrations(args.directory, report)
    except MigrationDirError as exc:
        report(str(exc))
        return 2
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                write_changes(changes, out)
        except OSError as exc:
            report(f"{args.output}: cannot write ({exc.strerror})")
            return 2
    else:
        write_changes(changes, sys.stdout)
    return 0
