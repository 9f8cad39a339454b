"""One malformed pipeline file breaks that pipeline only: the project loads the others, the commands
that do not need it work, `validate` names it (file and line) and exits 2, a command that targets
it gets its one sentence, and the Dagster location loads the good pipeline and shows the bad one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
import yaml
from conftest import run_cli
from faulty_project import MALFORMED, MALFORMED_LINE, asset_specs, faulty_project, good_pipeline, run_selection, write_pipeline
from project_builder import pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.errors import ConfigError
from ai_etl.project_files import load_project

BIN = Path(sys.executable).parent
GOOD_KEYS = {"faulty/source/shop__orders", "faulty/raw/good__orders", "faulty/staging/stg_good__orders", "faulty/marts/orders_by_status"}


def _spec_text(name: str, **changes) -> str:
    spec = good_pipeline(name, target=f"{name}_out")
    for part, value in changes.items():
        spec[part] = {**spec[part], **value}
    return yaml.safe_dump(spec, sort_keys=False)


@pytest.fixture
def project(tmp_path, shop_url, monkeypatch) -> Path:
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    return faulty_project(tmp_path, [good_pipeline()], {"bad.yaml": MALFORMED})


@pytest.mark.parametrize(
    ("file", "content", "expected"),
    [
        ("bad.yaml", MALFORMED, rf"bad\.yaml:{MALFORMED_LINE}: not valid YAML \(.+\); fix the syntax\."),
        ("cron.yaml", _spec_text("cron").replace("type: on_demand", "type: batch\nschedule: '0 25 * * *'"),
         r"cron\.yaml:3: field `schedule.cron`: '0 25 \* \* \*' is not a valid cron expression: its hour field '25' must be within 0-23"),
        ("conn.yaml", _spec_text("conn", source={"connector": "shopp"}), r"conn\.yaml:\d+: field `source.connector`: unknown connector 'shopp' \(this project has: lake, shop, warehouse\); add it to project\.yaml"),
        ("kind.yaml", _spec_text("kind", source={"connector": "warehouse"}),
         r"kind\.yaml:\d+: field `source.connector`: connector 'warehouse' is a clickhouse connector, not postgres; name a postgres connector"),
        ("sink.yaml", _spec_text("sink", target={"connector": "shop"}),
         r"sink\.yaml:\d+: field `target.connector`: connector 'shop' is a postgres connector, not clickhouse"),
        ("twin.yaml", _spec_text("good"), r"twin\.yaml: pipeline name 'good' is already used by .*good\.yaml; rename one\."),
        ("binary.yaml", b"name: \xff\xfe\n", r"binary\.yaml: not UTF-8 text \(byte 6\); save it as UTF-8\."),
        ("empty.yaml", "", r"empty\.yaml: expected a mapping of fields at the top level .*; write the file.s fields as `key: value` lines\."),
    ],
    ids=lambda value: value if isinstance(value, str) and value.endswith(".yaml") else "",
)  # fmt: skip
def test_a_bad_file_is_that_pipelines_error_and_the_others_load(tmp_path, file, content, expected):
    project = faulty_project(tmp_path, [good_pipeline()], {file: content})
    folder = load_project(project)
    assert list(folder.pipelines) == ["good"]
    [(name, message)] = folder.broken.items()
    assert re.search(expected, message), message
    assert "\n" not in message and str(project / "pipelines" / file) in message
    assert folder.pipeline_files[name] == project / "pipelines" / file
    with pytest.raises(ConfigError, match=expected):
        folder.pipeline(name)
    assert folder.pipeline("good").target.table == "orders_by_status"


def test_validate_checks_the_good_pipeline_and_names_every_bad_file(project, shop_url):
    env = {"SHOP_DATABASE_URL": shop_url}
    good = run_cli("validate", "--pipeline", "good", "--project", str(project), env=env)
    assert good.returncode == 0, good.stderr[-2000:]
    assert "Pipeline 'good' of project 'faulty' is valid (against the source schema)." in good.stdout

    every = run_cli("validate", "--project", str(project), env=env)
    assert every.returncode == 2
    assert every.stderr.splitlines() == [f"error: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: not valid YAML (did not find expected ',' or '}}'); fix the syntax."]

    # a good pipeline's own problem is reported beside the bad file, one line each
    typo = pipeline("typo", {"table": "orders"}, "typo_out", transformations=[{"type": "filter", "condition": "statuss = 'completed'"}])
    write_pipeline(project, typo)
    every = run_cli("validate", "--project", str(project), env=env)
    assert every.returncode == 2 and "Traceback" not in every.stderr
    lines = every.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)
    assert f"bad.yaml:{MALFORMED_LINE}: not valid YAML" in lines[0]
    assert "typo.yaml:" in lines[1] and "column 'statuss' does not exist at this step (did you mean 'status'?)" in lines[1]

    targeted = run_cli("validate", "--pipeline", "bad", "--project", str(project), env=env)
    assert targeted.returncode == 2 and "Traceback" not in targeted.stderr
    assert targeted.stderr.splitlines() == [f"error: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: not valid YAML (did not find expected ',' or '}}'); fix the syntax."]


def test_commands_that_do_not_need_the_bad_pipeline_work(project):
    listed = run_cli("artifacts", "list", "--project", str(project))
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "projects/faulty/pipelines/good.yaml@v1" in listed.stdout and "projects/faulty/pipelines/bad.yaml@v1" in listed.stdout

    prepared = run_cli("prepare", "--project", str(project))
    assert prepared.returncode == 0, prepared.stderr[-2000:]
    assert "1 pipeline(s) compiled" in prepared.stdout and "1 broken pipeline file(s) left out: bad" in prepared.stdout
    assert f"warning: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: not valid YAML" in prepared.stderr
    models = project.parent.parent / "dbt_project" / "models" / "faulty"
    assert sorted(p.name for p in models.iterdir()) == ["good"]

    targeted = run_cli("materialize", "--pipeline", "bad", "--project", str(project))
    assert targeted.returncode == 2 and "Traceback" not in targeted.stderr
    assert targeted.stderr.splitlines() == [f"error: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: not valid YAML (did not find expected ',' or '}}'); fix the syntax."]
    unknown = run_cli("materialize", "--pipeline", "nope", "--project", str(project))
    assert unknown.returncode == 2 and "No pipeline 'nope'" in unknown.stderr and "choose one of: good." in unknown.stderr


def test_db_commands_work_beside_a_bad_file(workspace):
    project = workspace / "projects" / "ecommerce"
    (project / "pipelines" / "bad.yaml").write_text(MALFORMED)
    status = run_cli("db", "status", "--project", str(project))
    assert status.returncode == 0, status.stderr[-2000:]
    assert status.stdout.startswith("shop: stopped (data in ")
    stop = run_cli("db", "stop", "--project", str(project))
    assert stop.returncode == 0, stop.stderr[-2000:]
    assert stop.stdout.strip() == "shop: was not running"


def test_the_location_loads_the_good_pipeline_and_shows_the_bad_one(project, shop):
    defs = build_definitions(project, prepare=True)
    specs = {key: spec for key, spec in asset_specs(defs).items() if not key.startswith("faulty/ops/")}  # telemetry's own
    assert set(specs) == GOOD_KEYS | {"faulty/broken/bad"}
    broken = specs["faulty/broken/bad"]
    assert broken.group_name == "faulty__bad" and "ai_etl/broken" in broken.tags
    error = broken.metadata["ai_etl/error"].value
    assert error == load_project(project).broken["bad"] and f"bad.yaml:{MALFORMED_LINE}: not valid YAML" in error
    assert error in broken.description
    checks = {key.to_user_string() for key in defs.resolve_asset_graph().asset_check_keys}
    assert "faulty/broken/bad:pipeline_file_loads" in checks
    job = defs.resolve_job_def("faulty_pipelines")  # the project job (schedules, reruns) holds the good pipeline only
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} == GOOD_KEYS - {"faulty/source/shop__orders"}

    good = run_selection(defs, "group:faulty__good")
    assert good.success
    with shop.connect() as conn:
        expected = sorted(conn.execute("select status, count(*) from orders group by status").fetchall())
    assert sorted(query(project, "SELECT status, orders FROM faulty.orders_by_status")) == expected

    bad = run_selection(defs, "group:faulty__bad", raise_on_error=False)
    assert not bad.success
    [failure] = [e for e in bad.all_events if e.event_type == dg.DagsterEventType.STEP_FAILURE]
    assert error in failure.step_failure_data.error.message
    [check] = bad.get_asset_check_evaluations()
    assert not check.passed and check.description == error and check.asset_key == dg.AssetKey(["faulty", "broken", "bad"])

    # fixed: the pipeline loads, and nothing is shown as broken
    write_pipeline(project, good_pipeline("bad", target="bad_out"))
    assert load_project(project).broken == {}
    keys = set(asset_specs(build_definitions(project, prepare=True)))
    assert "faulty/marts/bad_out" in keys and not any("/broken/" in key for key in keys)


def test_dagster_tools_load_the_location_and_materialize_the_good_pipeline(project, shop_url, tmp_path):
    env = {**os.environ, "AI_ETL_PROJECT": str(project), "SHOP_DATABASE_URL": shop_url, "DAGSTER_HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    assert run_cli("prepare", "--project", str(project)).returncode == 0
    checked = subprocess.run([str(BIN / "dagster"), "definitions", "validate", "-m", "ai_etl.definitions"], env=env, capture_output=True, text=True)
    output = checked.stdout + checked.stderr
    assert checked.returncode == 0, output[-3000:]
    assert "All code locations passed validation" in output
    assert f"not loaded: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: not valid YAML" in output

    done = run_cli("materialize", "--pipeline", "good", "--project", str(project), env={"SHOP_DATABASE_URL": shop_url})
    assert done.returncode == 0, done.stderr[-3000:]
    (said,) = done.stdout.splitlines()  # the result alone on stdout; dbt's own progress goes to stderr
    assert said.startswith("Materialized pipeline good in ") and "Running with dbt" in done.stderr
    assert sum(n for _, n in query(project, "SELECT status, orders FROM faulty.orders_by_status")) > 0

    every = run_cli("materialize", "--project", str(project), env={"SHOP_DATABASE_URL": shop_url})
    assert every.returncode == 2  # the good one ran again; the bad one is named
    assert "Materialized pipeline good in " in every.stdout
    assert every.stderr.splitlines()[-1].startswith(f"error: {project / 'pipelines' / 'bad.yaml'}:{MALFORMED_LINE}: ")


def test_generate_works_beside_a_bad_file(project):
    before = (project / "pipelines" / "bad.yaml").read_text()
    done = run_cli("generate", "Completed orders per region, every day at 5", "--project", str(project), "--json", "--yes")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    folder = load_project(project)
    assert set(folder.pipelines) == {"good", result["pipeline"]} and set(folder.broken) == {"bad"}
    assert (project / "pipelines" / "bad.yaml").read_text() == before
    assert (project.parent.parent / "dbt_project" / "models" / "faulty" / result["pipeline"] / "marts").is_dir()
