"""The periodic prediction run of `pgstitch serve`, configured by the `[predictor]` section.

Each run is `pgstitch predict … --activate` in a child process: fitting Prophet is CPU-bound and
must not stall the proxy's event loop. Only the process that leads the sync sidecar runs it, so
several proxies on one store do not all predict.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger("pgstitch.predictor")

_INPUTS = ("history", "releases", "usage", "experiments", "pending")
_KNOWN = {*_INPUTS, "horizon_days", "threshold", "interval"}


def predict_command(settings: Mapping[str, Any], store: str, upstream: str) -> list[str] | None:
    """The `pgstitch predict` command line for these settings, None when no input is set.

    Raises ValueError for unknown keys.
    """
    unknown = set(settings) - _KNOWN
    if unknown:
        raise ValueError(f"unknown [predictor] setting(s): {', '.join(sorted(unknown))}")
    if not any(settings.get(name) for name in _INPUTS):
        return None
    command = [sys.executable, "-m", "pgstitch.cli", "predict", "--activate"]
    for name in _INPUTS:
        if settings.get(name):
            command += [f"--{name}", str(settings[name])]
    command += ["--horizon", str(int(settings.get("horizon_days", 90)))]
    command += ["--threshold", str(float(settings.get("threshold", 0.8)))]
    command += ["--store", store, "--upstream", upstream]
    return command


async def run_periodically(
    command: list[str], interval: float, leading: Callable[[], bool]
) -> None:
    """Run the prediction every `interval` seconds while this process leads."""
    while True:
        if leading():
            process = await asyncio.create_subprocess_exec(
                *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
            )
            try:
                stdout, stderr = await process.communicate()
            except asyncio.CancelledError:
                await _stop(process)
                raise
            if process.returncode == 0:
                summary = stdout.decode(errors="replace").strip().splitlines()
                log.info("prediction run done: %s", summary[-1] if summary else "no output")
            else:
                lines = stderr.decode(errors="replace").strip().splitlines()
                log.warning("prediction run failed: %s", lines[-1] if lines else process.returncode)
        await asyncio.sleep(interval)


async def _stop(process: asyncio.subprocess.Process, grace: float = 5.0) -> None:
    """End a run cut short (pgstitch is stopping): ask the child to stop, then make it."""
    with contextlib.suppress(ProcessLookupError):
        process.terminate()
    try:
        async with asyncio.timeout(grace):
            await process.wait()
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
