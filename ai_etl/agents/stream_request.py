"""A request to stream a Kafka topic ('Stream the page_views topic into ClickHouse every minute'): a
`type: stream` pipeline over the topic, loaded whole. A topic's columns are only known once its
messages arrive, so nothing narrower is written from words: a request that asks for more (a filter, a
grouping) is refused naming the words, and the transformation is asked for on the loaded table."""

from __future__ import annotations

import re

from ai_etl.agents.schema_analyst import Refusal
from ai_etl.connections import kafka_resource, project_warehouse
from ai_etl.language.coverage import FUNCTION_WORDS, PIPELINE_WORDS, SCHEDULE_WORDS
from ai_etl.language.request_text import snake
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import KafkaConnector, Pipeline

TOPIC = re.compile(r"[`'\"]?(?P<before>[a-z0-9][\w.-]*)[`'\"]?\s+(?:kafka\s+)?topic\b|\btopic\s+[`'\"]?(?P<after>[a-z0-9][\w.-]*)", re.I)
CADENCE = re.compile(r"\bevery\s+(?:(?P<n>\d+)\s+)?(?P<unit>seconds?|secs?|minutes?|mins?|hours?)\b", re.I)
STREAM_WORDS = {"stream", "streams", "streamed", "streaming", "kafka", "topic", "topics", "message", "messages", "event",
                "events", "consume", "consumed", "continuously", "micro", "batch", "batches", "arrive", "arrives"}  # fmt: skip


def stream_request(request: str, folder: ProjectFolder) -> Pipeline | None:
    """The stream pipeline a request names a topic for, in a project with a Kafka connector; None when the
    request names no topic (it is read as any other request)."""
    brokers = [name for name, c in folder.project.connectors.items() if isinstance(c, KafkaConnector)]
    said = TOPIC.search(request)
    if not brokers or not said:
        return None
    connector = next((n for n in brokers if re.search(rf"\b{re.escape(n)}\b", request, re.I)), None)
    if connector is None and len(brokers) > 1:
        raise Refusal(f"The request could read the topic from '{brokers[0]}' or '{brokers[1]}'; name the connector, e.g. 'from {brokers[0]}'.")
    connector = connector or brokers[0]
    topic = said["before"] or said["after"]
    kafka = kafka_resource(folder, folder.project.connectors[connector])
    topics = sorted(t for t in kafka.admin().list_topics(timeout=10).topics if not t.startswith("__"))
    if topic not in topics:
        raise Refusal(f"Connector '{connector}' has no topic '{topic}' (it has: {', '.join(topics) or 'none'}); create it or name one of those.")
    every = _every(request)
    leftover = _unplaced(request, {topic.lower(), connector.lower(), *folder.project.connectors})
    if leftover:
        raise Refusal(
            f"I could not place {', '.join(repr(w) for w in leftover)} in a stream of topic '{topic}', so nothing was written; "
            "a stream loads the topic's messages whole: ask for the transformation on its table once it is loaded."
        )
    warehouse, _ = project_warehouse(folder)
    name = _unique(snake(topic)[:50].strip("_"), folder)  # 'web.page-views' -> web_page_views, within 63 characters
    return Pipeline.model_validate({
        "name": name,
        "description": request.strip()[:500],
        "type": "stream",
        "source": {"type": "kafka", "connector": connector, "topic": topic, "name": name},
        "target": {"type": "clickhouse", "connector": warehouse, "table": name},
        "stream": {"every": every},
        "tags": {"generated_by": "ai-etl"},
    })  # fmt: skip


def _every(request: str) -> int:
    """Seconds between micro-batches: 'every minute', 'every 30 seconds'; a minute when not said."""
    match = CADENCE.search(request)
    if not match:
        return 60
    seconds = int(match["n"] or 1) * {"s": 1, "m": 60, "h": 3600}[match["unit"][0].lower()]
    if not 10 <= seconds <= 3600:
        raise Refusal(f"A stream reads its topic every 10 seconds to every hour, not every {match['n'] or 1} {match['unit']}; pick a cadence in that range.")
    return seconds


def _unplaced(request: str, names: set[str]) -> list[str]:
    words = re.findall(r"[a-z0-9_.-]+", request.lower())
    known = FUNCTION_WORDS | PIPELINE_WORDS | SCHEDULE_WORDS | STREAM_WORDS | names
    return [w for w in words if w not in known and not w.isdigit() and w.strip(".-") not in known]


def _unique(name: str, folder: ProjectFolder) -> str:
    taken, candidate, n = set(folder.pipelines), name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    return candidate
