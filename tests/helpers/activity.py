"""What a Postgres reports in pg_stat_activity about sessions tagged with an application_name."""

from __future__ import annotations

import psycopg

from .net import Endpoint
from .waiting import wait_until


def count_backends(postgres: Endpoint, application_name: str) -> int:
    """How many sessions with this application_name are connected."""
    with psycopg.connect(postgres.conninfo("postgres")) as admin:
        query = "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s"
        return admin.execute(query, (application_name,)).fetchone()[0]


def wait_for_backends(
    postgres: Endpoint, application_name: str, count: int, timeout: float
) -> bool:
    """Wait until exactly `count` such sessions are connected; False on timeout."""
    return wait_until(
        lambda: count_backends(postgres, application_name) == count, timeout, interval=0.1
    )


def wait_event(postgres: Endpoint, application_name: str) -> str | None:
    """The wait_event of the (first) session with this application_name, None if none."""
    with psycopg.connect(postgres.conninfo("postgres")) as admin:
        query = "SELECT wait_event FROM pg_stat_activity WHERE application_name = %s"
        row = admin.execute(query, (application_name,)).fetchone()
        return row[0] if row else None


def terminate_active(postgres: Endpoint, application_name: str, timeout: float) -> bool:
    """pg_terminate_backend the session once it is running a query; False if it never was."""
    with psycopg.connect(postgres.conninfo("postgres"), autocommit=True) as admin:
        query = (
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = %s AND state = 'active'"
        )
        return wait_until(
            lambda: bool(admin.execute(query, (application_name,)).fetchall()), timeout
        )
