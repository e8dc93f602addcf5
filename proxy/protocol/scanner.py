"""Finding message boundaries in one direction of an established session, without copying.

The scanner is fed whatever bytes arrived and returns what to forward. Bytes of messages nobody needs
to look at are returned as they came — whole chunks when possible, never re-encoded, even when a
message spans several reads. Messages whose type is *intercepted* are cut out of the stream and
returned complete as `Message` objects for the caller to handle; messages whose type is *observed* stay
in the stream and are also returned as `Message` objects right after the bytes that carry them.
"""

from __future__ import annotations

import struct

from proxy.protocol.messages import ProtocolViolation

_LENGTH = struct.Struct("!I")


class Message:
    """One complete typed message, kept as the bytes it arrived as."""

    __slots__ = ("observed", "raw", "type")

    def __init__(self, type_: int, raw: bytes, observed: bool = False) -> None:
        self.type = type_
        self.raw = raw
        self.observed = observed

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


class MessageScanner:
    """Splits a byte stream of typed messages into pass-through bytes and messages of interest."""

    __slots__ = ("_held", "_intercept", "_max_size", "_observe", "_skip", "count_types", "counted")

    def __init__(
        self,
        intercept: frozenset[int] = frozenset(),
        observe: frozenset[int] = frozenset(),
        count_types: frozenset[int] = frozenset(),
        max_size: int = 1 << 30,
    ) -> None:
        self._intercept = intercept
        self._observe = observe
        self.count_types = count_types
        self._max_size = max_size
        self._skip = 0  # bytes of the current pass-through message not yet seen
        self._held = bytearray()  # a partial header, or a partial message of interest
        self.counted = 0  # how many messages of `count_types` went by

    def set_intercept(self, intercept: frozenset[int]) -> None:
        """Change which message types are cut out of the stream from the next message on."""
        self._intercept = intercept

    def set_observe(self, observe: frozenset[int]) -> None:
        """Change which message types are reported (and still forwarded) from the next one on."""
        self._observe = observe

    @property
    def mid_message(self) -> bool:
        """True when the stream stopped inside a message (nothing can be injected safely)."""
        return self._skip > 0 or bool(self._held)

    def feed(self, data: bytes) -> list[Event]:
        """Scan newly arrived bytes; return, in order, what to forward and the messages of interest."""
        out: list[Event] = []
        skip = self._skip
        n = len(data)
        if skip >= n:
            self._skip = skip - n
            if n:
                out.append(data)
            return out
        if self._held:
            self._held += data
            data = bytes(self._held)
            self._held.clear()
            n = len(data)
        pos = skip
        self._skip = 0
        start = 0
        intercept = self._intercept
        observe = self._observe
        count_types = self.count_types
        max_size = self._max_size
        while pos < n:
            if n - pos < 5:
                if start < pos:
                    out.append(data[start:pos])
                self._held += data[pos:]
                return out
            type_ = data[pos]
            (length,) = _LENGTH.unpack_from(data, pos + 1)
            if length < 4:
                raise ProtocolViolation(f"invalid message length {length}")
            if length > max_size:
                raise ProtocolViolation(
                    f"message of {length} bytes exceeds the limit of {max_size} bytes"
                )
            end = pos + 1 + length
            if type_ in intercept or type_ in observe:
                if end > n:
                    # Held back until complete; scanned (and counted) again then.
                    if start < pos:
                        out.append(data[start:pos])
                    self._held += data[pos:]
                    return out
                if type_ in count_types:
                    self.counted += 1
                if type_ in intercept:
                    if start < pos:
                        out.append(data[start:pos])
                    out.append(Message(type_, data[pos:end]))
                    start = end
                else:
                    out.append(data[start:end] if start or end != n else data)
                    out.append(Message(type_, data[pos:end], observed=True))
                    start = end
            else:
                if type_ in count_types:
                    self.counted += 1
                if end > n:
                    self._skip = end - n
                    pos = n
                    break
            pos = end
        if start < n:
            out.append(data if start == 0 else data[start:])
        return out
