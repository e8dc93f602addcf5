"""Type accuracy over every addition of a history, each typed from the changes before it.

    python -m predictor.type_audit HISTORY.csv [HISTORY.csv …] [--before-first-fold] [--misses]
                                   [--by-rule]

The backtest scores types on the columns of its few test windows (79 on langfuse). This audit
types every column added to an existing table, with the type model fitted on everything before
that migration, so a type rule is judged on hundreds of additions. With `--before-first-fold`
only the additions before the backtest's first cut-off count: rules can then be chosen here and
tested on the backtest's windows, which this audit never saw.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from predictor.backtest import fold_cutoffs
from predictor.changes import Change, ChangeOp, read_changes
from predictor.engine import type_model_of
from predictor.schema_state import SchemaState
from predictor.type_inference import normalize_type

MIN_TYPED_NAMES = 20  # no audit while the history is too small to have habits


@dataclass(frozen=True)
class AuditedColumn:
    """One added column: its type, the type inferred from the history before it, and the rule."""

    ts: datetime
    table: str
    column: str
    truth: str
    guess: str
    rule: str

    @property
    def correct(self) -> bool:
        """Whether the guess equals the type after canonical spelling."""
        return normalize_type(self.guess) == normalize_type(self.truth)


def audit_types(changes: Sequence[Change], until: datetime | None = None) -> list[AuditedColumn]:
    """Every column added to an existing table before `until`, typed from the changes before it.

    Columns of one migration are typed with the same model (fitted on the migrations before
    it); a column added twice in one migration counts once.
    """
    state = SchemaState()
    audited: list[AuditedColumn] = []
    index = 0
    while index < len(changes):
        ts = changes[index].ts
        if until is not None and ts >= until:
            break
        group = []
        while index < len(changes) and changes[index].ts == ts:
            group.append(changes[index])
            index += 1
        added = _added_columns(state, group)
        if added and len(state.typed_names) >= MIN_TYPED_NAMES:
            model = type_model_of(state)
            for change in added:
                guess = model.infer(change.table, change.column)
                audited.append(
                    AuditedColumn(ts, change.table, change.column, change.type, guess.type,
                                  guess.rule)
                )  # fmt: skip
        for change in group:
            state.apply(change)
    return audited


def _added_columns(state: SchemaState, group: list[Change]) -> list[Change]:
    seen: set[tuple[str, str]] = set()
    added = []
    for change in group:
        if change.op is not ChangeOp.ADD_COLUMN or not change.type:
            continue
        table = state.tables.get(change.table)
        key = (change.table, change.column)
        if table is None or change.column in table.columns or key in seen:
            continue
        seen.add(key)
        added.append(change)
    return added


def main(argv: list[str] | None = None) -> int:
    """Print, per history, how many added columns got the right type (and, asked, the misses)."""
    parser = argparse.ArgumentParser(prog="python -m predictor.type_audit", description=__doc__)
    parser.add_argument("histories", nargs="+", help="change log CSV files")
    parser.add_argument(
        "--before-first-fold",
        action="store_true",
        help="only additions before the first cut-off of the backtest (--horizon, --folds)",
    )
    parser.add_argument("--horizon", type=int, default=90)
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--misses", action="store_true", help="list every wrong type")
    parser.add_argument(
        "--by-rule", action="store_true", help="right and total per rule, over all histories"
    )
    args = parser.parse_args(argv)
    right = total = 0
    rule_hits: Counter[str] = Counter()
    rule_totals: Counter[str] = Counter()
    for path in args.histories:
        changes = read_changes(path)
        until = (
            fold_cutoffs(changes, args.horizon, args.folds)[0] if args.before_first_fold else None
        )
        audited = audit_types(changes, until)
        hits = sum(a.correct for a in audited)
        right, total = right + hits, total + len(audited)
        rule_totals.update(a.rule for a in audited)
        rule_hits.update(a.rule for a in audited if a.correct)
        print(f"{Path(path).stem:16s} {hits:5d} / {len(audited):5d}  {_share(hits, len(audited))}")
        if args.misses:
            for a in audited:
                if not a.correct:
                    print(f"    {a.ts.date()} {a.table}.{a.column}: {a.truth}, "
                          f"guessed {a.guess} ({a.rule})")  # fmt: skip
    print(f"{'all':16s} {right:5d} / {total:5d}  {_share(right, total)}")
    if args.by_rule:
        for rule, count in rule_totals.most_common():
            print(
                f"  {rule:16s} {rule_hits[rule]:5d} / {count:5d}  {_share(rule_hits[rule], count)}"
            )
    return 0


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


if __name__ == "__main__":
    sys.exit(main())
