"""How far each source of predictions is trusted, and how outcomes recorded by sync adjust that.

Each source starts from a prior trust (the share of its claims expected to come true: a pending
migration file almost always lands, an A/B field less often). Outcomes then compare, per source,
the columns that landed with the number its probabilities promised: the factor
(landed + PRIOR_WEIGHT) / (promised + PRIOR_WEIGHT), clipped to [MIN_FACTOR, MAX_FACTOR], scales
that source's future probabilities. History probabilities are calibrated by the backtest, so their
prior trust is 1 and only outcomes move them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from predictor.evidence import EXPERIMENTS, PENDING, RELEASES, TELEMETRY

HISTORY = "history"
PRIOR_TRUST = {PENDING: 0.95, TELEMETRY: 0.85, RELEASES: 0.7, EXPERIMENTS: 0.6, HISTORY: 1.0}
UNKNOWN_TRUST = 0.5
PRIOR_WEIGHT = 2.0
MIN_FACTOR, MAX_FACTOR = 0.2, 5.0
MAX_PROBABILITY = 0.99


@dataclass
class SourceRecord:
    """Outcomes of one source's predictions: how many landed, how many its probabilities promised."""

    landed: int = 0
    promised: float = 0.0
    count: int = 0


@dataclass
class Reliability:
    """Per-source trust: prior, adjusted by recorded outcomes."""

    records: dict[str, SourceRecord] = field(default_factory=dict)

    def factor(self, source: str) -> float:
        """How much better (>1) or worse (<1) than promised this source turned out."""
        record = self.records.get(source)
        if record is None:
            return 1.0
        value = (record.landed + PRIOR_WEIGHT) / (record.promised + PRIOR_WEIGHT)
        return min(MAX_FACTOR, max(MIN_FACTOR, value))

    def probability(self, source: str, strength: float) -> float:
        """The probability a claim of this strength from this source comes true."""
        trust = PRIOR_TRUST.get(source, UNKNOWN_TRUST)
        return min(MAX_PROBABILITY, max(0.0, strength * trust * self.factor(source)))

    def summary(self) -> dict[str, dict[str, float]]:
        """Per source: outcomes seen, landed, promised and the resulting factor."""
        return {
            source: {
                "outcomes": r.count,
                "landed": r.landed,
                "promised": round(r.promised, 3),
                "factor": round(self.factor(source), 3),
            }
            for source, r in sorted(self.records.items())
        }


def reliability_from_outcomes(outcomes: Iterable, schema) -> Reliability:
    """Reliability from sync's outcomes (`store.outcomes()`) and the shadow schema they refer to.

    An outcome of a predicted column counts for every source of that column's prediction, with the
    probability the column carried. Columns that landed unpredicted carry no source and are skipped.
    """
    records: dict[str, SourceRecord] = defaultdict(SourceRecord)
    for outcome in outcomes:
        if not outcome.predicted:
            continue
        column = schema.get(outcome.schema, outcome.table, outcome.column)
        if column is None:
            continue
        for source in column.sources:
            record = records[source]
            record.count += 1
            record.landed += 1 if outcome.landed else 0
            record.promised += column.probability
    return Reliability(dict(records))
