"""A bounded LRU of rewrites, keyed by query text, shadow-schema and catalog versions and search_path."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

MISSING = object()


class RewriteCache:
    """Least-recently-used cache bounded by entry count and by the characters it holds."""

    def __init__(self, max_entries: int = 4096, max_chars: int = 32 * 1024 * 1024) -> None:
        if max_entries < 1 or max_chars < 1:
            raise ValueError("cache bounds must be positive")
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._chars = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def chars(self) -> int:
        """Characters held (keys and rewritten text), the measure of its memory."""
        return self._chars

    def get(self, key: Hashable) -> Any:
        """The cached value, or MISSING."""
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return MISSING
        self._entries.move_to_end(key)
        self.hits += 1
        return entry[0]

    def put(self, key: Hashable, value: Any, size: int) -> None:
        """Remember `value`, counted as `size` characters; too large a value is not kept."""
        if size > self.max_chars // 4:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._chars -= old[1]
        self._entries[key] = (value, size)
        self._chars += size
        while len(self._entries) > self.max_entries or self._chars > self.max_chars:
            _key, (_value, dropped) = self._entries.popitem(last=False)
            self._chars -= dropped

    def clear(self) -> None:
        """Forget everything."""
        self._entries.clear()
        self._chars = 0
