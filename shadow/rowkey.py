"""The text a row is keyed by in the store, the same in every session.

Parked values are kept under the text of the row's primary key: `(t.id)::text` for one column,
`ROW(t.a, t.b)::text` for several. Most types print the same whatever the session's settings;
date and timestamp print by DateStyle, so key columns of those types are printed as with the
default ISO style, and timestamptz prints in the session's TimeZone, so it is printed as it
would be in UTC (`2024-01-01 10:00:00+00`): a row keeps its values when a client sets another
DateStyle or time zone. Proxies, rewritten statements and sync use these expressions.
"""

from __future__ import annotations

from collections.abc import Sequence

DATE_OID = 1082
TIMESTAMP_OID = 1114
TIMESTAMPTZ_OID = 1184


def key_column_sql(ref: str, type_oid: int | None) -> str:
    """One key column `ref` (SQL) as the key's text holds it: as is; for date and timestamp,
    its text in the ISO DateStyle; for timestamptz, its text in UTC. Infinities print the same
    everywhere (to_char gives NULL for them)."""
    if type_oid == DATE_OID:
        era = f"CASE WHEN ({ref}) < DATE '0001-01-01' THEN ' BC' ELSE '' END"
        return f"COALESCE(to_char(({ref}), 'YYYY-MM-DD') || {era}, ({ref})::text)"
    if type_oid == TIMESTAMP_OID:
        era = f"CASE WHEN ({ref}) < TIMESTAMP '0001-01-01' THEN ' BC' ELSE '' END"
        iso = f"to_char(({ref}), 'YYYY-MM-DD HH24:MI:SS.US')"
        return f"COALESCE(rtrim(rtrim({iso}, '0'), '.') || {era}, ({ref})::text)"
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
