"""pgstitch checked from the outside with a multi-tenant help-desk schema of its own.

The schema (tests/helpers/tenant_schema.py) has composite keys over a domain, an identity key
GENERATED ALWAYS, citext and uuid keys, a quoted mixed-case table in a quoted schema, a
partitioned table, a STORED generated column, a trigger bumping a live column on UPDATE and
foreign keys ON DELETE CASCADE onto tables with new columns. The new columns are declared in a
pgstitch.toml (postgres and memory stores) or with `pgstitch shadow add` (redis store); a twin
database has them for real. Application traffic runs through pgstitch and on the twin: psycopg
in the simple, extended and prepared protocols (reads, writes, upserts, savepoints, rollbacks,
multi-statement strings), the SQLAlchemy 2 ORM (session.add, bulk INSERT … RETURNING, attribute
changes, selectinload, joinedload, pagination, GROUP BY, jsonb and array operators, upserts,
nested transactions, a delete cascading to comments) and asyncpg. Every answer and the final
rows must match. On the durable stores a column added while the proxy serves is served as a
real one, and the values survive a restart of the proxy.

Volatile defaults (`now()`, `nextval()`, `gen_random_uuid()`) give values the twin cannot
match: they are read only where the traffic wrote them, or compared as set.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import psycopg
import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Computed,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Integer,
    Interval,
    Numeric,
    String,
    Text,
    any_,
    create_engine,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, ENUM, JSONB, UUID
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
    relationship,
    selectinload,
)

from tests.e2e.test_outside_in import Step, _answers, _assert_same, _cli, _rows, _through
from tests.helpers import tenant_schema as saas
from tests.helpers.databases import twin_databases
from tests.helpers.net import Endpoint
from tests.helpers.proxy_process import StartProxy
from tests.helpers.services import redis_store_under_prefix
from tests.helpers.twin_compare import TypeNames

TICKETS, COMMENTS = saas.TICKETS, saas.COMMENTS
TICKET_COLUMNS = "tenant_id, id, subject, body, words, revision, priority, meta, labels"

READS: list[Step] = [
    (f"SELECT {TICKET_COLUMNS} FROM {TICKETS} ORDER BY tenant_id, id", None, "read"),
    (
        f"SELECT t.tenant_id, t.priority, count(*), max(t.revision) FROM {TICKETS} t"
        " GROUP BY 1, 2 ORDER BY 1, 2",
        None,
        "read",
    ),
    (
        f"SELECT id, meta->>'source', meta @> '{{\"vip\": true}}' FROM {TICKETS}"
        " WHERE meta ? 'source' OR labels && ARRAY['billing'] ORDER BY tenant_id, id",
        None,
        "read",
    ),
    (
        f"SELECT c.author, c.internal, t.subject, t.priority FROM {COMMENTS} c"
        f" JOIN {TICKETS} t USING (tenant_id) WHERE c.ticket_id = t.id ORDER BY c.id",
        None,
        "read",
    ),
    (
        "SELECT tenant_id, sum(rate), max(sla) FROM agents GROUP BY tenant_id"
        " HAVING sum(rate) >= 0 ORDER BY 1",
        None,
        "read",
    ),
    ("SELECT * FROM events ORDER BY tenant_id, id", None, "read"),
    ("SELECT * FROM tenants ORDER BY slug", None, "read"),
    (
        f"SELECT id, public_id IS NOT NULL, opened_at IS NOT NULL, internal FROM {COMMENTS} c"
        f" JOIN {TICKETS} t ON (t.tenant_id, t.id) = (c.tenant_id, c.ticket_id) ORDER BY c.id",
        None,
        "read",
    ),
    (
        f"SELECT tenant_id, id FROM {TICKETS} WHERE priority = %s ORDER BY id LIMIT 2",
        ("high",),
        "read",
    ),
]

WRITES: list[Step] = [
    (
        f"INSERT INTO {TICKETS} (tenant_id, subject, body, priority, meta, labels) VALUES"
        " ('acme', 'Billing', 'charged twice', 'high', '{\"source\": \"email\"}',"
        " ARRAY['billing']) RETURNING tenant_id, id, words, priority, meta, labels, revision",
        None,
        "write",
    ),
    (
        f"INSERT INTO {TICKETS} (tenant_id, subject) VALUES ('globex', 'Slow'),"
        " ('globex', 'Crash') RETURNING id, priority, meta, number IS NOT NULL",
        None,
        "write",
    ),
    (
        f"UPDATE {TICKETS} SET priority = 'urgent', meta = meta || '{{\"vip\": true}}'"
        " WHERE tenant_id = 'acme' AND id = 1 RETURNING revision, priority, meta",
        None,
        "write",
    ),
    (
        f"UPDATE {TICKETS} SET labels = array_append(labels, 'triage') WHERE tenant_id = %s"
        " RETURNING id, labels, revision",
        ("globex",),
        "unordered",
    ),
    (f"UPDATE {TICKETS} SET priority = 'bogus' WHERE id = 2", None, "write"),
    (f"UPDATE {TICKETS} SET meta = NULL WHERE id = 2", None, "write"),
    # The CHECK rule of `internal` names the live column `author`.
    (
        f"INSERT INTO {COMMENTS} (tenant_id, ticket_id, author, body, internal)"
        " VALUES ('acme', 2, NULL, 'x', true)",
        None,
        "write",
    ),
    (
        f"INSERT INTO {COMMENTS} (id, tenant_id, ticket_id, author, body, internal) VALUES"
        " ('00000000-0000-4000-8000-0000000000b1', 'acme', 2, 'ANN@acme', 'note', true)"
        " RETURNING internal, author",
        None,
        "write",
    ),
    (
        f"UPDATE {COMMENTS} SET internal = true WHERE author = 'ann@acme' RETURNING id, internal",
        None,
        "unordered",
    ),
    (
        "INSERT INTO agents (tenant_id, email, display, rate, sla) VALUES"
        " ('globex', 'Mo@Globex.io', 'Mo', 12.34567, '2 hours 30 minutes') RETURNING rate, sla",
        None,
        "write",
    ),
    (
        "UPDATE agents SET rate = rate + 1.5, sla = sla * 2 WHERE email = 'ann@acme.io'"
        " RETURNING email, rate, sla",
        None,
        "write",
    ),
    ("UPDATE agents SET rate = -1 WHERE tenant_id = 'acme'", None, "write"),
    (
        "INSERT INTO agents (tenant_id, email, rate) VALUES ('acme', 'BOB@acme.io', 99)"
        " ON CONFLICT (tenant_id, email) DO UPDATE SET rate = agents.rate + EXCLUDED.rate,"
        " display = EXCLUDED.display RETURNING email, rate, display",
        None,
        "write",
    ),
    (
        "INSERT INTO events (tenant_id, kind, payload) VALUES ('acme', 'reopen', '{\"n\": 1}'),"
        " ('initech', 'open', '{\"n\": 2}') RETURNING tenant_id, id, payload",
        None,
        "write",
    ),
    (
        "UPDATE events SET tenant_id = 'globex' WHERE tenant_id = 'acme' AND id = 3"
        " RETURNING tenant_id, id, payload",
        None,
        "write",
    ),
    (
        "INSERT INTO events (tenant_id, id, kind, payload) VALUES ('acme', 1, 'dup', '{\"d\": 1}')"
        " ON CONFLICT (tenant_id, id) DO UPDATE SET payload = EXCLUDED.payload RETURNING payload",
        None,
        "write",
    ),
    ("UPDATE tenants SET plan = 'pro' WHERE slug = 'acme'", None, "write"),
    ("UPDATE tenants SET plan = 'gold' WHERE slug = 'globex'", None, "write"),
    ("BEGIN", None, "write"),
    (f"UPDATE {TICKETS} SET priority = 'low' WHERE tenant_id = 'initech'", None, "write"),
    ("SAVEPOINT a", None, "write"),
    ("UPDATE agents SET rate = 1000", None, "write"),
    ("ROLLBACK TO SAVEPOINT a", None, "write"),
    ("SELECT email, rate FROM agents ORDER BY 1", None, "write"),
    ("COMMIT", None, "write"),
    (
        f"DELETE FROM {TICKETS} WHERE tenant_id = 'acme' AND id = 2 RETURNING id, priority",
        None,
        "write",
    ),
    (f"SELECT id, internal FROM {COMMENTS} ORDER BY id", None, "write"),
    (
        f"INSERT INTO {COMMENTS} (id, tenant_id, ticket_id, body) VALUES"
        " ('00000000-0000-4000-8000-0000000000b1', 'acme', 1, 'again') RETURNING internal",
        None,
        "write",
    ),
    (
        f"UPDATE {TICKETS} SET body = body || '!' WHERE priority = 'urgent'"
        " RETURNING id, words, revision, priority",
        None,
        "write",
    ),
    (
        f"SELECT 1; UPDATE {TICKETS} SET labels = '{{a,b}}' WHERE id = 1;"
        f" SELECT labels FROM {TICKETS} WHERE id = 1",
        None,
        "simple",
    ),
    (
        "UPDATE agents SET sla = DEFAULT, rate = DEFAULT WHERE tenant_id = 'globex'"
        " RETURNING email, rate, sla",
        None,
        "unordered",
    ),
]

FINAL = (
    f"SELECT {TICKET_COLUMNS} FROM {TICKETS} ORDER BY tenant_id, id",
    f"SELECT id, tenant_id, ticket_id, author, body, internal FROM {COMMENTS} ORDER BY id",
    "SELECT * FROM agents ORDER BY tenant_id, email",
    "SELECT * FROM events ORDER BY tenant_id, id",
    "SELECT * FROM tenants ORDER BY slug",
)
STABLE = (
    f"SELECT tenant_id, id, opened_at FROM {TICKETS} ORDER BY tenant_id, id",
    f"SELECT id, public_id FROM {COMMENTS} ORDER BY id",
)


class Base(DeclarativeBase):
    pass


class Tenant(Base):
    __tablename__ = "tenants"
    slug: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text, server_default="free")


class Ticket(Base):
    __tablename__ = "Tickets"
    __table_args__ = {"schema": "Helpdesk"}
    tenant_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("tenants.slug", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    words: Mapped[int] = mapped_column(Integer, Computed("0"))
    revision: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    priority: Mapped[str] = mapped_column(
        ENUM("low", "normal", "high", "urgent", name="priority", schema="Helpdesk",
             create_type=False),
        server_default=text("'normal'"),
    )  # fmt: skip
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    labels: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    comments: Mapped[list[Comment]] = relationship(
        back_populates="ticket", passive_deletes=True, order_by="Comment.id"
    )

    def seen(self) -> tuple[Any, ...]:
        return (self.tenant_id, self.id, self.subject, self.body, self.words, self.revision,
                self.priority, self.meta, self.labels)  # fmt: skip


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "ticket_id"],
            ["Helpdesk.Tickets.tenant_id", "Helpdesk.Tickets.id"],
            ondelete="CASCADE",
        ),
        {"schema": "Helpdesk"},
    )
    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid.uuid4)
    tenant_id: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[int] = mapped_column(BigInteger)
    author: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    ticket: Mapped[Ticket] = relationship(back_populates="comments")


class Agent(Base):
    __tablename__ = "agents"
    tenant_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    email: Mapped[str] = mapped_column(Text, primary_key=True)
    display: Mapped[str | None] = mapped_column(Text)
    rate: Mapped[decimal.Decimal | None] = mapped_column(Numeric(12, 4), server_default="0")
    sla: Mapped[datetime.timedelta | None] = mapped_column(Interval, server_default="4 hours")


def _orm_session(url: str) -> list[Any]:
    """What an application on the SQLAlchemy 2 ORM (psycopg, prepared statements) sees."""
    seen: list[Any] = []
    url = url.replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(url, connect_args={"prepare_threshold": 0})
    try:
        with Session(engine) as s:
            ticket = Ticket(tenant_id="acme", subject="ORM", body="a b c", labels=["orm"],
                            meta={"k": 1})  # fmt: skip
            s.add(ticket)
            s.commit()
            ticket.priority = "urgent"
            ticket.meta = {**ticket.meta, "escalated": True}
            s.commit()
            seen.append(ticket.seen())
            number = ticket.id
            bulk = s.scalars(
                insert(Ticket).returning(Ticket),
                [{"tenant_id": "globex", "subject": "bulk 1", "priority": "low", "labels": ["a"]},
                 {"tenant_id": "globex", "subject": "bulk 2", "meta": {"source": "api"}}],
            ).all()  # fmt: skip
            seen.append([t.seen() for t in bulk])
            s.add(Comment(tenant_id="acme", ticket_id=number, author="orm", body="hi",
                          internal=True))  # fmt: skip
            s.commit()
            try:
                s.add(Comment(tenant_id="acme", ticket_id=number, body="bad", internal=True))
                s.commit()
            except Exception as exc:  # the IntegrityError of the CHECK rule
                s.rollback()
                seen.append(getattr(getattr(exc, "orig", None), "sqlstate", repr(exc)))
            s.expunge_all()
            query = (
                select(Ticket)
                .options(selectinload(Ticket.comments))
                .order_by(Ticket.tenant_id, Ticket.id)
            )
            seen.append(
                [(t.seen(), [(c.author, c.internal) for c in t.comments]) for t in s.scalars(query)]
            )
            s.expunge_all()
            query = (
                select(Ticket)
                .options(joinedload(Ticket.comments))
                .where(Ticket.priority >= "normal")
                .order_by(Ticket.priority.desc(), Ticket.id)
            )
            seen.append([(t.id, [c.body for c in t.comments]) for t in s.scalars(query).unique()])
            page = select(Ticket.tenant_id, Ticket.id).order_by(Ticket.priority, Ticket.id)
            seen.append(s.execute(page.limit(3).offset(2)).all())
            seen.append(
                s.execute(
                    select(Ticket.priority, func.count(), func.max(Ticket.revision))
                    .group_by(Ticket.priority)
                    .order_by(Ticket.priority)
                ).all()
            )
            seen.append(
                s.execute(
                    select(Ticket.id, Ticket.meta["k"])
                    .where(
                        (Ticket.meta["source"].astext == "api")
                        | Ticket.meta.has_key("k")
                        | Ticket.meta.contains({"vip": True})
                    )
                    .order_by(Ticket.id)
                ).all()
            )
            seen.append(
                s.execute(
                    select(Ticket.id, func.cardinality(Ticket.labels))
                    .where((any_(Ticket.labels) == "a") | Ticket.labels.overlap(["orm", "billing"]))
                    .order_by(Ticket.id)
                ).all()
            )
            upsert = pg_insert(Agent).values(
                [{"tenant_id": "globex", "email": "zed@globex.io", "rate": 7},
                 {"tenant_id": "acme", "email": "ANN@acme.io", "rate": 1}]
            )  # fmt: skip
            upsert = upsert.on_conflict_do_update(
                index_elements=["tenant_id", "email"],
                set_={"rate": Agent.rate + upsert.excluded.rate,
                      "sla": text("agents.sla + interval '1 hour'")},
            ).returning(Agent.tenant_id, Agent.email, Agent.rate, Agent.sla)  # fmt: skip
            seen.append(sorted(s.execute(upsert).all()))
            s.commit()
            agent = s.get_one(Agent, ("acme", "bob@acme.io"))
            nested = s.begin_nested()
            agent.rate = decimal.Decimal("999.12345")
            s.flush()
            nested.rollback()
            seen.append(s.scalar(select(Agent.rate).where(Agent.email == "bob@acme.io")))
            s.commit()
            seen.append(
                s.execute(
                    update(Agent)
                    .where(Agent.sla > datetime.timedelta(hours=3))
                    .values(sla=Agent.sla - datetime.timedelta(minutes=30))
                    .returning(Agent.email, Agent.sla)
                ).all()
            )
            s.delete(s.get_one(Ticket, ("acme", number)))
            s.commit()
            seen.append(s.scalar(select(func.count()).select_from(Comment)))
    finally:
        engine.dispose()
    return seen


async def _asyncpg_session(dsn: str) -> list[Any]:
    """Reads and writes through asyncpg (binary types, its own prepared statements)."""
    conn = await asyncpg.connect(dsn)
    try:
        seen: list[Any] = []
        rows = await conn.fetch(
            f"SELECT tenant_id, id, priority, meta, labels FROM {TICKETS} WHERE tenant_id = $1"
            " ORDER BY id",
            "acme",
        )
        seen.append([tuple(r) for r in rows])
        statement = await conn.prepare(
            "SELECT email, rate, sla FROM agents WHERE rate >= $1 ORDER BY email"
        )
        seen.append([tuple(r) for r in await statement.fetch(decimal.Decimal(0))])
        seen.append(
            await conn.execute(
                f"UPDATE {TICKETS} SET labels = $1, meta = $2::jsonb"
                " WHERE tenant_id = $3 AND id = $4",
                ["x", "y"], '{"from": "asyncpg"}', "globex", 3,
            )
        )  # fmt: skip
        await conn.executemany(
            "INSERT INTO agents (tenant_id, email, rate, sla) VALUES ($1, $2, $3, $4)",
            [("initech", "gav@initech.io", decimal.Decimal("3.3333"),
              datetime.timedelta(minutes=90)), ("initech", "big@initech.io", None, None)],
        )  # fmt: skip
        try:
            async with conn.transaction():
                await conn.execute("UPDATE agents SET rate = rate + 1 WHERE tenant_id = 'initech'")
                await conn.execute(
                    "UPDATE agents SET rate = $1 WHERE email = 'gav@initech.io'",
                    decimal.Decimal(-5),
                )
        except asyncpg.PostgresError as exc:
            seen.append(exc.sqlstate)
        rows = await conn.fetch(
            "SELECT email, rate, sla FROM agents WHERE tenant_id = 'initech' ORDER BY email"
        )
        seen.append([tuple(r) for r in rows])
        return seen
    finally:
        await conn.close()


def _add_while_serving(through: str, twin: str, upstream: str, store: str) -> None:
    """`pgstitch shadow add` of a column of the quoted table while the proxy serves: served to
    a session opened before, within a few seconds, and read and written as a real one."""
    with psycopg.connect(through, autocommit=True) as conn:
        conn.execute("SELECT 1")
        done = _cli("shadow", "add", f"{TICKETS}.due", "interval", "--default", "'3 days'",
                    "--not-null", "--upstream", upstream, "--store", store)  # fmt: skip
        assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + 5
        while True:
            try:
                conn.execute(f"SELECT due FROM {TICKETS} LIMIT 1")
                break
            except psycopg.errors.UndefinedColumn:
                assert time.monotonic() < deadline, "due not served 5 s after shadow add"
                time.sleep(0.05)
        with psycopg.connect(twin, autocommit=True) as twin_conn:
            twin_conn.execute(
                f"ALTER TABLE {TICKETS} ADD COLUMN due interval NOT NULL DEFAULT '3 days'"
            )
            steps: list[Step] = [
                (f"UPDATE {TICKETS} SET due = due + interval '1 day' WHERE priority = 'urgent'"
                 " RETURNING id, due", None, "unordered"),
                (f"UPDATE {TICKETS} SET due = NULL WHERE id = 1", None, "extended"),
                (f"SELECT tenant_id, id, due FROM {TICKETS} ORDER BY 1, 2", None, "read"),
            ]  # fmt: skip
            got = _answers(conn, TypeNames(upstream), steps)
            want = _answers(twin_conn, TypeNames(twin), steps)
    _assert_same(steps, got, want)


@pytest.fixture
def store(request: pytest.FixtureRequest, local_redis: str) -> Iterator[str]:
    """The store of the run; redis under a key prefix of its own (removed after)."""
    if request.param != "redis":
        yield request.param
        return
    with redis_store_under_prefix(local_redis, "tenants") as url:
        yield url


@pytest.fixture
def databases(local_postgres: Endpoint) -> Iterator[tuple[str, str]]:
    """(proxied, twin): the same schema and rows; the twin has the new columns for real."""
    setup = (*saas.SCHEMA, *saas.SEED)
    with twin_databases(local_postgres, "pgstitch_tenants", setup, saas.twin_ddl()) as pair:
        yield pair


def _serve_args(declare: str, upstream: str, store: str, tmp_path: Path) -> tuple[str, ...]:
    """Declare the new columns (config file or CLI, in order) and return the `serve` arguments."""
    if declare == "toml":
        config = tmp_path / "pgstitch.toml"
        config.write_text(saas.toml_config(), encoding="utf-8")
        return ("--store", store, "--config", str(config))
    for arguments in saas.cli_arguments():
        done = _cli(*arguments, "--upstream", upstream, "--store", store)
        assert done.returncode == 0, f"pgstitch {' '.join(arguments)}: {done.stderr}"
    return ("--store", store)


@pytest.mark.parametrize(
    ("store", "declare"),
    [("postgres", "toml"), ("memory", "toml"), ("redis", "cli")],
    indirect=["store"],
)
def test_tenant_schema_through_pgstitch_matches_the_twin(
    databases: tuple[str, str],
    store: str,
    declare: str,
    start_proxy_process: StartProxy,
    tmp_path: Path,
) -> None:
    upstream, twin = databases
    args = _serve_args(declare, upstream, store, tmp_path)
    through = _through(start_proxy_process(upstream, *args), upstream)

    steps = [*READS, *WRITES, *READS]
    with (
        psycopg.connect(through, autocommit=True) as conn,
        psycopg.connect(twin, autocommit=True) as twin_conn,
    ):
        got = _answers(conn, TypeNames(upstream), steps)
        want = _answers(twin_conn, TypeNames(twin), steps)
    _assert_same(steps, got, want)

    assert _orm_session(through) == _orm_session(twin)
    assert asyncio.run(_asyncpg_session(through)) == asyncio.run(_asyncpg_session(twin))

    # A tenant deleted: its tickets, comments and agents go by ON DELETE CASCADE.
    for url in (through, twin):
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DELETE FROM tenants WHERE slug = 'globex'")
            conn.execute("INSERT INTO tenants (slug, name) VALUES ('globex', 'Globex again')")
            conn.execute(
                f"INSERT INTO {TICKETS} (tenant_id, id, subject) OVERRIDING SYSTEM VALUE"
                " VALUES ('globex', 3, 'again')"
            )
    served = _rows(through, FINAL)
    assert served == _rows(twin, FINAL)
    if store == "memory":  # one process, nothing kept: no CLI declaration, no restart
        return

    _add_while_serving(through, twin, upstream, store)
    served = _rows(through, FINAL)
    stable = _rows(through, STABLE)
    restarted = _through(start_proxy_process(upstream, *args), upstream)
    assert _rows(restarted, FINAL) == served
    assert _rows(restarted, STABLE) == stable
