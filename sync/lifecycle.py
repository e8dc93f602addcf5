"""What sync must do about each shadow column, given the live catalog: a pure plan.

`plan` compares the shadow schema with the live catalog (and the catalog of the previous poll)
and returns actions; the service carries them out. Keeping the decisions here, free of I/O,
keeps every case testable on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from sync.catalog import LiveCatalog, TableName
from sync.settings import SyncSettings

ColumnKey = tuple[str, str, str]


@dataclass(frozen=True)
class StartLanding:
    """The column appeared in the database: validate it and land its parked values."""

    column: ShadowColumn


@dataclass(frozen=True)
class ContinueLanding:
    """The column is landing (maybe a previous leader died): fence, drain, cut over."""

    column: ShadowColumn


@dataclass(frozen=True)
class Unland:
    """The landing column vanished again (the migration was rolled back): serve it again."""

    column: ShadowColumn


@dataclass(frozen=True)
class FollowRename:
    """The table was renamed (same OID, new name): move its shadow columns and parked values."""

    old: TableName
    new: TableName
    columns: tuple[ShadowColumn, ...]


@dataclass(frozen=True)
class Reject:
    """The column can no longer land (its table was dropped); its parked values are kept."""

    column: ShadowColumn
    reason: str


@dataclass(frozen=True)
class Expire:
    """The prediction's ETA passed by the grace period; its parked values are kept."""

    column: ShadowColumn


@dataclass(frozen=True)
class Purge:
    """An expired or rejected column's retention ended: forget its values and the column."""

    column: ShadowColumn


@dataclass(frozen=True)
class RecordUnpredicted:
    """A column landed that no shadow column announced."""

    schema: str
    table: str
    column: str


Action = (
    StartLanding
    | ContinueLanding
    | Unland
    | FollowRename
    | Reject
    | Expire
    | Purge
    | RecordUnpredicted
)

RETIRED = (ColumnState.EXPIRED, ColumnState.REJECTED)


def plan(
    schema: ShadowSchema,
    catalog: LiveCatalog,
    *,
    previous: LiveCatalog | None,
    known_oids: dict[TableName, int],
    retired_at: dict[ColumnKey, datetime],
    now: datetime,
    settings: SyncSettings,
) -> list[Action]:
    """The actions one poll calls for, in schema order (renames and unpredicted columns last)."""
    actions: list[Action] = []
    renames: dict[TableName, tuple[TableName, list[ShadowColumn]]] = {}
    for col in schema.columns:
        if col.state == ColumnState.LANDED:
            continue
        table = catalog.get(col.schema, col.table)
        if table is None:
            moved_to = _renamed_to(col, catalog, previous, known_oids)
            if moved_to is not None:
                renames.setdefault((col.schema, col.table), (moved_to, []))[1].append(col)
            elif _table_was_known(col, previous, known_oids) and col.state not in RETIRED:
                actions.append(Reject(col, "its table was dropped"))
            elif _retention_over(col, retired_at, now, settings):
                actions.append(Purge(col))
            elif _expired(col, now, settings):
                actions.append(Expire(col))
            continue
        if table.column(col.column) is not None:
            if col.state == ColumnState.LANDING:
                actions.append(ContinueLanding(col))
            elif col.state != ColumnState.REJECTED:
                actions.append(StartLanding(col))
            elif _retention_over(col, retired_at, now, settings):
                actions.append(Purge(col))
        elif col.state == ColumnState.LANDING:
            actions.append(Unland(col))
        elif _expired(col, now, settings):
            actions.append(Expire(col))
        elif _retention_over(col, retired_at, now, settings):
            actions.append(Purge(col))
    for old, (new, columns) in renames.items():
        actions.append(FollowRename(old, new, tuple(columns)))
    if previous is not None:
        actions.extend(_unpredicted(schema, catalog, previous))
    return actions


def _expired(col: ShadowColumn, now: datetime, settings: SyncSettings) -> bool:
    """A prediction (not a declaration) whose ETA passed by the grace period."""
    return (
        col.state in (ColumnState.PREDICTED, ColumnState.ACTIVE)
        and "declared" not in col.sources
        and col.eta is not None
        and now > col.eta + timedelta(seconds=settings.grace_period)
    )


def _retention_over(
    col: ShadowColumn, retired_at: dict[ColumnKey, datetime], now: datetime, settings: SyncSettings
) -> bool:
    if col.state not in RETIRED:
        return False
    since = retired_at.get(col.key)
    return since is not None and now > since + timedelta(seconds=settings.retention)


def _known_oid(
    col: ShadowColumn, previous: LiveCatalog | None, known_oids: dict[TableName, int]
) -> int | None:
    oid = known_oids.get((col.schema, col.table))
    if oid is None and previous is not None:
        before = previous.get(col.schema, col.table)
        oid = before.oid if before is not None else None
    return oid


def _table_was_known(
    col: ShadowColumn, previous: LiveCatalog | None, known_oids: dict[TableName, int]
) -> bool:
    return _known_oid(col, previous, known_oids) is not None


def _renamed_to(
    col: ShadowColumn,
    catalog: LiveCatalog,
    previous: LiveCatalog | None,
    known_oids: dict[TableName, int],
) -> TableName | None:
    oid = _known_oid(col, previous, known_oids)
    table = catalog.by_oid(oid) if oid is not None else None
    return table.key if table is not None else None


def _unpredicted(
    schema: ShadowSchema, catalog: LiveCatalog, previous: LiveCatalog
) -> list[RecordUnpredicted]:
    """Columns added to tables that existed at the previous poll, which no shadow column named.

    A column at an attnum the table already had was renamed, not added.
    """
    shadowed = {col.key for col in schema.columns}
    found = []
    for table in catalog.tables.values():
        before = previous.by_oid(table.oid)
        if before is None:
            continue
        for col in table.columns:
            if (
                before.at(col.attnum) is None
                and (table.schema, table.name, col.name) not in shadowed
            ):
                found.append(RecordUnpredicted(table.schema, table.name, col.name))
    return found
