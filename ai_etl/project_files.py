"""Read a project folder: `project.yaml` and `pipelines/*.yaml`, with errors naming file, line and field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster on 500 pipeline files

from ai_etl.errors import ConfigError, UserError
from ai_etl.spec import Pipeline, Project

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ProjectFolder:
    """A validated project and where it lives on disk.

    `pipelines` holds every pipeline file that loads; `broken` every one that does not (a pipeline's
    name, or its file's stem when the file cannot be read -> one sentence naming file, line, field
    and what to do). One bad file breaks one pipeline: commands and the code location work with the
    others, and `pipeline(name)` gives a command that targets a broken one its error.
    """

    root: Path
    project: Project
    pipelines: dict[str, Pipeline]
    pipeline_files: dict[str, Path]  # every pipeline file by name, broken ones included
    broken: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.project.name

    def resolve(self, relative: str) -> Path:
        """A path from a project file, relative to the project folder."""
        path = Path(relative)
        return path if path.is_absolute() else (self.root / path).resolve()

    def pipeline(self, name: str) -> Pipeline:
        """The pipeline called `name`; a broken one raises its own error, an unknown one names the choices."""
        if name in self.pipelines:
            return self.pipelines[name]
        if name in self.broken:
            raise ConfigError(self.broken[name])
        raise UserError(f"No pipeline '{name}' in {self.root / 'pipelines'}; choose one of: {', '.join(self.pipelines) or 'none'}.")


def load_project(root: Path) -> ProjectFolder:
    """The project and every pipeline file that loads. project.yaml must be valid (it is the project
    itself); a pipeline file that is not valid, names a connector the project lacks, or writes a
    table or asset an earlier pipeline by name writes (`ai_etl.pipeline_outputs`) is recorded in
    `broken`, and the others load."""
    root = Path(root).resolve()
    project_file = root / "project.yaml"
    if not project_file.is_file():
        raise ConfigError(f"{project_file} does not exist; a project folder needs a project.yaml (see projects/ecommerce).")
    project = load_model(project_file, Project)
    pipelines: dict[str, Pipeline] = {}
    files: dict[str, Path] = {}
    broken: dict[str, str] = {}
    for path in sorted((root / "pipelines").glob("*.y*ml")):
        pipeline = None
        try:
            pipeline = load_model(path, Pipeline)
            if pipeline.name in files:
                raise ConfigError(f"{path}: pipeline name '{pipeline.name}' is already used by {files[pipeline.name]}; rename one.")
            _check_connectors(project, pipeline, path)
        except ConfigError as err:
            # keyed by the pipeline's name when it has one of its own (its group in Dagster), else the file's
            own = pipeline.name if pipeline is not None else None
            name = next(n for n in (own, path.stem, path.name) if n and n not in files)
            broken[name], files[name] = str(err), path
            continue
        pipelines[pipeline.name] = pipeline
        files[pipeline.name] = path
    from ai_etl.pipeline_outputs import claim_outputs  # it reads `line_of_field` from here

    for name, message in claim_outputs(project, pipelines, files).items():
        broken[name] = message
        del pipelines[name]
    return ProjectFolder(root=root, project=project, pipelines=pipelines, pipeline_files=files, broken=dict(sorted(broken.items())))


def _check_connectors(project: Project, pipeline: Pipeline, path: Path) -> None:
    """The source reads a connector of its own kind and the target writes a ClickHouse one: what the
    code location needs to build the pipeline's assets."""
    kinds = {"source": (pipeline.source.connector, pipeline.source.type), "target": (pipeline.target.connector, "clickhouse")}
    for part, (name, kind) in kinds.items():
        try:
            connector = project.connector(name)
        except KeyError as err:
            raise ConfigError(f"{path}: {err.args[0]}; add it to project.yaml or fix the name.") from None
        if connector.type != kind:
            line = line_of_field(path, (part, "connector"))
            raise ConfigError(
                f"{path}:{line}: field `{part}.connector`: connector '{name}' is a {connector.type} connector, not {kind}; "
                f"name a {kind} connector of project.yaml."
            )


def load_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file into `model`; the first problem becomes a ConfigError with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8.") from None
    try:
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: not valid YAML ({getattr(err, 'problem', err)}); fix the syntax.") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of fields at the top level.")
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = _yaml_path(first["loc"], data)
        line = _line_of(yaml.compose(text, Loader=SafeLoader), loc)  # node positions only when reporting
        field = ".".join(str(part) for part in loc) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        more = f" ({len(err.errors()) - 1} more problem(s) after this one)" if len(err.errors()) > 1 else ""
        raise ConfigError(f"{path}:{line}: field `{field}`: {message}{more}.") from None


def line_of_field(path: Path, loc: tuple) -> int:
    """The 1-based line of a field (a path of keys and list indexes) in a YAML file."""
    return line_in_yaml(yaml.compose(path.read_text(encoding="utf-8"), Loader=SafeLoader), loc)


def line_in_yaml(document: yaml.Node | None, loc: tuple) -> int:
    """The 1-based line of a field in a composed YAML document (`yaml.compose`)."""
    return _line_of(document, list(loc))


def _yaml_path(loc: tuple, data) -> list:
    """`loc` without the discriminator values pydantic inserts ('postgres', 'filter'...): keys only."""
    path, current = [], data
    for part in loc:
        if isinstance(current, dict) and part not in current and current.get("type") == part:
            continue
        path.append(part)
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            current = None
    return path


def _line_of(node: yaml.Node | None, loc: list) -> int:
    """The 1-based line of the deepest YAML node that `loc` reaches."""
    line = node.start_mark.line + 1 if node else 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == str(part)), None)
            if child is None:  # a missing key: point at the mapping that lacks it
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line
