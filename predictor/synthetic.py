"""Synthetic change logs with known structure, for tests and for benchmarks at any size.

The project has a style (key, timestamp and text types). Migrations arrive as a Poisson process
whose rate drifts with the seasons; each creates a table or adds columns to one. Which table gets
columns is self-exciting: tables that changed recently, and new tables, are likelier. A quarter of
new columns reuse a name other tables already have (spreading conventions such as `deleted_at`);
the rest are new names whose suffix tells their type (`*_at`, `is_*`, `*_id`, `*_count`, …).
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from predictor.changes import Change, ChangeOp

WORDS = (
    "account", "order", "invoice", "payment", "customer", "product", "shipment", "coupon",
    "review", "cart", "address", "session", "team", "project", "report", "webhook", "audit",
    "plan", "subscription", "ticket", "comment", "tag", "file", "export", "alert", "device",
)  # fmt: skip
SHARED_NAMES = ("deleted_at", "metadata", "tenant_id", "status", "archived", "notes", "version")
KINDS = ("at", "is", "id", "count", "data", "text", "text", "text")


class ProjectStyle:
    """The concrete types one project uses."""

    def __init__(self, rng: random.Random) -> None:
        self.key = rng.choice(("uuid", "int8", "text"))
        self.timestamp = rng.choice(("timestamptz", "timestamp(3)"))
        self.text = rng.choice(("text", "varchar(255)"))

    def type_of(self, name: str) -> str:
        """The type this project gives a column name."""
        if name.endswith("_at"):
            return self.timestamp
        if name.startswith("is_") or name == "archived":
            return "bool"
        if name.endswith("_id") or name == "id":
            return self.key
        if name.endswith("_count") or name == "version":
            return "int4"
        if name.endswith("_data") or name == "metadata":
            return "jsonb"
        return self.text


def synthetic_history(
    seed: int = 0, rows: int = 1000, start: datetime = datetime(2022, 1, 3), per_week: float = 3.0
) -> list[Change]:
    """A change log of about `rows` rows; the same seed always gives the same history."""
    rng = random.Random(seed)
    style = ProjectStyle(rng)
    changes: list[Change] = []
    tables: dict[str, dict] = {}
    now = start

    def emit(op: ChangeOp, table: str, column: str = "", new_name: str = "") -> None:
        type_name = (
            style.type_of(column) if op in (ChangeOp.TABLE_COLUMN, ChangeOp.ADD_COLUMN) else ""
        )
        changes.append(Change(now, op, table, column, type_name, "", new_name, "synthetic"))

    def create_table() -> None:
        free = [w for w in WORDS if w + "s" not in tables]
        name = (rng.choice(free) if free else f"{rng.choice(WORDS)}_{len(tables)}") + "s"
        columns = ["id", "created_at", "updated_at"]
        columns += [
            f"{rng.choice(WORDS)}_{kind}" if kind != "is" else f"is_{rng.choice(WORDS)}"
            for kind in rng.sample(KINDS, 3)
        ]
        columns = list(dict.fromkeys(columns))
        tables[name] = {"columns": columns, "created": now, "last": now}
        emit(ChangeOp.CREATE_TABLE, name)
        for column in columns:
            emit(ChangeOp.TABLE_COLUMN, name, column)

    def new_name(table: dict) -> str:
        if rng.random() < 0.25:
            have = [n for n in SHARED_NAMES if n not in table["columns"]]
            if have:
                cover = [1 + sum(n in t["columns"] for t in tables.values()) for n in have]
                return rng.choices(have, weights=cover)[0]
        kind = rng.choice(KINDS)
        word = rng.choice(WORDS)
        if kind == "is":
            return f"is_{word}"
        return (
            f"{word}_{kind}"
            if kind != "text"
            else f"{word}_{rng.choice(('name', 'code', 'label'))}"
        )

    for _ in range(4):
        create_table()
    while len(changes) < rows:
        day = (now - start).days
        rate = per_week / 7.0 * (1.0 + 0.4 * math.sin(2 * math.pi * day / 365.0))
        now += timedelta(seconds=int(86400 * rng.expovariate(rate)))
        if rng.random() < 0.12:
            create_table()
            continue
        weights = [
            0.15
            + 3.0 * math.exp(-(now - t["last"]).days / 60.0)
            + (1.0 if (now - t["created"]).days < 90 else 0.0)
            for t in tables.values()
        ]
        name = rng.choices(list(tables), weights=weights)[0]
        table = tables[name]
        table["last"] = now
        if rng.random() < 0.06 and len(table["columns"]) > 4:
            dropped = rng.choice(table["columns"][3:])
            table["columns"].remove(dropped)
            emit(ChangeOp.DROP_COLUMN, name, dropped)
            continue
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            column = new_name(table)
            if column not in table["columns"]:
                table["columns"].append(column)
                emit(ChangeOp.ADD_COLUMN, name, column)
    return changes
