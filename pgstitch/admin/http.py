"""The admin HTTP server: GET requests, one per connection, answered from a `ProxyState`.

HTTP/1.1 is parsed by h11. Every path but `/health` needs the token when one is configured,
given as `Authorization: Bearer <token>` or as the password of HTTP Basic authentication (which
browsers ask for).
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import logging
from http import HTTPStatus
from typing import Any

import h11

from pgstitch.admin import dashboard, metrics
from pgstitch.admin.state import ProxyState

log = logging.getLogger("pgstitch.admin")

_READ_TIMEOUT = 10.0
_MAX_REQUEST = 16 * 1024
_JSON = "application/json"
_BAD_REQUEST = (
    b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\ncontent-length: 12\r\n"
    b"connection: close\r\n\r\nbad request\n"
)


class AdminServer:
    """Serves the admin API of one proxy process."""

    def __init__(self, state: ProxyState, host: str, port: int, token: str | None = None) -> None:
        self.state = state
        self.host = host
        self.port = port
        self.token = token
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        """Start listening (port 0: any free port, then `self.port` says which)."""
        self._server = await asyncio.start_server(self._connection, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("admin API on %s:%s", self.host, self.port)

    async def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=_MAX_REQUEST)
        try:
            try:
                request = await asyncio.wait_for(_read_request(reader, conn), _READ_TIMEOUT)
            except (TimeoutError, h11.RemoteProtocolError):
                writer.write(_BAD_REQUEST)  # h11 will not frame a response to what it refused
                await writer.drain()
                return
            if request is None:
                return
            try:
                answer = await self._answer(request)
            except Exception:
                log.exception("admin request failed")
                answer = 500, "text/plain", b"internal error\n", []
            writer.write(_response(conn, *answer))
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def _answer(self, request: h11.Request) -> tuple[int, str, bytes, list]:
        """(status, content type, body, extra headers) for one request."""
        path = request.target.decode("latin-1").split("?", 1)[0]
        if request.method != b"GET":
            return 405, "text/plain", b"only GET\n", [("allow", "GET")]
        if path != "/health" and not self._authorized(request):
            challenge = [("www-authenticate", 'Basic realm="pgstitch"')]
            return 401, "text/plain", b"token required\n", challenge
        state = self.state
        if path == "/health":
            healthy, details = await state.health()
            return (200 if healthy else 503), _JSON, _json(details), []
        if path == "/metrics":
            return 200, metrics.CONTENT_TYPE, await metrics.render(state), []
        if path == "/api/status":
            return 200, _JSON, _json(await state.status()), []
        if path == "/api/shadow":
            return 200, _JSON, _json(state.shadow()), []
        if path == "/api/predictions":
            return 200, _JSON, _json(state.predictions()), []
        if path == "/":
            page = dashboard.render(await state.status(), state.shadow(), state.predictions())
            return 200, "text/html; charset=utf-8", page, []
        return 404, "text/plain", b"not found\n", []

    def _authorized(self, request: h11.Request) -> bool:
        if not self.token:
            return True
        expected = self.token.encode()
        for name, value in request.headers:
            if name != b"authorization":
                continue
            scheme, _, credentials = value.partition(b" ")
            if scheme.lower() == b"bearer":
                given = credentials.strip()
            elif scheme.lower() == b"basic":
                try:
                    given = base64.b64decode(credentials.strip(), validate=True).partition(b":")[2]
                except ValueError:
                    return False
            else:
                return False
            return hmac.compare_digest(given, expected)
        return False


async def _read_request(reader: asyncio.StreamReader, conn: h11.Connection) -> h11.Request | None:
    """The request of this connection, once read whole; None when the client went away."""
    request = None
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            data = await reader.read(4096)
            conn.receive_data(data)
            if not data and request is None:
                return None
            continue
        if isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.EndOfMessage):
            return request
        elif isinstance(event, h11.ConnectionClosed):
            return None


def _response(
    conn: h11.Connection, status: int, content_type: str, body: bytes, extra: list
) -> bytes:
    """The bytes of a whole response, which closes the connection."""
    headers = [
        ("content-type", content_type),
        ("content-length", str(len(body))),
        ("connection", "close"),
        ("cache-control", "no-store"),
        *extra,
    ]
    reason = HTTPStatus(status).phrase.encode()
    return b"".join(
        [
            conn.send(h11.Response(status_code=status, headers=headers, reason=reason)),
            conn.send(h11.Data(data=body)),
            conn.send(h11.EndOfMessage()),
        ]
    )


def _json(document: Any) -> bytes:
    return json.dumps(document, indent=2).encode() + b"\n"
