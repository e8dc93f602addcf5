"""Small hand-built histories with a known answer, shared by the predictor tests."""

from datetime import datetime, timedelta

from predictor.changes import Change, ChangeOp

START = datetime(2023, 1, 2)


def create(ts, table, columns):
    """A create_table change and its table_column changes."""
    changes = [Change(ts, ChangeOp.CREATE_TABLE, table)]
    changes += [Change(ts, ChangeOp.TABLE_COLUMN, table, c, t) for c, t in columns]
    return changes


def steady_history(weeks: int = 104) -> list[Change]:
    """`hot` gains a column every week, `warm` every nine weeks, five `cold*` tables never."""
    base = [("id", "uuid"), ("created_at", "timestamptz")]
    changes = create(START, "hot", base) + create(START, "warm", base)
    for i in range(5):
        changes += create(START, f"cold{i}", [*base, (f"c{i}", "text")])
    for week in range(1, weeks + 1):
        ts = START + timedelta(days=7 * week)
        changes.append(Change(ts, ChangeOp.ADD_COLUMN, "hot", f"step{week}_at", "timestamptz"))
        if week % 9 == 0:
            later = ts + timedelta(hours=1)
            changes.append(Change(later, ChangeOp.ADD_COLUMN, "warm", f"is_feature{week}", "bool"))
    changes.sort(key=lambda c: c.ts)
    return changes
