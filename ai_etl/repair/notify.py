"""Notifications of the repair loop: the run log always, a webhook when configured."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from typing import Literal

from pydantic import BaseModel

Event = Literal["failure", "alert", "proposal", "rejected", "applied", "limit"]


class Notification(BaseModel):
    event: Event
    project: str
    pipeline: str
    run_id: str
    summary: str
    proposal_ids: list[int] = []
    diff: str = ""


class Notifier:
    """Posts each notification as JSON to `webhook_url`; a receiver that is down is a warning."""

    def __init__(self, webhook_url: str | None, log: logging.Logger | None = None):
        self.webhook_url, self.log = webhook_url, log or logging.getLogger("ai_etl.repair")
        self.sent: list[Notification] = []

    def __call__(self, notification: Notification) -> None:
        self.sent.append(notification)
        self.log.info(f"[{notification.event}] {notification.pipeline}: {notification.summary}")
        if not self.webhook_url:
            return
        request = urllib.request.Request(
            self.webhook_url, data=json.dumps(notification.model_dump()).encode(), headers={"Content-Type": "application/json"}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=5):
                pass
        except (urllib.error.URLError, OSError) as err:
            self.log.warning(f"webhook {self.webhook_url} did not take the {notification.event} notification ({err})")
