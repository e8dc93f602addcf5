"""drop_parked_column keeps every other value exactly, on every backend (the drain relies on it)."""

from __future__ import annotations

import time

from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores

AWKWARD = {"email": None, "bio": 'it\'s "quoted" \\ back/slash ✓ \u2028', "empty": "", "n": "1"}


def test_other_values_survive_exactly_and_a_null_value_is_dropped_too(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.write_parked(park={("public", "u"): {"1": AWKWARD, "2": {"email": None}}})
        await store.drop_parked_column("public", "u", "email", row_keys=["1", "2", "missing"])
        rest = {k: v for k, v in AWKWARD.items() if k != "email"}
        assert await store.parked_rows("public", "u") == {"1": rest}
        await store.drop_parked_column("public", "u", "bio")
        assert await store.parked_rows("public", "u") == {"1": {"empty": "", "n": "1"}}

    run(with_stores(backend, 1, body))


def test_dropping_a_thousand_rows_takes_well_under_a_second(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        rows = {str(i): {"c": str(i), "d": "kept" if i % 2 else None} for i in range(1000)}
        await store.write_parked(park={("public", "u"): rows})
        began = time.perf_counter()
        await store.drop_parked_column("public", "u", "c", row_keys=list(rows))
        assert time.perf_counter() - began < 0.5
        assert await store.parked_rows("public", "u") == {
            str(i): {"d": "kept" if i % 2 else None} for i in range(1000)
        }

    run(with_stores(backend, 1, body))
