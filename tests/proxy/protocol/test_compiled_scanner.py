"""The compiled scanner is built here, current, and the one sessions use unless told otherwise.

These fail, rather than skip, without it: CI installs the package with a C compiler at hand, so a
broken build of proxy/protocol/_cscanner.c shows up as a failure.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxy.protocol import messages as m
from proxy.protocol import scanner
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import StartProxy
from tests.proxy.protocol.implementations import NOT_BUILT, compiled

SOURCE = Path(scanner.__file__).with_name("_cscanner.c")


def _module():
    try:
        return importlib.import_module("proxy.protocol._cscanner")
    except ImportError as exc:
        pytest.fail(f"{NOT_BUILT} ({exc})")


def test_the_compiled_scanner_is_built_from_the_current_source():
    module = _module()
    assert module.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    current = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    assert current == module.SOURCE_SHA256, (
        "the compiled scanner is older than proxy/protocol/_cscanner.c: `pip install -e .` again"
    )


def test_messages_are_made_by_filling_their_slots():
    """The fast way of making a Message holds for the class as it is (else it calls the class)."""
    assert _module().bind(scanner.Message, m.ProtocolViolation) is True
    (message,) = compiled()(intercept=frozenset(b"Q")).feed(m.encode_query("select 1"))
    assert type(message) is scanner.Message
    assert message == scanner.Message(ord("Q"), m.encode_query("select 1"))
    assert (message.type, message.observed, message.ready) == (ord("Q"), False, 0)


def _implementation(variable: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != scanner.PURE_PYTHON_VARIABLE}
    if variable is not None:
        env[scanner.PURE_PYTHON_VARIABLE] = variable
    code = "from proxy.protocol import scanner; print(scanner.IMPLEMENTATION)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("variable", "expected"),
    [
        (None, "compiled"),
        ("", "compiled"),
        ("0", "compiled"),
        ("1", "python (forced by PGSTITCH_PURE_PYTHON)"),
        ("yes", "python (forced by PGSTITCH_PURE_PYTHON)"),
    ],
)
def test_sessions_use_the_compiled_scanner_unless_told_otherwise(variable, expected):
    assert _implementation(variable) == expected


def test_the_proxy_says_which_scanner_it_uses(
    start_proxy_process: StartProxy,
    local_postgres: Endpoint,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv(scanner.PURE_PYTHON_VARIABLE, raising=False)
    assert (
        "message scanner: compiled" in start_proxy_process(local_postgres.url("postgres")).stderr()
    )
    monkeypatch.setenv(scanner.PURE_PYTHON_VARIABLE, "1")
    forced = start_proxy_process(local_postgres.url("postgres")).stderr()
    assert "message scanner: python (forced by PGSTITCH_PURE_PYTHON)" in forced
