"""Three-way merge of text by lines: apply both sides' changes to the base when they do not overlap.

Used when a proposal was made from a version that is no longer active (the engineer edited the
file meanwhile): the proposal's change is applied on top of the engineer's, unless both touched
the same lines, and the caller reports exactly which hunks came from which side.
"""

from __future__ import annotations

import difflib

from pydantic import BaseModel


class Hunk(BaseModel):
    """Lines base[start:end] replaced by `lines`, by one side."""

    side: str
    start: int
    end: int
    lines: list[str]

    def describe(self) -> str:
        where = f"line {self.start + 1}" if self.end - self.start <= 1 else f"lines {self.start + 1}-{self.end}"
        verb = "inserted at" if self.start == self.end else ("deleted" if not self.lines else "changed")
        return f"{self.side}: {verb} {where}"


class MergeResult(BaseModel):
    merged: str | None
    hunks: list[Hunk] = []
    conflict: str | None = None


def _hunks(base: list[str], other: list[str], side: str) -> list[Hunk]:
    matcher = difflib.SequenceMatcher(a=base, b=other, autojunk=False)
    return [Hunk(side=side, start=i1, end=i2, lines=other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _overlap(a: Hunk, b: Hunk) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start  # two insertions at one place: order unknown
    return a.start < b.end and b.start < a.end or (a.start == a.end and b.start <= a.start < b.end) or (
        b.start == b.end and a.start <= b.start < a.end
    )


def merge3(base: str, ours: str, theirs: str, ours_name: str = "ours", theirs_name: str = "theirs") -> MergeResult:
    """`ours` and `theirs` both descend from `base`; identical changes count once."""
    base_lines, our_lines, their_lines = (t.splitlines(keepends=True) for t in (base, ours, theirs))
    mine, yours = _hunks(base_lines, our_lines, ours_name), _hunks(base_lines, their_lines, theirs_name)
    yours = [h for h in yours if not any(h.start == m.start and h.end == m.end and h.lines == m.lines for m in mine)]
    for a in mine:
        for b in yours:
            if _overlap(a, b):
                return MergeResult(merged=None, conflict=f"both changed the file near line {min(a.start, b.start) + 1}")
    result, position = [], 0
    for hunk in sorted(mine + yours, key=lambda h: (h.start, h.end)):
        result += base_lines[position : hunk.start] + hunk.lines
        position = hunk.end
    result += base_lines[position:]
    return MergeResult(merged="".join(result), hunks=sorted(mine + yours, key=lambda h: h.start))
