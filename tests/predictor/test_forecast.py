"""Combining history and evidence into the forecast of `pgstitch predict`."""

from datetime import datetime, timedelta

import pytest

from predictor.engine import HistoryModel
from predictor.evidence import ColumnEvidence, Evidence, TableEvidence, TableTrend
from predictor.forecast import build_forecast
from predictor.reliability import PRIOR_TRUST, Reliability
from tests.predictor.histories import START, steady_history

AS_OF = START + timedelta(days=700)


@pytest.fixture(scope="module")
def history():
    return HistoryModel(steady_history(), AS_OF)


def test_history_only_forecast_is_sorted_and_serialisable(history):
    forecast = build_forecast(history, Evidence(), Reliability(), AS_OF, 90, top=5)
    document = forecast.to_json()
    assert set(document) == {"as_of", "horizon_days", "tables", "columns"}
    assert document["tables"][0]["table"] == "hot"
    probabilities = [t["p_change"] for t in document["tables"]]
    assert probabilities == sorted(probabilities, reverse=True)
    assert len(document["columns"]) == 5
    assert set(document["columns"][0]) == {
        "table", "column", "type", "default", "probability", "eta", "sources",
    }  # fmt: skip


def test_candidates_are_always_listed_with_a_type(history):
    forecast = build_forecast(
        history, Evidence(), Reliability(), AS_OF, 90, candidates=[("cold0", "archived_at")], top=0
    )
    (column,) = forecast.columns
    assert (column.table, column.column, column.type) == ("cold0", "archived_at", "timestamptz")
    assert 0.0 <= column.probability < 0.1


def test_sources_combine_as_independent_chances(history):
    evidence = Evidence(
        columns=(
            ColumnEvidence("telemetry", "cold1", "coupon", 1.0, AS_OF, "text"),
            ColumnEvidence("releases", "cold1", "coupon", 0.5, AS_OF + timedelta(days=20)),
            ColumnEvidence("pending_migration", "cold2", "code", 1.0, AS_OF, "varchar(8)"),
        )
    )
    forecast = build_forecast(history, evidence, Reliability(), AS_OF, 90, top=0)
    columns = {(c.table, c.column): c for c in forecast.columns}
    coupon = columns[("cold1", "coupon")]
    p_telemetry, p_release = PRIOR_TRUST["telemetry"], 0.5 * PRIOR_TRUST["releases"]
    assert coupon.probability == pytest.approx(1 - (1 - p_telemetry) * (1 - p_release), abs=1e-3)
    assert coupon.sources[-2:] == ("releases", "telemetry")
    assert coupon.eta == AS_OF
    assert columns[("cold2", "code")].type == "varchar(8)"
    tables = {t.table: t.p_change for t in forecast.tables}
    assert tables["cold1"] >= coupon.probability
    assert forecast.columns[0].column == "code"


def test_table_claims_and_usage_trends_move_tables(history):
    plain = build_forecast(history, Evidence(), Reliability(), AS_OF, 90, top=0)
    evidence = Evidence(
        tables=(TableEvidence("releases", "cold3", 1.0, AS_OF + timedelta(days=30)),),
        trends=(TableTrend("warm", 3.0),),
    )
    moved = build_forecast(history, evidence, Reliability(), AS_OF, 90, top=0)
    before = {t.table: t.p_change for t in plain.tables}
    after = {t.table: t for t in moved.tables}
    assert after["cold3"].p_change >= PRIOR_TRUST["releases"]
    assert after["warm"].p_change > before["warm"]
    assert after["hot"].p_change == pytest.approx(before["hot"])


def test_without_history_evidence_alone_is_used():
    evidence = Evidence(
        columns=(ColumnEvidence("telemetry", "t", "created_at", 1.0, datetime(2026, 1, 1)),)
    )
    forecast = build_forecast(None, evidence, Reliability(), datetime(2026, 1, 1), 90)
    (column,) = forecast.columns
    assert column.type == "timestamptz"
    assert [t.table for t in forecast.tables] == ["t"]
