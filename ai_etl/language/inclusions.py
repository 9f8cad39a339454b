"""Values said as included: 'refunded ones included', 'cancelled ones count too', 'including drafts'.

A request says so to keep rows a reader might think left out; such a phrase adds no condition. The parser
reads past it, and coverage accounts for it only where the spec keeps those rows: it must not filter the
column that holds the value, unless the filter names the value too ('completed orders, refunded ones
included' is status in (completed, refunded), never status = completed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = r"[a-z][\w-]*"
# 'refunded ones included', 'cancelled ones count too', 'paused ones still count as subscribed', '(refunded enrollments count too)', 'drafts included'
_AFTER = re.compile(
    rf"(?<![\w-])(?P<head>{_WORD})(?:\s+(?P<noun>{_WORD}))?\s*\)?,?\s*(?:(?:are|is|should|must|will)\s+)?"
    r"(?P<tail>included(?:\s+too|\s+as\s+well)?|(?:still\s+)?count(?:s|ed)?\s+(?:too|as\s+well|as\s+(?:an?\s+)?[a-z][\w-]*)|too|as\s+well"
    r"|come\s+off(?:\s+the\s+total)?|(?:be\s+)?(?:deducted|subtracted|netted\s+off)(?:\s+from\s+the\s+total)?)(?![\w-])"
)  # 'credit notes should come off the total': kept, their negative amounts in the sum
# 'including drafts', 'even refunded ones', 'count cancelled ones too'
_BEFORE = re.compile(
    rf"(?<![\w-])(?P<lead>including|incl\.?|even|count(?:ing)?)\s+(?:the\s+|any\s+|all\s+)?(?P<head>{_WORD})"
    r"(?:\s+ones)?(?P<tail>\s+too|\s+as\s+well)?(?![\w-])(?!\s+(?:with|without|who|that|which|whose|we|they)\b)"
)  # ('including technicians who have had none' are rows of another table, not the level 'technician')


# 'count the ones who joined on the video link too', 'include those that were refunded as well': rows of a value kept
_ONES = re.compile(
    r"(?<![\w-])(?:count|include|counting|including)\s+(?:the\s+ones|those|them|any)\s+(?:who|that|which)\s+"
    r"(?P<clause>(?:[a-z'-]+\s+){0,7}?)(?P<tail>too|as\s+well)(?![\w-])"
)


def inclusions(text: str, value_words: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, value word) of each value said as included; `value_words`: the schema's values as said
    (lower case). A word counts in its plural too ('drafts')."""
    values = set(value_words)

    def said(word: str) -> str | None:
        return word if word in values else word[:-1] if word.endswith("s") and word[:-1] in values else None

    found: list[tuple[int, int, str]] = []
    for match in _AFTER.finditer(text):
        alone = match["tail"] in ("too", "as well")  # 'cancelled ones too', not 'orders to Texas too'
        value = said(f"{match['head']} {match['noun']}") if match["noun"] else None  # 'credit notes'
        if (value := value or said(match["head"])) and (not alone or match["noun"] == "ones"):
            found.append((match.start(), match.end(), value))
    for match in _BEFORE.finditer(text):
        counted = match["lead"].startswith("count")  # 'counting refunded orders' alone may mean only those
        if (value := said(match["head"])) and (not counted or match["tail"]):
            if not any(s <= match.start() < e or match.start() <= s < match.end() for s, e, _ in found):
                found.append((match.start(), match.end(), value))
    for match in _ONES.finditer(text):
        words_ = match["clause"].split()
        spans = sorted(((i, j) for i in range(len(words_)) for j in range(i + 1, len(words_) + 1)), key=lambda span: span[0] - span[1])
        value, end = next(((v, j) for i, j in spans if (v := said(" ".join(words_[i:j])))), (None, 0))  # the longest value said
        if value and len(words_) - end <= 4 and not any(w[:1].isdigit() for w in words_) and not any(s <= match.start() < e or match.start() <= s < match.end() for s, e, _ in found):
            found.append((match.start(), match.end(), value))
    return sorted(found)
