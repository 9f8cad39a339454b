"""plan -> ground -> write -> validate -> reflect (bounded) -> files, only when validation passes.

Nothing is written before the end, and a failure while writing removes what was written, so a
refused or failed request leaves the project exactly as it was.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from ai_etl.agents import planner, python_coder, qa_validator, reflector, schema_analyst, sql_expert
from ai_etl.agents.contracts import Catalog, Cycle, Intent, QaReport
from ai_etl.agents.gateway import Gateway, gateway_config
from ai_etl.agents.schema_analyst import Refusal
from ai_etl.agents.stream_request import stream_request
from ai_etl.catalog.values import with_mentioned_values
from ai_etl.connections import files_resource, postgres_resource, project_warehouse
from ai_etl.errors import UserError
from ai_etl.language.coverage import check_coverage, with_coverage
from ai_etl.language.say_back import say_back
from ai_etl.project_files import ProjectFolder
from ai_etl.resolved_pipeline import project_models_dir, resolve_pipeline
from ai_etl.spec import FilesConnector, Pipeline, PostgresConnector

Progress = Callable[[str], None]
STAGES = ("read schema", "plan", "ground", "write", "validate", "reflect")


class GenerateOptions(BaseModel):
    max_cycles: int = Field(2, ge=0, le=5, description="Reflector rounds after the first validation")
    dry_run: bool = True
    sample_rows: int = 2000
    use_cache: bool = Field(True, description="answer verified repeats and paraphrases from the semantic cache")


class CacheUse(BaseModel):
    hit: bool = False
    layer: str | None = None
    matched: str | None = None
    calls_avoided: int = 0
    tokens_avoided: int = 0
    seconds: float = 0.0  # the lookup's


class Target(BaseModel):
    database: str
    table: str


class GenerationResult(BaseModel):
    request: str
    pipeline: str
    target: Target
    schedule: str | None
    assets: list[str]
    files: dict[str, str] = Field(description="path relative to the workspace -> content")
    validation: QaReport
    cycles: list[Cycle] = []
    tokens: int = 0
    cost_usd: float = 0.0
    stages: dict[str, float] = {}
    cache: CacheUse = CacheUse()
    spec: Pipeline
    reading: list[str] = Field([], description="the pipeline in plain words, rendered from the spec")
    sql: str | None = Field(None, description="the final model's SQL (None when the raw table is the result)")

    def summary_json(self) -> dict:
        return {
            "pipeline": self.pipeline,
            "reading": self.reading,
            "sql": self.sql,
            "target": self.target.model_dump(),
            "schedule": self.schedule,
            "assets": self.assets,
            "files": sorted(self.files),
            "validation": self.validation.model_dump(),
            "cache": self.cache.model_dump(),
        }


class GenerationFailed(UserError):
    """Validation still failed after the Reflector's rounds; nothing was written."""


FILE_WORDS = re.compile(r"\b(files?|csv|jsonl?|parquet|excel|xlsx|spreadsheets?|s3|bucket|lake|folder|файл\w*)\b", re.I)


def source_connector(folder: ProjectFolder, request: str = "") -> str:
    """The source a request reads: a connector it names; the files connector when it speaks of
    files; else the PostgreSQL connector whose schema grounds its words (a question back when two
    do equally)."""
    postgres = [n for n, c in folder.project.connectors.items() if isinstance(c, PostgresConnector)]
    files = [n for n, c in folder.project.connectors.items() if isinstance(c, FilesConnector)]
    named = [n for n in postgres + files if re.search(rf"\b{re.escape(n)}\b", request, re.I)]
    if named:
        return named[0]
    if files and (FILE_WORDS.search(re.sub(r"\bon\s+file\b", " ", request, flags=re.I)) or not postgres):  # 'no city on file': an idiom
        return files[0]
    if not postgres:
        raise Refusal(f"Project '{folder.name}' has no PostgreSQL or files connector to read from; add one to project.yaml.")
    if len(postgres) == 1 or not request:
        return postgres[0]
    return _best_grounded(folder, request, postgres)


def _best_grounded(folder: ProjectFolder, request: str, connectors: list[str]) -> str:
    from ai_etl.language.coverage import grounding_score

    scores = sorted(((grounding_score(request, read_catalog(folder, name)), name) for name in connectors), reverse=True)
    (best, name), (second, other) = scores[0], scores[1]
    if best == second:
        raise Refusal(
            f"The request could be about source '{name}' or '{other}' (their schemas match it equally); "
            "name the connector in the request, e.g. 'from " + name + "'."
        )
    return name


def read_catalog(folder: ProjectFolder, connector: str) -> Catalog:
    found = folder.project.connectors[connector]
    if isinstance(found, FilesConnector):
        return schema_analyst.read_files_catalog(files_resource(folder, found).process_config_and_initialize(), connector)
    resource = postgres_resource(folder, found).process_config_and_initialize()
    return schema_analyst.read_catalog(resource, connector)


def with_request_values(folder: ProjectFolder, connector: str, request: str, catalog: Catalog) -> Catalog:
    """The catalog plus the values the request names, looked up in a PostgreSQL source (`ai_etl.catalog.values`)."""
    found = folder.project.connectors[connector]
    if isinstance(found, FilesConnector):
        return catalog
    resource = postgres_resource(folder, found).process_config_and_initialize()
    with resource.connect() as conn:
        conn.read_only = True
        return with_mentioned_values(request, conn, resource.schema_name, catalog)


def generate(
    request: str,
    folder: ProjectFolder,
    gateway: Gateway | None = None,
    options: GenerateOptions | None = None,
    progress: Progress | None = None,
    catalog: Catalog | None = None,
) -> GenerationResult:
    """A validated pipeline for `request` (not yet written); Refusal or GenerationFailed otherwise."""
    options = options or GenerateOptions()
    gateway = gateway or Gateway(gateway_config(folder.project.llm))
    say = progress or (lambda _stage: None)
    stages: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages[stage] = round(stages.get(stage, 0) + now - clock, 3)
        clock = now

    planner.check_request(request)  # refuse by rule before touching any system
    say("read schema")
    streamed = stream_request(request, folder)  # 'stream the page_views topic ...': a topic, not a schema
    if streamed is None:
        connector = source_connector(folder, request)
        catalog = with_request_values(folder, connector, request, catalog or read_catalog(folder, connector))
    lap("read schema")
    cache = semantic_cache(folder, gateway) if options.use_cache and streamed is None else None
    looked_up = time.perf_counter()
    found = cache.lookup(request, catalog) if cache else None
    lookup_seconds = round(time.perf_counter() - looked_up, 3)
    calls_before = len(gateway.calls)
    warehouse_name, warehouse = project_warehouse(folder)
    database = folder.project.warehouse_database(warehouse)
    if streamed is not None:  # loaded whole: its words were placed by stream_request
        pipeline, code, intent = streamed, None, None
    elif found and found.hit:  # a verified repeat or paraphrase: no model call, the tools still run
        say("plan")
        intent = Intent.model_validate(found.payload["intent"])
        plan = schema_analyst.ground(request, intent, catalog, folder)
        pipeline, code = _from_cache(found.payload, plan)
        lap("plan")
    else:
        say("plan")
        intent = planner.plan(request, catalog, gateway)
        lap("plan")
        say("ground")
        plan = schema_analyst.ground(request, intent, catalog, folder)
        lap("ground")
        say("write")
        pipeline = sql_expert.write(plan, catalog, warehouse_name, folder.project.timezone, gateway)
        code = None
        if plan.intent.parse:
            code = python_coder.write_transform(plan, catalog.table(plan.main_table).columns, gateway)
        lap("write")
    cycles: list[Cycle] = []
    while True:
        say("validate")
        dbt = sql_expert.dbt_files(folder.name, pipeline, database)
        coverage = check_coverage(request, catalog, pipeline, set(folder.project.connectors), transform_code=code) if streamed is None else None
        report = qa_validator.validate(
            folder, pipeline, dbt, dry_run=options.dry_run, sample_rows=options.sample_rows, transform_code=code
        )
        if coverage is not None:
            report = with_coverage(report, coverage)  # SQL that runs but leaves part of the request out fails here
        lap("validate")
        if report.passed:
            break
        cycle = Cycle(number=len(cycles) + 1, failures=report.failures)
        cycles.append(cycle)
        if len(cycles) > options.max_cycles or streamed is not None:  # a stream has nothing a model could repair
            break
        say("reflect")
        repair = reflector.reflect(pipeline, report.failures, catalog, gateway)
        lap("reflect")
        if repair.pipeline is None:
            break
        cycle.change = repair.change
        pipeline = sql_expert.as_pipeline(repair.pipeline)
    if not report.passed and all(f.check == "coverage" for f in report.failures):
        raise Refusal(coverage.refusal())
    if not report.passed:
        first = report.failures[0]
        raise GenerationFailed(
            f"The generated pipeline failed validation after {len(cycles)} round(s) ({first.check} at {first.where}: {first.message}); nothing was written."
        )
    if cache and not (found and found.hit):
        made = gateway.calls[calls_before:]
        payload = {"intent": intent.model_dump(), "spec": pipeline.model_dump(mode="json", by_alias=True, exclude_defaults=True), "transform_code": code}
        cache.store(request, catalog, intent, payload, calls=len(made), tokens=sum(c.prompt_tokens + c.completion_tokens for c in made))
    root = workspace_root(folder)
    files = {_relative(folder.root / "pipelines" / f"{pipeline.name}.yaml", root): qa_validator.pipeline_yaml(pipeline)}
    models_dir = project_models_dir(folder) / pipeline.name
    files |= {_relative(models_dir / path, root): text for path, text in dbt.files.items()}
    if code is not None:
        files[_relative(folder.root / pipeline.source.transform, root)] = code
    return GenerationResult(
        request=request,
        pipeline=pipeline.name,
        target=Target(database=pipeline.target.database or database, table=pipeline.target.table),
        schedule=pipeline.schedule.cron if pipeline.schedule else None,
        assets=[key.to_user_string() for key in resolve_pipeline(folder, pipeline).asset_keys()],
        files=files,
        validation=report,
        cycles=cycles,
        tokens=gateway.tokens,
        cost_usd=gateway.cost_usd,
        stages=stages,
        cache=CacheUse(hit=True, layer=found.layer, matched=found.matched, calls_avoided=found.calls_avoided, tokens_avoided=found.tokens_avoided, seconds=lookup_seconds)
        if found and found.hit
        else CacheUse(),
        spec=pipeline,
        reading=say_back(pipeline).lines,
        sql=next((text for path, text in sorted(dbt.files.items()) if path.startswith("marts/") and path.endswith(".sql")), None),
    )


def semantic_cache(folder: ProjectFolder, gateway: Gateway):
    """The project's cache of generations, keyed by the first model of the gateway."""
    from ai_etl.cache.semantic_cache import SemanticCache

    return SemanticCache(folder.root / ".data" / "cache", gateway.config.models[0].model)


def _from_cache(payload: dict, plan) -> tuple[Pipeline, str | None]:
    """The cached spec under this project's names (the pipeline name and a derived target may differ)."""
    spec = dict(payload["spec"])
    spec["name"] = plan.pipeline_name
    spec["target"] = {**spec["target"], "table": plan.target_table}
    if spec["source"].get("transform"):
        spec["source"] = {**spec["source"], "transform": f"transforms/{plan.pipeline_name}.py"}
    return sql_expert.as_pipeline(spec), payload.get("transform_code")


def write_files(result: GenerationResult, folder: ProjectFolder) -> list[Path]:
    """Write the pipeline file and its dbt models; all or nothing, never over an existing file."""
    root = workspace_root(folder)
    paths = [root / relative for relative in result.files]
    existing = [p for p in paths if p.exists()]
    if existing:
        raise UserError(f"{existing[0]} already exists; remove it or generate under another name.")
    created_dirs = [d for d in {p.parent for p in paths} if not d.exists()]
    written: list[Path] = []
    try:
        for path, relative in sorted(zip(paths, result.files), key=lambda pair: pair[0].suffix == ".yaml" and "pipelines" in pair[0].parts):
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.tmp")
            temporary.write_text(result.files[relative])
            temporary.replace(path)
            written.append(path)
        _record_generated(folder, result)
        _record_versions(folder, result, paths)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        for directory in sorted(created_dirs, key=lambda d: len(d.parts), reverse=True):
            shutil.rmtree(directory, ignore_errors=True)
        raise
    return written


def _record_generated(folder: ProjectFolder, result: GenerationResult) -> None:
    """Tell the hand-edit tracker these dbt files are generated (so later edits are recognized).
    The files are the ones just validated and written, not a second compilation."""
    from ai_etl.dbt_codegen import GeneratedFiles
    from ai_etl.generated_files import sync_generated

    models = _relative(project_models_dir(folder) / result.pipeline, workspace_root(folder)) + "/"
    dbt = {path.removeprefix(models): text for path, text in result.files.items() if path.startswith(models)}
    if dbt:
        sync_generated(project_models_dir(folder) / result.pipeline, GeneratedFiles(pipeline=result.pipeline, files=dbt))


def _record_versions(folder: ProjectFolder, result: GenerationResult, paths: list[Path]) -> None:
    """The written files as active artifact versions authored by the agent that wrote them."""
    from ai_etl.artifacts.working_copy import record_written, store_for

    store = store_for(folder)
    validation = {"score": result.validation.score, "checks": result.validation.checks}
    python = {p: p.read_text() for p in paths if p.suffix == ".py"}
    rest = {p: p.read_text() for p in paths if p.suffix != ".py"}
    record_written(folder, store, rest, "agent:sql_expert", f"generated for: {result.request[:300]}", validation)
    if python:
        record_written(folder, store, python, "agent:python_coder", f"generated for: {result.request[:300]}", validation)


def workspace_root(folder: ProjectFolder) -> Path:
    return folder.root.parent.parent


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
