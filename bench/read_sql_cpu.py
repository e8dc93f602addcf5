"""What the rewritten shadow read costs Postgres itself: backend CPU per execution.

Runs, as prepared statements over one connection each, the point read of
bench/shadow_read_bench.py in three forms, and reads the backend process's CPU time from /proc:

- `real`: `loyalty` as a real column of the twin database;
- `rewritten`: the statement as pgstitch's rewriter renders it for the postgres store (a scalar
  sub-select into pgstitch.parked per row);
- `join`: the same values through a `LEFT JOIN pgstitch.parked` instead.

The databases, the parked values and pgstitch's tables are those bench/shadow_read_bench.py
leaves behind; run it first. Postgres must run on this machine (its backends' /proc is read).

    python bench/read_sql_cpu.py --rounds 7
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pgbench_runs import admin_connection  # noqa: E402
from servers import HOST  # noqa: E402
from shadow_read_bench import SHADOW_DB, TWIN_DB  # noqa: E402

from proxy.rewrite import Rewriter, TableParkedSource  # noqa: E402
from shadow.catalog import CATALOG_SQL, snapshot_from_rows  # noqa: E402
from shadow.columns import ShadowColumn  # noqa: E402
from shadow.schema import ShadowSchema  # noqa: E402

READ = "SELECT abalance, loyalty FROM pgbench_accounts WHERE aid = $1"
JOIN = (
    "SELECT abalance, ((p.vals -> 'loyalty') #>> '{}')::integer AS loyalty"
    " FROM pgbench_accounts AS a LEFT JOIN pgstitch.parked AS p"
    " ON p.schema_name = 'public' AND p.table_name = 'pgbench_accounts'"
    " AND p.row_key = a.aid::text WHERE a.aid = $1"
)
TICK = os.sysconf("SC_CLK_TCK")


def rewritten(port: int) -> str:
    """The read as the rewriter renders it with `loyalty` served on pgbench_accounts."""
    with admin_connection(HOST, port, SHADOW_DB) as conn:
        catalog = snapshot_from_rows(conn.execute(CATALOG_SQL).fetchall(), 1)
    schema = ShadowSchema(1, (ShadowColumn("public", "pgbench_accounts", "loyalty", "integer"),))
    rewrite = Rewriter(catalog, schema).rewrite(READ, ("public",))
    if rewrite is None:
        raise SystemExit("the rewriter left the read alone: is loyalty a real column there?")
    return rewrite.render(TableParkedSource())


def backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def per_execution(port: int, database: str, sql: str, keys: list[int]) -> float:
    """Backend CPU seconds per execution of `sql` (prepared) over `keys`."""
    with admin_connection(HOST, port, database) as conn:
        conn.prepare_threshold = 0
        pid = conn.info.backend_pid
        sql = sql.replace("$1", "%s")
        for key in keys[:1000]:  # prepare and warm up
            conn.execute(sql, (key,)).fetchall()
        before = backend_cpu(pid)
        for key in keys:
            conn.execute(sql, (key,)).fetchall()
        return (backend_cpu(pid) - before) / len(keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--executions", type=int, default=10_000, help="per round and form")
    parser.add_argument("--postgres-port", type=int, default=5432)
    args = parser.parse_args(argv)
    forms = {
        "real": (TWIN_DB, READ),
        "rewritten": (SHADOW_DB, rewritten(args.postgres_port)),
        "join": (SHADOW_DB, JOIN),
    }
    rng = random.Random(1)
    keys = [rng.randint(1, 1_000_000) for _ in range(args.executions)]
    samples: dict[str, list[float]] = {name: [] for name in forms}
    for _ in range(args.rounds):
        for name, (database, sql) in forms.items():
            samples[name].append(per_execution(args.postgres_port, database, sql, keys))
    for name, values in samples.items():
        print(
            f"{name:10} {min(values) * 1e6:5.1f} us backend CPU per execution (least of"
            f" {args.rounds}; {', '.join(f'{v * 1e6:.1f}' for v in values)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
