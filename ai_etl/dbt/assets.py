"""The project's dbt models as a few subsettable `@dbt_assets`, each over its part of the manifest.

The manifest is parsed once per project (`ai-etl prepare`); loading the location only reads it and
cuts it into one part per retry policy (models/<project>/<pipeline>/... -> the pipeline's part),
usually one for the whole project. A run selects one pipeline's models and dagster-dbt builds
exactly those (`--select` of their fqns). Earlier shapes and what they cost (bench/location_scale.py): one
project-wide multi-asset subset by a job per pipeline made the snapshot quadratic (57 s at 200
pipelines); one multi-asset per pipeline paid dagster-dbt's spec building and selection engine once
per pipeline (~7 ms each, 14 s at 2,000).
"""

import json
import shutil
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import orjson
from dagster_dbt import DbtCliResource, dbt_assets

from ai_etl.assets.steps import assign_steps, members_by_step, retry_policy
from ai_etl.dbt.cli_resource import DBT_RESOURCE_KEY
from ai_etl.dbt.project import DbtSetup
from ai_etl.dbt.translator import ProjectDbtTranslator, pipeline_of, pipeline_selection
from ai_etl.model_drift import METADATA_KEY as DRIFT_KEY
from ai_etl.monitoring.asset_profile import profile_metadata
from ai_etl.repair.diagnosis import INFRASTRUCTURE
from ai_etl.resources.clickhouse import ClickHouseResource
from ai_etl.spec import Retries

_SLICED = ("nodes", "sources", "exposures", "metrics", "semantic_models", "saved_queries", "unit_tests", "functions")


def read_manifest(path: Path) -> dict:
    """Read here, not by path: dagster-dbt caches manifests by path for the process's lifetime,
    so a location rebuilt in the same process after a re-parse would see the old models."""
    return orjson.loads(Path(path).read_bytes())


def split_manifest(manifest: Mapping[str, Any], part_of: Callable[[str], str | None]) -> dict[str, dict]:
    """The manifest cut into parts (nodes, sources, maps) in one pass: `part_of(pipeline)` names the
    part of each pipeline folder's nodes (None: in no part)."""
    owner: dict[str, str] = {}
    parts: dict[str, dict] = defaultdict(lambda: {"metadata": manifest.get("metadata", {}), **{k: {} for k in _SLICED}})
    for collection in _SLICED:
        for unique_id, node in (manifest.get(collection) or {}).items():
            part = part_of(pipeline_of(node))
            owner[unique_id] = part
            parts[part][collection][unique_id] = node
    for map_name in ("parent_map", "child_map"):
        for part in parts.values():
            part[map_name] = {}
        for unique_id, related in (manifest.get(map_name) or {}).items():
            if unique_id in owner:
                parts[owner[unique_id]][map_name][unique_id] = [r for r in related if owner.get(r) == owner[unique_id]]
    return {name: part for name, part in parts.items() if name is not None and part["nodes"]}


def project_dbt_assets(
    project: str,
    manifest: Mapping[str, Any],
    retries: Mapping[str, Retries],
    setup: DbtSetup,
    translator: ProjectDbtTranslator,
    warehouse_key: str,
    pool: str,
    owners: Collection[str] | None = None,
) -> list[dg.AssetsDefinition]:
    """Every model folder of the manifest that `owners` (the loaded pipelines; default: any) own, in
    one step per retry policy, each over its own part of the manifest. A folder no loaded pipeline
    owns (an orphan, a broken pipeline file's) is left out even when a manifest prepared before
    still holds it: dbt skips it (ai_etl.model_folders), and its pipeline shows as broken.

    dagster-dbt evaluates each selection criterion by scanning every node, so a step that named each
    of its pipelines would cost pipelines x nodes (400 s at 2,000 pipelines): the biggest step
    selects `fqn:*` minus the other steps' pipelines, which a run that selects the whole step
    builds exactly; the others name their (few) pipelines."""
    folders = {pipeline_of(node) for node in manifest.get("nodes", {}).values() if node.get("resource_type") == "model"}
    policies = {folder: retries.get(folder, Retries()) for folder in folders if folder != "shared" and (owners is None or folder in owners)}
    steps = assign_steps(f"{project}__dbt", policies)
    parts = split_manifest(manifest, steps.get)
    members = {name: folders for name, folders in members_by_step(steps).items() if name in parts}
    if not members:
        return []
    biggest = max(members, key=lambda name: len(members[name]))
    others = [folder for name, folders in members.items() if name != biggest for folder in folders]
    return [
        dbt_step_assets(
            name, parts[name], setup, translator, warehouse_key, pool, retry_policy(policies[folders[0]]),
            select=" ".join(pipeline_selection(f) for f in folders) if name != biggest else "fqn:*",
            exclude=" ".join(pipeline_selection(f) for f in others) if name == biggest and others else None,
        )  # fmt: skip
        for name, folders in members.items()
    ]


def dbt_step_assets(
    name: str,
    manifest: Mapping[str, Any],
    setup: DbtSetup,
    translator: ProjectDbtTranslator,
    warehouse_key: str,
    pool: str,
    retry_policy: dg.RetryPolicy | None,
    select: str,
    exclude: str | None,
) -> dg.AssetsDefinition:
    """The dbt models and tests of a part of the project as one subsettable multi-asset (tests are
    asset checks); a run of the whole step builds `select` minus `exclude`."""

    @dbt_assets(
        manifest=manifest,
        select=select,
        exclude=exclude,
        dagster_dbt_translator=translator,
        name=name,
        required_resource_keys={warehouse_key, DBT_RESOURCE_KEY},
        pool=pool,
        retry_policy=retry_policy,
    )
    def _models(context: dg.AssetExecutionContext) -> Iterator:
        yield from build_models(context, setup, warehouse_key)

    return _models


def build_models(context: dg.AssetExecutionContext, setup: DbtSetup, warehouse_key: str) -> Iterator:
    """`dbt build` of the selected models; row counts from ClickHouse; dbt's own errors on failure."""
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
    marts = {_table_of(context, e) for e in events if isinstance(e, dg.Output | dg.AssetMaterialization) and _layer_of(context, e) == "marts"}
    counts, profiles = _row_counts_and_profiles(warehouse, setup.vars["ai_etl_database"], marts, context.log.warning)
    for event in events:
        if isinstance(event, dg.Output | dg.AssetMaterialization):
            table = _table_of(context, event)
            if table in counts:
                event = event.with_metadata({**event.metadata, "dagster/row_count": counts[table]})
            if profiles.get(table):
                event = event.with_metadata({**event.metadata, **profiles[table]})
            drift = _spec_metadata(context, event).get(DRIFT_KEY)  # a model that lacks what its pipeline asks for
            if drift is not None:
                context.log.warning(getattr(drift, "value", drift))
                event = event.with_metadata({**event.metadata, DRIFT_KEY: drift})
        yield event
    if failure is not None:
        details = _failed_nodes(run_target)
        if not details:
            raise failure
        # dagster-dbt's message names the model but not ClickHouse's error: put dbt's own
        # messages in the failure, for the UI and for the repair loop's diagnosis. Only a system
        # that could not be reached may work on a retry; a SQL or data error fails at once, so
        # the repair loop starts minutes earlier.
        retry = bool(INFRASTRUCTURE.search(details))
        raise dg.Failure(description=f"dbt build failed: {details}", metadata={"dbt_errors": details}, allow_retries=retry) from failure


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


def _with_partial_parse(setup: DbtSetup):
    """The run's target folder, seeded with the prepared partial-parse state so dbt does not
    parse the project again (a full re-parse costs 2-5 s per run)."""
    run_target = setup.target_path / "run"
    run_target.mkdir(parents=True, exist_ok=True)
    prepared, used = setup.target_path / "partial_parse.msgpack", run_target / "partial_parse.msgpack"
    if prepared.exists() and (not used.exists() or used.stat().st_mtime < prepared.stat().st_mtime):
        shutil.copy2(prepared, used)
    return run_target


def _spec_metadata(context: dg.AssetExecutionContext, event) -> Mapping[str, Any]:
    key = event.asset_key if isinstance(event, dg.AssetMaterialization) else context.asset_key_for_output(event.output_name)
    return context.assets_def.specs_by_key[key].metadata


def _table_of(context: dg.AssetExecutionContext, event) -> str | None:
    table_name = _spec_metadata(context, event).get("dagster/table_name")
    return getattr(table_name, "value", table_name)


def _layer_of(context: dg.AssetExecutionContext, event) -> str:
    key = event.asset_key if isinstance(event, dg.AssetMaterialization) else context.asset_key_for_output(event.output_name)
    return key.path[1] if len(key.path) > 2 else ""


def _row_counts_and_profiles(warehouse: ClickHouseResource, database: str, marts: set, warn) -> tuple[dict[str, int], dict[str, dict]]:
    """Rows of every table of the project's database, and the profile of each mart built (a pipeline's
    target: `profile/...` metadata), in one opening of the warehouse."""
    with warehouse.get_client() as client:
        rows = client.query(
            "SELECT name, total_rows FROM system.tables WHERE database = {db:String} AND total_rows IS NOT NULL",
            parameters={"db": database},
        ).result_rows
        counts = {f"{database}.{name}": int(total) for name, total in rows}
        profiles = {}
        for table in sorted(t for t in marts if t):
            mart_database, _, name = table.partition(".")
            profiles[table] = profile_metadata(client, mart_database, name, warn, rows=counts.get(table))
    return counts, profiles
