"""Whole rows of tables with shadow columns, described with the table's row type.

`SELECT a FROM accounts a` reads a derived table in place of `accounts` once the statement reads
a shadow column of it, so Postgres describes the output `a` as a `record` (OID 2249). With a real
column it would be the table's row type. The rewriter names such outputs (`Rewrite.row_types`);
`retyped` puts the row type back into the RowDescription that answers the statement. The values
are the same either way: the text form of a row does not name its type, and the binary form of
a `record` and of a row type is one format (each field carries its own type OID).

Only text-format columns are retyped. A client that reads rows in binary asks the catalog for
the attributes of a row type it does not know (asyncpg does), and the catalog's row type lacks
the shadow columns: a `record` it decodes by itself. For the same reason the RowDescription that
follows a ParameterDescription (the answer to Describe of a prepared statement, whose formats
are not chosen yet) is left as it is.
"""

from __future__ import annotations

import struct

RECORD_OID = 2249
_FIELD = struct.Struct("!IhIhih")  # table OID, attnum, type OID, type length, typmod, format


def retyped(body: bytes, row_types: dict[bytes, int]) -> bytes | None:
    """The body of a RowDescription with each text-format `record` field named in `row_types`
    given that row type; None when no field changes (or the body is malformed: it goes as the
    server sent it)."""
    if len(body) < 2:
        return None
    count = int.from_bytes(body[:2], "big")
    pos = 2
    parts: list[bytes] = []
    start = 0
    for _ in range(count):
        end = body.find(b"\0", pos)
        if end < 0 or end + 1 + _FIELD.size > len(body):
            return None
        name = body[pos:end]
        fixed = end + 1
        table, attnum, type_oid, length, typmod, fmt = _FIELD.unpack_from(body, fixed)
        pos = fixed + _FIELD.size
        row_type = row_types.get(name)
        if row_type is not None and type_oid == RECORD_OID and fmt == 0:
            parts.append(body[start:fixed])
            parts.append(_FIELD.pack(table, attnum, row_type, length, typmod, fmt))
            start = pos
    if not parts:
        return None
    parts.append(body[start:])
    return b"".join(parts)
