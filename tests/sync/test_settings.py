"""Sync settings: defaults, durations, and clear errors for bad values."""

from __future__ import annotations

import pytest

from sync.settings import SyncSettings, parse_duration


def test_the_defaults_poll_every_second_and_drain_a_thousand_rows_per_transaction() -> None:
    settings = SyncSettings()
    assert (settings.poll_interval, settings.batch_size) == (1.0, 1000)
    assert settings.grace_period == 7 * 86400 and settings.retention == 30 * 86400


@pytest.mark.parametrize(
    ("text", "seconds"),
    [(3, 3.0), (0.5, 0.5), ("250ms", 0.25), ("10s", 10.0), ("10", 10.0), ("5m", 300.0),
     ("12h", 43200.0), ("7d", 604800.0), (" 1.5 h ", 5400.0)],
)  # fmt: skip
def test_durations_are_seconds_or_text_with_a_unit(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_settings_come_from_configuration_values() -> None:
    settings = SyncSettings.from_mapping({"grace_period": "2d", "batch_size": "500"})
    assert settings.grace_period == 172800.0 and settings.batch_size == 500
    assert settings.poll_interval == SyncSettings().poll_interval


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"pol_interval": 1}, "unknown sync setting 'pol_interval'"),
        ({"poll_interval": "soon"}, "invalid sync poll_interval: not a duration"),
        ({"poll_interval": 0}, "poll_interval must be a positive number"),
        ({"lock_timeout": "-1s"}, "invalid sync lock_timeout"),
        ({"batch_size": 0}, "batch_size must be a whole number"),
        ({"batch_size": "many"}, "invalid sync batch_size"),
        ({"retry_delay": 10, "max_retry_delay": 1}, "must not exceed max_retry_delay"),
        ({"poll_interval": True}, "not a duration"),
    ],
)
def test_bad_settings_are_refused_with_a_message_naming_them(values: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SyncSettings.from_mapping(values)
