"""Reloading the configuration file on SIGHUP, as `pgstitch serve` does (docs/proxy.md).

Applied at once: the `[[shadow]]` declarations (put in the store like at start), the log level,
the TLS certificate and key (for connections that start after), the largest message size (for
sessions that start after) and the shutdown timeout. The rest needs a restart and is only
reported when it changed. A file that cannot be read or holds an error changes nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from pgstitch import config as configuration
from pgstitch.declared import declared_columns

log = logging.getLogger("pgstitch")

# Settings read once at start.
_AT_RESTART = ("listen", "upstream", "store", "admin", "admin_token", "sync", "sync_settings",
               "predictor")  # fmt: skip


async def reload_configuration(
    load: Callable[[], configuration.Config],
    current: configuration.Config,
    server: Any,
    view: Any,
) -> configuration.Config:
    """Load the configuration again and apply what can change while serving; the configuration
    in force after (the current one when the new one cannot be used)."""
    try:
        new = load()
        declared = declared_columns(new.shadow)
        if new.tls_cert and not new.tls_key:
            raise configuration.ConfigError("tls_cert needs tls_key")
        settings = dataclasses.replace(
            server.settings,
            tls_cert=new.tls_cert,
            tls_key=new.tls_key,
            max_message_size=new.max_message_size,
            shutdown_timeout=new.shutdown_timeout,
        )
        tls_context = settings.tls_context()
    except (configuration.ConfigError, ValueError, OSError) as exc:
        log.error("configuration not reloaded, the one in force stays: %s", exc)
        return current
    server.settings = settings
    server.tls_context = tls_context
    server.max_message_size = new.max_message_size
    logging.getLogger().setLevel(new.log_level.upper())
    try:
        await view.declare_again(declared)
    except Exception as exc:
        log.error("declared shadow columns not stored yet, retried at the next reload: %s", exc)
    later = [name for name in _AT_RESTART if getattr(new, name) != getattr(current, name)]
    if later:
        log.warning("changed settings take effect at the next start: %s", ", ".join(later))
    log.info("configuration reloaded: %d declared shadow column(s)", len(declared))
    return new
