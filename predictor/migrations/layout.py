"""Finding migration files in the layouts tools use, and the date or version their names carry.

Layouts: plain numbered or timestamped `.sql` files (unix seconds or milliseconds too);
golang-migrate (`<version>_name.up.sql`); dbmate (`<timestamp>_name.sql` with `-- migrate:up` /
`-- migrate:down` sections); goose and sql-migrate (`-- +goose Up` / `-- +migrate Up` sections,
likewise); diesel and Hasura (`<timestamp>_name/up.sql`); Prisma
(`<timestamp>_name/migration.sql`); Flyway (`V<version>__name.sql`); Sqitch (`deploy/name.sql`,
dated by `sqitch.plan`). Down, undo, revert and verify scripts are left out, and so are
migrations for other databases: files tagged with another dialect (`<version>_name.mysql.up.sql`,
as ory/pop writes them beside `.postgres.up.sql`) and files under a directory named after one
(`migrations/mysql/…` beside `migrations/postgres/…`). As ory/pop does, an untagged file is left
out when a file of the same version is tagged for Postgres.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DIRECTORY_FILES = frozenset({"up.sql", "migration.sql"})
DOWN_FILE = re.compile(r"(^down\.sql$)|(\.down\.sql$)|(^U\d[\w.]*__.*\.sql$)", re.IGNORECASE)
OTHER_DIALECTS = frozenset(
    {
        "clickhouse",
        "cockroach",
        "cockroachdb",
        "crdb",
        "mariadb",
        "mssql",
        "mysql",
        "oracle",
        "spanner",
        "sqlite",
        "sqlite3",
        "sqlserver",
        "tidb",
    }
)
POSTGRES_TAGS = frozenset({"postgres", "postgresql", "pg"})
# ory/pop: `<version>_<name>[.<dialect>][.autocommit].up.sql`
POP_VERSION = re.compile(r"^(?P<version>\d+)_")
FLYWAY = re.compile(r"^[VR](?P<version>[\d._]*)__", re.IGNORECASE)
# dbmate's `-- migrate:up`, goose's `-- +goose Up`, sql-migrate's `-- +migrate Up`
SECTION_UP = re.compile(
    r"^\s*--\s*(?:migrate:up|\+goose\s+up|\+migrate\s+up)\b.*$", re.MULTILINE | re.IGNORECASE
)
SECTION_DOWN = re.compile(
    r"^\s*--\s*(?:migrate:down|\+goose\s+down|\+migrate\s+down)\b.*$",
    re.MULTILINE | re.IGNORECASE,
)

_DATE_PATTERNS = (
    # 2023-05-18-191501 (diesel), 2023_05_18_191501, 2023-05-18T19:15:01, 2023-05-18
    re.compile(
        r"^(?P<y>\d{4})[-_.](?P<m>\d{2})[-_.](?P<d>\d{2})"
        r"(?:[-_T.]?(?P<H>\d{2}):?(?P<M>\d{2}):?(?P<S>\d{2})?(?!\d))?"
    ),
    # 20230518191501, 202305181915, 20230518; 20230518191501000000 (with micro- or milliseconds)
    re.compile(
        r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
        r"(?:(?P<H>\d{2})(?P<M>\d{2})(?:(?P<S>\d{2})(?:\d{6}|\d{3})?)?)?(?!\d)"
    ),
)
# 1612345678 (golang-migrate's unix seconds), 1620217231540 (Hasura's unix milliseconds)
UNIX_TIME = re.compile(r"^(?:(?P<s>\d{10})|(?P<ms>\d{13}))(?!\d)")
# A change in a Sqitch plan: `name [dependencies] 2024-01-01T12:00:00Z planner <email> # note`
SQITCH_CHANGE = re.compile(
    r"^(?P<name>[^\s@%#\[][^\s\[]*)\s+(?:\[[^\]]*\]\s+)?"
    r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z?\s"
)
SQITCH_SKIPPED = frozenset({"revert", "verify"})
FIRST_DATE = datetime(1990, 1, 1)
LAST_DATE = datetime(2100, 1, 1)


@dataclass(frozen=True, slots=True)
class MigrationFile:
    """One up-migration: its path, the name that orders it and the date that name carries."""

    path: Path
    key: str
    date: datetime | None


def find_migrations(root: Path) -> list[MigrationFile]:
    """Every up-migration under `root`, in a stable order (by name; dates are sorted later)."""
    found = []
    plan = _sqitch_plan(root)
    for path in sorted(root.rglob("*.sql")):
        if not path.is_file() or DOWN_FILE.search(path.name) or _for_other_dialect(path, root):
            continue
        key = path.parent.name if path.name.lower() in DIRECTORY_FILES else path.name
        date = date_from_name(key)
        if plan is not None:
            top, changes = plan
            folders = path.relative_to(top).parts[:-1]
            if SQITCH_SKIPPED.intersection(folders):
                continue
            if folders[:1] == ("deploy",):
                date = _sqitch_date(changes, path.relative_to(top / "deploy").with_suffix(""))
        found.append(MigrationFile(path, key, date))
    return _without_generic_twins(found)


def _without_generic_twins(found: list[MigrationFile]) -> list[MigrationFile]:
    """Drop an untagged `<version>_x.up.sql` when the same folder has a `.postgres.` file of that
    version: ory/pop runs the dialect's own file instead of the generic one, not both."""
    tagged = {
        (m.path.parent, version)
        for m in found
        if (version := _pop_version(m.path.name)) and POSTGRES_TAGS.intersection(_tags(m.path.name))
    }
    return [
        m
        for m in found
        if _tags(m.path.name) & POSTGRES_TAGS
        or (m.path.parent, _pop_version(m.path.name)) not in tagged
    ]


def _pop_version(name: str) -> str | None:
    match = POP_VERSION.match(name)
    return match["version"] if match else None


def _tags(name: str) -> set[str]:
    """The dot-separated words between a file's name and its extension (`postgres`, `up`, …)."""
    return set(name.lower().split(".")[1:-1])


def _sqitch_plan(root: Path) -> tuple[Path, dict[str, list[datetime]]] | None:
    """The folder of the Sqitch plan that `root` is or is in (its `deploy/` may be given), and
    the dates the plan gives each change, in plan order (a reworked change appears again)."""
    for top in (root, root.parent):
        plan = top / "sqitch.plan"
        if not plan.is_file():
            continue
        changes: dict[str, list[datetime]] = {}
        for line in plan.read_text(encoding="utf-8", errors="replace").splitlines():
            match = SQITCH_CHANGE.match(line.strip())
            if match:
                when = datetime.fromisoformat(match["ts"])
                changes.setdefault(match["name"], []).append(when)
        return top, changes
    return None


def _sqitch_date(changes: dict[str, list[datetime]], script: Path) -> datetime | None:
    """The plan's date of a deploy script: `name.sql` is the change's latest version,
    `name@tag.sql` a reworked change's earlier one."""
    name, _, tag = script.as_posix().partition("@")
    dates = changes.get(name)
    if not dates:
        return None
    return dates[0] if tag else dates[-1]


def _for_other_dialect(path: Path, root: Path) -> bool:
    """Whether the file is meant for another database than Postgres: a dialect tag among the
    dot-separated parts of its name, or a directory below `root` named after the dialect."""
    tags = path.name.lower().split(".")[1:-1]
    folders = [part.lower() for part in path.relative_to(root).parts[:-1]]
    return any(word in OTHER_DIALECTS for word in (*tags, *folders))


def date_from_name(name: str) -> datetime | None:
    """The timestamp a migration's name starts with, if any (Flyway's `V` prefix is allowed)."""
    flyway = FLYWAY.match(name)
    text = flyway.group("version") if flyway else name
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return _checked_date(match)
    match = UNIX_TIME.match(text)
    if match:
        seconds = int(match["s"]) if match["s"] else int(match["ms"]) / 1000
        value = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        return value if FIRST_DATE <= value < LAST_DATE else None
    return None


def _checked_date(match: re.Match[str]) -> datetime | None:
    """The matched date and time; a time that is not one (`20230402418590`) keeps the date, and
    a day 00 (`20191100000001`, versions that only number a month's migrations) the month."""
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    day = (parts["y"], parts["m"], parts["d"])
    clock = (parts.get("H", 0), parts.get("M", 0), parts.get("S", 0))
    candidates = [day + clock, day]
    if parts["d"] == 0:
        candidates.append((parts["y"], parts["m"], 1))
    for candidate in candidates:
        try:
            value = datetime(*candidate)
        except ValueError:
            continue
        return value if FIRST_DATE <= value < LAST_DATE else None
    return None


def natural_key(name: str) -> tuple:
    """Sort key that orders `V2__` before `V10__` and `9_x` before `10_x`."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name.lower()))


def up_section(sql: str) -> str:
    """For files with up and down sections (dbmate, goose, sql-migrate), the up section: from its
    marker to the down marker that follows; else all of the text."""
    up = SECTION_UP.search(sql)
    down = SECTION_DOWN.search(sql, up.end() if up else 0)
    if up is None and down is None:
        return sql
    start = up.end() if up else 0
    return sql[start : down.start()] if down is not None else sql[start:]
