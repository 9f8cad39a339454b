"""What the Reflector is given about a failed run and what it answers: the contract between the
repair loop and whichever model (the offline one's `repair_run` skill, or a remote one) fixes it."""

from __future__ import annotations

from pydantic import BaseModel

from ai_etl.agents.contracts import Catalog
from ai_etl.repair.diagnosis import RunFailure


class RunRepairInput(BaseModel):
    failure: RunFailure
    kind: str
    pipeline: dict
    previous_schema: dict[str, dict[str, str]] = {}
    catalog: Catalog
    files: dict[str, str] = {}
    previous_files: dict[str, str] = {}


class RunRepair(BaseModel):
    pipeline: dict | None = None
    files: dict[str, str] = {}
    explanation: str = ""
