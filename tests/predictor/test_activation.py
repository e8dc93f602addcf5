"""Activation of confident predictions as active shadow columns, against the memory store."""

import asyncio
from datetime import datetime

import pytest

from predictor.activation import activate
from predictor.engine import ColumnForecast
from shadow.columns import ColumnState, ShadowColumn
from shadow.store.memory import MemoryStore

ETA = datetime(2026, 10, 1)


def prediction(table, column, probability, type_name="text", sources=("telemetry",)):
    return ColumnForecast(table, column, type_name, "", probability, ETA, sources)


def run(coroutine):
    return asyncio.run(coroutine)


def test_only_confident_predictions_become_active_columns():
    async def scenario():
        store = MemoryStore()
        report = await activate(
            [
                prediction("orders", "coupon", 0.95),
                prediction("auth.users", "tier", 0.8, "bigserial"),
                prediction("orders", "maybe", 0.3),
            ],
            store,
            threshold=0.8,
        )
        return report, await store.load_schema()

    report, schema = run(scenario())
    assert report.activated == ["public.orders.coupon", "auth.users.tier"]
    assert report.below_threshold == 1
    coupon = schema.get("public", "orders", "coupon")
    assert coupon.state is ColumnState.ACTIVE
    assert (coupon.probability, coupon.eta, coupon.sources) == (0.95, ETA, ("telemetry",))
    assert schema.get("auth", "users", "tier").type == "int8"


def test_declared_and_landed_columns_are_never_overwritten_and_refreshes_happen_once():
    async def scenario():
        store = MemoryStore()
        await store.put_column(ShadowColumn("public", "orders", "declared_one", "int4"))
        await store.put_column(
            ShadowColumn("public", "orders", "landed_one", "int4", probability=0.9,
                         sources=("history",), state=ColumnState.LANDED)
        )  # fmt: skip
        first = await activate([prediction("orders", "fresh", 0.9)], store, 0.5)
        again = [
            prediction("orders", "declared_one", 0.99),
            prediction("orders", "landed_one", 0.99),
            prediction("orders", "fresh", 0.9),
            prediction("orders", "fresh", 0.97),
        ]
        second = await activate(again, store, 0.5)
        return first, second, await store.load_schema()

    first, second, schema = run(scenario())
    assert first.activated == ["public.orders.fresh"]
    assert second.kept == ["public.orders.declared_one", "public.orders.landed_one"]
    assert second.unchanged == ["public.orders.fresh"]
    assert second.refreshed == ["public.orders.fresh"]
    assert schema.get("public", "orders", "fresh").probability == 0.97
    assert schema.get("public", "orders", "declared_one").type == "int4"


def test_threshold_must_be_a_probability():
    with pytest.raises(ValueError, match="threshold"):
        run(activate([], MemoryStore(), 0.0))


def test_an_enum_not_created_yet_is_served_as_text():
    async def scenario():
        store = MemoryStore()
        new_enum = ColumnForecast(
            "eval_templates", "type", "EvalTemplateType", "", 0.9, ETA, ("history",), True
        )
        known_enum = prediction("scores", "source", 0.9, "ScoreSource", ("history",))
        await activate([new_enum, known_enum], store, threshold=0.8)
        return await store.load_schema()

    schema = run(scenario())
    assert schema.get("public", "eval_templates", "type").type == "text"
    assert schema.get("public", "scores", "source").type == "ScoreSource"
