"""Release schedule (TOML): features, planned dates, and the tables and columns they will touch.

    [[release]]
    feature = "loyalty"
    date = 2026-10-01              # planned release date
    status = "planned"             # planned | in_progress | shipped | cancelled
    confidence = 0.8               # optional, default 0.7: will it ship about then?
    tables = ["customers"]         # tables it changes, columns unknown yet
    columns = ["orders.points", { table = "customers", column = "tier", type = "text" }]

A release planned after the horizon contributes nothing; one planned inside it is discounted by the
chance it slips past the horizon's end (exponential slip, mean SLIP_DAYS).
"""

from __future__ import annotations

import math
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

from predictor.evidence import (
    RELEASES,
    ColumnEvidence,
    Evidence,
    InputError,
    TableEvidence,
    parse_column_ref,
)

SLIP_DAYS = 21.0
DEFAULT_CONFIDENCE = 0.7
ACTIVE_STATUSES = {"planned", "in_progress"}
STATUSES = ACTIVE_STATUSES | {"shipped", "cancelled"}


def read_releases(path: str | Path, as_of: datetime, horizon_days: int) -> Evidence:
    """Evidence from a release schedule file."""
    data = _load_toml(Path(path))
    releases = data.get("release", [])
    if not isinstance(releases, list):
        raise InputError(f"{path}: [[release]] entries expected")
    columns: list[ColumnEvidence] = []
    tables: list[TableEvidence] = []
    end = as_of + timedelta(days=horizon_days)
    for index, release in enumerate(releases, start=1):
        where = f"{path}: release #{index}"
        if not isinstance(release, dict):
            raise InputError(f"{where}: not a table")
        feature = str(release.get("feature") or f"release #{index}")
        status = str(release.get("status", "planned"))
        if status not in STATUSES:
            raise InputError(
                f"{where} ({feature}): status {status!r} is not one of {sorted(STATUSES)}"
            )
        if status not in ACTIVE_STATUSES:
            continue
        planned = _as_datetime(release.get("date"), f"{where} ({feature})")
        confidence = _probability(release.get("confidence", DEFAULT_CONFIDENCE), where)
        strength = confidence * on_time(planned, end)
        if strength <= 0:
            continue
        eta = max(planned, as_of)
        for ref in release.get("columns", []):
            table, column, type_name, default = _column(ref, f"{where} ({feature})")
            columns.append(
                ColumnEvidence(RELEASES, table, column, strength, eta, type_name, default, feature)
            )
        for table in release.get("tables", []):
            if not isinstance(table, str) or not table:
                raise InputError(f"{where} ({feature}): tables must be names")
            tables.append(
                TableEvidence(RELEASES, table.removeprefix("public."), strength, eta, feature)
            )
    return Evidence(tuple(columns), tuple(tables))


def on_time(planned: datetime, end: datetime) -> float:
    """P(a release planned for `planned` lands before `end`), with exponential slip."""
    if planned > end:
        return 0.0
    return 1.0 - math.exp(-(end - planned).total_seconds() / 86400.0 / SLIP_DAYS)


def _load_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None


def _as_datetime(value: object, where: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"{where}: date must be a date such as 2026-10-01, got {value!r}")


def _probability(value: object, where: str) -> float:
    if isinstance(value, int | float) and 0.0 <= value <= 1.0:
        return float(value)
    raise InputError(f"{where}: confidence must be a number between 0 and 1, got {value!r}")


def _column(ref: object, where: str) -> tuple[str, str, str, str]:
    """A column reference: "table.column" or {table, column, type?, default?}."""
    try:
        if isinstance(ref, str):
            table, column = parse_column_ref(ref)
            return table, column, "", ""
        if isinstance(ref, dict) and ref.get("table") and ref.get("column"):
            table = str(ref["table"]).removeprefix("public.")
            return table, str(ref["column"]), str(ref.get("type", "")), str(ref.get("default", ""))
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    raise InputError(
        f'{where}: a column is "table.column" or {{ table = …, column = … }}, got {ref!r}'
    )
