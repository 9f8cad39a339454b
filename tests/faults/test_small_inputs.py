"""Small faults from issue 12 §6, each through the real command: lock files left in the temp folder by
every compile, the cron error for an out-of-range field, a secret typed into a request."""

from __future__ import annotations

import re
import shlex

import pytest
from conftest import run_cli
from faulty_project import faulty_project, good_pipeline, write_pipeline

from ai_etl.project_files import load_project
from ai_etl.spec import check_cron


def test_prepare_leaves_nothing_in_the_temp_folder(tmp_path, shop_url):
    """Each compile used to leave a lock file in /tmp (thousands accumulated): locks live in dbt's target/."""
    project = faulty_project(tmp_path, [good_pipeline("keep", "kept_by_status"), good_pipeline("good", "good_by_status")])
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {"SHOP_DATABASE_URL": shop_url, "TMPDIR": str(temp)}
    for _ in range(2):  # a first prepare (compile, parse, record) and one with a pipeline changed
        done = run_cli("prepare", "--project", str(project), env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        write_pipeline(project, good_pipeline("good", "good_by_status", description="changed"))
    assert sorted(p.name for p in temp.iterdir()) == []
    locks = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.lock") if p.name != "parse.lock")
    assert "dbt_project/target/faulty/compile.lock" in locks and all(p.startswith("dbt_project/target/") for p in locks)
    assert not list((tmp_path / "dbt_project" / "models").rglob("*.lock"))


def test_a_cron_field_out_of_range_is_named(tmp_path, shop_url):
    spec = good_pipeline("hourly", "hourly_by_status") | {"type": "batch", "schedule": {"cron": "61 * * * *"}}
    project = faulty_project(tmp_path, [good_pipeline()])
    path = write_pipeline(project, spec)
    why = load_project(project).broken["hourly"]
    assert str(path) in why and "minute field '61' must be within 0-59" in why and "fields" not in why.split("minute")[0]
    done = run_cli("validate", "--offline", "--pipeline", "hourly", "--project", str(project), env={"SHOP_DATABASE_URL": shop_url})
    assert done.returncode == 2 and "minute field '61' must be within 0-59" in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(ValueError, match=r"minute field '\*/0' must be within 0-59 \(step '0' is not acceptable\)$"):
        check_cron("*/0 * * * *")  # croniter's own reason when it says more than "out of range"
    with pytest.raises(ValueError, match=r"hour field '0-99' must be within 0-23$"):
        check_cron("0 0-99 * * *")


def test_a_secret_in_a_request_is_refused_before_anything_is_stored(tmp_path, shop_url):
    project = faulty_project(tmp_path, [good_pipeline()])
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    for request in (
        "Load orders daily, the password is hunter2",
        "Load orders hourly, token=hunter2abc",
        "Load orders daily with api key sk-hunter2hunter2hunter2hunter2",
    ):
        done = run_cli("generate", request, "--yes", "--project", str(project), env={"SHOP_DATABASE_URL": shop_url})
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert re.fullmatch(r"error: The request contains what looks like a password, token or key; [^\n]*\n", done.stderr)
        assert "hunter2" not in done.stderr + done.stdout
    after = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert after == before  # no pipeline file, cache entry or artifact version
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"hunter2" not in path.read_bytes(), path


def test_the_printed_rollback_command_runs_as_printed(tmp_path, shop_url):
    """From another folder, with no AI_ETL_PROJECT: the advice names its project itself."""
    project = faulty_project(tmp_path, [good_pipeline()])
    env = {"SHOP_DATABASE_URL": shop_url, "AI_ETL_PROJECT": ""}
    assert run_cli("prepare", "--project", str(project), env=env).returncode == 0
    mart = tmp_path / "dbt_project" / "models" / "faulty" / "good" / "marts" / "orders_by_status.sql"
    original = mart.read_text()
    mart.unlink()
    listed = run_cli("artifacts", "list", "--project", str(project), env=env, cwd=tmp_path)
    suggested = re.search(r"`(ai-etl artifacts rollback [^`]+)`", listed.stdout).group(1)
    restored = run_cli(*shlex.split(suggested)[1:], env=env, cwd=tmp_path.parent)
    assert restored.returncode == 0, restored.stderr
    assert mart.read_text() == original
