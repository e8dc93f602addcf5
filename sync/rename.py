"""Following a renamed table: its shadow columns and parked values move to the new name."""

from __future__ import annotations

import logging
from dataclasses import replace

from psycopg import AsyncConnection

from shadow.columns import ShadowColumn
from shadow.store.base import ShadowStore
from sync.catalog import TableName
from sync.layout import remember_table_oids

log = logging.getLogger("pgstitch.sync")


async def follow_rename(
    store: ShadowStore,
    conn: AsyncConnection,
    old: TableName,
    new: TableName,
    columns: tuple[ShadowColumn, ...],
) -> None:
    """Move shadow columns and parked values from a table's old name to its new one.

    Ordered so that a crash at any point is finished by the next poll: copy the parked values
    (never over a value already parked under the new name), declare the columns under the new
    name, unpark the old rows, drop the old columns, forget the old name. No proxy can park
    under the old name meanwhile: the table no longer has it.
    """
    old_rows = await store.parked_rows(*old)
    new_rows = await store.parked_rows(*new)
    copy = {}
    for key, values in old_rows.items():
        missing = {c: v for c, v in values.items() if c not in new_rows.get(key, {})}
        if missing:
            copy[key] = missing
    if copy:
        await store.write_parked(park={new: copy})
    existing = await store.load_schema()
    for col in columns:
        moved = replace(col, schema=new[0], table=new[1])
        if existing.get(*moved.key) is None:
            await store.put_column(moved)
    if old_rows:
        await store.write_parked(unpark={old: list(old_rows)})
    for col in columns:
        await store.drop_column(*col.key)
    await remember_table_oids(conn, {}, forget=[old])
    log.info(
        "table %s.%s was renamed to %s.%s: %d shadow column(s) and %d parked row(s) follow it",
        *old, *new, len(columns), len(old_rows),
    )  # fmt: skip
