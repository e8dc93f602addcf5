"""asyncpg through pgstitch: prepared statements, executemany, cursors, COPY, cancel by timeout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest

from tests.helpers.net import Endpoint


@pytest.fixture
def dsn(endpoint: Endpoint, test_database: str) -> str:
    return endpoint.url(test_database)


def run(coroutine_function: Callable[[asyncpg.Connection], Awaitable[None]], dsn: str) -> None:
    """Run an async test body with its own event loop and a connection that is always closed."""

    async def body() -> None:
        conn = await asyncpg.connect(dsn, timeout=10)
        try:
            await coroutine_function(conn)
        finally:
            await conn.close(timeout=5)

    asyncio.run(body())


async def _rows(records: AsyncIterator[asyncpg.Record]) -> list[tuple]:
    return [tuple(record) async for record in records]


def test_prepared_statements(dsn: str) -> None:
    async def body(conn: asyncpg.Connection) -> None:
        statement = await conn.prepare("SELECT $1::int + $2::int AS total, $3::text AS label")
        assert [a.name for a in statement.get_attributes()] == ["total", "label"]
        for i in range(20):
            assert tuple(await statement.fetchrow(i, 1, f"n{i}")) == (i + 1, f"n{i}")
        assert await conn.fetchval("SELECT $1::jsonb ->> 'k'", '{"k": "ü"}') == "ü"

    run(body, dsn)


def test_executemany_and_transaction(dsn: str) -> None:
    async def body(conn: asyncpg.Connection) -> None:
        await conn.execute("CREATE TABLE apg_many (id int PRIMARY KEY, label text)")
        async with conn.transaction():
            await conn.executemany(
                "INSERT INTO apg_many VALUES ($1, $2)", [(i, f"l{i}") for i in range(500)]
            )
        with pytest.raises(asyncpg.UniqueViolationError):
            await conn.executemany("INSERT INTO apg_many VALUES ($1, $2)", [(1000, "a"), (1, "b")])
        assert await conn.fetchval("SELECT count(*) FROM apg_many") == 500

    run(body, dsn)


def test_cursors_in_a_transaction(dsn: str) -> None:
    async def body(conn: asyncpg.Connection) -> None:
        async with conn.transaction():
            series = conn.cursor("SELECT g FROM generate_series(1, 1000) g", prefetch=64)
            iterated = await _rows(series)
            assert iterated == [(i,) for i in range(1, 1001)]
            cursor = await conn.cursor("SELECT g FROM generate_series(1, 100) g")
            assert [r[0] for r in await cursor.fetch(5)] == [1, 2, 3, 4, 5]
            await cursor.forward(10)
            assert (await cursor.fetchrow())[0] == 16

    run(body, dsn)


def test_copy_to_table_and_from_query(dsn: str, tmp_path: Path) -> None:
    async def body(conn: asyncpg.Connection) -> None:
        await conn.execute("CREATE TABLE apg_copy (id int, body text)")
        records = [(i, f"body {i}") for i in range(10_000)]
        assert await conn.copy_records_to_table("apg_copy", records=records) == "COPY 10000"
        source = tmp_path / "rows.csv"
        source.write_text("".join(f"{i},from file {i}\n" for i in range(10_000, 10_100)))
        status = await conn.copy_to_table("apg_copy", source=source, format="csv")
        assert status == "COPY 100"
        target = tmp_path / "out.csv"
        status = await conn.copy_from_query(
            "SELECT id, body FROM apg_copy ORDER BY id", output=target, format="csv"
        )
        assert status == "COPY 10100"
        lines = target.read_text().splitlines()
        assert lines[0] == "0,body 0" and lines[-1] == "10099,from file 10099"

    run(body, dsn)


def test_cancel_by_timeout_keeps_connection_usable(dsn: str) -> None:
    async def body(conn: asyncpg.Connection) -> None:
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await conn.fetchval("SELECT pg_sleep(30)", timeout=0.5)
        assert await conn.fetchval("SELECT 7", timeout=5) == 7
        assert time.monotonic() - started < 10  # the backend really stopped sleeping

    run(body, dsn)
