"""A throwaway Postgres cluster for authentication and TLS tests.

It is created with initdb in a temporary directory, listens on a free loopback port with TLS on
(a self-signed certificate made here with the openssl command), and has one login role per
authentication method in pg_hba.conf. As root, initdb and pg_ctl run as the `postgres` user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

from .net import LOCALHOST, Endpoint, free_port

SUPERUSER = "postgres"
START_ATTEMPTS = 3


class ClusterUnavailable(RuntimeError):
    """A throwaway cluster (or its certificate) cannot be made here; the message says why."""


@dataclass(frozen=True)
class Role:
    """A login role and the pg_hba.conf method that authenticates it."""

    name: str
    password: str
    method: str


ROLES = {
    "trust": Role("stitch_trust", "trust-pass", "trust"),
    "password": Role("stitch_password", "plain-pass", "password"),
    "md5": Role("stitch_md5", "md5-pass", "md5"),
    "scram-sha-256": Role("stitch_scram", "scram-pass", "scram-sha-256"),
}


@dataclass(frozen=True)
class TlsFiles:
    """A self-signed certificate for CN=localhost / 127.0.0.1 and its private key."""

    cert: Path
    key: Path


def make_self_signed_cert(directory: Path) -> TlsFiles:
    """Write cert.pem and key.pem (EC P-256, valid one day) into directory."""
    if shutil.which("openssl") is None:
        raise ClusterUnavailable("the openssl command is needed to make a test certificate")
    files = TlsFiles(directory / "cert.pem", directory / "key.pem")
    command = [
        "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-days", "1", "-subj", "/CN=localhost",
        "-addext", f"subjectAltName=DNS:localhost,IP:{LOCALHOST}",
        "-keyout", str(files.key), "-out", str(files.cert),
    ]  # fmt: skip
    _check_run(command, "openssl req")
    files.key.chmod(0o600)
    return files


class ThrowawayCluster:
    """An initdb'd Postgres with TLS and one role per authentication method."""

    def __init__(self, max_connections: int = 40) -> None:
        self.max_connections = max_connections
        self._as_postgres = _postgres_user_prefix()
        self.base = Path(tempfile.mkdtemp(prefix="pgstitch-cluster-"))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.port = 0
        self._chown(self.base)
        self.tls = make_self_signed_cert(self.base)
        self._chown(self.tls.cert, self.tls.key)

    @property
    def endpoint(self) -> Endpoint:
        return Endpoint(LOCALHOST, self.port)

    def create(self) -> None:
        """initdb, configure, start, and create the roles; raise ClusterUnavailable on failure."""
        self._run(
            ["initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
             "--locale=C", "--no-sync"],
            "initdb",
        )  # fmt: skip
        (self.data / "pg_hba.conf").write_text(_pg_hba())
        for attempt in range(1, START_ATTEMPTS + 1):
            self.port = free_port()
            self._write_config()
            try:
                self.start()
                break
            except ClusterUnavailable:
                if attempt == START_ATTEMPTS:
                    raise
        self._create_roles()

    def start(self) -> None:
        self._run(
            ["pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30", "start"],
            "pg_ctl start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(["pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"], "pg_ctl stop")

    def destroy(self) -> None:
        """Stop the server if it runs and delete the directory."""
        if (self.data / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        return self.endpoint.conninfo(dbname, SUPERUSER)

    def _write_config(self) -> None:
        settings = {
            "listen_addresses": LOCALHOST,
            "port": self.port,
            "unix_socket_directories": str(self.base),
            "ssl": "on",
            "ssl_cert_file": str(self.tls.cert),
            "ssl_key_file": str(self.tls.key),
            "max_connections": self.max_connections,
            "shared_buffers": "16MB",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        lines = [f"{name} = '{value}'" for name, value in settings.items()]
        (self.data / "postgresql.auto.conf").write_text("\n".join(lines) + "\n")
        self._chown(self.data / "postgresql.auto.conf", self.data / "pg_hba.conf")

    def _create_roles(self) -> None:
        with psycopg.connect(self.admin_conninfo(), autocommit=True) as conn:
            for role in ROLES.values():
                encryption = "md5" if role.method == "md5" else "scram-sha-256"
                conn.execute(f"SET password_encryption = '{encryption}'")
                conn.execute(f"CREATE ROLE {role.name} LOGIN PASSWORD '{role.password}'")

    def _run(self, command: list[str], what: str) -> None:
        _check_run([*self._as_postgres, *command], what, cwd=self.base)

    def _chown(self, *paths: Path) -> None:
        if self._as_postgres:
            record = pwd.getpwnam(SUPERUSER)
            for path in paths:
                os.chown(path, record.pw_uid, record.pw_gid)


def _pg_hba() -> str:
    lines = ["local all all trust", f"host all {SUPERUSER} {LOCALHOST}/32 trust"]
    lines += [f"host all {role.name} {LOCALHOST}/32 {role.method}" for role in ROLES.values()]
    return "\n".join(lines) + "\n"


def _postgres_user_prefix() -> list[str]:
    """As root, run server commands as the unprivileged `postgres` user (initdb refuses root)."""
    if shutil.which("initdb") is None or shutil.which("pg_ctl") is None:
        raise ClusterUnavailable("initdb and pg_ctl must be on PATH for a throwaway cluster")
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError as exc:
        raise ClusterUnavailable("running as root, but there is no postgres user") from exc
    if shutil.which("runuser") is None:
        raise ClusterUnavailable("running as root, but runuser is missing")
    return ["runuser", "-u", SUPERUSER, "--"]


def _check_run(command: list[str], what: str, cwd: Path | None = None) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ClusterUnavailable(f"{what} failed: {exc}") from exc
    if result.returncode != 0:
        raise ClusterUnavailable(f"{what} failed:\n{result.stdout}{result.stderr}")
