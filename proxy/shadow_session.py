"""The shadow side of one session: statements rewritten, stale prepared statements re-prepared,
error positions mapped back, unknown columns reported.

A `ShadowSession` sees the client messages the session intercepts (Query, Parse, Bind, Describe,
Close) and the server's ErrorResponses. It decides what to send upstream; the session does the I/O.
Anything that must wait (fetching parked values from an outside store) comes back as a coroutine.

What it remembers per Sync-delimited segment of the client's pipeline (the statement text for
telemetry, rendered statements for error positions, refusals, writes, acknowledgements to swallow)
is keyed by the segment's ordinal: how many sync points the client sent before it. Sync itself
need not be seen: the session tells each message's ordinal, counted by its scanner. Plain
statements (`plain_needles`) need not be seen either: the scanner passes them on and keeps their
texts (`passed`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from proxy import search_path
from proxy.helper_errors import as_postgres_reports
from proxy.protocol import encodings
from proxy.protocol import messages as m
from proxy.protocol.scanner import Message
from proxy.query_shapes import QueryShapes
from proxy.rewrite.result_shape import star_relations
from proxy.rewrite.sqltext import skip_space
from proxy.rewrite.template import RenderedSql, RewriteError
from proxy.row_types import retyped
from proxy.shadow_view import FOLLOWED_WORDS, ShadowView
from proxy.shadow_view import SETTINGS_WORDS as _SETTINGS_WORDS
from proxy.staging import READ_STAGED_IN_TRANSACTION, PrivateQueries, SessionStaging
from shadow.store.base import StoreUnavailable

log = logging.getLogger("pgstitch.shadow")

_Q, _P, _B, _D, _C, _S, _H = (ord(c) for c in "QPBDCSH")
_T, _PARAMETERS = ord("T"), ord("t")
_SYNC_POINTS = frozenset(b"QSF")
# DISCARD ALL / DISCARD TEMP[ORARY] drop the session's tables of an outside store.
_DISCARD = re.compile(r"\bdiscard\s+(all|temp)")
# DISCARD ALL and DEALLOCATE [PREPARE] ALL drop every prepared statement of the session.
_DROPS_PREPARED = re.compile(r"\b(discard\s+all|deallocate\s+(prepare\s+)?all)\b")
# RESET ALL and DISCARD ALL put search_path back to its default.
_RESETS_ALL = re.compile(r"\b(reset|discard)\s+all\b")
_SAVEPOINT_WORDS = re.compile(r"\b(savepoint|release|rollback)\b")


class PlainPassed(Protocol):
    """What a session's scanner tells of the plain statements it passed on by itself."""

    plain_ordinal: int

    def plain_text(self, ordinal: int) -> bytes | None: ...


@dataclass(slots=True)
class _Prepared:
    """A named statement as the client prepared it, and what pgstitch sent for it."""

    parse: m.Parse
    sent_query: str
    schema_version: int
    catalog_version: int
    written: frozenset[tuple[str, str, str]] = frozenset()  # shadow columns it writes
    reads_parked: bool = False  # it reads parked values (of any store)
    star_from: frozenset[str] = frozenset()  # relations its `*` outputs come from
    shape: frozenset = frozenset()  # their columns when it was prepared
    row_types: tuple[tuple[str, int], ...] = ()  # its whole-row outputs (`Rewrite.row_types`)
    sets_path: bool = False  # it sets search_path from its parameters: its Binds are followed


class ShadowSession:
    """Rewrites one session's statements against the proxy's current shadow view."""

    def __init__(
        self,
        view: ShadowView,
        startup: m.StartupMessage,
        private: PrivateQueries | None = None,
    ) -> None:
        self.view = view
        # With a store that keeps parked values outside the database: the session's copy of
        # them and its staged writes, set up and handed over with pgstitch's own queries.
        self.staging = (
            SessionStaging(view.mirror) if view.mirror is not None and private is not None else None
        )
        self._private = private
        self._status = b"I"
        self.user = startup.user
        self._startup_parameters = startup.parameters
        self.search_path = self._starting_path()
        if not view.loaded:
            view.begins_before_load(self)
        self._prepared: dict[str, _Prepared] = {}
        # The (schema, catalog) versions under which every prepared statement is current and
        # writes no shadow column: Bind and Describe need no look then. Checked again when
        # `client_types` may have changed (prepared statements, staged writes): the session
        # then scans again what it has not handled yet.
        self._fresh_at: tuple[int, int] | None = None
        self.types_changed = False
        # Segments are numbered by the sync points before them. `_sent`: sync points of the
        # client handled so far (exact while writes are staged: every message is seen then);
        # `_answered`: ReadyForQuery handled, the ordinal of the oldest segment in flight;
        # `_ordinal`: the segment of the message being handled.
        self._sent = 0
        self._answered = 0
        self._ordinal = 0
        # The text of the first statement of each segment in flight (for telemetry).
        self._texts: deque[tuple[int, str]] = deque()
        # Segments in which pgstitch changed something: rendered statements (for error
        # positions), refusals, shadow writes, and how many ParseComplete/CloseComplete the
        # server will send for pgstitch's own re-prepares, which the client must not see.
        self._segments: deque[_Segment] = deque()
        self.ddl_seen = False
        # A statement of the session's own was DDL: until the catalog was read after it (this
        # DDL report of the view's), the session's statements wait (`_after_catalog`).
        self._own_ddl = False
        self._catalog_due = 0
        self.standard_strings = True
        # Python's codec for the session's client_encoding; None while it is UTF-8 (or
        # SQL_ASCII). Texts are rewritten in UTF-8 and sent back in it (proxy/protocol/encodings.py).
        self.client_codec: str | None = None
        self._refused = None
        # Landing fence: columns this session's statements write that are LANDING (hold them),
        # and the columns it wrote in its open transaction (the view counts them).
        self._hold: frozenset[tuple[str, str, str]] = frozenset()
        self._last_written: frozenset[tuple[str, str, str]] = frozenset()
        self._last_reads_parked = False
        self._swallow_pending = 0  # acknowledgements of pgstitch's own messages still to come
        # True while server acknowledgements of pgstitch's own messages are expected.
        self.swallowing = False
        self._writing: set[tuple[str, str, str]] = set()
        # A transaction committed and the next one is open: its staged writes go to the store
        # once that one has taken its snapshot (`ready_hold`), and `_committed_snapshot` says
        # whether it has.
        self._committed_waiting = False
        self._committed_snapshot = False
        # The staged rows read just before a lone COMMIT AND CHAIN (its segment, the replies):
        # once it committed they go to the store without a query in the new transaction.
        self._pre_read: tuple[int, asyncio.Future[list[Message]]] | None = None
        # What the session must follow of the server's messages: (each ReadyForQuery in its
        # place, with its own transaction status; command tags), while a search_path change or
        # shadow writes wait for their transaction's end. Kept up to date as they change, so
        # the session reads it for every chunk of the response at the cost of an attribute.
        self.upstream_needs = _NO_NEEDS
        # The session's client scanner when it passes plain statements itself (`plain_needles`):
        # their segments and texts are asked of it.
        self.passed: PlainPassed | None = None
        # Rewritten unnamed statements kept prepared under pgstitch's own names (see
        # `_keep_prepared`): (sent text, parameter types) -> name, and the name the client's
        # unnamed statement stands for now, if it is one of them.
        self._kept: dict[tuple[str, tuple[int, ...]], str] = {}
        self._kept_names = 0
        self._kept_at: tuple[int, int] | None = None  # (schema, catalog) versions they are of
        self._unnamed: str | None = None
        # The client's Parse the unnamed statement stands for, and the view's `changes` it was
        # rewritten under: a Bind or Describe of it after a change rewrites it again
        # (`_unnamed_again`), as Postgres plans the unnamed statement again.
        self._unnamed_parse = b""
        self._unnamed_at = -1
        # The text of the client's unnamed statement while it sets search_path from its
        # parameters (`set_config('search_path', $1, true)`): its Binds are followed.
        self._path_bind: str | None = None
        # Parse messages (their bytes) known to read a kept statement: see `_parse`.
        self._kept_parses: dict[bytes, _KeptRun] = {}
        # Query shapes known to run one, or to go as they are: see `_by_shape`.
        self._query_shapes: QueryShapes[_KeptRun | _AsIs] = QueryShapes(_KEPT_LIMIT)
        # Unnamed Parse messages (their bytes) the rewriter forwards untouched: (what that was
        # decided under, the text). See `_parse`.
        self._as_is_parses: dict[bytes, tuple[tuple, str]] = {}
        # The resolved search_path the last `_rewrite` was told by the rewriter to forward its
        # statement under, or None.
        self._forwarded: tuple[str, ...] | None = None
        self._last_row_types: tuple[tuple[str, int], ...] = ()
        # RowDescriptions must be seen: a segment in flight outputs whole rows to retype.
        self.retyping = False
        # The last message described a prepared statement's parameters: the RowDescription
        # after it describes that statement, whose result formats are not chosen yet.
        self._describing_statement = False

    # -- what to intercept ---------------------------------------------------------------------

    @property
    def client_types(self) -> frozenset[int]:
        """Client message types this session must see.

        They stay the same until `types_changed` is set or the view changes (`view.changes`).
        """
        if self.types_changed:
            self.types_changed = False
            self._fresh_at = self._freshness() if self._prepared else None
        staging = self.staging
        if staging is not None and staging.dirty:
            return _ALL_TYPES  # any of them may have to wait behind a hand-over
        if self._catalog_due:
            return _ALL_TYPES  # statements wait for the catalog (`_after_catalog`)
        view = self.view
        if self._unnamed is not None:
            return _WITH_PREPARED  # its Bind, Describe and Close name a kept statement
        if self._path_bind is not None:
            return _WITH_PREPARED  # its Bind sets search_path
        if self._prepared:
            if self._fresh_at == (view.schema.version, view.catalog.version):
                return _WITH_CLOSE
            return _WITH_PREPARED
        return _TERMINATE_ONLY if view.dormant else _STATEMENTS

    @property
    def plain_needles(self) -> tuple[bytes, ...] | None:
        """The words whose absence makes a Query or unnamed Parse plain, for the session's
        scanner to pass such statements on itself, or None when `pass_plain` would not pass
        them now (nothing served, or the copy of an outside store must be looked after)."""
        view = self.view
        if not view.serving:
            return None
        staging = self.staging
        if staging is not None and (staging.dirty or staging.behind):
            return None
        if self._unnamed is not None or self._path_bind is not None:
            return None  # a plain unnamed Parse or a Query ends what the unnamed stands for
        if self._catalog_due:
            return None  # plain statements wait for the catalog too
        if self.upstream_needs[1]:
            return None  # a search_path change is tentative: savepoints are followed
        return view.plain.needles

    def _freshness(self) -> tuple[int, int] | None:
        view = self.view
        schema, catalog = view.schema.version, view.catalog.version
        # With an outside store, a statement reading parked values may first need the
        # session's copy of the store brought up to date: its Bind must be seen.
        copying = self.staging is not None
        for prepared in self._prepared.values():
            if (
                prepared.written
                or prepared.schema_version != schema
                or prepared.catalog_version != catalog
                or (copying and prepared.reads_parked)
                or prepared.row_types
                or prepared.sets_path
            ):
                return None
        return (schema, catalog)

    def _follow_needs(self) -> None:
        """Work `upstream_needs` out again: shadow writes or the search_path changed."""
        tags = self.search_path.watching_tags
        if tags is not self.upstream_needs[1]:
            # While a search_path change is tentative, plain statements must be seen too: a
            # ROLLBACK TO SAVEPOINT among them may undo it (`_follow_savepoints`).
            self.types_changed = True
        self.upstream_needs = _NEEDS[bool(self._writing) or tags, tags]

    @property
    def gated(self) -> bool:
        """True when the client's next messages must wait: a transaction that staged writes
        may be ending, and they are handed to the store before anything else is sent."""
        staging = self.staging
        return staging is not None and staging.dirty and self._sent > self._answered

    @property
    def committed_unstored(self) -> bool:
        """True when a transaction that committed inside a query string left staged writes the
        store does not have yet, and the transaction after it is still open and idle (it took
        no snapshot, or failed, so they could not be read)."""
        staging = self.staging
        return (
            staging is not None
            and staging.dirty
            and self._committed_waiting
            and self._sent == self._answered
        )

    def ready_hold(self, status: bytes) -> Awaitable[bytes] | None:
        """For an intercepted ReadyForQuery: the hand-over to run before the client sees it
        (its result goes before ReadyForQuery), or None to pass it on at once."""
        staging = self.staging
        if (
            staging is None
            or not staging.dirty
            or self._sent - self._answered > 1  # more of the client's statements in flight
        ):
            return None
        assert self._private is not None
        pre_read, self._pre_read = self._pre_read, None
        if status == b"I":
            self._committed_waiting = False
            return self._hand_over(staging)
        if pre_read is not None and pre_read[0] == self._answered and status == b"T":
            # A lone COMMIT AND CHAIN committed (had it failed, no transaction would be open):
            # the rows read before it are committed, and the new transaction is left alone.
            self._committed_waiting = False
            return staging.hand_over_read(pre_read[1])
        # COMMIT AND CHAIN, or a COMMIT before the string's last transaction began: what
        # committed goes to the store before the open transaction ends, which a lost session
        # would never reach. Not before that transaction took its snapshot (pgstitch's query
        # would take it, and SET TRANSACTION must come first), nor while it is failed (E).
        texts = self._texts
        answered = texts[0][1] if texts and texts[0][0] == self._answered else ""
        if not self._committed_waiting and _COMMIT_WORD.search(answered) is None:
            return None
        committed, snapshot = commit_and_snapshot(answered)
        if committed:
            self._committed_waiting, self._committed_snapshot = True, snapshot
        elif self._committed_waiting:
            self._committed_snapshot = self._committed_snapshot or snapshot
        if self._committed_waiting and self._committed_snapshot and status == b"T":
            self._committed_waiting = False
            return staging.hand_over_committed(self._private)  # type: ignore[arg-type]
        return None

    def _looks_committing(self, sql: str) -> bool:
        """Whether a statement in a transaction may commit it (`_commits_and_chains` says)."""
        return self._status == b"T" and _COMMIT_WORD.search(sql) is not None

    async def _hand_over(self, staging: SessionStaging) -> bytes:
        """The staged writes go to the store; the client's messages need not all be seen after."""
        try:
            return await staging.hand_over(self._private)  # type: ignore[arg-type]
        finally:
            self.types_changed = True

    # -- client side ---------------------------------------------------------------------------

    def quick_way(self, message: Message, synced: int) -> bool | list[bytes]:
        """The quick way for an intercepted message: True when it is a Query or an unnamed Parse
        whose text is plain (can involve no shadow column nor change how names resolve), or a
        Query of a shape known to go as it is, to go out as it came; what to send instead for a
        Query of a shape known to read through a kept statement (`_by_shape`). Its text is
        noted for telemetry. False: hand it to `client_message`.

        Equivalent to `client_message` for those messages, in one call: the hot path of the
        simple and the extended protocol beside served columns.
        """
        view = self.view
        if not view.serving:
            return False  # not loaded yet (statements wait), or nothing served
        if self._catalog_due:
            return False  # the session's DDL is not in the catalog yet: `_handle` waits
        if self.client_codec is not None:
            return False  # texts are read in another encoding: `client_message` does that
        staging = self.staging
        if staging is not None and staging.behind:
            return False  # the session's copy of the store may have to be brought up to date
        kind = message.type
        if self._unnamed is not None:
            return self._unnamed_use(message, synced)
        if self._path_bind is not None:
            return False  # a Query or unnamed Parse ends it, its Bind sets search_path: `_handle`
        if kind == _Q:
            raw = message.raw
            if raw.find(b"\0", 5) != len(raw) - 1:
                return False  # malformed: client_message says how
            try:
                sql = raw[5:-1].decode()
            except UnicodeDecodeError:
                return False
            if staging is not None and staging.dirty and self._looks_committing(sql):
                return False  # client_message reads the staged rows before it
            if not view.plain.text(sql):
                if not self._query_shapes:
                    return False
                self._ordinal = synced
                quick = self._by_shape(raw, sql)
                if quick is None:
                    return False
                self._sent = synced + 1
                return quick
            if self.upstream_needs[1]:
                return False  # a search_path change is tentative: `_query` follows savepoints
            self._sent = synced + 1
        elif kind == _P:
            plain = view.plain
            parse = plain.parses.get(message.raw)
            if parse is None:
                try:
                    parse = plain.parse(message.raw)
                except m.ProtocolViolation:
                    return False  # malformed: client_message says how
            if not parse:  # not plain (False when looked up, None when just decoded)
                as_is = self._as_is_parse(message.raw)
                if as_is is None:
                    return False
                sql = as_is
            elif parse.name:  # type: ignore[union-attr]
                return False  # a named statement is remembered: client_message does that
            else:
                sql = parse.query  # type: ignore[union-attr]
                if staging is not None and staging.dirty and self._looks_committing(sql):
                    return False  # client_message reads the staged rows before it
                if self.upstream_needs[1]:
                    return False  # a search_path change is tentative: `_parse` follows savepoints
            self._sent = synced
        else:
            return False
        texts = self._texts
        if not texts or texts[-1][0] != synced:
            texts.append((synced, sql))
        return True

    def _unnamed_use(self, message: Message, synced: int) -> bool | list[bytes]:
        """`quick_way` while the unnamed statement stands for a kept one: what `client_message`
        sends for a Bind of the unnamed statement (it names the kept one) and a Describe of the
        unnamed statement or of a portal; False for any other message (a Query or Parse ends
        what the unnamed statement stands for)."""
        kind = message.type
        body = message.raw[5:]
        if self._unnamed_at != self.view.changes:  # `_unnamed_stale`, inlined: the hot path
            return False  # `client_message` rewrites the client's Parse again first
        if kind == _B:
            if body.find(b"\0", body.find(b"\0") + 1) != body.find(b"\0") + 1:
                return False  # a named statement (or a malformed Bind): client_message
            sent = [m.bind_to_statement(body, self._unnamed)]  # type: ignore[arg-type]
        elif kind == _D and body == b"S\0":
            sent = [m.encode_describe_statement(self._unnamed)]  # type: ignore[arg-type]
        elif kind == _D and body[:1] == b"P" and body.find(b"\0") == len(body) - 1:
            sent = True  # type: ignore[assignment]
        else:
            return False
        self._ordinal = self._sent = synced
        return sent

    def client_message(
        self, message: Message, synced: int | None = None
    ) -> list[bytes] | Awaitable[list[bytes]]:
        """What to send upstream for one intercepted client message.

        `synced`: how many sync points the client sent before it (by default, those this
        session saw: every one, when it is shown every Query and Sync).
        """
        codec = self.client_codec
        if codec is not None:
            return self._in_client_encoding(message, synced, codec)
        return self._utf8_message(message, synced)

    def _utf8_message(
        self, message: Message, synced: int | None = None
    ) -> list[bytes] | Awaitable[list[bytes]]:
        """`client_message` for a message whose texts are UTF-8."""
        if synced is None:
            synced = self._sent
        self._ordinal = synced
        kind = message.type
        self._sent = synced + 1 if kind in _SYNC_POINTS else synced
        if kind in (_Q, _P) and not self.view.loaded:
            return self._when_ready(message, synced)
        staging = self.staging
        if (
            staging is not None
            and kind in (_Q, _P, _B)
            and staging.behind
            and self.view.active
            and self._status == b"I"
            and synced == self._answered  # nothing of the client's in flight
            and self._segment_empty(synced)
            # The tables are made before the first statement that may use them: a plain Query
            # goes first, so that a session may still set what Postgres lets it set only
            # before its first temporary table (temp_buffers).
            and (staging.ready or not self._plain_query(message))
        ):
            if not staging.ready:
                return self._set_up_then(message)
            assert self._private is not None
            raw, done = self._private.queue_private(staging.refresh_sql())
            done.add_done_callback(staging.check)
            outcome = self._handle(message)
            if isinstance(outcome, list):
                return [raw, *outcome]
            return _after(raw, outcome)
        if (
            staging is not None
            and staging.dirty
            and kind in (_Q, _P)
            and self._status == b"T"
            and synced == self._answered  # nothing of the client's in flight
            and self._segment_empty(synced)
            and _commits_and_chains(message)
        ):
            assert self._private is not None
            raw, done = self._private.queue_private(READ_STAGED_IN_TRANSACTION)
            self._pre_read = (synced, done)
            outcome = self._handle(message)
            if isinstance(outcome, list):
                return [raw, *outcome]
            return _after(raw, outcome)
        return self._handle(message)

    def _in_client_encoding(
        self, message: Message, synced: int | None, codec: str
    ) -> list[bytes] | Awaitable[list[bytes]]:
        """`client_message` in a session whose client_encoding is not UTF-8: Query and Parse
        texts are read in it, and every text sent upstream is written back in it."""
        if codec == encodings.UNREADABLE:
            return self._utf8_message(message, synced)  # texts that are not UTF-8 go as they are
        inbound = message
        if message.type in (_Q, _P):
            inbound = encodings.to_utf8(message, codec)  # type: ignore[assignment]
            if inbound is None:  # not valid in that encoding: Postgres says so itself
                return self._utf8_message(message, synced)
        outcome = self._utf8_message(inbound, synced)
        if isinstance(outcome, list):
            return encodings.from_utf8(outcome, codec)
        return _in_encoding(outcome, codec)

    def _handle(self, message: Message) -> list[bytes] | Awaitable[list[bytes]]:
        kind = message.type
        if self._catalog_due and kind in (_Q, _P, _B, _D):
            if not self.view.catalog_covers(self._catalog_due):
                return self._after_catalog(message, self._ordinal)
            self._caught_up()
        outcome = None
        if kind in (_Q, _P):
            if self._path_bind is not None and (kind == _Q or message.body[:1] == b"\0"):
                self._path_bind = None  # the unnamed statement is replaced
                self.types_changed = True
            try:
                if kind == _Q:
                    self._forget_unnamed()
                    outcome = self._query(message)
                else:
                    outcome = self._parse(message)
            except m.UndecodableText:
                # Postgres reads it in the session's client_encoding, or rejects it (22021).
                return [message.raw]
        elif kind == _B:
            name = m.bind_statement_name(message.body)
            if not name and self._path_bind is not None:
                self._follow_bound_path(self._path_bind, message.body)
            if not name and self._unnamed is not None:
                if self._unnamed_stale():
                    return self._unnamed_again(message)
                return [m.bind_to_statement(message.body, self._unnamed)]
            outcome = self._before_use(name, message)
        elif kind == _D:
            target, name = m.decode_target(message.body)
            if target == b"S":
                if not name and self._unnamed is not None:
                    if self._unnamed_stale():
                        return self._unnamed_again(message)
                    return [m.encode_describe_statement(self._unnamed)]
                outcome = self._before_use(name, message)
        if outcome is not None:
            if self._hold:
                held, self._hold = self._hold, frozenset()
                return self._after_landing(message, held, self._ordinal)
            return outcome
        if kind == _C:
            target, name = m.decode_target(message.body)
            if target == b"S":
                if not name:
                    self._forget_unnamed()
                    self._path_bind = None
                self._prepared.pop(name, None)
                self.types_changed = True
        return [message.raw]

    async def _after_landing(
        self, message: Message, held: frozenset[tuple[str, str, str]], ordinal: int
    ) -> list[bytes]:
        """Hold a write to a landing column until it has landed, then handle it afresh."""
        landed = await self.view.wait_until_landed(held)
        self._ordinal = ordinal
        if not landed:
            name = ".".join(sorted(held)[0])
            refusal = RewriteError(
                "55P03",
                f"shadow column {name} is landing: the write waited"
                f" {self.view.hold_timeout:g} s for it to land; retry",
                None,
                0,
            )
            self._current_segment().refusals.append(refusal)
            if message.type == _Q:
                return [m.encode_query(refusal.raising_sql())]
            if message.type == _P:  # the client's statement is not made, as if it failed
                return [
                    m.encode_parse(
                        m.Parse(m.decode_parse(message.body).name, _REFUSAL_STAND_IN, ())
                    )
                ]
            return [_refused_bind_stand_in()]  # a Bind: its statement stays as it was
        outcome = self._utf8_message(message, ordinal)
        return outcome if isinstance(outcome, list) else await outcome

    async def _after_catalog(self, message: Message, ordinal: int) -> list[bytes]:
        """Hold a statement that follows the session's own DDL until the catalog was read after
        it (bounded), so that it is rewritten against what the DDL made: a column added to a
        table with shadow columns appears in its `*` at once, a function made to return its
        rows serves them. A catalog that cannot be read in time leaves the statement to the
        last one read, as DDL of other sessions is until the next reload."""
        if not await self.view.wait_for_catalog(self._catalog_due):
            log.warning("the catalog was not read again in time after DDL of this session")
        self._caught_up()
        self._ordinal = ordinal
        outcome = self._handle(message)
        return outcome if isinstance(outcome, list) else await outcome

    def _caught_up(self) -> None:
        self._catalog_due = 0
        self.types_changed = True

    def _plain_query(self, message: Message) -> bool:
        """Whether a Query is plain (`PlainStatements`: it can involve no shadow column nor
        change how names resolve) and opens no transaction block, so the session is idle again
        after it, and the session's tables can be made before the next one. Not a Parse: the
        client may send a statement that needs the tables before the next Sync."""
        if message.type != _Q:
            return False
        try:
            sql = m.decode_query(message.body)
        except (m.ProtocolViolation, UnicodeDecodeError):
            return False
        lowered = sql.lower()
        if "begin" in lowered or "start" in lowered:
            return False  # BEGIN, START TRANSACTION: the tables are made between transactions
        return self.view.plain.text(sql)

    async def _set_up_then(self, message: Message) -> list[bytes]:
        """Between transactions: make the session's tables and copy of the store first."""
        assert self.staging is not None and self._private is not None
        ordinal = self._ordinal
        await self.staging.set_up(self._private)
        self._ordinal = ordinal
        outcome = self._handle(message)
        return outcome if isinstance(outcome, list) else await outcome

    def _starting_path(self) -> search_path.SearchPathTracker:
        """The session's search_path as it starts: from its startup packet, else the default
        of its role and database (as the catalog knows it), else the built-in one."""
        started = search_path.from_startup(
            self._startup_parameters, self.view.catalog.search_path_default(self.user)
        ) + search_path.role_from_startup(self._startup_parameters)
        return search_path.SearchPathTracker(started, reset=started)

    def catalog_read(self) -> None:
        """The proxy read the catalog after the session began (its statements waited until
        now, or came after): it starts from the search_path default the catalog gives."""
        if self.search_path.untouched:
            self.search_path = self._starting_path()

    async def _when_ready(self, message: Message, ordinal: int) -> list[bytes]:
        """Hold a statement until the proxy knows the shadow schema and the catalog."""
        try:
            async with asyncio.timeout(self.view.ready_timeout):
                await self.view.ready.wait()
        except TimeoutError:
            raise StoreUnavailable(
                "the shadow schema could not be loaded from the store yet"
            ) from None
        outcome = self._utf8_message(message, ordinal)
        return outcome if isinstance(outcome, list) else await outcome

    def _query(self, message: Message) -> list[bytes] | Awaitable[list[bytes]]:
        sql = m.decode_query(message.body)
        if self.view.plain.text(sql):
            texts = self._texts  # _note_text, inlined: the hot path of the simple protocol
            if not texts or texts[-1][0] != self._ordinal:
                texts.append((self._ordinal, sql))
            if self.upstream_needs[1]:
                self._follow_savepoints(sql)
            return [message.raw]
        if self._query_shapes:
            quick = self._by_shape(message.raw, sql)
            if quick is not None:
                return [message.raw] if quick is True else quick
        may_keep = self._may_keep()
        path = self.search_path.path
        refusal = self._follow_session_settings(sql)
        rendered = self._rewrite(sql, may_keep, path)
        if refusal is not None:
            self._refused, rendered = refusal, None
        if self._refused is not None:
            # The rendered text raises it in its place (or, refused before rewriting, the whole
            # string is); its position is added on the way back.
            refusal, self._refused = self._refused, None
            self._current_segment().refusals.append(refusal)
            if rendered is None:
                rendered = refusal.raising_sql()
        elif type(rendered) is list:
            return rendered  # run as a kept statement
        if rendered is None:
            if self._forwarded is not None:
                self._remember_as_is(sql, self._forwarded)
            return [message.raw]
        if isinstance(rendered, str):
            return [m.encode_query(rendered)]
        return self._later(rendered, lambda text: [m.encode_query(text)])

    def _parse(self, message: Message) -> list[bytes] | Awaitable[list[bytes]]:
        may_keep = self._may_keep()
        if may_keep and self._kept_parses:
            known = self._known_parse(message.raw)
            # A write of a LANDING column takes the path below, where it waits.
            if known is not None and not (known.written and self._count_writes(known.written)):
                # What the path below would do for it, without rewriting it again.
                self._note_text(known.sql)
                self._current_segment().rendered.append(known.rendered)
                if known.row_types:
                    self._expect_row_types(known.row_types)
                self._set_unnamed(known.name, message.raw)
                return [_EMPTY_PARSE]
        as_is = self._as_is_parse(message.raw)
        if as_is is not None:
            self._note_text(as_is)
            self._forget_unnamed()
            return [message.raw]
        parse = self.view.plain.parse(message.raw)
        if parse is not None:
            self._note_text(parse.query)
            if self.upstream_needs[1]:
                self._follow_savepoints(parse.query)
            self._last_written = frozenset()
            self._last_reads_parked = False
            rendered = None
            sets_path = False
        else:
            parse = m.decode_parse(message.body)
            path = self.search_path.path
            refusal = self._follow_session_settings(parse.query)
            sets_path = search_path.set_from_parameters(parse.query)
            rendered = self._rewrite(parse.query, path_before=path)
            if refusal is not None:
                self._refused, rendered = refusal, None
            if rendered is None and self._forwarded is not None and not parse.name:
                self._remember_parse_as_is(message.raw, parse.query)
        if self._refused is not None:
            # Let the server fail a stand-in Parse, so that it skips to Sync as it would have;
            # its error is replaced by pgstitch's own on the way back.
            self._current_segment().refusals.append(self._refused)
            self._refused = None
            if not parse.name:
                self._forget_unnamed()
            return [m.encode_parse(m.Parse(parse.name, _REFUSAL_STAND_IN, ()))]

        written, reads_parked = self._last_written, self._last_reads_parked
        row_types = self._last_row_types
        # Rendered the same way every time (not the Rewrite of an outside store's values).
        keep = may_keep and isinstance(rendered, str)

        def send(text: str) -> list[bytes]:
            if parse.name:
                self.types_changed = True
                star_from = star_relations(parse.query)
                replaced = self._prepared.get(parse.name)
                prepared = self._prepared[parse.name] = _Prepared(
                    parse,
                    text,
                    self.view.schema.version,
                    self.view.catalog.version,
                    written,
                    reads_parked,
                    star_from,
                    self._columns_of(star_from),
                    row_types,
                    sets_path,
                )
                if replaced is not None:
                    self._current_segment().replaced.append((replaced, prepared))
            elif text != parse.query and keep:
                kept = self._keep_prepared(text, parse.param_types, message.raw)
                if kept is not None:
                    # A write staged for an outside store needs more than the quick way does.
                    if kept == [_EMPTY_PARSE] and (not written or self.staging is None):
                        rendered_now = self._current_segment().rendered[-1]
                        key = (text, parse.param_types)
                        read = self._run_to_remember(parse.query, key, rendered_now, written)
                        if read is not None:
                            if len(self._kept_parses) >= _KEPT_LIMIT:
                                self._kept_parses.clear()
                            self._kept_parses[message.raw] = read
                    return kept
            if not parse.name:
                self._forget_unnamed()
                if sets_path:
                    self._path_bind = parse.query
                    self.types_changed = True
            if text == parse.query:
                return [message.raw]
            return [m.encode_parse(m.Parse(parse.name, text, parse.param_types))]

        if rendered is None:
            return send(parse.query)
        if isinstance(rendered, str):
            return send(rendered)
        return self._later(rendered, send)

    def _keep_prepared(
        self, text: str, param_types: tuple[int, ...], source: bytes
    ) -> list[bytes] | None:
        """What to send for a rewritten unnamed Parse that opens its segment so that Postgres
        keeps its plan: the statement prepared once under a name of pgstitch's own (its
        ParseComplete swallowed), and an empty unnamed Parse in its place, whose ParseComplete
        the client gets. Bind, Describe and Close of the unnamed statement name the kept one
        until the next unnamed Parse or Query. None: send the Parse as it is.

        Postgres then plans the statement the way it plans a prepared one (a generic plan after
        five executions when that is no dearer), instead of afresh on every execution.
        """
        out: list[bytes] = []
        name = self._kept_statement(text, param_types, out)
        if name is None:
            return None  # `out` is empty: closing stale statements leaves room
        self._set_unnamed(name, source)
        out.append(_EMPTY_PARSE)
        return out

    def _keep_query(self, sql: str, path, source, shape) -> list[bytes] | None:
        """What to send for a rewritten simple Query that opens its segment so that Postgres
        keeps its plan, when its constants are all integers (`Rewriter.parameterized`): the
        statement with the constants as parameters prepared once under a name of pgstitch's
        own, then Bind (the constants), Describe and Execute of the unnamed portal and Sync.
        The server's ParseComplete, BindComplete and NoData are swallowed: the client sees
        what its Query would have brought. None: send the Query.
        """
        query = self.view.parameterized(sql, path, source, shape)
        if query is None:
            return None
        values = query.values
        key = (query.text, (_INT4,) * len(values))
        out: list[bytes] = []
        name = self._kept_statement(*key, out)
        if name is None:
            return None  # `out` is empty: closing stale statements leaves room
        # Error positions: parse analysis (the first time) reports them in the text prepared;
        # an execution's errors rarely have one, and it is left out rather than mapped.
        prepared_now = self._kept.get(key) != name
        written = self._last_written
        # A write staged for an outside store needs more than the quick way does.
        if not prepared_now and (not written or self.staging is None):
            masked = self.view.rewriter.masked(sql)
            run = self._run_to_remember(sql, key, _NO_POSITIONS, written)
            if masked is not None and run is not None:
                self._query_shapes.remember(sql, masked.spans, run)
        return self._run_kept(name, values, query.mapped() if prepared_now else _NO_POSITIONS, out)

    def _run_kept(self, name: str, values, rendered, out: list[bytes]) -> list[bytes]:
        """`out` and what runs the kept statement `name` with `values` for a Query (Bind,
        Describe and Execute of the unnamed portal, Sync), its BindComplete and NoData
        swallowed."""
        segment = self._current_segment()
        segment.rendered.append(rendered)
        segment.swallow_bind += 1
        segment.swallow_nodata += 1
        self._swallow_pending += 2
        self.swallowing = True
        out += [m.encode_bind(name, values), _DESCRIBE_PORTAL, _EXECUTE_PORTAL, _SYNC]
        return out

    def _by_shape(self, raw: bytes, sql: str) -> bool | list[bytes] | None:
        """For a Query (its message `raw` and text `sql`) of a shape remembered with other
        integer constants, while nothing its rewrite depends on changed: True when it goes as it
        is, or what runs it through its kept statement without rewriting it (when it opens its
        segment; its writes counted as the full way counts them); None: take the full way (a
        write of a landing column waits there). Only constants differ from the text
        remembered, which held no followed words: only a string constant can bring one."""
        found = self._query_shapes.find(raw)
        if found is None:
            return None
        what, constants = found
        if what.at != self._kept_read_at():
            return None
        if what.__class__ is _AsIs:
            # Words in its strings may matter: set_config('search_path', …) is followed.
            if what.strings and _has_followed_word(sql):  # type: ignore[union-attr]
                return None
            self._note_text(sql)
            return True
        if not self._may_keep() or self._kept.get(what.key) != what.name:  # type: ignore[union-attr]
            return None
        self._note_text(sql)
        if what.written and self._count_writes(what.written):  # type: ignore[union-attr]
            return None
        if what.row_types:  # type: ignore[union-attr]
            self._expect_row_types(what.row_types)  # type: ignore[union-attr]
        return self._run_kept(what.name, constants, _NO_POSITIONS, [])  # type: ignore[union-attr]

    def _remember_parse_as_is(self, raw: bytes, sql: str) -> None:
        """The unnamed Parse `raw` of `sql` went as it is because the rewriter forwards `sql`:
        let it go so at once next time, unless it holds followed words."""
        if _has_followed_word(sql):
            return
        if len(self._as_is_parses) >= _KEPT_LIMIT:
            self._as_is_parses.clear()
        self._as_is_parses[raw] = (self._kept_read_at(), sql)

    def _as_is_parse(self, raw: bytes) -> str | None:
        """The text of the unnamed Parse `raw` remembered to go as it is, while nothing the
        rewriter decided that under changed."""
        as_is = self._as_is_parses.get(raw)
        if as_is is None or as_is[0] != self._kept_read_at():
            return None
        return as_is[1]

    def _remember_as_is(self, sql: str, path: tuple[str, ...]) -> None:
        """The rewriter forwarded the Query `sql` under the resolved search_path `path`: when it
        forwards its whole shape, let later Queries of the shape go as they are at once
        (`_by_shape`), if its constants are integers or plain strings and it holds no followed
        words."""
        rewriter = self.view.rewriter
        masked = rewriter.masked(sql)
        if masked is None:
            return
        if not rewriter.forwards_shape(sql, path):
            return
        if _has_followed_word(sql):
            return
        strings = any(sql[start] == "'" for start, _end in masked.spans)
        self._query_shapes.remember(sql, masked.spans, _AsIs(self._kept_read_at(), strings))

    def _may_keep(self) -> bool:
        """Whether the Query or Parse being handled may run as a kept statement: it opens its
        segment with nothing of the client's in flight (the segment's first ParseComplete
        answers pgstitch's own Parse), and not in a failed transaction (where the client's own
        message must fail with 25P02). Only a text that does not depend on parked values is
        kept (see `_rewrite`)."""
        return (
            self._ordinal == self._answered
            and self._status != b"E"
            and self._segment_empty(self._ordinal)
        )

    def _kept_statement(
        self, text: str, param_types: tuple[int, ...], out: list[bytes]
    ) -> str | None:
        """The name of the kept statement of `text`, adding to `out` what prepares it first
        (and closes stale ones); None when the session keeps no more."""
        view = self.view
        versions = (view.schema.version, view.catalog.version)
        if versions != self._kept_at:
            self._kept_at = versions
            out += self._close_kept()
        key = (text, param_types)
        name = self._kept.get(key)
        if name is not None:
            return name
        if len(self._kept) >= _KEPT_LIMIT:
            return None
        self._kept_names += 1
        name = f"{_KEPT_PREFIX}{self._kept_names}"
        segment = self._current_segment()
        segment.swallow_parse += 1
        segment.kept = (key, name)
        self._swallow_pending += 1
        self.swallowing = True
        out.append(m.encode_parse(m.Parse(name, text, param_types)))
        return name

    def _run_to_remember(
        self,
        sql: str,
        key: tuple[str, tuple[int, ...]],
        rendered: RenderedSql,
        written: frozenset[tuple[str, str, str]] = frozenset(),
    ) -> _KeptRun | None:
        """What lets the next Parse (`_kept_parses`, by its bytes) or Query (`_query_shapes`) of
        `sql` go the quick way: a run of the kept statement of `key` that writes `written`;
        None when its text holds one of the words the session follows settings by."""
        if _has_followed_word(sql):
            return None
        return _KeptRun(
            sql,
            key,
            self._kept[key],
            rendered,
            self._kept_read_at(),
            written,
            self._last_row_types,
        )

    def _known_parse(self, raw: bytes) -> _KeptRun | None:
        """The run of a kept statement remembered for the Parse message `raw`, while nothing its
        rewrite depends on changed and its statement is still kept."""
        run = self._kept_parses.get(raw)
        if run is None or run.at != self._kept_read_at() or self._kept.get(run.key) != run.name:
            return None
        return run

    def _kept_read_at(self) -> tuple:
        """What the rewrite of a read's Parse or Query depends on besides its text."""
        view = self.view
        staging = self.staging
        return (
            view.schema.version,
            view.catalog.version,
            self.search_path.path,
            self.standard_strings,
            self.client_codec,
            view.active,
            staging is None or staging.ready,
        )

    def _close_kept(self) -> list[bytes]:
        """Close every kept statement (their rewrite may be stale); their CloseCompletes are
        swallowed."""
        if not self._kept:
            return []
        names = list(self._kept.values())
        self._kept.clear()
        self._forget_unnamed()
        segment = self._current_segment()
        segment.swallow_close += len(names)
        self._swallow_pending += len(names)
        self.swallowing = True
        return [m.encode_close_statement(name) for name in names]

    def _set_unnamed(self, name: str, source: bytes) -> None:
        """The unnamed statement stands for the kept statement `name`, the rewrite of the
        client's Parse `source` under the current versions."""
        if self._unnamed is None:
            self.types_changed = True
        self._unnamed = name
        self._unnamed_parse = source
        self._unnamed_at = self.view.changes

    def _unnamed_stale(self) -> bool:
        """Whether the shadow schema, the catalog or the rewriter changed since the unnamed
        statement's rewrite (while it stands for a kept one)."""
        return self._unnamed_at != self.view.changes

    def _unnamed_again(self, message: Message) -> list[bytes] | Awaitable[list[bytes]]:
        """A Bind or Describe of the unnamed statement standing for a kept one whose rewrite is
        stale: the client's Parse is handled again first (its ParseComplete swallowed), so the
        statement reads what is served now, or fails as Postgres fails it when planning it
        again (42703 for a column since dropped); then `message` goes to the new statement."""
        source = self._unnamed_parse
        self._forget_unnamed()
        parsed = self._handle(Message(_P, source))  # a landing write is held there
        segment = self._current_segment()
        segment.swallow_parse += 1
        self._swallow_pending += 1
        self.swallowing = True
        if isinstance(parsed, list):
            used = self._handle(message)
            if isinstance(used, list):
                return parsed + used
            return _after_all(parsed, used)
        return _then(parsed, lambda: self._handle(message))

    def _forget_unnamed(self) -> None:
        """The client's unnamed statement no longer stands for a kept one."""
        if self._unnamed is not None:
            self._unnamed = None
            self.types_changed = True

    def _before_use(self, name: str, message: Message) -> list[bytes] | Awaitable[list[bytes]]:
        """Re-prepare a named statement first if the shadow schema changed since it was prepared."""
        prepared = self._prepared.get(name)
        if prepared is None:
            return [message.raw]
        if prepared.sets_path and message.type == _B:
            self._follow_bound_path(prepared.parse.query, message.body)
        if (
            prepared.schema_version == self.view.schema.version
            and prepared.catalog_version == self.view.catalog.version
        ):
            if prepared.written and message.type == _B:
                self._hold = self._count_writes(prepared.written)
                if not self._hold and self.staging is not None and self.staging.ready:
                    self._stage_writes()  # the execution stages writes for the store
            if prepared.row_types and message.type == _B:
                self._expect_row_types(prepared.row_types)
            return [message.raw]
        if prepared.star_from and self._columns_of(prepared.star_from) != prepared.shape:
            # As Postgres answers a Bind or Describe of a statement whose `*` now means other
            # columns; the client prepares it again (asyncpg does so by itself). A named
            # stand-in that fails leaves the unnamed statement alone.
            self._current_segment().refusals.append(
                RewriteError(
                    "0A000",
                    "cached plan must not change result type",
                    None,
                    0,
                    routine="RevalidateCachedQuery",
                )
            )
            return [_refused_bind_stand_in()]
        rendered = self._rewrite(prepared.parse.query)
        if self._hold:
            return [message.raw]  # replaced by the hold in client_message
        written, reads_parked = self._last_written, self._last_reads_parked
        prepared.row_types = self._last_row_types  # `_rewrite` marked this segment for them

        def send(text: str) -> list[bytes]:
            prepared.schema_version = self.view.schema.version
            prepared.catalog_version = self.view.catalog.version
            prepared.written = written
            prepared.reads_parked = reads_parked
            self.types_changed = True
            if text == prepared.sent_query:
                return [message.raw]
            prepared.sent_query = text
            segment = self._current_segment()
            segment.reprepared.append(prepared)
            segment.swallow_close += 1
            segment.swallow_parse += 1
            self._swallow_pending += 2
            self.swallowing = True
            log.info(
                "re-preparing statement %r under shadow schema %d", name, prepared.schema_version
            )
            return [
                m.encode_close_statement(name),
                m.encode_parse(m.Parse(name, text, prepared.parse.param_types)),
                message.raw,
            ]

        if rendered is None:
            return send(prepared.parse.query)
        if isinstance(rendered, str):
            return send(rendered)
        return self._later(rendered, send)

    def _columns_of(self, relations: frozenset[str]) -> frozenset:
        """The live and served columns of every table named like one of `relations`, as a set
        of names: a column that lands moves from one to the other and changes nothing."""
        if not relations:
            return frozenset()
        live = (
            (schema, name, column)
            for (schema, name), table in self.view.catalog.tables.items()
            if name in relations
            for column in table.column_names
        )
        served = (
            (column.schema, column.table, column.column)
            for column in self.view.schema.served
            if column.table in relations
        )
        return frozenset((*live, *served))

    def _rewrite(
        self, sql: str, keep_query: bool = False, path_before: tuple[str, ...] | None = None
    ):
        """None (send as is), the SQL to send, or a Rewrite that needs parked values fetched.

        `keep_query`: `sql` is a Query that may run as a kept statement (`_may_keep`); it may
        come back as the messages that run it so (`_keep_query`). `path_before`: the session's
        search_path before `sql`, when `sql` may have changed it (the rewriter follows the
        changes statement by statement).
        """
        self._note_text(sql)
        self._last_written = frozenset()
        self._last_reads_parked = False
        self._last_row_types = ()
        self._forwarded = None
        view = self.view
        rewriter = view.rewriter
        if rewriter is None or not view.active:
            return None
        if not self.standard_strings:
            return None  # backslashes in '…' would be read differently: leave such sessions be
        if self.client_codec == encodings.UNREADABLE:
            return None  # an encoding pgstitch cannot read: leave such sessions be too
        before = self.search_path.path if path_before is None else path_before
        path = search_path.for_rewriter(before, self.user)
        # A Query to run as a kept statement needs only its shape, not its own rewrite.
        shape = None
        if keep_query and rewriter.might_touch(sql):
            shape = rewriter.parameterized(sql, path)
        if shape is not None:
            rewrite = None
            known = shape[0]
        else:
            rewrite = known = rewriter.rewrite(sql, path)
            if rewrite is None:
                self._forwarded = path
                return None
            if rewrite.errors:
                self._refused = rewrite.errors[0]
        self._last_reads_parked = bool(known.parked_tables)
        self._last_row_types = known.row_types
        if known.row_types:
            self._expect_row_types(known.row_types)
        written = known.written_columns
        source = view.static_parked_source()
        staging = self.staging
        if source is None and staging is not None and staging.ready:
            source = staging.source
        if written and source is None:
            name = ".".join(sorted(written)[0])
            reason = staging.failure if staging is not None else None
            self._refused = RewriteError(
                "0A000",
                f"cannot write shadow column {name}: this session has no table to stage"
                f" writes for the {view.store.name}"
                + (f" ({reason})" if reason else "; retry after the current transaction"),
                None,
                0,
            )
            return None
        if written:
            self._hold = self._count_writes(written)
            if self._hold:
                return None
            self._last_written = written
            if staging is not None and source is staging.source:
                self._stage_writes()
        if source is not None or not known.parked_tables:
            source = source or view.empty_parked_source()
            if keep_query and not known.errors:
                kept = self._keep_query(sql, path, source, shape)
                if kept is not None:
                    return kept
            if rewrite is None:
                rewrite = rewriter.rewrite(sql, path)
            rendered = view.rendered(rewrite, source)
            self._current_segment().rendered.append(rendered)
            return rendered.sql
        return rewrite if rewrite is not None else rewriter.rewrite(sql, path)

    def _count_writes(
        self, written: frozenset[tuple[str, str, str]]
    ) -> frozenset[tuple[str, str, str]]:
        """Count a statement's shadow writes in the open transaction; return the columns it must
        wait for instead (landing, and not written earlier in this transaction)."""
        held = (written & self.view.landing) - self._writing
        if held:
            return held
        self._current_segment().written |= written
        self.view.writes_begin(written - self._writing)
        self._writing |= written
        self._follow_needs()
        return frozenset()

    def _expect_row_types(self, row_types: tuple[tuple[str, int], ...]) -> None:
        """The current segment's statement outputs whole rows to describe with these row types
        (proxy/row_types.py)."""
        codec = self.client_codec or "utf-8"
        segment = self._current_segment()
        expected = dict(segment.row_types or {})
        for name, oid in row_types:
            expected[name.encode(codec, errors="replace")] = oid
        segment.row_types = expected
        self.retyping = True

    def described(self, message: Message) -> bytes:
        """A ParameterDescription, NoData or RowDescription as the client should see it, while
        `retyping`."""
        if message.type != _T:
            self._describing_statement = message.type == _PARAMETERS
            return message.raw
        if self._describing_statement:
            self._describing_statement = False
            return message.raw
        segments = self._segments
        if not segments or segments[0].ordinal != self._answered or not segments[0].row_types:
            return message.raw
        body = retyped(message.body, segments[0].row_types)
        return message.raw if body is None else m.encode_message(b"T", body)

    def _stage_writes(self) -> None:
        """The statement stages writes for the store: every client message must be seen now."""
        assert self.staging is not None
        if not self.staging.dirty:
            self.types_changed = True
        self.staging.staged_writes()

    def _note_text(self, sql: str) -> None:
        """A statement of the current segment: its text is kept if it is the segment's first."""
        texts = self._texts
        ordinal = self._ordinal
        if not texts or texts[-1][0] != ordinal:
            texts.append((ordinal, sql))

    def _segment_empty(self, ordinal: int) -> bool:
        """True when no statement of the segment `ordinal` was handled yet."""
        texts, segments = self._texts, self._segments
        return (
            (not texts or texts[-1][0] != ordinal)
            and (not segments or segments[-1].ordinal != ordinal)
            and (self.passed is None or self.passed.plain_ordinal != ordinal)
        )

    def _current_segment(self) -> _Segment:
        segments = self._segments
        ordinal = self._ordinal
        if segments and segments[-1].ordinal == ordinal:
            return segments[-1]
        segment = _Segment(ordinal)
        segments.append(segment)
        return segment

    def _later(self, rewrite, finish) -> Awaitable[list[bytes]]:
        segment = self._current_segment()

        async def fetch_and_render() -> list[bytes]:
            source = await self.view.fetch_parked_source(rewrite.parked_tables)
            rendered = rewrite.render_mapped(source)
            segment.rendered.append(rendered)
            return finish(rendered.sql)

        return fetch_and_render()

    def _follow_savepoints(self, sql: str) -> None:
        """A plain statement sent while a search_path change is tentative: SAVEPOINT, RELEASE
        and ROLLBACK [TO SAVEPOINT] in it move the path as Postgres moves it."""
        if _SAVEPOINT_WORDS.search(sql.lower()):
            self.search_path.statement(sql)
            self._follow_needs()

    def _follow_bound_path(self, sql: str, body: bytes) -> None:
        """A Bind (`body`) of the statement `sql`, which sets search_path from its parameters:
        follow the change with the values bound."""
        try:
            values, formats = m.bind_values(body)
        except m.ProtocolViolation:
            return  # Postgres says how
        codec = self.client_codec
        if codec is None or codec == encodings.UNREADABLE:
            codec = "utf-8"
        params: list[str | None] = []
        for value, code in zip(values, formats, strict=False):
            if value is None:
                params.append(None)
            elif code == 1 and value in (b"\0", b"\1"):
                params.append("t" if value == b"\1" else "f")  # a boolean in binary
            else:
                params.append(value.decode(codec, "replace"))  # text, in binary as in text
        self.search_path.statement(sql, params)
        self._follow_needs()

    def _follow_session_settings(self, sql: str) -> RewriteError | None:
        """Follow what `sql` changes in the session; a refusal of the whole string when it
        would drop writes staged for an outside store that it does not have yet."""
        lowered = sql.lower()
        if self.staging is not None and "discard" in lowered and _DISCARD.search(lowered):
            if self.staging.dirty:
                return RewriteError(
                    "0A000",
                    "pgstitch cannot run DISCARD ALL or DISCARD TEMP while this session's"
                    f" writes to shadow columns are not yet in the {self.view.store.name}:"
                    " it would drop them; run it after COMMIT or ROLLBACK",
                    None,
                    0,
                )
            self.staging.forget_tables()
        if (
            (self._kept or self._prepared)
            and ("discard" in lowered or "deallocate" in lowered)
            and _DROPS_PREPARED.search(lowered)
        ):
            # The server dropped them: a named statement of the client's is not prepared
            # again when the shadow schema changes (its Bind gets 26000, as from Postgres).
            self._kept.clear()
            self._forget_unnamed()
            if self._prepared:
                self._prepared.clear()
                self.types_changed = True
        resets = ("reset" in lowered or "discard" in lowered) and _RESETS_ALL.search(lowered)
        if (
            "search_path" in lowered
            or resets
            # SET ROLE and SET SESSION AUTHORIZATION change whom "$user" stands for.
            or "role" in lowered
            or "authorization" in lowered
            # While a change is tentative, ROLLBACK TO SAVEPOINT may undo it.
            or (self.upstream_needs[1] and _SAVEPOINT_WORDS.search(lowered))
        ):
            self.search_path.statement(sql)
            self._follow_needs()
        for word in _SETTINGS_WORDS:
            if word in lowered:
                self.ddl_seen = True
                if ddl_statement_in(lowered):
                    self._own_ddl = True
                return None
        return None

    # -- server side ---------------------------------------------------------------------------

    def server_ready(self, status: bytes) -> None:
        """ReadyForQuery with this transaction status: the oldest segment in flight is complete."""
        self._status = status
        answered = self._answered
        self._answered = answered + 1
        texts = self._texts
        if texts and texts[0][0] <= answered:
            # Texts are noted before their segment can be answered: one a ReadyForQuery.
            texts.popleft()
        if self._segments or self.ddl_seen or self.upstream_needs is not _NO_NEEDS:
            self._segment_answered(status, answered)

    def _segment_answered(self, status: bytes, answered: int) -> None:
        """server_ready for a segment in which pgstitch changed something, or that wrote shadow
        columns, changed search_path or ran DDL."""
        self.search_path.ready(status)
        segments = self._segments
        if status == b"I" and self._writing:
            in_flight = set()
            for later in segments:
                if later.ordinal > answered:
                    in_flight |= later.written
            done = self._writing - in_flight
            self.view.writes_end(done)
            self._writing -= done
        while segments and segments[0].ordinal <= answered:
            done_segment = segments.popleft()
            if done_segment.kept is not None and self._unnamed == done_segment.kept[1]:
                self._forget_unnamed()  # its Parse failed: the unnamed statement is the server's
            if done_segment.reprepared and (
                done_segment.swallow_parse or done_segment.swallow_close
            ):
                self._stale_again(done_segment.reprepared)
            # Acknowledgements the server skipped after an error will never come.
            self._swallow_pending -= (
                done_segment.swallow_parse
                + done_segment.swallow_close
                + done_segment.swallow_bind
                + done_segment.swallow_nodata
            )
            self.swallowing = self._swallow_pending > 0
        if self.retyping:
            self._describing_statement = False
            self.retyping = any(segment.row_types for segment in segments)
        self._follow_needs()
        if self.ddl_seen:
            self.ddl_seen = False
            report = self.view.catalog_changed()
            if self._own_ddl:
                self._own_ddl = False
                self._catalog_due = report
                self.types_changed = True  # its statements must be seen until then

    def _keep_replaced(self, segment: _Segment) -> None:
        """42P05 in a segment that prepared names already prepared: Postgres refused the first
        such Parse (the name exists) and skipped the later ones, so the statements prepared
        before stay what the names stand for."""
        for replaced, new in segment.replaced:
            name = replaced.parse.name
            if self._prepared.get(name) is new:
                self._prepared[name] = replaced
        segment.replaced.clear()
        self.types_changed = True

    def _stale_again(self, reprepared: list[_Prepared]) -> None:
        """Re-prepares of a segment whose Close or Parse never completed (the Parse failed, or
        an earlier error skipped them): what the server holds under their names is not known,
        so their next Bind or Describe prepares them again. A Parse that fails again (a column
        that is gone) fails that use again, as Postgres fails a statement that cannot be
        planned again, instead of leaving a name the server no longer knows."""
        for prepared in reprepared:
            if self._prepared.get(prepared.parse.name) is prepared:
                prepared.schema_version = prepared.catalog_version = -1
                prepared.sent_query = ""
                self.types_changed = True

    def close(self) -> None:
        """The session ended: its open transaction's writes are over."""
        if self._writing:
            self.view.writes_end(set(self._writing))
            self._writing.clear()
            self._follow_needs()

    def command_complete(self, message: Message) -> None:
        """A CommandComplete, passed on while a search_path change awaits its transaction's end."""
        self.search_path.command_complete(message.body[:-1].decode(errors="replace"))

    def swallow(self, message: Message) -> bool:
        """True when this ParseComplete, BindComplete, NoData or CloseComplete answers one of
        pgstitch's own messages (a re-prepare, a kept statement)."""
        count = _SWALLOW_COUNTS.get(message.type)
        if count is None:
            return False
        for segment in self._segments:
            left = getattr(segment, count)
            if left:
                setattr(segment, count, left - 1)
                self._swallow_pending -= 1
                self.swallowing = self._swallow_pending > 0
                if count == "swallow_parse" and segment.kept is not None:
                    key, name = segment.kept  # its Parse opened the segment: this answers it
                    self._kept[key] = name
                    segment.kept = None
                return True
        return False

    def server_error(self, message: Message) -> bytes:
        """An ErrorResponse as the client should see it: position mapped back to its own text."""
        fields = m.parse_error_fields(message.body)
        reshaped = as_postgres_reports(fields, self.view.schema.served)
        self.search_path.error()
        answered = self._answered  # the segment the server is answering
        segments, texts = self._segments, self._texts
        segment = segments[0] if segments and segments[0].ordinal == answered else _NOTHING_CHANGED
        if segment.replaced and fields.get("C") == "42P05":
            self._keep_replaced(segment)
        if segment.refusals:
            refusal = segment.refusals[0]
            stand_in = _REFUSAL_STAND_IN_NAME in fields.get("M", "")
            if stand_in or (fields.get("C"), fields.get("M")) == (
                refusal.sqlstate,
                refusal.message,
            ):
                segment.refusals.popleft()
                return m.encode_error(
                    refusal.sqlstate,
                    refusal.message,
                    position=refusal.position,
                    routine=refusal.routine,
                )
        if fields.get("C") == "42703":
            text = texts[0][1] if texts and texts[0][0] == answered else None
            if text is None and self.passed is not None:
                passed = self.passed.plain_text(answered)
                text = passed.decode() if passed is not None else None  # plain texts are ASCII
            self.view.report_unknown_column(fields, text)
        if "P" not in fields or not segment.rendered:
            return m.encode_error_fields(fields) if reshaped else message.raw
        if len(segment.rendered) != 1:
            fields.pop("P")
        else:
            original = segment.rendered[0].original_position(int(fields["P"]))
            if original is None:
                fields.pop("P")
            else:
                fields["P"] = str(original)
        return m.encode_error_fields(fields)


_DDL_WORDS = (b"create", b"alter", b"drop", b"comment")


def ddl_statement_in(lowered: str) -> bool:
    """Whether a statement of the lower-cased query text is DDL by its first word (after
    spaces and comments, at the start or after a semicolon). Linear in the text's length; a
    semicolon inside a string or a comment may make a false positive, which costs only a wait
    for the catalog."""
    text = lowered.encode()
    position = 0
    while True:
        position = skip_space(text, position)
        for word in _DDL_WORDS:
            if text.startswith(word, position):
                end = position + len(word)
                if end == len(text) or not (text[end : end + 1].isalnum() or text[end] == 95):
                    return True
        position = text.find(b";", position)
        if position < 0:
            return False
        position += 1


def _refused_bind_stand_in() -> bytes:
    """A Parse that fails in place of a refused Bind or Describe. It names a statement of
    pgstitch's own: a failing Parse of the unnamed statement would drop the client's."""
    return m.encode_parse(m.Parse("pgstitch refused", _REFUSAL_STAND_IN, ()))


def _has_followed_word(sql: str) -> bool:
    """True when `sql` holds one of the words the session follows settings by."""
    lowered = sql.lower()
    return any(word in lowered for word in FOLLOWED_WORDS)


async def _after_all(first: list[bytes], rest: Awaitable[list[bytes]]) -> list[bytes]:
    return first + await rest


async def _then(
    first: Awaitable[list[bytes]], rest: Callable[[], list[bytes] | Awaitable[list[bytes]]]
) -> list[bytes]:
    """`first`'s messages, then those of `rest`, called once `first` is done."""
    out = await first
    later = rest()
    return out + (later if isinstance(later, list) else await later)


async def _after(first: bytes, rest: Awaitable[list[bytes]]) -> list[bytes]:
    return [first, *(await rest)]


async def _in_encoding(outcome: Awaitable[list[bytes]], codec: str) -> list[bytes]:
    return encodings.from_utf8(await outcome, codec)


@dataclass(frozen=True, slots=True)
class _KeptRun:
    """An unnamed Parse or a Query's shape that reads, or writes with the postgres store,
    through a kept statement, and what it was rewritten under."""

    sql: str
    key: tuple[str, tuple[int, ...]]
    name: str
    rendered: RenderedSql
    at: tuple
    written: frozenset[tuple[str, str, str]] = frozenset()  # shadow columns a Query writes
    row_types: tuple[tuple[str, int], ...] = ()  # its whole-row outputs (`Rewrite.row_types`)


@dataclass(frozen=True, slots=True)
class _AsIs:
    """A Query shape that goes as it is, what the rewriter decided that under, and whether it
    has string constants."""

    at: tuple
    strings: bool = False


class _Segment:
    """What pgstitch changed in the messages between two sync points (Query or Sync); `ordinal`
    is how many sync points the client sent before them. (A plain class: one is made for every
    statement run through a kept statement, and a dataclass's `__init__` with default factories
    costs twice as much.)"""

    __slots__ = (
        "kept",
        "ordinal",
        "refusals",
        "rendered",
        "replaced",
        "reprepared",
        "row_types",
        "swallow_bind",
        "swallow_close",
        "swallow_nodata",
        "swallow_parse",
        "written",
    )

    def __init__(self, ordinal: int) -> None:
        self.ordinal = ordinal
        self.rendered: list[RenderedSql] = []
        self.refusals: deque = deque()
        self.written: set = set()
        self.swallow_parse = 0
        self.swallow_close = 0
        # BindComplete and NoData of a Query sent as a kept statement (NoData only if it has no
        # rows to describe: a leftover count goes with the segment).
        self.swallow_bind = 0
        self.swallow_nodata = 0
        # The statement kept prepared whose ParseComplete has not come yet: ((text, types),
        # name). Its Parse opens the segment, so a segment has at most one.
        self.kept: tuple | None = None
        # Output names of whole rows its RowDescriptions give the row type of
        # (proxy/row_types.py).
        self.row_types: dict[bytes, int] | None = None
        # Named statements pgstitch re-prepared in it (Close and Parse sent before their Bind).
        self.reprepared: list[_Prepared] = []
        # Named Parses of a name already prepared: (the statement prepared, the new one).
        self.replaced: list[tuple[_Prepared, _Prepared]] = []


# upstream_needs, one tuple for each combination (the session compares them by identity).
_NEEDS = {(ready, tags): (ready, tags) for ready in (False, True) for tags in (False, True)}
_NO_NEEDS = _NEEDS[False, False]
# The segment of an error when pgstitch changed nothing in it.
_NOTHING_CHANGED = _Segment(-1)


_REFUSAL_STAND_IN_NAME = "pgstitch refused statement"
# Fails in the server's parse analysis (42703), wherever it is sent.
_REFUSAL_STAND_IN = f'SELECT "{_REFUSAL_STAND_IN_NAME}"'
# Which count of a segment each acknowledgement pgstitch may swallow is counted in.
_SWALLOW_COUNTS = {
    ord("1"): "swallow_parse",
    ord("2"): "swallow_bind",
    ord("n"): "swallow_nodata",
    ord("3"): "swallow_close",
}
# Kept statements (see ShadowSession._keep_prepared): at most this many per session.
_KEPT_LIMIT = 256
_KEPT_PREFIX = "pgstitch_kept_"
_EMPTY_PARSE = m.encode_parse(m.Parse("", "", ()))
_DESCRIBE_PORTAL = m.encode_message(b"D", b"P\0")
_EXECUTE_PORTAL = m.encode_message(b"E", b"\0\0\0\0\0")
_SYNC = m.encode_message(b"S")
_INT4 = 23  # the type of an integer constant (within its range)
# COMMIT or END where a statement starts, maybe after comments (`commits` parses what has one):
# CASE … END in a long statement is not parsed again for it.
_COMMIT_WORD = re.compile(
    r"(?:^|;)\s*(?:/\*.*?\*/\s*|--[^\n]*\n\s*)*(?:commit|end)\b", re.IGNORECASE | re.DOTALL
)


# Statements that run without a snapshot (PlannedStmtRequiresSnapshot): before any other, the
# transaction may still choose its isolation level or snapshot.
_NO_SNAPSHOT = frozenset(
    {
        "TransactionStmt",
        "LockStmt",
        "VariableSetStmt",
        "VariableShowStmt",
        "ConstraintsSetStmt",
        "FetchStmt",
        "ListenStmt",
        "NotifyStmt",
        "UnlistenStmt",
        "CheckPointStmt",
    }
)


def commit_and_snapshot(sql: str) -> tuple[bool, bool]:
    """For a query string: whether it commits a transaction (COMMIT or END, maybe AND CHAIN),
    and whether a statement taking a snapshot follows its last commit (or, when it commits
    none, whether it has one)."""
    committed = snapshot = False
    for stmt in search_path.statements_of(sql):
        kind = next(iter(stmt), "")
        if kind == "TransactionStmt" and stmt[kind].get("kind") == "TRANS_STMT_COMMIT":
            committed, snapshot = True, False
        elif kind not in _NO_SNAPSHOT:
            snapshot = True
    return committed, snapshot


def _commits_and_chains(message: Message) -> bool:
    """Whether a Query or Parse is one COMMIT AND CHAIN (or END AND CHAIN)."""
    try:
        body = message.body
        sql = m.decode_query(body) if message.type == _Q else m.decode_parse(body).query
    except (m.ProtocolViolation, UnicodeDecodeError):
        return False
    return commits_and_chains(sql)


def commits_and_chains(sql: str) -> bool:
    """Whether a query string is one COMMIT AND CHAIN (or END AND CHAIN)."""
    if _COMMIT_WORD.search(sql) is None:
        return False
    stmts = search_path.statements_of(sql)
    if len(stmts) != 1:
        return False
    stmt = stmts[0].get("TransactionStmt", {})
    return stmt.get("kind") == "TRANS_STMT_COMMIT" and bool(stmt.get("chain"))


def commits(sql: str) -> bool:
    """Whether a query string commits a transaction: COMMIT or END (maybe AND CHAIN)."""
    return _COMMIT_WORD.search(sql) is not None and commit_and_snapshot(sql)[0]


# A rendering that maps no position back (the position is left out of an error).
_NO_POSITIONS = RenderedSql("", (), ())
_TERMINATE_ONLY = frozenset(b"X")
# Sync passes: the session counts it in passing and tells each message's segment.
_STATEMENTS = frozenset(b"QPX")
_WITH_CLOSE = frozenset(b"QPXC")
_WITH_PREPARED = frozenset(b"QPXBDC")
_ALL_TYPES = frozenset(range(256))
