"""Every case of the bad-input catalogue (tests/faults/bad_inputs.py) through `ai-etl`.

Each case runs the real command-line entry point in this process (`ai_etl.cli.main`, the code the
installed `ai-etl` runs; a subprocess per case would cost ~1.5 s each) and one case per category
runs the installed command in a subprocess. A case passes when the command exits 2 with one line
per problem (`error: <file>:<line>: field `<field>`: <what is wrong>; <what to do>.`), no traceback,
the good pipeline beside it still loads and validates, and nothing is written.

What a command may write: `validate` nothing at all; `prepare` and `materialize` the dbt target
folder (a cache the product rebuilds), the good pipeline's dbt models, the artifact store's new
versions and the good pipeline's warehouse tables; never a file of the bad pipeline, never a table
of it, and never the corrupted store itself except the dbt target folder it rebuilds.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from bad_inputs import BAD, BadInput, base_project, base_spec, catalogue
from conftest import run_cli
from faulty_project import faulty_project, good_pipeline
from project_builder import query

from ai_etl.cli import main
from ai_etl.errors import ConfigError
from ai_etl.project_files import load_project

CASES = catalogue()
ACTION = re.compile(
    r"\b(add|remove|fix|use|rename|write|give|set|name|save|shorten|delete|restore|move|choose|check|change|replace|"
    r"quote|split|put|make|keep|export|run|point|drop)\b"
)


def cli(*args: str) -> tuple[int, str, str]:
    """`ai-etl <args>` in this process: exit code, stdout, stderr (a traceback fails the test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def tree_digest(root: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under `root` -> its hash (`skip`: relative prefixes the command may write)."""
    digests = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not relative.startswith(skip):
            digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, shop_url) -> Path:
    """One scratch workspace for every case: project `faulty` with the good pipeline, prepared once."""
    root = tmp_path_factory.mktemp("catalogue")
    project = faulty_project(root, [good_pipeline()])
    (project / "project.yaml").write_text(yaml.safe_dump(base_project("faulty"), sort_keys=False))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHOP_DATABASE_URL", shop_url)
        assert run_cli("prepare", "--project", str(project)).returncode == 0
    return project


@pytest.fixture
def project(workspace, shop_url, monkeypatch) -> Path:
    """The workspace's project; whatever a case wrote is undone afterwards."""
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    root = workspace.parent.parent
    saved = {p: p.read_bytes() for p in [workspace / "project.yaml", *root.glob("dbt_project/target/faulty/*"), *root.glob("dbt_project/models/faulty/good/**/*.*"),
                                         workspace / ".data" / "artifacts.db"] if p.is_file()}  # fmt: skip
    yield workspace
    for path, data in saved.items():
        path.write_bytes(data)
    for extra in [workspace / "pipelines" / f"{BAD}.yaml", workspace / "pipelines" / "good.yml", workspace / ".data" / "cache"]:
        shutil.rmtree(extra) if extra.is_dir() else extra.unlink(missing_ok=True)
    shutil.rmtree(root / "dbt_project" / "models" / "faulty" / "ghost", ignore_errors=True)
    shutil.rmtree(workspace / "lake", ignore_errors=True)


def case_file(project: Path, case: BadInput) -> str:
    return str((project / case.file.replace("{project}", project.name)).resolve())


def check_sentences(case: BadInput, project: Path, code: int, out: str, err: str) -> str:
    """The one line about the case's file; every line one `error: ` sentence."""
    assert "Traceback" not in out + err, err[-3000:]
    assert code == 2, (code, out[-500:], err[-2000:])
    lines = err.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), err[-2000:]
    assert len(lines) == 1, lines  # the good pipeline has no problem of its own
    [line] = lines
    assert case_file(project, case) in line, line
    if case.fields:
        assert any(f"field `{name}`" in line for name in case.fields), (case.fields, line)
    assert line.endswith("."), line
    assert ACTION.search(line.split(": ", 2)[-1]), f"no advice: {line}"
    assert len(line) < 1000, line[:300]
    assert not re.search(r"[\x00-\x08\x0b-\x1f\u202a-\u202e\u2066-\u2069]", line), "control characters printed raw"
    return line


def test_the_base_pipeline_is_valid(project):
    """Every case is a change to a valid file: the failure is the case's, not the base's."""
    (project / "pipelines" / f"{BAD}.yaml").write_text(yaml.safe_dump(base_spec(), sort_keys=False))
    code, out, err = cli("validate", "--project", str(project))
    assert (code, err) == (0, ""), err
    assert load_project(project).broken == {}


def test_the_catalogue_is_large_and_covers_every_category():
    categories = {case.category for case in CASES}
    assert len(CASES) >= 100
    assert categories == {"pipeline field", "project.yaml field", "broken YAML", "duplicate", "dangling", "orphan", "corrupted store"}


@pytest.mark.parametrize("case", [c for c in CASES if c.scope != "store"], ids=lambda c: c.id)
def test_a_bad_input_gets_one_clear_sentence_and_nothing_else_changes(project, case):
    root = project.parent.parent
    case.write(project)
    before = tree_digest(root)
    code, out, err = cli(*case.command, "--project", str(project))
    line = check_sentences(case, project, code, out, err)
    assert tree_digest(root) == before, "validate wrote files"
    if case.scope == "project":
        with pytest.raises(ConfigError) as raised:
            load_project(project)
        assert f"error: {raised.value}" == line
        return
    folder = load_project(project)
    assert "good" in folder.pipelines
    assert cli("validate", "--pipeline", "good", "--project", str(project))[0] == 0
    if case.found_by == "load":
        assert line.removeprefix("error: ") in folder.broken.values()


@pytest.mark.parametrize("case", [c for c in CASES if c.scope == "store"], ids=lambda c: c.id)
def test_a_corrupted_store_is_one_sentence_or_rebuilt(project, case):
    """The dbt target folder is a cache prepare rebuilds; the artifact store, the generated-files record
    and the semantic cache hold history nobody can rebuild: one sentence, and the file is left as it is."""
    root = project.parent.parent
    case.write(project)
    corrupted = Path(case_file(project, case))
    rebuilt = "/dbt_project/target/" in corrupted.as_posix()
    before = tree_digest(root, skip=("dbt_project/target/",))
    code, out, err = cli(*case.command, "--project", str(project))
    assert "Traceback" not in out + err
    if rebuilt:
        assert code == 0, err[-3000:]
        manifest = json.loads((root / "dbt_project" / "target" / "faulty" / "manifest.json").read_text())
        assert "model.ai_etl.orders_by_status" in manifest["nodes"]
    else:
        check_sentences(case, project, code, out, err)
        assert tree_digest(root, skip=("dbt_project/target/",)) == before


SAMPLE = {case.category: case for case in reversed(CASES) if case.scope != "store"}  # one per category (its first case)


@pytest.mark.parametrize("case", list(SAMPLE.values()), ids=lambda c: c.category)
def test_the_installed_command_says_the_same(project, case):
    """One case per category through the installed `ai-etl` in a subprocess: the same line as in-process."""
    case.write(project)
    code, out, err = cli("validate", "--project", str(project))
    done = run_cli("validate", "--project", str(project))
    assert (done.returncode, done.stderr) == (code, err)
    if case.scope == "pipeline":
        good = run_cli("validate", "--pipeline", "good", "--project", str(project))
        assert good.returncode == 0, good.stderr


def test_the_good_pipeline_materializes_beside_bad_ones_and_nothing_of_theirs_is_written(project, shop):
    """A sample: an injection in a filter and a jinja description beside the good pipeline."""
    spec = base_spec()
    spec["transformations"][0]["condition"] = "status = 'completed'; drop table orders"
    spec["description"] = "{{ run_query('drop table orders') }}"
    (project / "pipelines" / f"{BAD}.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    root = project.parent.parent
    done = run_cli("materialize", "--pipeline", "good", "--project", str(project))
    assert done.returncode == 0, done.stderr[-3000:]
    tables = {name for (name,) in query(project, "SELECT name FROM system.tables WHERE database = 'faulty'")}
    assert tables == {"raw_good__orders", "stg_good__orders", "orders_by_status"}
    assert not (root / "dbt_project" / "models" / "faulty" / BAD).exists()
    with shop.connect() as conn:
        assert conn.execute("select count(*) from orders").fetchone()[0] > 0  # nothing was dropped
    every = run_cli("materialize", "--project", str(project))
    assert every.returncode == 2 and "Traceback" not in every.stderr
    assert every.stderr.splitlines()[-1].startswith(f"error: {project / 'pipelines' / f'{BAD}.yaml'}:")
