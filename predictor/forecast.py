"""The forecast `pgstitch predict` prints: history and every other input, combined.

Sources are combined as independent chances (noisy-OR): a column comes if any source's reason for
it comes true. A table's chance of change combines its history forecast (scaled by usage trends)
with every table and column claim about it. History candidates are weighed by that table chance
(without the explicit column claims, which explain themselves).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from predictor.engine import HISTORY_SOURCE, ColumnForecast, HistoryModel, TableForecast
from predictor.evidence import EXPERIMENTS, PENDING, RELEASES, TELEMETRY, USAGE, Evidence
from predictor.reliability import Reliability
from predictor.type_inference import TypeModel

# Which source's explicit type wins when several give one.
TYPE_PRIORITY = (PENDING, RELEASES, EXPERIMENTS, TELEMETRY)
SERIAL_TYPES = {"serial": "int4", "bigserial": "int8", "smallserial": "int2"}


@dataclass
class Forecast:
    """Tables and columns, each list sorted by probability (DESIGN.md §7)."""

    as_of: datetime
    horizon_days: int
    tables: list[TableForecast]
    columns: list[ColumnForecast]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The JSON object of `pgstitch predict --json`."""
        return {
            "as_of": self.as_of.isoformat(timespec="seconds"),
            "horizon_days": self.horizon_days,
            "tables": [
                {
                    "table": t.table,
                    "p_change": round(t.p_change, 4),
                    "expected_additions": round(t.expected_additions, 3),
                    "eta": t.eta.date().isoformat(),
                }
                for t in self.tables
            ],
            "columns": [
                {
                    "table": c.table,
                    "column": c.column,
                    "type": c.type,
                    "default": c.default or None,
                    "probability": round(c.probability, 4),
                    "eta": c.eta.date().isoformat(),
                    "sources": list(c.sources),
                }
                for c in self.columns
            ],
        }


def _noisy_or(probabilities: Sequence[float]) -> float:
    miss = 1.0
    for p in probabilities:
        miss *= 1.0 - p
    return 1.0 - miss


def _with_odds(p: float, factor: float) -> float:
    return p * factor / (1.0 - p + p * factor) if 0.0 < p < 1.0 else p


def build_forecast(
    history: HistoryModel | None,
    evidence: Evidence,
    reliability: Reliability,
    as_of: datetime,
    horizon_days: int,
    candidates: Sequence[tuple[str, str]] = (),
    top: int = 20,
) -> Forecast:
    """Combine the history model (if any) with the other inputs into one forecast.

    `candidates` are always listed; `top` bounds the history-only columns listed.
    """
    default_eta = as_of + timedelta(days=horizon_days / 2)
    p_history = history.table_probabilities() if history else {}
    trend: dict[str, float] = defaultdict(lambda: 1.0)
    for t in evidence.trends:
        trend[t.table] *= t.odds_factor
    p_table_base = {t: _with_odds(p, trend[t]) for t, p in p_history.items()}

    table_claims: dict[str, list[tuple[float, datetime | None]]] = defaultdict(list)
    for claim in evidence.tables:
        p = reliability.probability(claim.source, claim.strength)
        table_claims[claim.table].append((p, claim.eta))
    p_for_names = {
        t: _noisy_or([p_table_base.get(t, 0.0), *(p for p, _ in table_claims[t])])
        for t in set(p_table_base) | set(table_claims)
    }

    column_claims: dict[tuple[str, str], list] = defaultdict(list)
    for claim in evidence.columns:
        p = reliability.probability(claim.source, claim.strength)
        column_claims[(claim.table, claim.column)].append((p, claim))

    wanted = dict.fromkeys(candidates)
    history_pairs: dict[tuple[str, str], float] = {}
    if history is not None:
        pairs = list(dict.fromkeys([*history.candidate_pairs(), *wanted, *column_claims]))
        conditional = history.conditionals(pairs)
        factor = reliability.factor(HISTORY_SOURCE)
        scored = {
            pair: min(0.99, p_for_names.get(pair[0], 0.0) * float(c) * factor)
            for pair, c in zip(pairs, conditional, strict=True)
        }
        ranked = sorted(scored, key=lambda pair: (-scored[pair], pair))
        keep = set(ranked[:top]) | set(wanted) | set(column_claims)
        history_pairs = {pair: scored[pair] for pair in ranked if pair in keep}
    types = history.type_model if history is not None else TypeModel(())

    columns = []
    for pair in dict.fromkeys([*history_pairs, *column_claims, *wanted]):
        table, column = pair
        claims = column_claims.get(pair, [])
        p_hist = history_pairs.get(pair, 0.0)
        probability = _noisy_or([p_hist, *(p for p, _ in claims)])
        sources = [HISTORY_SOURCE] if p_hist > 0 else []
        sources += sorted({c.source for _, c in claims})
        if trend.get(table, 1.0) != 1.0 and p_hist > 0:
            sources.append(USAGE)
        type_name, default, new_type = _column_type(table, column, claims, types)
        etas = [c.eta for _, c in claims if c.eta is not None]
        if history is not None and p_hist > 0:
            etas.append(history.eta(p_for_names.get(table, 0.0)))
        columns.append(
            ColumnForecast(
                table,
                column,
                type_name,
                default,
                probability,
                min(etas) if etas else default_eta,
                tuple(sources),
                new_type,
            )
        )
    columns.sort(key=lambda c: (-c.probability, c.table, c.column))

    column_p_by_table: dict[str, list[float]] = defaultdict(list)
    for pair, claims in column_claims.items():
        column_p_by_table[pair[0]].append(_noisy_or([p for p, _ in claims]))
    tables = []
    for table in sorted(set(p_for_names) | set(column_p_by_table)):
        p = _noisy_or([p_for_names.get(table, 0.0), *column_p_by_table[table]])
        base = p_table_base.get(table, 0.0)
        expected = history.expected_additions(table, base) if history and base > 0 else 0.0
        expected += sum(column_p_by_table[table])
        etas = [eta for _, eta in table_claims[table] if eta is not None]
        etas += [c.eta for c in columns if c.table == table and c.sources != (HISTORY_SOURCE,)]
        if history is not None and base > 0:
            etas.append(history.eta(base))
        tables.append(TableForecast(table, p, expected, min(etas) if etas else default_eta))
    tables.sort(key=lambda t: (-t.p_change, t.table))
    return Forecast(as_of, horizon_days, tables, columns)


def _column_type(table: str, column: str, claims: list, types: TypeModel) -> tuple[str, str, bool]:
    """An explicit type from the most reliable source that gives one, else inferred from history.

    The flag says the type is one the project has not created yet (an enum named by its template).
    """
    for source in TYPE_PRIORITY:
        for _, claim in claims:
            if claim.source == source and claim.type:
                return SERIAL_TYPES.get(claim.type, claim.type), claim.default, False
    guess = types.infer(table, column)
    default = next((c.default for _, c in claims if c.default), guess.default)
    return SERIAL_TYPES.get(guess.type, guess.type), default, guess.new_type
