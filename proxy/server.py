"""The listening proxy: accepts clients, keeps the sessions and their cancel keys, shuts down gently."""

from __future__ import annotations

import asyncio
import itertools
import logging
import ssl
import time
from dataclasses import dataclass
from getpass import getuser

from proxy.protocol import scanner
from proxy.protocol.messages import CancelRequest
from proxy.session import Session, new_cancel_key
from proxy.shadow_view import ShadowView
from proxy.upstream import Upstream

log = logging.getLogger("pgstitch.server")


@dataclass(frozen=True)
class ProxySettings:
    """What a proxy needs to know to serve: where to listen, where to go, limits and TLS."""

    upstream: Upstream
    host: str = "127.0.0.1"
    port: int = 6432
    max_message_size: int = 128 * 1024 * 1024
    shutdown_timeout: float = 30.0
    tls_cert: str | None = None
    tls_key: str | None = None

    def tls_context(self) -> ssl.SSLContext | None:
        """The server-side TLS context for clients, None without a certificate."""
        if not self.tls_cert:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.tls_cert, self.tls_key)
        return context


class ProxyServer:
    """Accepts client connections and runs one `Session` for each."""

    def __init__(self, settings: ProxySettings, shadow_view: ShadowView | None = None) -> None:
        self.settings = settings
        self.shadow_view = shadow_view
        self.upstream = settings.upstream
        self.managed_database = settings.upstream.database or settings.upstream.user or getuser()
        self.max_message_size = settings.max_message_size
        self.tls_context = settings.tls_context()
        self.sessions: set[Session] = set()
        self.accepted = 0  # client connections accepted since start
        self._ids = itertools.count(1)
        self._cancel_keys: dict[int, Session] = {}
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        """Start listening."""
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            self._new_session, self.settings.host, self.settings.port, reuse_address=True
        )
        sockname = self._server.sockets[0].getsockname()
        log.info(
            "listening on %s:%s, upstream %s, message scanner: %s",
            sockname[0],
            sockname[1],
            self.upstream.address,
            scanner.IMPLEMENTATION,
        )

    @property
    def port(self) -> int:
        """The port actually bound (useful with port 0)."""
        assert self._server is not None
        return self._server.sockets[0].getsockname()[1]

    def _new_session(self):
        self.accepted += 1
        session = Session(self, next(self._ids))
        self.sessions.add(session)
        return session.client

    def forget(self, session: Session) -> None:
        """A session ended."""
        self.sessions.discard(session)

    def register_cancel_key(self, session: Session) -> tuple[int, bytes]:
        """Hand out a fresh proxy-side backend key for this session."""
        while True:
            key = new_cancel_key()
            if key[0] not in self._cancel_keys:
                self._cancel_keys[key[0]] = session
                return key

    def unregister_cancel_key(self, process_id: int) -> None:
        """The session holding this key ended."""
        self._cancel_keys.pop(process_id, None)

    async def cancel(self, request: CancelRequest) -> None:
        """Forward a client's CancelRequest to the backend behind the proxy key it names."""
        session = self._cancel_keys.get(request.process_id)
        if session is None or session.proxy_key is None or session.backend_key is None:
            return
        if session.proxy_key[1] != request.secret:
            return
        await self.upstream.cancel(*session.backend_key)

    async def shutdown(self) -> None:
        """Stop accepting; close idle sessions, give busy ones up to the timeout, then close all."""
        if self._server is not None:
            self._server.close()
        log.info("shutting down, %d sessions open", len(self.sessions))
        for session in list(self.sessions):
            session.request_shutdown()
        deadline = time.monotonic() + self.settings.shutdown_timeout
        while self.sessions and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for session in list(self.sessions):
            session.close_for_shutdown()
        await asyncio.sleep(0)
