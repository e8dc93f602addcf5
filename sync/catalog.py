"""The live catalog as sync needs it: tables by name and by OID, column types, primary keys.

Sync follows a renamed table by its OID, which the proxy's catalog (shadow.catalog) does not
carry; only ordinary and partitioned tables can land columns, so views are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg import AsyncConnection

TableName = tuple[str, str]

CATALOG_SQL = """
SELECT c.oid::bigint,
       n.nspname,
       c.relname,
       a.attnum::integer,
       a.attname,
       format_type(a.atttypid, a.atttypmod),
       a.atttypid::bigint,
       ARRAY(
           SELECT pa.attname
           FROM pg_index i
           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = k.attnum
           WHERE i.indrelid = c.oid AND i.indisprimary
           ORDER BY k.ord
       )::text[]
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgstitch')
  AND n.nspname NOT LIKE 'pg\\_temp\\_%'
  AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
ORDER BY 2, 3, 4
"""


@dataclass(frozen=True, slots=True)
class LiveColumn:
    """A real column: its name, its type as format_type prints it, the type's OID, its attnum."""

    name: str
    type: str
    type_oid: int
    attnum: int


@dataclass(frozen=True)
class LiveTable:
    """A table of the database, identified for good by its OID."""

    oid: int
    schema: str
    name: str
    columns: tuple[LiveColumn, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def key(self) -> TableName:
        """(schema, name)."""
        return (self.schema, self.name)

    def column(self, name: str) -> LiveColumn | None:
        """The column with this exact name."""
        for col in self.columns:
            if col.name == name:
                return col
        return None

    def at(self, attnum: int) -> LiveColumn | None:
        """The column at this position (a renamed column keeps its attnum)."""
        for col in self.columns:
            if col.attnum == attnum:
                return col
        return None


@dataclass(frozen=True)
class LiveCatalog:
    """Every table at one moment."""

    tables: dict[TableName, LiveTable] = field(default_factory=dict)
    _by_oid: dict[int, LiveTable] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_oid", {t.oid: t for t in self.tables.values()})

    def get(self, schema: str, table: str) -> LiveTable | None:
        """The table schema.table, if it exists."""
        return self.tables.get((schema, table))

    def by_oid(self, oid: int) -> LiveTable | None:
        """The table with this OID, whatever it is called now."""
        return self._by_oid.get(oid)


def catalog_from_rows(rows: Iterable[Sequence[Any]]) -> LiveCatalog:
    """Build a catalog from the rows of CATALOG_SQL."""
    found: dict[TableName, tuple[int, list[LiveColumn], tuple[str, ...]]] = {}
    for oid, schema, name, attnum, attname, type_name, type_oid, pk in rows:
        entry = found.setdefault((schema, name), (int(oid), [], tuple(pk or ())))
        if attname is not None:
            entry[1].append(LiveColumn(attname, type_name, int(type_oid), int(attnum)))
    return LiveCatalog(
        {
            key: LiveTable(oid, key[0], key[1], tuple(columns), pk)
            for key, (oid, columns, pk) in found.items()
        }
    )


async def read_catalog(conn: AsyncConnection) -> LiveCatalog:
    """Read the live catalog of the connected database (one statement, one snapshot)."""
    cur = await conn.execute(CATALOG_SQL)
    return catalog_from_rows(await cur.fetchall())
