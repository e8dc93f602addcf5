"""The change log of DESIGN.md §7: one row per schema change, read from and written to CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TextIO


class ChangeOp(StrEnum):
    """What one change does to the schema."""

    CREATE_TABLE = "create_table"
    TABLE_COLUMN = "table_column"
    ADD_COLUMN = "add_column"
    DROP_COLUMN = "drop_column"
    RENAME_COLUMN = "rename_column"
    ALTER_TYPE = "alter_type"
    RENAME_TABLE = "rename_table"
    DROP_TABLE = "drop_table"


FIELDS = ("ts", "op", "table", "column", "type", "default", "new_name", "source")
REQUIRED_FIELDS = ("ts", "op", "table")
COLUMN_OPS = frozenset(
    {
        ChangeOp.TABLE_COLUMN,
        ChangeOp.ADD_COLUMN,
        ChangeOp.DROP_COLUMN,
        ChangeOp.RENAME_COLUMN,
        ChangeOp.ALTER_TYPE,
    }
)


class ChangeLogError(ValueError):
    """A change log that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Change:
    """One schema change. `table` is `schema.table`, or just `table` for the default schema."""

    ts: datetime
    op: ChangeOp
    table: str
    column: str = ""
    type: str = ""
    default: str = ""
    new_name: str = ""
    source: str = ""


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 date or date-time as a naive UTC datetime (offsets are converted to UTC)."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def read_changes(source: str | Path | TextIO) -> list[Change]:
    """Read a change log CSV (header required, extra columns ignored), sorted stably by time."""
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            with path.open(newline="", encoding="utf-8") as handle:
                return _read(handle, str(path))
        except OSError as exc:
            raise ChangeLogError(f"{path}: cannot read change log: {exc.strerror}") from exc
    return _read(source, getattr(source, "name", "<change log>"))


def _read(handle: TextIO, name: str) -> list[Change]:
    reader = csv.DictReader(handle)
    missing = [f for f in REQUIRED_FIELDS if f not in (reader.fieldnames or ())]
    if missing:
        raise ChangeLogError(f"{name}: not a change log, header lacks {', '.join(missing)}")
    changes = []
    for row in reader:
        line = reader.line_num
        try:
            changes.append(_row_to_change(row))
        except ValueError as exc:
            raise ChangeLogError(f"{name}:{line}: {exc}") from None
    changes.sort(key=lambda c: c.ts)
    return changes


def _row_to_change(row: dict[str, str | None]) -> Change:
    def get(key: str) -> str:
        return (row.get(key) or "").strip()

    try:
        ts = parse_timestamp(get("ts"))
    except ValueError:
        raise ValueError(f"bad timestamp {get('ts')!r} (expected ISO 8601)") from None
    try:
        op = ChangeOp(get("op"))
    except ValueError:
        ops = ", ".join(o.value for o in ChangeOp)
        raise ValueError(f"unknown op {get('op')!r} (one of {ops})") from None
    change = Change(
        ts=ts,
        op=op,
        table=get("table"),
        column=get("column"),
        type=get("type"),
        default=get("default"),
        new_name=get("new_name"),
        source=get("source"),
    )
    if not change.table:
        raise ValueError("empty table")
    if op in COLUMN_OPS and not change.column:
        raise ValueError(f"{op} needs a column")
    if op in (ChangeOp.RENAME_COLUMN, ChangeOp.RENAME_TABLE) and not change.new_name:
        raise ValueError(f"{op} needs a new_name")
    return change


def write_changes(changes: Iterable[Change], out: TextIO) -> None:
    """Write changes as a change log CSV with a header."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for c in changes:
        writer.writerow(
            (
                c.ts.isoformat(timespec="seconds"),
                c.op.value,
                c.table,
                c.column,
                c.type,
                c.default,
                c.new_name,
                c.source,
            )
        )


def changes_to_csv(changes: Iterable[Change]) -> str:
    """The change log CSV text of these changes."""
    buffer = io.StringIO()
    write_changes(changes, buffer)
    return buffer.getvalue()
