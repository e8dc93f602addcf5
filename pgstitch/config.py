"""Configuration: a TOML file, overridden by PGSTITCH_… environment variables, overridden by flags.

Every setting has a section and a key (`[proxy] listen`); its environment variable is
`PGSTITCH_<SECTION>_<KEY>` in upper case (`PGSTITCH_PROXY_LISTEN`). `PGSTITCH_UPSTREAM` is accepted as
a short form of `PGSTITCH_UPSTREAM_DSN`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

DEFAULT_UPSTREAM = "postgresql://127.0.0.1:5432/postgres"


class ConfigError(Exception):
    """The configuration is invalid; the message says which setting and why."""


@dataclass
class Config:
    """Every setting of a pgstitch process, with its default."""

    listen: str = field(default="127.0.0.1:6432", metadata={"section": "proxy"})
    max_message_size: int = field(default=128 * 1024 * 1024, metadata={"section": "proxy"})
    shutdown_timeout: float = field(default=30.0, metadata={"section": "proxy"})
    tls_cert: str | None = field(default=None, metadata={"section": "proxy"})
    tls_key: str | None = field(default=None, metadata={"section": "proxy"})
    log_level: str = field(default="info", metadata={"section": "proxy"})
    upstream: str = field(default=DEFAULT_UPSTREAM, metadata={"section": "upstream", "key": "dsn"})
    store: str = field(default="postgres", metadata={"section": "store", "key": "url"})
    admin: str | None = field(default=None, metadata={"section": "admin", "key": "listen"})
    admin_token: str | None = field(default=None, metadata={"section": "admin", "key": "token"})
    sync: bool = field(default=True, metadata={"section": "sync", "key": "enabled"})
    shadow: list[dict[str, Any]] = field(default_factory=list, metadata={"section": None})
    # The other keys of [sync] (poll_interval, grace_period, …), checked by the sync service.
    sync_settings: dict[str, Any] = field(default_factory=dict, metadata={"section": None})
    # [predictor]: inputs and schedule of the periodic prediction (see pgstitch.prediction_task).
    predictor: dict[str, Any] = field(default_factory=dict, metadata={"section": None})

    @staticmethod
    def env_name(name: str) -> str:
        """The environment variable of a setting."""
        meta = _META[name]
        return f"PGSTITCH_{meta['section']}_{meta['key']}".upper()


_META = {
    f.name: {"section": f.metadata.get("section"), "key": f.metadata.get("key", f.name)}
    for f in fields(Config)
}


def load(
    path: str | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Build the configuration from a TOML file, the environment and flag overrides (None = unset)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    if path:
        values.update(_from_file(path))
    if "PGSTITCH_UPSTREAM" in environ:
        values["upstream"] = environ["PGSTITCH_UPSTREAM"]
    for name, meta in _META.items():
        if meta["section"] is None:
            continue
        env = Config.env_name(name)
        if env in environ:
            values[name] = environ[env]
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    return _build(values)


def _from_file(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from None
    values: dict[str, Any] = {}
    known = {(meta["section"], meta["key"]): name for name, meta in _META.items()}
    for section, table in document.items():
        if section == "predictor":
            if not isinstance(table, dict):
                raise ConfigError("[predictor] must be a table")
            values["predictor"] = table
            continue
        if section == "shadow":
            if not isinstance(table, list):
                raise ConfigError("[[shadow]] entries must be an array of tables")
            values["shadow"] = table
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"unknown top-level setting {section!r} in {path}")
        for key, value in table.items():
            name = known.get((section, key))
            if name is None and section == "sync":
                values.setdefault("sync_settings", {})[key] = value
                continue
            if name is None:
                raise ConfigError(f"unknown setting [{section}] {key} in {path}")
            values[name] = value
    return values


def _build(values: dict[str, Any]) -> Config:
    config = Config()
    for f in fields(Config):
        if f.name not in values:
            continue
        value = values[f.name]
        default = getattr(config, f.name)
        try:
            if isinstance(default, bool):
                value = _to_bool(value)
            elif isinstance(default, int):
                value = int(value)
            elif isinstance(default, float):
                value = float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"invalid value for {f.name}: {value!r}") from None
        setattr(config, f.name, value)
    return config


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)


def split_host_port(address: str, default_port: int) -> tuple[str, int]:
    """`HOST:PORT`, `[v6]:PORT` or `HOST` → (host, port)."""
    host, sep, port = address.rpartition(":")
    if not sep:
        return address, default_port
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"invalid address {address!r}: port must be a number from 0 to 65535")
    return host or "0.0.0.0", int(port)
