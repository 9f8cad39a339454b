"""The spec the offline model writes for a request over a catalog made up for a test, and what the
coverage check finds missing: the same path `ai-etl generate` takes, without a database."""

from __future__ import annotations

from pathlib import Path

import psycopg

from ai_etl.agents.contracts import Catalog
from ai_etl.agents.schema_analyst import ground, read_catalog
from ai_etl.language.coverage import Gap, check_coverage
from ai_etl.language.request_parser import parse_request
from ai_etl.offline_model.spec_writer import write_pipeline
from ai_etl.project_files import Project, ProjectFolder
from ai_etl.resources import PostgresResource
from ai_etl.spec import Pipeline


def scratch_folder(root: Path, catalog: Catalog) -> ProjectFolder:
    """A project with the catalog's PostgreSQL connector and an embedded warehouse, no pipelines."""
    connectors = {catalog.connector: {"type": "postgres", "url_env": "SOURCE_URL"}, "warehouse": {"type": "clickhouse"}}
    return ProjectFolder(root=root, project=Project.model_validate({"name": "scratch", "connectors": connectors}), pipelines={}, pipeline_files={})


def written_spec(request: str, catalog: Catalog, root: Path) -> tuple[dict, list[Gap]]:
    spec = write_pipeline(ground(request, parse_request(request, catalog), catalog, scratch_folder(root, catalog)), catalog, "warehouse")
    return spec, check_coverage(request, catalog, Pipeline.model_validate(spec)).gaps


def made_up_catalog(pg_server, database: str, schema_sql: str, connector: str) -> Catalog:
    """A schema made up for a test module, in a database of its own on the session's PostgreSQL, and its catalog."""
    with psycopg.connect(pg_server.start("postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{database}"')
    resource = PostgresResource(url=pg_server.start(database))
    with resource.connect() as conn:
        conn.execute(schema_sql)
        conn.commit()
    return read_catalog(resource, connector)


def filters(spec: dict) -> str:
    """The spec's row filters, joined as one condition (what a test compares)."""
    return " and ".join(t["condition"] for t in spec["transformations"] if t["type"] == "filter")


def aggregate_step(spec: dict) -> dict:
    """The spec's aggregate step (what a test of a grouping or a measure reads)."""
    return next(t for t in spec["transformations"] if t["type"] == "aggregate")
