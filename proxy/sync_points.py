"""Counting the sync points (Query, Sync, FunctionCall) in client events the scanner returned.

Sessions let Sync pass without cutting it out; when a message they do handle needs to know which
Sync-delimited segment it belongs to, the sync points in the bytes around it are counted here,
only then, the way the scanner counts them: a message counts once its header went by.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from proxy.protocol.scanner import Message
from proxy.protocol.state import SYNC_POINT_TYPES

_HEADER = struct.Struct("!BI")


def sync_points_in(events: Iterable[bytes | memoryview | Message]) -> int:
    """How many sync points start in `events`, read from a message boundary.

    `events` is a stretch of scanner output, in order: pass-through bytes (which may end inside
    a message that goes on in the next bytes event) and whole messages.
    """
    count = 0
    skip = 0  # bytes of a message begun in an earlier event
    header = b""  # the start of a header cut off at the end of an earlier event
    unpack = _HEADER.unpack_from
    for event in events:
        if event.__class__ is Message:
            count += event.type in SYNC_POINT_TYPES  # type: ignore[union-attr]
            skip, header = 0, b""
            continue
        data = bytes(event) if header or event.__class__ is memoryview else event
        if header:
            data, header = header + data, b""  # type: ignore[operator]
        n = len(data)  # type: ignore[arg-type]
        pos = skip
        while pos + 5 <= n:
            type_, length = unpack(data, pos)  # type: ignore[arg-type]
            count += type_ in SYNC_POINT_TYPES
            pos += 1 + length
        if pos < n:
            header = data[pos:]  # type: ignore[index]
            skip = 0
        else:
            skip = pos - n
    return count
