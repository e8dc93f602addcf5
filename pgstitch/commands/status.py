"""`pgstitch status`: what a running proxy reports through its admin API."""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from typing import Any

from pgstitch import config as configuration

_TIMEOUT = 10.0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `status` and its flags."""
    parser = subparsers.add_parser("status", help="show a running proxy's state (admin API)")
    parser.add_argument("--config", help="TOML configuration file ([admin] listen and token)")
    parser.add_argument(
        "--admin", help="HOST:PORT of the proxy's admin API (default 127.0.0.1:6480)"
    )
    parser.add_argument("--token", help="the admin API's token, if it has one")
    parser.add_argument("--json", action="store_true", help="print the status as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Fetch /api/status and print it."""
    from pgstitch.commands.serve import ADMIN_PORT, admin_address

    try:
        config = configuration.load(
            args.config, overrides={"admin": args.admin, "admin_token": args.token}
        )
        host, port = admin_address(config.admin or f"127.0.0.1:{ADMIN_PORT}")
    except configuration.ConfigError as exc:
        print(f"pgstitch: {exc}", file=sys.stderr)
        return 2
    if ":" in host:
        host = f"[{host}]"
    request = urllib.request.Request(f"http://{host}:{port}/api/status")
    if config.admin_token:
        request.add_header("Authorization", f"Bearer {config.admin_token}")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            status = json.load(response)
    except urllib.error.HTTPError as exc:
        reason = "a valid --token is needed" if exc.code == 401 else f"HTTP {exc.code}"
        print(f"pgstitch: the admin API at {host}:{port} refused: {reason}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"pgstitch: cannot reach the admin API at {host}:{port}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(status, indent=2))
    else:
        print(readable(status))
    return 0 if status["store"]["reachable"] and status["shadow_schema"]["loaded"] else 3


def readable(status: dict[str, Any]) -> str:
    """The status as lines of `name: value`."""
    store = status["store"]
    schema = status["shadow_schema"]
    states = ", ".join(f"{n} {state}" for state, n in schema["columns_by_state"].items() if n)
    sync = status["sync"]
    lines = [
        f"pgstitch {status['version']} ({status['proxy_id']}), up {status['uptime_seconds']:.0f} s",
        f"listening on {status['listen']}, upstream {status['upstream']}",
        f"sessions: {status['sessions']} open, {status['sessions_accepted']} accepted",
        f"store: {store['name']}, "
        + ("reachable" if store["reachable"] else f"UNREACHABLE ({store.get('error', '')})"),
        f"shadow schema: version {schema['version']}, {schema['served']} column(s) served"
        + (f" ({states})" if states else "")
        + ("" if schema["loaded"] else ", NOT LOADED"),
        f"live catalog: {status['catalog_relations']} relation(s);"
        f" unknown columns seen in {status['unknown_columns_seen']} query shape(s)",
        "sync: " + ("leading" if sync["leading"] else "following" if sync["enabled"] else "off"),
    ]
    return "\n".join(lines)
