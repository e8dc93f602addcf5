"""The sync sidecar: catalog polling, landing parked values into real columns, feedback.

`run_sync(store, upstream_dsn)` is what `pgstitch serve` starts; `python -m sync` runs it alone.
See docs/sync.md.
"""

from sync.service import SyncService, run_sync
from sync.settings import SyncSettings

__all__ = ["SyncService", "SyncSettings", "run_sync"]
