"""Pooled rate forecasts: naive ones and Prophet on the cumulative weekly count."""

from datetime import datetime, timedelta

import numpy as np
import pytest

from predictor.rates import MeanRate, ProphetRate, RecentRate, weekly_counts

ORIGIN = datetime(2025, 1, 1)


def every(days: int, count: int) -> list[datetime]:
    return [ORIGIN - timedelta(days=days * (count - i)) for i in range(count)]


def test_weekly_counts_end_at_the_origin():
    events = [ORIGIN - timedelta(days=1), ORIGIN - timedelta(days=2), ORIGIN - timedelta(days=8)]
    assert weekly_counts(events, ORIGIN).tolist() == [1.0, 2.0]


def test_naive_rates():
    events = every(7, 52)
    assert RecentRate().forecast(events, ORIGIN, 91).expected == 13
    assert MeanRate().forecast(events, ORIGIN, 91).expected == pytest.approx(13, abs=0.5)


def test_prophet_follows_a_steady_rate_and_a_speed_up():
    steady = ProphetRate().forecast(every(7, 104), ORIGIN, 91)
    assert steady.expected == pytest.approx(13, rel=0.15)
    assert len(steady.daily) == 91 and np.all(steady.daily >= 0)
    slow = [ORIGIN - timedelta(days=730 - 14 * i) for i in range(26)]
    fast = [ORIGIN - timedelta(days=365 - 3.5 * i) for i in range(104)]
    # 26 events per 91 days lately, 16 on average over the two years: Prophet follows the trend.
    faster = ProphetRate().forecast(slow + fast, ORIGIN, 91)
    assert faster.expected > 21
    assert MeanRate().forecast(slow + fast, ORIGIN, 91).expected < 17


def test_prophet_falls_back_to_the_mean_on_short_series():
    events = every(7, 5)
    forecast = ProphetRate().forecast(events, ORIGIN, 30)
    assert forecast.method == "mean"
