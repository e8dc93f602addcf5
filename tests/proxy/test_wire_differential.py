"""Extended-protocol flows as drivers such as JDBC send them, on a raw socket, through pgstitch
with each store and directly against the twin database (where the shadow columns are real):
binary parameters and results, untyped parameters, named statements and portals with row
limits, batches of Bind/Execute with a failing row, Flush, Describe of statements and portals.

Every message must match, but for what differs between two databases or is documented to
differ (docs/rewriting.md): table OIDs in RowDescription (live columns must still name a table,
and their column number), shadow columns' table and column number, and OIDs of user-defined
types.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from psycopg.conninfo import conninfo_to_dict

from tests.helpers import wire
from tests.helpers.net import Endpoint
from tests.proxy.test_differential_writes import ThroughProxy, _reset
from tests.proxy.test_differential_writes import shadow as shadow
from tests.proxy.test_differential_writes import twin as twin
from tests.rewrite.conftest import SHADOW_COLUMNS, DifferentialDatabases
from tests.rewrite.conftest import differential_dbs as differential_dbs
from tests.rewrite.differential import LibpqExecutor

SHADOW_NAMES = {column.column.encode() for column in SHADOW_COLUMNS}
FIRST_USER_OID = 16384
# The RETURNING of an INSERT into a table with shadow columns names no table for its live
# columns either (docs/rewriting.md).
ORIGINS_DIFFER = {"insert_returning_in_binary_with_a_row_limit"}


def cstring(text: str) -> bytes:
    return text.encode() + b"\0"


def parse(name: str, sql: str, types: tuple[int, ...] = ()) -> bytes:
    counts = struct.pack("!h", len(types)) + b"".join(struct.pack("!i", t) for t in types)
    return wire.frame(b"P", cstring(name) + cstring(sql) + counts)


def bind(
    portal: str,
    statement: str,
    params: tuple[bytes | None, ...] = (),
    param_formats: tuple[int, ...] = (),
    result_formats: tuple[int, ...] = (),
) -> bytes:
    body = cstring(portal) + cstring(statement)
    body += struct.pack("!h", len(param_formats))
    body += b"".join(struct.pack("!h", f) for f in param_formats)
    body += struct.pack("!h", len(params))
    for value in params:
        body += struct.pack("!i", -1) if value is None else struct.pack("!i", len(value)) + value
    body += struct.pack("!h", len(result_formats))
    body += b"".join(struct.pack("!h", f) for f in result_formats)
    return wire.frame(b"B", body)


def execute(portal: str = "", max_rows: int = 0) -> bytes:
    return wire.frame(b"E", cstring(portal) + struct.pack("!i", max_rows))


def describe(kind: bytes, name: str = "") -> bytes:
    return wire.frame(b"D", kind + cstring(name))


def close(kind: bytes, name: str) -> bytes:
    return wire.frame(b"C", kind + cstring(name))


def query(sql: str) -> bytes:
    return wire.frame(b"Q", cstring(sql))


def int4(value: int) -> bytes:
    return struct.pack("!i", value)


SYNC = wire.frame(b"S")
FLUSH = wire.frame(b"H")

# Each step: the bytes sent, and how many ReadyForQuery end its answer.
FLOWS: dict[str, list[tuple[bytes, int]]] = {
    "named_statement_described_then_bound_in_binary": [
        (
            parse("s1", "SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id = $1")
            + describe(b"S", "s1")
            + SYNC,
            1,
        ),
        (bind("", "s1", (b"3",)) + describe(b"P") + execute() + SYNC, 1),
        (bind("", "s1", (int4(1),), (1,), (1,)) + describe(b"P") + execute() + SYNC, 1),
    ],
    "untyped_parameters_of_shadow_columns_some_binary": [
        (
            parse("", "UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $3")
            + describe(b"S")
            + SYNC,
            1,
        ),
        (
            parse("", "UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $3")
            + bind("", "", (int4(7), b"gold", int4(2)), (1, 0, 1))
            + execute()
            + SYNC,
            1,
        ),
        (query("SELECT id, loyalty, tier FROM accounts ORDER BY id"), 1),
    ],
    "begin_and_batch_in_one_sync_then_rollback": [
        (
            parse("", "BEGIN")
            + bind("", "")
            + execute()
            + parse("s2", "UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2")
            + bind("", "s2", (b"5", b"1"))
            + execute()
            + bind("", "s2", (b"6", b"2"))
            + execute()
            + bind("", "s2", (b"7", b"999"))
            + execute()
            + SYNC,
            1,
        ),
        (
            parse("", "SELECT id, loyalty FROM accounts WHERE id < $1 ORDER BY id")
            + bind("", "", (b"4",))
            + describe(b"P")
            + execute()
            + SYNC,
            1,
        ),
        (parse("", "ROLLBACK") + bind("", "") + execute() + SYNC, 1),
        (query("SELECT id, loyalty FROM accounts WHERE id < 4 ORDER BY id"), 1),
    ],
    "portal_with_row_limits_across_a_write": [
        (query("BEGIN"), 1),
        (
            parse("s3", "SELECT id, loyalty, labels, mood FROM accounts ORDER BY id")
            + bind("c1", "s3", result_formats=(1,))
            + describe(b"P", "c1")
            + execute("c1", 3)
            + SYNC,
            1,
        ),
        (execute("c1", 2) + SYNC, 1),
        (query("UPDATE accounts SET loyalty = 9 WHERE id = 7"), 1),
        (execute("c1", 0) + close(b"P", "c1") + SYNC, 1),
        (query("COMMIT"), 1),
        (query("SELECT id, loyalty FROM accounts ORDER BY id"), 1),
    ],
    "insert_returning_in_binary_with_a_row_limit": [
        (
            parse(
                "",
                "INSERT INTO accounts (id, name, loyalty, tier) SELECT g, 'x', g, 't' || g"
                " FROM generate_series(100, 104) g RETURNING id, loyalty, tier, mood",
            )
            + bind("", "", result_formats=(1,))
            + describe(b"P")
            + execute("", 2)
            + SYNC,
            1,
        ),
        (query("SELECT id, loyalty, tier, mood FROM accounts WHERE id >= 100 ORDER BY id"), 1),
    ],
    "batch_whose_second_row_fails": [
        (
            parse("s4", "UPDATE line_items SET discount = $1 WHERE order_id = $2 AND line = $3")
            + bind("", "s4", (b"1.5", b"1", b"1"))
            + execute()
            + bind("", "s4", (b"1234567", b"1", b"2"))
            + execute()
            + bind("", "s4", (b"2.5", b"2", b"1"))
            + execute()
            + SYNC,
            1,
        ),
        (query("SELECT order_id, line, discount FROM line_items ORDER BY 1, 2"), 1),
        (bind("", "s4", (b"abc", b"1", b"1")) + execute() + SYNC, 1),
        (bind("", "s4", (b"1",)) + execute() + SYNC, 1),
        (bind("", "s4", (b"4.25", b"1", b"1")) + execute() + SYNC, 1),
        (query("SELECT order_id, line, discount FROM line_items ORDER BY 1, 2"), 1),
    ],
    "flush_between_executions_and_failing_parses": [
        (parse("a", "SELECT loyalty FROM accounts WHERE id = $1") + FLUSH, 0),
        (bind("", "a", (b"1",)) + execute() + FLUSH + bind("", "a", (b"2",)) + execute() + SYNC, 1),
        (parse("b", "UPDATE accounts SET no_such = 1") + SYNC, 1),
        (parse("c", "SELECT no_such FROM accounts") + SYNC, 1),
    ],
    "upsert_described_and_run_twice": [
        (
            parse(
                "u",
                "INSERT INTO line_items (order_id, line, discount) VALUES ($1, $2, $3)"
                " ON CONFLICT (order_id, line)"
                " DO UPDATE SET discount = EXCLUDED.discount + line_items.discount"
                " RETURNING discount",
            )
            + describe(b"S", "u")
            + SYNC,
            1,
        ),
        (
            bind("", "u", (b"1", b"1", b"2.5"))
            + describe(b"P")
            + execute()
            + bind("", "u", (b"9", b"99", None))
            + execute()
            + SYNC,
            1,
        ),
        (query("SELECT * FROM line_items ORDER BY 1, 2"), 1),
    ],
    "statement_closed_and_prepared_again_under_its_name": [
        (
            parse("s", "SELECT tier FROM accounts WHERE id = $1")
            + bind("", "s", (b"2",))
            + execute()
            + SYNC,
            1,
        ),
        (
            close(b"S", "s")
            + parse("s", "SELECT loyalty, tier FROM accounts WHERE id = $1")
            + bind("", "s", (b"2",))
            + describe(b"P")
            + execute()
            + SYNC,
            1,
        ),
        (parse("s", "SELECT 1") + SYNC, 1),
    ],
    "cursor_fetched_in_binary": [
        (
            query(
                "BEGIN; DECLARE cur CURSOR FOR SELECT id, loyalty, mood FROM accounts ORDER BY id"
            ),
            1,
        ),
        (
            parse("", "FETCH 3 FROM cur")
            + bind("", "", result_formats=(1,))
            + describe(b"P")
            + execute()
            + SYNC,
            1,
        ),
        (query("FETCH ALL FROM cur; CLOSE cur; COMMIT"), 1),
    ],
    "declared_parameter_types": [
        (parse("t1", "SELECT id FROM accounts WHERE tier = $1", (23,)) + SYNC, 1),
        (
            parse("t2", "SELECT id FROM accounts WHERE loyalty = $1", (25,))
            + describe(b"S", "t2")
            + SYNC,
            1,
        ),
        (
            parse("t3", "SELECT $1::int + loyalty AS x FROM accounts WHERE id = 1")
            + describe(b"S", "t3")
            + SYNC,
            1,
        ),
    ],
    "returning_described_before_and_after_bind": [
        (
            parse("", "UPDATE accounts SET tier = 'z' WHERE id = 3")
            + bind("", "")
            + describe(b"P")
            + execute()
            + SYNC,
            1,
        ),
        (
            parse("", "UPDATE accounts SET tier = 'q' WHERE id = 4 RETURNING tier, name")
            + describe(b"S")
            + bind("", "")
            + describe(b"P")
            + execute()
            + SYNC,
            1,
        ),
    ],
}


def _comparable(kind: bytes, payload: bytes, origins: bool) -> tuple:
    """A message with what may differ between the two databases left out; `origins`: whether
    live columns must name a table and their column number as in the twin."""
    if kind in (b"E", b"N"):
        fields = wire.error_fields(payload)
        return kind, {key: fields[key] for key in "SCMP" if key in fields}
    if kind != b"T":
        return kind, payload
    (count,) = struct.unpack("!h", payload[:2])
    position, columns = 2, []
    for _ in range(count):
        end = payload.index(b"\0", position)
        name = payload[position:end]
        table, number, type_oid, size, modifier, format_code = struct.unpack(
            "!ihihih", payload[end + 1 : end + 19]
        )
        position = end + 19
        type_key = type_oid if type_oid < FIRST_USER_OID else "user"
        origin = (table != 0, number) if origins and name not in SHADOW_NAMES else None
        columns.append((name, type_key, size, modifier, format_code, origin))
    return kind, tuple(columns)


def _run(
    endpoint: Endpoint, database: str, steps: list[tuple[bytes, int]], origins: bool
) -> list[list]:
    answers = []
    with wire.login(endpoint, "postgres", database) as conn:
        for data, readies in steps:
            conn.send(data)
            answer: list = []
            for _ in range(readies):
                answer += [_comparable(*message, origins) for message in conn.read_until(b"Z")]
            answers.append(answer)
    return answers


def _where(conninfo: str) -> tuple[Endpoint, str]:
    """The server and database of a connection string."""
    params = conninfo_to_dict(conninfo)
    endpoint = Endpoint(str(params.get("host", "127.0.0.1")), int(params.get("port", 5432)))
    return endpoint, str(params["dbname"])


@pytest.fixture
def fresh(twin: LibpqExecutor, shadow: ThroughProxy) -> Iterator[ThroughProxy]:
    _reset(twin, shadow)
    yield shadow


@pytest.mark.parametrize("flow", list(FLOWS))
def test_flow_matches_the_twin(
    flow: str, fresh: ThroughProxy, differential_dbs: DifferentialDatabases
) -> None:
    steps = FLOWS[flow]
    origins = flow not in ORIGINS_DIFFER
    expected = _run(*_where(differential_dbs.twin), steps, origins)
    got = _run(fresh.proxy.endpoint, _where(differential_dbs.shadow)[1], steps, origins)
    for number, (want, have) in enumerate(zip(expected, got, strict=True)):
        assert have == want, f"step {number}"
