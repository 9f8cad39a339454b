"""The telemetry writer in Dagster: one multi-asset (the ops tables and the mart views of
`<project>_ops`), its job, and a sensor that launches it after runs end.

An asset, not a sensor writing rows: embedded chDB is single-process, so only a run holding the
warehouse pool may open it. The asset reads the event log from the cursor it stores in ClickHouse
and appends; the sensor only reads the event log (its own cursor: the last run end it answered)
and never opens the warehouse. Telemetry's own runs are not recorded and never wake the sensor,
so it converges: after a telemetry run, the next tick finds only that run's end and skips.
"""

from collections.abc import Iterator

import dagster as dg
# not exported by name: the type of `define_asset_job(...)`
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

from ai_etl.pipeline_runs import ACTIVE_RUN_STATUSES, PROJECT_TAG, PipelineSelections
from ai_etl.telemetry.marts import MART_VIEWS
from ai_etl.telemetry.tables import OPS_TABLES, ops_database

TELEMETRY_INTERVAL_S = 60
BATCH_RUNS = 200
MAX_BATCHES = 50  # 10,000 runs per telemetry run; the next run reads on from the cursor


def telemetry_group(project: str) -> str:
    return f"{project}_ops"  # one underscore: pipeline groups are <project>__<pipeline>


def telemetry_job_name(project: str) -> str:
    return f"{project}_ops_telemetry"


def ops_key(project: str, name: str) -> dg.AssetKey:
    return dg.AssetKey([project, "ops", name])


def telemetry_assets(project: str, warehouse_key: str, selections: PipelineSelections) -> dg.AssetsDefinition:
    """`<project>/ops/<table>` for each ops table and `<project>/ops/<mart>` for each mart view."""
    database = ops_database(project)
    group = telemetry_group(project)
    table_specs = [
        dg.AssetSpec(ops_key(project, t.name), group_name=group, kinds={"clickhouse"}, description=f"{t.row.__doc__ or t.name} ({database}.{t.name}, from Dagster's event log)".strip(),
                     metadata={"dagster/table_name": f"{database}.{t.name}"})  # fmt: skip
        for t in OPS_TABLES
    ]
    sources = {"pipeline_health": ["runs"], "asset_rows_per_run": ["materializations"], "llm_cost_daily": ["agent_calls"],
               "cache_savings": ["agent_calls"], "repair_outcomes": ["repairs"]}  # fmt: skip
    mart_specs = [
        dg.AssetSpec(ops_key(project, m.name), group_name=group, kinds={"clickhouse"}, description=m.description,
                     deps=[ops_key(project, t) for t in sources[m.name]], metadata={"dagster/table_name": f"{database}.{m.name}"})  # fmt: skip
        for m in MART_VIEWS
    ]

    @dg.multi_asset(
        name=f"{project}__ops_telemetry",
        specs=[*table_specs, *mart_specs],
        required_resource_keys={warehouse_key},
        pool=f"warehouse:{warehouse_key}",
        op_tags={"kind": "telemetry"},
    )
    def _telemetry(context: dg.AssetExecutionContext) -> Iterator[dg.MaterializeResult]:
        from ai_etl.telemetry.event_log import RunScope
        from ai_etl.telemetry.writer import record_telemetry

        scope = RunScope(project, lambda key: selections.pipeline_of([key]), own_jobs=(telemetry_job_name(project),), own_asset_prefix=(project, "ops"))
        report = record_telemetry(context.instance, getattr(context.resources, warehouse_key), scope, batch_runs=BATCH_RUNS, max_batches=MAX_BATCHES)
        context.log.info(report.summary())
        for table in OPS_TABLES:
            yield dg.MaterializeResult(asset_key=ops_key(project, table.name), metadata={
                "dagster/row_count": report.rows[table.name], "rows_added": report.added.get(table.name, 0), "cursor": report.cursor})  # fmt: skip
        for mart in MART_VIEWS:
            yield dg.MaterializeResult(asset_key=ops_key(project, mart.name), metadata={"dagster/row_count": report.rows[mart.name]})

    return _telemetry


def telemetry_job(project: str) -> UnresolvedAssetJobDefinition:
    return dg.define_asset_job(
        telemetry_job_name(project),
        selection=dg.AssetSelection.groups(telemetry_group(project)),
        description=f"Appends the runs that ended since the last telemetry run to {ops_database(project)} (runs, steps, materializations, checks, agent calls, repairs) and refreshes its marts.",
        tags={PROJECT_TAG: project},
    )


def telemetry_sensor(project: str, job: UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    """Launches the telemetry job when a run other than telemetry's own has ended since the last
    launch; skips while a telemetry run is queued or running (it will read on from its cursor)."""
    from ai_etl.telemetry.event_log import run_ends_after

    name = telemetry_job_name(project)

    def tick(context: dg.SensorEvaluationContext):
        active = context.instance.get_run_records(dg.RunsFilter(job_name=name, statuses=list(ACTIVE_RUN_STATUSES)), limit=1)
        if active:
            return dg.SkipReason(f"telemetry run {active[0].dagster_run.run_id[:8]} has not finished")
        ends = run_ends_after(context.instance, int(context.cursor or 0), limit=1000)
        if not ends:
            return dg.SkipReason("no run ended since the last telemetry run")
        newest = str(ends[-1].storage_id)
        if all(end.job_name == name for end in ends):
            return dg.SensorResult(skip_reason="only telemetry's own runs ended", cursor=newest)
        return dg.SensorResult(run_requests=[dg.RunRequest(run_key=f"telemetry-{newest}")], cursor=newest)

    return dg.SensorDefinition(
        name=f"{project}_telemetry_sensor",
        evaluation_fn=tick,
        minimum_interval_seconds=TELEMETRY_INTERVAL_S,
        job=job,
        description=f"After runs end, records them in {ops_database(project)} (the {name} job).",
        default_status=dg.DefaultSensorStatus.RUNNING,
    )
