"""Dates of migration files from git: the commit that added each file, following renames."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from pathlib import Path

from predictor.changes import parse_timestamp

MARK = "\x1e"
VERSION_PREFIX = re.compile(r"^\d+[-_.]+(?=\D)")


def git_added_dates(directory: Path) -> dict[Path, datetime]:
    """Author date of the commit that added each file under `directory` (empty outside git).

    One `git log` pass over the whole repository, oldest first, so that a file moved into the
    directory from elsewhere keeps the date its first name was added. A file renumbered in a commit
    that git does not see as a rename (its text changed too much) keeps its date as well: see
    `_parse_log`. When that pass fails (a shallow or partial clone lacks objects that rename
    detection needs), the log of the directory alone is used.
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
        "--diff-filter=ADR",
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
    """Path → date first added, from `git log --reverse --name-status -z` output.

    Renames carry the old path's date to the new one. So does a renumbering that git reports as a
    deletion and an addition (`0007-add-public.sql` → `0008-add-public.sql` with an edited body):
    in one commit, an added file whose name, without its leading version, is that of exactly one
    file deleted from the same directory keeps the deleted file's date.
    """
    added: dict[str, datetime] = {}
    for entry in output.split(MARK)[1:]:
        fields = entry.split("\x00")
        ts = parse_timestamp(fields[0].strip())
        new_files: list[str] = []
        deleted: list[str] = []
        i = 1
        while i < len(fields):
            status = fields[i].strip()
            if status.startswith(("A", "D")) and i + 1 < len(fields):
                (new_files if status.startswith("A") else deleted).append(fields[i + 1])
                i += 2
            elif status.startswith("R") and i + 2 < len(fields):
                old, new = fields[i + 1], fields[i + 2]
                added[new] = added.get(old, ts)
                i += 3
            else:
                i += 1
        renumbered = _renumbered(deleted, new_files)
        for path in new_files:
            old = renumbered.get(path)
            if old is not None and old in added:
                added[path] = added[old]
            else:
                added.setdefault(path, ts)
    return added


def _renumbered(deleted: list[str], new_files: list[str]) -> dict[str, str]:
    """Added path → the deleted path it renumbers (same directory, same name after the version)."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for path in deleted:
        key = _unversioned(path)
        if key is not None:
            by_key.setdefault(key, []).append(path)
    pairs: dict[str, str] = {}
    taken: set[tuple[str, str]] = set()
    for path in new_files:
        key = _unversioned(path)
        if key is None or len(by_key.get(key, [])) != 1:
            continue
        if key in taken:
            pairs = {new: old for new, old in pairs.items() if _unversioned(new) != key}
            continue
        taken.add(key)
        pairs[path] = by_key[key][0]
    return pairs


def _unversioned(path: str) -> tuple[str, str] | None:
    """(directory, file name without its leading version), or None for a name without one."""
    folder, _, name = path.rpartition("/")
    rest = VERSION_PREFIX.sub("", name, count=1)
    return None if rest == name else (folder, rest)


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
