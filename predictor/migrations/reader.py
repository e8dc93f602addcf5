"""`pgstitch history`: a directory of migrations → the change log of DESIGN.md §7."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from predictor.changes import Change
from predictor.migrations.ddl import changes_in_sql
from predictor.migrations.gitdates import git_added_dates
from predictor.migrations.layout import MigrationFile, find_migrations, natural_key, up_section

Report = Callable[[str], None]


class MigrationDirError(ValueError):
    """The migrations directory cannot be read at all."""


def read_migrations(directory: str | Path, report: Report) -> list[Change]:
    """Every schema change in the migrations under `directory`, oldest first.

    Dates come from file (or directory) names, else from git. Files with neither, unreadable files
    and statements that do not parse are reported through `report` and skipped.
    """
    root = Path(directory)
    if not root.is_dir():
        raise MigrationDirError(f"{root}: not a directory")
    files = find_migrations(root)
    if not files:
        raise MigrationDirError(f"{root}: no .sql migration files found")
    git_dates: dict[Path, datetime] | None = None
    dated: list[tuple[datetime, MigrationFile]] = []
    for migration in files:
        ts = migration.date
        if ts is None:
            if git_dates is None:
                git_dates = git_added_dates(root)
            ts = git_dates.get(migration.path.resolve())
        if ts is None:
            report(
                f"{_relative(migration.path, root)}: no date in its name and none in git; skipped"
            )
            continue
        dated.append((ts, migration))
    dated.sort(key=lambda item: (item[0], natural_key(item[1].key)))
    changes: list[Change] = []
    for ts, migration in dated:
        source = _relative(migration.path, root)
        try:
            sql = migration.path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            report(f"{source}: cannot read ({exc.strerror}); skipped")
            continue
        changes.extend(changes_in_sql(up_section(sql), ts, source, report))
    return changes


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
