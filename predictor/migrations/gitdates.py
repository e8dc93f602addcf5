"""Dates of migration files from git: the commit that added each file, following renames."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from predictor.changes import parse_timestamp

MARK = "\x1e"


def git_added_dates(directory: Path) -> dict[Path, datetime]:
    """Author date of the commit that added each file under `directory` (empty outside git).

    One `git log` pass over the whole repository, oldest first, so that a file moved into the
    directory from elsewhere keeps the date its first name was added. When that pass fails (a
    shallow or partial clone lacks objects that rename detection needs), the log of the directory
    alone is used.
    """
    try:
        top = _git(directory, "rev-parse", "--show-toplevel").strip()
    except (OSError, subprocess.CalledProcessError):
        return {}
    root = Path(top).resolve()
    inside = directory.resolve()
    log = [
        "log",
        "--reverse",
        "-M",
        "--diff-filter=AR",
        "--name-status",
        "-z",
        f"--format={MARK}%aI",
    ]
    for pathspec in ([], ["--", inside.relative_to(root).as_posix() or "."]):
        try:
            output = _git(root, *log, *pathspec)
        except (OSError, subprocess.CalledProcessError):
            continue
        dates = {}
        for path, ts in _parse_log(output).items():
            full = root / path
            if full.is_relative_to(inside):
                dates[full] = ts
        return dates
    return {}


def _parse_log(output: str) -> dict[str, datetime]:
    added: dict[str, datetime] = {}
    for entry in output.split(MARK)[1:]:
        fields = entry.split("\x00")
        ts = parse_timestamp(fields[0].strip())
        i = 1
        while i < len(fields):
            status = fields[i].strip()
            if status.startswith("A") and i + 1 < len(fields):
                added.setdefault(fields[i + 1], ts)
                i += 2
            elif status.startswith("R") and i + 2 < len(fields):
                old, new = fields[i + 1], fields[i + 2]
                added[new] = added.get(old, ts)
                i += 3
            else:
                i += 1
    return added


def _git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(cwd), *args],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    return result.stdout
