"""The built-in offline model's skills: one deterministic function per agent task.

Each takes the JSON an agent sends and returns the JSON it expects, exactly as a remote model
would be asked to; `offline_provider` routes prompts here by their `task:` line.
"""

from __future__ import annotations

from ai_etl.agents.contracts import Catalog, GroundedPlan
from ai_etl.agents.offline_provider import skill


@skill("plan")
def plan_skill(payload: dict) -> dict:
    from ai_etl.agents.request_parser import parse_request

    catalog = Catalog.model_validate(payload["catalog"])
    return parse_request(payload.get("request", ""), catalog).model_dump()


@skill("write_pipeline")
def write_pipeline_skill(payload: dict) -> dict:
    from ai_etl.agents.spec_writer import write_pipeline

    plan = GroundedPlan.model_validate(payload["plan"])
    catalog = Catalog.model_validate(payload["catalog"])
    return {"pipeline": write_pipeline(plan, catalog, payload["warehouse"], payload.get("timezone", "UTC"))}


@skill("repair")
def repair_skill(payload: dict) -> dict:
    from ai_etl.agents.repairs import repair

    return repair(payload)


@skill("python_transform")
def python_transform_skill(payload: dict) -> dict:
    from ai_etl.agents.python_templates import transform_code

    return transform_code(payload)


@skill("repair_run")
def repair_run_skill(payload: dict) -> dict:
    from ai_etl.repair.fixes import RunRepairInput, repair_run

    return repair_run(RunRepairInput.model_validate(payload)).model_dump()
