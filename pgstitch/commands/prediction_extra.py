"""What `predict` and `backtest` say when the optional prediction libraries are not installed."""

from __future__ import annotations

import importlib.util

MISSING_EXTRA = "needs the prediction extra: pip install 'pgstitch[predict]'"


def missing_module(name: str | None) -> str:
    """The message for an import of the prediction code that failed on module `name`."""
    return f"{MISSING_EXTRA} ({name} is missing)"


def prophet_missing() -> str | None:
    """The message when Prophet cannot be imported (it is imported lazily, deep inside), else None."""
    if importlib.util.find_spec("prophet") is None:
        return missing_module("prophet")
    return None
