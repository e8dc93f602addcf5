"""A full prediction run against a store: telemetry in, outcomes weighed, confident columns out."""

import asyncio
import math
from datetime import datetime

import pytest

from predictor.reliability import PRIOR_TRUST, PRIOR_WEIGHT
from predictor.service import PredictInputs, predict_and_activate
from shadow.columns import ColumnState, ShadowColumn
from shadow.store.base import PredictionOutcome
from shadow.store.memory import MemoryStore

AS_OF = datetime(2026, 3, 1)


def test_sidecar_run_reads_telemetry_weighs_outcomes_and_activates():
    async def scenario():
        store = MemoryStore()
        await store.put_column(
            ShadowColumn("public", "orders", "old", "text", probability=0.5,
                         sources=("telemetry",), state=ColumnState.LANDED)
        )  # fmt: skip
        await store.record_outcome(
            PredictionOutcome("public", "orders", "old", True, True, 1.0, True, AS_OF)
        )
        for fingerprint in ("q1", "q2", "q3", "q4"):
            await store.record_unknown_column("public", "orders", "coupon", fingerprint, "text")
        await store.record_unknown_column(None, None, "orphan", "q5", None)
        forecast, report = await predict_and_activate(
            PredictInputs(), store, AS_OF, threshold=0.7, report=print
        )
        return forecast, report, await store.load_schema()

    forecast, report, schema = asyncio.run(scenario())
    (coupon,) = forecast.columns
    assert (coupon.table, coupon.column, coupon.type) == ("orders", "coupon", "text")
    assert coupon.sources == ("telemetry",)
    # Four sightings; telemetry's prior trust, raised by one landed column promised at 0.5.
    strength = 1 - math.exp(-4 / 3)
    factor = (1 + PRIOR_WEIGHT) / (0.5 + PRIOR_WEIGHT)
    assert coupon.probability == pytest.approx(strength * PRIOR_TRUST["telemetry"] * factor)
    assert report.activated == ["public.orders.coupon"]
    assert schema.get("public", "orders", "coupon").state is ColumnState.ACTIVE
    assert any("telemetry x" in note for note in forecast.notes)
