"""SQL texts read in the session's client_encoding and written back in it, without sockets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.protocol import encodings
from proxy.protocol import messages as m
from proxy.protocol.scanner import Message


def _message(raw: bytes) -> Message:
    return Message(raw[0], raw)


def test_codecs_for_client_encodings():
    assert encodings.codec_for("UTF8") is None
    assert encodings.codec_for("SQL_ASCII") is None
    assert encodings.codec_for("LATIN1") == "latin-1"
    assert encodings.codec_for("win1252") == "cp1252"
    assert encodings.codec_for("SJIS") == "shift_jis"
    assert encodings.codec_for("MULE_INTERNAL") == encodings.UNREADABLE


def test_query_and_parse_texts_become_utf8_and_names_stay_as_they_are():
    query = encodings.to_utf8(
        _message(m.encode_message(b"Q", "SELECT 'été'\0".encode("latin-1"))), "latin-1"
    )
    assert query is not None and m.decode_query(query.body) == "SELECT 'été'"
    body = b"st\xe9\0" + "SELECT 'é' = $1\0".encode("latin-1") + b"\0\x01\0\0\0\x19"
    parse = encodings.to_utf8(_message(m.encode_message(b"P", body)), "latin-1")
    assert parse is not None
    decoded = m.decode_parse(parse.body)
    assert decoded.query == "SELECT 'é' = $1" and decoded.param_types == (25,)
    assert m.encode_parse(decoded) == m.encode_message(
        b"P", b"st\xe9\0" + "SELECT 'é' = $1\0".encode() + b"\0\x01\0\0\0\x19"
    )


def test_text_invalid_in_the_encoding_is_left_to_postgres():
    assert encodings.to_utf8(_message(m.encode_message(b"Q", b"SELECT '\x81'\0")), "cp1252") is None


def test_texts_sent_upstream_go_back_into_the_encoding_other_messages_untouched():
    sync = m.encode_message(b"S")
    bind = m.encode_bind("", ("é",))  # a value is Postgres's to convert
    chunk = m.encode_parse(m.Parse("", "SELECT 'défaut'", ())) + bind + sync
    latin1_parse = m.encode_message(b"P", b"\0" + "SELECT 'défaut'".encode("latin-1") + b"\0\0\0")
    assert encodings.from_utf8([chunk, sync], "latin-1") == [latin1_parse + bind + sync, sync]


def test_a_character_the_encoding_lacks_is_an_error_not_a_question_mark():
    with pytest.raises(encodings.UntranslatableText) as caught:
        encodings.from_utf8([m.encode_query("SELECT '✓'")], "latin-1")
    assert caught.value.sqlstate == "22P05"


@given(st.text(alphabet=st.characters(max_codepoint=255, exclude_characters="\0")))
def test_latin1_texts_make_the_round_trip(text: str):
    raw = m.encode_message(b"Q", text.encode("latin-1") + b"\0")
    inbound = encodings.to_utf8(_message(raw), "latin-1")
    assert inbound is not None and m.decode_query(inbound.body) == text
    assert encodings.from_utf8([inbound.raw], "latin-1") == [raw]
