"""The built-in model's Python Coder skill: polars code for parse steps, chosen from the examples.

split: `Name <email>` pairs by their brackets, otherwise the separator the examples share;
date: every format the examples match, tried in turn (day-first unless a month > 12 says otherwise);
number: currency signs and thousands separators dropped, a decimal comma understood.
"""

from __future__ import annotations

import re
from datetime import datetime

DATE_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%b %d, %Y", "%d %b %Y", "%B %d, %Y", "%Y%m%d"]
SEPARATORS = [";", "|", ",", " - ", "/", ":", " "]


def transform_code(payload: dict) -> dict:
    entity = payload["entity"]
    examples = {c["name"]: c.get("examples") or [] for c in payload.get("columns", [])}
    lines = ["import polars as pl", "", "", "def transform(frames):", f"    frame = frames[{entity!r}]"]
    for step in payload["steps"]:
        column, kind = step["column"], step["kind"]
        samples = [str(v) for v in examples.get(column, [])]
        if kind == "split":
            lines += _split(column, step.get("into") or [f"{column}_1", f"{column}_2"], samples)
        elif kind == "date":
            lines += _date(column, samples)
        else:
            lines += _number(column, samples)
    lines.append("    return frame")
    return {"code": "\n".join(lines) + "\n"}


def _split(column: str, into: list[str], samples: list[str]) -> list[str]:
    if samples and all(re.search(r"<[^>]+>", s) for s in samples) and len(into) == 2:
        first, second = into
        return [
            "    frame = frame.with_columns(",
            f"        pl.col({column!r}).str.extract(r'^\\s*(.*?)\\s*<', 1).str.strip_chars().alias({first!r}),",
            f"        pl.col({column!r}).str.extract(r'<\\s*([^>]+?)\\s*>', 1).alias({second!r}),",
            "    )",
        ]
    separator = next((sep for sep in SEPARATORS if samples and all(sep in s for s in samples)), ",")
    parts = [
        f"        pl.col({column!r}).str.split({separator!r}).list.get({i}, null_on_oob=True).str.strip_chars().alias({name!r}),"
        for i, name in enumerate(into)
    ]
    return ["    frame = frame.with_columns(", *parts, "    )"]


def _date(column: str, samples: list[str]) -> list[str]:
    def matches(fmt: str) -> bool:
        hits = 0
        for sample in samples:
            try:
                datetime.strptime(sample.strip(), fmt)
                hits += 1
            except ValueError:
                continue
        return hits > 0

    formats = [f for f in DATE_FORMATS if matches(f)] or DATE_FORMATS[:4]
    month_first = any(re.match(r"^\d{1,2}/(1[3-9]|2\d|3[01])/", s.strip()) for s in samples)
    if "%d/%m/%Y" in formats and "%m/%d/%Y" in formats:
        formats.remove("%d/%m/%Y" if month_first else "%m/%d/%Y")
    attempts = ", ".join(f"pl.col({column!r}).str.strip_chars().str.strptime(pl.Date, {f!r}, strict=False)" for f in formats)
    return [f"    frame = frame.with_columns(pl.coalesce([{attempts}]).alias({column!r}))"]


def _number(column: str, samples: list[str]) -> list[str]:
    decimal_comma = samples and all(re.search(r"\d,\d{1,2}\s*\D*$", s) and not re.search(r"\d\.\d{1,2}\s*\D*$", s) for s in samples if re.search(r"\d", s))
    text = f"pl.col({column!r}).cast(pl.String)"
    if decimal_comma:
        text += ".str.replace_all(r'[.\\s]', '').str.replace(',', '.')"
    else:
        text += ".str.replace_all(',', '')"
    return [f"    frame = frame.with_columns({text}.str.replace_all(r'[^0-9.\\-]', '').cast(pl.Float64, strict=False).alias({column!r}))"]
