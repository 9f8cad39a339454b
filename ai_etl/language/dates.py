"""Days and months in a request: 'in March 2025', 'before 2024-03-15', 'since 15 June 2023', 'between
January and March 2024', 'from July 1993 up to but not including October', '2024-06-01 or later', on
the column the date is about (`years.when_column`). Each becomes a half-open range of days on that
column, so a timestamp's time of day never drops a row at the edge."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ai_etl.agents.contracts import Condition
from ai_etl.language.reading import Parse, blank, column_type

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {abbr.lower(): number for number, abbr in enumerate(calendar.month_abbr) if abbr} | {"sept": 9}
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
# A day or a month, with or without its year ('October' takes the year of the other end of a range).
ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
LAST = {"last", "final"}  # the last quarter (4) or half (2) of a year
# the first or the last day of a month said: 'the end of February 2026'
MONTH_EDGE_SAID = rf"(?:the\s+)?(?P<edge>end|start|beginning)\s+of\s+(?P<edge_month>{MONTH}),?\s+(?P<edge_year>\d{{4}})"
POINT = (
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    r"|q(?P<q>[1-4])\s+(?P<q_year>\d{4})|(?P<yq_year>\d{4})[\s-]?q(?P<yq>[1-4])"
    r"|(?:the\s+)?(?P<qw>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+quarter\s+(?:of\s+)?(?P<qw_year>\d{4})"
    r"|(?:the\s+)?(?P<hw>first|1st|second|2nd|last)\s+half\s+(?:of\s+)?(?P<hw_year>\d{4})|h(?P<h>[12])\s+(?P<h_year>\d{4})"
    rf"|{MONTH_EDGE_SAID}"  # 'the end of February 2026'
    rf"|(?P<dm>{DAY})\s+(?:of\s+)?(?P<dm_month>{MONTH}),?\s+(?P<dm_year>\d{{4}})"
    rf"|(?P<md_month>{MONTH})\s+(?P<md>{DAY}),?\s+(?P<md_year>\d{{4}})"
    rf"|(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?"
)
# A range's ends may leave the year to the other end: 'between January 1 and March 31, 2025'.
RANGE_POINT = POINT.replace(
    rf"|(?P<month>{MONTH})", rf"|(?P<dmo>{DAY})\s+(?:of\s+)?(?P<dmo_month>{MONTH})(?![\w])|(?P<mdo_month>{MONTH})\s+(?P<mdo>{DAY})(?![\w])|(?P<month>{MONTH})"
)
END_OF_RANGE = r"(?P<until>and|to|through|thru|till|until|-|up\s+to(?:\s+and\s+including)?|up\s+to\s+but\s+not\s+including|(?:but\s+)?before)"
BEFORE = r"before|prior\s+to|earlier\s+than|until|till|up\s+to\s+but\s+not\s+including"
AFTER = r"after|later\s+than"
FROM = r"since|from|starting(?:\s+(?:on|in|from))?|on\s+or\s+after|no\s+earlier\s+than"
UP_TO = r"on\s+or\s+before|no\s+later\s+than|by|up\s+to(?:\s+and\s+including)?"
WITHIN = r"in|during|for|of|on|within|dated|made\s+in"
AFTERWARDS = r"\s+(?:(?:or|and)\s+(?P<later>later|after|afterwards|onwards?)|(?P<onward>onwards?)|(?:or|and)\s+(?P<earlier>earlier|before))\b"


def month_edge(edge: str, month: str, year: str) -> date:
    """The last day of a month ('the end of February 2026'), or its first ('the start of March 2025')."""
    number, year_ = MONTHS[month.rstrip(".")], int(year)
    after = date(year_ + (number == 12), number % 12 + 1, 1)
    return date.fromordinal(after.toordinal() - 1) if edge == "end" else date(year_, number, 1)


class _Period:
    """The days from `start` up to, not including, `end`; `open_year` when the text gave no year."""

    def __init__(self, match: re.Match, prefix: str = ""):
        g = {k.removeprefix(prefix): v for k, v in match.groupdict().items() if k.startswith(prefix)}
        self.open_year = False
        if g.get("iso"):
            self.start = date.fromisoformat(g["iso"])
            self.end = date.fromordinal(self.start.toordinal() + 1)
            return
        if quarter := g.get("q") or g.get("yq") or ((4 if g["qw"] in LAST else ORDINAL[g["qw"]]) if g.get("qw") else None):
            year, first = int(g.get("q_year") or g.get("yq_year") or g["qw_year"]), 3 * int(quarter) - 2
            self.start, self.end = date(year, first, 1), date(year + (first == 10), (first + 2) % 12 + 1, 1)
            return
        if half := g.get("h") or ((2 if g["hw"] in LAST else ORDINAL[g["hw"]]) if g.get("hw") else None):
            year = int(g.get("h_year") or g["hw_year"])
            self.start, self.end = (date(year, 1, 1), date(year, 7, 1)) if int(half) == 1 else (date(year, 7, 1), date(year + 1, 1, 1))
            return
        if g.get("dmo") or g.get("mdo"):  # a day of a month whose year the other end of the range says
            day, month = int(re.sub(r"\D", "", g.get("dmo") or g["mdo"])), MONTHS[(g.get("dmo_month") or g["mdo_month"]).rstrip(".")]
            self.open_year, self.start = True, date(2000, month, day)
            self.end = date.fromordinal(self.start.toordinal() + 1)
            return
        if g.get("edge"):  # the month's last day, or its first
            self.start = month_edge(g["edge"], g["edge_month"], g["edge_year"])
            self.end = date.fromordinal(self.start.toordinal() + 1)
            return
        if g.get("dm") or g.get("md"):
            day = int(re.sub(r"\D", "", g.get("dm") or g["md"]))
            month = MONTHS[(g.get("dm_month") or g["md_month"]).rstrip(".")]
            self.start = date(int(g.get("dm_year") or g["md_year"]), month, day)
            self.end = date.fromordinal(self.start.toordinal() + 1)
            return
        month = MONTHS[g["month"].rstrip(".")]
        self.open_year = not g.get("year")
        self.start = date(int(g.get("year") or 2000), month, 1)
        self.end = date(self.start.year + (month == 12), month % 12 + 1, 1)

    def in_year(self, year: int) -> None:
        self.start, self.end = self.start.replace(year=year), self.end.replace(year=year + (self.end.month == 1))


# two days of one month said once: 'from 1 to 14 March 2026', 'between the 3rd and the 9th of May 2025', 'March 1-14, 2026'
DAYS_OF_ONE_MONTH = re.compile(
    rf"\b(?:(?:from|between)\s+(?:the\s+)?)?(?P<d1>{DAY})\s*{END_OF_RANGE}\s*(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y>\d{{4}})(?![\w-])"
    rf"|\b(?P<m2>{MONTH})\s+(?P<e1>{DAY})\s*(?:-|to|through|until)\s*(?P<e2>{DAY}),?\s+(?P<ey>\d{{4}})(?![\w-])"
)
# months said together with one year: 'October and November 2025', 'Jan, Feb and Mar 2024'
COORDINATED_MONTHS = re.compile(rf"\b(?P<months>{MONTH}(?:\s*,\s*{MONTH})*\s*,?\s+(?:and|&)\s+{MONTH}),?\s+(?:of\s+)?(?P<year>\d{{4}})(?![\w-])")


def _named(pattern: str, prefix: str) -> str:
    return re.sub(r"\(\?P<", f"(?P<{prefix}", pattern)


# 'since the start of 2026', 'until the end of June 2025', 'before the beginning of Q3 2024': a bound at one edge of a period
EDGE = re.compile(
    rf"\b(?:(?P<from>{FROM}|{AFTER})|{BEFORE}|{UP_TO}|through|thru)\s+the\s+(?P<edge>start|beginning|end|close)\s+of\s+(?:the\s+)?"
    rf"(?:year\s+)?(?:(?P<yr>(?:19|20)\d{{2}})(?![\w-])|(?:{_named(POINT, 'e_')})(?![\w-]))"
)


# a season named with its year ('the summer of 2025', 'winter 2024'): the words that say which year a range of months is in
SEASON_OF_YEAR = re.compile(r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b")


def _one_year_said(text: str) -> tuple[int, tuple[int, int]] | None:
    """The one year a request says, with the words to blank ('the summer of 2025' whole, so no season is left to read),
    where it says exactly one."""
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", text))
    if len(years) != 1:
        return None
    said = SEASON_OF_YEAR.search(text) or re.search(r"\b(?:in|of|during|for)\s+(?:19|20)\d{2}\b", text) or re.search(r"\b(?:19|20)\d{2}\b", text)
    return int(years.pop()), said.span()


def _edges_of_periods(p: Parse) -> list[tuple[str, date]]:
    """The bounds said at an edge of a period ('since the start of 2026': from 2026-01-01 on; 'up to the end of June 2025':
    before 2025-07-01), blanked once read. A bound after the start of a period keeps that day; one up to its end keeps all of it."""
    found = []
    for match in list(EDGE.finditer(p.text)):
        if bound := edge_bound(match):
            found.append(bound)
            blank(p, match.start(), match.end())
    return found


def edge_bound(match: re.Match) -> tuple[str, date] | None:
    """The bound an `EDGE` match says (op, day); None where the period's year is not said ('since the start of June')."""
    if match["yr"]:
        start, end = date(int(match["yr"]), 1, 1), date(int(match["yr"]) + 1, 1, 1)
    else:
        period = _Period(match, "e_")
        if period.open_year:
            return None
        start, end = period.start, period.end
    return (">=" if match["from"] else "<", start if match["edge"] in ("start", "beginning") else end)


# 'as of the end of November 2026', 'as at 30 June': the moment a state is asked at, no bound on any date of the rows
AS_OF = re.compile(rf"\bas\s+(?:of|at)\s+(?:the\s+)?(?:(?:start|beginning|end|close)\s+of\s+(?:the\s+)?)?(?:{_named(POINT, 'o_')})(?![\w-])")


def read_dates(p: Parse, column: str | None) -> None:
    """Append the date conditions the request states on `column` and blank what was read, so the
    year reading does not read the same words again. A moment a state is asked at is left unread:
    no reader here knows the state then (the request's coverage names it)."""
    for match in list(AS_OF.finditer(p.text)):
        blank(p, match.start(), match.end())
    if column is None or not column_type(p, column).startswith(("date", "timestamp")):
        return
    found: list[tuple[str, date]] = _edges_of_periods(p)
    ranged = re.compile(
        rf"\b(?:(?P<opened>between|from)\s+(?:the\s+)?)?(?:{_named(RANGE_POINT, 'a_')})\s+{END_OF_RANGE}\s+(?:the\s+)?(?:{_named(RANGE_POINT, 'b_')})(?![\w-])"
    )
    for match in list(ranged.finditer(p.text)):
        if not match["opened"] and not re.fullmatch(r"through|thru|till|until|to", match["until"]):
            continue  # 'June through August 2025' is a range said without 'from'; 'June and August' two months
        low, high = _Period(match, "a_"), _Period(match, "b_")
        if low.open_year and high.open_year:
            if (year := _one_year_said(p.text)) is None:
                continue
            low.in_year(year[0])  # 'over the summer of 2025, June through August': the year said once for the request
            low.open_year = False
            blank(p, *year[1])
        if low.open_year:  # 'from December 20 to January 5, 2025': the December before
            low.in_year(high.start.year - ((low.start.month, low.start.day) > (high.start.month, high.start.day)))
        if high.open_year:
            high.in_year(low.start.year + (high.start.month < low.start.month))
        exclusive = re.search(r"not\s+including|before", match["until"])
        found += [(">=", low.start), ("<", high.start if exclusive else high.end)]
        blank(p, match.start(), match.end())
    for match in list(DAYS_OF_ONE_MONTH.finditer(p.text)):  # 'from 1 to 14 March 2026', 'March 1-14, 2026': days of one month
        month, year = MONTHS[(match["m1"] or match["m2"]).rstrip(".")], int(match["y"] or match["ey"])
        first, last = (int(re.sub(r"\D", "", match[g] or match[f"e{g[1]}"])) for g in ("d1", "d2"))
        if not first < last <= calendar.monthrange(year, month)[1]:
            continue
        exclusive = re.search(r"not\s+including|before", match["until"] or "")
        found += [(">=", date(year, month, first)), ("<", date.fromordinal(date(year, month, last).toordinal() + (0 if exclusive else 1)))]
        blank(p, match.start(), match.end())
    for match in list(COORDINATED_MONTHS.finditer(p.text)):  # 'in October and November 2025': the months in a row
        months = [MONTHS[m.rstrip(".")] for m in re.findall(MONTH, match["months"])]
        if months != list(range(months[0], months[0] + len(months))):
            continue  # 'March and May': two periods, which one range would not say (left unread)
        year = int(match["year"])
        last = date(year + (months[-1] == 12), months[-1] % 12 + 1, 1)
        found += [(">=", date(year, months[0], 1)), ("<", last)]
        blank(p, match.start(), match.end())
    single = re.compile(
        rf"\b(?:(?P<before>{BEFORE})|(?P<after>{AFTER})|(?P<since>{FROM})|(?P<upto>{UP_TO})|(?P<within>{WITHIN}))?\s*(?:the\s+)?(?:{POINT})(?:{AFTERWARDS})?(?![\w-])"
    )
    for match in list(single.finditer(p.text)):
        if not any(match[k] for k in ("iso", "dm", "md", "year", "q", "yq", "qw", "h", "hw")):
            continue  # a month without its year is a grain or a name ('each March'), not a date
        period = _Period(match)
        if match["before"]:
            found.append(("<", period.start))
        elif match["after"]:
            found.append((">=", period.end))
        elif (match["since"] and not (match["since"] == "from" and (period.end - period.start).days > 1)) or match["later"] or match["onward"]:
            found.append((">=", period.start))  # ('readings from October 2025', no end said: the readings of that month)
        elif match["upto"] or match["earlier"]:
            found.append(("<", period.end))
        else:
            found += [(">=", period.start), ("<", period.end)]
        blank(p, match.start(), match.end())
    p.intent.conditions += [Condition(column=column, op=op, value=day.isoformat()) for op, day in found]
