"""SQL Expert: a grounded plan -> a pipeline spec and its dbt models (ClickHouse SQL, jaffle-shop shape).

The model writes the spec; the spec compiler writes the dbt files from it, so hand-written SQL
appears only in `sql` steps, for what the spec's transformations cannot say.
"""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from ai_etl.agents.contracts import Catalog, GroundedPlan
from ai_etl.agents.gateway import Gateway
from ai_etl.agents.schema_analyst import Refusal
from ai_etl.dbt_codegen import GeneratedFiles, compile_pipeline
from ai_etl.spec import Pipeline

SYSTEM = """task: write_pipeline
You write the pipeline spec (ai-etl's YAML contract, given as JSON schema) for a grounded plan.
The user message is JSON: {"plan": ..., "catalog": ..., "warehouse": connector name, "timezone": str}.
Use the spec's transformations (select, join, derive, filter, deduplicate, aggregate...) with
ClickHouse SQL expressions over the column names in plan.column_names; use a `sql` step with
{{ input }} only for what they cannot express. Answer {"pipeline": <spec>} as JSON only."""


class WriteInput(BaseModel):
    plan: GroundedPlan
    catalog: Catalog
    warehouse: str
    timezone: str = "UTC"


class WrittenPipeline(BaseModel):
    pipeline: dict


def write(plan: GroundedPlan, catalog: Catalog, warehouse: str, timezone: str, gateway: Gateway) -> Pipeline:
    payload = WriteInput(plan=plan, catalog=catalog, warehouse=warehouse, timezone=timezone)
    answer = gateway.ask(SYSTEM, payload.model_dump_json(), WrittenPipeline)
    return as_pipeline(answer.pipeline)


def as_pipeline(spec: dict) -> Pipeline:
    try:
        return Pipeline.model_validate(spec)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Refusal(f"The model wrote an invalid pipeline spec (field `{where}`: {first['msg']}); try rewording the request.") from None


def dbt_files(project: str, pipeline: Pipeline, database: str) -> GeneratedFiles:
    return compile_pipeline(project, pipeline, database)
