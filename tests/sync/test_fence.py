"""The fence: sync waits until every live proxy acknowledged the landing version, and no longer."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from shadow.store.base import ProxyHeartbeat
from shadow.store.memory import MemoryStore
from sync.fence import await_acks, late_proxies
from tests.shadow.support import run
from tests.sync.support import FAST

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def beat(proxy_id: str, age: float, version: int) -> ProxyHeartbeat:
    return ProxyHeartbeat(proxy_id, NOW - timedelta(seconds=age), version)


def test_late_proxies_are_the_live_ones_behind_the_version() -> None:
    beats = [beat("a", 0.1, 7), beat("b", 0.5, 6), beat("dead", 30, 1), beat("c", 4.9, 2)]
    assert late_proxies(beats, 7, NOW, live_window=5) == ["b", "c"]
    assert late_proxies(beats, 6, NOW, live_window=5) == ["c"]
    assert late_proxies([], 7, NOW, live_window=5) == []


def test_with_no_live_proxy_the_fence_opens_at_once() -> None:
    async def body() -> None:
        store = MemoryStore()
        await asyncio.wait_for(await_acks(store, 5, FAST, "test"), 0.5)

    run(body())


def test_the_fence_waits_for_the_acknowledgement_of_every_live_proxy() -> None:
    async def body() -> None:
        store = MemoryStore()
        await store.heartbeat("p1", 4)
        await store.heartbeat("p2", 5)
        waiting = asyncio.create_task(await_acks(store, 5, FAST, "test"))
        await asyncio.sleep(0.3)
        assert not waiting.done()
        await store.heartbeat("p1", 5)
        await asyncio.wait_for(waiting, 0.5)

    run(body())


def test_a_proxy_that_stops_heartbeating_is_no_longer_waited_for() -> None:
    async def body() -> None:
        store = MemoryStore()
        await store.heartbeat("gone", 1)
        started = asyncio.get_running_loop().time()
        await asyncio.wait_for(await_acks(store, 5, FAST, "test"), 3)
        waited = asyncio.get_running_loop().time() - started
        assert FAST.live_window - 0.2 <= waited <= FAST.live_window + 0.5

    run(body())


def test_late_proxies_are_named_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    async def body() -> None:
        store = MemoryStore()

        async def keep_beating() -> None:
            while True:
                await store.heartbeat("slowpoke", 1)
                await asyncio.sleep(0.05)

        beating = asyncio.create_task(keep_beating())
        waiting = asyncio.create_task(await_acks(store, 2, FAST, "landing public.t.c"))
        await asyncio.sleep(FAST.ack_warning_interval * 2.5)
        assert not waiting.done()
        beating.cancel()
        await store.heartbeat("slowpoke", 2)
        await asyncio.wait_for(waiting, 1)

    with caplog.at_level(logging.WARNING, logger="pgstitch.sync"):
        run(body())
    late = [r.getMessage() for r in caplog.records if "slowpoke" in r.getMessage()]
    assert len(late) >= 2
    assert "landing public.t.c: waiting" in late[0]
