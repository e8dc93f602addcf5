"""Finding message boundaries in one direction of an established session, without copying.

The scanner is fed whatever bytes arrived and returns what to forward. Bytes of messages nobody needs
to look at are returned as they came — whole chunks when possible, never re-encoded, even when a
message spans several reads. Messages whose type is *intercepted* are cut out of the stream and
returned complete as `Message` objects for the caller to handle; messages whose type is *observed* stay
in the stream and are also returned as `Message` objects right after the bytes that carry them.

With `set_plain(needles)`, an intercepted Query or unnamed Parse whose statement text is *plain*
stays in the stream instead: ASCII text in which no needle (lower-case ASCII words) appears,
letter case aside. The scanner keeps the text of the first such statement of each of the last
`PLAIN_TEXTS_KEPT` segments (`plain_text(ordinal)`, `plain_ordinal`): a session that never sees
those statements can still name them in telemetry.

Two implementations give the same events, counters and errors: `PythonMessageScanner` below and
the compiled one of `_cscanner.c`, built when the package is installed with a C compiler at hand.
`MessageScanner` is the compiled one when it can be imported, unless the environment variable
PGSTITCH_PURE_PYTHON is set (to anything but "" or "0").
"""

from __future__ import annotations

import os
import struct
from collections import deque

from proxy.protocol.messages import ProtocolViolation

_LENGTH = struct.Struct("!I")
_HEADER = struct.Struct("!BI")


class Message:
    """One complete typed message, kept as the bytes it arrived as.

    `ready` is how many ReadyForQuery the scanner had counted (`ready_count`) before it. The
    compiled scanner makes these by filling the four slots directly: `__init__` only stores them.
    """

    __slots__ = ("observed", "raw", "ready", "type")

    def __init__(self, type_: int, raw: bytes, observed: bool = False, ready: int = 0) -> None:
        self.type = type_
        self.raw = raw
        self.observed = observed
        self.ready = ready

    @classmethod
    def build(cls, type_: int, body: bytes) -> Message:
        """A message made from its type and body."""
        return cls(type_, bytes((type_,)) + _LENGTH.pack(len(body) + 4) + body)

    @property
    def body(self) -> bytes:
        """The message without its type byte and length word."""
        return self.raw[5:]

    def encode(self) -> bytes:
        """The message on the wire, exactly as received."""
        return self.raw

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.raw, self.observed) == (
            other.raw,
            other.observed,
        )

    def __repr__(self) -> str:
        return f"Message({chr(self.type)!r}, {self.raw!r}, observed={self.observed})"


Event = bytes | memoryview | Message


# How a message type is handled, one byte per type. Kinds below _INTERESTING only pass (and are
# counted with _COUNT): the scanning loop tests just that.
_COUNT, _INTERCEPT, _OBSERVE, _READY = 1, 2, 4, 8
_INTERESTING = 2
_READY_TYPE = 90  # 'Z'
_QUERY, _PARSE = 81, 80  # 'Q', 'P'
# Texts of plain statements kept, one per segment (the statements a pipeline may have in flight).
PLAIN_TEXTS_KEPT = 64


def plain_text(
    data: bytes | bytearray | memoryview,
    start: int,
    end: int,
    type_: int,
    needles: tuple[bytes, ...],
) -> bytes | None:
    """The statement text of the Query or Parse message `data[start:end]` when it is plain: a
    well-formed message (a Parse of the unnamed statement), ASCII text, no needle in it."""
    body = bytes(data[start + 5 : end])
    if type_ == _QUERY:
        if not body or body.find(b"\0") != len(body) - 1:
            return None
        text = body[:-1]
    else:
        if not body or body[0] != 0:
            return None  # a named statement (or a malformed message)
        text_end = body.find(b"\0", 1)
        if text_end < 0 or len(body) < text_end + 3:
            return None
        count = int.from_bytes(body[text_end + 1 : text_end + 3], "big", signed=True)
        if count < 0 or len(body) != text_end + 3 + 4 * count:
            return None
        text = body[1:text_end]
    if not text.isascii():
        return None
    lowered = text.lower()
    for needle in needles:
        if needle in lowered:
            return None
    return text


class PythonMessageScanner:
    """Splits a byte stream of typed messages into pass-through bytes and messages of interest.

    With `track_ready`, ReadyForQuery messages are counted and their transaction status kept
    (`ready_count`, `transaction_status`) without being reported: the hot path of a response.
    """

    __slots__ = (
        "_held",
        "_intercept",
        "_kinds",
        "_max_size",
        "_observe",
        "_plain",
        "_plain_texts",
        "_skip",
        "count_types",
        "counted",
        "plain_ordinal",
        "ready_count",
        "track_ready",
        "transaction_status",
    )

    def __init__(
        self,
        intercept: frozenset[int] = frozenset(),
        observe: frozenset[int] = frozenset(),
        count_types: frozenset[int] = frozenset(),
        max_size: int = 1 << 30,
        track_ready: bool = False,
    ) -> None:
        self._intercept = intercept
        self._observe = observe
        self.count_types = count_types
        self.track_ready = track_ready
        self._max_size = max_size
        self._skip = 0  # bytes of the current pass-through message not yet seen
        self._held = bytearray()  # a partial header, or a partial message of interest
        self.counted = 0  # how many messages of `count_types` went by
        self.ready_count = 0
        self.transaction_status = b"I"
        self._kinds = bytes(256)
        self._plain: tuple[bytes, ...] | None = None
        self._plain_texts: deque[tuple[int, bytes]] = deque(maxlen=PLAIN_TEXTS_KEPT)
        self.plain_ordinal = -1  # the segment of the last plain statement passed, -1: none yet
        self._classify()

    def _classify(self) -> None:
        kinds = [0] * 256
        for type_ in self.count_types:
            kinds[type_] |= _COUNT
        if self.track_ready:
            kinds[_READY_TYPE] |= _READY
        for type_ in self._observe:
            kinds[type_] = (kinds[type_] & ~_READY) | _OBSERVE
        for type_ in self._intercept:
            kinds[type_] = (kinds[type_] & ~(_READY | _OBSERVE)) | _INTERCEPT
        self._kinds = bytes(kinds)

    def set_intercept(self, intercept: frozenset[int]) -> None:
        """Change which message types are cut out of the stream from the next message on."""
        self._intercept = intercept
        self._classify()

    def set_observe(self, observe: frozenset[int]) -> None:
        """Change which message types are reported (and still forwarded) from the next one on."""
        self._observe = observe
        self._classify()

    def set_plain(self, needles: tuple[bytes, ...] | None) -> None:
        """Let plain Query and unnamed Parse messages pass, from the next message on, though
        their type is intercepted (None: cut them out like the others). Needles that are not
        lower-case ASCII can never be in lower-cased ASCII text; they are left out."""
        if needles is None:
            self._plain = None
            return
        self._plain = tuple(n for n in needles if n.isascii() and n == n.lower())

    def plain_text(self, ordinal: int) -> bytes | None:
        """The text of the first plain statement passed in segment `ordinal` (the count of
        sync points before it), if it is among the last kept."""
        for kept_ordinal, text in self._plain_texts:
            if kept_ordinal == ordinal:
                return text
        return None

    def rescan(self, pending: bytes) -> list[Event]:
        """Scan again, with the current settings, what `feed` returned but nobody acted upon yet.

        `pending` is the stream from a message boundary up to what was fed last (returned bytes
        and messages' raw bytes, in order). Messages are counted once, as they were; the scanner
        goes on from where the stream stands, holding or skipping its last message anew.
        """
        kinds = self._kinds
        held = bytes(self._held)
        counted = self.counted
        last, counted_in_pending = _headers(pending, kinds)
        # Messages are counted again as they are scanned: from the count before the first.
        counted_before = counted - counted_in_pending
        if self._skip:
            # The stream stops inside a message that was counted when its header went by.
            counted -= kinds[last] & _COUNT
        self._held.clear()
        self._skip = 0
        self.counted = counted_before
        events = self.feed(pending + held)
        if self._skip:
            counted += kinds[_headers(pending + held, kinds)[0]] & _COUNT
        self.counted = counted
        return events

    @property
    def mid_message(self) -> bool:
        """True when the stream stopped inside a message (nothing can be injected safely)."""
        return self._skip > 0 or bool(self._held)

    def feed(self, data: bytes) -> list[Event]:
        """Scan newly arrived bytes; return, in order, what to forward and the messages of interest."""
        skip = self._skip
        n = len(data)
        if skip >= n:
            self._skip = skip - n
            return [data] if n else []
        if self._held:
            self._held += data
            data = bytes(self._held)
            self._held.clear()
            n = len(data)
        out: list[Event] = []
        pos = skip
        self._skip = 0
        start = 0
        kinds = self._kinds
        max_size = self._max_size
        unpack = _HEADER.unpack_from
        counted = self.counted
        last = n - 5  # the last position where a whole header fits
        while pos <= last:
            type_, length = unpack(data, pos)
            kind = kinds[type_]
            end = pos + 1 + length
            if kind < _INTERESTING and 4 <= length <= max_size:
                # The hot path: a message that only passes (perhaps counted).
                counted += kind
                if end > n:
                    self._skip = end - n
                    self.counted = counted
                    return [data] if start == 0 else [*out, data[start:]]
                pos = end
                continue
            if length < 4:
                self.counted = counted
                raise ProtocolViolation(f"invalid message length {length}")
            if length > max_size:
                self.counted = counted
                raise ProtocolViolation(
                    f"message of {length} bytes exceeds the limit of {max_size} bytes"
                )
            if end > n:
                # Held back until complete; scanned (and counted) again then.
                if start < pos:
                    out.append(data[start:pos])
                self._held += data[pos:]
                self.counted = counted
                return out
            counted += kind & _COUNT
            if kind & _READY:
                self.ready_count += 1
                self.transaction_status = data[pos + 5 : pos + 6]
            elif kind & _INTERCEPT:
                if self._plain is not None and type_ in (_QUERY, _PARSE):
                    text = plain_text(data, pos, end, type_, self._plain)
                    if text is not None:
                        self._passed_plain(counted - (kind & _COUNT), text)
                        pos = end
                        continue
                if start < pos:
                    out.append(data[start:pos])
                out.append(Message(type_, data[pos:end], False, self.ready_count))
                start = end
            else:
                out.append(data[start:end] if start or end != n else data)
                out.append(Message(type_, data[pos:end], True, self.ready_count))
                start = end
            pos = end
        self.counted = counted
        if pos < n:
            # A partial header: what came before it goes on, the rest waits.
            if start < pos:
                out.append(data[start:pos])
            self._held += data[pos:]
            return out
        if start < n:
            out.append(data if start == 0 else data[start:])
        return out

    def _passed_plain(self, ordinal: int, text: bytes) -> None:
        if self.plain_ordinal != ordinal:
            self.plain_ordinal = ordinal
            self._plain_texts.append((ordinal, text))


def _headers(data: bytes, kinds: bytes) -> tuple[int, int]:
    """The type of the last message that starts in `data` (whole messages from its start), and
    how many of those messages count."""
    pos = last = counted = 0
    while pos + 5 <= len(data):
        last = data[pos]
        counted += kinds[last] & _COUNT
        pos += 1 + _LENGTH.unpack_from(data, pos + 1)[0]
    return last, counted


PURE_PYTHON_VARIABLE = "PGSTITCH_PURE_PYTHON"


def compiled_scanner() -> type[PythonMessageScanner] | None:
    """The compiled scanner class, or None when the extension was not built."""
    try:
        from proxy.protocol import _cscanner  # type: ignore[attr-defined]
    except ImportError:
        return None
    _cscanner.bind(Message, ProtocolViolation)
    return _cscanner.MessageScanner


def _pick() -> tuple[type[PythonMessageScanner], str]:
    """The compiled scanner unless it is missing or the Python one is asked for."""
    if os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0"):
        return PythonMessageScanner, "python (forced by PGSTITCH_PURE_PYTHON)"
    compiled = compiled_scanner()
    if compiled is None:
        return PythonMessageScanner, "python (the compiled one is not built)"
    return compiled, "compiled"


# The scanner sessions use, and which one it is (for the startup log line).
MessageScanner, IMPLEMENTATION = _pick()
