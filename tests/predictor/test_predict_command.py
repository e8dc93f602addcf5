"""`pgstitch predict` end to end: inputs, JSON, candidates, activation, pending migrations."""

import json

import psycopg
import pytest

from pgstitch.cli import main
from predictor.changes import changes_to_csv
from tests.predictor.histories import steady_history


@pytest.fixture(scope="module")
def history_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "changes.csv"
    path.write_text(changes_to_csv(steady_history()))
    return path


def predict(capsys, *args):
    code = main(["predict", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_forecast_with_candidates(history_file, capsys):
    code, out, err = predict(
        capsys, "--history", str(history_file), "--as-of", "2024-12-01", "--json", "--top", "3",
        "--candidate", "cold0.archived_at", "--candidate", "public.hot.is_flagged",
    )  # fmt: skip
    assert code == 0, err
    document = json.loads(out)
    assert document["as_of"] == "2024-12-01T00:00:00"
    assert document["horizon_days"] == 90
    assert document["tables"][0]["table"] == "hot"
    columns = {(c["table"], c["column"]): c for c in document["columns"]}
    assert columns[("cold0", "archived_at")]["type"] == "timestamptz"
    assert columns[("hot", "is_flagged")]["type"] == "bool"
    assert len(columns) == 5
    probabilities = [c["probability"] for c in document["columns"]]
    assert probabilities == sorted(probabilities, reverse=True)


def test_readable_output(history_file, capsys):
    code, out, _ = predict(capsys, "--history", str(history_file), "--as-of", "2024-12-01")
    assert code == 0
    assert out.startswith("Forecast as of 2024-12-01, horizon 90 days")
    assert "hot" in out and "p_change" in out and "probability" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--activate"], "--activate needs --store"),
        (["--as-of", "someday"], "is not an ISO 8601 date"),
        (["--candidate", "nodot"], "is not TABLE.COLUMN"),
        (["--horizon", "0"], "--horizon must be at least 1 day"),
        (["--history", "/nonexistent/changes.csv"], "cannot read change log"),
        (["--releases", "/nonexistent/r.toml"], "cannot read"),
        (["--pending", "."], "--pending needs --upstream"),
        (["--store", "bogus://x"], "unknown store"),
    ],
)
def test_bad_input_gets_a_message_not_a_traceback(capsys, args, message):
    code, _, err = predict(capsys, *args)
    assert code == 2
    assert message in err


def test_activation_through_the_memory_store(tmp_path, history_file, capsys):
    releases = tmp_path / "releases.toml"
    releases.write_text(
        '[[release]]\nfeature = "coupons"\ndate = 2024-12-05\nconfidence = 1.0\n'
        'columns = [{ table = "cold1", column = "coupon", type = "text" }]\n'
    )
    code, out, err = predict(
        capsys, "--history", str(history_file), "--releases", str(releases),
        "--as-of", "2024-12-01", "--store", "memory", "--activate", "--threshold", "0.6", "--json",
    )  # fmt: skip
    assert code == 0, err
    document = json.loads(out)
    assert document["activation"]["activated"] == ["public.cold1.coupon"]
    coupon = next(c for c in document["columns"] if c["column"] == "coupon")
    assert coupon["sources"] == ["releases"]
    assert coupon["eta"] == "2024-12-05"


def test_pending_migrations_against_a_live_database(
    tmp_path, local_postgres, test_database, capsys
):
    dsn = local_postgres.conninfo(test_database)
    schema = "predictor_pending"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
        conn.execute(f"CREATE TABLE {schema}.orders (id int PRIMARY KEY)")
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "20240101000000_orders.up.sql").write_text(
        f"CREATE TABLE {schema}.orders (id int PRIMARY KEY);"
    )
    (migrations / "20240201000000_coupon.up.sql").write_text(
        f"ALTER TABLE {schema}.orders ADD COLUMN coupon varchar(12) DEFAULT 'none';"
        f"CREATE TABLE {schema}.unborn (id int);"
    )
    try:
        code, out, err = predict(
            capsys, "--pending", str(migrations), "--upstream", dsn, "--as-of", "2024-03-01",
            "--json",
        )  # fmt: skip
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    assert code == 0, err
    (column,) = json.loads(out)["columns"]
    assert (column["table"], column["column"]) == (f"{schema}.orders", "coupon")
    assert (column["type"], column["default"]) == ("varchar(12)", "'none'")
    assert column["probability"] >= 0.9
    assert column["sources"] == ["pending_migration"]


def test_a_missing_prediction_extra_is_named(monkeypatch, capsys):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "prophet" else real(name, *a)
    )
    code, _, err = predict(capsys, "--as-of", "2024-01-01")
    assert code == 2
    assert "pip install 'pgstitch[predict]'" in err


def test_the_cli_loads_without_the_prediction_libraries():
    import subprocess
    import sys

    probe = (
        "import sys; from pgstitch.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('prophet', 'pandas', 'numpy', 'predictor') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_unreachable_database_is_exit_status_1(tmp_path, capsys):
    (tmp_path / "20240101000000_a.sql").write_text("CREATE TABLE a (id int);")
    code, _, err = predict(
        capsys, "--pending", str(tmp_path), "--upstream", "postgresql://127.0.0.1:1/none",
        "--as-of", "2024-03-01",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("pgstitch predict: ")


def test_the_example_inputs_work_together(capsys):
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "deploy" / "examples"
    code, out, err = predict(
        capsys, "--history", str(examples / "changes.csv"),
        "--releases", str(examples / "releases.toml"), "--usage", str(examples / "usage.csv"),
        "--experiments", str(examples / "experiments.json"), "--as-of", "2025-09-08", "--json",
    )  # fmt: skip
    assert code == 0, err
    document = json.loads(out)
    sources = {s for c in document["columns"] for s in c["sources"]}
    assert {"releases", "experiments"} <= sources
    points = next(c for c in document["columns"] if c["column"] == "loyalty_points")
    assert (points["type"], points["default"], points["eta"]) == ("int4", "0", "2025-10-15")
    assert "export_batch" not in {c["column"] for c in document["columns"]}  # cancelled
    assert document["tables"][0]["table"] == "orders"


def test_history_may_be_a_migrations_directory(tmp_path, capsys):
    (tmp_path / "20240101000000_init.sql").write_text(
        "CREATE TABLE a (id int, created_at timestamptz);"
    )
    (tmp_path / "20240201000000_b.sql").write_text("ALTER TABLE a ADD COLUMN b text;")
    code, out, err = predict(
        capsys, "--history", str(tmp_path), "--as-of", "2024-03-01", "--candidate", "a.deleted_at",
    )  # fmt: skip
    assert code == 0, err
    assert "a.deleted_at" in out and "timestamptz" in out
    assert "too short to calibrate" in out
