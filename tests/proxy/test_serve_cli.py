"""`pgstitch serve` with bad settings: a clear message and a non-zero exit, never a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.net import LOCALHOST, free_port

UPSTREAM = "postgresql://127.0.0.1:5432/postgres"


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pgstitch.cli", "serve", "--store", "memory", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


def _assert_clean_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr.lower(), result.stderr


@pytest.mark.parametrize("listen", ["nonsense", "127.0.0.1:notaport", "127.0.0.1:70000"])
def test_bad_listen_address(listen: str) -> None:
    _assert_clean_failure(serve("--listen", listen, "--upstream", UPSTREAM))


def test_tls_cert_without_key(tmp_path: Path) -> None:
    cert = tmp_path / "cert.pem"
    cert.write_text("not a certificate")
    listen = f"{LOCALHOST}:{free_port()}"
    result = serve("--listen", listen, "--upstream", UPSTREAM, "--tls-cert", str(cert))
    _assert_clean_failure(result, "tls-key")


def test_unreadable_certificate(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.pem")
    listen = f"{LOCALHOST}:{free_port()}"
    result = serve(
        "--listen", listen, "--upstream", UPSTREAM, "--tls-cert", missing, "--tls-key", missing
    )
    _assert_clean_failure(result, "certificate")


def test_listen_port_already_taken() -> None:
    with socket.socket() as taken:
        taken.bind((LOCALHOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve("--listen", f"{LOCALHOST}:{port}", "--upstream", UPSTREAM)
    _assert_clean_failure(result)


@pytest.mark.parametrize(
    ("upstream", "words"),
    [
        ("postgresql://u:topsecret@127.0.0.1:notaport/db", ("invalid port", "notaport")),
        ("host=127.0.0.1 password=topsecret port", ("invalid upstream dsn",)),
        ("host=127.0.0.1 password=topsecret connect_timeout=soon", ("connect_timeout",)),
        ("host=127.0.0.1 password=topsecret sslmode=sometimes", ("sslmode",)),
    ],
)
def test_bad_upstream_dsn_is_named_without_its_password(upstream: str, words: tuple[str]) -> None:
    result = serve("--listen", f"{LOCALHOST}:{free_port()}", "--upstream", upstream)
    _assert_clean_failure(result, *words)
    assert "topsecret" not in result.stderr
