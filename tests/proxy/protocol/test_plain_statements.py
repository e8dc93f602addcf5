"""Plain statements (`set_plain`): Query and unnamed Parse messages whose text holds no needle
stay in the stream though their type is intercepted; the scanner keeps their texts by segment.
Each test runs against both implementations."""

from __future__ import annotations

import struct

import pytest

from proxy.protocol import messages as m
from proxy.protocol.scanner import PLAIN_TEXTS_KEPT, Message

STATEMENTS = frozenset(b"QPX")
SYNC_POINTS = frozenset(b"QS")
NEEDLES = (b"accounts", b"search_path", b"u&")


def query(text: bytes) -> bytes:
    return m.encode_message(b"Q", text + b"\0")


def parse(text: bytes, name: bytes = b"", types: tuple[int, ...] = ()) -> bytes:
    body = name + b"\0" + text + b"\0" + struct.pack(f"!h{len(types)}I", len(types), *types)
    return m.encode_message(b"P", body)


SYNC = m.encode_message(b"S", b"")


def _scanner(scanner_class, needles=NEEDLES):
    scanner = scanner_class(intercept=STATEMENTS, count_types=SYNC_POINTS)
    scanner.set_plain(needles)
    return scanner


def _cut(events: list) -> list[bytes]:
    return [bytes(e.raw) for e in events if isinstance(e, Message)]


def test_a_plain_query_passes_with_the_bytes_around_it(scanner_class):
    scanner = _scanner(scanner_class)
    data = query(b"SELECT 1") + query(b"SELECT abalance FROM pgbench_accounts_x")
    # "pgbench_accounts_x" holds the needle "accounts": only the first query passes.
    events = scanner.feed(data)
    assert _cut(events) == [query(b"SELECT abalance FROM pgbench_accounts_x")]
    assert bytes(events[0]) == query(b"SELECT 1")
    assert scanner.counted == 2
    assert scanner.plain_ordinal == 0
    assert scanner.plain_text(0) == b"SELECT 1"
    assert scanner.plain_text(1) is None


def test_a_chunk_of_plain_statements_is_returned_itself(scanner_class):
    scanner = _scanner(scanner_class)
    data = parse(b"SELECT $1", types=(23,)) + SYNC + query(b"select now()")
    events = scanner.feed(data)
    assert len(events) == 1 and events[0] is data
    assert scanner.plain_text(0) == b"SELECT $1"
    assert scanner.plain_text(1) == b"select now()"


@pytest.mark.parametrize(
    "message",
    [
        query(b"SELECT * FROM ACCOUNTS"),  # a needle, in another case
        query(b"SET Search_Path = app"),
        query(b"SELECT U&'\\0041'"),
        query("SELECT 'é'".encode()),  # not ASCII: the session decides
        parse(b"SELECT 1", name=b"s1"),  # a named statement is remembered by the session
        m.encode_message(b"Q", b"SELECT 1\0trailing\0"),  # malformed
        m.encode_message(b"Q", b""),
        m.encode_message(b"P", b"\0SELECT 1\0\0\x01"),  # a parameter count without its types
        m.encode_message(b"P", b"\0SELECT 1\0\xff\xff"),  # a negative count
        m.encode_message(b"P", b"\0SELECT 1\0\0\0extra"),
    ],
)
def test_statements_that_are_not_plain_are_cut_out(scanner_class, message):
    scanner = _scanner(scanner_class)
    assert _cut(scanner.feed(message)) == [message]
    assert scanner.plain_ordinal == -1


def test_needles_that_cannot_be_in_lower_cased_ascii_are_left_out(scanner_class):
    scanner = _scanner(scanner_class, needles=(b"Accounts", "é".encode()))
    assert _cut(scanner.feed(query(b"SELECT * FROM accounts"))) == []


def test_an_empty_needle_makes_nothing_plain(scanner_class):
    scanner = _scanner(scanner_class, needles=(b"",))
    assert _cut(scanner.feed(query(b"SELECT 1"))) == [query(b"SELECT 1")]


def test_without_needles_set_every_statement_is_cut_out(scanner_class):
    scanner = _scanner(scanner_class)
    scanner.set_plain(None)
    assert _cut(scanner.feed(query(b"SELECT 1"))) == [query(b"SELECT 1")]
    scanner.set_plain(())
    assert _cut(scanner.feed(query(b"SELECT 1"))) == []


def test_a_long_text_is_checked_whole(scanner_class):
    scanner = _scanner(scanner_class)
    long_text = b"SELECT " + b"1, " * 5000 + b"x FROM accounts"
    assert _cut(scanner.feed(query(long_text))) == [query(long_text)]
    assert _cut(scanner.feed(query(long_text[:-9]))) == []
    assert scanner.plain_text(1) == long_text[:-9]


def test_only_the_first_plain_statement_of_a_segment_is_kept(scanner_class):
    scanner = _scanner(scanner_class)
    scanner.feed(parse(b"SELECT 1") + parse(b"SELECT 2") + SYNC)
    assert scanner.plain_text(0) == b"SELECT 1"


def test_the_texts_of_the_last_segments_are_kept(scanner_class):
    scanner = _scanner(scanner_class)
    for number in range(PLAIN_TEXTS_KEPT + 3):
        scanner.feed(query(b"SELECT %d" % number))
    assert scanner.plain_text(2) is None
    assert scanner.plain_text(3) == b"SELECT 3"
    assert scanner.plain_text(PLAIN_TEXTS_KEPT + 2) == b"SELECT %d" % (PLAIN_TEXTS_KEPT + 2)
    assert scanner.plain_ordinal == PLAIN_TEXTS_KEPT + 2


def test_a_plain_statement_split_across_reads_passes_when_whole(scanner_class):
    scanner = _scanner(scanner_class)
    data = query(b"SELECT 1")
    assert scanner.feed(data[:7]) == []
    assert [bytes(e) for e in scanner.feed(data[7:])] == [data]
    assert scanner.plain_text(0) == b"SELECT 1"


def test_a_rescan_keeps_segments_in_their_place(scanner_class):
    """Statements cut out before `set_plain` pass when scanned again; their texts are kept under
    the segments they belong to, and the count of sync points stays where it was."""
    scanner = scanner_class(intercept=STATEMENTS, count_types=SYNC_POINTS)
    data = query(b"SELECT 0") + query(b"SELECT 1") + parse(b"SELECT 2") + SYNC
    events = scanner.feed(data)
    assert len(_cut(events)) == 3 and scanner.counted == 3
    scanner.set_plain(NEEDLES)
    pending = b"".join(bytes(e.raw) if isinstance(e, Message) else bytes(e) for e in events[1:])
    assert _cut(scanner.rescan(pending)) == []
    assert scanner.counted == 3
    assert [scanner.plain_text(n) for n in range(4)] == [None, b"SELECT 1", b"SELECT 2", None]
