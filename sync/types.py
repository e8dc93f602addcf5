"""How a shadow column's declared type compares with the type its real column landed with.

The shadow type is only ever handed to Postgres as a parameter (`to_regtype`), never spliced into
SQL; the SQL cast is built from names Postgres itself printed.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import AsyncConnection, sql

from sync.catalog import LiveColumn


@dataclass(frozen=True, slots=True)
class TypeCheck:
    """The verdict on one landed column's type.

    `same`: the real column has the declared type. `castable`: Postgres has a cast from the
    declared type to the real one (values may still fail it one by one). `via` is the declared
    type's name to cast parked text through before the real type, when that is a real cast.
    """

    declared: str
    live: str
    same: bool
    castable: bool
    via: str | None = None

    def cast_sql(self, value: sql.Composable) -> sql.Composable:
        """SQL turning the text `value` into the real column's type, as Postgres casts it."""
        if self.via is not None:
            return sql.SQL("({})::{}::{}").format(value, sql.SQL(self.via), sql.SQL(self.live))
        return sql.SQL("({})::{}").format(value, sql.SQL(self.live))


async def compare_types(conn: AsyncConnection, declared: str, live: LiveColumn) -> TypeCheck:
    """Compare a declared shadow type with a real column's type, asking Postgres."""
    resolved = await _resolve(conn, declared)
    if resolved is None:
        return TypeCheck(declared, live.type_name, same=False, castable=False)
    type_oid, name = resolved
    if declared == live.type_name or (
        type_oid == live.type_oid and "(" not in declared and "(" not in live.type_name
    ):
        return TypeCheck(declared, live.type_name, same=True, castable=True)
    if type_oid == live.type_oid:
        # Same type, other modifier (varchar(80) → varchar(20)): values are re-checked one by one.
        return TypeCheck(declared, live.type_name, same=False, castable=True)
    cur = await conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_cast WHERE castsource = %s AND casttarget = %s),"
        " (SELECT typcategory = 'S' FROM pg_type WHERE oid = %s),"
        " (SELECT typcategory = 'S' FROM pg_type WHERE oid = %s)",
        (type_oid, live.type_oid, type_oid, live.type_oid),
    )
    row = await cur.fetchone()
    assert row is not None
    has_cast, from_text, to_text = (bool(v) for v in row)
    # Text types convert to and from anything through the types' input and output functions.
    castable = has_cast or from_text or to_text
    via = name if has_cast and not from_text else None
    return TypeCheck(declared, live.type_name, same=False, castable=castable, via=via)


async def _resolve(conn: AsyncConnection, declared: str) -> tuple[int, str] | None:
    """(type OID, name without modifier) of a type name, or None when Postgres knows no such type."""
    try:
        async with conn.transaction():
            cur = await conn.execute(
                "SELECT t::oid::bigint, format_type(t::oid, NULL) FROM to_regtype(%s) AS t",
                (declared,),
            )
            row = await cur.fetchone()
    except (psycopg.DataError, psycopg.ProgrammingError):
        return None
    if row is None or row[0] is None:
        return None
    return int(row[0]), row[1]
