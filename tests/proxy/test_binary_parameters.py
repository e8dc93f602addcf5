"""Writes and reads of typed shadow columns with binary parameters and results (asyncpg)
through `pgstitch serve`: the same answers as the twin database with real columns.

asyncpg sends every parameter in binary, in the format of the type the server describes for
it, and reads results in binary: a parameter typed otherwise than for a real column, or a value
cast to another type, would come back different or fail.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import uuid

import asyncpg
from psycopg.conninfo import conninfo_to_dict

from tests.helpers.proxy_process import ProxyProcess
from tests.proxy.test_differential_reads import _through
from tests.proxy.test_differential_reads import proxy_on_shadow as proxy_on_shadow
from tests.rewrite.conftest import DifferentialDatabases
from tests.rewrite.conftest import differential_dbs as differential_dbs

UTC = datetime.UTC
STEPS: list[tuple[str, tuple]] = [
    (
        "INSERT INTO gadgets (id, name, stamp, blob, doc, token, span, total, units, nums, tag4,"
        " made_at, opens, ratio, fscore, big, raw, codes) VALUES ($1, $2, $3, $4, $5, $6, $7,"
        " $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING *",
        (
            300,
            "binary",
            datetime.datetime(2024, 1, 1, 1, 2, 3, 456789),
            b"\x00\xff",
            '{"a": [1]}',
            uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            datetime.timedelta(days=1, seconds=5),
            decimal.Decimal("1.2345678901234567890"),
            7,
            [1, None, 3],
            "ab",
            datetime.datetime(2024, 1, 1, tzinfo=UTC),
            datetime.time(12, 30),
            0.1,
            2.5,
            2**62,
            '{"x":  1}',
            ["a", "bcd"],
        ),
    ),
    (
        "UPDATE gadgets SET blob = blob || $1, doc = doc || $2, stamp = $3 WHERE id = $4"
        " RETURNING id, blob, doc, stamp",
        (b"\x01", '{"z": 2}', datetime.datetime(2024, 5, 5, 5, 5, 5, 999999), 1),
    ),
    (
        "SELECT id, stamp, blob, doc, token, span, total, units, nums, tag4, made_at, opens,"
        " ratio, fscore, big, raw, codes, pt, slots, period FROM gadgets WHERE id = ANY($1)"
        " ORDER BY id",
        ([1, 2, 3, 300],),
    ),
    ("INSERT INTO gadgets (id, name, units) VALUES ($1, $2, $3)", (301, "bad", 0)),
    ("UPDATE gadgets SET tag4 = $1 WHERE id = $2", ("abcde", 1)),
]


async def _answers(dsn: str) -> list[str]:
    """What each step gave (rows, or the SQLSTATE), in one transaction rolled back after."""
    params = conninfo_to_dict(dsn)
    conn = await asyncpg.connect(
        host=params["host"],
        port=int(params.get("port", 5432)),
        user=params.get("user"),
        database=params["dbname"],
        ssl=False,
    )
    out = []
    try:
        transaction = conn.transaction()
        await transaction.start()
        for sql, args in STEPS:
            await conn.execute("SAVEPOINT step")
            try:
                rows = await conn.fetch(sql, *args)
            except asyncpg.PostgresError as exc:
                out.append(f"error {exc.sqlstate}")
                await conn.execute("ROLLBACK TO SAVEPOINT step")
                continue
            out.append(repr([tuple(r) for r in rows]))  # repr: NaN equals itself
        await transaction.rollback()
    finally:
        await conn.close()
    return out


def test_binary_parameters_and_results_of_typed_shadow_columns(
    proxy_on_shadow: ProxyProcess, differential_dbs: DifferentialDatabases
) -> None:
    got = asyncio.run(_answers(_through(proxy_on_shadow, differential_dbs.shadow)))
    want = asyncio.run(_answers(differential_dbs.twin))
    assert got == want
    assert want[3:] == ["error 23514", "error 22001"]
