"""The compiled message scanner for tests, which fail (and do not skip) when it is not built."""

from __future__ import annotations

import pytest

from proxy.protocol.scanner import PythonMessageScanner, compiled_scanner

NOT_BUILT = (
    "the compiled scanner (proxy/protocol/_cscanner.c) is not built: "
    "`pip install -e .` with a C compiler at hand builds it"
)


def compiled() -> type[PythonMessageScanner]:
    """The compiled scanner; the test fails (it is not skipped) when it was not built."""
    scanner_class = compiled_scanner()
    if scanner_class is None:
        pytest.fail(NOT_BUILT)
    return scanner_class
