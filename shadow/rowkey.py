"""The text a row is keyed by in the store, the same in every session.

Parked values are kept under the text of the row's primary key: `(t.id)::text` for one column,
`ROW(t.a, t.b)::text` for several. Most types print the same whatever the session's settings;
date and timestamp print by DateStyle, so key columns of those types are printed as with the
default ISO style, timestamptz prints in the session's TimeZone, so it is printed as it
would be in UTC (`2024-01-01 10:00:00+00`), and bytea prints by bytea_output, so it is printed
in the hex form (`\\x00ff`): a row keeps its values when a client sets another DateStyle, time
zone or bytea_output. A key column of a domain is printed as its base type. Proxies, rewritten
statements and sync use these expressions.
"""

from __future__ import annotations

from collections.abc import Sequence

BYTEA_OID = 17
DATE_OID = 1082
TIMESTAMP_OID = 1114
TIMESTAMPTZ_OID = 1184
# Key column types whose text in a row key has the default collation already: types that are
# not collatable (bool, int8, int2, int4, oid, float4, float8, numeric, uuid) and those
# `key_column_sql` prints with functions.
# Key column types whose equal values always give the same key text: a row moved to an equal
# key keeps its key (numeric 1.0 = 1.00, float -0 = 0 and text under a case-insensitive
# collation do not).
STABLE_KEY_TYPES = frozenset(
    (16, 20, 21, 23, 26, 2950, BYTEA_OID, DATE_OID, TIMESTAMP_OID, TIMESTAMPTZ_OID)
)
_UNCOLLATED = frozenset(
    (16, 20, 21, 23, 26, 700, 701, 1700, 2950, BYTEA_OID, DATE_OID, TIMESTAMP_OID, TIMESTAMPTZ_OID)
)


def key_column_sql(ref: str, type_oid: int | None) -> str:
    """One key column `ref` (SQL) as the key's text holds it: as is; for date and timestamp,
    its text in the ISO DateStyle; for timestamptz, its text in UTC; for bytea, its hex form.
    Infinities print the same everywhere (to_char gives NULL for them)."""
    if type_oid == BYTEA_OID:
        # E'' so that the backslash is one whatever standard_conforming_strings is.
        return f"(E'\\\\x' || encode(({ref}), 'hex'))"
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


def single_key_sql(part: str, type_oid: int | None) -> str:
    """The row key of a one-column key from its printed column (`key_column_sql`). The text of
    a column of a collatable type keeps the column's collation, which a comparison with the
    store's keys would then use: under a case-insensitive collation `'Carol'` would find the
    values of `'CAROL'` too. The key is compared with the database's default collation, as
    the store's keys are."""
    if type_oid is None or type_oid in _UNCOLLATED:
        return f"({part})::text"
    return f'(({part})::text COLLATE pg_catalog."default")'


def row_key_expression(refs: Sequence[str], type_oids: Sequence[int | None] = ()) -> str:
    """The row key of one row from its key columns' SQL references (`refs`, in key order) and
    their type OIDs, in the same order (None, or missing at the end, where not known)."""
    oids = list(type_oids) + [None] * (len(refs) - len(type_oids))
    parts = [key_column_sql(ref, oid) for ref, oid in zip(refs, oids, strict=True)]
    if len(parts) == 1:
        return single_key_sql(parts[0], oids[0])
    return f"ROW({', '.join(parts)})::text"
