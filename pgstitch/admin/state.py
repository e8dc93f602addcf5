"""What the admin API reports, read from the running proxy at the time of each request."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pgstitch import __version__
from shadow.columns import ColumnState, ShadowColumn
from shadow.store.codec import column_to_dict

# A store answer is trusted this long: health checks and scrapes do not each reach the store.
_STORE_CHECK_TTL = 1.0
_STORE_CHECK_TIMEOUT = 2.0


@dataclass
class StoreCheck:
    """The last check that the store answers."""

    reachable: bool = False
    error: str | None = None
    checked_at: float = float("-inf")


class ProxyState:
    """The proxy's server, shadow view and sync service, as the admin API reports them."""

    def __init__(self, server: Any, view: Any, sync: Any = None) -> None:
        self.server = server
        self.view = view
        self.sync = sync
        self.started_at = time.time()
        self._store = StoreCheck()
        self._checking: asyncio.Task[StoreCheck] | None = None

    async def store_check(self) -> StoreCheck:
        """Whether the store answers (reading its shadow schema), at most `_STORE_CHECK_TTL` old;
        concurrent requests share one check."""
        if time.monotonic() - self._store.checked_at < _STORE_CHECK_TTL:
            return self._store
        if self._checking is None or self._checking.done():
            self._checking = asyncio.get_running_loop().create_task(self._check_store())
        return await asyncio.shield(self._checking)

    async def _check_store(self) -> StoreCheck:
        try:
            await asyncio.wait_for(self.view.store.load_schema(), _STORE_CHECK_TIMEOUT)
        except Exception as exc:  # any failure means "not reachable"; the reason is reported
            reason = str(exc) or exc.__class__.__name__
            self._store = StoreCheck(False, reason, time.monotonic())
        else:
            self._store = StoreCheck(True, None, time.monotonic())
        return self._store

    async def health(self) -> tuple[bool, dict[str, Any]]:
        """(healthy, details): the shadow schema is loaded and the store answers."""
        store = await self.store_check()
        loaded = bool(self.view.loaded)
        details: dict[str, Any] = {
            "status": "ok" if loaded and store.reachable else "unavailable",
            "shadow_schema_loaded": loaded,
            "store_reachable": store.reachable,
        }
        if store.error:
            details["store_error"] = store.error
        return loaded and store.reachable, details

    async def status(self) -> dict[str, Any]:
        """The proxy at a glance: version, uptime, sessions, store, shadow schema, sync."""
        store = await self.store_check()
        schema = self.view.schema
        settings = self.server.settings
        upstream = settings.upstream
        return {
            "version": __version__,
            "proxy_id": self.view.proxy_id,
            "uptime_seconds": round(time.time() - self.started_at, 3),
            "listen": f"{settings.host}:{self.server.port}",
            "upstream": f"{upstream.address}/{self.server.managed_database}",
            "sessions": len(self.server.sessions),
            "sessions_accepted": self.server.accepted,
            "store": {
                "name": self.view.store.name,
                "reachable": store.reachable,
                **({"error": store.error} if store.error else {}),
            },
            "shadow_schema": {
                "loaded": bool(self.view.loaded),
                "version": schema.version,
                "columns_by_state": dict(sorted(columns_by_state(schema.columns).items())),
                "served": sum(1 for column in schema.columns if column.served),
            },
            "catalog_relations": len(self.view.catalog.tables),
            "unknown_columns_seen": self.view.unknown_fingerprints,
            "sync": {
                "enabled": self.sync is not None,
                "leading": bool(self.sync is not None and self.sync.leading),
            },
        }

    def shadow(self) -> dict[str, Any]:
        """The shadow schema this proxy serves from, as `pgstitch shadow list --json` prints it."""
        schema = self.view.schema
        return {"version": schema.version, "columns": [column_to_dict(c) for c in schema.columns]}

    def predictions(self) -> dict[str, Any]:
        """Columns the predictor proposed (any with a source other than a declaration), most
        probable first."""
        predicted = [column for column in self.view.schema.columns if is_predicted(column)]
        predicted.sort(key=lambda c: (-c.probability, c.schema, c.table, c.column))
        return {
            "version": self.view.schema.version,
            "columns": [column_to_dict(column) for column in predicted],
        }


def columns_by_state(columns: Any) -> Counter[str]:
    """How many shadow columns are in each state (every state listed, zeros included)."""
    counts: Counter[str] = Counter({state.value: 0 for state in ColumnState})
    counts.update(column.state.value for column in columns)
    return counts


def is_predicted(column: ShadowColumn) -> bool:
    """Whether a column came from the predictor rather than only from a declaration."""
    return column.state is ColumnState.PREDICTED or any(
        source != "declared" for source in column.sources
    )
