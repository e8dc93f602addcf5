"""The compiled scanner against the Python one: random and mutated frames, cut at random places,
fed as bytes, bytearray or memoryview, with settings changed (plain statements let through or
not, with random needles) and pending events scanned again between feeds. Both must give the
same events, counters, held bytes, kept statement texts and errors, step by step."""

from __future__ import annotations

import struct

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message, PythonMessageScanner
from tests.proxy.protocol.implementations import compiled

# Types the proxy cares about, and any byte at all now and then.
TYPES = st.sampled_from(b"QPBDESZZZZXC1dHc") | st.integers(min_value=0, max_value=255)
TYPE_SETS = st.frozensets(st.sampled_from(b"QPBDESZXC1d"), max_size=6) | st.just(frozenset(b"QPX"))
# Mostly large enough; now and then small enough to refuse some of the messages.
MAX_SIZES = st.sampled_from([1 << 30] * 7 + [64, 9, 4])


LENGTHS = (
    st.integers(min_value=0, max_value=3)  # too short
    | st.sampled_from([4, 5, 6, 100, 1 << 20, 1 << 31, (1 << 32) - 1])
    | st.integers(min_value=0, max_value=(1 << 32) - 1)
)


# Words of statement texts, in any case, and the needles looked for in them.
WORDS = ["select", "SeLeCt", "accounts", "ACCOUNTS", "u&", "search_path", "drop", "é", "1", " "]
NEEDLES = st.lists(st.sampled_from([b"accounts", b"u&", b"drop", b"\xc3\xa9", b"Acc", b""]))
PLAIN = st.none() | NEEDLES.map(tuple)


@st.composite
def statements(draw: st.DrawFn) -> tuple[int, bytes]:
    """A Query or Parse frame (type, body): mostly well-formed, now and then not."""
    text = "".join(draw(st.lists(st.sampled_from(WORDS), max_size=6))).encode()
    if draw(st.booleans()):
        return 81, text + b"\0" + draw(st.sampled_from([b"", b"", b"\0", b"x"]))
    name = draw(st.sampled_from([b"", b"", b"s1"]))
    count = draw(st.sampled_from([0, 0, 1, 2, -1]))
    types = bytes(max(0, 4 * max(count, 0) + draw(st.sampled_from([0, 0, 0, 1, -2]))))
    return 80, name + b"\0" + text + b"\0" + count.to_bytes(2, "big", signed=True) + types


ANY_FRAME = st.tuples(TYPES, st.binary(max_size=80)) | statements()


@st.composite
def streams(draw: st.DrawFn, frame: st.SearchStrategy = ANY_FRAME) -> bytes:
    """Frames, some of them mutated: a length word replaced, or any byte changed."""
    frames = draw(st.lists(frame, min_size=1, max_size=10))
    starts, raw = [], bytearray()
    for type_, body in frames:
        starts.append(len(raw))
        raw += m.encode_message(bytes((type_,)), body)
    mutation = draw(st.sampled_from(["none", "length", "byte"]))
    if mutation == "length":
        start = draw(st.sampled_from(starts))
        raw[start + 1 : start + 5] = struct.pack("!I", draw(LENGTHS))
    elif mutation == "byte":
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            index = draw(st.integers(min_value=0, max_value=len(raw) - 1))
            raw[index] = draw(st.integers(min_value=0, max_value=255))
    return bytes(raw)


def _as_fed(piece: bytes, how: str) -> bytes | bytearray | memoryview:
    if how == "bytearray":
        return bytearray(piece)
    if how == "memoryview":
        return memoryview(piece)
    return piece


def _event(event: object, fed: object) -> tuple:
    """What one event is, comparable across implementations, identity with the input included."""
    if isinstance(event, Message):
        assert type(event) is Message
        raw = event.raw
        return (
            "message",
            event.type,
            type(raw),
            bytes(raw),
            raw is fed,
            event.observed,
            event.ready,
        )
    return ("bytes", type(event), bytes(event), event is fed)  # type: ignore[arg-type]


def _outcome(method, fed: object) -> tuple:
    """What `method(fed)` gave: its events, described, or its error."""
    try:
        events = method(fed)
    except Exception as exc:
        event(f"error: {type(exc).__name__}")
        return ("error", type(exc), str(exc))
    described = [_event(e, fed) for e in events]
    for kind in {"observed" if d[5] else "intercepted" for d in described if d[0] == "message"}:
        event(f"message {kind}")
    return ("events", described)


def _state(scanner) -> tuple:
    status = scanner.transaction_status
    texts = [scanner.plain_text(ordinal) for ordinal in range(-1, scanner.counted + 2)]
    if any(texts):
        event("plain statement passed")
    return (
        scanner.plain_ordinal,
        texts,
        scanner.counted,
        scanner.ready_count,
        type(status),
        bytes(status),
        scanner.mid_message,
        bytes(scanner._held),
        scanner._skip,
    )


def _pending(events: list) -> bytes:
    return b"".join(bytes(e.raw) if isinstance(e, Message) else bytes(e) for e in events)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    streams(),
    st.lists(st.integers(min_value=0), max_size=8),
    st.data(),
)
def test_compiled_and_python_scanners_agree(stream, cuts, data):
    _agree(stream, cuts, data)


SYNC = st.just((83, b""))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    streams(frame=statements() | statements() | SYNC),
    st.lists(st.integers(min_value=0), max_size=8),
    st.data(),
)
def test_compiled_and_python_scanners_agree_on_statements(stream, cuts, data):
    """Streams of Query, Parse and Sync only, statements intercepted and plain ones let
    through: they pass often."""
    _agree(stream, cuts, data, st.just(frozenset(b"QPX")), NEEDLES.map(tuple))


def _agree(
    stream: bytes,
    cuts: list[int],
    data: st.DataObject,
    intercepts: st.SearchStrategy = TYPE_SETS,
    plain: st.SearchStrategy = PLAIN,
) -> None:
    settings_ = {
        "intercept": data.draw(intercepts),
        "observe": data.draw(TYPE_SETS),
        "count_types": data.draw(TYPE_SETS),
        "max_size": data.draw(MAX_SIZES),
        "track_ready": data.draw(st.booleans()),
    }
    scanners = [PythonMessageScanner(**settings_), compiled()(**settings_)]
    needles = data.draw(plain)
    for scanner in scanners:
        scanner.set_plain(needles)
    points = [*sorted({c % (len(stream) + 1) for c in cuts}), len(stream)]
    last = 0
    last_events: list = []
    for point in points:
        # Settings may change between feeds: as the session does, and as attributes.
        change = data.draw(
            st.sampled_from(["none", "intercept", "observe", "count", "ready", "plain"])
        )
        needles = data.draw(PLAIN)
        value = data.draw(TYPE_SETS)
        flag = data.draw(st.booleans())
        for scanner in scanners:
            if change == "intercept":
                scanner.set_intercept(value)
            elif change == "observe":
                scanner.set_observe(value)
            elif change == "count":
                scanner.count_types = value  # takes effect with the next set_*
            elif change == "ready":
                scanner.track_ready = flag
            elif change == "plain":
                scanner.set_plain(needles)
        if last_events and data.draw(st.booleans()):
            # What the last feed returned after some event was not acted upon: the interception
            # changes and it is scanned again (as a session does after an intercepted message).
            index = data.draw(st.integers(min_value=0, max_value=len(last_events) - 1))
            pending = _pending(last_events[index:])
            intercept = data.draw(TYPE_SETS)
            event("rescan")
            for scanner in scanners:
                scanner.set_intercept(intercept)
            outcomes = [_outcome(s.rescan, pending) for s in scanners]
            assert outcomes[0] == outcomes[1]
            assert _state(scanners[0]) == _state(scanners[1])
        fed_as = data.draw(st.sampled_from(["bytes", "bytes", "bytearray", "memoryview"]))
        piece = _as_fed(stream[last:point], fed_as)
        last = point
        outcomes = [_outcome(s.feed, piece) for s in scanners]
        assert outcomes[0] == outcomes[1]
        assert _state(scanners[0]) == _state(scanners[1])
        if scanners[0].ready_count:
            event("ReadyForQuery counted")
        last_events = _rebuild(outcomes[0][1]) if outcomes[0][0] == "events" else []


def _rebuild(described: list[tuple]) -> list:
    """Events again from their descriptions: bytes and Messages with the same raw bytes."""
    events: list = []
    for item in described:
        if item[0] == "message":
            events.append(Message(item[1], item[3], item[5], item[6]))
        else:
            events.append(item[2])
    return events
