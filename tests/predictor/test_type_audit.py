"""The type audit: every added column typed from the history before it."""

from datetime import timedelta

from predictor.backtest import fold_cutoffs
from predictor.changes import Change, ChangeOp
from predictor.type_audit import audit_types, main
from tests.predictor.histories import START, steady_history


def with_extra_columns() -> list[Change]:
    """The steady history plus a JSON column (named like text) and an enum seen only later."""
    changes = steady_history(weeks=40)
    late = START + timedelta(days=7 * 20, hours=2)
    changes += [
        Change(late, ChangeOp.ADD_COLUMN, "warm", "notes", "jsonb"),
        Change(late, ChangeOp.ADD_COLUMN, "warm", "phase", "WarmPhase"),
        Change(late + timedelta(days=1), ChangeOp.ADD_COLUMN, "cold0", "phase", "WarmPhase"),
    ]
    changes.sort(key=lambda c: c.ts)
    return changes


def test_every_added_column_is_typed_from_the_changes_before_it():
    audited = audit_types(with_extra_columns())
    by_column = {(a.table, a.column): a for a in audited}
    # the weekly timestamps and flags follow the project's habits
    assert by_column[("hot", "step30_at")].correct
    assert by_column[("warm", "is_feature18")].guess == "bool"
    # `notes` says nothing of JSON, and the enum is not known before its first use
    assert not by_column[("warm", "notes")].correct
    assert not by_column[("warm", "phase")].correct
    # once used, the same name elsewhere takes it
    assert by_column[("cold0", "phase")].correct
    # columns present at creation are not additions
    assert ("hot", "created_at") not in by_column


def test_the_audit_can_stop_before_the_backtest_windows():
    changes = with_extra_columns()
    first_cutoff = fold_cutoffs(changes, 90, 2)[0]
    early = audit_types(changes, until=first_cutoff)
    assert early and all(a.ts < first_cutoff for a in early)
    assert len(early) < len(audit_types(changes))


def test_the_command_prints_counts_and_misses(tmp_path, capsys):
    from predictor.changes import write_changes

    path = tmp_path / "history.csv"
    with path.open("w") as out:
        write_changes(with_extra_columns(), out)
    assert main([str(path), "--misses", "--by-rule"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "    2023-05-22 warm.notes: jsonb, guessed text (name-pattern)" in lines
    totals = next(line for line in lines if line.startswith("all")).split()
    per_rule = [line.split() for line in lines if line.startswith("  ") and "/" in line]
    assert per_rule and sum(int(r[3]) for r in per_rule) == int(totals[3])
    assert sum(int(r[1]) for r in per_rule) == int(totals[1])
