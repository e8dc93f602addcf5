"""`pgstitch shadow export` and the quarantine summary of `pgstitch shadow list`, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from shadow.columns import ColumnState
from shadow.store.base import ShadowStore
from tests.shadow.support import Backend, run, with_stores
from tests.shadow.test_shadow_command import pgstitch
from tests.sync.support import column, make_table, park_many, running_sync, sql, wait_for_state


def store_args(backend: Backend) -> list[str]:
    return [] if backend.kind == "postgres" else ["--store", backend.url]


def test_export_writes_the_parked_values_of_an_expired_column_as_csv(
    backend: Backend, tmp_path: Path
) -> None:
    make_table(backend.dsn, rows=3)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(type_="text", state=ColumnState.EXPIRED))
        await park_many(store, {"2": 'say "hi", twice', "1": "", "3": None})
        await store.park("public", "t", "4", {"d": "not this column"})

    run(with_stores(backend, 1, body))
    output = tmp_path / "c.csv"
    result = pgstitch(
        "export", "T.C", "--output", str(output), *store_args(backend), upstream=backend.dsn
    )
    assert result.returncode == 0, result.stderr
    assert "exported 3 parked value(s) of public.t.c" in result.stderr
    text = output.read_text()
    assert text.splitlines() == ['"row_key","value"', '"1",""', '"2","say ""hi"", twice"', '"3",']
    assert list(csv.reader(io.StringIO(text)))[2] == ["2", 'say "hi", twice']
    to_stdout = pgstitch("export", "t.c", *store_args(backend), upstream=backend.dsn)
    assert to_stdout.stdout == text


def test_export_refuses_what_is_neither_shadowed_nor_parked(
    postgres_backend: Backend, tmp_path: Path
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=1)
    missing = pgstitch("export", "t.nothing", upstream=dsn)
    assert missing.returncode == 2
    assert "public.t.nothing is not a shadow column and has no parked values" in missing.stderr
    bad = pgstitch("export", "t", upstream=dsn)
    assert bad.returncode == 2 and "[schema.]table.column" in bad.stderr
    run(with_stores(postgres_backend, 1, lambda store: store.put_column(column())))
    unwritable = pgstitch("export", "t.c", "--output", str(tmp_path), upstream=dsn)
    assert unwritable.returncode == 1 and f"cannot write {tmp_path}" in unwritable.stderr
    assert "Traceback" not in missing.stderr + bad.stderr + unwritable.stderr


def test_list_reports_quarantined_values_and_export_writes_them(
    postgres_backend: Backend, tmp_path: Path
) -> None:
    dsn = postgres_backend.dsn
    make_table(dsn, rows=3)

    async def body(store: ShadowStore) -> None:
        await store.put_column(column(type_="text"))
        await park_many(store, {"1": "1", "2": "two", "3": "three"})
        async with running_sync(store, dsn):
            sql(dsn, "ALTER TABLE t ADD COLUMN c integer")
            await wait_for_state(store, ("public", "t", "c"), ColumnState.LANDED)

    run(with_stores(postgres_backend, 1, body))
    table = pgstitch("list", upstream=dsn)
    assert table.returncode == 0, table.stderr
    assert "2 value(s) of public.t.c could not land and are quarantined" in table.stdout
    listed = json.loads(pgstitch("list", "--json", upstream=dsn).stdout)
    assert listed["quarantined"] == {"public.t.c": 2}
    output = tmp_path / "q.csv"
    exported = pgstitch("export", "t.c", "--quarantined", "-o", str(output), upstream=dsn)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(output.open()))
    assert [r[:2] for r in rows] == [["row_key", "value"], ["2", "two"], ["3", "three"]]
    assert rows[1][2].startswith("22P02: invalid input syntax for type integer")
