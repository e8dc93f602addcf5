"""Scanner tests take `scanner_class`: they run against both implementations."""

from __future__ import annotations

import pytest

from proxy.protocol.scanner import PythonMessageScanner
from tests.proxy.protocol.implementations import compiled


@pytest.fixture(scope="module", params=["python", "compiled"])
def scanner_class(request: pytest.FixtureRequest) -> type[PythonMessageScanner]:
    """Each implementation in turn."""
    return PythonMessageScanner if request.param == "python" else compiled()
