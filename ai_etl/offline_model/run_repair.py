"""The built-in model's Reflector skill for failed runs: fixes whose cause the evidence names.

The evidence is the error, the source schema now, the schema of the last successful run, and the
pipeline's files. Schema drift is read from the two schemas: a table whose columns reappear
under another name was renamed; a column that disappeared while one of the same type appeared
was renamed (the pipeline reads the new name and keeps calling it by the old one, so its tables
keep their columns); a column whose type changed is cast back; a column that is gone is no
longer used.
A failing `unique` test gets a deduplication; a hand edit that broke the SQL keeps the parts of
the edit that still parse. Anything else: no proposal, and the explanation says why.
"""

from __future__ import annotations

import difflib
import json
import re

from ai_etl.repair.contracts import RunRepair, RunRepairInput


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
    return json.loads(_replace_words(json.dumps(value), {old: new}))


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
        renamed: dict[str, str] = {}
        main = spec["source"].get("table") == table
        exposed = _final_columns(spec.get("transformations", []), list(before)) if main else []
        for column in gone:
            same_type = [c for c in new if now[c] == before[column]]
            candidates = difflib.get_close_matches(column, same_type, n=1, cutoff=0.4) or (same_type if len(same_type) == 1 else [])
            if candidates:
                new.remove(candidates[0])
                if _uses(spec, column) or column in exposed:
                    renamed[column] = candidates[0]
                    notes.append(f"column {table}.{column} is now {candidates[0]} (renamed in the source); the pipeline reads {candidates[0]} and still calls it {column}")
            elif _uses(spec, column):
                spec = _without(spec, column)
                notes.append(f"column {table}.{column} was dropped from the source; the pipeline no longer uses it (check the meaning)")
        if renamed:
            spec = _keep_names(spec, table, renamed, list(now))
            if main:
                files = _read_source_under_old_names(files, spec["name"], table, renamed, list(now))
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


def _keep_names(spec: dict, table: str, renamed: dict[str, str], columns: list[str]) -> dict:
    """A source column renamed {old: new}: the pipeline reads `new` where it reads the source and
    calls it `old` from there on, so every later step and the final table keep their columns.

    The load (cursor, key) reads the source: it takes the new names. The main table's columns are
    named by the first staging step: a select gets `from: new` in place; otherwise a rename step
    leads, unless it would move a column of the final table (a rename puts its columns last), and
    then a select lists the source's columns in their order. A joined table's columns are named
    by its join step (`right_on`, `from`)."""
    spec = json.loads(json.dumps(spec))
    if spec["source"].get("table") == table:
        load = spec.get("load", {})
        if load.get("cursor") in renamed:
            load["cursor"] = renamed[load["cursor"]]
        if load.get("key"):
            load["key"] = [renamed.get(k, k) for k in load["key"]]
        spec["transformations"] = _name_in_first_step(spec.get("transformations", []), renamed, columns)
    for step in spec.get("transformations", []):
        if step["type"] == "join" and step["table"] == table and step["table"] != spec["source"].get("table"):
            step["right_on"] = renamed.get(step["right_on"], step["right_on"])
            step["columns"] = [_read_from(c, renamed) for c in step.get("columns", [])]
    return spec


def _name_in_first_step(steps: list[dict], renamed: dict[str, str], columns: list[str]) -> list[dict]:
    """The step that first names the main table's columns, reading the new names under the old."""
    if steps and steps[0]["type"] == "select":
        return [{**steps[0], "columns": [_read_from(c, renamed) for c in steps[0]["columns"]]}, *steps[1:]]
    if steps and steps[0]["type"] == "rename":
        merged = {renamed.get(k, k): v for k, v in steps[0]["columns"].items()}
        merged |= {new: old for old, new in renamed.items() if old not in steps[0]["columns"]}
        renaming = [{**steps[0], "columns": merged}, *steps[1:]]
    else:
        renaming = [{"type": "rename", "columns": {new: old for old, new in renamed.items()}}, *steps]
    old_of = {new: old for old, new in renamed.items()}
    listing = [{"type": "select", "columns": [{"name": old_of[c], "from": c} if c in old_of else c for c in columns]}, *steps]
    return renaming if _final_columns(renaming, columns) == _final_columns(listing, columns) else listing


def _read_from(column, renamed: dict[str, str]):
    """A column spec (a bare name or {name, from, expr, cast}) reading the new source names under the same output name."""
    column = {"name": column} if isinstance(column, str) else dict(column)
    if column.get("expr"):
        column["expr"] = _replace_words(column["expr"], renamed)
    elif column.get("from", column["name"]) in renamed:
        column["from"] = renamed[column.get("from", column["name"])]
    if column.get("from") == column["name"]:
        del column["from"]
    return column["name"] if list(column) == ["name"] else column


def _replace_words(text: str, renamed: dict[str, str]) -> str:
    words = "|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True))
    return re.sub(rf"(?<![\w.])({words})(?!\w)", lambda m: renamed[m[1]], text)


def _final_columns(steps: list[dict], columns: list[str]) -> list[str]:
    """The final table's columns in order, as ai_etl.dbt_codegen builds them from `columns`."""
    name = lambda c: c if isinstance(c, str) else c["name"]  # noqa: E731
    for step in steps:
        match step["type"]:
            case "select":
                columns = [name(c) for c in step["columns"]]
            case "rename":  # select * except (old), old AS new
                columns = [c for c in columns if c not in step["columns"]] + list(step["columns"].values())
            case "derive" | "window":
                columns = columns + [c["name"] for c in step["columns"]]
            case "join" if step.get("how") != "anti":
                columns = columns + [name(c) for c in step.get("columns", [])]
            case "aggregate":
                columns = [name(c) for c in step["group_by"]] + [m["name"] for m in step["measures"]]
            case "sql":
                columns = list(step["columns"])
    return columns


def _read_source_under_old_names(files: dict[str, str], pipeline: str, table: str, renamed: dict[str, str], columns: list[str]) -> dict[str, str]:
    """Hand-written SQL reading the table straight from the source reads it through a subquery that
    restores the old names (in the source's order), so the rest of the file stays as it is."""
    from ai_etl.dbt_codegen import q

    old_of = {new: old for old, new in renamed.items()}
    listed = ", ".join(f"{q(c)} AS {q(old_of[c])}" if c in old_of else q(c) for c in columns)
    relation = re.compile(rf"\{{\{{\s*source\(\s*['\"]{re.escape(pipeline)}['\"]\s*,\s*['\"]{re.escape(table)}['\"]\s*\)\s*\}}\}}(?:\s+FINAL\b)?", re.IGNORECASE)
    return {path: relation.sub(lambda m: f"(select {listed} from {m[0]})", text) for path, text in files.items()}


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
    from ai_etl.offline_model.pipeline_repair import UNKNOWN_COLUMN

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
