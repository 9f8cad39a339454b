"""Malformed project and pipeline files: one sentence naming file, line and field; exit code 2 from the CLI."""

from pathlib import Path

import pytest

from ai_etl.errors import ConfigError
from ai_etl.project_files import load_project
from conftest import run_cli


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_repository_project_is_valid():
    folder = load_project(Path(__file__).parent.parent / "projects" / "ecommerce")
    assert set(folder.pipelines) == {"daily_sales"}
    assert folder.pipelines["daily_sales"].schedule.cron == "0 2 * * *"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("pipelines/daily_sales.yaml", 'cron: "0 2 * * *"', 'cron: "0 25 * * *"', r"daily_sales.yaml:5: field `schedule.cron`: '0 25 \* \* \*' is not a valid cron expression: its hour field '25' must be within 0-23"),
        ("pipelines/daily_sales.yaml", 'cron: "0 2 * * *"', 'cron: "61 * * * *"', r"field `schedule.cron`: '61 \* \* \* \*' is not a valid cron expression: its minute field '61' must be within 0-59"),
        ("pipelines/daily_sales.yaml", 'cron: "0 2 * * *"', 'cron: "0 2 * * * *"', r"field `schedule.cron`: '0 2 \* \* \* \*' has 6 fields; a cron expression has 5"),
        ("pipelines/daily_sales.yaml", "connector: shop", "connector: shopp", r"daily_sales.yaml:\d+: field `source.connector`: unknown connector 'shopp' \(this project has: lake, shop, warehouse\)"),
        ("pipelines/daily_sales.yaml", "  table: daily_sales", "  table: daily sales", r"daily_sales.yaml:14: field `target.table`: 'daily sales' is not a name; use letters, digits and underscores"),
        ("pipelines/daily_sales.yaml", "mode: full_refresh", "mode: full_refresh\n  batch: 5", r"daily_sales.yaml:17: field `load.batch`: is not a field here; remove it or fix its spelling"),
        ("project.yaml", "url: chdb://.data/warehouse", "url: http://admin:s3cret@ch:8123", r"project.yaml:16: field `connectors.warehouse.url`: must not contain a password"),
        ("project.yaml", "timezone: UTC", "timezone: Mars/Olympus", r"project.yaml:5: field `timezone`: 'Mars/Olympus' is not an IANA timezone"),
        ("project.yaml", "connectors:", "connectors: [", r"project.yaml:\d+: not valid YAML"),
    ],
)
def test_bad_files_name_file_line_and_field(workspace, file, old, new, expected):
    """A bad project.yaml stops the load; a bad pipeline file is that pipeline's error (tests/faults/)."""
    project = workspace / "projects" / "ecommerce"
    _edit(project / file, old, new)
    with pytest.raises(ConfigError, match=expected):
        load_project(project).pipeline("daily_sales")


def test_cli_prints_one_sentence_and_exits_2(workspace):
    project = workspace / "projects" / "ecommerce"
    _edit(project / "pipelines" / "daily_sales.yaml", 'cron: "0 2 * * *"', 'cron: "every day"')
    done = run_cli("validate", "--project", str(project))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "daily_sales.yaml:5: field `schedule.cron`" in done.stderr


def test_missing_secret_is_named(workspace):
    project = workspace / "projects" / "ecommerce"
    _edit(project / "project.yaml", "    embedded:                       # otherwise: a real PostgreSQL server under .data/\n      data_dir: .data/postgres\n      database: shop\n", "")
    done = run_cli("validate", "--offline", "--project", str(project), env={"SHOP_DATABASE_URL": ""})
    assert done.returncode == 2
    assert "Connector 'shop' needs the environment variable SHOP_DATABASE_URL" in done.stderr
    done = run_cli("validate", "--offline", "--project", str(project), env={"SHOP_DATABASE_URL": "postgresql://u:p@db:5432/shop"})
    assert done.returncode == 0, done.stderr
