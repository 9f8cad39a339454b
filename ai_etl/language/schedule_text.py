"""Plain-language schedules (English and Russian) -> a 5-field cron, or None for on demand.

"daily at 2 AM" -> "0 2 * * *"; "every 15 minutes" -> "*/15 * * * *"; "weekly on Monday at 6 AM"
-> "0 6 * * 1"; "ежедневно в 2 часа ночи" -> "0 2 * * *"; "I will run it manually" -> None.
An impossible time ("at 25:00") or a contradiction ("real-time every month") is an error.
"""

from __future__ import annotations

import calendar
import re

from pydantic import BaseModel

from ai_etl.errors import UserError


class ScheduleTextError(UserError):
    pass


class ParsedSchedule(BaseModel):
    cron: str | None
    phrase: str = ""  # the words it came from, for the summary
    every: str | None = None  # a replication's cadence ('30s', '5m'): the rows follow their source, no cron
    time_phrase: str = ""  # 'at 10 pm': said apart from the recurrence ('every Sunday at 10 pm')


WEEKDAYS = {
    "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "воскресенье": 0, "понедельник": 1, "вторник": 2, "среду": 3, "среда": 3, "четверг": 4, "пятницу": 5,
    "пятница": 5, "субботу": 6, "суббота": 6, "воскресеньям": 0, "понедельникам": 1, "вторникам": 2, "средам": 3,
    "четвергам": 4, "пятницам": 5, "субботам": 6,
}  # fmt: skip
DAY = r"(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
# a recurrence said by its days: 'every Sunday'; 'on Mondays at 7', 'по понедельникам в 9' (with a time: a question
# about 'page views on Sundays' filters its rows)
DAYS = rf"{DAY}s?(?:\s*(?:,|and|or|и)\s*{DAY}s?)*\b"  # 'Monday', 'Mondays and Thursdays'
EVERY_DAY = re.compile(rf"\b(?:every|each|кажд\w+)\s+{DAYS}")
ON_DAYS = re.compile(rf"\b(?:on\s+|по\s+)?{DAYS}")
ENGLISH_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = ENGLISH_NUMBERS | {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
}  # fmt: skip
ON_DEMAND = re.compile(
    r"\b(on[- ]demand|manual(ly)?|by hand|ad[- ]hoc|one[- ]off|once(?!\s+(?:a|an|per|every|each)\s+(?:hour|day|night|week|month)\b)|myself|ourselves|вручную|по запросу|разово)\b", re.I
)
# an on-demand pipeline said in so many words ('one-off load, no schedule'): consumed, a pipeline with no cron
_MYSELF = r"(?:i|we)(?:'ll|\s+will|'d|\s+would|\s+can|\s+shall)?\s+(?:kick|trigger|start|run|launch|fire)\s+(?:it|this|them|the\s+\w+)\s+(?:off\s+)?(?:(?:myself|ourselves|by\s+hand|manually)(?:\s+when(?:ever)?\s+(?:i|we)\s+need\s+(?:it|them|to))?|when(?:ever)?\s+(?:i|we)\s+need\s+(?:it|them|to)|when(?:ever)?\s+(?:needed|required|necessary)|as\s+(?:needed|required))"
SAID_ON_DEMAND = re.compile(rf"\b(on[- ]demand|one[- ]off|ad[- ]hoc|no\s+schedule|unscheduled|not\s+scheduled|(?:do\s+not|don't|never)\s+schedule(?:\s+(?:it|this|them|that))?|run\s+manually|{_MYSELF}|разово|вручную|по\s+запросу)\b", re.I)
SHORT_DAYS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 0}
_DAY_NAME = "|".join(sorted([*WEEKDAYS, *SHORT_DAYS], key=len, reverse=True))
# the days a Russian range starts from, in the genitive: 'с понедельника по пятницу', 'со вторника до субботы'
RUSSIAN_FIRST_DAYS = {"воскресенья": 0, "понедельника": 1, "вторника": 2, "среды": 3, "четверга": 4, "пятницы": 5, "субботы": 6}
_RUSSIAN_RANGE = rf"(?:с|со)\s+(?P<ru_first>{'|'.join(RUSSIAN_FIRST_DAYS)})\s+(?:по|до)\s+(?P<ru_last>{'|'.join(sorted({*WEEKDAYS, *RUSSIAN_FIRST_DAYS}, key=len, reverse=True))})"
# 'Monday through Friday', 'Mon-Fri', 'from Monday to Friday', 'с понедельника по пятницу'
DAY_RANGE = re.compile(
    rf"\b(?:(?:from\s+)?(?P<first>{_DAY_NAME})s?\.?\s*(?:-|–|through|thru|to|till|until)\s*(?P<last>{_DAY_NAME})s?\b|{_RUSSIAN_RANGE}(?!\w))"
)
RANGE_DAYS = {**WEEKDAYS, **RUSSIAN_FIRST_DAYS, **SHORT_DAYS}  # a range's first or last day, as any form says it
REAL_TIME = re.compile(r"\b(real[- ]?time|streaming|continuous(ly)?|в реальном времени)\b", re.I)
# Wording of change data capture: the table kept as its source is, from its changes.
REPLICATION = re.compile(
    r"\b(cdc|change[- ]data[- ]capture|logical replication|continuous(?:ly)?|in (?:near[- ])?real[- ]time|real[- ]time"
    r"|as (?:it|they) changes?|keep\w* (?:\w+ ){0,5}?in sync|непрерывно|в реальном времени)\b",
    re.I,
)


NUMBER = "|".join([r"\d+", *sorted(NUMBER_WORDS, key=len, reverse=True)])  # a count as a request says it: '3', 'three', 'три'


def number_value(token: str) -> int:
    """The value of a token `NUMBER` matched."""
    return int(token) if token.isdigit() else NUMBER_WORDS[token.lower()]


_NUM = rf"({NUMBER})"


_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?(?!\d|\.\d)\s*(a\.?m\.?|p\.?m\.?)?"  # '8', '8am', '18:30', '6.30am', never the '20' of '2025'
# a further time said after the first: 'at 8am and 8pm', 'at 9, 13 and 17'
_ANOTHER_CLOCK = re.compile(
    rf"\s*(?:,|and|&|и)\s*(?:(?:again|also|then)\s+)?(?:at\s+|в\s+)?{_CLOCK}"
    r"(?=\s*(?:$|[,.;)]|and\b|&|a\.?m|p\.?m|o'?clock|utc\b|in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night\b|час|утра|дня|вечера|ночи|every\b|each\b|daily\b|nightly\b|on\b|в\b|по\b))"
)
# '7 in the evening', '5 o'clock in the afternoon': the part of the day says which half
_PART_OF_DAY = re.compile(r"\s*(?:o'?clock\s+)?(?:in\s+the|at)\s+(morning|afternoon|evening|night)\b")
# 'Sunday night at 11', 'weeknights at 10', 'nightly at 9', 'every evening at 7', 'Friday afternoons at 3'
_PART_OF_DAY_BEFORE = re.compile(r"\b(morning|afternoon|evening|nightly|night|weeknight)s?\s*,?\s*(?:at|@)\s*$")


def _clock_time(hour: int, minute: int, meridiem: str, rest: str, said: str, before: str = "") -> tuple[int, int]:
    """A clock reading in 24-hour form: 8pm -> 20, 12am -> 0, 'в 9 вечера' -> 21."""
    meridiem = (meridiem or "").replace(".", "")
    if hour > 12 and meridiem:
        raise ScheduleTextError(f"'{said}' is not a time of day; use 0-23 hours (or 1-12 with AM/PM) and 0-59 minutes.")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif not meridiem and re.match(r"\s*(?:час\w*\s+)?(дня|вечера)", rest) and hour < 12:
        hour += 12
    elif not meridiem and (part := _PART_OF_DAY.match(rest) or _PART_OF_DAY_BEFORE.search(before)):
        late = part[1].startswith(("night", "weeknight"))  # 'Sunday nights at 9', 'nightly at 11', '9 at night', 'Friday afternoons at 3'
        if late and hour == 12:
            hour = 0  # 'every night at 12': midnight
        elif part[1] != "morning" and (1 if part[1] == "afternoon" else 5) <= hour < 12:
            hour += 12  # ('12 in the afternoon' is noon; '2 at night' stays 2)
    if hour > 23 or minute > 59:
        raise ScheduleTextError(f"'{said}' is not a time of day; use 0-23 hours (or 1-12 with AM/PM) and 0-59 minutes.")
    return hour, minute


_HOUR_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_CLOCK_SAID = re.compile(
    r"\b(?:a\s+)?(?P<m>quarter|half|twenty[\s-]five|twenty|ten|five|\d{1,2})(?:\s+(?:minutes?|mins?))?\s+(?P<dir>past|after|to)\s+"
    rf"(?P<h>\d{{1,2}}|{'|'.join(_HOUR_WORDS)}|midnight|noon)\b(?![:.]\d)"  # ('at quarter to six: the trips ...')
)


# 'at six in the morning', 'at seven o'clock', 'at eleven at night': an hour in words, said as a time of day
_HOUR_SAID = re.compile(
    rf"\b(at|@)\s+({'|'.join(_HOUR_WORDS)})\b(?=\s*(?:o'?clock|in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|a\.?m\b|p\.?m\b|$|[,.;!?]))"
)


# 'at half seven': British for half past seven
_HALF_HOUR_SAID = re.compile(rf"\b(?P<at>at\s+)half\s+(?P<h>\d{{1,2}}|{'|'.join(_HOUR_WORDS)})\b(?![:.]\d)")


def _clock_said(said: re.Match) -> str:
    """'ten past 2' -> '2:10', 'a quarter to 8' -> '7:45', right-aligned in the words' length (spans stay where they were)."""
    minutes = {"quarter": 15, "half": 30, "twenty": 20, "ten": 10, "five": 5}.get(said["m"]) or (25 if said["m"].startswith("twenty") else int(said["m"]))
    hour = _HOUR_WORDS.get(said["h"]) or {"midnight": 0, "noon": 12}.get(said["h"])
    hour = int(said["h"]) if hour is None else hour
    if minutes >= 60 or hour > 24 or (said["dir"] == "to" and said["m"] == "half"):
        return said[0]
    if said["dir"] == "to":
        hour, minutes = ((hour - 1) % 12 or 12) if hour else 23, 60 - minutes  # (a quarter to midnight: 23:45)
    return f"{hour}:{minutes:02d}".rjust(len(said[0]))


# '05:00' said beside the recurrence, without 'at': 'daily 05:00', 'refresh Mondays 06:30', 'weekdays, 18:15'
_BESIDE_A_RECURRENCE = re.compile(rf"\b(?:daily|nightly|weekly|monthly|weekdays|weekends|{DAY}s)\s*[,-]?\s*(?=\d{{1,2}}:\d{{2}}(?![\d:]))")


def _clock_beside_a_recurrence(lowered: str) -> re.Match | None:
    """The clock time of `_BESIDE_A_RECURRENCE`, matched as `_CLOCK` (its groups: hour, minute, meridiem)."""
    said = _BESIDE_A_RECURRENCE.search(lowered)
    return re.compile(_CLOCK).match(lowered, said.end()) if said else None


def _times_of_day(text: str) -> tuple[list[tuple[int, int]], str]:
    """'at 2 AM', 'at 14:30', 'at midnight', 'at 8am and 8pm', 'в 2 часа ночи': every (hour, minute) said
    and the words; none when no time of day is said."""
    lowered = _CLOCK_SAID.sub(_clock_said, text.lower())  # 'ten past 2', 'half past midnight' as '2:10', '0:30' (same length)
    lowered = _HALF_HOUR_SAID.sub(lambda m: m["at"] + f"{_HOUR_WORDS.get(m['h']) or int(m['h'])}:30".rjust(len(m[0]) - len(m["at"])), lowered)
    lowered = _HOUR_SAID.sub(lambda m: m[0][: m.start(2) - m.start()] + str(_HOUR_WORDS[m[2]]).rjust(len(m[2])), lowered)  # 'at six in the
    # morning' as 'at   6 in the morning'
    lowered = re.sub(r"\bmidnight\b", "12:00 am", re.sub(r"\bnoon\b", "12pm", lowered))  # 'at noon and 6pm': clock times like the others
    lowered = MINUTE_OF_THE_HOUR.sub(lambda m: " " * len(m[0]), lowered)  # ('every hour at 30 minutes past': no time of day)
    if said := re.search(r"\b(?:в\s+)?полночь\b", lowered):
        return [(0, 0)], said[0]
    if said := re.search(r"\bполдень\b", lowered):
        return [(12, 0)], said[0]
    match = next((m for m in re.finditer(rf"\b(?:at|@|в)\s*{_CLOCK}", lowered) if not _a_quantity_follows(lowered, m) and not _a_day_of_a_month(lowered, m)), None)
    match = match or _clock_beside_a_recurrence(lowered)
    if match is None:
        match = re.search(r"(?<![\d.:])\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)\b", lowered)  # ('mondays 5.30am')
    if match is None:  # '7 in the morning and 7 in the evening' ('offerings that start before 9 in the morning' is no run time)
        match = next((m for m in re.finditer(r"\b(\d{1,2})(?::(\d{2}))?()(?=\s*(?:o'?clock\s+)?in\s+the\s+(?:morning|afternoon|evening|night)\b)", lowered)
                      if not re.search(r"\b(?:before|after|until|till|since|by|from|between|than|past|to|starts?|ends?|opens?|closes?)\s*$", lowered[: m.start()])), None)  # fmt: skip
    if match is None:
        return [], ""
    times, first = [], match.start()
    end = first
    while match:
        rest = lowered[match.end() : match.end() + 20]
        tail = (_PART_OF_DAY.match(rest) or re.match(r"\s*(?:час\w*)?(?:\s*(?:ночи|утра|дня|вечера))?", rest) or [""])[0]  # 'в 2 часа ночи'
        times.append(_clock_time(int(match[1]), int(match[2] or 0), match[3], rest, match[0].strip(), lowered[max(0, match.start() - 20) : match.start() + 3]))
        end = match.end() + len(tail)
        match = _ANOTHER_CLOCK.match(lowered, end)
    return times, text[first:end].strip()


def _a_day_of_a_month(lowered: str, clock: re.Match) -> bool:
    """'as at 30 November 2026', 'at 1st of June': a day of a month, no clock time."""
    return not clock[2] and not clock[3] and bool(re.match(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTH_NAMES})\b", lowered[clock.end() :]))


def _a_quantity_follows(lowered: str, clock: re.Match) -> bool:
    """'came in at 6% ABV', 'kept at 4.5 degrees', 'sold at 3 kg': a number in a unit (not a time unit), no clock time."""
    from ai_etl.language.units import OTHER_SCALES, UNITS

    if clock[3]:
        return False  # '6pm'
    unit = re.match(r"\s*(%|per\s*cent|[a-zа-я°]*)", lowered[clock.end() :])[1]  # ('6.5%' is never a clock: `_CLOCK`)
    return unit.startswith(("%", "per")) or unit in OTHER_SCALES or UNITS.get(unit, ("time",))[0] != "time"


def _time_of_day(text: str) -> tuple[list[int], int, str] | None:
    """The hours and the one minute of the times said ('at 8am and 8pm' -> [8, 20], 0); None when none is said.
    Times at different minutes of the hour are not one cron: an error that says so."""
    times, said = _times_of_day(text)
    if not times:
        return None
    if len({minute for _, minute in times}) > 1:
        raise ScheduleTextError(f"'{said}' names times at different minutes of the hour, which one schedule cannot hold; make it two pipelines or use one minute.")
    return sorted({hour for hour, _ in times}), times[0][1], said


_LINKING_WORDS = {
    "at", "on", "in", "from", "to", "into", "and", "or", "by", "with", "utc", "please", "starting", "until",
    "в", "во", "по", "на", "с", "и", "к", "каждый", "каждую", "утром", "вечером", "ночью",
}  # fmt: skip


# 'an hourly sync', 'a nightly refresh': the adjective says how often the pipeline itself runs.
_RUN_NOUNS = {"sync", "syncs", "load", "loads", "refresh", "refreshes", "export", "exports", "import", "imports", "copy",
              "copies", "job", "jobs", "run", "runs", "update", "updates", "snapshot", "snapshots", "extract", "ingest",
              "replication", "backup", "backups", "pipeline", "batch", "pull", "push", "dump", "rebuild", "reload"}  # fmt: skip


def _drop_adjectives(lowered: str) -> str:
    """'monthly revenue', 'daily count' describe data, not a schedule: blank them out. 'An hourly
    incremental load', 'a nightly orders sync' name the run a word later: kept."""

    def blank(match: re.Match) -> str:
        follower, then = match[2], match[3]
        runs = follower in _LINKING_WORDS | _RUN_NOUNS or then in _RUN_NOUNS
        return match[0] if runs else " " * len(match[1]) + match[0][len(match[1]) :]

    adjective_ru = r"(?:ый|ая|ое|ые|ых|ую|ой|ого|ым|ыми)"
    return re.sub(
        rf"\b(daily|nightly|weekly|monthly|hourly|quarterly|yearly|ежедневн{adjective_ru}|ежемесячн{adjective_ru}|еженедельн{adjective_ru})\s+([a-zа-яё]+)(?:\s+([a-zа-яё]+))?",
        blank,
        lowered,
    )


def _replication_cadence(lowered: str) -> str:
    """How often a replication applies its changes: 'every 30 seconds', 'every 5 minutes', 'every hour';
    else each minute. Between 30 s and an hour (what a logical slot's micro-batches are for)."""
    match = re.search(rf"\bevery\s+(?:{_NUM}\s+)?(seconds?|secs?|minutes?|mins?|hours?)\b", lowered)
    if not match:
        return "1m"
    count = number_value(match[1]) if match[1] else 1
    seconds = count * {"s": 1, "m": 60, "h": 3600}[match[2][0]]
    if not 30 <= seconds <= 3600:
        raise ScheduleTextError(f"A replication applies its changes every 30 seconds to every hour, not every {count} {match[2]}; pick a cadence in that range.")
    return f"{seconds}s" if seconds < 60 else f"{seconds // 60}m" if seconds < 3600 else "1h"


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NTH = r"(\d{1,2}|" + "|".join(ORDINALS) + r")(?:st|nd|rd|th)?"
DAY_OF_MONTH = re.compile(
    rf"\bon\s+(?:the\s+)?(?:day\s+)?{_NTH}(?:\s+day)?\s+of\s+(?:every|each|the)\s+month\b"
    rf"|\b(?:every|each)\s+month\s+on\s+(?:the\s+)?(?:day\s+)?{_NTH}\b(?!\s*(?::|am|pm|h\b))"
    rf"|\b(?:the\s+)?{_NTH}\s+(?:day\s+)?of\s+(?:every|each)\s+month\b"  # '- first day of each month, 6am please', '1st of each month at 5am'
    rf"|(?:^|[,;:.!?]\s*|\s[-–—]\s*)(?:the\s+)?{_NTH}\s+(?:day\s+)?of\s+the\s+month\b(?=,?\s+(?:at|by|around)\s+\d)"  # 'First of the month at
    # 6am, load ...': said on its own with a time of day, when it runs (never 'orders from the first of the month')
    rf"|\b(?:monthly|once\s+(?:a|per)\s+month),?\s+on\s+(?:the\s+)?(?:day\s+)?{_NTH}\b(?!\s*(?::|am|pm|h\b))"
    r"|(?:\bкажд\w+\s+)?(\d{1,2})-?(?:е|го|ое|ого)?\s+числ\w*(?:\s+(?:каждого\s+)?месяц\w*)?"
)


_NTH_SAID = r"(?:\d{1,2}|" + "|".join(ORDINALS) + r")(?:st|nd|rd|th)?"
_NTH_LIST = rf"(?:the\s+)?{_NTH_SAID}(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?{_NTH_SAID})+"
# 'on the 1st and the 15th of every month', 'every month on the 1st and 15th': several days of the month
DAYS_OF_MONTH = re.compile(
    rf"\bon\s+(?:days\s+)?(?P<a>{_NTH_LIST})\s+(?:days?\s+)?of\s+(?:every|each|the)\s+month\b"
    rf"|\b(?:every|each)\s+month\s+on\s+(?:days\s+)?(?P<b>{_NTH_LIST})\b(?!\s*(?::|am|pm|h\b))"
)


# month names and their abbreviations, as a regex alternation ('january|...|jan|...|sept')
MONTH_NAMES = "|".join(sorted({m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m} | {"sept"}, key=len, reverse=True))
_DATED = r"\d{1,2}(?:st|nd|rd|th)"
# 'refresh at 5 on the 1st and the 15th': days of the month without 'of every month', where the run is said beside them
# (never 'on the 3rd of March', a date)
ON_DATED_DAYS = re.compile(
    rf"\bon\s+(?P<a>(?:the\s+)?{_DATED}(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?{_DATED})*)\b(?!\s+(?:of\s+)?(?:{MONTH_NAMES})\b|\s*[-/.]\s*\d)"
)
_RUN_SAID = re.compile(r"\b(?:refresh\w*|run\w*|load\w*|sync\w*|rebuild\w*|update\w*|recompute\w*|pull\w*|reload\w*|schedul\w*)\b")


MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}
PAST_THE_HOUR = re.compile(r"\bat\s+(?:a\s+)?(quarter|half|(\d{1,2}|twenty[\s-]five|five|ten|twenty)(?:\s+(?:minutes?|mins?))?)\s+past(?:\s+(?:the|each|every)\s+hour)?\b(?!\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b)")


# 'hourly at :30', 'every hour at minute 30', 'every hour at 30 minutes past', 'каждый час в 30 минут': the minute of each hour
MINUTE_OF_THE_HOUR = re.compile(
    r"\b(?:at|в)\s+(?:(?:the\s+)?minute\s+(\d{1,2})\b|:(\d{2})\b|(\d{1,2})\s+(?:minutes?|mins?|минут\w*)(?:\s+past(?:\s+(?:the|each|every)\s+hour)?)?(?!\s*(?:(?:past|after|to)\s+)?\d))"
)


def parse_schedule(text: str) -> ParsedSchedule:
    """The cron a request asks for; None (on demand) when it names no recurrence."""
    lowered = _drop_adjectives(text.lower())
    lowered = re.sub(r"\b(?:each|every|per)\s+days?\s+of\s+(?:the\s+)?week\b", lambda m: " " * len(m[0]), lowered)  # a grouping ('check-ins on each day of the week')
    time = _time_of_day(text)
    lowered = _without_grouped_periods(lowered, time is not None)
    hours, minute, said_time = time if time else ([0], 0, "")
    if times_a_day := re.search(rf"\b(twice|(?:{_NUM})\s+times)\s+(?:a|per|each|every)\s+day\b|\bдважды в день\b", lowered):
        return _times_a_day(times_a_day, hours, minute, said_time)
    hour = ",".join(map(str, hours))
    if past := PAST_THE_HOUR.search(lowered):  # 'hourly at a quarter past the hour': the minute of each hour
        minute, said_time = {"quarter": 15, "half": 30}.get(past[1]) or MINUTE_WORDS.get(past[2]) or int(past[2]), past[0]  # 'at ten past' 
    elif past := MINUTE_OF_THE_HOUR.search(lowered):
        minute, said_time = int(past[1] or past[2] or past[3]), past[0]
        if minute > 59:
            raise ScheduleTextError(f"'{said_time}' is not a minute of the hour; use 0-59.")
    parsed = _recurrence(text, lowered, time is not None or past is not None, hour, minute)
    if parsed.cron and said_time and said_time not in parsed.phrase.lower():
        parsed.time_phrase = said_time
    return parsed


# 'for each month', 'за каждый месяц', 'в каждом месяце': the periods rows are counted in, not when the pipeline runs
GROUPED_PERIOD = re.compile(
    r"\b(?:for|in|за|в|по)\s+(?:each|every|каждый|каждую|каждое|каждом|каждому)\s+(?:month|week|weekday|day|hour|quarter|year|месяц\w*|недел\w*|день|дне|дню|час\w*|год\w*|квартал\w*)\b"
)
RECURRENCE_SAID = re.compile(
    r"\b(?:daily|nightly|weekly|monthly|hourly|every\s+\w+|each\s+\w+|ежедневно|еженедельно|ежемесячно|ежечасно|каждый\s+\w+|каждую\s+\w+|каждое\s+\w+)\b"
)


def _without_grouped_periods(lowered: str, time_said: bool) -> str:
    """'pets registered for each month of 2025, refresh every day at 23:30': where another recurrence is said, a
    period said after 'for/in' ('за каждый месяц') is a grouping, blanked here so the schedule is the other one.
    Alone it is a grouping too unless a time of day says when it runs ('for each weekday, how many lessons ran'
    groups; 'for each day at 6' runs)."""
    grouped = list(GROUPED_PERIOD.finditer(lowered))
    if not grouped:
        return lowered
    others = [m for m in RECURRENCE_SAID.finditer(lowered) if not any(g.start() <= m.start() < g.end() for g in grouped)]
    of_a_year = [g for g in grouped if re.match(r"\s+(?:of\s+)?(?:19|20)\d{2}\b", lowered[g.end() :])]  # 'за каждый месяц 2025 года'
    if not others and time_said:
        grouped = of_a_year  # the months of a year are no schedule, whatever else is said
    if not grouped:
        return lowered
    for match in grouped:
        lowered = lowered[: match.start()] + " " * (match.end() - match.start()) + lowered[match.end() :]
    return lowered


def _times_a_day(said: re.Match, hours: list[int], minute: int, said_time: str) -> ParsedSchedule:
    """'twice a day' (at midnight and noon), 'twice a day at 8am and 8pm', 'three times a day starting at 6'
    (6, 14, 22): the times said, else evenly spread from the first."""
    count = 2 if said[1] in ("twice", None) else number_value(said[2])
    if not 2 <= count <= 24 or (len(hours) == 1 and 24 % count):
        raise ScheduleTextError(f"'{said[0]}' does not split the day evenly; say the times (e.g. 'at 8am and 8pm').")
    if len(hours) == 1:
        hours = sorted((hours[0] + i * 24 // count) % 24 for i in range(count))
    elif len(hours) != count:
        raise ScheduleTextError(f"'{said[0]}' and '{said_time}' do not agree on how many runs a day; say it once.")
    return ParsedSchedule(cron=f"{minute} {','.join(map(str, hours))} * * *", phrase=said[0], time_phrase=said_time)


_HOURS_WINDOW = re.compile(rf"\s*,?\s*(?:from|between)\s+{_CLOCK}\s*(?:-|–|to|through|thru|till|until|and)\s*{_CLOCK}")
_WEEKDAYS_SAID = re.compile(rf"\s*,?\s*(?:on\s+)?(?:(?P<range>{DAY_RANGE.pattern})|(?P<week>weekdays|weekends|working\s+days|business\s+days))")


def _within(lowered: str, end: int) -> tuple[str, str, int]:
    """The hours and days a frequent run is kept within, said right after it ('every hour on the hour from 6am
    through 6pm, Mon-Fri' -> '6-18', '1-5'): the cron's hour and weekday fields ('*' when unsaid) and where they end."""
    hours, days = "*", "*"
    if window := _HOURS_WINDOW.match(lowered, end):
        first = _clock_time(int(window[1]), int(window[2] or 0), window[3], "", window[0].strip())[0]
        last = _clock_time(int(window[4]), int(window[5] or 0), window[6], "", window[0].strip())[0]
        if first < last:
            hours, end = f"{first}-{last}", window.end()
    if said := _WEEKDAYS_SAID.match(lowered, end):
        if said["week"]:
            days = "0,6" if said["week"] == "weekends" else "1-5"
        else:
            days = _days_field(said)
        end = said.end()
    return hours, days, end


DAILY_SAID = re.compile(r"\b(?:daily|nightly|every\s+(?:day|night|morning|evening)|each\s+(?:day|night|morning)|ежедневно|каждый\s+день|каждую\s+ночь|каждое\s+утро)(?!\w)")


def _days_of_the_rows(lowered: str, days: re.Match) -> bool:
    """'orders from Monday to Friday of last week, every day at 7': the range says which rows, the run is daily; never
    'every day, Monday to Friday, at 7' (the range right after the recurrence narrows it)."""
    daily = DAILY_SAID.search(lowered)
    return bool(daily) and not 0 <= days.start() - daily.end() <= 3 and not re.search(r"\b(?:runs?|refresh\w*|sync\w*)\W+(?:\w+\W+){0,2}$", lowered[: days.start()])


def _days_field(said: re.Match) -> str:
    """The cron weekday field of a `DAY_RANGE` match: 'Mon-Fri' -> '1-5', 'Fri to Mon' -> '5,6,0,1'."""
    first, last = RANGE_DAYS[said["first"] or said["ru_first"]], RANGE_DAYS[said["last"] or said["ru_last"]]
    return f"{first}-{last}" if first <= last else ",".join(map(str, [*range(first, 7), *range(0, last + 1)]))


def _on_days_of_month(said: str, minute: int, hour: str, phrase: str) -> ParsedSchedule:
    """A run on the days of the month said ('the 1st and the 15th', 'first'): days 1-28, which every month has."""
    days = sorted({ORDINALS[d] if d in ORDINALS else int(d) for d in re.findall(_NTH, said)})
    if not all(1 <= d <= 28 for d in days):
        raise ScheduleTextError(f"Day {max(days)} is not in every month; pick days from 1 to 28.")
    return ParsedSchedule(cron=f"{minute} {hour} {','.join(map(str, days))} * *", phrase=phrase.strip())


YEARLY = re.compile(r"\b(yearly|annually|every\s+year|once\s+(?:a|per|every)\s+year|ежегодно|каждый\s+год|раз\s+в\s+год)\b")
QUARTERLY = re.compile(r"\b(quarterly|every\s+quarter|once\s+(?:a|per|every)\s+quarter|ежеквартально|каждый\s+квартал)\b")
# 'on the 1st of January', '1 Jan', 'January 1st': a day of the year (never '1 March 2026', a date)
DAY_OF_YEAR = re.compile(
    rf"(?:\bon\s+)?(?:the\s+)?\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_NAMES})\b(?!\s*,?\s*\d)"
    rf"|(?:\bon\s+)?\b(?P<m2>{MONTH_NAMES})\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?::|\.\d|am\b|pm\b|,?\s*\d))"
)
# 'on the 1st', 'on the first day': the day of each quarter's first month
DAY_OF_QUARTER = re.compile(rf"\bon\s+(?:the\s+)?(?:day\s+)?{_NTH}(?:\s+day)?(?:\s+of\s+(?:the|each|every)\s+quarter)?\b(?!\s*(?::|am|pm|h\b))")


def _yearly_or_quarterly(lowered: str, time: bool, hour: str, minute: int) -> ParsedSchedule | None:
    """'once a year, 1st of January at midnight' -> '0 0 1 1 *'; 'quarterly on the 2nd at 6' -> '0 6 2 1,4,7,10 *'. A bare
    'every year' or 'annually' is a run only with a day or a time said, or a run said ('refresh annually'); else it is
    how often something happens ('how much do we spend every year')."""
    for said, months in ((YEARLY.search(lowered), None), (QUARTERLY.search(lowered), "1,4,7,10")):
        if not said:
            continue
        dated = DAY_OF_YEAR.search(lowered) if months is None else DAY_OF_QUARTER.search(lowered)
        plain = said[1].startswith(("once", "раз", "yearly", "quarterly", "ежегодно", "ежеквартально"))
        if not (dated or time or plain or _RUN_SAID.search(lowered)):
            return None
        if months is None:
            month = list(calendar.month_abbr).index(((dated["m1"] or dated["m2"])[:3]).title()) if dated else 1
            day = int(dated["d1"] or dated["d2"]) if dated else 1
            if day > calendar.monthrange(2025, month)[1]:  # (29 February is in no year's every year)
                raise ScheduleTextError(f"Day {day} is not in {calendar.month_name[month]} every year; pick a day that is.")
            months = str(month)
        else:
            day = (ORDINALS.get(dated[1]) or int(dated[1])) if dated else 1
            if not 1 <= day <= 28:
                raise ScheduleTextError(f"Day {day} is not in every month of a quarter; pick a day from 1 to 28.")
        phrase = said[0]
        if dated and 0 <= dated.start() - said.end() <= 3:  # 'once a year, 1st of January': one phrase
            phrase = lowered[said.start() : dated.end()]
        elif dated and 0 <= said.start() - dated.end() <= 3:  # 'on the 1st of January every year'
            phrase = lowered[dated.start() : said.end()]
        return ParsedSchedule(cron=f"{minute} {hour} {day} {months} *", phrase=phrase.strip())
    return None


def _recurrence(text: str, lowered: str, time: bool, hour: str, minute: int) -> ParsedSchedule:
    """The recurrence said, at the time of day found (midnight when none)."""
    periodic = re.search(
        r"\b(daily|every day|each day|nightly|weekly|every week|monthly|every month|hourly|every hour|once (?:an?|per) (?:hour|day|week|month)|"
        r"ежедневно|каждый день|еженедельно|каждую неделю|ежемесячно|каждый месяц|ежечасно|каждый час)\b",
        lowered,
    )
    instant = re.search(r"\b(real[- ]?time|streaming|в реальном времени)\b", lowered)
    if instant and (periodic or re.search(r"\bevery\b(?!\s+(?:\w+\s+)?(?:seconds?|secs?|minutes?|mins?)\b)", lowered)):
        raise ScheduleTextError("The request asks for real-time and for a fixed schedule at once; say which one you want.")
    if said := REPLICATION.search(text):  # 'replicate orders continuously', '... with CDC every 5 minutes'
        if periodic or (time and not re.search(r"\bevery\b", lowered)):
            raise ScheduleTextError("The request asks for a continuous replication and for a fixed schedule at once; say which one you want.")
        return ParsedSchedule(cron=None, phrase=said[0].lower(), every=_replication_cadence(lowered))
    if REAL_TIME.search(text):
        raise ScheduleTextError("Streaming pipelines read a Kafka topic; name the topic, or ask for a schedule such as 'every 5 minutes'.")

    if match := re.search(rf"\bevery\s+{_NUM}\s+(minutes?|mins?)\b|\bкаждые\s+{_NUM}\s+минут\w*", lowered):
        step = number_value(match[1] or match[3])
        if not 1 <= step <= 59 or 60 % step:
            raise ScheduleTextError(f"Every {step} minutes does not divide the hour; use 1, 2, 3, 5, 10, 15, 20 or 30.")
        hours, days, end = _within(lowered, match.end())  # 'every 15 minutes between 8am and 6pm on weekdays'
        return ParsedSchedule(cron=f"*/{step} {hours} * * {days}" if step > 1 else f"* {hours} * * {days}", phrase=lowered[match.start() : end])
    if match := re.search(r"\bevery\s+(quarter|half)(?:\s+of)?\s+(?:an\s+)?hour\b|\b(twice|four\s+times)\s+(?:an|per|each|every)\s+hour\b", lowered):
        step = 15 if match[1] == "quarter" or (match[2] or "").startswith("four") else 30
        hours, days, end = _within(lowered, match.end())
        return ParsedSchedule(cron=f"*/{step} {hours} * * {days}", phrase=lowered[match.start() : end])
    if match := re.search(rf"\bevery\s+(?:other|second|{_NUM})\s+days\b|\bevery\s+other\s+day\b", lowered):
        step = number_value(match[1]) if match[1] else 2
        if not 2 <= step <= 15:
            raise ScheduleTextError(f"Every {step} days does not repeat evenly within a month; use 2 to 15 days, or a weekly schedule.")
        return ParsedSchedule(cron=f"{minute} {hour} */{step} * *", phrase=match[0])
    if match := re.search(rf"\bevery\s+{_NUM}\s+hours?\b|\bкаждые\s+{_NUM}\s+час\w*|\bevery\s+(other|second)\s+hour\b", lowered):
        step = 2 if match[3] else number_value(match[1] or match[2])
        if not 1 <= step <= 23 or 24 % step:
            raise ScheduleTextError(f"Every {step} hours does not divide the day; use 1, 2, 3, 4, 6, 8 or 12.")
        return ParsedSchedule(cron=f"{minute} */{step} * * *" if step > 1 else f"{minute} * * * *", phrase=match[0])
    if match := re.search(r"\b(hourly|every hour|each hour|once (?:an?|per|every) hour|ежечасно|каждый час)\b(?:,?\s+on\s+the\s+hour\b)?", lowered):
        hours, days, end = _within(lowered, match.end())  # 'every hour on the hour from 6am through 6pm, Mon-Fri'
        at = minute if time and hours == "*" else 0  # (the window's times are no minute of the hour)
        return ParsedSchedule(cron=f"{at} {hours} * * {days}", phrase=lowered[match.start() : end])
    if (match := DAY_RANGE.search(lowered)) and (time or re.search(r"\b(?:every|each|runs?|refresh\w*|load\w*|sync\w*)\W+(?:\w+\W+){0,2}$", lowered[: match.start()])) and not _days_of_the_rows(lowered, match):
        return ParsedSchedule(cron=f"{minute} {hour} * * {_days_field(match)}", phrase=match[0].strip())
    if match := re.search(
        r"\b(?:every|each)\s+(weekday|weeknight|business day|working day|work day|weekend day|weekend)\b|\bon\s+(weekdays|weeknights|weekends)\b|\b(weekdays|weeknights|weekends)(?:\s+at\b|(?=\s*[,-]?\s*\d{1,2}:\d{2}))"
        r"|\b(?:on\s+)?(weekday|weekend)\s+(?:mornings|afternoons|evenings|nights)\b"  # 'on weekday mornings at half past eight'
        r"|\bпо\s+(будням|будним\s+дням|рабочим\s+дням|выходным(?:\s+дням)?)(?!\w)",  # 'по будням в 7 утра'
        lowered,
    ):
        said = next(g for g in match.groups() if g)
        days = "0,6" if "weekend" in said or "выходн" in said else "1-5"  # 'every weekday at 7:30': Monday to Friday
        return ParsedSchedule(cron=f"{minute} {hour} * * {days}", phrase=re.sub(r"\s+at$", "", match[0]))
    if parsed := _yearly_or_quarterly(lowered, time, hour, minute):
        return parsed
    weekly = re.search(r"\b(weekly|every week|each week|once (?:a|per) week|еженедельно|каждую неделю)\b", lowered)
    said_days = None if periodic and not weekly else EVERY_DAY.search(lowered) or (ON_DAYS.search(lowered) if weekly or time else None)
    if weekly or said_days:
        days = sorted({WEEKDAYS[m[1]] for m in re.finditer(rf"\b{DAY}s?\b", said_days[0])}) if said_days else [1]
        grain = weekly and said_days and re.fullmatch(r"(?:each|every)\s+week", weekly[0])  # ('a weekly job, Mondays at 6': one schedule)
        phrase = (said_days if grain else weekly or said_days)[0]  # 'tests analysed each week ... run it every Sunday': the week is a grain
        if weekly and said_days and 0 <= said_days.start() - weekly.end() <= 4:  # 'weekly on Sundays': one phrase
            phrase = lowered[weekly.start() : said_days.end()]
        if said_days and phrase == said_days[0] and (part := re.match(r"\s+(?:mornings?|afternoons?|evenings?|nights?)\b", lowered[said_days.end() :])):
            phrase += part[0]  # 'Saturday mornings at 8': the run's time of day, never a 'delivery run (morning)'
        return ParsedSchedule(cron=f"{minute} {hour} * * {','.join(map(str, days))}", phrase=phrase.strip())
    if match := DAYS_OF_MONTH.search(lowered):  # 'on the 1st and the 15th of every month'
        return _on_days_of_month(match["a"] or match["b"], minute, hour, match[0])
    if match := DAY_OF_MONTH.search(lowered):  # 'on the 15th of every month', 'каждое 5-е число месяца'
        said = next(g for g in match.groups() if g)
        day = ORDINALS[said] if said in ORDINALS else int(said)
        if not 1 <= day <= 28:
            raise ScheduleTextError(f"Day {day} is not in every month; pick a day from 1 to 28.")
        return ParsedSchedule(cron=f"{minute} {hour} {day} * *", phrase=match[0].strip(" ,;:.!?-–—"))
    other_period = periodic and not re.search(r"month|месяц", periodic[0])  # ('orders placed on the 3rd, refresh daily': a filter)
    if (match := ON_DATED_DAYS.search(lowered)) and (time or _RUN_SAID.search(lowered)) and not other_period:  # 'refresh at 5 on the 1st and the 15th'
        return _on_days_of_month(match["a"], minute, hour, match[0])
    if match := re.search(r"\b(monthly|every month|once (?:a|per) month|ежемесячно|каждый месяц)\b", lowered):
        return ParsedSchedule(cron=f"{minute} {hour} 1 * *", phrase=match[0])
    if match := re.search(r"\b(?:every|each)\s+(?:morning|afternoon|evening)\b|\bкажд\w+\s+(?:утро|вечер)\b", lowered):
        if not time:
            raise ScheduleTextError(f"'{match[0]}' does not say at what time; add one, e.g. '{match[0]} at 7'.")
        return ParsedSchedule(cron=f"{minute} {hour} * * *", phrase=match[0])
    if match := re.search(r"\b(daily|every day|each day|nightly|every night|once (?:a|per|every) (?:day|night)|ежедневно|каждый день|каждую ночь)\b", lowered):
        return ParsedSchedule(cron=f"{minute} {hour} * * *", phrase=match[0])
    if time and not ON_DEMAND.search(text):
        return ParsedSchedule(cron=f"{minute} {hour} * * *", phrase="at a time of day")
    said = SAID_ON_DEMAND.search(lowered)
    return ParsedSchedule(cron=None, phrase=said[0] if said else "on demand")
