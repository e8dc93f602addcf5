"""The periodic prediction of `pgstitch serve`: its command line and its schedule."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from pgstitch import config as configuration
from pgstitch.prediction_task import predict_command, run_periodically


def test_no_input_means_no_prediction():
    assert predict_command({"threshold": 0.9}, "postgres", "postgresql:///app") is None


def test_command_carries_inputs_threshold_and_store():
    command = predict_command(
        {"history": "changes.csv", "releases": "r.toml", "threshold": 0.7, "horizon_days": 30},
        "redis://127.0.0.1:6379/0",
        "postgresql:///app",
    )
    assert command is not None
    text = " ".join(command[1:])
    assert "predict --activate --history changes.csv --releases r.toml" in text
    assert "--horizon 30 --threshold 0.7" in text
    assert "--store redis://127.0.0.1:6379/0 --upstream postgresql:///app" in text


def test_unknown_settings_are_refused():
    with pytest.raises(ValueError, match="histroy"):
        predict_command({"histroy": "x.csv"}, "postgres", "postgresql:///app")


def test_runs_only_while_leading(tmp_path):
    marker = tmp_path / "runs"
    command = [sys.executable, "-c", f"open({str(marker)!r}, 'a').write('x')"]

    async def scenario(leading: bool) -> None:
        task = asyncio.ensure_future(run_periodically(command, 0.05, lambda: leading))
        await asyncio.sleep(0.6)
        task.cancel()

    asyncio.run(scenario(False))
    assert not marker.exists()
    asyncio.run(scenario(True))
    assert marker.read_text().startswith("x")


def test_config_file_sections(tmp_path):
    path = tmp_path / "pgstitch.toml"
    path.write_text(
        '[predictor]\nhistory = "changes.csv"\ninterval = 3600\n\n'
        '[sync]\nenabled = true\npoll_interval = "500ms"\n'
    )
    config = configuration.load(str(path), environ={})
    assert config.predictor == {"history": "changes.csv", "interval": 3600}
    assert config.sync is True and config.sync_settings == {"poll_interval": "500ms"}
    path.write_text("[proxy]\nlisten_on = 1\n")
    with pytest.raises(configuration.ConfigError, match="listen_on"):
        configuration.load(str(path), environ={})


def test_a_run_cut_short_leaves_no_child_behind(tmp_path):
    """pgstitch stopping mid-run ends the prediction process instead of leaving it running."""
    pid_file = tmp_path / "pid"
    command = [
        sys.executable,
        "-c",
        f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(60)",
    ]

    async def scenario() -> None:
        task = asyncio.ensure_future(run_periodically(command, 60, lambda: True))
        for _ in range(200):
            if pid_file.exists() and pid_file.read_text():
                break
            await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
