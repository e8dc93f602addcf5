"""`pgstitch shadow export TABLE.COLUMN`: parked (or quarantined) values of one column, as CSV.

Also the quarantine summary `pgstitch shadow list` prints. Values that could not land stay in
`pgstitch.quarantine` of the managed database; parked values stay in the store until purged.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

EXIT_FAILED = 1


def add_parser(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `shadow export`."""
    export = actions.add_parser(
        "export",
        parents=[common],
        help="write one column's parked values as CSV (row_key,value)",
        description="Write one column's parked values as CSV with a header: row_key,value "
        "(with --quarantined: the values that could not land, row_key,value,error). "
        "A NULL value is an empty unquoted field, as in COPY ... CSV.",
    )
    export.add_argument("target", metavar="TABLE.COLUMN", help="[schema.]table.column")
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    export.add_argument(
        "--quarantined", action="store_true", help="export the quarantined values instead"
    )


async def export(args: argparse.Namespace, store: Any) -> int:
    """Write the CSV; a summary goes to stderr."""
    from pgstitch.commands.shadow import UsageError, display_name, parse_column_target

    schema, table, column = parse_column_target(args.target)
    name = display_name(schema, table, column)
    if args.quarantined:
        rows = [
            (q.row_key, q.value, q.error) for q in await _quarantined(args, schema, table, column)
        ]
        header = ("row_key", "value", "error")
        what = "quarantined"
    else:
        parked = await store.parked_rows(schema, table)
        rows = sorted((key, values[column]) for key, values in parked.items() if column in values)
        header = ("row_key", "value")
        what = "parked"
        if not rows and (await store.load_schema()).get(schema, table, column) is None:
            raise UsageError(f"{name} is not a shadow column and has no parked values")
    try:
        with _open_output(args.output) as handle:
            for row in [header, *rows]:
                handle.write(csv_line(row))
    except OSError as exc:
        print(
            f"pgstitch shadow: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr
        )
        return EXIT_FAILED
    where = args.output or "stdout"
    print(f"exported {len(rows)} {what} value(s) of {name} to {where}", file=sys.stderr)
    return 0


def csv_line(fields: tuple[str | None, ...]) -> str:
    """One CSV record: text always quoted, NULL an empty unquoted field (as COPY ... CSV reads)."""
    return ",".join("" if f is None else '"' + f.replace('"', '""') + '"' for f in fields) + "\n"


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", newline="", encoding="utf-8") as handle:
        yield handle


async def _quarantined(args: argparse.Namespace, schema: str, table: str, column: str) -> list:
    from pgstitch.commands.shadow import UsageError
    from sync.quarantine import quarantined_values

    conn = await _connect(args.upstream)
    if conn is None:
        raise UsageError("the quarantine lives in the managed database, which cannot be reached")
    async with conn:
        return await quarantined_values(conn, schema, table, column)


async def quarantine_counts(upstream: str) -> dict[str, int] | None:
    """Quarantined values per column (display name → count); None when the database is down."""
    from pgstitch.commands.shadow import display_name
    from sync.quarantine import quarantine_counts as counts

    conn = await _connect(upstream)
    if conn is None:
        print("(quarantine not checked: the managed database cannot be reached)", file=sys.stderr)
        return None
    async with conn:
        found = await counts(conn)
    return {display_name(*key): n for key, n in found.items()}


def quarantine_lines(counts: dict[str, int] | None) -> list[str]:
    """What `shadow list` prints about the quarantine (nothing when it is empty or unknown)."""
    return [
        f"{n} value(s) of {name} could not land and are quarantined"
        f" (pgstitch shadow export {name} --quarantined)"
        for name, n in (counts or {}).items()
    ]


async def _connect(upstream: str) -> Any:
    import psycopg

    try:
        return await psycopg.AsyncConnection.connect(upstream, connect_timeout=3, autocommit=True)
    except psycopg.Error:
        return None
