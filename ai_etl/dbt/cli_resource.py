"""dagster-dbt's CLI resource with this product's two overrides of private methods, in one place.

Both are pinned by tests/test_dbt_cli_resource.py to the dagster-dbt version in pyproject.toml:
a dagster-dbt upgrade that renames them fails that test instead of silently slowing every run.
"""

from __future__ import annotations

import importlib.metadata
from functools import cached_property

from dagster_dbt import DbtCliResource
from packaging import version

from ai_etl.dbt.project import DbtSetup, dbt_executable

DBT_RESOURCE_KEY = "dbt"
# the private methods overridden below exist under these names in this dagster-dbt release
OVERRIDDEN = ("_cli_version", "_initialize_dbt_core_adapter")
PINNED_DAGSTER_DBT = "0.29.27"


class ProjectDbtCliResource(DbtCliResource):
    """dagster-dbt's resource minus two per-run costs this product does not use
    (measured in bench/orchestration_overhead.py): a `dbt --version` subprocess (~5 s on a busy
    machine) and an in-process dbt adapter that loads every macro (~2 s), which only serves
    dagster-dbt's optional warehouse metadata queries; row counts come from ClickHouse instead."""

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        return None


def dbt_resource(setup: DbtSetup) -> DbtCliResource:
    return ProjectDbtCliResource(
        project_dir=str(setup.project_dir),
        profiles_dir=str(setup.project_dir),
        target=setup.target,
        dbt_executable=dbt_executable(),
    )
