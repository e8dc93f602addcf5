"""Candidate columns from history patterns: recurring names and their spread."""

from datetime import timedelta

from predictor.changes import Change, ChangeOp
from predictor.names import NameContext
from predictor.schema_state import replay
from tests.predictor.histories import START, create


def test_recurring_and_recently_spread_names_are_proposed_to_tables_lacking_them():
    changes = (
        create(START, "orders", [("id", "int8"), ("deleted_at", "timestamptz"), ("total", "int4")])
        + create(
            START, "invoices", [("id", "int8"), ("deleted_at", "timestamptz"), ("total", "int4")]
        )
        + create(START, "users", [("id", "int8"), ("email", "text")])
        + [Change(START + timedelta(days=5), ChangeOp.ADD_COLUMN, "orders", "tenant_id", "int8")]
    )
    state = replay(changes)
    context = NameContext(state, START + timedelta(days=6), 90)
    pairs = set(context.candidate_pairs())
    assert ("users", "deleted_at") in pairs
    assert ("invoices", "tenant_id") in pairs  # spread: added recently elsewhere
    assert ("orders", "deleted_at") not in pairs  # it has it already
    assert ("users", "email") not in pairs
    rows = context.rows([("users", "deleted_at"), ("invoices", "tenant_id"), ("x", "unseen")])
    cover, similar = rows.features[:, 0], rows.features[:, 2]
    assert cover[0] > cover[1] > cover[2] == 0
    # `invoices` looks like `orders`, so the name `orders` just got weighs more for it.
    nearest = context.rows([("invoices", "tenant_id"), ("users", "tenant_id")]).features[:, 3]
    assert nearest[0] > nearest[1]
    assert similar[2] == 0


def test_no_table_is_offered_its_own_key():
    from predictor.names import is_own_key

    assert is_own_key("projects", "project_id")
    assert is_own_key("public.users", "user_id")
    assert is_own_key("TeamMember", "teamMemberId")
    assert is_own_key("orders", "id")
    assert not is_own_key("projects", "user_id")
    assert not is_own_key("comments", "parent_id")
    changes = (
        create(START, "projects", [("name", "text")])
        + create(START, "prices", [("id", "int8"), ("project_id", "int8")])
        + create(START, "traces", [("id", "int8"), ("project_id", "int8")])
    )
    context = NameContext(replay(changes), START + timedelta(days=6), 90)
    pairs = set(context.candidate_pairs())
    assert ("projects", "project_id") not in pairs
    assert ("projects", "id") not in pairs
    assert context.pool() == ["id", "project_id"]
