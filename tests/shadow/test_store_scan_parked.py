"""scan_parked pages through a table's parked rows on every backend (the drain reads with it)."""

from __future__ import annotations

from shadow.store.base import ParkedRows, ShadowStore
from tests.shadow.support import Backend, run, with_stores


async def scan_all(store: ShadowStore, table: str, count: int) -> tuple[ParkedRows, int]:
    seen: ParkedRows = {}
    pages = 0
    cursor = None
    while True:
        page, cursor = await store.scan_parked("public", table, cursor, count)
        pages += 1
        seen.update(page)
        if cursor is None:
            return seen, pages


def test_a_scan_visits_every_parked_row_of_the_table_only(backend: Backend) -> None:
    rows = {str(i): {"c": str(i), "d": None} for i in range(2500)}

    async def body(store: ShadowStore) -> None:
        await store.write_parked(park={("public", "t"): rows, ("public", "u"): {"1": {"c": "x"}}})
        seen, pages = await scan_all(store, "t", 500)
        assert seen == rows
        assert pages >= 3  # paged, not read at once
        assert await scan_all(store, "nothing", 500) == ({}, 1)

    run(with_stores(backend, 1, body))


def test_rows_parked_throughout_a_scan_are_seen_despite_changes_meanwhile(
    backend: Backend,
) -> None:
    async def body(store: ShadowStore) -> None:
        await store.write_parked(park={("public", "t"): {str(i): {"c": "1"} for i in range(600)}})
        page, cursor = await store.scan_parked("public", "t", None, 200)
        await store.drop_parked_column("public", "t", "c", list(page))
        await store.write_parked(park={("public", "t"): {"new": {"c": "2"}}})
        rest: ParkedRows = {}
        while cursor is not None:
            more, cursor = await store.scan_parked("public", "t", cursor, 200)
            rest.update(more)
        assert set(page) | set(rest) >= {str(i) for i in range(600)}

    run(with_stores(backend, 1, body))
