"""`read_migrations` over every supported layout, with dates from names or from git."""

import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from predictor.migrations.reader import MigrationDirError, read_migrations

CREATE = "CREATE TABLE users (id uuid PRIMARY KEY);"
ADD = "ALTER TABLE users ADD COLUMN email text;"


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def summary(changes):
    return [(c.ts, c.op.value, c.table, c.column, c.source) for c in changes]


LAYOUTS = {
    "plain": {"20240101120000_init.sql": CREATE, "20240201120000_email.sql": ADD},
    "golang-migrate": {
        "20240101120000_init.up.sql": CREATE,
        "20240101120000_init.down.sql": "DROP TABLE users;",
        "20240201120000_email.up.sql": ADD,
        "20240201120000_email.down.sql": "ALTER TABLE users DROP COLUMN email;",
    },
    "dbmate": {
        "20240101120000_init.sql": f"-- migrate:up\n{CREATE}\n-- migrate:down\nDROP TABLE users;\n",
        "20240201120000_email.sql": f"-- migrate:up\n{ADD}\n\n-- migrate:down\nSELECT 1;\n",
    },
    "goose": {
        "20240101120000_init.sql": f"-- +goose Up\n{CREATE}\n-- +goose Down\nDROP TABLE users;\n",
        "20240201120000_email.sql": (
            f"-- +goose Up\n-- +goose StatementBegin\n{ADD}\n-- +goose StatementEnd\n\n"
            "-- +goose Down\nALTER TABLE users DROP COLUMN email;\n"
        ),
    },
    "sql-migrate": {
        "20240101120000_init.sql": f"-- +migrate Up\n{CREATE}\n-- +migrate Down\nDROP TABLE users;\n",
        "20240201120000_email.sql": (
            "-- +migrate Down\nALTER TABLE users DROP COLUMN email;\n\n"
            f"-- +migrate Up notransaction\n{ADD}\n"
        ),
    },
    "ory-pop dialects": {
        "20240101120000000000_init.postgres.up.sql": CREATE,
        "20240101120000000000_init.mysql.up.sql": "CREATE TABLE users (id INT AUTO_INCREMENT);",
        "20240101120000000000_init.sqlite3.up.sql": "CREATE TABLE users (id INTEGER, x TEXT);",
        "20240101120000000000_init.cockroach.up.sql": "CREATE TABLE users (id INT8, y STRING);",
        "20240101120000000001_more.sqlite3.up.sql": "ALTER TABLE users ADD COLUMN z TEXT;",
        "20240201120000000000_email.up.sql": ADD,
    },
    "dialect directories": {
        "postgres/20240101120000_init.up.sql": CREATE,
        "mysql/20240101120000_init.up.sql": "CREATE TABLE users (id INT AUTO_INCREMENT);",
        "sqlite/20240101120000_init.up.sql": "CREATE TABLE users (id INTEGER, x TEXT);",
        "postgres/20240201120000_email.up.sql": ADD,
        "mysql/20240201120000_email.up.sql": "ALTER TABLE users ADD COLUMN email TEXT;",
    },
    "sqitch": {
        "sqitch.plan": (
            "%syntax-version=1.0.0\n%project=app\n\n"
            "init 2024-01-01T12:00:00Z Ann <ann@example.com> # users\n"
            "@v1.0 2024-01-15T00:00:00Z Ann <ann@example.com> # tag\n"
            "email [init] 2024-02-01T12:00:00Z Ann <ann@example.com> # their email\n"
        ),
        "deploy/init.sql": f"BEGIN;\n{CREATE}\nCOMMIT;\n",
        "deploy/email.sql": ADD,
        "revert/init.sql": "DROP TABLE users;",
        "revert/email.sql": "ALTER TABLE users DROP COLUMN email;",
        "verify/init.sql": "SELECT id FROM users WHERE false;",
    },
    "diesel": {
        "2024-01-01-120000_init/up.sql": CREATE,
        "2024-01-01-120000_init/down.sql": "DROP TABLE users;",
        "2024-02-01-120000_email/up.sql": ADD,
        "2024-02-01-120000_email/down.sql": "SELECT 1;",
    },
    "prisma": {
        "20240101120000_init/migration.sql": CREATE,
        "20240201120000_email/migration.sql": ADD,
        "migration_lock.toml": 'provider = "postgresql"',
    },
    "flyway": {
        "V20240101120000__init.sql": CREATE,
        "V20240201120000__email.sql": ADD,
        "U20240201120000__email.sql": "ALTER TABLE users DROP COLUMN email;",
    },
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_gives_the_same_history(tmp_path, layout):
    root = write(tmp_path, LAYOUTS[layout])
    problems = []
    changes = read_migrations(root, problems.append)
    assert problems == []
    assert [(c.ts, c.op.value, c.table, c.column) for c in changes] == [
        (datetime(2024, 1, 1, 12), "create_table", "users", ""),
        (datetime(2024, 1, 1, 12), "table_column", "users", "id"),
        (datetime(2024, 2, 1, 12), "add_column", "users", "email"),
    ]


def test_sources_are_relative_paths(tmp_path):
    root = write(tmp_path, LAYOUTS["prisma"])
    sources = {c.source for c in read_migrations(root, print)}
    assert sources == {"20240101120000_init/migration.sql", "20240201120000_email/migration.sql"}


def git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        env=env,
        check=True,
        capture_output=True,
    )


def test_numbered_files_take_the_date_of_the_commit_that_added_them(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    write(repo, {"sql/0001_init.up.sql": CREATE})
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "init", date="2023-03-01T10:00:00+00:00")
    # Moved into the migrations directory later: keeps the date it was first added.
    git(repo, "mv", "sql", "db")
    git(repo, "commit", "-q", "-m", "move", date="2023-09-01T10:00:00+00:00")
    write(repo, {"db/0002_email.up.sql": ADD})
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "email", date="2023-04-01T12:30:00+02:00")
    write(repo, {"db/0003_untracked.up.sql": "ALTER TABLE users ADD COLUMN age int;"})

    problems = []
    changes = read_migrations(repo / "db", problems.append)
    assert summary(changes) == [
        (datetime(2023, 3, 1, 10), "create_table", "users", "", "0001_init.up.sql"),
        (datetime(2023, 3, 1, 10), "table_column", "users", "id", "0001_init.up.sql"),
        (datetime(2023, 4, 1, 10, 30), "add_column", "users", "email", "0002_email.up.sql"),
    ]
    assert problems == ["0003_untracked.up.sql: no date in its name and none in git; skipped"]


def test_a_bad_statement_never_stops_the_run(tmp_path):
    root = write(
        tmp_path,
        {
            "20240101000000_a.sql": "CREATE TABLE a (id int); CREATE TABLE (;",
            "20240102000000_b.sql": "ALTER TABLE a ADD COLUMN b int;",
        },
    )
    problems = []
    changes = read_migrations(root, problems.append)
    assert [c.op.value for c in changes] == ["create_table", "table_column", "add_column"]
    assert len(problems) == 1 and problems[0].startswith("20240101000000_a.sql:1:")


def test_a_missing_or_empty_directory_is_a_clear_error(tmp_path):
    with pytest.raises(MigrationDirError, match="not a directory"):
        read_migrations(tmp_path / "nope", print)
    with pytest.raises(MigrationDirError, match=r"no \.sql migration files"):
        read_migrations(tmp_path, print)


def test_a_renumbered_file_keeps_its_date_when_git_sees_no_rename(tmp_path):
    repo = tmp_path / "repo"
    (repo / "db").mkdir(parents=True)
    git(repo, "init", "-q")
    write(repo, {"db/0001-init.sql": CREATE, "db/0002-email.sql": ADD})
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "init", date="2021-03-01T10:00:00+00:00")
    # A new 0002 is inserted; the old 0002 becomes 0003 with a body too changed for git's
    # rename detection, so git reports a deletion and an addition.
    (repo / "db/0002-email.sql").unlink()
    write(
        repo,
        {
            "db/0002-schema.sql": "CREATE TABLE teams (id int);",
            "db/0003-email.sql": "ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;",
        },
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "renumber", date="2024-01-09T09:00:00+00:00")

    changes = read_migrations(repo / "db", print)
    dates = {c.source: c.ts for c in changes}
    assert dates == {
        "0001-init.sql": datetime(2021, 3, 1, 10),
        "0002-schema.sql": datetime(2024, 1, 9, 9),
        "0003-email.sql": datetime(2021, 3, 1, 10),
    }
