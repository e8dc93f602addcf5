"""The prediction engine: which columns are coming, with calibrated probabilities and dates.

Inputs (migration history, change logs, release schedules, usage analytics, A/B configurations,
proxy telemetry, pending migrations) become forecasts of per-table column additions and of
candidate columns with their type and default (DESIGN.md §7); `backtest` measures it on real
histories against naive baselines.
"""
