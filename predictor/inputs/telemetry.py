"""Proxy telemetry: columns the application already asked for, read from the store.

The proxy answers such queries with Postgres's own 42703 error and counts the sighting, with the
type the query context suggests. An application that asks for a column is very likely running code
that needs it: strength grows with the number of sightings, 1 - exp(-count / SIGHTINGS).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime

from predictor.evidence import TELEMETRY, ColumnEvidence, Evidence

SIGHTINGS = 3.0
DEFAULT_SCHEMA = "public"


def telemetry_evidence(unknown: Iterable, as_of: datetime) -> Evidence:
    """Evidence from `store.unknown_columns()`; sightings without a table are left out.

    Sightings of the same column with different query fingerprints are added up.
    """
    merged: dict[tuple[str, str], dict] = {}
    for seen in unknown:
        if not seen.table or not seen.column:
            continue
        table = (
            seen.table if seen.schema in (None, DEFAULT_SCHEMA) else f"{seen.schema}.{seen.table}"
        )
        entry = merged.setdefault((table, seen.column), {"count": 0, "type": "", "queries": 0})
        entry["count"] += seen.count
        entry["queries"] += 1
        if seen.inferred_type and not entry["type"]:
            entry["type"] = seen.inferred_type
    columns = []
    for (table, column), entry in sorted(merged.items()):
        strength = 1.0 - math.exp(-entry["count"] / SIGHTINGS)
        detail = f"{entry['count']} sightings in {entry['queries']} queries"
        columns.append(
            ColumnEvidence(TELEMETRY, table, column, strength, as_of, entry["type"], "", detail)
        )
    return Evidence(tuple(columns))
