"""Settings of the sync sidecar, with their defaults and checks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
DAY = 86400.0


def parse_duration(value: object) -> float:
    """Seconds from a number of seconds or a text such as `500ms`, `10s`, `5m`, `12h`, `7d`."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        return float(value)
    match = _DURATION.fullmatch(str(value))
    if not match:
        raise ValueError(
            f"not a duration: {value!r} (use seconds, or e.g. 500ms, 10s, 5m, 12h, 7d)"
        )
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2) or "s"]


@dataclass(frozen=True)
class SyncSettings:
    """How often sync looks, how long it waits, and how it drains. Durations are in seconds."""

    # Seconds between two reads of the live catalog (a DDL announcement triggers one at once).
    poll_interval: float = 1.0
    # A predicted column whose ETA passed by this long expires (declared columns never do).
    grace_period: float = 7 * DAY
    # Expired and rejected columns keep their parked values this long, then they are purged.
    retention: float = 30 * DAY
    # Parked values moved into the real column per transaction.
    batch_size: int = 1000
    # `SET LOCAL lock_timeout` of each drain transaction.
    lock_timeout: float = 2.0
    # A proxy whose last heartbeat is older than this is not live (it need not acknowledge).
    live_window: float = 5.0
    # While proxies are late to acknowledge a landing, they are named in the log this often.
    ack_warning_interval: float = 10.0
    # A standby instance asks for the leadership this often.
    lead_retry: float = 1.0
    # Retries (lock timeouts, deadlocks, lost connections) back off from the first to the last.
    retry_delay: float = 0.1
    max_retry_delay: float = 5.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "batch_size":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ValueError(f"sync batch_size must be a whole number ≥ 1, got {value!r}")
            elif isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ValueError(
                    f"sync {f.name} must be a positive number of seconds, got {value!r}"
                )
        if self.retry_delay > self.max_retry_delay:
            raise ValueError("sync retry_delay must not exceed max_retry_delay")

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> SyncSettings:
        """Settings from configuration values (durations as seconds or `10s`, `7d`...).

        Unknown keys and bad values raise ValueError naming the key.
        """
        known = {f.name for f in fields(cls)}
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise ValueError(f"unknown sync setting {key!r}")
            try:
                if key == "batch_size":
                    changes[key] = int(str(value)) if not isinstance(value, int) else value
                else:
                    changes[key] = parse_duration(value)
            except ValueError as exc:
                raise ValueError(f"invalid sync {key}: {exc}") from None
        return replace(cls(), **changes)
