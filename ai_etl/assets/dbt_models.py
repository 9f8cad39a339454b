"""A project's dbt models as Dagster assets (live dbt folder), with dbt tests as asset checks."""


import importlib.metadata
import json
import shutil
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets
from packaging import version

from ai_etl.assets.naming import asset_key, group_name
from ai_etl.dbt_manifest import DbtSetup, dbt_executable
from ai_etl.resources.clickhouse import ClickHouseResource

DBT_RESOURCE_KEY = "dbt"


class ProjectDbtTranslator(DagsterDbtTranslator):
    """models/<project>/<pipeline>/<layer>/<model>.sql -> key <project>/<layer>/<model>, group <project>__<pipeline>.

    Sources keep the key from their `meta.dagster.asset_key` (the extract asset), so the graph
    reads source -> raw -> staging -> marts with no manual wiring.
    """

    def __init__(self, project: str, artifact_metadata: Callable[[str], dict] | None = None):
        """`artifact_metadata(path)`: the artifact version behind a model file (dbt_project/...)."""
        super().__init__(settings=DagsterDbtTranslatorSettings(enable_code_references=False))
        self.project = project
        self.artifact_metadata = artifact_metadata or (lambda _path: {})
        self._specs: dict[str, dg.AssetSpec] = {}

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        """Cached per node: dagster-dbt asks several times per node (8,000 calls at 500 pipelines)."""
        if unique_id not in self._specs:
            self._specs[unique_id] = self._spec(manifest, unique_id, project)
        return self._specs[unique_id]

    def _spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id)
        if node is None or node["resource_type"] not in ("model", "seed", "snapshot"):
            return spec
        # fqn: [dbt_project_name, pipeline, layer, ..., model] (the model path is models/<project>)
        fqn = node["fqn"]
        pipeline = fqn[1] if len(fqn) > 2 else "shared"
        layer = fqn[2] if len(fqn) > 3 and fqn[2] in ("staging", "marts") else "marts"
        return spec.replace_attributes(
            key=asset_key(self.project, layer, node["name"]),
            group_name=group_name(self.project, pipeline),
            kinds={"dbt", "clickhouse"},
        ).merge_attributes(
            metadata={
                "dagster/table_name": f"{node['schema']}.{node['alias']}",
                **self.artifact_metadata(f"dbt_project/{node['original_file_path']}"),
            }
        )


def dbt_models_asset(
    project: str, setup: DbtSetup, manifest_path, warehouse_key: str, pool: str, artifact_metadata: Callable[[str], dict] | None = None
) -> dg.AssetsDefinition:
    translator = ProjectDbtTranslator(project, artifact_metadata)
    # read here, not by path: dagster-dbt caches manifests by path for the process's lifetime,
    # so a location rebuilt in the same process after a re-parse would see the old models
    manifest = json.loads(Path(manifest_path).read_bytes())

    @dbt_assets(
        manifest=manifest,
        dagster_dbt_translator=translator,
        name=f"{project}_dbt_models",
        required_resource_keys={warehouse_key, DBT_RESOURCE_KEY},
        pool=pool,
    )
    def _models(context: dg.AssetExecutionContext) -> Iterator:
        dbt: DbtCliResource = getattr(context.resources, DBT_RESOURCE_KEY)
        warehouse: ClickHouseResource = getattr(context.resources, warehouse_key)
        # Embedded chDB is single-process: collect dbt's events while it holds the warehouse,
        # then read row counts once it has exited.
        # A failing dbt test fails the step, but only after its check results were reported.
        events, failure = [], None
        run_target = _with_partial_parse(setup)
        invocation = dbt.cli(["build", *setup.cli_args()], context=context, target_path=run_target)
        try:
            for event in invocation.stream():
                events.append(event)
        except Exception as err:  # dbt exited non-zero
            failure = err
        counts = _row_counts(warehouse, setup.vars["ai_etl_database"])
        for event in events:
            if isinstance(event, dg.Output | dg.AssetMaterialization):
                table = _table_of(context, event)
                if table in counts:
                    event = event.with_metadata({**event.metadata, "dagster/row_count": counts[table]})
            yield event
        if failure is not None:
            details = _failed_nodes(run_target)
            if not details:
                raise failure
            # dagster-dbt's message names the model but not ClickHouse's error: put dbt's own
            # messages in the failure, for the UI and for the repair loop's diagnosis
            raise dg.Failure(description=f"dbt build failed: {details}", metadata={"dbt_errors": details}) from failure

    return _models


def _failed_nodes(target_path: Path) -> str:
    """`<node>: <message>` for every errored or failed node of the last run_results.json."""
    results = target_path / "run_results.json"
    if not results.exists():
        return ""
    try:
        document = json.loads(results.read_text())
    except (OSError, ValueError):
        return ""
    lines = [
        f"{r.get('unique_id', '?').split('.', 2)[-1]}: {' '.join(str(r.get('message') or '').split())[:600]}"
        for r in document.get("results", [])
        if r.get("status") in ("error", "fail")
    ]
    return " | ".join(lines)


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


def _with_partial_parse(setup: DbtSetup):
    """The run's target folder, seeded with the prepared partial-parse state so dbt does not
    parse the project again (a full re-parse costs 2-5 s per run)."""
    run_target = setup.target_path / "run"
    run_target.mkdir(parents=True, exist_ok=True)
    prepared, used = setup.target_path / "partial_parse.msgpack", run_target / "partial_parse.msgpack"
    if prepared.exists() and (not used.exists() or used.stat().st_mtime < prepared.stat().st_mtime):
        shutil.copy2(prepared, used)
    return run_target


def _table_of(context: dg.AssetExecutionContext, event) -> str | None:
    key = event.asset_key if isinstance(event, dg.AssetMaterialization) else context.asset_key_for_output(event.output_name)
    spec_metadata = context.assets_def.specs_by_key[key].metadata
    table_name = spec_metadata.get("dagster/table_name")
    return getattr(table_name, "value", table_name)


def _row_counts(warehouse: ClickHouseResource, database: str) -> dict[str, int]:
    with warehouse.get_client() as client:
        rows = client.query(
            "SELECT name, total_rows FROM system.tables WHERE database = {db:String} AND total_rows IS NOT NULL",
            parameters={"db": database},
        ).result_rows
    return {f"{database}.{name}": int(total) for name, total in rows}
