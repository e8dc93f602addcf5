"""Shadow columns declared in the configuration file (`[[shadow]]` entries)."""

from __future__ import annotations

from typing import Any

from pgstitch.config import ConfigError
from shadow.columns import ShadowColumn

_KEYS = {"schema", "table", "column", "type", "default", "not_null", "check"}


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
        not_null = entry.get("not_null", False)
        if not isinstance(not_null, bool):
            raise ConfigError(f"{where}: 'not_null' must be true or false, got {not_null!r}")
        try:
            schema, table, column = parse_column_target(_target(entry, where))
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
                not_null=not_null,
                check=check,
            )
        )
    return columns


def _target(entry: dict[str, Any], where: str) -> str:
    """`[schema.]table.column` of an entry, whose schema is in `table` or in its own key."""
    from pgstitch.commands.shadow import split_qualified_name

    target = f"{entry['table']}.{entry['column']}"
    if "schema" not in entry:
        return target
    schema = entry["schema"]
    if not isinstance(schema, str) or len(split_qualified_name(schema) or ()) != 1:
        raise ConfigError(f"{where}: 'schema' must be one schema name, got {schema!r}")
    if len(split_qualified_name(entry["table"]) or ()) != 1:
        raise ConfigError(f"{where}: the schema goes in 'schema' or in 'table', not in both")
    return f"{schema}.{target}"
