"""Finding migration files and the dates their names carry."""

from datetime import datetime

import pytest

from predictor.migrations.layout import date_from_name, find_migrations, natural_key, up_section


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20230518191501_init", datetime(2023, 5, 18, 19, 15, 1)),
        ("2019-02-26-002946_create_user", datetime(2019, 2, 26, 0, 29, 46)),
        ("2023_05_18_120000_add_users.sql", datetime(2023, 5, 18, 12, 0)),
        ("20230518_add_users.sql", datetime(2023, 5, 18)),
        ("V20230101120000__add.sql", datetime(2023, 1, 1, 12, 0)),
        ("1612345678_init.up.sql", datetime(2021, 2, 3, 9, 47, 58)),
        ("1620217231540_init", datetime(2021, 5, 5, 12, 20, 31, 540000)),
        ("16202172315401_init", None),
        ("20230402418590_bad_clock", datetime(2023, 4, 2)),
        ("20240101120000000000_init.postgres.up.sql", datetime(2024, 1, 1, 12)),
        ("20240101120000123_init.sql", datetime(2024, 1, 1, 12)),
        ("20191100000001000000_identities.postgres.up.sql", datetime(2019, 11, 1)),
        ("20190000000001_x.sql", None),
        ("2024010112000012_init.sql", None),
        ("0001_init.up.sql", None),
        ("V2__add.sql", None),
        ("00000000000000_diesel_initial_setup", None),
        ("init.sql", None),
    ],
)
def test_dates_in_names(name, expected):
    assert date_from_name(name) == expected


def test_natural_order_of_versions():
    names = ["V10__c.sql", "V2__b.sql", "V1_1__a.sql", "V1__a.sql"]
    assert sorted(names, key=natural_key) == ["V1_1__a.sql", "V1__a.sql", "V2__b.sql", "V10__c.sql"]


def test_down_and_undo_migrations_are_left_out(tmp_path):
    for name in ("1_a.up.sql", "1_a.down.sql", "V1__a.sql", "U1__a.sql", "x/up.sql", "x/down.sql"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("select 1;")
    found = {m.path.relative_to(tmp_path).as_posix() for m in find_migrations(tmp_path)}
    assert found == {"1_a.up.sql", "V1__a.sql", "x/up.sql"}


def test_an_untagged_pop_file_is_left_out_beside_its_postgres_version(tmp_path):
    names = (
        "20260327000000000000_x.postgres.up.sql",
        "20260327000000000000_x.up.sql",
        "20260327000000000000_x.mysql.up.sql",
        "20260616000000000000_y.postgres.autocommit.up.sql",
        "20260616000000000000_y.autocommit.up.sql",
        "20260701000000000000_z.up.sql",
        "20260701000000000000_z.sqlite.up.sql",
    )
    for name in names:
        (tmp_path / name).write_text("select 1;")
    found = {m.path.name for m in find_migrations(tmp_path)}
    assert found == {
        "20260327000000000000_x.postgres.up.sql",
        "20260616000000000000_y.postgres.autocommit.up.sql",
        "20260701000000000000_z.up.sql",
    }


def test_directory_layouts_take_their_key_from_the_directory(tmp_path):
    for name in ("20230101000000_init/migration.sql", "2023-02-01-000000_more/up.sql"):
        path = tmp_path / name
        path.parent.mkdir(parents=True)
        path.write_text("select 1;")
    found = {m.key: m.date for m in find_migrations(tmp_path)}
    assert found == {
        "20230101000000_init": datetime(2023, 1, 1),
        "2023-02-01-000000_more": datetime(2023, 2, 1),
    }


def test_dbmate_keeps_only_the_up_section():
    sql = "-- migrate:up\ncreate table a (id int);\n\n-- migrate:down\ndrop table a;\n"
    assert up_section(sql).strip() == "create table a (id int);"
    assert up_section("create table b (id int);") == "create table b (id int);"


@pytest.mark.parametrize("tool", ["+goose", "+migrate"])
def test_goose_and_sql_migrate_keep_only_the_up_section(tool):
    up, down = f"-- {tool} Up", f"-- {tool} Down"
    sql = f"{up}\ncreate table a (id int);\n{down}\ndrop table a;\n"
    assert up_section(sql).strip() == "create table a (id int);"
    assert up_section(f"{down}\ndrop table a;\n{up}\ncreate table a (id int);\n").strip() == (
        "create table a (id int);"
    )
    assert up_section(f"create table a (id int);\n{down}\ndrop table a;").strip() == (
        "create table a (id int);"
    )


def test_sqitch_scripts_take_the_plans_dates_from_the_project_or_its_deploy_folder(tmp_path):
    (tmp_path / "sqitch.plan").write_text(
        "%project=app\n"
        "users 2024-01-01T12:00:00Z Ann <ann@example.com> # users\n"
        "audit/log [users] 2024-01-02T08:30:00Z Ann <ann@example.com> # nested change\n"
        "@v1 2024-01-03T00:00:00Z Ann <ann@example.com> # tag\n"
        "users [users@v1] 2024-03-01T00:00:00Z Ann <ann@example.com> # reworked\n"
    )
    for name in ("deploy/users.sql", "deploy/users@v1.sql", "deploy/audit/log.sql"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("select 1;")
    (tmp_path / "revert").mkdir()
    (tmp_path / "revert/users.sql").write_text("drop table users;")
    expected = {
        "deploy/audit/log.sql": datetime(2024, 1, 2, 8, 30),
        "deploy/users.sql": datetime(2024, 3, 1),
        "deploy/users@v1.sql": datetime(2024, 1, 1, 12),
    }
    for root in (tmp_path, tmp_path / "deploy"):
        found = {m.path.relative_to(tmp_path).as_posix(): m.date for m in find_migrations(root)}
        assert found == expected
