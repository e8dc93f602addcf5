"""DDL announcements: a proxy's `announce_ddl` reaches every `ddl_announcements` subscriber."""

from __future__ import annotations

import asyncio

from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, RedisServer, run, with_stores


async def _started(store: ShadowStore) -> tuple[object, asyncio.Future[None]]:
    """A subscription that is already listening, and its first pending item."""
    announcements = store.ddl_announcements()
    pending = asyncio.ensure_future(anext(announcements))
    await asyncio.sleep(0.3)  # let the subscription connect
    return announcements, pending


async def _stop(announcements: object, pending: asyncio.Future[None]) -> None:
    pending.cancel()
    await asyncio.gather(pending, return_exceptions=True)
    await announcements.aclose()  # type: ignore[attr-defined]


def test_an_announcement_reaches_a_subscriber_of_another_client(backend: Backend) -> None:
    async def body(listener: ShadowStore, announcer: ShadowStore) -> None:
        announcements, pending = await _started(listener)
        try:
            assert not pending.done()
            for _ in range(3):
                await announcer.announce_ddl()
                await asyncio.wait_for(pending, 1)
                pending = asyncio.ensure_future(anext(announcements))
            await asyncio.sleep(0.2)
            assert not pending.done(), "an announcement was delivered twice"
        finally:
            await _stop(announcements, pending)

    run(with_stores(backend, 2, body))


def test_announcing_without_subscribers_is_harmless(backend: Backend) -> None:
    async def body(store: ShadowStore) -> None:
        await store.announce_ddl()

    run(with_stores(backend, 1, body))


def test_a_subscription_survives_a_redis_restart(redis_server: RedisServer) -> None:
    backend = Backend("redis", url=redis_server.url)

    async def body(listener: ShadowStore, announcer: ShadowStore) -> None:
        announcements, pending = await _started(listener)
        try:
            redis_server.kill()
            redis_server.start()
            # After reconnecting it yields once (something may have been missed) ...
            await asyncio.wait_for(pending, 10)
            # ... and then hears new announcements again.
            pending = asyncio.ensure_future(anext(announcements))
            await asyncio.sleep(0.3)
            await announcer.announce_ddl()
            await asyncio.wait_for(pending, 2)
        finally:
            await _stop(announcements, pending)

    run(with_stores(backend, 2, body))
