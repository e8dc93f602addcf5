"""`pgstitch serve`: run the proxy in front of an upstream Postgres."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import logging
import signal
import sys

from pgstitch import config as configuration
from pgstitch import logs
from pgstitch.declared import declared_columns
from pgstitch.prediction_task import predict_command, run_periodically
from pgstitch.reload import reload_configuration

log = logging.getLogger("pgstitch")

# The admin API's port when `--admin` names a host alone.
ADMIN_PORT = 6480


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `serve` and its flags."""
    parser = subparsers.add_parser("serve", help="run the proxy")
    parser.add_argument("--config", help="TOML configuration file")
    parser.add_argument("--listen", help="HOST:PORT to accept clients on (default 127.0.0.1:6432)")
    parser.add_argument("--upstream", help="DSN of the Postgres to proxy (libpq URI or key=value)")
    parser.add_argument("--store", help="state store: postgres (default), memory or redis://…")
    parser.add_argument("--admin", help="HOST:PORT of the admin HTTP API")
    parser.add_argument("--tls-cert", help="certificate (PEM) for TLS towards clients")
    parser.add_argument("--tls-key", help="private key (PEM) for --tls-cert")
    parser.add_argument("--max-message-size", type=int, help="largest client message, in bytes")
    parser.add_argument(
        "--shutdown-timeout", type=float, help="seconds busy sessions get after SIGTERM"
    )
    parser.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    parser.add_argument(
        "--no-sync", dest="sync", action="store_const", const=False, help="do not run sync"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the configuration and serve until SIGTERM or SIGINT."""
    from proxy.server import ProxySettings
    from proxy.upstream import Upstream

    overrides = {
        key: getattr(args, key)
        for key in (
            "listen",
            "upstream",
            "store",
            "admin",
            "tls_cert",
            "tls_key",
            "max_message_size",
            "shutdown_timeout",
            "log_level",
            "sync",
        )
    }
    try:
        config = configuration.load(args.config, overrides=overrides)
        host, port = configuration.split_host_port(config.listen, 6432)
        settings = ProxySettings(
            upstream=Upstream.from_dsn(config.upstream),
            host=host,
            port=port,
            max_message_size=config.max_message_size,
            shutdown_timeout=config.shutdown_timeout,
            tls_cert=config.tls_cert,
            tls_key=config.tls_key,
        )
        if config.tls_cert and not config.tls_key:
            raise configuration.ConfigError("--tls-cert needs --tls-key")
        admin = None
        if config.admin:
            admin = (*admin_address(config.admin), config.admin_token)
        declared = declared_columns(config.shadow)
        from shadow.store.factory import open_store
        from sync.settings import SyncSettings

        sync_settings = SyncSettings.from_mapping(config.sync_settings) if config.sync else None
        store = open_store(config.store, config.upstream)
        prediction = predict_command(config.predictor, config.store, config.upstream)
        interval = float(config.predictor.get("interval", 6 * 3600))
    except (configuration.ConfigError, ValueError) as exc:
        print(f"pgstitch: {exc}", file=sys.stderr)
        return 2
    logs.configure(config.log_level)
    try:
        import uvloop

        return uvloop.run(
            _serve(
                settings,
                store,
                declared,
                config.upstream,
                sync_settings,
                (prediction, interval),
                admin,
                (config, lambda: configuration.load(args.config, overrides=overrides)),
            )
        )
    except OSError as exc:
        log.error("cannot start: %s", exc)
        return 1


async def _serve(
    settings, store, declared, upstream_dsn: str, sync_settings, prediction, admin, reloading
) -> int:
    from pgstitch.admin.http import AdminServer
    from pgstitch.admin.state import ProxyState
    from proxy.server import ProxyServer
    from proxy.shadow_view import ShadowView
    from sync.service import SyncService

    try:
        settings.tls_context()
    except (OSError, ValueError) as exc:
        log.error("cannot load TLS certificate: %s", exc)
        return 2
    view = ShadowView(store, upstream_dsn, declared)
    server = ProxyServer(settings, view)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    # Installed before the proxy says it listens, so that an early SIGHUP never ends the process;
    # a reload asked for during start waits until the view is running.
    started = asyncio.Event()
    config, load = reloading
    reload_lock = asyncio.Lock()
    reloading_tasks: set[asyncio.Task] = set()

    async def reload() -> None:
        nonlocal config
        await started.wait()
        async with reload_lock:  # one at a time, each reading the file as it is when it starts
            config = await reload_configuration(load, config, server, view)

    def on_hangup() -> None:
        task = loop.create_task(reload())
        reloading_tasks.add(task)
        task.add_done_callback(reloading_tasks.discard)

    loop.add_signal_handler(signal.SIGHUP, on_hangup)
    await server.start()
    await view.start()
    tasks = []
    sync = None
    if sync_settings is not None:
        sync = SyncService(store, upstream_dsn, sync_settings)
        tasks.append(asyncio.get_running_loop().create_task(sync.run()))
        command, interval = prediction
        if command is not None:
            tasks.append(
                asyncio.get_running_loop().create_task(
                    run_periodically(command, interval, lambda: sync.leading)
                )
            )
    admin_server = None
    if admin is not None:
        host, port, token = admin
        if not token and not _loopback(host):
            log.warning("admin API on %s without a token: anyone who reaches it can read it", host)
        admin_server = AdminServer(ProxyState(server, view, sync), host, port, token)
        try:
            await admin_server.start()
        except OSError as exc:
            log.error("cannot start the admin API: %s", exc)
            await server.shutdown()
            await view.close()
            await store.close()
            return 1
    started.set()
    await stop.wait()
    if admin_server is not None:
        await admin_server.close()
    await server.shutdown()
    for task in tasks:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    await view.close()
    await store.close()
    log.info("stopped")
    return 0


def admin_address(text: str) -> tuple[str, int]:
    """(host, port) of the admin API: `HOST:PORT`, `HOST` (port 6480) or `:PORT` (loopback)."""
    host, port = configuration.split_host_port(text, ADMIN_PORT)
    return ("127.0.0.1" if text.startswith(":") else host), port


def _loopback(host: str) -> bool:
    """Whether `host` is a loopback address or name."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
