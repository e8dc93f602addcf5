"""Why a statement cannot run through pgstitch: an SQLSTATE, a message and where it points."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Refusal:
    """Why a statement cannot run through pgstitch; `location` is a byte offset or None."""

    sqlstate: str
    message: str
    location: int | None


class Refused(Exception):
    """Raised while walking a statement that must be refused."""

    def __init__(self, sqlstate: str, message: str, location: int | None) -> None:
        super().__init__(message)
        self.refusal = Refusal(sqlstate, message, location)
