"""The built-in model's Reflector skill: corrections for failures whose cause a tool names exactly.

An unknown column with a close existing name is renamed to it; anything else is left alone and
reported as not repairable, so the orchestrator stops instead of looping on guesses.
"""

from __future__ import annotations

import difflib
import json
import re

UNKNOWN_COLUMN = [
    re.compile(r"column '(\w+)' does not exist"),
    re.compile(r"Unknown (?:expression )?(?:or function )?identifier [`'](\w+)[`']"),
    re.compile(r"Missing columns: '(\w+)'"),
    re.compile(r"There's no column '(?:\w+\.)?(\w+)'"),
]


def repair(payload: dict) -> dict:
    spec, failures = payload["pipeline"], payload.get("failures", [])
    catalog = payload.get("catalog", {})
    known = sorted({c["name"] for t in catalog.get("tables", []) for c in t["columns"]})
    text = json.dumps(spec)
    changes = []
    for failure in failures:
        for pattern in UNKNOWN_COLUMN:
            match = pattern.search(failure.get("message", ""))
            if not match:
                continue
            wrong = match[1]
            hinted = re.search(r"did you mean '(\w+)'", failure["message"])
            right = hinted[1] if hinted else next(iter(difflib.get_close_matches(wrong, known, n=1, cutoff=0.6)), None)
            if right and right != wrong and re.search(rf"\b{re.escape(wrong)}\b", text):
                text = re.sub(rf"(?<![\w.]){re.escape(wrong)}\b", right, text)
                changes.append(f"column {wrong} -> {right}")
            break
    if not changes:
        return {"pipeline": None, "change": ""}
    return {"pipeline": json.loads(text), "change": "; ".join(dict.fromkeys(changes))}
