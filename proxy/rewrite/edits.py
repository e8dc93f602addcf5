"""Text edits on the original query and the pieces of rewritten text they produce.

The rewriter never deparses: it replaces byte ranges of the original text. Every piece of the
result remembers the character offset of the original it stands for, so error positions map
back to what the client wrote. `splice` applies non-overlapping edits to a whole query;
`EditedText.copy` gives one range of it with the edits inside applied, for rewrites that move
or repeat parts of a statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from proxy.rewrite.template import Piece

# A part of an edit: text or a slot (placed at the edit's own origin), or a ready-made piece.
Part = Any


@dataclass(slots=True)
class Edit:
    """Replace bytes [start, end) of the query with `parts`."""

    start: int
    end: int
    parts: list[Part]


class Marker:
    """A placeholder part that the code moving a range of text replaces (see EditedText.copy)."""

    __slots__ = ()


def splice(buf: bytes, edits: list[Edit]) -> tuple[Piece, ...]:
    """Apply non-overlapping edits to the original bytes, keeping where every piece came from."""
    pieces: list[Piece] = []
    position = 0
    chars = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            raise AssertionError(f"overlapping rewrite edits at byte {edit.start}")
        if edit.start > position:
            chunk = buf[position : edit.start].decode("utf-8")
            pieces.append((chunk, chars, True))
            chars += len(chunk)
        text = ""
        for part in edit.parts:
            if type(part) is str:
                text += part
                continue
            if text:
                pieces.append((text, chars, False))
                text = ""
            pieces.append(part if type(part) is tuple else (part, chars, False))
        if text:
            pieces.append((text, chars, False))
        chars += len(buf[edit.start : edit.end].decode("utf-8"))
        position = edit.end
    if position < len(buf):
        pieces.append((buf[position:].decode("utf-8"), chars, True))
    return tuple(pieces)


class EditedText:
    """The original query with a set of edits, read back range by range."""

    def __init__(self, buf: bytes, edits: list[Edit]) -> None:
        self.buf = buf
        self.edits = sorted(edits, key=lambda e: (e.start, e.end))
        self._chars: dict[int, int] = {}

    def origin(self, position: int) -> int:
        """The character offset of byte `position` of the query."""
        chars = self._chars.get(position)
        if chars is None:
            chars = self._chars[position] = len(self.buf[:position].decode("utf-8"))
        return chars

    def copy(
        self, start: int, end: int, substitute: Callable[[Marker], list[Part]] | None = None
    ) -> list[Part]:
        """Bytes [start, end) with the edits inside applied, as pieces.

        Markers among the edits' parts are replaced by what `substitute` gives for them.
        ValueError when an edit crosses the range's bounds.
        """
        parts: list[Part] = []
        position = start
        for edit in self.edits:
            inside = start <= edit.start and edit.end <= end
            if inside and edit.start == edit.end == end and end > start:
                inside = False  # an insertion at the end belongs to what follows
            if not inside:
                if edit.start < end and edit.end > start:
                    raise ValueError(f"rewrite edit at byte {edit.start} crosses a moved range")
                continue
            if edit.start > position:
                parts.append(self._verbatim(position, edit.start))
            origin = self.origin(edit.start)
            for part in edit.parts:
                if isinstance(part, Marker):
                    if substitute is None:
                        raise ValueError("a placeholder was left in a rewrite")
                    parts.extend(substitute(part))
                elif type(part) is tuple:
                    parts.append(part)
                else:
                    parts.append((part, origin, False))
            position = max(position, edit.end)
        if end > position:
            parts.append(self._verbatim(position, end))
        return parts

    def _verbatim(self, start: int, end: int) -> Piece:
        return (self.buf[start:end].decode("utf-8"), self.origin(start), True)
