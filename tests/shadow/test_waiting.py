"""Bounded waits for an asyncio event."""

from __future__ import annotations

import asyncio
import time

from shadow.waiting import wait_event


def test_an_event_set_meanwhile_ends_the_wait_at_once() -> None:
    async def scenario() -> tuple[bool, float]:
        event = asyncio.Event()
        asyncio.get_running_loop().call_later(0.05, event.set)
        started = time.monotonic()
        return await wait_event(event, 5), time.monotonic() - started

    was_set, waited = asyncio.run(scenario())
    assert was_set
    assert waited < 1


def test_the_wait_ends_after_the_timeout_without_raising() -> None:
    async def scenario() -> tuple[bool, float]:
        started = time.monotonic()
        return await wait_event(asyncio.Event(), 0.05), time.monotonic() - started

    was_set, waited = asyncio.run(scenario())
    assert not was_set
    assert 0.04 <= waited < 1


def test_a_cancellation_still_cancels() -> None:
    async def scenario() -> bool:
        task = asyncio.ensure_future(wait_event(asyncio.Event(), 5))
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return True
        return False

    assert asyncio.run(scenario())
