"""Read a project folder: `project.yaml` and `pipelines/*.yaml`, with errors naming file, line and field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster on 500 pipeline files

from ai_etl.errors import ConfigError, UserError
from ai_etl.spec import ENV_VAR, IDENTIFIER, IDENTIFIER_MAX, Pipeline, Project

# What a project file may hold: beyond these it is a mistake or an attack, refused before validation
MAX_TEXT = 100_000  # characters in one value (a long SQL step fits)
MAX_ITEMS = 1_000  # items of one list or mapping
MAX_VALUES = 100_000  # values in a whole file, counted through aliases ("billion laughs")
# control characters (tab and newlines allowed) and bidirectional overrides ("trojan source")
HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
JINJA = re.compile(r"\{\{|\{%|\{#")
INPUT_PLACEHOLDER = re.compile(r"\{\{\s*input\s*\}\}")


class _Loader(SafeLoader):
    """SafeLoader that refuses a key written twice in one mapping (PyYAML silently keeps the last)."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key '{key_node.value}' is written twice (first at line {seen[key] + 1}); keep one", key_node.start_mark
                    )
                seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)

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
            line = line_of_field(path, (part, "connector"))
            raise ConfigError(f"{path}:{line}: field `{part}.connector`: {err.args[0]}; add it to project.yaml or fix the name.") from None
        if connector.type != kind:
            line = line_of_field(path, (part, "connector"))
            raise ConfigError(
                f"{path}:{line}: field `{part}.connector`: connector '{name}' is a {connector.type} connector, not {kind}; "
                f"name a {kind} connector of project.yaml."
            )


def load_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file into `model`; the first problem becomes a ConfigError with its line: one
    sentence naming file, line and field, what is wrong and what to do."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8.") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(err, "problem", None) or getattr(err, "reason", None) or str(err).splitlines()[0]
        raise ConfigError(f"{where}: not valid YAML ({_shown(str(problem), quote=False, width=200)}); fix the syntax.") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid YAML (nested too deeply); write the fields as plain mappings and lists.") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of fields at the top level (`name: ...` lines), not {_kind(data)}; write the file's fields as `key: value` lines.")
    refused = _refused_value(data)
    if refused is not None:
        loc, message = refused
        where = f"{path}:{_line_of(yaml.compose(text, Loader=SafeLoader), loc)}: field `{_field(loc)}`" if loc else str(path)
        raise ConfigError(f"{where}: {message}.")
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = _yaml_path(first["loc"], data)
        line = _line_of(yaml.compose(text, Loader=SafeLoader), loc)  # node positions only when reporting
        more = f" ({len(err.errors()) - 1} more problem(s) after this one)" if len(err.errors()) > 1 else ""
        raise ConfigError(f"{path}:{line}: field `{_field(loc)}`: {_sentence(first)}{more}.") from None


def _field(loc) -> str:
    """`transformations[0].condition`, as `ai-etl validate` names fields."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".") or "(top level)"


def _refused_value(data) -> tuple[list, str] | None:
    """The first value no project file should hold: huge text or lists, hidden characters, dbt Jinja
    (dbt would run it when it reads the generated files), or more values than MAX_VALUES."""
    budget = [MAX_VALUES]
    stack: list[tuple[list, object, object]] = [([], None, data)]
    while stack:
        loc, key, value = stack.pop()
        budget[0] -= 1
        if budget[0] < 0:
            return [], f"holds more than {MAX_VALUES:,} values (YAML aliases repeating content?); write the values out plainly"
        if isinstance(value, str):
            text = INPUT_PLACEHOLDER.sub("", value) if key == "sql" else value
            if len(value) > MAX_TEXT:
                return loc, f"text of {len(value):,} characters is longer than the {MAX_TEXT:,} allowed; shorten it"
            if HIDDEN.search(value):
                return loc, f"{_shown(value)} holds a control or text-direction character ({_shown(HIDDEN.search(value).group(), quote=False)}); remove it"
            if JINJA.search(text):
                where = "in a `sql` step only `{{ input }}` is allowed" if key == "sql" else "dbt would run it as Jinja"
                return loc, f"{_shown(value)} holds '{JINJA.search(text).group()}' ({where}); remove it"
        elif isinstance(value, dict | list):
            if len(value) > MAX_ITEMS:
                return loc, f"{_kind(value)} of {len(value):,} items is longer than the {MAX_ITEMS:,} allowed; remove items"
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for child_key, child in reversed(list(items)):
                if isinstance(child_key, str) and (HIDDEN.search(child_key) or len(child_key) > MAX_TEXT):
                    return loc, f"key {_shown(child_key)} holds a control or text-direction character or is too long; rename it"
                stack.append(([*loc, child_key], child_key if isinstance(value, dict) else key, child))
    return None


def _kind(value) -> str:
    for kinds, name in ((bool, "true/false"), (int | float, "a number"), (str, "text"), (list, "a list"), (dict, "a mapping"), (type(None), "empty")):
        if isinstance(value, kinds):
            return name
    return type(value).__name__


def _shown(value, quote: bool = True, width: int = 40) -> str:
    """A value as a message shows it: short, hidden characters escaped (never printed raw to a terminal)."""
    if not isinstance(value, str):
        return _kind(value) if isinstance(value, list | dict) or value is None else repr(value)[:width]
    text = value if len(value) <= width else value[:width] + "..."
    text = "".join(ch if ch.isprintable() and not HIDDEN.match(ch) else f"\\u{ord(ch):04x}" for ch in text)
    return f"'{text}'" if quote else text


def _sentence(error: dict) -> str:
    """A pydantic error as what is wrong and what to do."""
    kind, ctx, value = error["type"], error.get("ctx", {}), error.get("input")
    shown = _shown(value)
    expected = ctx.get("expected", "")
    match kind:
        case "missing":
            return "is required; add it"
        case "extra_forbidden":
            return "is not a field here; remove it or fix its spelling"
        case "string_type":
            return f"must be text, not {_kind(value)}; write it as one value (quoted if it looks like a number)"
        case "list_type" | "tuple_type":
            return f"must be a list, not {_kind(value)}; write it as a list such as [a, b]"
        case "dict_type" | "model_type" | "model_attributes_type":
            return f"must be a mapping of fields, not {_kind(value)}; write it as `key: value` lines"
        case "int_type" | "int_parsing" | "int_from_float":
            return f"must be a whole number, not {shown}; write a number such as 3"
        case "float_type" | "float_parsing":
            return f"must be a number, not {shown}; write a number such as 30"
        case "bool_type" | "bool_parsing":
            return f"must be true or false, not {shown}; write true or false"
        case "string_pattern_mismatch" if ctx.get("pattern") == IDENTIFIER:
            return f"{shown} is not a name; use letters, digits and underscores, starting with a letter or underscore"
        case "string_pattern_mismatch" if ctx.get("pattern") == ENV_VAR:
            return f"{shown} is not an environment variable name; use capitals, digits and underscores, such as SHOP_DATABASE_URL"
        case "string_pattern_mismatch":
            return f"{shown} does not have the form {ctx.get('pattern')}; change it to match"
        case "string_too_long":
            return f"{shown} is longer than {ctx.get('max_length', IDENTIFIER_MAX)} characters; shorten it"
        case "too_short":
            return f"is empty; add at least {ctx.get('min_length', 1)} item"
        case "too_long":
            return f"has too many items (at most {ctx.get('max_length')}); remove some"
        case "literal_error" | "enum":
            return f"{shown} is not one of {expected}; use one of them"
        case "union_tag_invalid":
            return f"type {_shown(ctx.get('tag'))} is not one of {ctx.get('expected_tags')}; use one of them"
        case "union_tag_not_found":
            return "needs a `type` saying what kind it is; add one (see README)"
        case "greater_than_equal":
            return f"{shown} is less than {ctx.get('ge')}; use {ctx.get('ge')} or more"
        case "greater_than":
            return f"{shown} must be more than {ctx.get('gt')}; use a larger value"
        case "less_than_equal":
            return f"{shown} is more than {ctx.get('le')}; use {ctx.get('le')} or less"
        case "value_error":
            message = error["msg"].removeprefix("Value error, ")
            return message if ";" in message else f"{message}; fix the value"
    return f"{error['msg']}; fix the value"


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
