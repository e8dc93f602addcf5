"""One client session: set-up and authentication relay, then a flow-controlled byte pump.

A session owns two sockets, the client's and its own upstream connection (session mode). During
set-up it reads whole packets (SSL/GSSENC negotiation, startup, the authentication exchange, the
backend key). Once the upstream says ReadyForQuery, both directions become a pump: bytes are scanned
for message boundaries and forwarded untouched, and each side stops reading while the other side's
write buffer is full, so neither a slow client nor a slow upstream makes the proxy buffer without bound.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
from collections import deque
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from proxy.inbox import Inbox, PeerClosed
from proxy.protocol import messages as m
from proxy.protocol.encodings import codec_for
from proxy.protocol.scanner import Message, MessageScanner
from proxy.protocol.state import SYNC_POINT_TYPES, SessionState
from proxy.shadow_session import ShadowSession
from proxy.sync_points import sync_points_in
from proxy.upstream import UpstreamError
from shadow.store.base import StoreUnavailable

if TYPE_CHECKING:
    from proxy.server import ProxyServer

log = logging.getLogger("pgstitch.session")

_WRITE_HIGH_WATER = 256 * 1024
_SHUTDOWN_MESSAGE = "terminating connection because pgstitch is shutting down"
_TERMINATE = frozenset(b"X")
_UPSTREAM_SHADOW = frozenset(b"E")
_UPSTREAM_SWALLOWING = frozenset(b"E123n")
# While writes are staged for the store: ReadyForQuery too, which a hand-over may have to hold.
_UPSTREAM_HOLDING = frozenset(b"EZ")
_UPSTREAM_HOLDING_SWALLOWING = frozenset(b"EZ123n")
# While whole rows of a statement in flight are retyped (proxy/row_types.py): descriptions too.
_DESCRIPTIONS = frozenset(b"tnT")
_UPSTREAM_RETYPING = {
    wanted: wanted | _DESCRIPTIONS
    for wanted in (
        _UPSTREAM_SHADOW,
        _UPSTREAM_SWALLOWING,
        _UPSTREAM_HOLDING,
        _UPSTREAM_HOLDING_SWALLOWING,
    )
}
_ALL_TYPES = frozenset(range(256))
# Asynchronous server messages, passed on to the client even during pgstitch's own queries
# (notices then are the answers to those queries: they stay with pgstitch).
_ASYNC_TYPES = frozenset(b"AS")
# Client messages that belong to a COPY FROM STDIN in progress: never held back.
_COPY_TYPES = frozenset(b"dcf")
# CopyData size for pgstitch's own COPY.
_COPY_CHUNK = 64 * 1024
# How long a session whose client left keeps its upstream to hand a COMMIT's writes over.
_HAND_OVER_GRACE = 10.0
# Tasks a closing session leaves running (a reference keeps each until it is done).
_BACKGROUND: set[asyncio.Task[None]] = set()
# Server messages reported to the session, by (ReadyForQuery in order?, command tags wanted?).
# Without the need for order, ReadyForQuery is only counted by the scanner: the hot path.
_OBSERVED = {
    (False, False): frozenset(b"ES"),
    (True, False): frozenset(b"ZES"),
    (False, True): frozenset(b"ZESC"),
    (True, True): frozenset(b"ZESC"),
}


class _Side(asyncio.Protocol):
    """One socket of a session; hands bytes and flow-control signals to the session."""

    def __init__(self, session: Session, name: str) -> None:
        self.session = session
        self.name = name
        self.transport: asyncio.Transport | None = None
        self.inbox = Inbox(session.server.max_message_size)
        self.lost = False
        self.peer: _Side | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None
        self.transport = transport  # type: ignore[assignment]
        transport.set_write_buffer_limits(high=_WRITE_HIGH_WATER)  # type: ignore[attr-defined]
        if first and self.name == "client":
            self.session.start()

    def data_received(self, data: bytes) -> None:
        # While the session is set up; the pump replaces this method on the instance.
        self.inbox.feed(data)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.inbox.close()
        self.session.side_lost(self)

    def pause_writing(self) -> None:
        # Our outgoing buffer is full: stop reading from the side that fills it.
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.peer is not None and self.peer.transport is not None and not self.peer.lost:
            self.peer.transport.resume_reading()

    def write(self, data: bytes) -> None:
        if self.transport is not None and not self.lost:
            self.transport.write(data)

    def close(self) -> None:
        if self.transport is not None and not self.lost:
            self.transport.close()


class Session:
    """A client connection and its upstream connection."""

    # A session holds 29 attributes once relaying. CPython keeps an instance's attributes in a
    # key table shared by the class's instances only while that table has room: adding one
    # more attribute made every attribute read slower, about 6 % more instructions per
    # pass-through transaction (bench/session_cpu.py). Keep new state in an existing
    # attribute or another object.

    def __init__(self, server: ProxyServer, session_id: int) -> None:
        self.server = server
        self.id = session_id
        self.client = _Side(self, "client")
        self.upstream: _Side | None = None
        self.state = SessionState()
        self.startup: m.StartupMessage | None = None
        self.backend_key: tuple[int, bytes] | None = None
        self.proxy_key: tuple[int, bytes] | None = None
        self.relaying = False
        self.closing = False
        self.shutdown_requested = False
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task: asyncio.Task[None] | None = None
        self.client_terminated = False
        self.shadow: ShadowSession | None = None
        self._backlog: deque | None = None
        self._client_intercept = _TERMINATE
        self._view_changes = -1  # the view's `changes` when client_types was last read
        self._plain_needles: tuple[bytes, ...] | None = None  # what the client scanner passes
        self._follows_copy = False  # the shadow session keeps a copy of an outside store
        self._client_scanner = MessageScanner(
            intercept=_TERMINATE, count_types=SYNC_POINT_TYPES, max_size=server.max_message_size
        )
        self._upstream_intercept: frozenset[int] = frozenset()
        self._upstream_needs = (False, False)
        self._upstream_scanner = MessageScanner(observe=_OBSERVED[False, False], track_ready=True)
        self._ready_counted = 0
        self.server_parameters: dict[str, str] = {}
        self._privates: deque[_PrivateExchange] = deque()  # pgstitch's own queries in flight
        self._handing_over = False
        self._upstream_closed = False

    # -- set-up --------------------------------------------------------------------------------

    def start(self) -> None:
        """The client connected: run the session in its own task."""
        self.task = asyncio.get_running_loop().create_task(self.run())

    async def run(self) -> None:
        """Set the session up, then let the pump run until either side closes."""
        try:
            if await self._negotiate():
                self._start_relay()
                await self.done
        except m.ProtocolViolation as exc:
            log.info("protocol violation from client: %s", exc, extra={"session": self.id})
            self.fail("08P01", str(exc))
        except UpstreamError as exc:
            log.warning("%s", exc, extra={"session": self.id})
            self.fail("08006", str(exc))
        except PeerClosed:
            self.close()
        except ssl.SSLError as exc:
            log.info("TLS handshake failed: %s", exc.reason, extra={"session": self.id})
            self.close()
        except Exception:
            log.exception("session failed", extra={"session": self.id})
            self.fail("XX000", "internal error in pgstitch")
        finally:
            self.close()
            self.server.forget(self)

    async def _negotiate(self) -> bool:
        """Relay the start-up and authentication. False when the session ends there (cancel)."""
        client = self.client
        tls_done = False
        while True:
            packet = m.parse_startup_packet(await client.inbox.read_startup_packet())
            if isinstance(packet, m.SSLRequest):
                context = self.server.tls_context
                if context is None or tls_done:
                    client.write(b"N")
                    continue
                if client.inbox.buffer:
                    raise m.ProtocolViolation("received unencrypted data after SSL request")
                client.write(b"S")
                loop = asyncio.get_running_loop()
                client.transport = await loop.start_tls(
                    client.transport, client, context, server_side=True
                )
                tls_done = True
                continue
            if isinstance(packet, m.GSSENCRequest):
                client.write(b"N")
                continue
            if isinstance(packet, m.CancelRequest):
                await self.server.cancel(packet)
                return False
            break
        self.startup = packet
        await self._connect_upstream(packet)
        await self._relay_authentication()
        return True

    async def _connect_upstream(self, startup: m.StartupMessage) -> None:
        side = _Side(self, "upstream")
        await self.server.upstream.open(side)
        side.peer, self.client.peer = self.client, side
        self.upstream = side
        if self.client.lost:
            raise PeerClosed
        side.write(startup.raw)

    async def _relay_authentication(self) -> None:
        """Pass the authentication exchange through, until the upstream is ready for queries."""
        assert self.upstream is not None
        client, upstream = self.client, self.upstream
        while True:
            type_, body = await upstream.inbox.read_message()
            if type_ == ord("R"):
                code = m.auth_code(body)
                if code == m.AUTH_SASL:
                    # Channel binding cannot cross a proxy: never offer the -PLUS mechanisms.
                    mechanisms = [x for x in m.sasl_mechanisms(body) if not x.endswith("-PLUS")]
                    client.write(m.encode_auth_sasl(mechanisms))
                else:
                    client.write(m.encode_message(b"R", body))
                if code in m.AUTH_CODES_EXPECTING_REPLY:
                    reply_type, reply = await client.inbox.read_message()
                    if reply_type != ord("p"):
                        raise m.ProtocolViolation(
                            f"expected password response, got message type {chr(reply_type)!r}"
                        )
                    upstream.write(m.encode_message(b"p", reply))
            elif type_ == ord("K"):
                self.backend_key = m.parse_backend_key_data(body)
                self.proxy_key = self.server.register_cancel_key(self)
                client.write(m.encode_backend_key_data(*self.proxy_key))
            elif type_ == ord("E"):
                client.write(m.encode_message(b"E", body))
                raise PeerClosed
            elif type_ == ord("Z"):
                self.state.server_ready(body[:1])
                client.write(m.encode_message(b"Z", body))
                return
            else:  # ParameterStatus, NoticeResponse, NegotiateProtocolVersion
                if type_ == ord("S"):
                    self._parameter_status(body)
                client.write(m.encode_message(bytes((type_,)), body))

    # -- the pump ------------------------------------------------------------------------------

    def _start_relay(self) -> None:
        assert self.upstream is not None and self.startup is not None
        view = self.server.shadow_view
        if view is not None and self.startup.database == self.server.managed_database:
            self.shadow = ShadowSession(view, self.startup, self)
            self.shadow.passed = self._client_scanner
            self._follows_copy = self.shadow.staging is not None
            self._follow_settings()
        self.relaying = True
        # Instance attributes win over the class's method: the event loop then calls the pump
        # directly, one Python call per read.
        self.client.data_received = self._from_client  # type: ignore[method-assign]
        self.upstream.data_received = self._from_upstream  # type: ignore[method-assign]
        for side in (self.client, self.upstream):
            if side.transport is not None and not side.lost:
                side.transport.set_protocol(side)  # uvloop caches the bound method it calls
        leftover_up = self.upstream.inbox.take_all()
        leftover_client = self.client.inbox.take_all()
        if leftover_up:
            self._from_upstream(leftover_up)
        if leftover_client:
            self._from_client(leftover_client)
        if self.client.lost or self.upstream.lost:
            self.close()

    def _from_client(self, data: bytes) -> None:
        scanner = self._client_scanner
        shadow = self.shadow
        if (
            shadow is not None
            and self._backlog is None  # a backlog keeps the scan it had
            and (shadow.types_changed or shadow.view.changes != self._view_changes)
        ):
            self._view_changes = shadow.view.changes
            wanted = shadow.client_types
            if wanted is not self._client_intercept:
                self._client_intercept = wanted
                scanner.set_intercept(wanted)
            self._follow_plain()
        elif self._follows_copy and self._backlog is None:
            self._follow_plain()  # the session's copy of the store may have fallen behind
        synced = self.state.sync_points_sent  # before these bytes
        try:
            events = scanner.feed(data)
        except m.ProtocolViolation as exc:
            log.info("protocol violation from client: %s", exc, extra={"session": self.id})
            self.fail("08P01", str(exc))
            return
        self.state.sync_points_sent = scanner.counted
        if self._backlog is not None:
            self._backlog.extend(events)
            return
        if len(events) == 1 and events[0] is data:
            upstream = self.upstream
            if upstream.transport is not None and not upstream.lost:  # type: ignore[union-attr]
                upstream.transport.write(data)  # _Side.write, inlined on the hot path
            return
        self._client_events(events, [], synced)

    def _client_events(self, events: list, out: list[bytes], synced: int | None = None) -> None:
        """Handle scanned client events in order and send the result upstream, unless a message
        goes on in the background or has to wait: what follows it waits in the backlog then.

        `synced` is how many sync points (as the scanner counts them) the client sent before
        the first event, or None if unknown; `events` must then reach the end of what was
        scanned. Sync passes uncut: which segment a message belongs to is counted from it.
        """
        shadow = self.shadow
        # Only sessions that stage writes for an outside store ever have to hold messages back.
        staging = shadow.staging if shadow is not None else None
        counted_to = 0 if synced is not None else -1  # `synced` counts what precedes this
        for index, event in enumerate(events):
            # Only while writes are staged (an attribute) is the gate asked (a property).
            if staging is not None and staging.dirty and shadow.gated and not _copying(event):  # type: ignore[union-attr]
                self._hold_client(events[index:], out)
                return
            if event.__class__ is Message:
                if counted_to != index:
                    synced = self._synced_before(events, index, counted_to, synced)
                    counted_to = index
                quick = shadow.quick_way(event, synced) if shadow is not None else False  # type: ignore[arg-type]
                if quick is True:
                    out.append(event.raw)
                elif quick:
                    out += quick  # type: ignore[arg-type]
                elif not self._client_message(event, out, synced):  # type: ignore[arg-type]
                    self._backlog.extend(events[index + 1 :])  # type: ignore[union-attr]
                    return
                if (
                    shadow is not None
                    and shadow.types_changed
                    and (
                        shadow.client_types is not self._client_intercept
                        # The same types, but plain statements may no longer pass unseen (a
                        # Query or an unnamed Parse ends what the unnamed statement stands for).
                        or shadow.plain_needles is not self._plain_needles
                    )
                ):
                    synced += event.type in SYNC_POINT_TYPES  # type: ignore[operator]
                    self._client_events(self._rescan_client(events[index + 1 :]), out, synced)
                    return
            else:
                out.append(event)
        _write_all(self.upstream, out)  # type: ignore[arg-type]

    def _synced_before(self, events: list, index: int, counted_to: int, synced: int | None) -> int:
        """How many sync points the client sent before the message `events[index]`, given that
        `synced` went before `events[counted_to]` (-1: unknown)."""
        if counted_to < 0 or (counted_to == 0 and events[0].__class__ is not Message):
            # From the end: the first bytes may be the rest of a message counted before them.
            return self._client_scanner.counted - sync_points_in(events[index:])
        return synced + sync_points_in(events[counted_to:index])  # type: ignore[operator]

    def _hold_client(self, events: list, out: list[bytes]) -> None:
        """Queue the client's messages until a hand-over to the store is done."""
        _write_all(self.upstream, out)  # type: ignore[arg-type]
        self._backlog = _HeldForHandOver(events)
        self.client.transport.pause_reading()  # type: ignore[union-attr]

    def _rescan_client(self, events: list) -> list:
        """The shadow side wants other message types since these events were scanned: scan them
        again (for instance Bind once a prepared statement must be looked at)."""
        wanted = self.shadow.client_types  # type: ignore[union-attr]
        self._client_intercept = wanted
        scanner = self._client_scanner
        scanner.set_intercept(wanted)
        self._follow_plain()
        pending = b"".join(e.raw if e.__class__ is Message else e for e in events)
        return scanner.rescan(pending)

    def _follow_plain(self) -> None:
        """Let the client scanner pass plain statements itself (`ShadowSession.plain_needles`)."""
        needles = self.shadow.plain_needles  # type: ignore[union-attr]
        if needles is not self._plain_needles:
            self._plain_needles = needles
            self._client_scanner.set_plain(needles)

    def _client_message(self, message: Message, out: list[bytes], synced: int) -> bool:
        """Handle one intercepted client message, adding what to send to `out`; `synced` sync
        points of the client went before it.

        False when it goes on in the background: `out` has then been sent.
        """
        if message.type == 88:  # 'X' Terminate: the upstream closing next is expected
            self.client_terminated = True
            if self._committed_unstored():
                # Kept back: the upstream must first end the transaction (see close), which
                # starts now, whether or not the client waits for the connection to close.
                self.close()
                return True
        if self.shadow is None:
            out.append(message.raw)
            return True
        try:
            outcome = self.shadow.client_message(message, synced)
        except m.ProtocolViolation as exc:
            _write_all(self.upstream, out)  # type: ignore[arg-type]
            self.fail(exc.sqlstate, str(exc))
            return True
        if isinstance(outcome, list):
            out.extend(outcome)
            return True
        _write_all(self.upstream, out)  # type: ignore[arg-type]
        self._backlog = deque()
        self.client.transport.pause_reading()  # type: ignore[union-attr]
        asyncio.get_running_loop().create_task(self._finish_in_background(outcome))
        return False

    async def _finish_in_background(self, outcome: Awaitable[list[bytes]]) -> None:
        """Wait for a message that needed the store, then carry on with what queued up behind it."""
        try:
            chunks = await outcome
        except PeerClosed:
            self.close()
            return
        except StoreUnavailable as exc:
            self.fail("08006", f"shadow store unavailable: {exc}")
            return
        except m.ProtocolViolation as exc:
            self.fail(exc.sqlstate, str(exc))
            return
        except Exception:
            log.exception("statement handling failed", extra={"session": self.id})
            self.fail("XX000", "internal error in pgstitch")
            return
        if self.closing:
            return
        self._drain_backlog(list(chunks))

    def _drain_backlog(self, out: list[bytes]) -> None:
        """Send what queued up behind a message that waited, until one has to wait again."""
        backlog = list(self._backlog)  # type: ignore[arg-type]
        self._backlog = None
        shadow = self.shadow
        if shadow is not None and (
            shadow.client_types is not self._client_intercept
            or shadow.plain_needles is not self._plain_needles
        ):
            backlog = self._rescan_client(backlog)
        self._client_events(backlog, out)
        if self._backlog is not None:
            return
        if not self.client.lost:
            self.client.transport.resume_reading()  # type: ignore[union-attr]

    def _from_upstream(self, data: bytes) -> None:
        if self._privates:
            self._private_data(data)
            return
        scanner = self._upstream_scanner
        shadow = self.shadow
        if shadow is not None:
            staging = shadow.staging
            if staging is not None and staging.dirty:  # a hand-over may follow ReadyForQuery
                wanted = _UPSTREAM_HOLDING_SWALLOWING if shadow.swallowing else _UPSTREAM_HOLDING
            else:
                wanted = _UPSTREAM_SWALLOWING if shadow.swallowing else _UPSTREAM_SHADOW
            if shadow.retyping:
                wanted = _UPSTREAM_RETYPING[wanted]
            if wanted is not self._upstream_intercept:
                self._upstream_intercept = wanted
                scanner.set_intercept(wanted)
            needs = shadow.upstream_needs
            if needs is not self._upstream_needs:
                if _OBSERVED[needs] is not _OBSERVED[self._upstream_needs]:
                    scanner.set_observe(_OBSERVED[needs])
                self._upstream_needs = needs
        try:
            events = scanner.feed(data)
        except m.ProtocolViolation as exc:
            log.warning("protocol violation from upstream: %s", exc, extra={"session": self.id})
            self.fail("08P01", "invalid message from upstream")
            return
        if len(events) == 1 and events[0] is data:
            client = self.client
            if client.transport is not None and not client.lost:
                client.transport.write(data)  # _Side.write, inlined on the hot path
        else:
            self._upstream_events(events)
            if self._backlog.__class__ is _HeldForHandOver:
                self._release_held()
        if scanner.ready_count != self._ready_counted:
            self._ready_went_by(scanner.ready_count)
        if self.shutdown_requested and self.state.idle:
            self.close_for_shutdown()

    def _release_held(self) -> None:
        """Client messages held for a transaction that staged writes to end go on when its
        ReadyForQuery came without a hand-over (it failed, or another transaction opened)."""
        if not self._handing_over and not self.shadow.gated:  # type: ignore[union-attr]
            self._drain_backlog([])

    def _upstream_events(self, events: list) -> None:
        out: list[bytes] = []
        for index, event in enumerate(events):
            if event.__class__ is Message:
                if event.ready != self._ready_counted:  # type: ignore[union-attr]
                    self._ready_went_by(event.ready)  # type: ignore[union-attr]
                if event.type == 90 and not event.observed and self.shadow is not None:
                    hold = self.shadow.ready_hold(event.body[:1])
                    if hold is not None:
                        _write_all(self.client, out)
                        self._hold_ready(hold, event, events[index + 1 :])
                        return
                self._upstream_message(event, out)  # type: ignore[arg-type]
            else:
                out.append(event)  # type: ignore[arg-type]
        _write_all(self.client, out)

    def _hold_ready(self, hold: Awaitable[bytes], ready: Message, rest: list) -> None:
        """Keep a ReadyForQuery back while the transaction's staged writes go to the store."""
        self._handing_over = True

        async def hand_over() -> None:
            try:
                before = await hold
            except PeerClosed:
                before = b""
            except Exception:
                log.exception("handing staged writes over failed", extra={"session": self.id})
                before = m.encode_error("XX000", "internal error in pgstitch while storing writes")
            finally:
                self._handing_over = False
            if self.upstream is None or self.upstream.lost:
                self.close()
                return
            out = [before] if before else []
            self._upstream_message(ready, out)
            _write_all(self.client, out)
            if self.closing:
                self._close_upstream()
                return
            self._upstream_events(rest)
            if self._backlog is not None and not self.shadow.gated:  # type: ignore[union-attr]
                self._drain_backlog([])

        asyncio.get_running_loop().create_task(hand_over())

    # -- pgstitch's own queries (PrivateQueries) --------------------------------------------------

    def queue_private(self, sql: str) -> tuple[bytes, asyncio.Future[list[Message]]]:
        """A simple Query of pgstitch's own for the caller to put in the upstream stream now,
        and its replies up to ReadyForQuery. Only when nothing of the client's is in flight.

        Asynchronous messages that arrive meanwhile (notifications, parameter changes) go on to
        the client; everything else answers pgstitch and never reaches the client.
        """
        exchange = _PrivateExchange(asyncio.get_running_loop().create_future())
        self._privates.append(exchange)
        if self._upstream_intercept is not _ALL_TYPES:  # the scanner sorts 256 types again
            self._upstream_scanner.set_intercept(_ALL_TYPES)
            self._upstream_intercept = _ALL_TYPES
        return m.encode_query(sql), exchange.done

    def send_private(self, sql: str) -> asyncio.Future[list[Message]]:
        """queue_private, written to the upstream at once."""
        upstream = self.upstream
        if upstream is None or upstream.lost:
            done: asyncio.Future[list[Message]] = asyncio.get_running_loop().create_future()
            done.set_exception(PeerClosed())
            return done
        raw, done = self.queue_private(sql)
        upstream.write(raw)
        return done

    async def run_private(self, sql: str) -> list[Message]:
        """send_private, and wait for the replies."""
        return await self.send_private(sql)

    async def run_private_copy(self, sql: str, data: bytes) -> list[Message]:
        """run_private for a `COPY … FROM STDIN`, with its data sent right behind the Query (if
        the COPY fails, the server skips the data)."""
        upstream = self.upstream
        if upstream is None or upstream.lost:
            raise PeerClosed
        raw, done = self.queue_private(sql)
        chunks = [raw]
        for start in range(0, len(data), _COPY_CHUNK):
            chunks.append(m.encode_message(b"d", data[start : start + _COPY_CHUNK]))
        chunks.append(m.encode_message(b"c"))
        _write_all(upstream, chunks)
        return await done

    def _private_data(self, data: bytes) -> None:
        try:
            events = self._upstream_scanner.feed(data)
        except m.ProtocolViolation as exc:
            log.warning("protocol violation from upstream: %s", exc, extra={"session": self.id})
            self.fail("08P01", "invalid message from upstream")
            return
        out: list[bytes] = []
        for index, event in enumerate(events):
            if event.__class__ is not Message:
                out.append(event)  # the rest of a message passed on before
                continue
            if event.type in _ASYNC_TYPES:
                if event.type == 83:  # 'S'
                    self._parameter_status(event.body)
                out.append(event.raw)
                continue
            exchange = self._privates[0]
            exchange.messages.append(event)
            if event.type == 90:  # 'Z': that query is done
                self._privates.popleft()
                if not exchange.done.done():
                    exchange.done.set_result(exchange.messages)
                if not self._privates:  # anything after it is the client's again
                    _write_all(self.client, out)
                    self._upstream_events(events[index + 1 :])
                    return
        _write_all(self.client, out)

    def _ready_went_by(self, count: int) -> None:
        """ReadyForQuery went by counted by the scanner only, nothing needing it in order (or its
        transaction status, but for the last): handle those up to the `count`th."""
        status = self._upstream_scanner.transaction_status
        went_by = count - self._ready_counted
        self._ready_counted = count
        state = self.state  # `went_by` calls of state.server_ready(status), inlined: hot path
        state.ready_received += went_by
        state.transaction_status = status
        shadow = self.shadow
        if shadow is not None:
            for _ in range(went_by):
                shadow.server_ready(status)

    def _server_ready(self, status: bytes) -> None:
        self.state.server_ready(status)
        if self.shadow is not None:
            self.shadow.server_ready(status)

    def _upstream_message(self, message: Message, out: list[bytes]) -> None:
        kind = message.type
        if kind == 90:  # 'Z' ReadyForQuery
            self._server_ready(message.body[:1])
            if not message.observed:
                out.append(message.raw)
            if self.closing and not self._handing_over and not self._commit_in_flight():
                self._close_upstream()
            return
        if kind == 69:  # 'E'
            fields = m.parse_error_fields(message.body)
            if fields.get("V", fields.get("S")) in ("FATAL", "PANIC"):
                self.state.fatal_seen = True
            if not message.observed and self.shadow is not None:
                out.append(self.shadow.server_error(message))
            return
        if kind == 83:  # 'S' ParameterStatus (observed)
            self._parameter_status(message.body)
            return
        if kind == 67 and message.observed:  # 'C' CommandComplete
            if self.shadow is not None:
                self.shadow.command_complete(message)
            return
        shadow = self.shadow
        if shadow is None:
            out.append(message.raw)
            return
        raw = (
            shadow.described(message) if shadow.retyping and kind in _DESCRIPTIONS else message.raw
        )
        if not shadow.swallow(message):
            out.append(raw)

    def _parameter_status(self, body: bytes) -> None:
        name, _, rest = body.partition(b"\0")
        value = rest.split(b"\0", 1)[0]
        self.server_parameters[name.decode(errors="replace")] = value.decode(errors="replace")
        if self.shadow is not None:
            self._follow_settings()

    def _follow_settings(self) -> None:
        """Tell the shadow side the reported settings it reads statements by."""
        parameters = self.server_parameters
        shadow = self.shadow
        assert shadow is not None
        shadow.standard_strings = parameters.get("standard_conforming_strings", "on") == "on"
        shadow.client_codec = codec_for(parameters.get("client_encoding", "UTF8"))

    # -- ending --------------------------------------------------------------------------------

    def side_lost(self, side: _Side) -> None:
        """One socket closed: end the session, telling the client why if the upstream went away."""
        if side is self.upstream:
            while self._privates:
                exchange = self._privates.popleft()
                if not exchange.done.done():
                    exchange.done.set_exception(PeerClosed())
        expected = self.closing or self.client_terminated
        if side is self.upstream and self.relaying and not self.client.lost and not expected:
            if not self.state.fatal_seen and not self._upstream_scanner.mid_message:
                self.client.write(
                    m.encode_error(
                        "08006", "upstream server closed the connection unexpectedly", "FATAL"
                    )
                )
            log.info("upstream connection lost", extra={"session": self.id})
        if self.relaying or side is self.client:
            self.close()

    def fail(self, code: str, message: str) -> None:
        """Send the client a FATAL error (unless that would land inside a message) and close."""
        if not self.client.lost and not self._upstream_scanner.mid_message:
            self.client.write(m.encode_error(code, message, "FATAL"))
        self.close()

    def request_shutdown(self) -> None:
        """The proxy is stopping: close now if idle, else at the end of the current transaction."""
        self.shutdown_requested = True
        if not self.relaying:
            if self.startup is None:
                self.close()
            return
        if self.state.idle:
            self.close_for_shutdown()

    def close_for_shutdown(self) -> None:
        """Tell the client the proxy is stopping, say goodbye upstream, close both sockets."""
        self.fail("57P01", _SHUTDOWN_MESSAGE)

    def close(self) -> None:
        """Close both sockets (idempotent)."""
        if self.closing:
            return
        self.closing = True
        if self._handing_over or self._commit_in_flight():
            # The upstream stays until the transaction's staged writes are in the store.
            asyncio.get_running_loop().call_later(_HAND_OVER_GRACE, self._close_upstream)
        elif self._committed_unstored():
            loop = asyncio.get_running_loop()
            task = loop.create_task(self._store_committed_then_close())
            _BACKGROUND.add(task)
            task.add_done_callback(_BACKGROUND.discard)
            loop.call_later(_HAND_OVER_GRACE, self._close_upstream)
        else:
            self._close_upstream()
        self.client.close()
        if self.proxy_key is not None:
            self.server.unregister_cancel_key(self.proxy_key[0])
        if self.shadow is not None:
            self.shadow.close()
        if not self.done.done():
            self.done.set_result(None)

    def _upstream_relaying(self) -> bool:
        """True while the upstream is there and the session still relays to it."""
        upstream = self.upstream
        return upstream is not None and not upstream.lost and self.relaying

    def _commit_in_flight(self) -> bool:
        """True when a transaction that staged writes may be ending upstream right now."""
        shadow = self.shadow
        return shadow is not None and shadow.gated and self._upstream_relaying()

    def _committed_unstored(self) -> bool:
        """True when the client left while the transaction after one that committed is open,
        and the committed one's staged writes could not be read for the store yet."""
        shadow = self.shadow
        return (
            shadow is not None
            and shadow.committed_unstored
            and self._upstream_relaying()
            and not self._client_scanner.mid_message
        )

    async def _store_committed_then_close(self) -> None:
        """The client left a transaction open after one that committed: end it (as the server
        would once the connection closes) and hand the committed writes, staged again as they
        were, to the store before closing the upstream."""
        try:
            await self.run_private("ROLLBACK")
            await self.shadow.staging.hand_over(self)  # type: ignore[union-attr]
        except Exception as exc:
            log.warning(
                "committed staged writes were lost with the session: %r",
                exc,
                extra={"session": self.id},
            )
        finally:
            self._close_upstream()

    def _close_upstream(self) -> None:
        if self._upstream_closed:
            return
        self._upstream_closed = True
        if self.upstream is not None:
            if self.relaying and not self.upstream.lost and not self._client_scanner.mid_message:
                self.upstream.write(m.encode_terminate())
            self.upstream.close()


class _PrivateExchange:
    """pgstitch's own query on a session's upstream: the replies so far, and when it is done."""

    __slots__ = ("done", "messages")

    def __init__(self, done: asyncio.Future[list[Message]]) -> None:
        self.done = done
        self.messages: list[Message] = []


def _copying(event: object) -> bool:
    """True for client messages of a COPY FROM STDIN, which never wait behind a hand-over."""
    return event.__class__ is Message and event.type in _COPY_TYPES  # type: ignore[attr-defined]


class _HeldForHandOver(deque):
    """A backlog of client messages waiting for a transaction that staged writes to end
    (`Session._hold_client`), not for a message of their own that went in the background."""


def _write_all(side: _Side, chunks: list[bytes]) -> None:
    """Send chunks in one write: one segment on the wire rather than one per message."""
    if chunks:
        side.write(chunks[0] if len(chunks) == 1 else b"".join(chunks))
        chunks.clear()


def new_cancel_key() -> tuple[int, bytes]:
    """A random (process id, secret) pair handed to clients instead of the backend's own."""
    return secrets.randbelow(2**31 - 1) + 1, secrets.token_bytes(4)
