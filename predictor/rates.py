"""Project-wide rate of column additions: how many addition events the next horizon holds.

The pooled series (every table together) is long enough for Prophet even when each table's own
series is a handful of points; `table_model` scales it down to each table.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

MIN_WEEKS = 12
MAX_CACHED_FITS = 4096
MIN_ACTIVE_WEEKS = 4


@dataclass(frozen=True)
class RateForecast:
    """Expected addition events in [origin, origin + horizon) and their spread over the days."""

    expected: float
    daily: np.ndarray
    method: str


class RateForecaster(Protocol):
    """Forecasts the pooled addition-event count from the events before an origin."""

    name: str

    def forecast(
        self, events: Sequence[datetime], origin: datetime, horizon_days: int
    ) -> RateForecast:
        """The forecast at `origin`; `events` holds only events before it, sorted."""
        ...


def weekly_counts(events: Sequence[datetime], origin: datetime) -> np.ndarray:
    """Event counts in whole weeks ending at `origin`, oldest week first (events before it)."""
    if not events:
        return np.zeros(0)
    week = 7 * 86400
    weeks = max(math.ceil((origin - min(events)).total_seconds() / week), 1)
    counts = np.zeros(weeks)
    for ts in events:
        back = int((origin - ts).total_seconds() // week)
        if 0 <= back < weeks:
            counts[weeks - 1 - back] += 1
    return counts


class RecentRate:
    """Naive: the next horizon repeats the last one."""

    name = "recent"

    def forecast(
        self, events: Sequence[datetime], origin: datetime, horizon_days: int
    ) -> RateForecast:
        """Events in the last `horizon_days` before the origin, spread evenly."""
        start = origin - timedelta(days=horizon_days)
        count = float(sum(1 for ts in events if ts >= start))
        return RateForecast(count, np.full(horizon_days, count / horizon_days), self.name)


class MeanRate:
    """Naive: the long-run mean rate since the first event."""

    name = "mean"

    def forecast(
        self, events: Sequence[datetime], origin: datetime, horizon_days: int
    ) -> RateForecast:
        """The all-time events per day times the horizon, spread evenly."""
        if not events:
            return RateForecast(0.0, np.zeros(horizon_days), self.name)
        days = max((origin - events[0]).total_seconds() / 86400, float(horizon_days))
        per_day = len(events) / days
        return RateForecast(per_day * horizon_days, np.full(horizon_days, per_day), self.name)


def quiet_prophet() -> None:
    """Silence the chatter of cmdstanpy and Prophet (progress lines, plotly warnings)."""
    for name in ("cmdstanpy", "prophet", "prophet.plot", "prophet.models"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL)
        logger.propagate = False
        logger.disabled = True


class ProphetRate:
    """Prophet's piecewise-linear trend fitted to the cumulative weekly count of events.

    The slope of the cumulative curve at the origin is the current rate, and Prophet's changepoints
    follow the project speeding up or slowing down. (Fitting Prophet to the sparse weekly counts
    themselves under-forecasts badly: bursts pull the trend down between them; see
    docs/prediction.md.) Short or nearly empty series fall back to the long-run mean.
    """

    name = "prophet"

    def __init__(self, changepoint_prior_scale: float = 0.05, cumulative: bool = True) -> None:
        self.changepoint_prior_scale = changepoint_prior_scale
        self.cumulative = cumulative
        self._fallback = MeanRate()

    def forecast(
        self, events: Sequence[datetime], origin: datetime, horizon_days: int
    ) -> RateForecast:
        """The rise of the cumulative trend over the horizon, never negative.

        Fits are cached for the process (bounded), keyed by the events themselves: backtest folds
        share their training origins, and a sidecar re-running on the same history refits nothing.
        """
        key = (
            self.changepoint_prior_scale,
            self.cumulative,
            origin,
            horizon_days,
            hash(tuple(events)),
        )
        cached = _FIT_CACHE.get(key)
        if cached is None:
            cached = self._forecast(events, origin, horizon_days)
            if len(_FIT_CACHE) >= MAX_CACHED_FITS:
                _FIT_CACHE.pop(next(iter(_FIT_CACHE)))
            _FIT_CACHE[key] = cached
        return cached

    def _forecast(
        self, events: Sequence[datetime], origin: datetime, horizon_days: int
    ) -> RateForecast:
        counts = weekly_counts(events, origin)
        if len(counts) < MIN_WEEKS or np.count_nonzero(counts) < MIN_ACTIVE_WEEKS:
            return self._fallback.forecast(events, origin, horizon_days)
        quiet_prophet()
        import pandas as pd
        from prophet import Prophet

        quiet_prophet()
        weeks = len(counts)
        model = Prophet(
            growth="linear",
            changepoint_prior_scale=self.changepoint_prior_scale,
            changepoint_range=0.9,
            n_changepoints=min(25, weeks // 2),
            yearly_seasonality=False,
            weekly_seasonality=False,
            daily_seasonality=False,
            uncertainty_samples=0,
        )
        ds = [origin - timedelta(days=7 * (weeks - 1 - i)) for i in range(weeks)]
        days = [origin + timedelta(days=d) for d in range(horizon_days + 1)]
        series = np.cumsum(counts) if self.cumulative else counts
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas deprecations inside Prophet
            model.fit(pd.DataFrame({"ds": ds, "y": series}))
            fitted = model.predict(pd.DataFrame({"ds": days}))["yhat"].to_numpy()
        if self.cumulative:
            daily = np.clip(np.diff(fitted), 0.0, None)
        else:  # weekly counts: the fitted value is events per week
            daily = np.clip(fitted[1:], 0.0, None) / 7.0
        return RateForecast(float(daily.sum()), daily, self.name)


_FIT_CACHE: dict[tuple, RateForecast] = {}

FORECASTERS = {
    "prophet": ProphetRate,
    "prophet-weekly": lambda: ProphetRate(cumulative=False),
    "recent": RecentRate,
    "mean": MeanRate,
}
