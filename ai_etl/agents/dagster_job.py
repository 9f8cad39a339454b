"""`generate_pipeline`: the agents as a Dagster job, launched from the UI launchpad with `{request}`.

The run writes the files and asks the webserver to reload this code location, so the new
pipeline's assets appear in the graph without a restart.
"""


from pathlib import Path

import dagster as dg
from pydantic import Field

from ai_etl.errors import UserError
from ai_etl.pipeline_runs import PROJECT_TAG
from ai_etl.telemetry.records import agent_calls, agent_calls_metadata

# Op and graph names share one namespace in a repository: the op must not be named like its job.
GENERATE_JOB = "generate_pipeline"
GENERATE_OP = "generate"


class GenerateConfig(dg.Config):
    request: str = Field(description='e.g. "Load customer data from PostgreSQL to ClickHouse daily at 2 AM"')
    max_cycles: int = Field(2, description="Reflector rounds when validation fails")
    reload_location: bool = Field(True, description="reload the code location after writing")
    webserver: str | None = Field(
        None,
        description="URL of the Dagster webserver to ask for the reload; default: $AI_ETL_WEBSERVER_URL, else the "
        "webservers of this machine that serve this run's instance, at whatever port they listen on",
    )


def generate_pipeline_job(project_dir: Path, project: str | None = None) -> dg.JobDefinition:
    """`project` tags its runs (ai_etl/project), so telemetry of a shared instance knows whose they are."""

    @dg.op(name=GENERATE_OP, tags={"kind": "ai"})
    def generate_op(context: dg.OpExecutionContext, config: GenerateConfig) -> dg.Output[str]:
        from ai_etl.agents.gateway import Gateway, gateway_config
        from ai_etl.agents.orchestrator import GenerateOptions, generate, write_files
        from ai_etl.prepare import prepare_project
        from ai_etl.project_files import load_project

        folder = load_project(project_dir)
        gateway = Gateway(gateway_config(folder.project.llm))
        try:
            result = generate(config.request, folder, gateway=gateway, options=GenerateOptions(max_cycles=config.max_cycles), progress=context.log.info)
            write_files(result, folder)
            context.log.info(f"prepared {prepare_project(load_project(project_dir)).summary()}")
        except UserError as err:
            raise dg.Failure(description=str(err), allow_retries=False) from None
        context.log.info(f"wrote {len(result.files)} file(s) for pipeline {result.pipeline}")
        context.log.info("what it does:\n" + "\n".join(f"- {line}" for line in result.reading) + (f"\nfinal SQL:\n{result.sql}" if result.sql else ""))
        if config.reload_location:
            _reload(context, config.webserver)
        return dg.Output(
            result.pipeline,
            metadata={
                "target": f"{result.target.database}.{result.target.table}",
                "schedule": result.schedule or "on demand",
                "reading": dg.MetadataValue.md("\n".join(f"- {line}" for line in result.reading)),
                "sql": dg.MetadataValue.md(f"```sql\n{result.sql}\n```" if result.sql else "(the raw table is the result)"),
                "assets": dg.MetadataValue.json(result.assets),
                "files": dg.MetadataValue.json(sorted(result.files)),
                "validation_score": result.validation.score,
                "checks": dg.MetadataValue.json(result.validation.checks),
                "tokens": result.tokens,
                "cost_usd": result.cost_usd,
                "pipeline": result.pipeline,
                **agent_calls_metadata(agent_calls(gateway.calls, result.cache, gateway.config.models[0].model)),
            },
        )

    return dg.JobDefinition(
        name=GENERATE_JOB,
        description="Turn a plain-language request into a validated pipeline, write it, reload this location.",
        graph_def=dg.GraphDefinition(name=GENERATE_JOB, node_defs=[generate_op]),
        executor_def=dg.in_process_executor,
        tags={"ai_etl/agents": "generate", **({PROJECT_TAG: project} if project else {})},
    )


def _reload(context: dg.OpExecutionContext, webserver: str | None) -> None:
    """Reload the location this run came from; a failed reload is a warning in the run, with what to do."""
    from ai_etl.location_reload import reload_location

    origin = context.dagster_run.remote_job_origin
    if origin is None:
        context.log.info("not launched from a code location: reload skipped")
        return
    location = origin.repository_origin.code_location_origin.location_name
    outcome = reload_location(location, context.instance.root_directory, webserver)
    if outcome.ok:
        context.log.info(f"reloaded code location {location}: {outcome.message}")
    else:
        context.log.warning(f"could not reload code location {location} ({outcome.message}); {outcome.how_to_reload()}")
