"""Python Coder: a polars transform for what SQL cannot do well (parsing messy text in files).

It is asked only when the plan has parse steps; its code must pass `python_safety` before QA runs
it on the sample, and it is written to `transforms/<pipeline>.py` beside the pipeline file.
"""

from __future__ import annotations

from pydantic import BaseModel

from ai_etl.agents.contracts import CatalogColumn, GroundedPlan, ParseStep
from ai_etl.agents.gateway import Gateway

SYSTEM = """task: python_transform
Write a Python module defining `def transform(frames: dict[str, pl.DataFrame]) -> pl.DataFrame`
with polars only (import polars as pl; re, datetime, decimal allowed). The user message is JSON:
{"entity": frame name in `frames`, "steps": [{column, kind: split|date|number, into}],
"columns": [{name, type, examples}]}. split: new columns `into` from the column's text; date:
the column parsed to pl.Date from every format the examples show; number: the column as Float64
without currency signs or thousands separators. No I/O. Answer {"code": "<module source>"}."""


class TransformInput(BaseModel):
    entity: str
    steps: list[ParseStep]
    columns: list[CatalogColumn]


class TransformCode(BaseModel):
    code: str


def write_transform(plan: GroundedPlan, columns: list[CatalogColumn], gateway: Gateway) -> str:
    steps = [step.model_copy(update={"column": step.column.split(".")[-1]}) for step in plan.intent.parse]
    payload = TransformInput(entity=plan.main_table, steps=steps, columns=columns)
    return gateway.ask(SYSTEM, payload.model_dump_json(), TransformCode).code
