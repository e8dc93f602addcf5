"""The reconnecting loop behind every backend's `ddl_announcements()`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Protocol

from shadow.store.base import StoreUnavailable

log = logging.getLogger(__name__)


class AnnouncementFeed(Protocol):
    """One live subscription to DDL announcements; raises StoreUnavailable when lost."""

    async def next_announcement(self, timeout: float) -> bool:
        """True when an announcement arrived within `timeout`, False otherwise."""


async def follow_announcements(
    open_feed: Callable[[], AbstractAsyncContextManager[AnnouncementFeed]],
    store_name: str,
    *,
    idle_timeout: float = 5.0,
    max_backoff: float = 2.0,
) -> AsyncIterator[None]:
    """Yield once per announcement, across lost connections.

    After a reconnection it yields once more: an announcement may have gone by while it was away.
    """
    backoff = 0.05
    connected_before = False
    while True:
        try:
            async with open_feed() as feed:
                if connected_before:
                    log.info("%s: DDL announcements resumed", store_name)
                    yield None
                connected_before = True
                backoff = 0.05
                while True:
                    if await feed.next_announcement(idle_timeout):
                        yield None
        except StoreUnavailable as exc:
            if backoff == 0.05:
                log.warning("%s: DDL announcements interrupted, reconnecting: %s", store_name, exc)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, max_backoff)
