"""The sans-I/O codec and scanner: round trips, and garbage that must end in a clean ProtocolViolation."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message, MessageScanner

identifier = st.text(
    alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=20,
)
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


def _scan(scanner: MessageScanner, pieces: list[bytes]) -> tuple[bytes, list[Message]]:
    forwarded, found = [], []
    for piece in pieces:
        for event in scanner.feed(piece):
            if isinstance(event, Message):
                found.append(event)
            else:
                forwarded.append(bytes(event))
    return b"".join(forwarded), found


@given(st.dictionaries(identifier, identifier, max_size=5), identifier)
def test_startup_message_round_trip(params, user):
    params = {**params, "user": user}
    packet = m.encode_startup_message(params)
    decoded = m.parse_startup_packet(packet)
    assert isinstance(decoded, m.StartupMessage)
    assert decoded.parameters == params
    assert decoded.raw == packet
    assert decoded.user == user


def test_special_startup_packets():
    assert isinstance(m.parse_startup_packet(m.encode_ssl_request()), m.SSLRequest)
    gss = struct.pack("!ii", 8, m.GSSENC_REQUEST_CODE)
    assert isinstance(m.parse_startup_packet(gss), m.GSSENCRequest)
    cancel = m.parse_startup_packet(m.encode_cancel_request(4242, b"\x01\x02\x03\x04"))
    assert cancel == m.CancelRequest(4242, b"\x01\x02\x03\x04")


@pytest.mark.parametrize(
    "packet",
    [
        struct.pack("!i", 4),  # shorter than any packet
        struct.pack("!i", 100_000) + b"x" * 10,  # longer than Postgres allows
        struct.pack("!ii", 8, 1234),  # protocol 0.1234
        struct.pack("!ii", 9, m.PROTOCOL_3_0) + b"x",  # parameters not terminated
        struct.pack("!ii", 13, m.PROTOCOL_3_0) + b"user\0",  # user without a value
        struct.pack("!ii", 9, m.PROTOCOL_3_0) + b"\0",  # no user at all
        struct.pack("!ii", 18, m.PROTOCOL_3_0) + b"user\0\xff\xfe\0\0",  # not UTF-8
    ],
)
def test_malformed_startup_packets_are_violations(packet):
    with pytest.raises(m.ProtocolViolation):
        m.parse_startup_packet(packet)


@given(st.binary(max_size=64))
def test_random_startup_bytes_never_escape_as_other_errors(data):
    try:
        if m.startup_packet_length(data) == len(data):
            m.parse_startup_packet(data)
    except m.ProtocolViolation:
        pass


@given(
    st.lists(st.tuples(type_bytes, bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_scanner_forwards_everything_byte_for_byte(frames, cuts):
    data = _frames(frames)
    forwarded, found = _scan(MessageScanner(), _split(data, cuts))
    assert forwarded == data
    assert found == []


@given(
    st.lists(st.tuples(st.sampled_from(b"QPDZ"), bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_scanner_intercepts_and_observes_whatever_the_cuts(frames, cuts):
    data = _frames(frames)
    scanner = MessageScanner(
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
def test_rescan_under_a_new_interception(frames, cuts, boundary, fed, widen):
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
    scanner = MessageScanner(intercept=before, count_types=frozenset(b"QSB"))
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
    expected = MessageScanner(intercept=after, count_types=frozenset(b"QSB"))
    _scan(expected, [data])
    assert [x.raw for x in found] == [x.raw for x in head_found] + [
        m.encode_message(bytes((t,)), b) for t, b in frames[starts.index(boundary) :] if t in after
    ]
    assert len(forwarded) + sum(len(x.raw) for x in found) == len(data)
    assert scanner.counted == expected.counted
    assert not scanner.mid_message


@given(st.binary(max_size=40) | st.text(max_size=20).map(lambda t: t.encode() + b"\0"))
def test_query_decoding_reads_one_c_string(body):
    def outcome(decode):
        try:
            return decode(body)
        except m.ProtocolViolation as exc:
            return str(exc)

    def one_c_string(body: bytes) -> str:
        text, end = m._cstring(body, 0)
        if end != len(body):
            raise m.ProtocolViolation("malformed Query message")
        return text

    assert outcome(m.decode_query) == outcome(one_c_string)


def test_intercepted_message_re_encodes_identically():
    raw = m.encode_query("select 'é'")
    (event,) = MessageScanner(intercept=frozenset(b"Q")).feed(raw)
    assert isinstance(event, Message)
    assert event.encode() == raw


def test_scanner_reports_a_stream_stopped_inside_a_message():
    scanner = MessageScanner()
    scanner.feed(m.encode_query("select 1")[:7])
    assert scanner.mid_message


@pytest.mark.parametrize("length", [0, 3])
def test_bad_message_length_is_a_violation(length):
    with pytest.raises(m.ProtocolViolation, match="invalid message length"):
        MessageScanner().feed(b"Q" + struct.pack("!I", length))


def test_oversized_message_is_a_violation_before_it_is_buffered():
    scanner = MessageScanner(max_size=1000)
    with pytest.raises(m.ProtocolViolation, match="exceeds the limit"):
        scanner.feed(b"Q" + struct.pack("!I", 5000) + b"x" * 10)


@settings(max_examples=300)
@given(st.binary(max_size=200), st.lists(st.integers(min_value=0), max_size=4))
def test_garbage_yields_bytes_or_a_violation_only(data, cuts):
    scanner = MessageScanner(intercept=frozenset(b"QP"), observe=frozenset(b"ZE"), max_size=1 << 20)
    with contextlib.suppress(m.ProtocolViolation):
        _scan(scanner, _split(data, cuts))


@given(st.lists(st.tuples(type_bytes, bodies), min_size=1, max_size=5), st.data())
def test_mutated_frames_yield_bytes_or_a_violation_only(frames, data):
    raw = bytearray(_frames(frames))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        index = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        raw[index] = data.draw(st.integers(min_value=0, max_value=255))
    scanner = MessageScanner(intercept=frozenset(b"Q"), max_size=1 << 16)
    with contextlib.suppress(m.ProtocolViolation):
        _scan(scanner, [bytes(raw)])


def test_error_response_round_trip():
    raw = m.encode_error("08P01", "bad things", "FATAL", detail="d", hint="h")
    assert raw[:1] == b"E"
    fields = m.parse_error_fields(raw[5:])
    assert fields == {
        "S": "FATAL",
        "V": "FATAL",
        "C": "08P01",
        "M": "bad things",
        "D": "d",
        "H": "h",
    }


def test_sasl_mechanisms_round_trip():
    raw = m.encode_auth_sasl(["SCRAM-SHA-256"])
    body = raw[5:]
    assert m.auth_code(body) == m.AUTH_SASL
    assert m.sasl_mechanisms(body) == ["SCRAM-SHA-256"]


def test_backend_key_data_round_trip():
    raw = m.encode_backend_key_data(77, b"\x00\x01\x02\x03")
    assert m.parse_backend_key_data(raw[5:]) == (77, b"\x00\x01\x02\x03")
    with pytest.raises(m.ProtocolViolation):
        m.parse_backend_key_data(b"\x00")


@given(
    identifier,
    st.text(alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",))),
    st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=5),
)
def test_parse_round_trip(name, query, types):
    parse = m.Parse(name, query, tuple(types))
    raw = m.encode_parse(parse)
    assert m.decode_parse(raw[5:]) == parse


def test_query_bind_describe_close_decoding():
    assert m.decode_query(m.encode_query("select 'é'")[5:]) == "select 'é'"
    assert m.bind_statement_name(b"portal\0stmt\0\0\0\0\0\0\0") == "stmt"
    assert m.decode_target(b"Sname\0") == (b"S", "name")
    assert m.decode_target(m.encode_close_statement("s1")[5:]) == (b"S", "s1")
    for bad in (b"", b"Xname\0", b"Sname"):
        with pytest.raises(m.ProtocolViolation):
            m.decode_target(bad)
    with pytest.raises(m.ProtocolViolation):
        m.decode_parse(b"name\0select 1\0\0\x05")
    with pytest.raises(m.ProtocolViolation):
        m.decode_query(b"select 1")


@given(
    st.lists(st.tuples(st.sampled_from(b"DCZE"), bodies), max_size=12),
    st.lists(st.integers(min_value=0), max_size=6),
)
def test_tracked_ready_for_query_is_counted_not_reported(frames, cuts):
    frames = [(t, b"T" if t == ord("Z") else b) for t, b in frames]
    data = _frames(frames)
    scanner = MessageScanner(observe=frozenset(b"E"), track_ready=True)
    forwarded, found = _scan(scanner, _split(data, cuts))
    assert forwarded == data
    assert [x.type for x in found] == [t for t, _ in frames if t == ord("E")]
    assert scanner.ready_count == sum(1 for t, _ in frames if t == ord("Z"))
    if scanner.ready_count:
        assert scanner.transaction_status == b"T"
