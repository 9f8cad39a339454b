"""The built-in offline model, registered as the litellm custom provider `ai-etl/offline`.

Agents call it exactly as they call OpenAI or Ollama. It is deterministic: the system prompt
names a task (`task: <name>` on its first line) and the user message carries the task's JSON
input; a registered skill computes the JSON answer. Token counts are reported as a real model's
would be (whitespace tokens), so accounting works the same.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

SKILLS: dict[str, Callable[[dict], dict]] = {}


def skill(name: str):
    """Register a deterministic answer for prompts whose system message starts with `task: <name>`."""

    def register(function: Callable[[dict], dict]) -> Callable[[dict], dict]:
        SKILLS[name] = function
        return function

    return register


@skill("schedule")
def _schedule(payload: dict) -> dict:
    from ai_etl.language.schedule_text import ScheduleTextError, parse_schedule

    try:
        parsed = parse_schedule(payload.get("text", ""))
    except ScheduleTextError as err:
        return {"cron": None, "error": str(err)}
    return {"cron": parsed.cron, "error": None}


def answer(messages: list[dict]) -> str:
    system = next((m["content"] for m in messages if m["role"] == "system"), "")
    user = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "{}")
    first_line = system.strip().splitlines()[0] if system.strip() else ""
    task = first_line.removeprefix("task:").strip() if first_line.startswith("task:") else ""
    import ai_etl.offline_model.skills  # noqa: F401  (registers the agents' skills)

    if task not in SKILLS:
        return json.dumps({"error": f"the offline model has no skill '{task}'"})
    try:
        payload = json.loads(user)
    except json.JSONDecodeError:
        payload = {"text": user}
    return json.dumps(SKILLS[task](payload), ensure_ascii=False)


def register_offline_provider() -> None:
    """Add `ai-etl/...` to litellm's custom providers (idempotent; litellm keeps a global map)."""
    import litellm
    from litellm import CustomLLM
    from litellm.types.utils import ModelResponse

    if any(entry.get("provider") == "ai-etl" for entry in litellm.custom_provider_map):
        return

    class OfflineModel(CustomLLM):
        def completion(self, model, messages, *args, model_response: ModelResponse | None = None, **kwargs) -> ModelResponse:
            content = answer(messages)
            prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in messages)
            return litellm.ModelResponse(
                model="ai-etl/offline",
                created=int(time.time()),
                choices=[{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
                usage={"prompt_tokens": prompt_tokens, "completion_tokens": len(content.split()), "total_tokens": prompt_tokens + len(content.split())},
            )

        async def acompletion(self, *args, **kwargs) -> ModelResponse:
            return self.completion(*args, **kwargs)

    litellm.custom_provider_map = [*litellm.custom_provider_map, {"provider": "ai-etl", "custom_handler": OfflineModel()}]
    from litellm.utils import custom_llm_setup

    custom_llm_setup()
