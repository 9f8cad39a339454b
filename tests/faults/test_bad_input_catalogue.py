"""Every case of the bad-input catalogue (tests/faults/bad_inputs.py) through `ai-etl`.

Each case runs the command line's own code in this process (`ai_etl.cli.main`: a subprocess per case
would cost ~1.5 s each) and one case per category runs the installed `ai-etl` in a subprocess. A case
passes when the command exits 2 with one line per problem (`error: <file>:<line>: field `<field>`:
<what is wrong>; <what to do>.`), no traceback, the good pipeline beside it still loads, and nothing
is written (`bad_inputs.judge`).

What a command may write: `validate` nothing at all; `prepare` and `materialize` the dbt target folder
(a cache the product rebuilds), the good pipeline's dbt models, the artifact store's new versions and
the good pipeline's warehouse tables; never a file or a table of the bad pipeline, and never a
corrupted store other than the dbt target folder it rebuilds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bad_inputs import BAD, base_spec, catalogue, cli, judge, restore, saved_state, workspace
from conftest import run_cli
from project_builder import query

from ai_etl.project_files import load_project

CASES = catalogue()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, shop_url) -> Path:
    return workspace(tmp_path_factory.mktemp("catalogue"), shop_url)


@pytest.fixture
def project(prepared, shop_url, monkeypatch):
    """The prepared project; whatever a case wrote is undone afterwards."""
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    saved = saved_state(prepared)
    yield prepared
    restore(prepared, saved)


def test_the_base_pipeline_is_valid(project):
    """Every case is a change to a valid file: a failure is the case's, not the base's."""
    (project / "pipelines" / f"{BAD}.yaml").write_text(yaml.safe_dump(base_spec(), sort_keys=False))
    code, out, err = cli("validate", "--project", str(project))
    assert (code, err) == (0, ""), err
    assert load_project(project).broken == {}


def test_the_catalogue_is_large_and_covers_every_category():
    categories = {case.category for case in CASES}
    assert len(CASES) >= 100
    assert categories == {"pipeline field", "project.yaml field", "broken YAML", "duplicate", "dangling", "orphan", "corrupted store"}


KNOWN: dict[str, str] = {}  # case id prefix -> what happens, for a case found failing and left to its owner


def _marked(case):
    reason = next((why for prefix, why in KNOWN.items() if case.id.startswith(prefix)), None)
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else case


@pytest.mark.parametrize("case", [_marked(c) for c in CASES], ids=lambda c: c.id)
def test_a_bad_input_gets_one_clear_sentence_and_nothing_else_changes(project, case):
    assert judge(case, project) is None


SAMPLE = {case.category: case for case in reversed(CASES) if case.scope != "store"}  # the first case of each category


@pytest.mark.parametrize("case", list(SAMPLE.values()), ids=lambda c: c.category)
def test_the_installed_command_says_the_same(project, case):
    """One case per category through the installed `ai-etl` in a subprocess: the same answer as in-process,
    and `validate --pipeline good` still passes beside it."""
    case.write(project)
    code, out, err = cli("validate", "--project", str(project))
    done = run_cli("validate", "--project", str(project))
    assert (done.returncode, done.stderr) == (code, err)
    if case.scope == "pipeline":
        good = run_cli("validate", "--pipeline", "good", "--project", str(project))
        assert good.returncode == 0, good.stderr


def test_the_good_pipeline_materializes_beside_bad_ones_and_nothing_of_theirs_is_written(project, shop):
    """A sample: a second SQL statement in a filter and dbt Jinja in a description, beside the good pipeline."""
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
