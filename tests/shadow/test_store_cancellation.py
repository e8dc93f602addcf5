"""A cancelled store call ends its task, on every backend.

Shutdown and the proxy's follower tasks rely on this: a cancellation swallowed inside a store
client leaves a background loop running forever and a shutdown waiting on it.
"""

from __future__ import annotations

import asyncio
import random

from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores

ROUNDS = 300


async def _busy(store: ShadowStore, stop: asyncio.Event) -> None:
    """Store calls back to back; `stop` ends a task that swallowed its cancellation after all."""
    while not stop.is_set():
        await store.heartbeat("proxy", 1)
        await store.load_schema()
        await asyncio.sleep(0)  # the memory store never waits


async def _cancel_at_random_points(store: ShadowStore) -> int | None:
    """Cancel the busy loop at random moments; the first round whose task ran on."""
    rng = random.Random(7)
    stop = asyncio.Event()
    for round_ in range(ROUNDS):
        task = asyncio.create_task(_busy(store, stop))
        await asyncio.sleep(rng.random() * 0.005)
        task.cancel()
        await asyncio.wait([task], timeout=1)
        if not task.done():
            stop.set()
            await task
            return round_
    return None


def test_a_cancelled_store_call_ends_its_task(backend: Backend) -> None:
    ran_on = run(with_stores(backend, 1, _cancel_at_random_points), timeout=120)
    assert ran_on is None, f"the task of round {ran_on} swallowed its cancellation"
