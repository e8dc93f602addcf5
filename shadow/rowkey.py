"""The text a row is keyed by in the store, the same in every session.

Parked values are kept under the text of the row's primary key: `(t.id)::text` for one column,
`ROW(t.a, t.b)::text` for several. Most types print the same whatever the session's settings;
timestamptz does not (it prints in the session's TimeZone), so a key column of that type is
printed as it would be in UTC (`2024-01-01 10:00:00+00`), and a row keeps its values when a
client sets another time zone. Proxies, rewritten statements and sync use these expressions.
"""

from __future__ import annotations

from collections.abc import Sequence

TIMESTAMPTZ_OID = 1184


def key_column_sql(ref: str, type_oid: int | None) -> str:
    """One key column `ref` (SQL) as the key's text holds it: as is, or for timestamptz, its
    text in UTC (infinities print the same everywhere)."""
    if type_oid != TIMESTAMPTZ_OID:
        return ref
    utc = f"to_char(({ref}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    return f"COALESCE(rtrim(rtrim({utc}, '0'), '.') || '+00', ({ref})::text)"


def row_key_expression(refs: Sequence[str], type_oids: Sequence[int | None] = ()) -> str:
    """The row key of one row from its key columns' SQL references (`refs`, in key order) and
    their type OIDs, in the same order (None, or missing at the end, where not known)."""
    oids = list(type_oids) + [None] * (len(refs) - len(type_oids))
    parts = [key_column_sql(ref, oid) for ref, oid in zip(refs, oids, strict=True)]
    if len(parts) == 1:
        return f"({parts[0]})::text"
    return f"ROW({', '.join(parts)})::text"
