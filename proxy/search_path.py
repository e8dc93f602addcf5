"""Following a session's search_path, so unqualified table names resolve as Postgres resolves them.

search_path is not reported by the server, so the proxy reads it from the startup packet and from
the SET/RESET statements it sees (pure functions; SET LOCAL is treated like SET until the
transaction ends).
"""

from __future__ import annotations

import re

DEFAULT = ('"$user"', "public")

_OPTION = re.compile(r"(?:-c\s*|--)search_path=((?:\\.|[^\s\\])+)", re.IGNORECASE)


def parse_value(value: str) -> tuple[str, ...]:
    """Split a search_path setting (`"$user", public`) into schema names, quotes removed."""
    names: list[str] = []
    for part in _split_commas(value):
        part = part.strip()
        if not part:
            continue
        if part.startswith('"') and part.endswith('"') and len(part) >= 2:
            inner = part[1:-1].replace('""', '"')
            names.append('"$user"' if inner == "$user" else inner)
        else:
            names.append('"$user"' if part.lower() == "$user" else part.lower())
    return tuple(names)


def _split_commas(value: str) -> list[str]:
    parts, current, quoted = [], [], False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def from_startup(parameters: dict[str, str]) -> tuple[str, ...]:
    """The search_path a session starts with: a startup parameter, `options`, or the default."""
    if "search_path" in parameters:
        return parse_value(parameters["search_path"])
    match = _OPTION.search(parameters.get("options", ""))
    if match:
        return parse_value(match.group(1).replace("\\", ""))
    return DEFAULT


def resolve(path: tuple[str, ...], user: str) -> tuple[str, ...]:
    """The schema names of a path with "$user" replaced by the session's user."""
    return tuple(user if name == '"$user"' else name for name in path)


def local_changes_in(sql: str) -> list[tuple[tuple[str, ...] | None, bool]]:
    """The search_path changes made by the statements of `sql`, in order (None = RESET/DEFAULT),
    each with whether it is SET LOCAL."""
    from pglast import parse_sql
    from pglast.enums.parsenodes import VariableSetKind

    try:
        statements = parse_sql(sql)
    except Exception:
        return []
    changes: list[tuple[tuple[str, ...] | None, bool]] = []
    for raw in statements:
        node = raw.stmt
        if type(node).__name__ != "VariableSetStmt" or (node.name or "").lower() != "search_path":
            continue
        local = bool(node.is_local)
        if node.kind in (VariableSetKind.VAR_RESET, VariableSetKind.VAR_SET_DEFAULT):
            changes.append((None, local))
        elif node.kind == VariableSetKind.VAR_SET_VALUE:
            values = []
            for arg in node.args or ():
                value = getattr(arg, "val", None)
                text = getattr(value, "sval", None)
                if text is None:
                    continue
                values.append('"$user"' if text == "$user" else text)
            changes.append((tuple(values), local))
    return changes


class SearchPathTracker:
    """The session's search_path, following SET/RESET and the end of the transactions they were in.

    A change is tentative until its transaction ends: kept on COMMIT (or at the end of an
    implicit transaction that raised no error), undone on ROLLBACK or error; SET LOCAL is always
    undone when the transaction ends. While a change is tentative the session must pass on the
    server's command tags (`watching_tags`).
    """

    def __init__(self, initial: tuple[str, ...]) -> None:
        self.path = initial
        self._settled = initial
        self._settled_after_commit: tuple[str, ...] | None = None
        self._failed = False
        self._ended_by: str | None = None

    @property
    def watching_tags(self) -> bool:
        """True while a change waits for its transaction to end."""
        return self._settled_after_commit is not None

    def statement(self, sql: str) -> None:
        """The client sent this statement text."""
        for change, local in local_changes_in(sql):
            path = DEFAULT if change is None else change
            if self._settled_after_commit is None:
                self._settled_after_commit = self._settled
                self._failed = False
                self._ended_by = None
            if not local:
                self._settled_after_commit = path
            self.path = path

    def command_complete(self, tag: str) -> None:
        """The server completed a command with this tag."""
        if tag in ("COMMIT", "ROLLBACK"):
            self._ended_by = tag

    def error(self) -> None:
        """The server reported an error."""
        self._failed = True

    def ready(self, status: bytes) -> None:
        """ReadyForQuery: at 'I' the transaction that carried a tentative change has ended."""
        if self._settled_after_commit is None or status != b"I":
            return
        committed = self._ended_by == "COMMIT" or (self._ended_by is None and not self._failed)
        if committed:
            self._settled = self._settled_after_commit
        self.path = self._settled
        self._settled_after_commit = None
