"""This proxy's copy of the parked values of a store that keeps them outside the database.

With the memory and redis stores, statements read parked values from a per-session table
(`pg_temp.pgstitch_store`, see `proxy.rewrite.parked.SessionParkedSource`). The proxy keeps one
copy of the store's values in memory, follows the store's change events, and numbers every change
it takes in, so that each session can be brought up to date with just the rows that changed since
it was last (`ParkedMirror.changes_since`, `copy_sql`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import Iterable, Mapping

from proxy.rewrite.parked import COPY_RELATION
from proxy.rewrite.sqltext import quote_literal
from shadow.store.base import ParkedRows, RowValues, ShadowStore, StoreUnavailable, TableName

log = logging.getLogger("pgstitch.shadow")

# Changed rows remembered for sessions that are behind; one further behind copies everything.
_LOG_SIZE = 50_000
# Rows per INSERT when a session's copy is rebuilt.
_ROWS_PER_INSERT = 500
# Rows whose SQL text is kept for the next sessions to copy (emptied when full).
_ROW_SQL_KEPT = 4096

Changes = dict[TableName, set[str]]


class ParkedMirror:
    """The store's parked values, current to within one change event."""

    def __init__(self, store: ShadowStore, log_size: int = _LOG_SIZE) -> None:
        self.store = store
        self.rows: dict[TableName, dict[str, RowValues]] = {}
        self.version = 0  # grows by one with every row changed
        self.generation = 0  # grows with every reload: sessions then copy everything again
        self.loaded = asyncio.Event()
        self._log: deque[tuple[int, TableName, str]] = deque(maxlen=log_size)
        self._task: asyncio.Task[None] | None = None
        self._copy_data: tuple[tuple[int, int], bytes | None] | None = None
        self._row_sql: dict[tuple[TableName, str], str] = {}

    def copy_data(self) -> bytes | None:
        """Every row in COPY text format (for `COPY … FROM STDIN`), made once per version;
        None when some name or key is not ASCII (its bytes would depend on client_encoding)."""
        mark = (self.generation, self.version)
        if self._copy_data is None or self._copy_data[0] != mark:
            self._copy_data = (mark, _copy_lines(self.rows))
        return self._copy_data[1]

    def row_sql(self, table: TableName, key: str) -> str:
        """A row as it now is, as a VALUES tuple for the copy table. Every session that follows
        a change copies the same row: its text is made once and kept for the others."""
        cached = self._row_sql.get((table, key))
        if cached is None:
            if len(self._row_sql) >= _ROW_SQL_KEPT:
                self._row_sql.clear()
            cached = self._row_sql[(table, key)] = _row(table, key, self.rows[table][key])
        return cached

    async def start(self) -> None:
        """Load everything and follow the store's changes in the background."""
        self._task = asyncio.get_running_loop().create_task(self._follow())

    async def close(self) -> None:
        """Stop following."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def _follow(self) -> None:
        while True:
            try:
                async for change in self.store.parked_changes():
                    if change.tables is None:
                        await self._reload()
                        continue
                    if change.dropped_column is not None:
                        self._drop_column(change.dropped_column, change.tables)
                        continue
                    carried = change.rows or {}
                    for table, keys in change.tables.items():
                        if table in carried:
                            for key, values in carried[table].items():
                                self._apply(table, key, values)
                        elif keys is None:
                            self._replace_table(table, await self.store.parked_rows(*table))
                        else:
                            found = await self.store.parked_values(*table, keys)
                            for key in keys:
                                self._apply(table, key, found.get(key))
            except asyncio.CancelledError:
                raise
            except StoreUnavailable as exc:
                log.warning("parked values not followed, retrying: %s", exc)
            except Exception:
                log.exception("following parked values failed, retrying")
            await asyncio.sleep(0.5)

    async def _reload(self) -> None:
        rows = {
            table: await self.store.parked_rows(*table)
            for table in await self.store.parked_tables()
        }
        self.rows = {table: dict(values) for table, values in rows.items() if values}
        self.generation += 1
        self.version += 1
        self._log.clear()
        self._row_sql.clear()
        self.loaded.set()
        log.info("parked values loaded: %d rows", sum(len(r) for r in self.rows.values()))

    def _drop_column(self, column: str, tables: Mapping[TableName, frozenset[str] | None]) -> None:
        """A column that is no longer served lost its values: forget them here. Sessions are
        not asked to follow (their copies may keep the values: nothing reads them any more)."""
        for table, keys in tables.items():
            table_rows = self.rows.get(table, {})
            for key in list(table_rows) if keys is None else keys:
                values = table_rows.get(key)
                if values is not None and column in values:
                    del values[column]
                    if not values:
                        del table_rows[key]
                    self._row_sql.pop((table, key), None)
            if not table_rows:
                self.rows.pop(table, None)
        self._copy_data = None

    def _replace_table(self, table: TableName, rows: ParkedRows) -> None:
        for key in set(self.rows.get(table, {})) | set(rows):
            self._apply(table, key, rows.get(key))

    def _apply(self, table: TableName, key: str, values: RowValues | None) -> None:
        table_rows = self.rows.get(table)
        current = None if table_rows is None else table_rows.get(key)
        if (current or None) == (values or None):
            return  # nothing new (often this proxy's own write coming back)
        if values:
            if table_rows is None:
                table_rows = self.rows[table] = {}
            table_rows[key] = dict(values)
        elif table_rows is not None and table_rows.pop(key, None) is not None and not table_rows:
            del self.rows[table]
        self.version += 1
        self._log.append((self.version, table, key))
        self._row_sql.pop((table, key), None)

    def handed_over(
        self,
        park: Mapping[TableName, Mapping[str, RowValues]],
        unpark: Mapping[TableName, Iterable[str]],
    ) -> None:
        """Take in a write this proxy just made to the store (its event comes back later)."""
        for table, keys in unpark.items():
            for key in keys:
                self._apply(table, key, None)
        for table, changes in park.items():
            for key, values in changes.items():
                merged = dict(self.rows.get(table, {}).get(key, {}))
                merged.update(values)
                self._apply(table, key, merged)

    def changes_since(self, generation: int, version: int) -> Changes | None:
        """The rows changed after (generation, version); None: copy everything."""
        if generation != self.generation:
            return None
        if version == self.version:
            return {}
        if not self._log or self._log[0][0] > version + 1:
            return None
        changes: Changes = {}
        for logged, table, key in reversed(self._log):
            if logged <= version:
                break
            changes.setdefault(table, set()).add(key)
        return changes


def copy_sql(mirror: ParkedMirror, changes: Changes | None, relation: str = COPY_RELATION) -> str:
    """SQL making a session's copy table equal to the mirror: all of it, or the changed rows."""
    statements: list[str] = []
    rows: list[str] = []
    if changes is None:
        statements.append(f"DELETE FROM {relation}")
        for table, table_rows in mirror.rows.items():
            rows.extend(_row(table, key, values) for key, values in table_rows.items())
    else:
        for table, keys in changes.items():
            current = mirror.rows.get(table, {})
            gone = sorted(key for key in keys if key not in current)
            if gone:
                statements.append(
                    f"DELETE FROM {relation} WHERE schema_name = {quote_literal(table[0])}"
                    f" AND table_name = {quote_literal(table[1])}"
                    f" AND row_key IN ({', '.join(quote_literal(k) for k in gone)})"
                )
            rows.extend(mirror.row_sql(table, key) for key in sorted(keys) if key in current)
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        statements.append(
            f"INSERT INTO {relation} VALUES {', '.join(rows[start : start + _ROWS_PER_INSERT])}"
            " ON CONFLICT (schema_name, table_name, row_key) DO UPDATE SET vals = EXCLUDED.vals"
        )
    return ";".join(statements)


def _copy_lines(rows: dict[TableName, dict[str, RowValues]]) -> bytes | None:
    lines = []
    for (schema, table), table_rows in rows.items():
        prefix = f"{_copy_field(schema)}\t{_copy_field(table)}\t"
        for key, values in table_rows.items():
            document = json.dumps(values, ensure_ascii=True, separators=(",", ":"))
            lines.append(f"{prefix}{_copy_field(key)}\t{_copy_field(document)}\n")
    text = "".join(lines)
    return text.encode() if text.isascii() else None


def _copy_field(text: str) -> str:
    """A value in COPY's text format: backslash and the separators escaped."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _row(table: TableName, key: str, values: RowValues) -> str:
    document = json.dumps(values, ensure_ascii=True, separators=(",", ":"))
    return (
        f"({quote_literal(table[0])}, {quote_literal(table[1])}, {quote_literal(key)},"
        f" {quote_literal(document)}::jsonb)"
    )
