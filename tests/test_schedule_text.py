"""Plain-language schedules -> cron (the Planner's first step, issue 4)."""

import pytest

from ai_etl.language.schedule_text import ScheduleTextError, parse_schedule


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("Load customer data from PostgreSQL to ClickHouse daily at 2 AM", "0 2 * * *"),
        ("Run every day at 2 AM.", "0 2 * * *"),
        ("every day at midnight", "0 0 * * *"),
        ("loaded hourly", "0 * * * *"),
        ("every 15 minutes", "*/15 * * * *"),
        ("every 6 hours", "0 */6 * * *"),
        ("weekly on Monday at 6 AM", "0 6 * * 1"),
        ("every Friday at 5 PM", "0 17 * * 5"),
        ("Monthly revenue per category, updated daily at 4 AM", "0 4 * * *"),
        ("Daily count of new users, refreshed every day at 1 AM", "0 1 * * *"),
        ("ежедневно в 2 часа ночи", "0 2 * * *"),
        ("каждые 30 минут", "*/30 * * * *"),
        ("в 14:30 каждый день", "30 14 * * *"),
        ("twice a day", "0 0,12 * * *"),
        ("I will run it manually", None),
        ("Count orders per status", None),
        # days said in the plural, in a list, or on their own with a time: the days of a weekly run
        ("copy the authors to the warehouse weekly on Sundays", "0 0 * * 0"),
        ("refresh the rooms table on Saturdays at 11 PM", "0 23 * * 6"),
        ("sync invoices every Tuesday and Thursday at 7:15", "15 7 * * 2,4"),
        ("on Wednesday at 6 load the trips", "0 6 * * 3"),
        ("по средам и пятницам в 8 утра", "0 8 * * 3,5"),
        ("How many visits were there on Sundays?", None),  # a question about rows, not a schedule
        ("every day at 6, count visits made on Sundays", "0 6 * * *"),
        # an adjective a word before the run it says how often ('an hourly incremental load')
        ("set up an hourly incremental load of the trips", "0 * * * *"),
        ("a nightly full copy of the rooms", "0 0 * * *"),
        ("the monthly revenue per region", None),
        # a day of the month
        ("On the 1st of every month at 03:00 recompute the totals", "0 3 1 * *"),
        ("copy the trips on the 15th of each month at 6", "0 6 15 * *"),
        ("every month on the 3rd at 7am", "0 7 3 * *"),
        ("Каждое 5-е число месяца в 06:00 пересчитывать", "0 6 5 * *"),
        ("5-го числа каждого месяца в 9:00", "0 9 5 * *"),
        # ranges of weekdays, weekday/weekend forms, parts of an hour, every N days, once a week/month
        ("refresh the shipments Tuesday through Thursday at 18:00", "0 18 * * 2-4"),
        ("sync the tickets Mon-Fri at 6:45", "45 6 * * 1-5"),
        ("from Monday to Saturday at 11 pm rebuild the totals", "0 23 * * 1-6"),
        ("run it Friday to Monday at 5", "0 5 * * 5,6,0,1"),
        ("each weekday at 8:05 copy the invoices", "5 8 * * 1-5"),
        ("every weekend at noon", "0 12 * * 0,6"),
        ("pull the readings every quarter of an hour", "*/15 * * * *"),
        ("every half hour", "*/30 * * * *"),
        ("twice an hour", "*/30 * * * *"),
        ("every other day at 4", "0 4 */2 * *"),
        ("every 3 days at 1 am", "0 1 */3 * *"),
        ("once a week on Thursdays at 9", "0 9 * * 4"),
        ("once a month, on the 12th at 02:30", "30 2 12 * *"),
        ("on the second day of each month at 7am", "0 7 2 * *"),
        ("every evening at 8 pm", "0 20 * * *"),
        ("one-off copy, no schedule", None),
        ("orders placed from Monday to Friday", None),  # no time, no 'every': which rows, not when
    ],
)
def test_schedule(text, cron):
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("load it daily at 25:00", "is not a time of day"),
        ("every 7 minutes", "does not divide the hour"),
        ("Load all historical data in real-time every month", "real-time and for a fixed schedule at once"),
        ("copy the trips on the 31st of every month", "is not in every month"),
        ("copy the trips every 20 days", "does not repeat evenly within a month"),
        ("rebuild it every morning", "does not say at what time"),
    ],
)
def test_impossible_schedules_are_refused(text, message):
    with pytest.raises(ScheduleTextError, match=message):
        parse_schedule(text)


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("hourly at a quarter past the hour", "15 * * * *"),
        ("every hour at 5 minutes past the hour", "5 * * * *"),
        ("every 3 hours at 20 minutes past", "20 */3 * * *"),
        ("sync it every other hour", "0 */2 * * *"),
        ("refreshed every hour at ten past", "10 * * * *"),
        ("hourly at five past, load the tours", "5 * * * *"),
        ("every hour at 10 past", "10 * * * *"),
        ("hourly at :30", "30 * * * *"),  # (was '0 * * * *': the minute dropped)
        ("every hour at minute 45", "45 * * * *"),
        ("every hour at 30 minutes past", "30 * * * *"),  # (was refused: 'at 30' read as a time of day)
        ("каждый час в 30 минут", "30 * * * *"),
    ],
)
def test_minutes_past_each_hour_and_every_other_hour(text, cron):
    """A minute said past the hour is the minute of every run (it was dropped, or read as 20:00)."""
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron", "said"),
    [("каждый день в 9 вечера", "0 21 * * *", "в 9 вечера"), ("ежедневно в 2 часа ночи", "0 2 * * *", "в 2 часа ночи"), ("каждый день в 7 утра", "0 7 * * *", "в 7 утра")],
)
def test_a_russian_time_of_day_is_read_whole(text, cron, said):
    """'в 9 вечера' is 21:00 with or without 'часов', and the words of the time are the time's (not a grouping by hour)."""
    parsed = parse_schedule(text)
    assert (parsed.cron, parsed.time_phrase) == (cron, said)


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("refresh the kiosks twice a day at 7am and 7pm", "0 7,19 * * *"),
        ("sync the gauges daily at 6am and 5pm", "0 6,17 * * *"),
        ("at 9, 13 and 18 on weekdays", "0 9,13,18 * * 1-5"),
        ("three times a day starting at 5", "0 5,13,21 * * *"),
        ("twice a day", "0 0,12 * * *"),
        ("the 10 stalls rated 5 and 3 stars, daily at 4", "0 4 * * *"),  # '3 stars' is no time
        ("кормления, начатые в 2024 году, каждый день в 5 утра", "0 5 * * *"),  # 'в 2024' is a year, not 20:00
        ("hives inspected at 2023 sites, nightly at 1", "0 1 * * *"),
        ("run it at 8 in the morning and again at 8 at night", "0 8,20 * * *"),  # (had run at 8 only)
        ("at 7 and at 11 at night", "0 7,23 * * *"),
    ],
)
def test_several_times_of_day_and_years_beside_times(text, cron):
    """Every time said is a run ('at 7am and 7pm' was 7 only, 'twice a day at 7am and 7pm' midnight and noon),
    and the digits of a year after 'at'/'в' are not an hour (they were 20:00)."""
    assert parse_schedule(text).cron == cron


def test_times_at_different_minutes_are_refused():
    with pytest.raises(ScheduleTextError, match="different minutes of the hour"):
        parse_schedule("every day at 6:00 and 18:30")


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("refresh the gauges twice a day - 6 in the morning and 6 in the evening", "0 6,18 * * *"),
        ("every day at 8 in the evening", "0 20 * * *"),  # was 8:00
        ("weekdays at 5:15 in the afternoon", "15 17 * * 1-5"),
        ("daily at 9 in the morning", "0 9 * * *"),
        ("classes that start before 9 in the morning", None),  # which rows, not when it runs
    ],
)
def test_the_part_of_the_day_says_which_half(text, cron):
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("update it twice a day, at noon and 6pm", "0 12,18 * * *"),
        ("daily at midnight and noon", "0 0,12 * * *"),
        ("at noon and at 6 pm on weekdays", "0 12,18 * * 1-5"),
        ("nightly at midnight", "0 0 * * *"),
    ],
)
def test_noon_and_midnight_are_times_among_others(text, cron):
    """'at noon and 6pm' ran at noon only."""
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every Sunday night at 11", "0 23 * * 0"),
        ("every evening at 7", "0 19 * * *"),
        ("Friday afternoon at 3", "0 15 * * 5"),
        ("every night at 2", "0 2 * * *"),
        ("Sunday nights at 9", "0 21 * * 0"),
        ("Saturday afternoons at 3", "0 15 * * 6"),
        ("Thursday mornings at 9", "0 9 * * 4"),
        ("nightly at 10", "0 22 * * *"),
        ("weeknights at 10", "0 22 * * 1-5"),
        ("every weeknight at 11", "0 23 * * 1-5"),
        ("at 9 at night", "0 21 * * *"),
        ("every night at 12", "0 0 * * *"),
    ],
)
def test_the_part_of_the_day_before_the_time_says_which_half(text, cron):
    """'Sunday night at 11' ran at 11 in the morning; before the twenty-ninth session so did 'Sunday nights at 9'
    (the blind ice rink set), 'nightly at 10' and 'weeknights at 10' (daily, at 10 in the morning)."""
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("Sync the open claims on the 1st and the 15th of every month at 6 in the morning", "0 6 1,15 * *"),  # was day 1 only
        ("Run it on the 1st and the 15th of each month at 5am", "0 5 1,15 * *"),  # was daily at 5
        ("every month on the 5th and 20th at 3am", "0 3 5,20 * *"),
        ("on the 1st, 10th and 20th of each month at 1am", "0 1 1,10,20 * *"),
        ("on the 15th of every month at 2am", "0 2 15 * *"),
    ],
)
def test_several_days_of_the_month(text, cron):
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron", "said"),
    [
        ("daily at ten past 2", "10 2 * * *", "at ten past 2"),
        ("daily at half past 7 in the morning", "30 7 * * *", "at half past 7 in the morning"),
        ("every day at a quarter to 8 pm", "45 19 * * *", "at a quarter to 8 pm"),
        ("weekdays at twenty past six in the evening", "20 18 * * 1-5", "at twenty past six in the evening"),
        ("at 10 past 14 daily", "10 14 * * *", "at 10 past 14"),
        ("every Monday at half seven in the morning", "30 7 * * 1", "at half seven in the morning"),
        ("every evening at half 9", "30 21 * * *", "at half 9"),
    ],
)
def test_a_time_said_past_or_to_an_hour(text, cron, said):
    """'ten past 2' ran at midnight and was refused as not understood; 'at 10 past 14' was 'at 10 past' each hour; 'at half
    seven' (British for half past) was 'at seven'."""
    parsed = parse_schedule(text)
    assert parsed.cron == cron and parsed.time_phrase == said


@pytest.mark.parametrize(
    ("text", "cron", "phrase"),
    [
        ("How many tests were analysed each week in Q3? Run it every Sunday at 23:00.", "0 23 * * 0", "every sunday"),
        ("Load the orders weekly on Sundays at 7", "0 7 * * 0", "weekly on sundays"),
        ("Sync the crew every week, on Mondays", "0 0 * * 1", "every week, on mondays"),
        ("I need a weekly job, Mondays at 06:00, that refreshes the crew table", "0 6 * * 1", "weekly"),  # one schedule
    ],
)
def test_the_days_said_are_the_schedule_and_a_week_said_apart_is_a_grain(text, cron, phrase):
    """'analysed each week ... every Sunday': the Sundays run it; 'each week' stays for the grouping (it was taken as
    the schedule's words, and the weekly counts became one total)."""
    parsed = parse_schedule(text)
    assert (parsed.cron, parsed.phrase) == (cron, phrase)


@pytest.mark.parametrize(
    ("text", "cron", "phrase"),
    [
        ("Copy every failed inspection into ClickHouse, once an hour", "0 * * * *", "once an hour"),
        ("load the rooms once a day at 5", "0 5 * * *", "once a day"),
        ("sync it once a night at 2am", "0 2 * * *", "once a night"),
        ("refresh the totals once a month", "0 0 1 * *", "once a month"),
        ("Sync our members every hour on the hour", "0 * * * *", "every hour on the hour"),
    ],
)
def test_once_a_period_is_a_schedule_not_a_one_off_run(text, cron, phrase):
    """Before: 'once' read the request as on demand, whatever period followed ('once an hour' had no schedule)."""
    parsed = parse_schedule(text)
    assert (parsed.cron, parsed.phrase) == (cron, phrase)


def test_once_alone_is_still_on_demand():
    assert parse_schedule("Load the rooms once").cron is None


@pytest.mark.parametrize(
    ("text", "cron", "phrase"),
    [
        ("Сколько новых животных мы зарегистрировали за каждый месяц 2025 года? Обновляй каждый день в 23:30", "30 23 * * *", "каждый день"),
        ("How many pets did we register for every month of 2025? Refresh every day at 23:30", "30 23 * * *", "every day"),
        ("Revenue for each month, every Monday at 6", "0 6 * * 1", "every monday"),
        ("on the 15th of every month at 5", "0 5 15 * *", "on the 15th of every month"),
    ],
)
def test_a_period_said_for_the_rows_is_no_schedule_beside_another(text, cron, phrase):
    """Before: 'за каждый месяц' (for each month: a grouping) became a monthly schedule beside 'каждый день'."""
    parsed = parse_schedule(text)
    assert (parsed.cron, parsed.phrase) == (cron, phrase)


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # a 24-hour time said beside the recurrence, without 'at'
        ("daily 05:00 - active members who joined before 2024", "0 5 * * *"),
        ("Fault reports per model and year, refresh Mondays 06:30", "30 6 * * 1"),
        ("weekdays, 18:15 load the orders", "15 18 * * 1-5"),
        ("orders created between 09:00 and 17:00, daily at 6", "0 6 * * *"),
        # half past / a quarter to midnight and noon
        ("rebuild it on the 1st of the month at half past midnight", "30 0 1 * *"),
        ("daily at a quarter to midnight", "45 23 * * *"),
        ("at half past noon every day", "30 12 * * *"),
        # a time said before a colon, or with a dot between hours and minutes and no 'at'
        ("Every morning at quarter to six: the visits done in 2026", "45 5 * * *"),
        ("sundays 6.15pm: the bookings we made in 2025", "15 18 * * 0"),
        # Russian day ranges (the first day in the genitive) and weekdays; before, only the last day was read ('0 8 * * 5')
        ("с понедельника по пятницу в 8 утра загружай заказы", "0 8 * * 1-5"),
        ("со вторника по субботу в 8 утра загружай ремонты", "0 8 * * 2-6"),
        ("с пятницы по понедельник в 6 вечера", "0 18 * * 5,6,0,1"),
        ("по будням в 7 утра загружай заказы", "0 7 * * 1-5"),
        ("по выходным в 10 утра загружай брони", "0 10 * * 0,6"),
        # a range of days that says which rows, where the run is said daily elsewhere; never when it narrows the recurrence
        ("orders from Monday to Friday of last week, every day at 7am", "0 7 * * *"),
        ("заказы с понедельника по пятницу прошлой недели, каждый день в 7 утра", "0 7 * * *"),
        ("every day, Monday to Friday, at 7am", "0 7 * * 1-5"),
        # days of the month said without 'of every month', where the run is said beside them
        ("Refresh at 5 in the morning on the 1st and the 15th: every stores issue", "0 5 1,15 * *"),
        ("refresh on the 3rd at 6am", "0 6 3 * *"),
        ("orders placed on the 3rd of March, refresh daily at 2", "0 2 * * *"),
        ("orders placed on the 3rd, refresh daily at 2", "0 2 * * *"),
        # a frequent run kept within hours and days
        ("load them every hour on the hour from 6am through 6pm, Mon-Fri", "0 6-18 * * 1-5"),
        ("every 15 minutes between 8am and 6pm on weekdays", "*/15 8-18 * * 1-5"),
        ("hourly from 9 to 17", "0 9-17 * * *"),
        ("Load trips every half hour, weekends", "*/30 * * * 0,6"),
        # on demand, said as 'when needed'
        ("No schedule, I'll trigger it when needed.", None),
        ("load orders, we will run it as needed", None),
    ],
)
def test_times_beside_recurrences_windows_and_days_of_the_month(text, cron):
    assert parse_schedule(text).cron == cron


@pytest.mark.parametrize(
    ("text", "cron", "said"),
    [
        ("Bring over our members every Monday at six in the morning.", "0 6 * * 1", "at six in the morning"),
        ("load the bookings every day at seven in the evening", "0 19 * * *", "at seven in the evening"),
        ("sync the orders daily at eleven at night", "0 23 * * *", "at eleven at night"),
        ("Load the unpaid fees on weekday mornings at half past eight.", "30 8 * * 1-5", "at half past eight"),
    ],
)
def test_an_hour_said_in_words(text, cron, said):
    """'at six in the morning' is 06:00 (it ran at midnight); 'on weekday mornings' is Monday to Friday (it ran daily)."""
    parsed = parse_schedule(text)
    assert (parsed.cron, parsed.time_phrase) == (cron, said)


def test_six_of_something_is_no_hour():
    assert parse_schedule("load six tables at six locations daily").cron == "0 0 * * *"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # a run once a year on a day of the year, or once a quarter; before, the day was dropped ('every year on 1 January
        # at midnight' ran daily) or the request refused
        ("Bring in the safety checks once a year, 1st of January at midnight", "0 0 1 1 *"),
        ("every year on 1 January at midnight", "0 0 1 1 *"),
        ("annually on 5 Mar at 7am", "0 7 5 3 *"),
        ("yearly on September 30th at 6 pm", "0 18 30 9 *"),
        ("on the 1st of April every year at 2am", "0 2 1 4 *"),
        ("refresh annually", "0 0 1 1 *"),
        ("Pull in the oak we bought during 2025. 1st of each month at 5am please.", "0 5 1 * *"),  # (before: daily at 5)
        ("every quarter on the 2nd at 6am", "0 6 2 1,4,7,10 *"),
        ("a quarterly refresh of the accounts", "0 0 1 1,4,7,10 *"),
        ("Load the orders placed since 1 March 2026, every year at 5", "0 5 1 1 *"),  # a date, no day of the year
        # how often something happens, or a grain: no run
        ("how much do we spend on fuel every year", None),
        ("yearly totals per shop", None),
        ("total sales for each year, refresh daily at 2", "0 2 * * *"),
    ],
)
def test_yearly_and_quarterly_runs(text, cron):
    assert parse_schedule(text).cron == cron


def test_a_day_not_in_every_year_is_refused():
    with pytest.raises(ScheduleTextError, match="February"):
        parse_schedule("load it every year on 29 February")
