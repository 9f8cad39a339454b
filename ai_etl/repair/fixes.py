"""The built-in model's Reflector skill for failed runs: fixes whose cause the evidence names.

The evidence is the error, the source schema now, the schema of the last successful run, and the
pipeline's files. Schema drift is read from the two schemas: a table whose columns reappear
under another name was renamed; a column that disappeared while one of the same type appeared
was renamed; a column whose type changed is cast back; a column that is gone is no longer used.
A failing `unique` test gets a deduplication; a hand edit that broke the SQL keeps the parts of
the edit that still parse. Anything else: no proposal, and the explanation says why.
"""

from __future__ import annotations

import difflib
import json
import re

from pydantic import BaseModel

from ai_etl.agents.contracts import Catalog
from ai_etl.repair.diagnosis import RunFailure


class RunRepairInput(BaseModel):
    failure: RunFailure
    kind: str
    pipeline: dict
    previous_schema: dict[str, dict[str, str]] = {}
    catalog: Catalog
    files: dict[str, str] = {}
    previous_files: dict[str, str] = {}


class RunRepair(BaseModel):
    pipeline: dict | None = None
    files: dict[str, str] = {}
    explanation: str = ""


def repair_run(payload: RunRepairInput) -> RunRepair:
    for fix in (_renamed_table, _schema_drift, _duplicates, _broken_hand_edit, _unknown_identifier):
        repair = fix(payload)
        if repair is not None:
            return repair
    return RunRepair(explanation="no fix follows from the error and the schema; a person needs to look")


def _tables_read(spec: dict) -> list[str]:
    source = spec.get("source", {})
    tables = [source.get("table")] if source.get("table") else []
    return tables + [t["table"] for t in spec.get("transformations", []) if t.get("type") == "join"]


def _replace_word(value, old: str, new: str):
    text = json.dumps(value)
    return json.loads(re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, text))


def _renamed_table(p: RunRepairInput) -> RunRepair | None:
    """A table the pipeline reads is gone and another has its columns."""
    present = {t.name for t in p.catalog.tables}
    for table in _tables_read(p.pipeline):
        if table in present or table not in p.previous_schema:
            continue
        before = set(p.previous_schema[table])
        best = max(
            ((len(before & {c.name for c in t.columns}) / max(len(before | {c.name for c in t.columns}), 1), t.name) for t in p.catalog.tables),
            default=(0, None),
        )
        if best[0] >= 0.8:
            spec = json.loads(json.dumps(p.pipeline))
            if spec["source"].get("table") == table:
                spec["source"]["table"] = best[1]
            for step in spec.get("transformations", []):
                if step.get("type") == "join" and step["table"] == table:
                    step["table"] = best[1]
            return RunRepair(pipeline=spec, explanation=f"source table {table} is now {best[1]} (same columns); the pipeline reads {best[1]}")
    return None


def _schema_drift(p: RunRepairInput) -> RunRepair | None:
    spec, notes, files = json.loads(json.dumps(p.pipeline)), [], dict(p.files)
    for table in _tables_read(p.pipeline):
        now_table = p.catalog.table(table)
        if now_table is None or table not in p.previous_schema:
            continue
        before, now = p.previous_schema[table], {c.name: c.type for c in now_table.columns}
        gone = [c for c in before if c not in now]
        new = [c for c in now if c not in before]
        for column in gone:
            same_type = [c for c in new if now[c] == before[column]]
            candidates = difflib.get_close_matches(column, same_type, n=1, cutoff=0.4) or (same_type if len(same_type) == 1 else [])
            if candidates:
                spec = _replace_word(spec, column, candidates[0])
                files = {path: re.sub(rf"(?<![\w.]){re.escape(column)}(?!\w)", candidates[0], text) for path, text in files.items()}
                new.remove(candidates[0])
                notes.append(f"column {table}.{column} is now {candidates[0]} (renamed in the source)")
            elif _uses(spec, column):
                spec = _without(spec, column)
                notes.append(f"column {table}.{column} was dropped from the source; the pipeline no longer uses it (check the meaning)")
        for column, kind in now.items():
            if column in before and before[column] != kind and _uses(spec, column):
                from ai_etl.type_mapping import clickhouse_type

                steps = spec.setdefault("transformations", [])
                steps.insert(0, {"type": "cast", "columns": {column: clickhouse_type(before[column], True)}})
                notes.append(f"column {table}.{column} changed from {before[column]} to {kind}; the pipeline casts it back")
    if not notes:
        return None
    changed = {path: text for path, text in files.items() if text != p.files.get(path)}
    return RunRepair(pipeline=spec if spec != p.pipeline else None, files=changed, explanation="; ".join(notes))


def _uses(spec: dict, column: str) -> bool:
    steps = json.dumps(spec.get("transformations", [])) + json.dumps(spec.get("load", {})) + json.dumps(spec.get("target", {}))
    return re.search(rf"(?<![\w.]){re.escape(column)}(?!\w)", steps) is not None


def _without(spec: dict, column: str) -> dict:
    """Stop using a dropped column: filter conjuncts, selected/derived columns, measures."""
    word = re.compile(rf"(?<![\w.]){re.escape(column)}(?!\w)")
    kept = []
    for step in spec.get("transformations", []):
        if step["type"] == "filter":
            parts = [c for c in re.split(r"\s+and\s+", step["condition"], flags=re.IGNORECASE) if not word.search(c)]
            if parts:
                kept.append({**step, "condition": " and ".join(parts)})
            continue
        if step["type"] in ("select", "derive"):
            step = {**step, "columns": [c for c in step["columns"] if not word.search(json.dumps(c))]}
        if step["type"] == "aggregate":
            step = {**step, "measures": [m for m in step["measures"] if not word.search(m["expr"])]}
        kept.append(step)
    load = spec.get("load", {})
    if load.get("key"):
        load = {**load, "key": [k for k in load["key"] if k != column]}
    return {**spec, "transformations": kept, "load": load}


def _duplicates(p: RunRepairInput) -> RunRepair | None:
    if p.kind != "data":
        return None
    columns = {c.name for t in p.catalog.tables for c in t.columns}
    key = None
    if match := re.search(r"unique\b.*?\bcolumn[ `']+(\w+)", p.failure.message, re.IGNORECASE | re.S):
        key = match[1]
    elif match := re.search(r"\bunique_(\w+)", p.failure.message):  # dbt's test name: unique_<model>_<column>
        key = next((c for c in sorted(columns, key=len, reverse=True) if match[1].endswith(f"_{c}")), None)
    if key is None:
        return None
    spec = json.loads(json.dumps(p.pipeline))
    load = spec.get("load", {})
    cursor = next((c for c in ("updated_at", "modified_at", load.get("cursor")) if c and c in columns), None)
    if key in load.get("key", []) and load.get("mode", "full_refresh") != "upsert" and cursor:
        # the staging model tests the load key: make ClickHouse keep one row per key (ReplacingMergeTree, read FINAL)
        spec["load"] = {**load, "mode": "upsert", "cursor": cursor}
        return RunRepair(pipeline=spec, explanation=f"duplicate {key} values arrived in the source; the raw table now keeps the latest row per {key} (upsert by {cursor})")
    steps = spec.setdefault("transformations", [])
    if any(s["type"] == "deduplicate" for s in steps):
        return None
    latest = next((c for c in ("updated_at", spec.get("load", {}).get("cursor"), "created_at", key) if c and c in columns), key)
    position = next((i for i, s in enumerate(steps) if s["type"] in ("aggregate", "sql")), len(steps))
    steps.insert(position, {"type": "deduplicate", "key": [key], "latest_by": latest})
    return RunRepair(pipeline=spec, explanation=f"duplicate {key} values arrived in the source; the pipeline keeps the latest row per {key} (by {latest})")


def syntax_error(sql_text: str) -> str | None:
    """ClickHouse's own parser on the model (Jinja rendered away): None when it parses.
    sqlglot is lenient where ClickHouse is not (a trailing comma after GROUP BY), so ask the engine."""
    import chdb

    from ai_etl.agents.qa_validator import render_for_parse

    statement = render_for_parse(sql_text).strip().rstrip(";")
    try:
        chdb.query(f"EXPLAIN AST {statement}", "CSV")
    except Exception as err:  # noqa: BLE001 - chDB raises RuntimeError with the parser's message
        return str(err).splitlines()[0][:300]
    return None


def _broken_hand_edit(p: RunRepairInput) -> RunRepair | None:
    """Keep the hunks of the last edit that still parse; drop the ones that broke the SQL."""
    for path, text in p.files.items():
        previous = p.previous_files.get(path)
        if not path.endswith(".sql") or previous is None or previous == text or syntax_error(text) is None:
            continue
        old, new = previous.splitlines(keepends=True), text.splitlines(keepends=True)
        hunks = [op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes() if op[0] != "equal"]
        kept = []
        for hunk in hunks:
            candidate = _apply(old, [*kept, hunk], new)
            if syntax_error(candidate) is None:
                kept.append(hunk)
        fixed = _apply(old, kept, new)
        dropped = len(hunks) - len(kept)
        return RunRepair(
            files={path: fixed},
            explanation=f"the last edit of {path} does not parse; the proposal keeps {len(kept)} of its {len(hunks)} change(s) and drops {dropped} that broke the SQL",
        )
    return None


def _apply(old: list[str], hunks: list[tuple], new: list[str]) -> str:
    result, position = [], 0
    for _tag, i1, i2, j1, j2 in sorted(hunks, key=lambda h: h[1]):
        result += old[position:i1] + new[j1:j2]
        position = i2
    return "".join(result + old[position:])


def _unknown_identifier(p: RunRepairInput) -> RunRepair | None:
    """ClickHouse names the identifier it does not know (and often its guess): use the closest column."""
    from ai_etl.agents.repairs import UNKNOWN_COLUMN

    columns = sorted({c.name for t in p.catalog.tables for c in t.columns})
    for pattern in UNKNOWN_COLUMN:
        match = pattern.search(p.failure.message)
        if match is None:
            continue
        wrong = match[1]
        hint = re.search(r"Maybe you meant: \['(\w+)'", p.failure.message)
        right = hint[1] if hint and hint[1] in columns else next(iter(difflib.get_close_matches(wrong, columns, n=1, cutoff=0.6)), None)
        if right is None or right == wrong:
            return None
        spec = _replace_word(p.pipeline, wrong, right)
        files = {path: re.sub(rf"(?<![\w.]){re.escape(wrong)}(?!\w)", right, text) for path, text in p.files.items()}
        changed = {path: text for path, text in files.items() if text != p.files[path]}
        if spec == p.pipeline and not changed:
            return None
        return RunRepair(pipeline=spec if spec != p.pipeline else None, files=changed, explanation=f"column {wrong} does not exist in the source; the closest existing column is {right}")
    return None
