"""The pipeline said back in plain words, from the spec: a misreading shows without opening a file."""

from ai_etl.language.say_back import say_back, schedule_in_words
from ai_etl.spec import Pipeline


def test_each_part_of_the_spec_is_said_in_order():
    pipeline = Pipeline.model_validate(
        {
            "name": "gold_loans",
            "schedule": {"cron": "30 6 * * 5", "timezone": "Europe/Berlin"},
            "source": {"type": "postgres", "connector": "library", "table": "loans"},
            "target": {"type": "clickhouse", "connector": "warehouse", "table": "gold_loans", "database": "analytics"},
            "load": {"mode": "upsert", "key": ["genre"]},
            "transformations": [
                {"type": "join", "table": "members", "left_on": "member_id", "right_on": "id", "columns": [{"name": "tier"}]},
                {"type": "filter", "condition": "tier = 'gold'"},
                {"type": "aggregate", "group_by": [{"name": "month", "expr": "toStartOfMonth(loaned_on)"}], "measures": [{"name": "loans", "expr": "count()"}]},
            ],
        }
    )
    lines = say_back(pipeline).lines
    assert lines == [
        "reads table loans of PostgreSQL connector library",
        "joins members (inner) on member_id = members.id, taking tier",
        "keeps the rows where tier = 'gold'",
        "groups by toStartOfMonth(loaned_on) as month and computes loans = count()",
        "writes ClickHouse table analytics.gold_loans, upserted (the latest version of each key wins) (key genre)",
        "runs At 06:30, only on Friday (Europe/Berlin)",
    ]


def test_schedules_are_said_in_words():
    assert schedule_in_words(None) == "on demand (no schedule)"
    assert schedule_in_words("*/15 * * * *") == "Every 15 minutes (UTC)"
    assert schedule_in_words("0 2 1 * *") == "At 02:00, on day 1 of the month (UTC)"
