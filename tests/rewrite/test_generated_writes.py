"""Random write scenarios (tests/rewrite/generated_writes.py) answer as the twin does through the
rewriter, with every way of holding parked values, and leave the same rows.

`PGSTITCH_GENERATED_WRITES=N` runs N seeds (default 40); a failure names its seed and step,
which then belongs in corpus/writes.sql.
"""

from __future__ import annotations

import os

import pytest

from tests.rewrite.conftest import DifferentialDatabases
from tests.rewrite.differential import LibpqExecutor
from tests.rewrite.generated_writes import scenario
from tests.rewrite.test_writes import ShadowSession, run_scenario
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
    protocol = ("simple", "extended")[seed % 2]
    run_scenario(scenario(seed), protocol, twin, shadow, differential_dbs.row_types)
