"""Errors raised by pgstitch's `raise_error` helper, made to read as Postgres reports them.

A write that breaks a shadow column's NOT NULL (23502), CHECK (23514) or length (22001) rule
fails through the helper function `raise_error` (shadow/store/pg_layout.py). Postgres then adds
a CONTEXT line naming that PL/pgSQL function, and none of the fields it sets for a real
column's constraint: schema, table, and column (NOT NULL) or constraint (CHECK) names, which
drivers expose (`diag.constraint_name`, asyncpg's `constraint_name`) and ORMs use. This module
takes the helper's line out of the context and adds those fields. The DETAIL "Failing row
contains (…)" of a real column is not made up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proxy.rewrite.served import check_constraint_name
from shadow.columns import ShadowColumn

HELPER_NAME = ".raise_error(text,text)"
_HELPER_CONTEXT = re.compile(
    r"^PL/pgSQL function (?:pgstitch|pg_temp(?:_\d+)?)\.raise_error\(text,text\) line \d+ at RAISE$"
)
_NOT_NULL = re.compile(
    r'^null value in column "(.+)" of relation "(.+)" violates not-null constraint$'
)
_CHECK = re.compile(r'^new row for relation "(.+)" violates check constraint "(.+)"$')


def as_postgres_reports(fields: dict[str, str], served: Iterable[ShadowColumn]) -> bool:
    """Reshape the fields of an ErrorResponse raised by the helper, in place: True when it was
    one (its CONTEXT names the helper), False (fields untouched) for any other error."""
    context = fields.get("W")
    if context is None or HELPER_NAME not in context:
        return False
    lines = context.split("\n")
    kept = [line for line in lines if not _HELPER_CONTEXT.match(line)]
    if len(kept) == len(lines):
        return False
    if kept:
        fields["W"] = "\n".join(kept)
    else:
        del fields["W"]
    code, message = fields.get("C"), fields.get("M", "")
    if code == "23502" and (found := _NOT_NULL.match(message)):
        column, table = found.groups()
        _name_relation(fields, [c for c in served if c.table == table and c.column == column])
        fields["c"] = column
    elif code == "23514" and (found := _CHECK.match(message)):
        table, constraint = found.groups()
        matches = [
            c
            for c in served
            if c.table == table and check_constraint_name(table, c.column, c.check) == constraint
        ]
        _name_relation(fields, matches)
        fields["n"] = constraint
    return True


def _name_relation(fields: dict[str, str], columns: list[ShadowColumn]) -> None:
    """Schema and table fields, when the served columns the message fits agree on them."""
    relations = {(c.schema, c.table) for c in columns}
    if len(relations) == 1:
        fields["s"], fields["t"] = relations.pop()
