"""A/B test configurations (JSON): experiments, their status, traffic and the fields they use.

    {"experiments": [
      {"name": "checkout-v2", "status": "running", "traffic": 0.25,
       "start": "2026-08-01", "end": "2026-09-15",
       "fields": ["orders.coupon_code", {"table": "orders", "column": "variant", "type": "text"}],
       "tables": ["orders"]}
    ]}

A field an experiment reads or writes becomes a column if the experiment ships. How likely that is
depends on the status: a concluded experiment whose winner is the treatment almost surely ships, a
running one more so the more traffic it already takes, a stopped one hardly ever.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from predictor.evidence import (
    EXPERIMENTS,
    ColumnEvidence,
    Evidence,
    InputError,
    TableEvidence,
    parse_column_ref,
)

STATUS_STRENGTH = {"planned": 0.4, "running": 0.5, "concluded": 0.9, "stopped": 0.05}
LOSING_STRENGTH = 0.1


def experiment_strength(status: str, traffic: float, winner: str | None) -> float:
    """How likely an experiment's fields become columns, by its own state."""
    if status == "concluded" and winner is not None and winner.lower() == "control":
        return LOSING_STRENGTH
    base = STATUS_STRENGTH[status]
    if status == "running":
        return base + (1.0 - base) * 0.5 * traffic
    return base


def read_experiments(path: str | Path, as_of: datetime, horizon_days: int) -> Evidence:
    """Evidence from an A/B configuration file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    experiments = data.get("experiments") if isinstance(data, dict) else data
    if not isinstance(experiments, list):
        raise InputError(f'{path}: expected {{"experiments": [...]}}')
    columns, tables = [], []
    for index, experiment in enumerate(experiments, start=1):
        if not isinstance(experiment, dict):
            raise InputError(f"{path}: experiment #{index} is not an object")
        name = str(experiment.get("name") or f"experiment #{index}")
        where = f"{path}: {name}"
        status = str(experiment.get("status", "running"))
        if status not in STATUS_STRENGTH:
            raise InputError(f"{where}: status {status!r} is not one of {sorted(STATUS_STRENGTH)}")
        traffic = experiment.get("traffic", 0.0)
        if not isinstance(traffic, int | float) or not 0.0 <= traffic <= 1.0:
            raise InputError(f"{where}: traffic must be a share between 0 and 1, got {traffic!r}")
        strength = experiment_strength(status, float(traffic), experiment.get("winner"))
        eta = _eta(experiment.get("end"), as_of, horizon_days, where)
        for ref in experiment.get("fields", []):
            table, column, type_name, default = _field(ref, where)
            columns.append(
                ColumnEvidence(EXPERIMENTS, table, column, strength, eta, type_name, default, name)
            )
        for table in experiment.get("tables", []):
            tables.append(
                TableEvidence(EXPERIMENTS, str(table).removeprefix("public."), strength, eta, name)
            )
    return Evidence(tuple(columns), tuple(tables))


def _eta(value: object, as_of: datetime, horizon_days: int, where: str) -> datetime:
    """The experiment's end when it falls inside the horizon, else the horizon's middle."""
    end = as_of + timedelta(days=horizon_days)
    if value is None:
        return as_of + timedelta(days=horizon_days / 2)
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: end must be an ISO date, got {value!r}") from None
    return min(max(when.replace(tzinfo=None), as_of), end)


def _field(ref: object, where: str) -> tuple[str, str, str, str]:
    try:
        if isinstance(ref, str):
            table, column = parse_column_ref(ref)
            return table, column, "", ""
        if isinstance(ref, dict) and ref.get("table") and ref.get("column"):
            table = str(ref["table"]).removeprefix("public.")
            return table, str(ref["column"]), str(ref.get("type", "")), str(ref.get("default", ""))
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    raise InputError(f'{where}: a field is "table.column" or {{"table", "column"}}, got {ref!r}')
