"""Reflector: QA's failures -> a corrected spec, or None when the model sees no fix."""

from __future__ import annotations

from pydantic import BaseModel

from ai_etl.agents.contracts import Catalog, QaFailure
from ai_etl.agents.gateway import Gateway
from ai_etl.spec import Pipeline

SYSTEM = """task: repair
A generated pipeline spec failed validation. The user message is JSON: {"pipeline": spec,
"failures": [{check, where, message}], "catalog": source schema}. Return {"pipeline": corrected
spec, "change": one sentence} fixing the cause of every failure, or {"pipeline": null, "change": ""}
when you cannot. Change nothing the failures do not require. JSON only."""


class RepairInput(BaseModel):
    pipeline: dict
    failures: list[QaFailure]
    catalog: Catalog


class Repair(BaseModel):
    pipeline: dict | None = None
    change: str = ""


def reflect(pipeline: Pipeline, failures: list[QaFailure], catalog: Catalog, gateway: Gateway) -> Repair:
    payload = RepairInput(pipeline=pipeline.model_dump(mode="json", by_alias=True, exclude_defaults=True), failures=failures, catalog=catalog)
    return gateway.ask(SYSTEM, payload.model_dump_json(), Repair)
