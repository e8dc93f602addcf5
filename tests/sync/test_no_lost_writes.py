"""No lost writes: 8 writers through 2 (simulated) proxies keep writing across a landing.

Every row's last acknowledged value must end up in the real column, a reader through each
proxy must never see a row's value go backwards, and no write may wait 5 s or more. Repeated
with the sync leader SIGKILLed in the middle of a long drain (proxies writing through), and with
one proxy killed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import time
from collections.abc import Callable

from shadow.columns import ColumnState
from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores
from tests.sync.support import (
    FAST,
    SimulatedProxy,
    SyncProcess,
    column,
    make_table,
    park_many,
    running_sync,
    sql,
    wait_for_state,
    wait_until,
)

KEY = ("public", "t", "c")
WRITERS = 8
WRITTEN_ROWS = 400  # the rows writers update; all rows start with a parked value


class Workload:
    """Writers that own their rows (so each row has one write in flight at most) and readers."""

    def __init__(self, proxies: list[SimulatedProxy], rows: int) -> None:
        self.proxies = proxies
        self.acked = {str(i): 1 for i in range(1, rows + 1)}
        self.in_flight: dict[str, int] = {}
        self.latencies: list[float] = []
        self.backwards: list[tuple[str, str, int, int]] = []
        self.stop = asyncio.Event()
        self.tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        for i in range(WRITERS):
            self.tasks.append(asyncio.create_task(self._write(i)))
        for proxy in self.proxies:
            self.tasks.append(asyncio.create_task(self._read(proxy)))

    async def finish(self) -> None:
        self.stop.set()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for task in self.tasks:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]

    async def _write(self, writer: int) -> None:
        proxy = self.proxies[writer % len(self.proxies)]
        mine = [str(r) for r in range(1, WRITTEN_ROWS + 1) if r % WRITERS == writer]
        rng = random.Random(writer)
        while not self.stop.is_set() and not proxy.dead:
            rows = rng.sample(mine, 2 if rng.random() < 0.3 else 1)  # statement or transaction
            values = {row: self.acked[row] + 1 for row in rows}
            self.in_flight.update(values)
            began = time.monotonic()
            await proxy.write("t", "c", values)
            self.latencies.append(time.monotonic() - began)
            self.acked.update(values)
            for row in rows:
                del self.in_flight[row]
            await asyncio.sleep(0.005)

    async def _read(self, proxy: SimulatedProxy) -> None:
        seen: dict[str, int] = {}
        rng = random.Random(proxy.proxy_id)
        while not self.stop.is_set() and not proxy.dead:
            row = str(rng.randint(1, WRITTEN_ROWS))
            value = await proxy.read("t", "c", row)
            if value is not None and value < seen.get(row, 0):
                self.backwards.append((proxy.proxy_id, row, seen[row], value))
            seen[row] = max(value or 0, seen.get(row, 0))
            await asyncio.sleep(0.002)

    def check(self, final: dict[int, int | None]) -> None:
        lost = {
            row: (value, final[int(row)])
            for row, value in self.acked.items()
            if final[int(row)] != value and final[int(row)] != self.in_flight.get(row)
        }
        assert not lost, f"rows whose last acknowledged value is not in the column: {lost}"
        assert not self.backwards, f"reads that went backwards: {self.backwards[:5]}"
        assert max(self.latencies) < 5.0, f"a write waited {max(self.latencies):.1f} s"
        assert len(self.latencies) > 100, "the writers hardly wrote"


async def _landing_under_load(
    stores: tuple[ShadowStore, ...],
    dsn: str,
    rows: int,
    during_landing: Callable[[list[SimulatedProxy]], object] | None = None,
    write_through: bool = False,
) -> Workload:
    store = stores[0]
    await store.put_column(column())
    await park_many(store, {str(i): "1" for i in range(1, rows + 1)})
    proxies = [
        SimulatedProxy(s, dsn, f"proxy-{n}", write_through=write_through)
        for n, s in enumerate(stores[1:3])
    ]
    for proxy in proxies:
        await proxy.start()
    load = Workload(proxies, rows)
    load.start()
    try:
        await asyncio.sleep(0.7)
        sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
        await proxies[0].store.announce_ddl()
        if during_landing is not None:
            result = during_landing(proxies)
            if asyncio.iscoroutine(result):
                await result
        await wait_for_state(store, KEY, ColumnState.LANDED, timeout=20)
        await asyncio.sleep(0.7)
    finally:
        await load.finish()
        for proxy in proxies:
            await proxy.kill()
    assert await store.parked_rows("public", "t") == {}
    return load


def final_values(dsn: str) -> dict[int, int | None]:
    return dict(sql(dsn, "SELECT id, c FROM t"))


def test_no_acknowledged_write_is_lost_across_a_landing(backend: Backend) -> None:
    dsn = backend.dsn
    make_table(dsn, rows=WRITTEN_ROWS)

    async def body(*stores: ShadowStore) -> Workload:
        async with running_sync(stores[0], dsn, dataclasses.replace(FAST, batch_size=50)):
            return await _landing_under_load(stores, dsn, WRITTEN_ROWS)

    load = run(with_stores(backend, 3, body), timeout=90)
    load.check(final_values(dsn))


def test_no_write_is_lost_or_held_when_the_sync_leader_is_killed_during_a_long_drain(
    postgres_backend: Backend,
) -> None:
    """Proxies write through while landing, so writes do not wait for the drain at all."""
    dsn = postgres_backend.dsn
    rows = 4000  # enough parked values for the drain to take a while
    make_table(dsn, rows=rows)
    settings = ("poll_interval=0.1", "lead_retry=0.2", "batch_size=20", "live_window=1")
    first = SyncProcess("postgres", dsn, "first", *settings)
    second = SyncProcess("postgres", dsn, "second", *settings)

    async def kill_mid_drain(_: list[SimulatedProxy]) -> None:
        async def started() -> bool:
            drained = "SELECT count(c) FROM t WHERE id > %s"  # rows no writer touches
            return sql(dsn, drained, (WRITTEN_ROWS,))[0][0] >= 300

        await wait_until(started, timeout=15, what="the drain started")
        first.kill()
        left = sql(dsn, "SELECT count(*) FROM t WHERE id > %s AND c IS NULL", (WRITTEN_ROWS,))
        assert left[0][0] > 0, "the drain was over before the kill"

    async def body(*stores: ShadowStore) -> Workload:
        await asyncio.sleep(1.0)  # `first` leads, `second` stands by
        return await _landing_under_load(stores, dsn, rows, kill_mid_drain, write_through=True)

    try:
        load = run(with_stores(postgres_backend, 3, body), timeout=90)
    finally:
        first.kill()
        log = second.stop()
    assert "second leads" in log, log
    load.check(final_values(dsn))
    assert sql(dsn, "SELECT count(*) FROM t WHERE id > %s AND c = 1", (WRITTEN_ROWS,)) == [
        (rows - WRITTEN_ROWS,)
    ]


def test_no_write_is_lost_when_a_proxy_dies_during_the_landing(postgres_backend: Backend) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=WRITTEN_ROWS)

    async def kill_one(proxies: list[SimulatedProxy]) -> None:
        await proxies[1].kill()

    async def body(*stores: ShadowStore) -> Workload:
        async with running_sync(stores[0], dsn, dataclasses.replace(FAST, batch_size=50)):
            return await _landing_under_load(stores, dsn, WRITTEN_ROWS, kill_one)

    load = run(with_stores(postgres_backend, 3, body), timeout=90)
    load.check(final_values(dsn))
