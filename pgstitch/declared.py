"""Shadow columns declared in the configuration file (`[[shadow]]` entries)."""

from __future__ import annotations

from typing import Any

from pgstitch.config import ConfigError
from shadow.columns import ShadowColumn

_KEYS = {"table", "column", "type", "default", "not_null", "check"}


def declared_columns(entries: list[dict[str, Any]]) -> list[ShadowColumn]:
    """Validate `[[shadow]]` entries and turn them into active, declared shadow columns."""
    from pgstitch.commands.shadow import (
        UsageError,
        parse_column_target,
        parse_expression,
        parse_type,
    )

    columns = []
    for number, entry in enumerate(entries, start=1):
        where = f"[[shadow]] entry {number}"
        unknown = set(entry) - _KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("table", "column", "type"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise ConfigError(f"{where}: '{key}' is required")
        try:
            schema, table, column = parse_column_target(f"{entry['table']}.{entry['column']}")
            type_name = parse_type(entry["type"])
            default = entry.get("default")
            if default is not None:
                default = parse_expression(str(default), "default")
            check = entry.get("check")
            if check is not None:
                check = parse_expression(str(check), "check")
        except UsageError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        columns.append(
            ShadowColumn(
                schema,
                table,
                column,
                type_name,
                default=default,
                not_null=bool(entry.get("not_null", False)),
                check=check,
            )
        )
    return columns
