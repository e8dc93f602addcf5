"""One session's side of a store that keeps parked values outside the database (memory, redis).

The session gets two tables in pg_temp (`session_setup_sql`): a copy of the store's values, which
the proxy brings up to date whenever the session is between transactions, and the staged writes
of its open transaction. When a transaction that wrote shadow columns ends, the proxy holds its
ReadyForQuery, reads the staged rows, writes them to the store, empties the staged table and only
then lets the client see ReadyForQuery (docs/store.md, "Writes with the memory and redis stores").
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Protocol

from proxy.parked_mirror import ParkedMirror, copy_sql
from proxy.protocol import messages as m
from proxy.protocol.scanner import Message
from proxy.rewrite.parked import (
    COPY_RELATION,
    DELETED_MARK,
    STAGED_COMMITTED_RELATION,
    STAGED_RELATION,
    STAGED_XMIN_COMMITTED,
    SessionParkedSource,
    session_setup_sql,
)
from shadow.store.base import RowValues, StoreUnavailable, TableName

log = logging.getLogger("pgstitch.shadow")


class PrivateQueries(Protocol):
    """pgstitch's own simple Queries on a session's upstream, between the client's statements."""

    def queue_private(self, sql: str) -> tuple[bytes, asyncio.Future[list[Message]]]:
        """The Query to put in the upstream stream now, and its replies (up to ReadyForQuery)."""

    def send_private(self, sql: str) -> asyncio.Future[list[Message]]:
        """The Query, sent at once; its replies."""

    async def run_private(self, sql: str) -> list[Message]:
        """The Query, sent at once, and its replies awaited."""

    async def run_private_copy(self, sql: str, data: bytes) -> list[Message]:
        """A `COPY … FROM STDIN` Query with its data, and its replies awaited."""


# A staged row as hex of UTF-8 JSON: readable whatever client_encoding the session chose.
_STAGED_JSON = (
    "encode(convert_to(json_build_array(schema_name, table_name, row_key, vals)::text,"
    " 'UTF8'), 'hex')"
)
READ_STAGED = f"SELECT {_STAGED_JSON} FROM {STAGED_RELATION} AS s"

# The staged rows of transactions that committed, read inside the transaction that followed
# them (COMMIT AND CHAIN, or a COMMIT in the middle of a query string): the staged rows whose
# version a committed transaction wrote and, for the rows the open transaction changed since,
# the newest committed version the session's trigger kept (`session_setup_sql`).
_READ_COMMITTED_STAGED = (
    f"SELECT {_STAGED_JSON} FROM {STAGED_RELATION} AS s"
    f" WHERE {STAGED_XMIN_COMMITTED.format('s.xmin')}"
    f" UNION ALL SELECT {_STAGED_JSON} FROM (SELECT DISTINCT ON (schema_name, table_name,"
    f" row_key) * FROM {STAGED_COMMITTED_RELATION}"
    " ORDER BY schema_name, table_name, row_key, seq DESC) AS c"
    f" WHERE NOT EXISTS (SELECT FROM {STAGED_RELATION} AS s WHERE s.schema_name = c.schema_name"
    " AND s.table_name = c.table_name AND s.row_key = c.row_key"
    f" AND {STAGED_XMIN_COMMITTED.format('s.xmin')})"
)

# Before pgstitch's own statements between transactions: the client's statement_timeout (a
# session setting) must not cancel the read of a committed transaction's staged writes, which
# grows with the transaction; SET LOCAL ends with the implicit transaction of the query string.
_NO_TIMEOUT = "SET LOCAL statement_timeout = 0;"


def in_transaction_untimed(sql: str) -> str:
    """`sql` (statements returning only the rows pgstitch reads) as run inside the client's
    transaction, out of reach of its statement_timeout: a read cancelled there would fail the
    client's transaction (a COMMIT AND CHAIN after it would roll back). The timeout is saved,
    turned off for this string and put back as it was (SET LOCAL of the value in force ends
    with the transaction as the value itself does); the DO blocks return no rows."""
    return (
        "DO $pgstitch$BEGIN PERFORM set_config('pgstitch.statement_timeout',"
        " current_setting('statement_timeout'), true); END$pgstitch$;"
        f"{_NO_TIMEOUT}{sql};"
        "DO $pgstitch$BEGIN PERFORM set_config('statement_timeout',"
        " current_setting('pgstitch.statement_timeout'), true); END$pgstitch$"
    )


# Read inside the transaction that follows a COMMIT AND CHAIN, or before a lone one.
_READ_COMMITTED_UNTIMED = in_transaction_untimed(_READ_COMMITTED_STAGED)
READ_STAGED_IN_TRANSACTION = in_transaction_untimed(READ_STAGED)

# What empties the staged rows once the store has them.
EMPTY_STAGED = f"DELETE FROM {STAGED_RELATION};DELETE FROM {STAGED_COMMITTED_RELATION}"

# Every session renders against the same tables of its own: one source, so that rendered
# statements are shared by all sessions.
_SESSION_SOURCE = SessionParkedSource()

_RELEASE_ROWS = "SELECT pg_temp.pgstitch_release_rows()"

# Autovacuum never visits temporary tables: emptied after every hand-over, the staged table
# (and the copy, whose rows are replaced) would grow with every transaction the session ever
# wrote, and each read of it would scan all of that. A session vacuums them now and then.
VACUUM_TABLES = f"VACUUM {STAGED_RELATION}, {STAGED_COMMITTED_RELATION}, {COPY_RELATION}"
VACUUM_EVERY = 1000


class SessionStaging:
    """The copy table and staged writes of one session, and their hand-over to the store."""

    def __init__(self, mirror: ParkedMirror, vacuum_every: int = VACUUM_EVERY) -> None:
        self.mirror = mirror
        self.vacuum_every = vacuum_every
        self._hand_overs = 0  # since the session's tables were last vacuumed
        self.source = _SESSION_SOURCE
        self.ready = False  # the tables exist in this session
        self.failure: str | None = None  # why they could not be made
        self.dirty = False  # writes may be staged that the store does not have yet
        self.wrote = False  # the transaction now ending staged writes (else: kept from before)
        self._generation = -1
        self._version = 0
        # Staged rows (as read) already handed to the store while a transaction that followed
        # their commit was open; still staged until that transaction ends.
        self._handed: set[str] = set()

    @property
    def behind(self) -> bool:
        """True when the session's copy must be set up or brought up to date."""
        if self.failure is not None:
            return False
        mirror = self.mirror
        return (
            not self.ready
            or self._version != mirror.version
            or self._generation != mirror.generation
        )

    def staged_writes(self) -> None:
        """A statement of the open transaction writes shadow columns."""
        self.dirty = True
        self.wrote = True

    def forget_tables(self) -> None:
        """The session dropped its temporary tables (DISCARD): make them again when next idle."""
        self.ready = False

    async def set_up(self, private: PrivateQueries) -> None:
        """Make the session's tables and copy the store's values into them (and wait)."""
        mark = (self.mirror.generation, self.mirror.version)
        data = self.mirror.copy_data()
        if data is None:  # names that COPY would read in the session's encoding: plain SQL
            replies = await private.run_private(session_setup_sql() + copy_sql(self.mirror, None))
        else:
            replies = await private.run_private(
                session_setup_sql() + f"DELETE FROM {COPY_RELATION}"
            )
            if data and _error_of(replies) is None:
                replies = await private.run_private_copy(f"COPY {COPY_RELATION} FROM STDIN", data)
        error = _error_of(replies)
        if error is not None:
            log.warning("the session's tables for shadow writes could not be made: %s", error)
            if error.startswith("42"):  # no privilege (or such): it will not get better
                self.failure = error
            return  # else (a statement timeout, a cancel) tried again at the next statement
        self.ready = True
        self._generation, self._version = mark

    def refresh_sql(self, prefix: str = "") -> str:
        """SQL bringing the session's copy up to date; counted as done (see `check`)."""
        mirror = self.mirror
        changes = mirror.changes_since(self._generation, self._version)
        self._generation, self._version = mirror.generation, mirror.version
        sql = prefix + copy_sql(mirror, changes)
        return sql.rstrip(";") or "SELECT 1"

    def check(self, done: asyncio.Future[list[Message]]) -> None:
        """Done-callback of a query sent without waiting: on an error, start afresh next time."""
        if done.cancelled():
            return
        if done.exception() is not None:
            self.ready = False
            return
        error = _error_of(done.result())
        if error is not None:
            log.warning("the session's copy of the store could not be updated: %s", error)
            self.ready = False  # e.g. its tables were dropped: made again when next idle

    async def hand_over(self, private: PrivateQueries) -> bytes:
        """Move the staged rows of a transaction that ended to the store.

        Returns what the client must see before ReadyForQuery: nothing, or an ErrorResponse
        when the store could not take the transaction's writes (they stay staged and go at the
        next try; a later try that fails again says nothing unless it has writes of its own).
        """
        wrote, self.wrote = self.wrote, False
        replies = await private.run_private(_NO_TIMEOUT + READ_STAGED)
        error = _error_of(replies)
        if error is not None:
            # Still dirty: tried again at the next transaction end (made again first if the
            # tables went, in which case there is nothing left to hand over).
            log.warning("staged writes could not be read: %s", error)
            self.ready = False
            if not wrote:
                return b""
            return m.encode_error(
                "57P03",
                "the transaction committed, but its writes to shadow columns could not be read"
                f" back to be stored ({error}); they are kept in this session and stored when"
                " its next transaction ends",
            )
        texts = self._not_handed(replies)
        self._handed.clear()
        try:
            await self._store(texts)
        except StoreUnavailable as exc:
            log.warning("staged writes kept in the session: %s", exc)
            # Other writers of these rows must not wait for the store to come back.
            private.send_private(_RELEASE_ROWS).add_done_callback(self.check)
            if not wrote:
                return b""
            return m.encode_error(
                "57P03",
                f"the transaction committed, but its writes to shadow columns could not be"
                f" stored: {exc}; they are kept in this session and stored when its next"
                " transaction ends",
            )
        self.dirty = False
        # Not waited for: the client's next statement queues up behind it.
        sql = self.refresh_sql(prefix=f"{_NO_TIMEOUT}{_RELEASE_ROWS};{EMPTY_STAGED};")
        private.send_private(sql).add_done_callback(self.check)
        self._hand_overs += 1
        if self._hand_overs >= self.vacuum_every:
            self._hand_overs = 0
            private.send_private(VACUUM_TABLES).add_done_callback(_log_vacuum_failure)
        return b""

    async def hand_over_read(self, read: asyncio.Future[list[Message]]) -> bytes:
        """Move staged rows read before a COMMIT AND CHAIN that committed them to the store,
        as `hand_over_committed` does, without a query in the new transaction (which must be
        free to choose its isolation level or snapshot first)."""
        try:
            replies = await read
        except Exception as exc:  # the session went: nothing to hand over now
            log.warning("staged writes read before a commit were lost: %r", exc)
            return b""
        return await self._hand_over_replies(replies)

    async def hand_over_committed(self, private: PrivateQueries) -> bytes:
        """Move the staged rows of transactions that committed to the store while the
        transaction that followed them is open (COMMIT AND CHAIN, or a COMMIT in the middle of
        a query string): they must not wait for its end, nor be lost with the session.

        Inside that transaction nothing is changed: the rows stay staged (a rollback would
        bring back what a DELETE took) and are left out when it ends (`hand_over`) unless it
        changed them. A failure here only leaves them for that hand-over.
        """
        return await self._hand_over_replies(await private.run_private(_READ_COMMITTED_UNTIMED))

    async def _hand_over_replies(self, replies: list[Message]) -> bytes:
        """`hand_over_committed` of the rows read."""
        error = _error_of(replies)
        if error is not None:
            log.warning("committed staged writes could not be read: %s", error)
            return b""
        texts = self._not_handed(replies)
        try:
            await self._store(texts)
        except StoreUnavailable as exc:
            log.warning("committed staged writes kept in the session: %s", exc)
            return b""
        self._handed.update(texts)
        return b""

    def _not_handed(self, replies: list[Message]) -> list[str]:
        """The staged rows read (hex texts of their JSON) not yet in the store."""
        return [text for text in _staged_texts(replies) if text not in self._handed]

    async def _store(self, texts: list[str]) -> None:
        """Write staged rows to the store and note them in the proxy's mirror of it; raises
        StoreUnavailable when the store cannot take them (nothing is noted then)."""
        park, unpark = _staged_rows(texts)
        if park or unpark:
            await self.mirror.store.write_parked(park=park, unpark=unpark)
            self.mirror.handed_over(park, unpark)


def _log_vacuum_failure(done: asyncio.Future[list[Message]]) -> None:
    """Done-callback of the periodic VACUUM: a failure (a cancel, a timeout) only waits for the
    next one."""
    if done.cancelled() or done.exception() is not None:
        return
    error = _error_of(done.result())
    if error is not None:
        log.info("the session's tables for shadow writes were not vacuumed: %s", error)


def _error_of(replies: list[Message]) -> str | None:
    for reply in replies:
        if reply.type == ord("E"):
            fields = m.parse_error_fields(reply.body)
            return f"{fields.get('C', '')} {fields.get('M', '')}".strip()
    return None


def _staged_texts(replies: list[Message]) -> list[str]:
    """The staged rows read, each as the hex text of its JSON."""
    texts = []
    for reply in replies:
        if reply.type == ord("D"):
            (hex_text,) = m.decode_data_row(reply.body)
            texts.append(hex_text or "")
    return texts


def _staged_rows(
    texts: list[str],
) -> tuple[dict[TableName, dict[str, RowValues]], dict[TableName, list[str]]]:
    """The staged rows as a store write: rows to remove first, values to merge."""
    park: dict[TableName, dict[str, RowValues]] = {}
    unpark: dict[TableName, list[str]] = {}
    for hex_text in texts:
        schema, table, row_key, values = json.loads(bytes.fromhex(hex_text))
        if values.pop(DELETED_MARK, None) is not None:
            unpark.setdefault((schema, table), []).append(row_key)
        if values:
            park.setdefault((schema, table), {})[row_key] = values
    return park, unpark
