"""One prediction run from its inputs: what `pgstitch predict` and a periodic sidecar task call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from predictor.activation import ActivationReport, activate
from predictor.changes import Change, read_changes
from predictor.engine import EngineConfig, HistoryModel
from predictor.evidence import Evidence
from predictor.forecast import Forecast, build_forecast
from predictor.inputs.experiments import read_experiments
from predictor.inputs.pending import load_live_columns, pending_evidence
from predictor.inputs.releases import read_releases
from predictor.inputs.telemetry import telemetry_evidence
from predictor.inputs.usage import read_usage
from predictor.migrations.reader import read_migrations
from predictor.reliability import Reliability, reliability_from_outcomes

Report = Callable[[str], None]


@dataclass
class PredictInputs:
    """Where each input comes from; every one is optional."""

    history: str | None = None
    releases: str | None = None
    usage: str | None = None
    experiments: str | None = None
    pending: str | None = None
    upstream: str | None = None
    candidates: Sequence[tuple[str, str]] = ()
    horizon_days: int = 90
    top: int = 20
    config: EngineConfig = field(default_factory=EngineConfig)


def load_history(path: str, report: Report) -> list[Change]:
    """A change log CSV, or a directory of migrations read like `pgstitch history`."""
    if Path(path).is_dir():
        return read_migrations(path, report)
    return read_changes(path)


def file_evidence(inputs: PredictInputs, as_of: datetime) -> Evidence:
    """Evidence from the release, usage and experiment files."""
    evidence = Evidence()
    if inputs.releases:
        evidence += read_releases(inputs.releases, as_of, inputs.horizon_days)
    if inputs.usage:
        evidence += read_usage(inputs.usage, as_of)
    if inputs.experiments:
        evidence += read_experiments(inputs.experiments, as_of, inputs.horizon_days)
    return evidence


async def store_inputs(store, as_of: datetime) -> tuple[Evidence, Reliability]:
    """Telemetry evidence and outcome-based reliability from a ShadowStore."""
    unknown = await store.unknown_columns()
    outcomes = await store.outcomes()
    schema = await store.load_schema()
    return telemetry_evidence(unknown, as_of), reliability_from_outcomes(outcomes, schema)


async def pending_inputs(inputs: PredictInputs, as_of: datetime, report: Report) -> Evidence:
    """Evidence from pending migration files compared with the live database."""
    if not inputs.pending:
        return Evidence()
    if not inputs.upstream:
        raise ValueError("--pending needs --upstream DSN to see which migrations have landed")
    live = await load_live_columns(inputs.upstream)
    return pending_evidence(inputs.pending, live, as_of, report)


def forecast_from(
    inputs: PredictInputs,
    as_of: datetime,
    evidence: Evidence,
    reliability: Reliability,
    report: Report,
) -> Forecast:
    """Fit the history model (when there is history before `as_of`) and combine everything."""
    notes = []
    history = None
    if inputs.history:
        changes = load_history(inputs.history, report)
        if any(c.ts < as_of for c in changes):
            config = EngineConfig(**{**inputs.config.__dict__, "horizon_days": inputs.horizon_days})
            history = HistoryModel(changes, as_of, config)
            if history.table_model.logistic is None:
                notes.append(
                    "Note: the history is too short to calibrate table probabilities on; "
                    "they follow each table's share of the pooled forecast."
                )
        else:
            notes.append(f"Note: the history has no change before {as_of.date()}.")
    forecast = build_forecast(
        history,
        evidence,
        reliability,
        as_of,
        inputs.horizon_days,
        inputs.candidates,
        inputs.top,
    )
    if reliability.records:
        trust = ", ".join(
            f"{source} x{row['factor']} ({row['landed']}/{row['outcomes']} landed)"
            for source, row in reliability.summary().items()
        )
        notes.append(f"Source trust adjusted by outcomes: {trust}.")
    forecast.notes.extend(notes)
    return forecast


async def predict_and_activate(
    inputs: PredictInputs, store, as_of: datetime, threshold: float, report: Report
) -> tuple[Forecast, ActivationReport]:
    """A full run against a store: every input, then activation of confident columns.

    This is what a sidecar calls on a schedule.
    """
    from_store, reliability = await store_inputs(store, as_of)
    evidence = file_evidence(inputs, as_of) + from_store
    evidence += await pending_inputs(inputs, as_of, report)
    forecast = forecast_from(inputs, as_of, evidence, reliability, report)
    return forecast, await activate(forecast.columns, store, threshold)
