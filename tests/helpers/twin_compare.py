"""Run one statement on two psycopg connections and compare what a client sees.

What a client sees of a statement: its column names and types, its rows, its command tag, or
its SQLSTATE. Types are compared by name, not OID, for types created in the database (an enum
has a different OID in each database).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

FIRST_USER_OID = 16384
PROTOCOLS = ("simple", "extended", "prepared")


@dataclass(frozen=True)
class Answer:
    """What a client saw of one statement."""

    columns: tuple[tuple[str, str], ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    tag: str | None = None
    sqlstate: str | None = None


class TypeNames:
    """Names of the user-defined type OIDs of one database, looked up once each."""

    def __init__(self, direct_conninfo: str) -> None:
        self._conninfo = direct_conninfo
        self._names: dict[int, str] = {}

    def name(self, oid: int) -> str:
        """The OID itself for built-in types, the qualified type name for the database's own."""
        if oid < FIRST_USER_OID:
            return str(oid)
        if oid not in self._names:
            with psycopg.connect(self._conninfo, autocommit=True) as conn:
                row = conn.execute(
                    "SELECT format_type(oid, NULL), typnamespace::regnamespace::text"
                    " FROM pg_type WHERE oid = %s",
                    (oid,),
                ).fetchone()
            self._names[oid] = f"{row[1]}.{row[0]}" if row else f"unknown:{oid}"
        return self._names[oid]


def run(
    conn: psycopg.Connection,
    types: TypeNames,
    sql: str,
    params: Sequence[Any] | None = None,
    protocol: str = "extended",
    ordered: bool = True,
) -> Answer:
    """Execute sql with params in the protocol named and return the Answer.

    simple: client-side binding and the simple query protocol; extended: an unnamed statement;
    prepared: a named prepared statement (prepared on first use, reused after).
    """
    if protocol == "simple":
        cursor: psycopg.Cursor = psycopg.ClientCursor(conn)
        prepare: bool | None = False
    else:
        cursor = conn.cursor()
        prepare = protocol == "prepared"
    try:
        with cursor:
            cursor.execute(sql, params, prepare=prepare)  # type: ignore[arg-type]
            columns: tuple[tuple[str, str], ...] = ()
            rows: tuple[tuple[Any, ...], ...] = ()
            if cursor.description is not None:
                columns = tuple((d.name, types.name(d.type_code)) for d in cursor.description)
                fetched = [tuple(r) for r in cursor.fetchall()]
                rows = tuple(fetched if ordered else sorted(fetched, key=repr))
            return Answer(columns, rows, cursor.statusmessage)
    except psycopg.Error as exc:
        return Answer(sqlstate=exc.sqlstate or type(exc).__name__)
