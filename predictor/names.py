"""Candidate column names from history patterns: names that recur across tables and spread.

For a table and a name it lacks, features describe how common the name is, how common it is on
tables that look like this one (Jaccard similarity of column sets) and how recently it spread
to other tables. The pool of names worth proposing holds names on two or more tables and names
added anywhere within the last two horizons; no table is offered its own primary key or a key to
itself. A logistic model fitted on past origins gives
P(the table gets the name | the table gains some column).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from predictor.logistic import LogisticModel, fit_logistic
from predictor.schema_state import SchemaState
from predictor.words import name_tokens, singular, table_words

MAX_POOL = 400
FEATURES = (
    "log_cover",
    "cover_fraction",
    "similar_cover",
    "nearest_similarity",
    "log_recent_spread",
    "name_predates_table",
)


@dataclass(frozen=True)
class NameRows:
    """(table, name) pairs at one origin and their features."""

    origin: datetime
    pairs: list[tuple[str, str]]
    features: np.ndarray


class NameContext:
    """Everything about the names of the live schema at one origin that features are made of."""

    def __init__(self, state: SchemaState, origin: datetime, horizon_days: int) -> None:
        self.origin = origin
        self.state = state
        self.tables = sorted(state.tables)
        self._table_index = {t: i for i, t in enumerate(self.tables)}
        self._vocabulary: dict[str, int] = {}
        for table in self.tables:
            for column in state.tables[table].columns:
                self._vocabulary.setdefault(column, len(self._vocabulary))
        self._incidence = np.zeros((len(self.tables), len(self._vocabulary)))
        for i, table in enumerate(self.tables):
            for column in state.tables[table].columns:
                self._incidence[i, self._vocabulary[column]] = 1.0
        self._cover = self._incidence.sum(axis=0)
        self._similarity = _jaccard(self._incidence)
        np.fill_diagonal(self._similarity, 0.0)
        self._spread = _recent_spread(state, origin, horizon_days)
        self._first_seen: dict[str, datetime] = {}
        for seen in state.typed_names:
            self._first_seen.setdefault(seen.column, seen.ts)

    def pool(self) -> list[str]:
        """Names worth proposing to other tables, most common first."""
        names = [
            n
            for n, j in self._vocabulary.items()
            if self._cover[j] >= 2 or self._spread.get(n, 0.0) > 0
        ]
        names.sort(key=lambda n: (-self._cover[self._vocabulary[n]], n))
        return names[:MAX_POOL]

    def candidate_pairs(self, tables: Iterable[str] | None = None) -> list[tuple[str, str]]:
        """Every (table, pool name) the table lacks, for the given live tables (default: all)."""
        pool = self.pool()
        chosen = self.tables if tables is None else [t for t in tables if t in self.state.tables]
        return [
            (t, n)
            for t in chosen
            for n in pool
            if n not in self.state.tables[t].columns and not is_own_key(t, n)
        ]

    def rows(self, pairs: Sequence[tuple[str, str]]) -> NameRows:
        """Features of any (table, name) pairs, live table or not, known name or not."""
        by_table: dict[str, list[int]] = defaultdict(list)
        for k, (table, _) in enumerate(pairs):
            by_table[table].append(k)
        features = np.zeros((len(pairs), len(FEATURES)))
        live = max(len(self.tables), 1)
        for table, indexes in by_table.items():
            names = [pairs[k][1] for k in indexes]
            known = np.array([n in self._vocabulary for n in names])
            columns = np.array([self._vocabulary.get(n, 0) for n in names])
            cover = np.where(known, self._cover[columns], 0.0)
            i = self._table_index.get(table)
            if i is not None and len(self.tables) > 1:
                weights = self._similarity[i]
                has = self._incidence[:, columns] * known
                similar = (weights @ has) / max(float(weights.sum()), 1e-9)
                nearest = (weights[:, None] * has).max(axis=0)
            else:
                similar, nearest = cover / live, np.zeros(len(names))
            spread = np.array([self._spread.get(n, 0.0) for n in names])
            info = self.state.tables.get(table)
            created = info.created if info is not None else self.origin
            predates = np.array(
                [1.0 if self._first_seen.get(n, self.origin) < created else 0.0 for n in names]
            )
            features[indexes] = np.column_stack(
                (np.log1p(cover), cover / live, similar, nearest, np.log1p(spread), predates)
            )
        return NameRows(self.origin, list(pairs), features)


def is_own_key(table: str, name: str) -> bool:
    """A name no table gains: its primary key (`id`) or a key to itself (`projects.project_id`)."""
    tokens = name_tokens(name)
    if not tokens or tokens[-1] != "id":
        return False
    if len(tokens) == 1:
        return True
    words = table_words(table)
    if not words:
        return False
    stem = tokens[:-1]
    return stem == words or stem == [*words[:-1], singular(words[-1])]


def _jaccard(incidence: np.ndarray) -> np.ndarray:
    shared = incidence @ incidence.T
    sizes = incidence.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - shared
    return shared / np.maximum(union, 1.0)


def _recent_spread(state: SchemaState, origin: datetime, horizon_days: int) -> dict[str, float]:
    """Decayed count of recent additions of each name (to any table), within two horizons."""
    start = origin - timedelta(days=2 * horizon_days)
    spread: dict[str, float] = defaultdict(float)
    for addition in reversed(state.additions):
        if addition.ts < start:
            break
        age = (origin - addition.ts).total_seconds() / 86400.0
        spread[addition.column] += math.exp(-age / horizon_days)
    return spread


def name_labels(
    rows: NameRows, horizon_days: int, added: dict[tuple[str, str], Sequence[datetime]]
) -> np.ndarray:
    """1 where the table gained the name in [origin, origin + horizon), else 0."""
    end = rows.origin + timedelta(days=horizon_days)
    return np.array(
        [
            1.0 if any(rows.origin <= ts < end for ts in added.get(pair, ())) else 0.0
            for pair in rows.pairs
        ]
    )


FALLBACK_SCALE = 0.2
MIN_POSITIVES = 3


@dataclass(frozen=True)
class NameModel:
    """P(table gets name | table gains some column within the horizon)."""

    logistic: LogisticModel | None

    @property
    def method(self) -> str:
        """`logistic` when fitted on history, else `similar-cover` (too little history)."""
        return "logistic" if self.logistic is not None else "similar-cover"

    def predict(self, rows: NameRows) -> np.ndarray:
        """Conditional probabilities aligned with `rows.pairs`."""
        if len(rows.pairs) == 0:
            return np.zeros(0)
        if self.logistic is not None:
            return self.logistic.predict(rows.features)
        return FALLBACK_SCALE * rows.features[:, FEATURES.index("similar_cover")]


def fit_name_model(training: Sequence[tuple[NameRows, np.ndarray]], l2: float = 1.0) -> NameModel:
    """Fit on (rows, labels) of tables that changed at past origins."""
    if not training:
        return NameModel(None)
    x = np.vstack([rows.features for rows, _ in training])
    y = np.concatenate([labels for _, labels in training])
    if int(y.sum()) < MIN_POSITIVES or len(y) - int(y.sum()) < MIN_POSITIVES:
        return NameModel(None)
    return NameModel(fit_logistic(x, y, l2=l2))
