"""`pgstitch history DIR`: the change log on stdout, problems on stderr."""

import io

from pgstitch.cli import main
from predictor.changes import read_changes


def test_history_prints_a_change_log(tmp_path, capsys):
    (tmp_path / "20240101000000_init.up.sql").write_text(
        "CREATE TABLE users (id uuid, created_at timestamptz DEFAULT now()); nonsense;"
    )
    (tmp_path / "20240301000000_more.up.sql").write_text("ALTER TABLE users ADD COLUMN email text;")
    assert main(["history", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("ts,op,table,column,type,default,new_name,source\n")
    changes = read_changes(io.StringIO(out))
    assert [(c.op.value, c.column, c.type, c.default) for c in changes] == [
        ("create_table", "", "", ""),
        ("table_column", "id", "uuid", ""),
        ("table_column", "created_at", "timestamptz", "now()"),
        ("add_column", "email", "text", ""),
    ]
    assert "20240101000000_init.up.sql:1: skipped statement that does not parse" in err


def test_history_writes_to_a_file(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "20240101000000_a.sql").write_text("CREATE TABLE a (id int);")
    out = tmp_path / "changes.csv"
    assert main(["history", str(tmp_path / "m"), "-o", str(out)]) == 0
    assert len(read_changes(out)) == 2


def test_history_of_a_missing_directory_fails_cleanly(tmp_path, capsys):
    assert main(["history", str(tmp_path / "missing")]) == 2
    assert "not a directory" in capsys.readouterr().err
