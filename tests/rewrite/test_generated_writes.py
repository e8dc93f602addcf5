"""Random write scenarios (tests/rewrite/generated_writes.py) answer as the twin does through the
rewriter, with every way of holding parked values, and leave the same rows.

`PGSTITCH_GENERATED_WRITES=N` runs N seeds (default 40); a failure names its seed and step,
which then belongs in corpus/writes.sql.
"""

from __future__ import annotations

import os

import pytest

from tests.rewrite.conftest import TABLES, DifferentialDatabases
from tests.rewrite.differential import LibpqExecutor, check_final_rows, check_steps
from tests.rewrite.generated_writes import scenario
from tests.rewrite.test_writes import ShadowSession, reset
from tests.rewrite.test_writes import shadow as shadow
from tests.rewrite.test_writes import twin as twin

SEEDS = range(int(os.environ.get("PGSTITCH_GENERATED_WRITES", "40")))


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_scenario_matches_the_twin(
    seed: int,
    twin: LibpqExecutor,
    shadow: ShadowSession,
    differential_dbs: DifferentialDatabases,
):
    generated = scenario(seed)
    protocol = ("simple", "extended")[seed % 2]
    reset(twin, shadow)
    try:
        row_types = differential_dbs.row_types
        check_steps(generated, protocol, twin, shadow.run, row_types, shadow.new_session)
        twin.conn.execute("ROLLBACK")
        shadow.executor.conn.execute("ROLLBACK")
        if shadow.staged:
            shadow.flush()
        check_final_rows(TABLES, twin, shadow.executor, row_types)
    finally:
        reset(twin, shadow)
