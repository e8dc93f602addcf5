"""The change log CSV: reading, writing, and clear errors for bad input."""

import io
from datetime import datetime

import pytest

from predictor.changes import Change, ChangeLogError, ChangeOp, changes_to_csv, read_changes


def test_round_trip_keeps_every_field():
    changes = [
        Change(datetime(2024, 1, 2, 3, 4, 5), ChangeOp.CREATE_TABLE, "users", source="1.sql"),
        Change(datetime(2024, 1, 2, 3, 4, 5), ChangeOp.TABLE_COLUMN, "users", "id", "uuid"),
        Change(datetime(2024, 2, 1), ChangeOp.ADD_COLUMN, "users", "flags", "numeric(65,30)", "0"),
        Change(datetime(2024, 3, 1), ChangeOp.RENAME_COLUMN, "users", "flags", new_name="bits"),
    ]
    assert read_changes(io.StringIO(changes_to_csv(changes))) == changes


def test_rows_are_sorted_by_time_and_ties_keep_file_order():
    text = (
        "ts,op,table,column,type,default,new_name\n"
        "2024-02-01,add_column,t,b,int4,,\n"
        "2024-01-01,create_table,t,,,,\n"
        "2024-01-01,table_column,t,a,int4,,\n"
    )
    ops = [(c.op, c.column) for c in read_changes(io.StringIO(text))]
    assert ops == [
        (ChangeOp.CREATE_TABLE, ""),
        (ChangeOp.TABLE_COLUMN, "a"),
        (ChangeOp.ADD_COLUMN, "b"),
    ]


def test_extra_columns_are_ignored_and_offsets_become_utc():
    text = "ts,op,table,column,type,default,new_name,comment\n2024-01-01T10:00:00+02:00,drop_table,t,,,,,x\n"
    (change,) = read_changes(io.StringIO(text))
    assert change.ts == datetime(2024, 1, 1, 8, 0)
    assert change.op is ChangeOp.DROP_TABLE


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("yesterday,add_column,t,c,,,", "bad timestamp 'yesterday'"),
        ("2024-01-01,add_index,t,c,,,", "unknown op 'add_index'"),
        ("2024-01-01,add_column,t,,,,", "add_column needs a column"),
        ("2024-01-01,rename_table,t,,,,", "rename_table needs a new_name"),
        ("2024-01-01,create_table,,,,,", "empty table"),
    ],
)
def test_bad_rows_name_the_line(row, message):
    text = "ts,op,table,column,type,default,new_name\n" + row + "\n"
    with pytest.raises(ChangeLogError, match=rf"<change log>:2: {message}"):
        read_changes(io.StringIO(text))


def test_a_file_without_the_header_is_refused(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ChangeLogError, match="header lacks ts, op, table"):
        read_changes(path)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ChangeLogError, match="cannot read change log"):
        read_changes(tmp_path / "nope.csv")
