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
    ],
)
def test_impossible_schedules_are_refused(text, message):
    with pytest.raises(ScheduleTextError, match=message):
        parse_schedule(text)
