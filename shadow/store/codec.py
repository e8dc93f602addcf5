"""Plain-data forms of store records, for JSON (the redis store, `pgstitch shadow list --json`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shadow.columns import ColumnState, ShadowColumn


def column_to_dict(column: ShadowColumn) -> dict[str, Any]:
    """A shadow column as JSON-ready data."""
    return {
        "schema": column.schema,
        "table": column.table,
        "column": column.column,
        "type": column.type,
        "default": column.default,
        "not_null": column.not_null,
        "check": column.check,
        "probability": column.probability,
        "eta": column.eta.isoformat() if column.eta else None,
        "sources": list(column.sources),
        "state": column.state.value,
        "served_since": column.served_since.isoformat() if column.served_since else None,
    }


def column_from_dict(data: dict[str, Any]) -> ShadowColumn:
    """The shadow column `column_to_dict` produced."""
    return ShadowColumn(
        schema=data["schema"],
        table=data["table"],
        column=data["column"],
        type=data["type"],
        default=data["default"],
        not_null=data["not_null"],
        check=data["check"],
        probability=data["probability"],
        eta=datetime.fromisoformat(data["eta"]) if data["eta"] else None,
        sources=tuple(data["sources"]),
        state=ColumnState(data["state"]),
        served_since=_moment(data.get("served_since")),
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
