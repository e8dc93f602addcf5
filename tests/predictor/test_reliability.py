"""Outcomes recorded by sync adjust how far each source is trusted."""

from datetime import datetime

from predictor.reliability import PRIOR_TRUST, Reliability, reliability_from_outcomes
from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.base import PredictionOutcome

NOW = datetime(2026, 1, 1)


def column(name, sources, probability):
    return ShadowColumn(
        "public", "t", name, "text", probability=probability, sources=sources,
        state=ColumnState.LANDED,
    )  # fmt: skip


def outcome(name, landed, predicted=True):
    return PredictionOutcome("public", "t", name, predicted, landed, None, None, NOW)


def test_sources_that_deliver_gain_trust_and_those_that_do_not_lose_it():
    schema = ShadowSchema(
        1,
        tuple(
            [column(f"r{i}", ("releases",), 0.5) for i in range(10)]
            + [column(f"e{i}", ("experiments", "history"), 0.5) for i in range(10)]
        ),
    )
    outcomes = [outcome(f"r{i}", True) for i in range(10)]
    outcomes += [outcome(f"e{i}", False) for i in range(10)]
    outcomes.append(outcome("unpredicted", True, predicted=False))
    reliability = reliability_from_outcomes(outcomes, schema)
    assert reliability.factor("releases") > 1.5
    assert reliability.factor("experiments") < 0.5
    assert reliability.factor("history") == reliability.factor("experiments")
    assert reliability.factor("telemetry") == 1.0
    assert reliability.probability("releases", 1.0) > PRIOR_TRUST["releases"]
    assert reliability.summary()["releases"]["landed"] == 10


def test_without_outcomes_the_priors_hold():
    plain = Reliability()
    assert plain.probability("pending_migration", 1.0) == PRIOR_TRUST["pending_migration"]
    assert plain.probability("something-new", 1.0) == 0.5
    assert plain.probability("telemetry", 2.0) == 0.99
