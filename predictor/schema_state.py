"""Replaying a change log: which tables and columns exist at any moment, and what was added when."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from predictor.changes import Change, ChangeOp


@dataclass(slots=True)
class ColumnInfo:
    """A column as the history last left it."""

    name: str
    type: str
    default: str
    since: datetime


@dataclass(frozen=True, slots=True)
class Addition:
    """A column that appeared on an existing table (an `add_column` of a column it did not have)."""

    ts: datetime
    table: str
    column: str
    type: str
    default: str


@dataclass(frozen=True, slots=True)
class TypedName:
    """A column name seen with a type, anywhere in the history: the evidence for type inference."""

    ts: datetime
    table: str
    column: str
    type: str
    default: str


@dataclass(slots=True)
class TableInfo:
    """One live table: its columns in order and the times columns were added to it."""

    name: str
    created: datetime
    columns: dict[str, ColumnInfo] = field(default_factory=dict)
    addition_times: list[datetime] = field(default_factory=list)
    other_change_times: list[datetime] = field(default_factory=list)
    added_count: int = 0
    last_change: datetime | None = None


@dataclass(slots=True)
class SchemaState:
    """The schema after replaying a change log up to (not including) a moment."""

    tables: dict[str, TableInfo] = field(default_factory=dict)
    additions: list[Addition] = field(default_factory=list)
    typed_names: list[TypedName] = field(default_factory=list)
    first_ts: datetime | None = None
    last_ts: datetime | None = None

    def apply(self, change: Change) -> None:
        """Apply one change; changes that refer to unknown tables or columns create them."""
        if self.first_ts is None:
            self.first_ts = change.ts
        self.last_ts = change.ts
        op = change.op
        if op is ChangeOp.CREATE_TABLE:
            self.tables[change.table] = TableInfo(change.table, change.ts, last_change=change.ts)
        elif op is ChangeOp.DROP_TABLE:
            self.tables.pop(change.table, None)
        elif op is ChangeOp.RENAME_TABLE:
            table = self.tables.pop(change.table, None)
            if table is not None:
                table.name = change.new_name
                self.tables[change.new_name] = table
        else:
            self._apply_column_change(change)

    def _apply_column_change(self, change: Change) -> None:
        table = self.tables.get(change.table)
        if table is None:
            table = self.tables[change.table] = TableInfo(change.table, change.ts)
        table.last_change = change.ts
        op, name = change.op, change.column
        if op in (ChangeOp.TABLE_COLUMN, ChangeOp.ADD_COLUMN):
            is_new = name not in table.columns
            table.columns[name] = ColumnInfo(name, change.type, change.default, change.ts)
            self.typed_names.append(
                TypedName(change.ts, table.name, name, change.type, change.default)
            )
            if op is ChangeOp.ADD_COLUMN and is_new:
                self.additions.append(
                    Addition(change.ts, table.name, name, change.type, change.default)
                )
                table.added_count += 1
                if not table.addition_times or table.addition_times[-1] != change.ts:
                    table.addition_times.append(change.ts)
            return
        if not table.other_change_times or table.other_change_times[-1] != change.ts:
            table.other_change_times.append(change.ts)
        if op is ChangeOp.DROP_COLUMN:
            table.columns.pop(name, None)
        elif op is ChangeOp.RENAME_COLUMN:
            column = table.columns.pop(name, None)
            if column is not None:
                column.name = change.new_name
                table.columns[change.new_name] = column
        elif op is ChangeOp.ALTER_TYPE:
            column = table.columns.get(name)
            if column is not None:
                column.type = change.type
            self.typed_names.append(TypedName(change.ts, table.name, name, change.type, ""))


def replay(changes: Iterable[Change], until: datetime | None = None) -> SchemaState:
    """The schema state after every change strictly before `until` (all changes when None)."""
    state = SchemaState()
    for change in changes:
        if until is not None and change.ts >= until:
            break
        state.apply(change)
    return state


def additions_between(changes: Iterable[Change], start: datetime, end: datetime) -> list[Addition]:
    """Columns added to existing tables in [start, end), each (table, column) once."""
    state = replay(changes, until=end)
    seen: set[tuple[str, str]] = set()
    found = []
    for addition in state.additions:
        key = (addition.table, addition.column)
        if start <= addition.ts and key not in seen:
            seen.add(key)
            found.append(addition)
    return found


def walk(changes: Iterable[Change], moments: Iterable[datetime]):
    """Yield (moment, state) for each moment in ascending order, replaying the log only once.

    The same mutable state is yielded each time: read what you need before the next step.
    """
    state = SchemaState()
    pending = iter(changes)
    upcoming = next(pending, None)
    for moment in sorted(moments):
        while upcoming is not None and upcoming.ts < moment:
            state.apply(upcoming)
            upcoming = next(pending, None)
        yield moment, state
