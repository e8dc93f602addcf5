"""The reconnecting change-event loop every backend's `subscribe()` is built on."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Protocol

from shadow.store.base import SchemaChanged, StoreUnavailable

log = logging.getLogger(__name__)


class VersionFeed(Protocol):
    """One live connection delivering shadow-schema versions; raises StoreUnavailable when lost."""

    async def current_version(self) -> int:
        """The version the store holds now."""

    async def next_version(self, timeout: float) -> int | None:
        """The version carried by the next change event, or None if none came within `timeout`."""


async def follow_versions(
    open_feed: Callable[[], AbstractAsyncContextManager[VersionFeed]],
    since: int | None,
    store_name: str,
    *,
    poll_interval: float = 5.0,
    max_backoff: float = 2.0,
) -> AsyncIterator[SchemaChanged]:
    """Yield a SchemaChanged each time the version moves, across lost connections.

    The feed is listening before the version is read, so a change is either seen in that read or
    arrives as an event. Every `poll_interval` without events the version is read again, as a
    backstop for an event lost in transit.
    """
    last = since
    backoff = 0.05
    while True:
        try:
            async with open_feed() as feed:
                version = await feed.current_version()
                if backoff > 0.05:
                    log.info("%s: change events resumed", store_name)
                backoff = 0.05
                if last is not None and version != last:
                    last = version
                    yield SchemaChanged(version)
                last = version
                while True:
                    event = await feed.next_version(poll_interval)
                    if event is None:
                        version = await feed.current_version()
                        if version != last:
                            last = version
                            yield SchemaChanged(version)
                    elif event > last:
                        last = event
                        yield SchemaChanged(event)
        except StoreUnavailable as exc:
            if backoff == 0.05:
                log.warning("%s: change events interrupted, reconnecting: %s", store_name, exc)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, max_backoff)
