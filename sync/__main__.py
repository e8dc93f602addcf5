"""`python -m sync`: the sync sidecar as a process of its own, next to proxies run with --no-sync."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from shadow.store.factory import STORE_CHOICES, open_store
from sync.service import SyncService
from sync.settings import SyncSettings


def main(argv: list[str] | None = None) -> int:
    """Parse the flags and run until SIGTERM or SIGINT; 2 on bad input."""
    parser = argparse.ArgumentParser(prog="python -m sync", description=__doc__)
    parser.add_argument("--upstream", required=True, help="DSN of the managed database")
    parser.add_argument("--store", default="postgres", help=f"state store: {STORE_CHOICES}")
    parser.add_argument("--holder", help="name of this instance in the leadership record")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a sync setting, e.g. poll_interval=0.5 or grace_period=7d (repeatable)",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    args = parser.parse_args(argv)
    try:
        pairs = dict(_pair(item) for item in args.set)
        settings = SyncSettings.from_mapping(pairs)
        store = open_store(args.store, args.upstream)
    except ValueError as exc:
        print(f"python -m sync: error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    return asyncio.run(_serve(SyncService(store, args.upstream, settings, holder=args.holder)))


def _pair(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep:
        raise ValueError(f"--set takes KEY=VALUE, got {item!r}")
    return key.strip(), value.strip()


async def _serve(service: SyncService) -> int:
    task = asyncio.create_task(service.run())
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        pass
    finally:
        await service.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
