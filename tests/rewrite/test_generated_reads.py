"""Random read statements (tests/rewrite/generated.py) give the twin's answer through the rewriter.

The corpus holds statements written by hand; these are composed at random from a small grammar,
so that forms meet in combinations nobody wrote down. Each seed is one statement, the same on
every run. `PGSTITCH_GENERATED_READS=N` runs N seeds (default 300); a failure names its seed
and statement, which then belongs in corpus/reads.sql.
"""

from __future__ import annotations

import os

import pytest

from tests.rewrite.conftest import PARKED_SOURCES, DifferentialDatabases, ShadowExecutors
from tests.rewrite.differential import CorpusEntry, LibpqExecutor, compare
from tests.rewrite.generated import statement

SEEDS = range(int(os.environ.get("PGSTITCH_GENERATED_READS", "300")))


def test_statements_are_the_same_every_time_and_differ_between_seeds():
    assert statement(7) == statement(7)
    assert len({statement(seed) for seed in range(50)}) > 45


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_statement_gives_the_twins_answer(
    seed: int,
    twin_executor: LibpqExecutor,
    shadow_executors: ShadowExecutors,
    differential_dbs: DifferentialDatabases,
):
    entry = CorpusEntry(f"generated_{seed}", statement(seed))
    # Seeds take turns at the protocols and at the ways of reading parked values.
    protocol = entry.protocols[seed % len(entry.protocols)]
    sources = sorted(PARKED_SOURCES)
    original = twin_executor.run(entry.sql, (), protocol)
    assert original.outcomes[0].sqlstate is None, f"{entry.sql}: {original.outcomes[0]}"
    rewritten = shadow_executors[sources[seed // 3 % len(sources)]].run(entry.sql, (), protocol)
    problems = compare(entry, original, rewritten, differential_dbs.row_types)
    assert not problems, f"{entry.sql}\n" + "\n".join(problems)
