"""Readers of releases, usage, experiments, telemetry: formats, meaning, and clear errors."""

import json
from datetime import datetime, timedelta

import pytest

from predictor.evidence import InputError, parse_column_ref
from predictor.inputs.experiments import experiment_strength, read_experiments
from predictor.inputs.releases import on_time, read_releases
from predictor.inputs.telemetry import telemetry_evidence
from predictor.inputs.usage import read_usage
from shadow.store.base import UnknownColumn

AS_OF = datetime(2026, 9, 1)

RELEASES = """
[[release]]
feature = "loyalty"
date = 2026-09-20
confidence = 0.9
tables = ["customers"]
columns = ["orders.points", { table = "customers", column = "tier", type = "text", default = "'basic'" }]

[[release]]
feature = "later"
date = 2027-06-01
columns = ["orders.far_away"]

[[release]]
feature = "done"
status = "shipped"
date = 2026-08-01
columns = ["orders.old"]
"""


def test_releases_inside_the_horizon_count_discounted_by_slip(tmp_path):
    path = tmp_path / "releases.toml"
    path.write_text(RELEASES)
    evidence = read_releases(path, AS_OF, 90)
    columns = {(c.table, c.column): c for c in evidence.columns}
    assert set(columns) == {("orders", "points"), ("customers", "tier")}
    tier = columns[("customers", "tier")]
    assert (tier.type, tier.default, tier.detail) == ("text", "'basic'", "loyalty")
    assert tier.strength == pytest.approx(
        0.9 * on_time(datetime(2026, 9, 20), AS_OF + timedelta(days=90))
    )
    assert tier.eta == datetime(2026, 9, 20)
    assert [(t.table, t.source) for t in evidence.tables] == [("customers", "releases")]


def test_slip_model():
    end = datetime(2026, 12, 1)
    assert on_time(end + timedelta(days=1), end) == 0.0
    assert on_time(end - timedelta(days=3), end) < on_time(end - timedelta(days=60), end) < 1.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[release]]\ndate = 'soon'\n", "date must be a date"),
        ("[[release]]\ndate = 2026-10-01\nstatus = 'maybe'\n", "status 'maybe'"),
        ("[[release]]\ndate = 2026-10-01\nconfidence = 2\n", "confidence must be"),
        ("[[release]]\ndate = 2026-10-01\ncolumns = ['nodot']\n", "is not TABLE.COLUMN"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_bad_release_files_say_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "r.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        read_releases(path, AS_OF, 90)


def test_experiments_by_status_and_traffic(tmp_path):
    path = tmp_path / "ab.json"
    path.write_text(
        json.dumps(
            {
                "experiments": [
                    {"name": "a", "status": "running", "traffic": 0.5, "end": "2026-10-01",
                     "fields": ["orders.variant"]},
                    {"name": "b", "status": "concluded", "winner": "control",
                     "fields": [{"table": "orders", "column": "lost", "type": "bool"}]},
                    {"name": "c", "status": "stopped", "fields": ["orders.stopped"]},
                ]
            }
        )
    )  # fmt: skip
    columns = {c.column: c for c in read_experiments(path, AS_OF, 90).columns}
    assert columns["variant"].strength == experiment_strength("running", 0.5, None)
    assert columns["variant"].eta == datetime(2026, 10, 1)
    assert columns["variant"].strength > columns["lost"].strength > columns["stopped"].strength
    assert columns["lost"].type == "bool"
    assert experiment_strength("concluded", 1.0, "treatment") > experiment_strength(
        "running", 1.0, None
    )


def test_bad_experiment_files(tmp_path):
    path = tmp_path / "ab.json"
    path.write_text('{"experiments": [{"name": "x", "status": "running", "traffic": 7}]}')
    with pytest.raises(InputError, match="traffic must be a share"):
        read_experiments(path, AS_OF, 90)
    path.write_text("{nope")
    with pytest.raises(InputError, match="not valid JSON"):
        read_experiments(path, AS_OF, 90)


def test_rising_usage_raises_the_odds_of_its_tables(tmp_path):
    rows = ["date,feature,value,tables"]
    for day in range(84):
        when = (AS_OF - timedelta(days=84 - day)).date().isoformat()
        rows.append(f"{when},checkout,{100 if day < 56 else 300},orders;payments")
        rows.append(f"{when},legacy,{300 if day < 56 else 100},")
    rows.append(f"{(AS_OF - timedelta(days=1)).date()},legacy,100,reports")
    rows.append(f"{AS_OF.date()},checkout,999999,")  # on or after as_of: ignored
    path = tmp_path / "usage.csv"
    path.write_text("\n".join(rows) + "\n")
    trends = {t.table: t.odds_factor for t in read_usage(path, AS_OF).trends}
    assert trends["orders"] == trends["payments"] > 1.5
    assert trends["reports"] < 0.7


def test_bad_usage_file(tmp_path):
    path = tmp_path / "usage.csv"
    path.write_text("date,feature\n2026-01-01,x\n")
    with pytest.raises(InputError, match="header lacks value"):
        read_usage(path, AS_OF)
    path.write_text("date,feature,value\nyesterday,x,1\n")
    with pytest.raises(InputError, match=r"usage.csv:2: bad date or value"):
        read_usage(path, AS_OF)


def test_telemetry_adds_up_sightings_per_column():
    def sighting(table, column, count, fingerprint, inferred=None, schema="public"):
        return UnknownColumn(schema, table, column, fingerprint, inferred, count, AS_OF, AS_OF)

    evidence = telemetry_evidence(
        [
            sighting("orders", "coupon", 2, "q1", "text"),
            sighting("orders", "coupon", 5, "q2"),
            sighting("orders", "rare", 1, "q3"),
            sighting("users", "x", 9, "q4", schema="auth"),
            sighting(None, "nowhere", 9, "q5", schema=None),
        ],
        AS_OF,
    )
    columns = {(c.table, c.column): c for c in evidence.columns}
    assert set(columns) == {("orders", "coupon"), ("orders", "rare"), ("auth.users", "x")}
    assert columns[("orders", "coupon")].type == "text"
    assert columns[("orders", "coupon")].strength > 0.9 > columns[("orders", "rare")].strength


def test_column_references():
    assert parse_column_ref("orders.total") == ("orders", "total")
    assert parse_column_ref("public.orders.total") == ("orders", "total")
    assert parse_column_ref("auth.users.email") == ("auth.users", "email")
    with pytest.raises(ValueError, match=r"not TABLE\.COLUMN"):
        parse_column_ref("total")
