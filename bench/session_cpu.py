"""Instructions pgstitch's session pump spends per pgbench transaction, without sockets.

A `Session` is fed, in a loop, the bytes pgbench and Postgres exchange for one transaction
(simple, extended, prepared): the client's statement, with a new constant each time in the simple
protocol as pgbench sends it, and the server's answer to what the session sent upstream (worked
out during a warm-up; steady from then on). Run under `valgrind --tool=callgrind` twice with
different loop counts, the difference gives instructions per transaction: a number that stays put
on a busy machine, unlike tps or CPU time.

    python bench/session_cpu.py                      # every case, callgrind
    python bench/session_cpu.py --cases untouched --modes prepared
    python bench/session_cpu.py --timer              # CPU time instead (no valgrind)

Cases, each with `pgbench -S`'s statement unless said: `plain` (no shadow column served),
`untouched` (10 served shadow columns on tables the workload does not read), `served` (`loyalty`
served on pgbench_accounts, which the statement reads without naming it), `read` (the statement
reads `loyalty` too: rewritten, postgres store) and `write` (`UPDATE … SET loyalty = loyalty + 1`
by `aid`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import struct
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from callgrind import instructions_per_loop  # noqa: E402

from proxy.protocol import messages as m  # noqa: E402
from proxy.rewrite.parked import TableParkedSource  # noqa: E402
from proxy.session import Session, _Side  # noqa: E402
from proxy.shadow_view import ShadowView  # noqa: E402
from shadow.catalog import CatalogSnapshot, LiveColumn, LiveTable  # noqa: E402
from shadow.columns import ShadowColumn  # noqa: E402
from shadow.schema import ShadowSchema  # noqa: E402
from shadow.store.memory import MemoryStore  # noqa: E402

CASES = ("plain", "untouched", "served", "read", "write")
MODES = ("simple", "extended", "prepared")
DATABASE = "bench"


def _message(type_: bytes, body: bytes = b"") -> bytes:
    return type_ + struct.pack("!I", len(body) + 4) + body


def _parse(name: bytes, sql: str) -> bytes:
    return _message(b"P", name + b"\0" + sql.encode() + b"\0\0\0")


def _bind(name: bytes) -> bytes:
    return _message(b"B", b"\0" + name + b"\0\0\0\0\x01\0\0\0\x0512345\0\0")


SELECT = "SELECT abalance FROM pgbench_accounts WHERE aid = $1;"
STATEMENTS = {
    "read": "SELECT abalance, loyalty FROM pgbench_accounts WHERE aid = $1;",
    "write": "UPDATE pgbench_accounts SET loyalty = loyalty + 1 WHERE aid = $1;",
}
ROW_DESCRIPTION = _message(b"T", b"\0\x01abalance\0" + bytes(18))
ROWS = _message(b"D", b"\0\x01\0\0\0\x04-123") + _message(b"C", b"SELECT 1\0")
UPDATED = _message(b"C", b"UPDATE 1\0")
EXECUTE = _message(b"D", b"P\0") + _message(b"E", bytes(5)) + _message(b"S")
# Distinct constants the simple protocol's statements cycle through (as pgbench's random aid).
VARIANTS = 1000


def exchange(mode: str, sql: str) -> tuple[bytes, list[bytes]]:
    """(set-up bytes, the client bytes of successive transactions) in this mode."""
    if mode == "simple":
        return b"", [
            _message(b"Q", sql.replace("$1", str(10_000 + n)).encode() + b"\0")
            for n in range(VARIANTS)
        ]
    if mode == "extended":
        return b"", [_parse(b"", sql) + _bind(b"") + EXECUTE]
    return _parse(b"P0_1", sql) + _message(b"S"), [_bind(b"P0_1") + EXECUTE]


def server_reply(sent: bytes, writes: bool) -> bytes:
    """What Postgres answers to the messages `sent` (a read or a write of one row)."""
    reply = []
    rows = UPDATED if writes else ROWS
    position = 0
    while position < len(sent):
        kind = sent[position : position + 1]
        position += 1 + struct.unpack_from("!I", sent, position + 1)[0]
        if kind == b"P":
            reply.append(_message(b"1"))
        elif kind == b"B":
            reply.append(_message(b"2"))
        elif kind == b"D":
            reply.append(_message(b"n") if writes else ROW_DESCRIPTION)
        elif kind == b"E":
            reply.append(rows)
        elif kind == b"C":
            reply.append(_message(b"3"))
        elif kind == b"S":
            reply.append(_message(b"Z", b"I"))
        elif kind == b"Q":
            reply += [rows if writes else ROW_DESCRIPTION + rows, _message(b"Z", b"I")]
    return b"".join(reply)


def _table(name: str, columns: list[tuple[str, str, int]], key: str) -> LiveTable:
    live = tuple(LiveColumn(c, t, oid, n) for n, (c, t, oid) in enumerate(columns, 1))
    return LiveTable("public", name, "r", live, (key,))


CATALOG = CatalogSnapshot(
    {
        ("public", "pgbench_accounts"): _table(
            "pgbench_accounts",
            [
                ("aid", "integer", 23),
                ("bid", "integer", 23),
                ("abalance", "integer", 23),
                ("filler", "character(84)", 1042),
            ],
            "aid",
        ),
        ("public", "pgbench_branches"): _table(
            "pgbench_branches",
            [
                ("bid", "integer", 23),
                ("bbalance", "integer", 23),
                ("filler", "character(88)", 1042),
            ],
            "bid",
        ),
        ("public", "pgbench_tellers"): _table(
            "pgbench_tellers",
            [
                ("tid", "integer", 23),
                ("bid", "integer", 23),
                ("tbalance", "integer", 23),
                ("filler", "character(84)", 1042),
            ],
            "tid",
        ),
    },
    1,
)
UNTOUCHED = [("pgbench_branches", f"note_{i}", "text") for i in range(5)] + [
    ("pgbench_tellers", f"score_{i}", "integer") for i in range(5)
]


def view_for(case: str) -> ShadowView:
    """A shadow view with the case's served columns, loaded without a store or a database."""
    view = ShadowView(MemoryStore(), "postgresql://unused/bench")
    # Sessions of an outside store also make their staging tables once, with a query this
    # harness cannot answer; what they do per statement afterwards is measured by the others.
    view.mirror = None
    columns = {
        "plain": [],
        "untouched": UNTOUCHED,
        "served": [("pgbench_accounts", "loyalty", "integer")],
        "read": [("pgbench_accounts", "loyalty", "integer")],
        "write": [("pgbench_accounts", "loyalty", "integer")],
    }
    view._set_catalog(CATALOG)
    view._set_schema(
        ShadowSchema(1, tuple(ShadowColumn("public", t, c, ty) for t, c, ty in columns[case]))
    )
    if case in ("served", "read", "write"):
        view._static_source = TableParkedSource()  # as with the postgres store
    return view


def session_for(view: ShadowView) -> Session:
    """A relaying session of the managed database whose transports discard what they get."""
    server = SimpleNamespace(max_message_size=1 << 27, shadow_view=view, managed_database=DATABASE)
    session = Session(server, 1)  # type: ignore[arg-type]
    session.startup = m.StartupMessage(m.PROTOCOL_3_0, {"user": "postgres", "database": DATABASE})
    session.upstream = _Side(session, "upstream")
    for side in (session.client, session.upstream):
        side.transport = SimpleNamespace(write=len, set_protocol=lambda protocol: None)  # type: ignore[assignment]
    session._start_relay()
    return session


async def loop(case: str, mode: str, count: int) -> float:
    """Run `count` transactions (after a warm-up); CPU seconds per transaction."""
    setup, clients = exchange(mode, STATEMENTS.get(case, SELECT))
    session = session_for(view_for(case))
    sent: list[bytes] = []
    session.upstream.transport.write = sent.append  # type: ignore[union-attr]
    writes = case == "write"
    if setup:
        session._from_client(setup)
        session._from_upstream(server_reply(b"".join(sent), writes))
    for n in range(50):  # shapes are remembered, statements kept prepared: the steady state
        sent.clear()
        session._from_client(clients[n % len(clients)])
        server = server_reply(b"".join(sent), writes)
        session._from_upstream(server)
    session.upstream.transport.write = len  # type: ignore[union-attr]
    from_client, from_upstream = session._from_client, session._from_upstream
    variants = len(clients)
    started = time.process_time()
    for n in range(count):
        from_client(clients[n % variants])
        from_upstream(server)
    spent = time.process_time() - started
    if session.state.ready_received != session.state.sync_points_sent or session.closing:
        raise SystemExit(f"{case} {mode}: the session did not answer every sync point")
    return spent / count


def instructions(case: str, mode: str, low: int = 2000, high: int = 12000) -> float:
    """Instructions per transaction: callgrind's total at two loop counts, differenced."""
    return instructions_per_loop([sys.executable, __file__, "--inner", case, mode], low, high)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--timer", action="store_true", help="CPU time, not callgrind")
    parser.add_argument(
        "--inner", nargs=3, metavar=("CASE", "MODE", "COUNT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.inner:
        case, mode, count = args.inner
        asyncio.run(loop(case, mode, int(count)))
        return 0
    if not args.timer and shutil.which("valgrind") is None:
        parser.error("valgrind is not installed: use --timer")
    for case in args.cases.split(","):
        for mode in args.modes.split(","):
            if args.timer:
                best = min(asyncio.run(loop(case, mode, 20000)) for _ in range(5))
                print(f"{case:10} {mode:9} {best * 1e6:6.2f} us CPU per transaction", flush=True)
            else:
                count = instructions(case, mode)
                print(f"{case:10} {mode:9} {count:9,.0f} instructions per transaction", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
