"""The built-in offline model's skills: one deterministic function per agent task.

Each takes the JSON an agent sends and returns the JSON it expects, exactly as a remote model
would be asked to; `provider` routes prompts here by their `task:` line.
"""

from __future__ import annotations

from ai_etl.agents.contracts import Catalog, GroundedPlan
from ai_etl.offline_model.provider import skill


@skill("plan")
def plan_skill(payload: dict) -> dict:
    from ai_etl.language.request_parser import parse_request

    catalog = Catalog.model_validate(payload["catalog"])
    return parse_request(payload.get("request", ""), catalog).model_dump()


@skill("write_pipeline")
def write_pipeline_skill(payload: dict) -> dict:
    from ai_etl.offline_model.spec_writer import write_pipeline

    plan = GroundedPlan.model_validate(payload["plan"])
    catalog = Catalog.model_validate(payload["catalog"])
    return {"pipeline": write_pipeline(plan, catalog, payload["warehouse"], payload.get("timezone", "UTC"))}


@skill("repair")
def repair_skill(payload: dict) -> dict:
    from ai_etl.offline_model.pipeline_repair import repair

    return repair(payload)


@skill("python_transform")
def python_transform_skill(payload: dict) -> dict:
    from ai_etl.offline_model.python_templates import transform_code

    return transform_code(payload)


@skill("repair_run")
def repair_run_skill(payload: dict) -> dict:
    from ai_etl.offline_model.run_repair import repair_run
    from ai_etl.repair.contracts import RunRepairInput

    return repair_run(RunRepairInput.model_validate(payload)).model_dump()
