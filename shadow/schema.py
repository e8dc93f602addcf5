"""The shadow schema: an immutable, versioned snapshot of every shadow column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from shadow.columns import ShadowColumn


@dataclass(frozen=True)
class ShadowSchema:
    """All shadow columns at one version. Every change produces a new snapshot with a higher version."""

    version: int = 0
    columns: tuple[ShadowColumn, ...] = ()
    _by_table: dict[tuple[str, str], tuple[ShadowColumn, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _served: tuple[ShadowColumn, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_table: dict[tuple[str, str], list[ShadowColumn]] = {}
        for col in self.columns:
            if col.served:
                by_table.setdefault((col.schema, col.table), []).append(col)
        object.__setattr__(self, "_by_table", {k: tuple(v) for k, v in by_table.items()})
        object.__setattr__(self, "_served", tuple(c for c in self.columns if c.served))

    @property
    def served(self) -> tuple[ShadowColumn, ...]:
        """The columns the proxy serves (active or landing), in declaration order."""
        return self._served

    def served_for(self, schema: str, table: str) -> tuple[ShadowColumn, ...]:
        """The served shadow columns of one table, in declaration order."""
        return self._by_table.get((schema, table), ())

    def get(self, schema: str, table: str, column: str) -> ShadowColumn | None:
        """The shadow column with this identity, in any state."""
        for col in self.columns:
            if col.key == (schema, table, column):
                return col
        return None

    def with_columns(self, columns: Iterable[ShadowColumn]) -> ShadowSchema:
        """The next version of the schema holding exactly these columns."""
        return ShadowSchema(self.version + 1, tuple(columns))
