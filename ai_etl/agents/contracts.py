"""The types agents exchange. Each agent takes and returns only these (and `ai_etl.spec` models)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, model_validator

QaCheck = Literal[
    "spec", "columns", "sql_parse", "dbt_compile", "dry_run", "dbt_test", "python_safety", "read_only", "secrets",
    "coverage",
]


class QaFailure(BaseModel):
    """One failed check: which tool found it, where, and the tool's own message."""

    check: QaCheck
    where: str = Field(description="the file, model or test that failed, e.g. marts/daily_sales.sql")
    message: str


class DryRunResult(BaseModel):
    """The generated models run on a sample of the real source in a scratch embedded ClickHouse."""

    passed: bool
    failures: list[QaFailure] = []
    rows: dict[str, int] = Field({}, description="model or raw table -> rows it produced on the sample")
    tests_run: int = 0
    seconds: float = 0.0


# ------------------------------------------------------------------ the source, as agents see it


class CatalogColumn(BaseModel):
    name: str
    type: str = Field(description="PostgreSQL type, e.g. numeric(12,2), timestamp with time zone")
    nullable: bool = True
    values: list[str] | None = Field(None, description="all distinct values of a low-cardinality text column")
    examples: list[str] | None = Field(None, description="a few values of a text column of a file (for parsing)")
    mentioned: list[str] = Field([], description="values of this column the request names, found in the source for this request")
    bounds: tuple[float, float] | None = Field(None, description="the smallest and largest value of a numeric column (a discount of 0..1 is a fraction)")
    comment: str | None = Field(None, description="the column's comment in the source (COMMENT ON COLUMN)")
    value_names: dict[str, list[str]] = Field({}, description="code -> what its comment calls it ('P = published': {'P': ['published']})")
    called: list[str] = Field([], description="names its comment calls it by ('current monthly asking rent, USD': 'asking rent', ...)")
    null_names: list[str] = Field([], description="what its comment says a row without a value is ('NULL = not paid yet': ['not paid yet'])")
    zero_names: list[str] = Field([], description="what its comment says a row with 0 is ('0 = fee waived': ['fee waived', 'waived'])")
    separator: str | None = Field(None, description="the column holds lists of codes joined by this ('E,G'); `values` are then the codes")

    def known_values(self) -> list[str]:
        """Every value the Planner may read as a condition: all of a low-cardinality column's, else those the request names."""
        return self.values or self.mentioned


class CatalogTable(BaseModel):
    name: str
    primary_key: list[str] = []
    columns: list[CatalogColumn]
    references: dict[str, str] = Field({}, description="column -> 'table.column' it refers to (constraints or <x>_id)")
    identifier: str | None = Field(None, description="a column that identifies a row: the declared one-column key, else one the data shows unique (never a load key)")
    label: str | None = Field(None, description="a short text column that names a row where no name or title column does, unique in the data (an aircraft's `reg`)")
    rows: int = 0
    path: str | None = Field(None, description="files: the glob under the connector root")
    format: str | None = Field(None, description="files: csv, jsonl, parquet or excel")
    comment: str | None = Field(None, description="the table's comment in the source (COMMENT ON TABLE)")
    called: list[str] = Field([], description="names its comment calls it by ('Apartment buildings managed by ...': 'apartment buildings', 'buildings')")

    @model_validator(mode="after")
    def _declared_key_identifies(self) -> CatalogTable:
        if self.identifier is None and len(self.primary_key) == 1:
            self.identifier = self.primary_key[0]
        return self

    def column(self, name: str) -> CatalogColumn | None:
        return next((c for c in self.columns if c.name == name), None)


class Catalog(BaseModel):
    """The source schema the agents ground names in; its fingerprint keys caches."""

    connector: str
    kind: Literal["postgres", "files"] = "postgres"
    tables: list[CatalogTable]

    def table(self, name: str) -> CatalogTable | None:
        return next((t for t in self.tables if t.name == name), None)


# ------------------------------------------------------------------ Planner -> Schema Analyst


Op = Literal["=", "!=", ">", ">=", "<", "<=", "in", "not_in", "is_true", "is_false", "is_null", "not_null", "year", "year<", "year>", "year>=", "year<=", "year_between", "within_last", "in_period", "older_than",
            "starts_with", "ends_with", "contains", "not_starts_with", "not_ends_with", "not_contains",
            "contains_words"]  # fmt: skip


class Condition(BaseModel):
    """`column op value`; column is `table.column` once grounded (a bare name before)."""

    column: str
    op: Op
    value: str | int | float | bool | list[str] | None = None
    other: str | None = Field(None, description="a second column of the same row compared with `column` ('received after its commit date'); then no value")


QUALIFIED = re.compile(r"\b[A-Za-z_]\w*\.[A-Za-z_]\w*\b")  # `table.column` inside a measure's arithmetic


class MeasureIntent(BaseModel):
    function: Literal["sum", "count", "avg", "min", "max", "count_distinct", "ratio", "share", "percentage", "quotient", "spread"]
    column: str | None = Field(None, description="None for count(*); a column, or arithmetic over qualified columns (`t.a * t.b`, `t.p * (1 - t.d)`); share/percentage: the measure's name it divides by its total over all groups; quotient: `a / b`, two measures' names")
    name: str | None = None
    numerator: list[Condition] = Field([], description="ratio: the rows counted above the line; count: the only rows it counts ('and how many failed')")
    denominator: list[Condition] | None = Field(None, description="ratio: the rows counted below it; None = all rows")
    grain: Literal["minute", "hour", "day", "week", "month", "year"] | None = Field(None, description="spread of a date/time column: in these units (else the column's own difference)")
    per_hundred: bool = Field(False, description="ratio: as a percentage ('what percentage of employees work remotely')")
    within: list[str] = Field([], description="share/percentage: group keys the total is taken within ('each status's share of its region's orders'); empty = over all groups")


class GroupKey(BaseModel):
    column: str
    grain: Literal["hour", "day", "week", "month", "quarter", "year", "weekday"] | None = None


class Derivation(BaseModel):
    """A computed column: `lower`/`upper`/`trim`/`fill` replace a column in place (`fill`: its missing
    values by `value`); `multiply` and `divide` (the first column over the second) add one."""

    function: Literal["multiply", "divide", "elapsed", "lower", "upper", "trim", "fill"]
    columns: list[str]
    name: str
    value: str | None = Field(None, description="fill: what a missing value is shown as ('unknown')")
    unit: Literal["minute", "hour", "day", "week", "month", "year"] = Field("day", description="elapsed: whole units from the first column to the second")


class ParseStep(BaseModel):
    """Text a file holds that SQL cannot parse well: `Name <email>` pairs, mixed date formats,
    amounts written with currency signs and separators. The Python Coder writes these."""

    column: str
    kind: Literal["split", "date", "number"]
    into: list[str] = Field([], description="split: the new columns, in order")


class Dedup(BaseModel):
    key: list[str]
    case_insensitive: bool = False
    latest_by: str | None = None
    earliest: bool = False  # keep the smallest `latest_by` per key ('the first order of each customer')


class Ranking(BaseModel):
    """Order the result by one of its measures (or, with no measures, by a column of its rows) and keep the first rows."""

    measure: str | None = Field(None, description="the name of a measure of the intent")
    column: str | None = Field(None, description="`table.column` the rows are ranked by, when nothing is aggregated")
    descending: bool = True
    limit: int = Field(1, ge=1)
    per: list[str] = Field([], description="`table.column`s the ranking starts again at ('the two largest loans in each category')")


class Intent(BaseModel):
    """What the request asks for, in the source's names where the Planner could tell."""

    refusal: str | None = Field(None, description="why the request cannot become a pipeline (one sentence)")
    main_table: str | None = None
    unknown_tables: list[str] = Field([], description="names the request uses that the source lacks")
    related_tables: list[str] = []
    extra_columns: list[str] = Field([], description="`table.column` wanted from a related table")
    conditions: list[Condition] = []
    measures: list[MeasureIntent] = []
    group_by: list[GroupKey] = []
    derive: list[Derivation] = []
    dedupe: Dedup | None = None
    parse: list[ParseStep] = []
    exclude_related: str | None = Field(None, description="keep rows with no match in this table (anti join)")
    exclude_where: list[Condition] = Field([], description="only rows of `exclude_related` meeting these count as a match ('students who never took Physics')")
    keep_unmatched: bool = Field(False, description="rows of the main table with no related row stay, counted as zero (left joins): 'artists with fewer than 2 albums'")
    either: list[Condition] = Field([], description="'Italian restaurants or restaurants in New York': conditions of which a kept row meets at least one (the others in `conditions` all hold too)")
    related_to_all: str | None = Field(None, description="'authors who wrote in both domain A and domain B': the column of an `in` condition every one of whose values a kept row must be related to")
    through_tables: list[str] = Field([], description="tables the request names on the way ('authors who wrote publications in 2020': writes, publication): joined, so only rows that have them are kept")
    target_table: str | None = None
    target_database: str | None = None
    cron: str | None = None
    schedule_phrase: str = ""
    replicate_every: str | None = Field(None, description="a continuous replication (cdc) applying changes at this cadence ('1m'), instead of a cron")
    load_mode: Literal["full_refresh", "incremental", "upsert"] = "full_refresh"
    cursor: str | None = None
    key: list[str] = []
    rank: Ranking | None = Field(None, description="keep the first `limit` groups by a measure ('which X has the most Y')")
    having: list[Condition] = Field([], description="conditions on measures after grouping ('more than 5 orders'); column: the measure's name")
    decimals: int | None = Field(None, ge=0, le=9, description="decimal places the computed amounts are rounded to ('to one decimal place'); counts stay whole")

    def qualified_columns(self) -> list[str]:
        """Every `table.column` the intent uses, in order of use (repeats kept)."""
        columns = [c.column for c in [*self.conditions, *self.either]] + [c.other for c in self.conditions if c.other]
        columns += [g.column for g in self.group_by] + self.extra_columns
        columns += [self.rank.column] if self.rank and self.rank.column else []
        columns += self.rank.per if self.rank else []
        for measure in self.measures:
            columns += QUALIFIED.findall(measure.column or "")
            columns += [c.column for c in [*measure.numerator, *(measure.denominator or [])]]
        for derivation in self.derive:
            columns += derivation.columns
        columns += [*self.dedupe.key, self.dedupe.latest_by or ""] if self.dedupe else []  # (a payslip's latest by its run's date)
        return [c for c in columns if "." in c]


# ------------------------------------------------------------------ Schema Analyst -> SQL Expert


class JoinStep(BaseModel):
    table: str
    left_on: str = Field(description="column of the rows so far")
    right_on: str
    how: Literal["inner", "left", "anti"] = "inner"
    fans_out: bool = Field(False, description="joined against a reference: a row so far meets many rows of `table`")
    through: list[tuple[str, str, str]] = Field([], description="anti: (table, `t.column` joined so far, its column) the rows are joined along first")
    where: list[Condition] = Field([], description="anti or left: only the joined rows meeting these count")
    columns: dict[str, str] = Field({}, description="column of `table` -> its name after the join")


class GroundedPlan(BaseModel):
    """An intent whose every name exists in the source, with the joins that reach them."""

    request: str
    connector: str
    intent: Intent
    main_table: str
    joins: list[JoinStep] = []
    column_names: dict[str, str] = Field({}, description="`table.column` -> name in the joined rows")
    primary_key: list[str] = []
    pipeline_name: str
    target_table: str
    target_database: str | None = None
    order_by: list[str] = []
    partition_by: str | None = None


# ------------------------------------------------------------------ QA Validator, Reflector, result


class QaReport(BaseModel):
    """Every check QA ran (name -> passed), the failures, and a score computed from them."""

    passed: bool
    score: float
    checks: dict[str, bool]
    failures: list[QaFailure] = []
    rows: dict[str, int] = {}
    tests_run: int = 0


class Cycle(BaseModel):
    """One validate (-> reflect) round of the orchestrator."""

    number: int
    failures: list[QaFailure]
    change: str = Field("", description="what the Reflector changed, empty when it could not")
