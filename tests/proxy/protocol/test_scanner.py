"""The message scanner, each test against both implementations (Python and compiled)."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message

bodies = st.binary(max_size=300)
type_bytes = st.integers(min_value=0x20, max_value=0x7E)


def _frames(types_and_bodies: list[tuple[int, bytes]]) -> bytes:
    return b"".join(m.encode_message(bytes((t,)), b) for t, b in types_and_bodies)


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces, last = [], 0
    for point in points:
        pieces.append(data[last:point])
        last = point
    pieces.append(data[last:])
    return pieces


def _scan(scanner, pieces: list[bytes]) -> tuple[bytes, list[Message]]:
    forwarded, found = [], []
    for piece in pieces:
        for event in scanner.feed(piece):
            if isinstance(event, Message):
                found.append(event)
            else:
                forwarded.append(bytes(event))
    return b"".join(forwarded), found


@given(
    st.lists(st.tuples(type_bytes, bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_scanner_forwards_everything_byte_for_byte(scanner_class, frames, cuts):
    data = _frames(frames)
    forwarded, found = _scan(scanner_class(), _split(data, cuts))
    assert forwarded == data
    assert found == []


@given(
    st.lists(st.tuples(st.sampled_from(b"QPDZ"), bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_scanner_intercepts_and_observes_whatever_the_cuts(scanner_class, frames, cuts):
    data = _frames(frames)
    scanner = scanner_class(
        intercept=frozenset(b"Q"), observe=frozenset(b"Z"), count_types=frozenset(b"QP")
    )
    forwarded, found = _scan(scanner, _split(data, cuts))
    assert forwarded == _frames([(t, b) for t, b in frames if t != ord("Q")])
    assert [(x.type, x.body, x.observed) for x in found] == [
        (t, b, t == ord("Z")) for t, b in frames if t in b"QZ"
    ]
    assert scanner.counted == sum(1 for t, _ in frames if t in b"QP")
    assert not scanner.mid_message


@given(
    st.lists(st.tuples(st.sampled_from(b"QBDES"), bodies), min_size=1, max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
    st.integers(min_value=0),
    st.integers(min_value=0),
    st.booleans(),
)
def test_rescan_under_a_new_interception(scanner_class, frames, cuts, boundary, fed, widen):
    """Switching interception at a message boundary while later bytes were already scanned."""
    data = _frames(frames)
    starts = [0]
    for _type, body in frames:
        starts.append(starts[-1] + 5 + len(body))
    boundary = starts[boundary % len(starts)]
    fed = boundary + fed % (len(data) - boundary + 1)
    before, after = frozenset(b"QS"), frozenset(b"QSBD")
    if not widen:
        before, after = after, before
    scanner = scanner_class(intercept=before, count_types=frozenset(b"QSB"))
    head, head_found = _scan(scanner, _split(data[:boundary], cuts))
    # Bytes up to `fed` arrive and are scanned the old way; nobody acted on them yet.
    pending = b"".join(
        e.raw if isinstance(e, Message) else bytes(e) for e in scanner.feed(data[boundary:fed])
    )
    scanner.set_intercept(after)
    events = scanner.rescan(pending)
    tail, tail_found = _scan(scanner, [data[fed:]])
    forwarded = head + b"".join(bytes(e) for e in events if not isinstance(e, Message)) + tail
    found = head_found + [e for e in events if isinstance(e, Message)] + tail_found
    expected = scanner_class(intercept=after, count_types=frozenset(b"QSB"))
    _scan(expected, [data])
    assert [x.raw for x in found] == [x.raw for x in head_found] + [
        m.encode_message(bytes((t,)), b) for t, b in frames[starts.index(boundary) :] if t in after
    ]
    assert len(forwarded) + sum(len(x.raw) for x in found) == len(data)
    assert scanner.counted == expected.counted
    assert not scanner.mid_message


def test_intercepted_message_re_encodes_identically(scanner_class):
    raw = m.encode_query("select 'é'")
    (event,) = scanner_class(intercept=frozenset(b"Q")).feed(raw)
    assert isinstance(event, Message)
    assert event.encode() == raw
    assert event.raw is raw  # a message fed alone is not copied


def test_a_chunk_that_only_passes_is_returned_itself(scanner_class):
    scanner = scanner_class(count_types=frozenset(b"S"))
    chunk = m.encode_message(b"P", b"\0select 1\0\0\0") + m.encode_message(b"S")
    events = scanner.feed(chunk)
    assert len(events) == 1 and events[0] is chunk
    partial = m.encode_query("select 1")[:7]
    events = scanner.feed(partial)
    assert len(events) == 1 and events[0] is partial
    rest = m.encode_query("select 1")[7:]
    events = scanner.feed(rest)
    assert len(events) == 1 and events[0] is rest
    assert scanner.counted == 1


def test_memoryviews_come_back_as_memoryviews(scanner_class):
    scanner = scanner_class(intercept=frozenset(b"Q"), track_ready=True)
    data = (
        m.encode_message(b"D", b"row") + m.encode_query("select 1") + m.encode_message(b"Z", b"T")
    )
    view = memoryview(data)
    passed, message, rest = scanner.feed(view)
    assert isinstance(passed, memoryview) and bytes(passed) == data[:8]
    assert isinstance(message.raw, memoryview) and bytes(message.raw) == m.encode_query("select 1")
    assert isinstance(rest, memoryview) and bytes(rest) == data[-6:]
    assert isinstance(scanner.transaction_status, memoryview)
    assert bytes(scanner.transaction_status) == b"T"
    row = memoryview(m.encode_message(b"D", b"a longer row"))
    for piece in (row[:7], row[7:]):  # a header and part of the body, then the rest
        (event,) = scanner.feed(piece)
        assert event is piece


def test_scanner_reports_a_stream_stopped_inside_a_message(scanner_class):
    scanner = scanner_class()
    scanner.feed(m.encode_query("select 1")[:7])
    assert scanner.mid_message


@pytest.mark.parametrize("length", [0, 3])
def test_bad_message_length_is_a_violation(scanner_class, length):
    with pytest.raises(m.ProtocolViolation, match=f"^invalid message length {length}$"):
        scanner_class().feed(b"Q" + struct.pack("!I", length))


def test_oversized_message_is_a_violation_before_it_is_buffered(scanner_class):
    scanner = scanner_class(max_size=1000)
    with pytest.raises(
        m.ProtocolViolation, match=r"^message of 5000 bytes exceeds the limit of 1000 bytes$"
    ):
        scanner.feed(b"Q" + struct.pack("!I", 5000) + b"x" * 10)


def test_counters_stand_where_a_violation_stopped_the_scan(scanner_class):
    scanner = scanner_class(count_types=frozenset(b"S"), track_ready=True)
    scanner.feed(m.encode_message(b"S")[:3])
    data = m.encode_message(b"S")[3:] + m.encode_message(b"Z", b"E") + b"S" + struct.pack("!I", 2)
    with pytest.raises(m.ProtocolViolation):
        scanner.feed(data)
    assert (scanner.counted, scanner.ready_count, scanner.transaction_status) == (1, 1, b"E")
    assert not scanner.mid_message


def test_message_types_out_of_range_are_refused_alike(scanner_class):
    with pytest.raises(IndexError):
        scanner_class(intercept=frozenset([256]))
    with pytest.raises(TypeError):
        scanner_class(observe=frozenset(["Q"]))
    scanner = scanner_class()
    with pytest.raises(IndexError):
        scanner.set_observe(frozenset([-300]))
    assert scanner.feed(b"Q") == [] and scanner.mid_message  # the old settings still hold


@settings(max_examples=300)
@given(st.binary(max_size=200), st.lists(st.integers(min_value=0), max_size=4))
def test_garbage_yields_bytes_or_a_violation_only(scanner_class, data, cuts):
    scanner = scanner_class(intercept=frozenset(b"QP"), observe=frozenset(b"ZE"), max_size=1 << 20)
    with contextlib.suppress(m.ProtocolViolation):
        _scan(scanner, _split(data, cuts))


@given(st.lists(st.tuples(type_bytes, bodies), min_size=1, max_size=5), st.data())
def test_mutated_frames_yield_bytes_or_a_violation_only(scanner_class, frames, data):
    raw = bytearray(_frames(frames))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        index = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        raw[index] = data.draw(st.integers(min_value=0, max_value=255))
    scanner = scanner_class(intercept=frozenset(b"Q"), max_size=1 << 16)
    with contextlib.suppress(m.ProtocolViolation):
        _scan(scanner, [bytes(raw)])


@given(
    st.lists(st.tuples(st.sampled_from(b"DCZE"), bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_tracked_ready_for_query_is_counted_not_reported(scanner_class, frames, cuts):
    frames = [(t, b"T" if t == ord("Z") else b) for t, b in frames]
    data = _frames(frames)
    scanner = scanner_class(observe=frozenset(b"E"), track_ready=True)
    forwarded, found = _scan(scanner, _split(data, cuts))
    assert forwarded == data
    assert [x.type for x in found] == [t for t, _ in frames if t == ord("E")]
    assert scanner.ready_count == sum(1 for t, _ in frames if t == ord("Z"))
    if scanner.ready_count:
        assert scanner.transaction_status == b"T"
