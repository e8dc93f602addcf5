"""A small catalog and shadow schema for the rewriter's unit tests (no database needed)."""

from __future__ import annotations

from proxy.rewrite import RewriteCache, Rewriter
from shadow.catalog import CatalogSnapshot, snapshot_from_rows
from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema

ROWS = [
    ("public", "accounts", "r", "id", "integer", 23, 1, ["id"]),
    ("public", "accounts", "r", "name", "text", 25, 2, ["id"]),
    ("public", "bills", "r", "id", "integer", 23, 1, ["id"]),
    ("public", "bills", "r", "account_id", "integer", 23, 2, ["id"]),
    ("public", "bills", "r", "amount", "numeric(10,2)", 1700, 3, ["id"]),
    ("public", "line_items", "r", "order_id", "integer", 23, 1, ["order_id", "line"]),
    ("public", "line_items", "r", "line", "integer", 23, 2, ["order_id", "line"]),
    ("public", "events", "r", "kind", "text", 25, 1, []),
    ("public", "tags", "r", "id", "integer", 23, 1, ["id"]),
    ("public", "tags", "r", "loyalty", "integer", 23, 2, ["id"]),
    ("public", "Users", "r", "Id", "integer", 23, 1, ["Id"]),
    ("sales", "accounts", "r", "id", "integer", 23, 1, ["id"]),
    ("public", "rich", "v", "id", "integer", 23, 1, []),
    ("public", "empty", "r", None, None, None, None, []),
]

COLUMNS = (
    ShadowColumn("public", "accounts", "loyalty", "integer", "0"),
    ShadowColumn("public", "accounts", "tier", "text"),
    ShadowColumn("public", "line_items", "discount", "numeric(5,2)", "0"),
    ShadowColumn("public", "events", "seen", "boolean", "false"),
    ShadowColumn("public", "Users", "Nick", "text", "'anon'"),
    ShadowColumn("sales", "accounts", "score", "integer", "10"),
    ShadowColumn("public", "bills", "old", "integer", state=ColumnState.PREDICTED),
)


def catalog(version: int = 1) -> CatalogSnapshot:
    return snapshot_from_rows(ROWS, version)


def schema(version: int = 1, columns: tuple[ShadowColumn, ...] = COLUMNS) -> ShadowSchema:
    return ShadowSchema(version, columns)


def rewriter(cache: RewriteCache | None = None, **kwargs) -> Rewriter:
    return Rewriter(catalog(), schema(**kwargs), cache)
