"""`pgstitch backtest` end to end: table, JSON and plot."""

import json

from pgstitch.cli import main
from predictor.changes import changes_to_csv
from tests.predictor.histories import steady_history


def test_backtest_prints_metrics_beside_baselines_and_plots(tmp_path, capsys):
    history = tmp_path / "changes.csv"
    history.write_text(changes_to_csv(steady_history()))
    plot = tmp_path / "folds.png"
    assert main(["backtest", "--history", str(history), "--folds", "2", "--plot", str(plot)]) == 0
    out = capsys.readouterr().out
    assert "table precision@5" in out and "recent additions" in out
    assert "Calibration of table probabilities" in out
    assert plot.read_bytes().startswith(b"\x89PNG")

    assert main(["backtest", "--history", str(history), "--folds", "2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [f["top_tables"][0] for f in document["folds"]] == ["hot", "hot"]


def test_backtest_errors_are_messages(tmp_path, capsys):
    history = tmp_path / "changes.csv"
    history.write_text(changes_to_csv(steady_history(weeks=2)))
    assert main(["backtest", "--history", str(history)]) == 2
    assert "too short" in capsys.readouterr().err
    assert main(["backtest", "--history", str(history), "--plot", "out.jpg"]) == 2
    assert "--plot needs a .png" in capsys.readouterr().err
