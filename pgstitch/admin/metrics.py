"""`/metrics`: the proxy's state in Prometheus's text format, read at each scrape."""

from __future__ import annotations

import time
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from pgstitch.admin.state import ProxyState, StoreCheck, columns_by_state

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _ProxyCollector:
    """A Prometheus collector reading a `ProxyState` (and the store check made for the scrape)."""

    def __init__(self, state: ProxyState, store: StoreCheck) -> None:
        self.state = state
        self.store = store

    def collect(self) -> Iterator[Metric]:
        state, view, server = self.state, self.state.view, self.state.server
        gauges = [
            ("pgstitch_up", "1 while the proxy runs", 1),
            ("pgstitch_uptime_seconds", "Seconds since the proxy started",
             time.time() - state.started_at),
            ("pgstitch_client_sessions", "Client sessions open", len(server.sessions)),
            ("pgstitch_store_up", "1 when the shadow store answered its last check",
             int(self.store.reachable)),
            ("pgstitch_shadow_schema_loaded", "1 once the shadow schema was read from the store",
             int(bool(view.loaded))),
            ("pgstitch_shadow_schema_version", "Version of the shadow schema this proxy serves",
             view.schema.version),
            ("pgstitch_catalog_relations", "Relations in the live catalog snapshot",
             len(view.catalog.tables)),
            ("pgstitch_unknown_column_queries",
             "Query fingerprints that named an unknown column (42703) since start",
             view.unknown_fingerprints),
        ]  # fmt: skip
        if state.sync is not None:
            gauges.append(
                ("pgstitch_sync_leader", "1 while this process leads the sync sidecar",
                 int(bool(state.sync.leading)))
            )  # fmt: skip
        for name, documentation, value in gauges:
            yield GaugeMetricFamily(name, documentation, value=value)
        accepted = CounterMetricFamily(
            "pgstitch_client_sessions_accepted", "Client connections accepted since start"
        )
        accepted.add_metric([], server.accepted)
        yield accepted
        by_state = GaugeMetricFamily(
            "pgstitch_shadow_columns", "Shadow columns by state", labels=["state"]
        )
        for name, count in sorted(columns_by_state(view.schema.columns).items()):
            by_state.add_metric([name], count)
        yield by_state


async def render(state: ProxyState) -> bytes:
    """The metrics page."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_ProxyCollector(state, await state.store_check()))
    return generate_latest(registry)
