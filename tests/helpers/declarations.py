"""`[[shadow]]` entries of a pgstitch.toml, written by tests that declare columns in one."""

from __future__ import annotations

import json


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes (quotes, backslashes, \\uXXXX) are TOML's too."""
    return json.dumps(text)


def shadow_entry(
    table: str,
    column: str,
    type_name: str,
    default: str | None = None,
    not_null: bool = False,
    check: str | None = None,
) -> str:
    """One `[[shadow]]` entry; `table` and `column` as the file spells them (quoted or not)."""
    lines = [
        "[[shadow]]",
        f"table = {toml_string(table)}",
        f"column = {toml_string(column)}",
        f"type = {toml_string(type_name)}",
    ]
    if default is not None:
        lines.append(f"default = {toml_string(default)}")
    if not_null:
        lines.append("not_null = true")
    if check is not None:
        lines.append(f"check = {toml_string(check)}")
    return "\n".join(lines)


def shadow_add_arguments(
    table: str,
    column: str,
    type_name: str,
    default: str | None = None,
    not_null: bool = False,
    check: str | None = None,
) -> list[str]:
    """The arguments of `pgstitch shadow add` declaring the same column as `shadow_entry`."""
    arguments = ["shadow", "add", f"{table}.{column}", type_name]
    if default is not None:
        arguments += ["--default", default]
    if not_null:
        arguments.append("--not-null")
    if check is not None:
        arguments += ["--check", check]
    return arguments


def shadow_toml(entries: list[str]) -> str:
    """A pgstitch.toml holding these entries."""
    return "\n\n".join(entries) + "\n"
