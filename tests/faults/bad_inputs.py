"""A generated catalogue of bad inputs, each a change to a scratch project that also holds a good pipeline.

Every field of a pipeline file and of project.yaml gets wrong types, a missing or empty value, a huge
value (1 MB of text, 10,000 items), unicode tricks (RTL override, emoji, zero-width, NUL) and injection
strings (SQL, dbt Jinja, shell, path traversal); then broken YAML, duplicate names and targets, dangling
references, orphaned model folders and corrupted stores. `tests/faults/test_bad_input_catalogue.py`
runs them through `ai-etl`; `bench/input_faults.py` counts them per category.

What a case promises: the command exits 2 with one sentence per problem that names `file` (and one of
`fields`, as `field \\`...\\``) and says what to do, no traceback, the good pipeline still loads, and
nothing is written (`scope` "project": project.yaml is the project itself, so no pipeline loads).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BAD = "rotten"  # sorts after "good": the first pipeline by name keeps a contested table
BAD_FILE = f"pipelines/{BAD}.yaml"

HUGE_TEXT = "x" * 1_048_576
HUGE_LIST = [f"c{i}" for i in range(10_000)]
UNICODE = {"rtl": "rotten\u202eeulav", "emoji": "rotten_\U0001f4e6", "zero_width": "rot\u200bten", "nul": "rotten\x00"}
INJECTION = {
    "sql": "x'; drop table orders; --",
    "jinja": "{{ run_query('drop table orders') }}",
    "shell": "$(rm -rf ~)",
    "traversal": "../../etc/passwd",
}
SQL_INJECTION = "status = 'completed'; drop table orders"
JINJA = "{{ run_query('drop table orders') }}"


def base_spec() -> dict:
    """A valid pipeline using every part of the spec (checked by the catalogue's first test)."""
    return {
        "name": BAD,
        "description": "Completed orders per region.",
        "type": "batch",
        "schedule": {"cron": "0 2 * * *", "timezone": "UTC"},
        "source": {"type": "postgres", "connector": "shop", "table": "orders"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "rotten_out", "order_by": ["region"], "partition_by": "tuple()"},
        "load": {"mode": "incremental", "cursor": "updated_at", "key": ["id"], "transfer": "pull"},
        "transformations": [
            {"type": "filter", "condition": "status = 'completed'"},
            {"type": "aggregate", "group_by": ["region"], "measures": [{"name": "orders", "expr": "count()"}]},
        ],
        "checks": {"not_null": ["region"], "unique": ["region"]},
        "retries": {"max_retries": 1, "delay_s": 5, "backoff": "linear"},
        "owners": ["data@example.com"],
        "tags": {"team": "sales"},
        "auto_apply": False,
        "anomalies": "block",
    }


def base_project(name: str) -> dict:
    """project.yaml of the scratch project, every section present (`make_project`'s connectors and more)."""
    return {
        "name": name,
        "description": "scratch",
        "timezone": "UTC",
        "connectors": {
            "shop": {"type": "postgres", "url_env": "SHOP_DATABASE_URL"},
            "warehouse": {"type": "clickhouse", "url": "chdb://.data/warehouse", "database": name},
            "lake": {"type": "files", "root": "lake"},
        },
        "team": [{"name": "Data", "email": "data@example.com", "role": "owner"}],
        "llm": {"models": [{"model": "ai-etl/offline"}], "timeout_s": 60, "retries": 2},
        "repair": {"auto_apply": False, "max_proposals_per_day": 3},
    }


@dataclass(frozen=True)
class BadInput:
    id: str
    category: str
    file: str  # relative to the project folder ("../../dbt_project/..." for files outside it)
    fields: tuple[str, ...]  # the sentence names one of these (empty: no field to name)
    write: Callable[[Path], None] = field(repr=False, compare=False)  # project folder -> writes the fault
    scope: str = "pipeline"  # "pipeline": only the bad pipeline is out; "project": project.yaml, nothing loads
    command: tuple[str, ...] = ("validate",)  # the command that meets the fault (a store is met by its reader)
    found_by: str = "load"  # "load": reading the files finds it; "source": only the source schema does


# ------------------------------------------------------------------ writers


MISSING = object()


def _set(data: dict, path: tuple, value) -> dict:
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    if value is MISSING:
        del node[path[-1]]
    elif isinstance(node, list) and path[-1] == len(node):
        node.append(value)
    else:
        node[path[-1]] = value
    return data


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1 << 30)


def _pipeline_text(text: str) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        (project / BAD_FILE).write_text(text, encoding="utf-8")

    return write


def _pipeline_bytes(data: bytes) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        (project / BAD_FILE).write_bytes(data)

    return write


def _pipeline_with(path: tuple, value) -> Callable[[Path], None]:
    def write(project: Path) -> None:  # dumped when written: 280 dumps of megabyte values cost seconds
        _pipeline_text(_dump(_set(base_spec(), path, value)))(project)

    return write


def _project_with(path: tuple, value) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        data = _set(base_project(project.name), path, value)
        (project / "project.yaml").write_text(_dump(data), encoding="utf-8")

    return write


def _project_text(text: str) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        (project / "project.yaml").write_text(text.replace("NAME", project.name), encoding="utf-8")

    return write


def _dotted(path: tuple) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _prefixes(path: tuple) -> tuple[str, ...]:
    return tuple(_dotted(path[:n]) for n in range(len(path), 0, -1))


# ------------------------------------------------------------------ fields

# (path, kind, required) for every field of a pipeline file
PIPELINE_FIELDS = [
    (("name",), "identifier", True),
    (("description",), "text", False),
    (("type",), "enum", False),
    (("schedule", "cron"), "cron", True),
    (("schedule", "timezone"), "timezone", False),
    (("source",), "section", True),
    (("source", "type"), "enum", True),
    (("source", "connector"), "identifier", True),
    (("source", "table"), "identifier", True),
    (("target",), "section", True),
    (("target", "connector"), "identifier", True),
    (("target", "table"), "identifier", True),
    (("target", "database"), "identifier", False),
    (("target", "order_by"), "names", False),
    (("target", "partition_by"), "sql", False),
    (("load", "mode"), "enum", False),
    (("load", "cursor"), "name", False),
    (("load", "key"), "names", False),
    (("load", "transfer"), "enum", False),
    (("transformations",), "list", False),
    (("transformations", 0, "condition"), "sql", True),
    (("transformations", 1, "group_by"), "names", True),
    (("transformations", 1, "measures", 0, "name"), "identifier", True),
    (("transformations", 1, "measures", 0, "expr"), "sql", True),
    (("checks", "not_null"), "names", False),
    (("checks", "unique"), "names", False),
    (("retries", "max_retries"), "count", False),
    (("retries", "delay_s"), "seconds", False),
    (("retries", "backoff"), "enum", False),
    (("owners",), "names", False),
    (("tags",), "mapping", False),
    (("auto_apply",), "bool", False),
    (("anomalies",), "enum", False),
]

# kind -> variant -> bad value; `found_by` "source" where only the source schema can tell
VARIANTS: dict[str, dict[str, object]] = {
    "identifier": {"wrong_type": ["a", "b"], "empty": "", "huge": HUGE_TEXT, **UNICODE, **INJECTION},
    "name": {"wrong_type": {"a": 1}, "huge": HUGE_TEXT, "nul": "updated_at\x00", "rtl": "updated_at\u202e", "zero_width": "updated\u200b_at", "sql": INJECTION["sql"]},
    "text": {"wrong_type": {"a": 1}, "huge": HUGE_TEXT, "nul": "orders\x00", "rtl": "orders \u202eevil", "jinja": JINJA},
    "enum": {"wrong_value": "nightly", "wrong_type": ["batch"], "empty": ""},
    "cron": {"wrong_value": "61 * * * *", "words": "every day", "wrong_type": 5, "empty": "", "huge": HUGE_TEXT},
    "timezone": {"wrong_value": "Mars/Olympus", "wrong_type": ["UTC"], "traversal": INJECTION["traversal"]},
    "section": {"wrong_type": "orders", "empty": {}, "list": [1, 2]},
    "sql": {"wrong_type": ["a"], "empty": "", "huge": HUGE_TEXT, "sql": SQL_INJECTION, "jinja": JINJA, "nul": "status\x00"},
    "names": {"wrong_type": "region", "huge": HUGE_LIST, "number_item": [5], "nul_item": ["region\x00"]},
    "list": {"wrong_type": "filter", "huge": [{"type": "filter", "condition": "1 = 1"}] * 10_000, "unknown_item": [{"type": "pivot"}]},
    "count": {"negative": -1, "too_big": 11, "wrong_type": "three"},
    "seconds": {"negative": -5, "wrong_type": "soon"},
    "mapping": {"wrong_type": ["team"], "nested": {"team": [1]}, "huge": {"team": HUGE_TEXT}},
    "bool": {"wrong_type": "maybe", "list": [True]},
}
REQUIRED_EXTRA = {"missing": MISSING}
# a value the schema allows but the source does not have
ONLINE = {"name": {"sql", "zero_width"}}


def pipeline_field_cases() -> list[BadInput]:
    cases = []
    for path, kind, required in PIPELINE_FIELDS:
        variants = dict(VARIANTS[kind])
        if required:
            variants |= REQUIRED_EXTRA
        for variant, value in variants.items():
            found_by = "source" if variant in ONLINE.get(kind, ()) else "load"
            if kind == "names" and path[0] in ("target", "checks", "load") and variant == "nul_item":
                found_by = "load"
            cases.append(BadInput(f"{_dotted(path)}:{variant}", "pipeline field", BAD_FILE, _prefixes(path), _pipeline_with(path, value), found_by=found_by))
    cases.append(BadInput("unknown field", "pipeline field", BAD_FILE, ("schedul",), _pipeline_with(("schedul",), "0 2 * * *")))
    cases.append(BadInput("source.query and table", "pipeline field", BAD_FILE, ("source",), _pipeline_with(("source", "query"), "select 1")))
    cases.append(BadInput("source.query:sql", "pipeline field", BAD_FILE, ("source.query", "source"),
                          _pipeline_text(_dump(_set(_set(base_spec(), ("source", "table"), MISSING), ("source", "query"), "select * from orders; drop table orders")) .replace("query:", "name: orders\n  query:"))))  # fmt: skip
    cases.append(BadInput("source.type:files path traversal", "pipeline field", BAD_FILE, ("source.path", "source"),
                          _pipeline_with(("source",), {"type": "files", "connector": "lake", "path": "../../etc/passwd", "name": "passwd"})))  # fmt: skip
    cases.append(BadInput("source.type:files absolute path", "pipeline field", BAD_FILE, ("source.path", "source"),
                          _pipeline_with(("source",), {"type": "files", "connector": "lake", "path": "/etc/passwd", "name": "passwd"})))  # fmt: skip
    cases.append(BadInput("transformations:sql jinja", "pipeline field", BAD_FILE, ("transformations[2].sql", "transformations[2]", "transformations"),
                          _pipeline_with(("transformations", 2), {"type": "sql", "sql": "select * from {{ input }} {% do run_query('drop table orders') %}", "columns": ["region"]})))  # fmt: skip
    return cases


PROJECT_FIELDS = [
    (("name",), "identifier", True),
    (("description",), "text", False),
    (("timezone",), "timezone", False),
    (("connectors",), "section", True),
    (("connectors", "shop", "type"), "enum", True),
    (("connectors", "shop", "url_env"), "env", False),
    (("connectors", "warehouse", "url"), "url", False),
    (("connectors", "warehouse", "database"), "identifier", False),
    (("connectors", "lake", "root"), "path", False),
    (("team",), "team", False),
    (("llm", "timeout_s"), "seconds", False),
    (("repair", "max_proposals_per_day"), "count", False),
]
PROJECT_VARIANTS: dict[str, dict[str, object]] = {
    "identifier": {"wrong_type": ["a"], "empty": "", "huge": HUGE_TEXT, "rtl": UNICODE["rtl"], "sql": INJECTION["sql"], "jinja": INJECTION["jinja"]},
    "text": {"huge": HUGE_TEXT, "nul": "shop\x00", "jinja": JINJA},
    "timezone": {"wrong_value": "Mars/Olympus", "traversal": INJECTION["traversal"]},
    "section": {"wrong_type": ["shop"], "empty": {}},
    "enum": {"wrong_value": "mysql", "wrong_type": 5},
    "env": {"lowercase": "shop_url", "shell": "$(env)"},
    # (a connector's folder may be beside the project, '../shared/.data/postgres': a server shared by projects)
    "url": {"password": "http://user:secret@localhost:8123", "scheme": "ftp://host/x"},
    "path": {"wrong_type": ["lake"]},
    "team": {"wrong_role": [{"name": "x", "role": "god"}], "huge": [{"name": f"m{i}"} for i in range(10_000)]},
    "seconds": {"zero": 0, "wrong_type": "soon"},
    "count": {"negative": -1},
}


def project_field_cases() -> list[BadInput]:
    cases = []
    for path, kind, required in PROJECT_FIELDS:
        variants = dict(PROJECT_VARIANTS[kind]) | (REQUIRED_EXTRA if required else {})
        for variant, value in variants.items():
            cases.append(BadInput(f"project.{_dotted(path)}:{variant}", "project.yaml field", "project.yaml", _prefixes(path), _project_with(path, value), scope="project"))
    cases.append(BadInput("project.unknown field", "project.yaml field", "project.yaml", ("conectors",), _project_with(("conectors",), {}), scope="project"))
    cases.append(BadInput("project.connector without location", "project.yaml field", "project.yaml", _prefixes(("connectors", "shop")),
                          _project_with(("connectors", "shop"), {"type": "postgres"}), scope="project"))  # fmt: skip
    return cases


# --------------------------------------------------------------------- YAML

_GOOD_TEXT = None


def _base_text() -> str:
    return _dump(base_spec())


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
) + "name: *i\n"


def yaml_cases() -> list[BadInput]:
    text = _base_text()
    raw = {
        "tab indentation": text.replace("\n  ", "\n\t"),
        "unclosed quote": text.replace("description: Completed orders per region.", "description: 'Completed orders"),
        "unclosed flow mapping": "name: rotten\nsource: {type: postgres, connector: shop\ntarget: {}\n",
        "duplicate key": text + "name: other\n",
        "duplicate nested key": text.replace("  table: orders\n", "  table: orders\n  table: customers\n", 1),
        "billion laughs": BILLION_LAUGHS,
        "list at top level": "- name: rotten\n- type: batch\n",
        "scalar at top level": "rotten\n",
        "empty file": "",
        "only comments": "# nothing here\n",
        "python tag": "!!python/object/apply:os.system ['echo owned']\n",
        "two documents": text + "---\n" + text,
        "deep nesting": "name: " + "[" * 5000 + "]" * 5000 + "\n",
        "raw NUL byte": text.replace("Completed", "Comp\x00leted"),
        "non-string key": text + "? [a, b]\n: 1\n",
    }
    cases = [BadInput(f"yaml:{name}", "broken YAML", BAD_FILE, (), _pipeline_text(content)) for name, content in raw.items()]
    cases.append(BadInput("yaml:binary", "broken YAML", BAD_FILE, (), _pipeline_bytes(bytes(range(256)) * 4)))
    cases.append(BadInput("yaml:latin-1", "broken YAML", BAD_FILE, (), _pipeline_bytes(text.replace("region.", "r\u00e9gion.").encode("latin-1"))))
    project_raw = {
        "project duplicate connector": "name: NAME\nconnectors:\n  shop: {type: postgres, url_env: SHOP_DATABASE_URL}\n"
        "  shop: {type: files, root: lake}\n  warehouse: {type: clickhouse, database: NAME}\n",
        "project tab": "name: NAME\nconnectors:\n\tshop: {type: postgres, url_env: SHOP_DATABASE_URL}\n",
        "project empty": "",
        "project list": "- NAME\n",
    }
    cases += [BadInput(f"yaml:{name}", "broken YAML", "project.yaml", (), _project_text(content), scope="project") for name, content in project_raw.items()]
    return cases


# ----------------------------------------------- duplicates, dangling, orphans


def _good_copy(**changes) -> Callable[[Path], None]:
    """A pipeline like `good` (orders by status) with `changes`, written as rotten.yaml."""
    def write(project: Path) -> None:
        from faulty_project import good_pipeline

        spec = good_pipeline(BAD, target="rotten_out")
        for path, value in changes.items():
            spec = _set(spec, tuple(path.split(".")), value)
        _pipeline_text(_dump(spec))(project)

    return write


def _orphan_folder(files: dict[str, str]) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        folder = project.parent.parent / "dbt_project" / "models" / project.name / "ghost"
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(content)

    return write


def reference_cases() -> list[BadInput]:
    orphan = "../../dbt_project/models/{project}/ghost"
    return [
        BadInput("duplicate:same name", "duplicate", BAD_FILE, (), _good_copy(name="good")),
        BadInput("duplicate:same target table", "duplicate", BAD_FILE, ("target.table",), _good_copy(**{"target.table": "orders_by_status"})),
        BadInput("duplicate:same target in another database", "duplicate", BAD_FILE, ("target.table",),
                 _good_copy(**{"target.table": "orders_by_status", "target.database": "elsewhere"})),  # fmt: skip
        BadInput("duplicate:raw table of another pipeline", "duplicate", BAD_FILE, ("target.table", "name"),
                 _pipeline_text(_dump({**_set(base_spec(), ("transformations",), []), "target": {"type": "clickhouse", "connector": "warehouse", "table": "raw_good__orders"}}))),  # fmt: skip
        BadInput("duplicate:.yml beside .yaml", "duplicate", "pipelines/good.yml", (), lambda p: (p / "pipelines" / "good.yml").write_text((p / "pipelines" / "good.yaml").read_text())),
        BadInput("dangling:source connector", "dangling", BAD_FILE, ("source.connector",), _good_copy(**{"source.connector": "crm"})),
        BadInput("dangling:target connector", "dangling", BAD_FILE, ("target.connector",), _good_copy(**{"target.connector": "lakehouse"})),
        BadInput("dangling:source of the wrong kind", "dangling", BAD_FILE, ("source.connector",), _good_copy(**{"source.connector": "lake"})),
        BadInput("dangling:source table", "dangling", BAD_FILE, ("source.table",), _good_copy(**{"source.table": "no_such_table"}), found_by="source"),
        BadInput("dangling:joined table", "dangling", BAD_FILE, ("transformations[0].table",),
                 _good_copy(transformations=[{"type": "join", "table": "no_such_table", "left_on": "customer_id", "right_on": "id"}]), found_by="source"),  # fmt: skip
        BadInput("dangling:cursor column", "dangling", BAD_FILE, ("load.cursor",), _good_copy(load={"mode": "incremental", "cursor": "changed_at"}), found_by="source"),
        BadInput("dangling:files glob", "dangling", BAD_FILE, ("source.path",),
                 _good_copy(source={"type": "files", "connector": "lake", "path": "nothing/*.csv", "name": "nothing"}, transformations=[]), found_by="source"),  # fmt: skip
        BadInput("dangling:python transform file", "dangling", BAD_FILE, ("source.transform",),
                 _with_lake_file(_good_copy(source={"type": "files", "connector": "lake", "path": "orders.csv", "name": "lake_orders", "transform": "transforms/missing.py"}, transformations=[])), found_by="source"),  # fmt: skip
        BadInput("orphan:hand-edited mart", "orphan", orphan, (), _orphan_folder({"marts/ghost_by_status.sql": "select 1 as x\n"}), found_by="source"),
        BadInput("orphan:yml only", "orphan", orphan, (), _orphan_folder({"marts/ghost.yml": "version: 2\nmodels: [{name: ghost}]\n"}), found_by="source"),
        BadInput("orphan:staging folder", "orphan", orphan, (), _orphan_folder({"staging/stg_ghost.sql": "select 1 as x\n"}), found_by="source"),
    ]


def _with_lake_file(write: Callable[[Path], None]) -> Callable[[Path], None]:
    def both(project: Path) -> None:
        (project / "lake").mkdir(exist_ok=True)
        (project / "lake" / "orders.csv").write_text("id,status\n1,completed\n")
        write(project)

    return both


# ------------------------------------------------------------------- stores


def _corrupt(relative: str, how: str) -> Callable[[Path], None]:
    """Corrupt a store the project's earlier commands wrote (`prepared` by the test first)."""

    def write(project: Path) -> None:
        path = (project / relative).resolve() if not relative.startswith("{dbt}") else project.parent.parent / "dbt_project" / relative.removeprefix("{dbt}/").replace("{project}", project.name)
        if how == "garbage":
            path.write_bytes(b"\x00\x13garbage\xff" * 64)
        elif how == "truncated":
            path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 3)])
        elif how == "empty":
            path.write_bytes(b"")

    return write


def _cache_store(how: str) -> Callable[[Path], None]:
    def write(project: Path) -> None:
        path = project / ".data" / "cache" / "cache.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        if how == "garbage":
            path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
        else:
            with sqlite3.connect(path) as db:
                db.execute("create table entries (x)")  # a table of another shape than the cache's

    return write


STORES = {
    "artifact store": (".data/artifacts.db", ("artifacts", "list")),
    "dbt manifest": ("{dbt}/target/{project}/manifest.json", ("prepare",)),
    "dbt partial parse": ("{dbt}/target/{project}/partial_parse.msgpack", ("prepare",)),
    "generated-files record": ("{dbt}/models/{project}/good/.ai_etl_generated.json", ("prepare",)),
}


def store_cases() -> list[BadInput]:
    cases = []
    for name, (relative, command) in STORES.items():
        # an emptied SQLite file is an empty database: the artifact store starts again (not a fault)
        for how in ("garbage", "truncated") if name == "artifact store" else ("garbage", "truncated", "empty"):
            file = relative if not relative.startswith("{dbt}") else "../../dbt_project/" + relative.removeprefix("{dbt}/")
            cases.append(BadInput(f"store:{name} {how}", "corrupted store", file, (), _corrupt(relative, how), scope="store", command=command))
    cases.append(BadInput("store:semantic cache garbage", "corrupted store", ".data/cache/cache.db", (), _cache_store("garbage"), scope="store", command=("cache", "stats")))
    cases.append(BadInput("store:semantic cache wrong shape", "corrupted store", ".data/cache/cache.db", (), _cache_store("shape"), scope="store", command=("cache", "stats")))
    return cases


def catalogue() -> list[BadInput]:
    """Every case; ids are unique."""
    cases = pipeline_field_cases() + project_field_cases() + yaml_cases() + reference_cases() + store_cases()
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    return cases


# ------------------------------------------------------------------- judging

ADVICE = re.compile(
    r"\b(add|remove|fix|use|rename|write|give|set|name|save|shorten|delete|restore|move|choose|check|change|replace|"
    r"quote|split|put|make|keep|export|run|point|drop)\b|did you mean|available: |such as "
)
HIDDEN_OUTPUT = re.compile(r"[\x00-\x08\x0b-\x1f\u202a-\u202e\u2066-\u2069]")


def case_file(project: Path, case: BadInput) -> str:
    return str((project / case.file.replace("{project}", project.name)).resolve())


def unclear(case: BadInput, project: Path, code: int, out: str, err: str) -> str | None:
    """Why the command's answer to `case` is not one clear sentence (None: it is): exit 2, every line an
    `error: ` sentence, exactly one, naming the file (and a field where the case has one), ending with
    what to do, short, with no traceback and no hidden character printed raw."""
    lines = err.splitlines()
    checks = [
        ("a traceback", "Traceback" not in out + err),
        (f"exit {code}, not 2", code == 2),
        (f"{len(lines)} lines, not one", len(lines) == 1),
        ("a line without 'error: '", all(line.startswith("error: ") for line in lines)),
    ]
    line = lines[0] if lines else ""
    checks += [
        (f"the file is not named: {line[:200]}", case_file(project, case) in line),
        (f"no field of {case.fields}: {line[:200]}", not case.fields or any(f"field `{name}" in line for name in case.fields)),
        (f"no advice: {line[:300]}", bool(ADVICE.search(line.split(": ", 2)[-1])) and line.endswith(".")),
        (f"{len(line)} characters", len(line) < 1000),
        ("a hidden character printed raw", not HIDDEN_OUTPUT.search(line)),
    ]
    return next((why for why, ok in checks if not ok), None)


def tree_digest(root: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under `root` -> its hash (`skip`: relative prefixes a command may write)."""
    digests = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not relative.startswith(skip):
            digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def cli(*args: str) -> tuple[int, str, str]:
    """`ai-etl <args>` in this process (the installed command's code): exit code, stdout, stderr."""
    from ai_etl.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def judge(case: BadInput, project: Path) -> str | None:
    """Write `case` into the workspace's project, run its command, and say what is wrong with the
    answer (None: one clear sentence, the good pipeline still loads, nothing written). The dbt target
    folder is a cache `prepare` rebuilds: a corrupted file there must be rebuilt, not reported."""
    from ai_etl.errors import ConfigError
    from ai_etl.project_files import load_project

    root = project.parent.parent
    case.write(project)
    rebuilt = "/dbt_project/target/" in case_file(project, case)
    may_write = ("dbt_project/target/",) if case.scope == "store" else ()
    before = tree_digest(root, may_write)
    try:
        code, out, err = cli(*case.command, "--project", str(project))
    except Exception as exc:  # what a user would see as a traceback
        return f"a traceback: {exc!r}"[:300]
    if rebuilt:
        if code != 0 or "Traceback" in err:
            return f"not rebuilt: exit {code}: {err[-300:]}"
        manifest = json.loads((root / "dbt_project" / "target" / project.name / "manifest.json").read_text())
        return None if "model.ai_etl.orders_by_status" in manifest["nodes"] else "the rebuilt manifest lacks the good model"
    why = unclear(case, project, code, out, err)
    if why:
        return why
    if tree_digest(root, may_write) != before:
        return "files were written"
    if case.scope == "project":
        try:
            load_project(project)
        except ConfigError as error:
            return None if f"error: {error}" == err.strip() else "the loader says something else"
        return "the project loads"
    if case.scope == "pipeline":
        folder = load_project(project)
        if "good" not in folder.pipelines:
            return "the good pipeline no longer loads"
        if case.found_by == "load" and err.strip().removeprefix("error: ") not in folder.broken.values():
            return "the loader does not record the same sentence"
    return None


def saved_state(project: Path) -> dict[Path, bytes]:
    """The files a case may change, to put back after it."""
    root = project.parent.parent
    files = [project / "project.yaml", project / ".data" / "artifacts.db", *root.glob(f"dbt_project/target/{project.name}/*"),
             *root.glob(f"dbt_project/models/{project.name}/good/**/*.*"), *root.glob(f"dbt_project/models/{project.name}/good/**/.*")]  # fmt: skip
    return {p: p.read_bytes() for p in files if p.is_file()}


def restore(project: Path, saved: dict[Path, bytes]) -> None:
    """Undo whatever a case wrote."""
    root = project.parent.parent
    for path, data in saved.items():
        path.write_bytes(data)
    for extra in [project / BAD_FILE, project / "pipelines" / "good.yml", project / ".data" / "cache", project / "lake",
                  root / "dbt_project" / "models" / project.name / "ghost"]:  # fmt: skip
        shutil.rmtree(extra, ignore_errors=True) if extra.is_dir() else extra.unlink(missing_ok=True)


def workspace(root: Path, shop_url: str) -> Path:
    """A scratch workspace for the catalogue: project `faulty` with the good pipeline, prepared once
    (the artifact store, the dbt manifest and the generated-files record exist to be corrupted)."""
    import os

    from faulty_project import faulty_project, good_pipeline

    project = faulty_project(root, [good_pipeline()])
    (project / "project.yaml").write_text(yaml.safe_dump(base_project("faulty"), sort_keys=False))
    previous = os.environ.get("SHOP_DATABASE_URL")
    os.environ["SHOP_DATABASE_URL"] = shop_url
    try:
        code, _, err = cli("prepare", "--project", str(project))
    finally:
        if previous is None:
            os.environ.pop("SHOP_DATABASE_URL")
        else:
            os.environ["SHOP_DATABASE_URL"] = previous
    assert code == 0, err
    return project
