"""Fence: wait until every live proxy has acknowledged a shadow-schema version.

A proxy acknowledges version V by heartbeating V once it holds new writes to every column that
is landing at V and every transaction that had already parked values for them has ended. A
proxy whose last heartbeat is older than `live_window` is not live and is not waited for (it
must itself stop parking values when it cannot heartbeat).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from shadow.store.base import ProxyHeartbeat, ShadowStore, StoreUnavailable
from sync.settings import SyncSettings

log = logging.getLogger("pgstitch.sync")

CHECK_INTERVAL = 0.05


def late_proxies(
    beats: Iterable[ProxyHeartbeat], version: int, now: datetime, live_window: float
) -> list[str]:
    """The live proxies that have not acknowledged `version` yet, by id."""
    window = timedelta(seconds=live_window)
    return sorted(
        b.proxy_id for b in beats if now - b.last_seen <= window and b.schema_version < version
    )


async def await_acks(store: ShadowStore, version: int, settings: SyncSettings, what: str) -> None:
    """Return once no live proxy is behind `version`; never gives up, names the late ones.

    `what` says what is waiting (for the log). An unreachable store is waited out.
    """
    started = time.monotonic()
    warned = started
    delay = settings.retry_delay
    while True:
        try:
            beats = await store.heartbeats()
        except StoreUnavailable as exc:
            log.warning("%s: cannot read proxy heartbeats, retrying: %s", what, exc)
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.max_retry_delay)
            continue
        delay = settings.retry_delay
        late = late_proxies(beats, version, datetime.now(UTC), settings.live_window)
        if not late:
            waited = time.monotonic() - started
            if waited >= settings.ack_warning_interval:
                log.info("%s: every live proxy acknowledged after %.1f s", what, waited)
            return
        if time.monotonic() - warned >= settings.ack_warning_interval:
            warned = time.monotonic()
            log.warning(
                "%s: waiting %.0f s for proxies to acknowledge schema version %d: %s",
                what, warned - started, version, ", ".join(late),
            )  # fmt: skip
        await asyncio.sleep(CHECK_INTERVAL)
