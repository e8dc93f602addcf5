"""Counting sync points in scanner output, as the scanner counts them."""

from __future__ import annotations

from proxy.protocol import messages as m
from proxy.protocol.scanner import Message
from proxy.sync_points import sync_points_in

SYNC = m.encode_message(b"S")
BIND = m.encode_message(b"B", b"\0\0\0\0\0\0\0\0")
EXECUTE = m.encode_message(b"E", b"\0\0\0\0\0")
QUERY = m.encode_query("select 1")


def test_counts_query_sync_and_function_call_only() -> None:
    call = m.encode_message(b"F", b"\0\0\0\x01\0\0\0\0\0\0\0\0")
    assert sync_points_in([BIND + EXECUTE + SYNC + QUERY + call + BIND]) == 3


def test_messages_cut_out_count_by_their_type() -> None:
    events = [Message(ord("Q"), QUERY), BIND + SYNC, Message(ord("P"), b"P\0\0\0\x04")]
    assert sync_points_in(events) == 2


def test_a_message_split_over_events_counts_once() -> None:
    stream = BIND + EXECUTE + SYNC + BIND
    for cut in range(1, len(stream)):
        assert sync_points_in([stream[:cut], stream[cut:]]) == 1, cut


def test_a_message_cut_off_at_the_end_counts_when_its_header_is_there() -> None:
    assert sync_points_in([BIND + QUERY[:6]]) == 1
    assert sync_points_in([memoryview(BIND + SYNC)]) == 1
