"""Replaying change logs: live tables, renames, drops and what counts as an addition."""

from datetime import datetime, timedelta

from predictor.changes import Change, ChangeOp
from predictor.schema_state import additions_between, replay, walk

T0 = datetime(2024, 1, 1)


def day(n):
    return T0 + timedelta(days=n)


LOG = [
    Change(day(0), ChangeOp.CREATE_TABLE, "users"),
    Change(day(0), ChangeOp.TABLE_COLUMN, "users", "id", "uuid"),
    Change(day(1), ChangeOp.ADD_COLUMN, "users", "email", "text"),
    Change(day(1), ChangeOp.ADD_COLUMN, "users", "name", "text"),
    Change(day(2), ChangeOp.ADD_COLUMN, "users", "email", "text"),  # IF NOT EXISTS: no addition
    Change(day(3), ChangeOp.RENAME_COLUMN, "users", "name", new_name="full_name"),
    Change(day(4), ChangeOp.ALTER_TYPE, "users", "full_name", "varchar(200)"),
    Change(day(5), ChangeOp.RENAME_TABLE, "users", new_name="people"),
    Change(day(6), ChangeOp.ADD_COLUMN, "people", "age", "int4"),
    Change(day(7), ChangeOp.DROP_COLUMN, "people", "email"),
    Change(day(8), ChangeOp.CREATE_TABLE, "tmp"),
    Change(day(9), ChangeOp.DROP_TABLE, "tmp"),
]


def test_replay_follows_renames_drops_and_type_changes():
    state = replay(LOG)
    assert list(state.tables) == ["people"]
    people = state.tables["people"]
    assert list(people.columns) == ["id", "full_name", "age"]
    assert people.columns["full_name"].type == "varchar(200)"
    assert people.added_count == 3
    assert people.addition_times == [day(1), day(6)]
    assert people.other_change_times == [day(3), day(4), day(7)]


def test_replay_until_excludes_that_moment():
    state = replay(LOG, until=day(1))
    assert list(state.tables["users"].columns) == ["id"]


def test_additions_between_counts_each_new_column_once():
    found = additions_between(LOG, day(1), day(7))
    assert [(a.table, a.column) for a in found] == [
        ("users", "email"),
        ("users", "name"),
        ("people", "age"),
    ]


def test_walk_yields_states_in_order_with_one_replay():
    seen = [(moment, sorted(state.tables)) for moment, state in walk(LOG, [day(9), day(5), day(1)])]
    assert seen == [(day(1), ["users"]), (day(5), ["users"]), (day(9), ["people", "tmp"])]
