"""Table features and the pooled table model."""

from datetime import timedelta

import numpy as np

from predictor.changes import Change, ChangeOp
from predictor.engine import HistoryModel
from predictor.rates import RateForecast
from predictor.schema_state import replay
from predictor.table_model import FEATURES, eta_days, reference_counts, sibling_activity, table_rows
from tests.predictor.histories import START, create, steady_history


def test_features_describe_each_live_table():
    state = replay(steady_history(weeks=20))
    origin = START + timedelta(days=150)
    rows = table_rows(state, origin, 90, RateForecast(10.0, np.full(90, 10 / 90), "test"))
    hot = rows.features[rows.tables.index("hot")]
    cold = rows.features[rows.tables.index("cold0")]
    recent = FEATURES.index("log_recent_events")
    assert hot[recent] == np.log1p(12)
    assert cold[recent] == 0.0
    share = FEATURES.index("log_pooled_share")
    assert hot[share] > cold[share]


def test_siblings_and_references():
    changes = (
        create(START, "projects", [("id", "text")])
        + create(START, "posthog_integrations", [("id", "text"), ("project_id", "text")])
        + create(START, "mixpanel_integrations", [("id", "text"), ("project_id", "text")])
        + create(START, "users", [("id", "text")])
        + [Change(START + timedelta(days=10), ChangeOp.ADD_COLUMN, "posthog_integrations", "x")]
    )
    state = replay(changes)
    siblings = sibling_activity(state, START + timedelta(days=11), 90)
    assert siblings["mixpanel_integrations"] > 0
    assert siblings["users"] == 0
    assert reference_counts(state)["projects"] == 2


def test_the_steady_table_is_almost_certain_and_the_cold_ones_are_not():
    model = HistoryModel(steady_history(), START + timedelta(days=700))
    p = model.table_probabilities()
    assert model.table_model.method == "logistic"
    assert p["hot"] > 0.9
    assert max(p[f"cold{i}"] for i in range(5)) < 0.1
    ranked = [t.table for t in model.tables()]
    assert ranked[:2] == ["hot", "warm"]


def test_eta_is_earlier_for_likelier_tables():
    flat = np.full(90, 1.0)
    assert eta_days(0.99, flat) < eta_days(0.5, flat) < eta_days(0.05, flat) <= 45
