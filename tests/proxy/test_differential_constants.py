"""Read corpus entries again with other integer constants, on the connection that ran them.

A Query or unnamed Parse whose text differs from one pgstitch has seen only in its integer
constants takes the quick way: the shape is recognised from the bytes and the statement kept
prepared for it runs with the new constants bound as parameters (docs/proxy.md). Each entry
runs through pgstitch first as written, then with every integer constant changed; the second
answer must be the twin's for the changed text. Rows are compared as multisets: a changed
constant can turn an ordinal or a LIMIT into one that leaves the order open.
"""

from __future__ import annotations

import dataclasses
import os
import re

import pytest

from proxy.rewrite.masking import mask_literals
from tests.proxy.test_differential_reads import CORPUS, proxy_on_shadow, through_proxy
from tests.rewrite.conftest import differential_dbs, twin_executor
from tests.rewrite.differential import CorpusEntry, Execution, LibpqExecutor, compare

__all__ = ["differential_dbs", "proxy_on_shadow", "through_proxy", "twin_executor"]

# One entry in SAMPLE_EVERY by default; PGSTITCH_CONSTANTS_SAMPLE=1 runs every entry.
SAMPLE_EVERY = int(os.environ.get("PGSTITCH_CONSTANTS_SAMPLE", "12"))
# Answers that differ whatever pgstitch does: plans, cursors over unordered tables.
_UNSTABLE_WORDS = ("explain", "cursor")
_ROW_COUNT = re.compile(r"\b(limit|offset|fetch\s+(first|next))\s*\(?\s*$", re.IGNORECASE)


def with_other_constants(sql: str) -> str | None:
    """`sql` with every integer constant of the `integer` range one higher, but a row count
    (LIMIT, OFFSET, FETCH), which could cut through ties; None when nothing changes."""
    masked = mask_literals(sql)
    if masked is None:
        return None
    parts: list[str] = []
    last = 0
    for start, end in masked.spans:
        text = sql[start:end]
        counts_rows = _ROW_COUNT.search(sql, 0, start) is not None
        if text.isdigit() and int(text) < 2**31 - 1 and not counts_rows:
            text = str(int(text) + 1)
        parts += [sql[last:start], text]
        last = end
    changed = "".join(parts) + sql[last:]
    return None if changed == sql else changed


def _eligible(entry: CorpusEntry) -> bool:
    lowered = entry.sql.lower()
    return (
        not entry.params
        and not entry.refused
        and not any(word in lowered for word in _UNSTABLE_WORDS)
        and with_other_constants(entry.sql) is not None
    )


CASES = [
    pytest.param(entry, protocol, id=f"{entry.name}-{protocol}")
    for entry in [e for e in CORPUS if _eligible(e)][::SAMPLE_EVERY]
    for protocol in ("simple", "extended")
    if protocol in entry.protocols
]


def _as_multisets(execution: Execution) -> Execution:
    outcomes = [
        dataclasses.replace(o, rows=tuple(sorted(o.rows, key=repr))) for o in execution.outcomes
    ]
    return dataclasses.replace(execution, outcomes=outcomes)


def test_the_sample_is_not_empty() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("entry", "protocol"), CASES)
def test_other_constants_same_answer_as_twin(
    entry: CorpusEntry,
    protocol: str,
    twin_executor: LibpqExecutor,
    through_proxy: LibpqExecutor,
    differential_dbs,
) -> None:
    changed = with_other_constants(entry.sql)
    assert changed is not None
    for _ in range(2):  # the second run of a shape builds its template
        through_proxy.run(entry.sql, (), protocol)
    want = _as_multisets(twin_executor.run(changed, (), protocol))
    changed_entry = dataclasses.replace(entry, sql=changed, expect=None)
    for _ in range(3):
        got = _as_multisets(through_proxy.run(changed, (), protocol))
        problems = compare(changed_entry, want, got, differential_dbs.row_types)
        assert not problems, changed + "\n" + "\n".join(problems)
