"""Following search_path from one statement of a query string to the next.

A string may change search_path before the statements that depend on it: `SET`, `SET LOCAL`,
`RESET`, `RESET ALL`, `DISCARD ALL`, `SELECT set_config('search_path', '…', is_local)` with
constant arguments; and undo such changes with ROLLBACK, ROLLBACK TO SAVEPOINT or the end of the
transaction holding a SET LOCAL. `PathFollower` plays those statements as Postgres would, from
the path the session had when the string began.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from proxy.rewrite.jsontree import names

Node = dict[str, Any]
# Stands for the session user's schema in a path; whoever knows the user resolves it.
USER = '"$user"'
# What RESET restores: the server's default.
RESET_PATH = (USER, "public")
# The user "$user" stands for is the current role (current_user): a path carries, after its
# schemas, the role `SET ROLE` made current (ROLE + name) and the user `SET SESSION
# AUTHORIZATION` made the session's (SESSION_USER + name), so that they follow transactions
# and savepoints as the path does. No schema name holds a NUL.
ROLE = "\x00role "
SESSION_USER = "\x00session "
# The user the session logged in as, noted by whoever knows it (the proxy), so that "$user"
# can be resolved inside a query string too; no statement changes it.
LOGIN = "\x00login "
_MARK = "\x00"


def schemas(path: tuple[str, ...]) -> tuple[str, ...]:
    """The schema names of a path, without the role it carries."""
    return tuple(name for name in path if not name.startswith(_MARK))


def marks(path: tuple[str, ...]) -> tuple[str, ...]:
    """What a path carries after its schemas: the role and session user set, if any."""
    return tuple(name for name in path if name.startswith(_MARK))


def current_user(path: tuple[str, ...], login: str | None) -> str | None:
    """The user "$user" stands for under `path`: the role set, else the session user set,
    else the login user the path notes, else `login`."""
    session = noted = None
    for name in path:
        if name.startswith(ROLE):
            return name[len(ROLE) :]
        if name.startswith(SESSION_USER):
            session = name[len(SESSION_USER) :]
        elif name.startswith(LOGIN):
            noted = name[len(LOGIN) :]
    if session is not None:
        return session
    return login if noted is None else noted


def _role_of(path: tuple[str, ...]) -> str | None:
    """The role a path carries as set by SET ROLE (or by the connection), else None."""
    for name in path:
        if name.startswith(ROLE):
            return name[len(ROLE) :]
    return None


def resolve_user(path: tuple[str, ...], login: str | None) -> tuple[str, ...]:
    """The schema names of a path with "$user" replaced by the current user (left out when it
    is not known: `login` None and no role set)."""
    if not any(name.startswith(_MARK) or name == USER for name in path):
        return path
    user = current_user(path, login)
    return tuple(
        user if name == USER else name for name in schemas(path) if name != USER or user is not None
    )


@dataclass
class PathFollower:
    """The search_path in force before each statement of one query string.

    `current` is what names resolve with; `session` what stays once the transaction commits
    (SET LOCAL changes only `current`); `begun` what ROLLBACK returns to. Savepoints remember
    both (`savepoints` may hold those of earlier strings of the transaction); rolling back to
    one not known returns to `begun`: it was made before any change the follower was shown.
    `params` are the values bound to the statements' `$n` (text, None for NULL), when known;
    `reset` is what RESET and DISCARD ALL return to: the path the session started with.
    """

    current: tuple[str, ...]
    session: tuple[str, ...] | None = None
    begun: tuple[str, ...] | None = None
    savepoints: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    params: Sequence[str | None] = ()
    reset: tuple[str, ...] = RESET_PATH

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = self.current
        if self.begun is None:
            self.begun = self.session

    def after(self, stmt: Node) -> tuple[str, ...] | None:
        """Play one statement; the new path when it changed, else None."""
        before = self.current
        kind, body = next(iter(stmt.items()), (None, None))
        if kind == "VariableSetStmt":
            self._variable_set(body)
        elif kind == "DiscardStmt" and body.get("target") == "DISCARD_ALL":
            # The role and session user go back to the session's start too.
            login = tuple(mark for mark in marks(self.current) if mark.startswith(LOGIN))
            started = tuple(name for name in self.reset if not name.startswith(LOGIN))
            self.current = self.session = started + login
        elif kind == "TransactionStmt":
            self._transaction(body)
        elif kind == "SelectStmt":
            for path, local in set_config_changes(body, self.params):
                self._set(self.reset if path is None else path, local)
        return self.current if self.current != before else None

    def _set(self, path: tuple[str, ...], local: bool) -> None:
        """A new search_path: the role set stays."""
        path = schemas(path)
        self.current = path + marks(self.current)
        if not local:
            assert self.session is not None
            self.session = path + marks(self.session)

    def _set_user(self, name: str, value: str | None, local: bool) -> None:
        """SET ROLE (`name` ROLE) or SET SESSION AUTHORIZATION (SESSION_USER); `value` None
        for NONE, DEFAULT and RESET. A new session user drops the role set before it."""

        def changed(path: tuple[str, ...]) -> tuple[str, ...]:
            kept = tuple(
                mark
                for mark in marks(path)
                if not mark.startswith(name)
                and not (name == SESSION_USER and mark.startswith(ROLE))
            )
            return schemas(path) + kept + (() if value is None else (name + value,))

        self.current = changed(self.current)
        if not local:
            assert self.session is not None
            self.session = changed(self.session)

    def _variable_set(self, body: Node) -> None:
        kind = body.get("kind")
        local = bool(body.get("is_local"))
        if kind == "VAR_RESET_ALL":
            self._set(self.reset, local)  # not the role nor the session user
            return
        name = body.get("name")
        if name in ("role", "session_authorization"):
            self._user_set(body, ROLE if name == "role" else SESSION_USER, local)
            return
        if name != "search_path":
            return
        if kind in ("VAR_RESET", "VAR_SET_DEFAULT"):
            self._set(self.reset, local)
        elif kind == "VAR_SET_VALUE":
            path = search_path_set_by({"VariableSetStmt": body})
            if path is not None:
                self._set(path, local)

    def _user_set(self, body: Node, name: str, local: bool) -> None:
        kind = body.get("kind")
        if kind in ("VAR_RESET", "VAR_SET_DEFAULT"):
            # Back to the value the session started with (a role its connection set), if any.
            started = _role_of(self.reset) if name == ROLE else None
            self._set_user(name, started, local)
        elif kind == "VAR_SET_VALUE":
            args = body.get("args", ())
            const = args[0].get("A_Const", {}) if len(args) == 1 else {}
            if "sval" in const:
                value = const["sval"]["sval"]
                # `SET ROLE NONE` (the keyword, lower-cased, or the string 'none').
                none = name == ROLE and value == "none"
                self._set_user(name, None if none else value, local)

    def _transaction(self, body: Node) -> None:
        kind = body.get("kind")
        # BEGIN starts no new transaction: every statement of a string runs in one already,
        # implicit or not, and BEGIN makes an implicit one explicit, statements before it
        # included (a ROLLBACK undoes a SET made before the BEGIN too).
        if kind == "TRANS_STMT_COMMIT":
            self.current = self.begun = self.session
            self.savepoints.clear()
        elif kind == "TRANS_STMT_ROLLBACK":
            self.current = self.session = self.begun
            self.savepoints.clear()
        elif kind == "TRANS_STMT_SAVEPOINT":
            self.savepoints.append((body.get("savepoint_name", ""), self.current, self.session))
        elif kind in ("TRANS_STMT_ROLLBACK_TO", "TRANS_STMT_RELEASE"):
            self._to_savepoint(body.get("savepoint_name", ""), kind == "TRANS_STMT_RELEASE")

    def _to_savepoint(self, name: str, release: bool) -> None:
        for index in range(len(self.savepoints) - 1, -1, -1):
            if self.savepoints[index][0] == name:
                _name, current, session = self.savepoints[index]
                # RELEASE destroys the savepoint too; ROLLBACK TO keeps it for another one.
                del self.savepoints[index + (not release) :]
                if not release:
                    self.current, self.session = current, session
                return
        if not release:
            self.current = self.session = self.begun


def search_path_set_by(stmt: Node) -> tuple[str, ...] | None:
    """The search_path a `SET [LOCAL] search_path = …` statement sets, else None.

    Each value is one schema name, quoted string or not (search_path quotes list items);
    `$user` becomes USER.
    """
    body = stmt.get("VariableSetStmt")
    if not body or body.get("name") != "search_path" or body.get("kind") != "VAR_SET_VALUE":
        return None
    path = []
    for arg in body.get("args", ()):
        const = arg.get("A_Const", {})
        if "sval" not in const:
            return None
        path.append(const["sval"]["sval"])
    return tuple(USER if name == "$user" else name for name in path)


# Clauses after which a SELECT's output list may run on no row or on several.
_ROW_CLAUSES = (
    "fromClause",
    "whereClause",
    "groupClause",
    "havingClause",
    "windowClause",
    "limitCount",
    "limitOffset",
    "valuesLists",
    "op",
)


def set_config_changes(
    body: Node, params: Sequence[str | None] = ()
) -> list[tuple[tuple[str, ...] | None, bool]]:
    """(path, is_local) for each `set_config('search_path', '…', true|false)` with constant
    arguments (or parameters whose bound values `params` gives: PostgREST's
    `set_config('search_path', $1, true)`) that is an output of a SELECT running its output list
    exactly once (no FROM, WHERE, LIMIT…), maybe cast (`set_config(…)::text`: the call runs all
    the same), in the order Postgres evaluates them; other outputs are left be. A path of None
    resets the setting (a NULL value)."""
    if any(body.get(clause) not in (None, [], "SETOP_NONE") for clause in _ROW_CLAUSES):
        return []
    changes = []
    for target in body.get("targetList", ()):
        value = target["ResTarget"].get("val") or {}
        while "TypeCast" in value:
            value = value["TypeCast"].get("arg") or {}
        call = value.get("FuncCall")
        change = None if call is None else _set_config_call(call, params)
        if change is not None:
            changes.append(change)
    return changes


def _set_config_call(
    call: Node, params: Sequence[str | None] = ()
) -> tuple[tuple[str, ...] | None, bool] | None:
    """(path, is_local) of a `set_config('search_path', '…', true|false)` call, else None."""
    if names(call.get("funcname")) not in (["set_config"], ["pg_catalog", "set_config"]):
        return None
    args = [_constant(arg, params) for arg in call.get("args", ())]
    if len(args) != 3 or None in args:
        return None
    setting, value, local = args
    if setting.get("sval", {}).get("sval", "").lower() != "search_path":
        return None
    if "boolval" in local or local.get("isnull"):
        # A NULL is_local is false.
        is_local: bool | None = bool(local.get("boolval", {}).get("boolval"))
    else:
        is_local = parse_bool(local["sval"]["sval"]) if "sval" in local else None
    if is_local is None:
        return None  # not a boolean: Postgres fails (22P02) or the value is not known here
    if value.get("isnull"):
        return None, is_local  # a NULL value resets the setting
    if "sval" not in value:
        return None
    return parse_value(value["sval"]["sval"]), is_local


# Casts an argument of set_config may carry that leave its text as it is (`$1::text`,
# `$2::boolean`: set_config takes text and boolean).
_KEPT_CASTS = (
    ["text"],
    ["pg_catalog", "text"],
    ["pg_catalog", "varchar"],
    ["bool"],
    ["pg_catalog", "bool"],
)


def _constant(arg: Node, params: Sequence[str | None]) -> Node | None:
    """An argument as an A_Const node: a constant, or a parameter `$n` whose bound value is
    known (in text form), maybe cast to text or boolean; None for anything else."""
    cast = arg.get("TypeCast")
    if cast is not None:
        type_name = cast.get("typeName") or {}
        if type_name.get("arrayBounds") or names(type_name.get("names")) not in _KEPT_CASTS:
            return None
        return _constant(cast.get("arg") or {}, params)
    if "A_Const" in arg:
        return arg["A_Const"]
    number = arg.get("ParamRef", {}).get("number", 0)
    if not 0 < number <= len(params):
        return None
    value = params[number - 1]
    return {"isnull": True} if value is None else {"sval": {"sval": value}}


def parse_bool(text: str) -> bool | None:
    """A boolean's text as Postgres reads it (`t`, `Yes`, ` off `, `1`…), None when invalid."""
    word = text.strip().lower()
    if not word:
        return None
    if word in ("1", "0"):
        return word == "1"
    if "true".startswith(word) or "yes".startswith(word):
        return True
    if "false".startswith(word) or "no".startswith(word):
        return False
    if len(word) >= 2 and "on".startswith(word):
        return True
    if len(word) >= 2 and "off".startswith(word):
        return False
    return None


def parse_value(value: str) -> tuple[str, ...]:
    """Split a search_path setting (`"$user", public`) into schema names, quotes removed."""
    names_: list[str] = []
    for part in _split_commas(value):
        part = part.strip()
        if not part:
            continue
        if part.startswith('"') and part.endswith('"') and len(part) >= 2:
            inner = part[1:-1].replace('""', '"')
            names_.append(USER if inner == "$user" else inner)
        else:
            names_.append(USER if part.lower() == "$user" else part.lower())
    return tuple(names_)


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
