"""The sans-I/O codec: round trips, and garbage that must end in a clean ProtocolViolation."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.protocol import messages as m

identifier = st.text(
    alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=20,
)


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


@given(st.binary(max_size=40) | st.text(max_size=20).map(lambda t: t.encode() + b"\0"))
def test_query_decoding_reads_one_c_string(body):
    def outcome(decode):
        try:
            return decode(body)
        except m.ProtocolViolation as exc:
            return str(exc)

    def one_c_string(body: bytes) -> str:
        raw, end = m._cstring(body, 0)
        if end != len(body):
            raise m.ProtocolViolation("malformed Query message")
        return m._text(raw)

    assert outcome(m.decode_query) == outcome(one_c_string)


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


def test_bind_values_decoding():
    assert m.bind_values(m.encode_bind("s", ("sales", "t"))[5:]) == ([b"sales", b"t"], (0, 0))
    # One format code for every value; NULL; no values.
    body = b"\0s\0" + struct.pack("!hhhi", 1, 1, 2, -1) + struct.pack("!i", 1) + b"\1\0\0"
    assert m.bind_values(body) == ([None, b"\1"], (1, 1))
    assert m.bind_values(b"\0s\0\0\0\0\0\0\0") == ([], ())
    codes = b"\0\0" + struct.pack("!hhh", 2, 0, 1) + struct.pack("!hi", 2, 1) + b"a"
    assert m.bind_values(codes + struct.pack("!i", 0) + b"\0\0") == ([b"a", b""], (0, 1))
    for bad in (b"\0s\0\0\x01", b"\0s\0\0\0\0\x01\0\0\0\x09ab"):
        with pytest.raises(m.ProtocolViolation):
            m.bind_values(bad)
