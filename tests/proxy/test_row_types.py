"""Whole rows described with their table's row type (proxy/row_types.py)."""

from __future__ import annotations

import struct

from hypothesis import given
from hypothesis import strategies as st

from proxy.row_types import RECORD_OID, retyped

ROW_TYPE = 16402


def _description(*fields: tuple[bytes, int, int]) -> bytes:
    """A RowDescription body of (name, type OID, format) fields."""
    body = struct.pack("!h", len(fields))
    for name, type_oid, fmt in fields:
        body += name + b"\0" + struct.pack("!IhIhih", 0, 0, type_oid, -1, -1, fmt)
    return body


def test_a_named_record_field_gets_the_row_type() -> None:
    body = _description((b"id", 23, 0), (b"a", RECORD_OID, 0), (b"n", 25, 0))
    assert retyped(body, {b"a": ROW_TYPE}) == _description(
        (b"id", 23, 0), (b"a", ROW_TYPE, 0), (b"n", 25, 0)
    )


def test_fields_of_other_names_types_or_formats_stay() -> None:
    body = _description((b"b", RECORD_OID, 0), (b"a", 23, 0), (b"a", RECORD_OID, 1))
    assert retyped(body, {b"a": ROW_TYPE}) is None


def test_several_fields_change() -> None:
    body = _description((b"a", RECORD_OID, 0), (b"x", RECORD_OID, 0))
    assert retyped(body, {b"a": ROW_TYPE, b"x": ROW_TYPE + 1}) == _description(
        (b"a", ROW_TYPE, 0), (b"x", ROW_TYPE + 1, 0)
    )


def test_a_truncated_description_goes_as_it_came() -> None:
    body = _description((b"a", RECORD_OID, 0))
    assert retyped(body[:-3], {b"a": ROW_TYPE}) is None
    assert retyped(b"\0", {b"a": ROW_TYPE}) is None


@given(st.binary(max_size=200))
def test_any_bytes_are_handled(body: bytes) -> None:
    result = retyped(body, {b"a": ROW_TYPE})
    assert result is None or len(result) == len(body)
