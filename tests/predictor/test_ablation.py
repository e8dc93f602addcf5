"""The ablation runner: every variant scored on a history, one Markdown row each."""

from predictor import ablation
from predictor.changes import changes_to_csv
from tests.predictor.histories import steady_history


def test_every_variant_gets_a_row(tmp_path, capsys, monkeypatch):
    history = tmp_path / "steady.csv"
    history.write_text(changes_to_csv(steady_history()))
    # Two variants without Prophet keep this quick; the default one always runs.
    chosen = ["engine (default)", "pooled rate: last window", "pooled rate: long-run mean"]
    variants = {name: ablation.VARIANTS[name] for name in chosen}
    variants["engine (default)"] = variants["pooled rate: long-run mean"]
    monkeypatch.setattr(ablation, "VARIANTS", variants)
    assert ablation.main([str(history), "--folds", "1", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| variant | table precision@5")
    assert [r.split(" | ")[0] for r in rows[1:]] == [
        "| engine (default)",
        "| pooled rate: last window",
        "| pooled rate: long-run mean",
        "| naive baseline",
    ]
