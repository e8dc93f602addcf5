"""The live catalog as sync needs it: the proxy's snapshot (shadow.catalog), narrowed to ordinary
and partitioned tables, the only relations that can land columns. Sync follows a renamed table by
its OID (`LiveCatalog.by_oid`) and a renamed column by its attnum (`LiveTable.at`).
"""

from __future__ import annotations

from psycopg import AsyncConnection

from shadow.catalog import CatalogSnapshot as LiveCatalog
from shadow.catalog import LiveColumn, LiveTable, load_catalog

TableName = tuple[str, str]

__all__ = ["LiveCatalog", "LiveColumn", "LiveTable", "TableName", "read_catalog"]


async def read_catalog(conn: AsyncConnection) -> LiveCatalog:
    """Read the tables of the connected database (one statement, one snapshot)."""
    return (await load_catalog(conn, 0)).of_kinds("rp")
