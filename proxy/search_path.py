"""Following a session's search_path, so unqualified table names resolve as Postgres resolves them.

search_path is not reported by the server, so the proxy reads it from the startup packet and from
the statements it sees that change it (SET, RESET, RESET ALL, DISCARD ALL, set_config with
constants, or with parameters whose values the session reads in their Bind), and the role
"$user" stands for (SET ROLE, SET SESSION AUTHORIZATION, DISCARD ALL;
proxy/rewrite/pathflow.py plays them, savepoints and transaction ends in the same string
included; SET LOCAL is treated like SET until the transaction ends).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from pglast.parser import ParseError, parse_sql_json

from proxy.rewrite.pathflow import (
    LOGIN,
    RESET_PATH,
    ROLE,
    PathFollower,
    parse_value,
    resolve_user,
    set_config_changes,
)

DEFAULT = RESET_PATH

_OPTION = re.compile(r"(?:-c\s*|--)search_path=((?:\\.|[^\s\\])+)", re.IGNORECASE)


def from_startup(parameters: dict[str, str], default: str | None = None) -> tuple[str, ...]:
    """The search_path a session starts with: a startup parameter, `options`, else `default`
    (the setting ALTER ROLE/DATABASE … SET or the server give it), else the built-in one."""
    if "search_path" in parameters:
        return parse_value(parameters["search_path"])
    match = _OPTION.search(parameters.get("options", ""))
    if match:
        return parse_value(match.group(1).replace("\\", ""))
    return DEFAULT if default is None else parse_value(default)


_ROLE_OPTION = re.compile(r"(?:-c\s*|--)role=((?:\\.|[^\s\\])+)", re.IGNORECASE)


def role_from_startup(parameters: dict[str, str]) -> tuple[str, ...]:
    """The role a session's connection sets (a `role` startup parameter, as asyncpg's
    server_settings send it, or `-c role=…` in `options`), carried after the path's schemas
    (`pathflow.ROLE`): "$user" stands for it from the start, and RESET ROLE returns to it."""
    role = parameters.get("role")
    if role is None:
        match = _ROLE_OPTION.search(parameters.get("options", ""))
        role = match.group(1).replace("\\", "") if match else None
    if role is None or role == "none":
        return ()
    return (ROLE + role,)


def for_rewriter(path: tuple[str, ...], user: str) -> tuple[str, ...]:
    """The session's path as the rewriter takes it: "$user" left for it to resolve, the login
    user noted after the schemas (`pathflow.LOGIN`), so that a `SET ROLE` inside a query
    string changes what "$user" stands for in the statements after it, as in Postgres."""
    return (*path, LOGIN + user)


def resolve(path: tuple[str, ...], user: str) -> tuple[str, ...]:
    """The schema names of a path with "$user" replaced by the current user: the role the
    session set (SET ROLE, SET SESSION AUTHORIZATION), else `user`, the one it logged in as."""
    return resolve_user(path, user)


def statements_of(sql: str) -> list[dict]:
    """The parsed statements of a query string (libpg_query's JSON), [] when it does not parse."""
    try:
        return [entry["stmt"] for entry in json.loads(parse_sql_json(sql))["stmts"]]
    except (ParseError, RecursionError, ValueError):
        return []


_PARAMETER = re.compile(r"\$(\d+)")


def set_from_parameters(sql: str) -> bool:
    """Whether `sql` sets search_path with `set_config('search_path', $n, …)`: only the values
    of its Bind tell to what (PostgREST sets it so on every request)."""
    lowered = sql.lower()
    if "set_config" not in lowered or "search_path" not in lowered:
        return False
    numbers = [int(n) for n in _PARAMETER.findall(sql)]
    if not numbers:
        return False
    # Any parameter taken for a path (and for `is_local`): more changes than constants give.
    bound = ("t",) * min(max(numbers), 65535)
    for stmt in statements_of(sql):
        body = stmt.get("SelectStmt")
        if body and len(set_config_changes(body, bound)) > len(set_config_changes(body)):
            return True
    return False


class SearchPathTracker:
    """The session's search_path, following SET/RESET and the end of the transactions they were in.

    A change is tentative until its transaction ends: kept on COMMIT (or at the end of an
    implicit transaction that raised no error), undone on ROLLBACK or error; SET LOCAL is always
    undone when the transaction ends. While a change is tentative the session must pass on the
    server's command tags (`watching_tags`).
    """

    def __init__(self, initial: tuple[str, ...], reset: tuple[str, ...] = DEFAULT) -> None:
        self.path = initial
        # What RESET and DISCARD ALL return to: the path the session started with.
        self._reset = reset
        self._settled = initial
        self._settled_after_commit: tuple[str, ...] | None = None
        self._failed = False
        self._ended_by: str | None = None
        # Savepoints made while a change was tentative: (name, current path, session path).
        self._savepoints: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []

    @property
    def untouched(self) -> bool:
        """True while the path is the one the session started with, nothing tentative."""
        return self.path == self._settled == self._reset and not self.watching_tags

    @property
    def watching_tags(self) -> bool:
        """True while a change waits for its transaction to end."""
        return self._settled_after_commit is not None

    def statement(self, sql: str, params: Sequence[str | None] = ()) -> None:
        """The client sent this statement text: one that may change search_path, or, while a
        change is tentative, one that may make, release or roll back to a savepoint. `params`:
        the text values bound to its `$n`, when it is executed with them."""
        pending = self._settled_after_commit
        session = self._settled if pending is None else pending
        # With nothing tentative, every savepoint holds the settled path, as does one unknown.
        if pending is None:
            self._savepoints = []
        flow = PathFollower(
            self.path,
            session=session,
            begun=self._settled,
            savepoints=self._savepoints,
            params=params,
            reset=self._reset,
        )
        for stmt in statements_of(sql):
            flow.after(stmt)
        if flow.current == self.path and flow.session == session:
            return
        if pending is None:
            self._failed = False
            self._ended_by = None
        self._settled_after_commit = flow.session
        self.path = flow.current

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
        self._savepoints = []
