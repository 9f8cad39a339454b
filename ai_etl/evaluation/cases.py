"""The evaluation case file (`requests.yaml`): its models, loading, and cron comparison."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from croniter import croniter
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ai_etl.errors import UserError
from ai_etl.spec import check_cron

# compare schedules on the same fixed window, so the result never depends on today's date
_CRON_START = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
_CRON_TICKS = 50


class Expect(BaseModel):
    """What a correct pipeline must produce; `error: true` means the product must refuse."""

    model_config = ConfigDict(extra="forbid")

    schedule: str | None = None
    target_table: str | None = None
    rows_sql: str | None = None
    rows_sql_alternatives: list[str] = Field([], description="other reference queries that are equally right")
    error: bool = False

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, cron: str | None) -> str | None:
        # a typo in the case file must not turn into a failing product case
        return None if cron is None else check_cron(cron)

    @model_validator(mode="after")
    def _rows_unless_error(self) -> Expect:
        if self.error and (self.rows_sql or self.rows_sql_alternatives or self.schedule or self.target_table):
            raise ValueError("a case with `error: true` expects nothing else")
        if not self.error and not (self.rows_sql and self.rows_sql.strip()):
            raise ValueError("a case that is not `error: true` needs `rows_sql`")
        return self


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    request: str
    expect: Expect


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: list[Case]

    @model_validator(mode="after")
    def _unique_ids(self) -> CaseFile:
        seen: set[str] = set()
        for case in self.cases:
            if case.id in seen:
                raise ValueError(f"case id `{case.id}` appears more than once")
            seen.add(case.id)
        return self


def load_cases(path: Path) -> CaseFile:
    """Read and validate a case file; any problem becomes one sentence the user can act on."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"The case file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise UserError(f"The case file {path} cannot be read ({err}).") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "syntax error"
        raise UserError(f"The case file {path} is not valid YAML{where} ({problem}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise UserError(f"The case file {path} must be a mapping with a `cases` list.")
    try:
        return CaseFile.model_validate(data)
    except ValidationError as err:
        raise UserError(f"The case file {path} is malformed: {_describe(err, data)}.") from None


def _describe(err: ValidationError, data: dict[str, Any]) -> str:
    """The first validation error as 'case N (`id`), field `x.y`: why'."""
    first = err.errors()[0]
    loc = list(first["loc"])
    reason = first["msg"].removeprefix("Value error, ")
    if len(loc) >= 2 and loc[0] == "cases" and isinstance(loc[1], int):
        index = loc[1]
        raw = data["cases"][index]
        case_id = raw.get("id") if isinstance(raw, dict) else None
        name = f"case {index + 1}" + (f" (`{case_id}`)" if isinstance(case_id, str) else "")
        field = ".".join(str(part) for part in loc[2:])
        return f"{name}, field `{field}`: {reason}" if field else f"{name}: {reason}"
    return reason


def same_cron_meaning(a: str | None, b: str | None) -> bool:
    """Whether two schedules fire at the same times (None means on demand, equal only to None).

    Spellings differ ("0 2 * * *", "00 02 * * *", "0 2 * * 0-6"), so compare fire times, not text.
    """
    if a is None or b is None:
        return a is None and b is None
    try:
        ticks_a, ticks_b = croniter(a, _CRON_START), croniter(b, _CRON_START)
        return all(
            ticks_a.get_next(dt.datetime) == ticks_b.get_next(dt.datetime) for _ in range(_CRON_TICKS)
        )
    except (ValueError, KeyError, TypeError):  # croniter's errors subclass ValueError
        return False
