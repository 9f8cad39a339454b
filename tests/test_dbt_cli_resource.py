"""The two private dagster-dbt methods ProjectDbtCliResource overrides still exist under these names:
a dagster-dbt upgrade that renames them fails here instead of silently slowing every run by ~7 s."""

import importlib.metadata
from pathlib import Path

from dagster_dbt import DbtCliResource

from ai_etl.dbt.cli_resource import OVERRIDDEN, PINNED_DAGSTER_DBT, ProjectDbtCliResource
from ai_etl.dbt.project import dbt_executable

DBT_PROJECT = Path(__file__).resolve().parent.parent / "dbt_project"


def test_dagster_dbt_is_the_version_the_overrides_were_checked_against():
    assert importlib.metadata.version("dagster-dbt") == PINNED_DAGSTER_DBT, (
        "dagster-dbt changed: check that DbtCliResource still has "
        f"{OVERRIDDEN} with the same meaning, then update PINNED_DAGSTER_DBT in ai_etl/dbt/cli_resource.py"
    )


def test_the_overridden_methods_exist_upstream_and_are_replaced():
    for name in OVERRIDDEN:
        assert name in vars(DbtCliResource), f"DbtCliResource.{name} is gone: the override in ProjectDbtCliResource is dead"
        assert name in vars(ProjectDbtCliResource)
    resource = ProjectDbtCliResource(project_dir=str(DBT_PROJECT), dbt_executable=dbt_executable())
    assert str(resource._cli_version) == importlib.metadata.version("dbt-core")
    assert resource._initialize_dbt_core_adapter([]) is None
