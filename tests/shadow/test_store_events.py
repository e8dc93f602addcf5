"""Several store clients on one backend: change events, shared state, concurrent writers."""

from __future__ import annotations

import asyncio
import statistics
import time

from shadow.columns import ShadowColumn
from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores


def column(name: str) -> ShadowColumn:
    return ShadowColumn("public", "users", name, "text")


def test_a_change_through_one_client_reaches_another_within_100_ms(
    shared_backend: Backend,
) -> None:
    delays: list[float] = []

    async def body(watcher: ShadowStore, writer: ShadowStore) -> None:
        start = await watcher.load_schema()
        await writer.load_schema()  # connected: the delays below are not connection set-up
        events = watcher.subscribe(since_version=start.version)
        try:
            pending = asyncio.ensure_future(anext(events))
            await asyncio.sleep(0.3)  # let the subscription connect
            for i in range(10):
                began = time.perf_counter()
                written = await writer.put_column(column(f"c{i}"))
                event = await asyncio.wait_for(pending, 1)
                delays.append(time.perf_counter() - began)
                assert event.version == written.version
                pending = asyncio.ensure_future(anext(events))
            pending.cancel()
            await asyncio.gather(pending, return_exceptions=True)
            assert [c.column for c in (await watcher.load_schema()).columns] == [
                f"c{i}" for i in range(10)
            ]
        finally:
            await events.aclose()

    run(with_stores(shared_backend, 2, body))
    assert max(delays) < 0.1, f"event delays (s): {delays}"
    assert statistics.median(delays) < 0.05


def test_parked_values_written_through_one_client_are_read_through_another(
    shared_backend: Backend,
) -> None:
    async def body(first: ShadowStore, second: ShadowStore) -> None:
        await first.park("public", "users", "1", {"email": "a"})
        assert await second.parked_rows("public", "users") == {"1": {"email": "a"}}
        await second.unpark("public", "users", ["1"])
        assert await first.parked_rows("public", "users") == {}

    run(with_stores(shared_backend, 2, body))


def test_concurrent_merges_into_one_row_all_land(shared_backend: Backend) -> None:
    async def body(first: ShadowStore, second: ShadowStore) -> None:
        writes = [
            store.park("public", "users", "1", {f"c{i}": str(i)})
            for i in range(30)
            for store in [(first, second)[i % 2]]
        ]
        await asyncio.gather(*writes)
        assert await first.parked_rows("public", "users") == {
            "1": {f"c{i}": str(i) for i in range(30)}
        }

    run(with_stores(shared_backend, 2, body))


def test_concurrent_schema_changes_get_distinct_versions(shared_backend: Backend) -> None:
    async def body(first: ShadowStore, second: ShadowStore) -> None:
        results = await asyncio.gather(
            *[(first, second)[i % 2].put_column(column(f"c{i}")) for i in range(12)]
        )
        assert sorted(r.version for r in results) == list(range(1, 13))
        final = await second.load_schema()
        assert final.version == 12 and len(final.columns) == 12

    run(with_stores(shared_backend, 2, body))


def test_a_leader_is_seen_by_every_client(shared_backend: Backend) -> None:
    async def body(first: ShadowStore, second: ShadowStore) -> None:
        lease = await first.try_lead("sync", "a")
        assert lease is not None
        assert await second.try_lead("sync", "b") is None
        await lease.release()
        taken = await second.try_lead("sync", "b")
        assert taken is not None and taken.token > lease.token
        await taken.release()

    run(with_stores(shared_backend, 2, body))
