"""The one way agents reach a model: litellm's Router, plus structured output and accounting.

litellm already does retries with backoff, fallbacks to the next model, per-request timeouts and
per-deployment cooldowns (our circuit breaker); this module configures it and adds what it does
not: a pydantic answer with one re-ask on invalid JSON, and token/cost accounting per request.
"""

from __future__ import annotations

import json
import os
import time
from typing import TypeVar

from pydantic import BaseModel, Field, ValidationError

from ai_etl.errors import UserError

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # never fetch the price list at import

T = TypeVar("T", bound=BaseModel)
OFFLINE_MODEL = "ai-etl/offline"


class ModelConfig(BaseModel):
    """One model the gateway may call; `api_key_env` names the variable holding its key."""

    model: str = Field(description="a litellm model name, e.g. openai/gpt-4o-mini, ollama/llama3, ai-etl/offline")
    api_base: str | None = None
    api_key_env: str | None = None


class GatewayConfig(BaseModel):
    models: list[ModelConfig] = [ModelConfig(model=OFFLINE_MODEL)]
    timeout_s: float = 60
    retries: int = 2
    cooldown_s: float = 30
    allowed_fails: int = 3


def gateway_config(settings=None, environ: dict | None = None) -> GatewayConfig:
    """The project's `llm:` settings; `AI_ETL_MODELS` (comma-separated litellm names, tried in
    order) overrides the model list for one run, e.g. AI_ETL_MODELS=openai/gpt-4o-mini,ai-etl/offline."""
    environ = os.environ if environ is None else environ
    config = GatewayConfig(**settings.model_dump()) if settings is not None else GatewayConfig()
    if environ.get("AI_ETL_MODELS"):
        config.models = [ModelConfig(model=name.strip()) for name in environ["AI_ETL_MODELS"].split(",") if name.strip()]
    return config


class CallRecord(BaseModel):
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    seconds: float
    attempts: int


class ModelCallError(UserError):
    pass


class Gateway:
    """`ask(system, user, AnswerModel)` -> a validated AnswerModel; every call is recorded."""

    def __init__(self, config: GatewayConfig | None = None):
        import litellm

        from ai_etl.offline_model.provider import register_offline_provider

        register_offline_provider()
        self.config = config or GatewayConfig()
        names = [f"m{i}" for i in range(len(self.config.models))]
        model_list = [
            {
                "model_name": name,
                "litellm_params": {
                    "model": m.model,
                    **({"api_base": m.api_base} if m.api_base else {}),
                    **_api_key(m),
                },
            }
            for name, m in zip(names, self.config.models)
        ]
        self.router = litellm.Router(
            model_list=model_list,
            fallbacks=[{names[i]: names[i + 1 :]} for i in range(len(names) - 1)],
            num_retries=self.config.retries,
            timeout=self.config.timeout_s,
            allowed_fails=self.config.allowed_fails,
            cooldown_time=self.config.cooldown_s,
            retry_after=0,
        )
        self.first = names[0]
        self.calls: list[CallRecord] = []

    def ask(self, system: str, user: str, answer: type[T]) -> T:
        """One structured call; an answer that is not valid JSON for `answer` is re-asked once."""
        import litellm

        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        schema = {"type": "json_schema", "json_schema": {"name": answer.__name__, "schema": answer.model_json_schema()}}
        for attempt in (1, 2):
            started = time.perf_counter()
            try:
                response = self.router.completion(model=self.first, messages=messages, response_format=schema)
            except Exception as err:  # every model and retry failed
                raise ModelCallError(f"No model answered ({type(err).__name__}: {str(err).splitlines()[0][:200]}); check the model settings and keys.") from None
            usage = getattr(response, "usage", None)
            try:
                cost = float(litellm.completion_cost(completion_response=response) or 0)
            except Exception:  # unknown price (local or custom models)
                cost = 0.0
            self.calls.append(
                CallRecord(
                    model=str(getattr(response, "model", "") or ""),
                    prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                    completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                    cost_usd=cost,
                    seconds=round(time.perf_counter() - started, 3),
                    attempts=attempt,
                )
            )
            content = response.choices[0].message.content or ""
            try:
                return answer.model_validate_json(_strip_fences(content))
            except ValidationError as err:
                messages += [
                    {"role": "assistant", "content": content},
                    {"role": "user", "content": f"That was not valid JSON for the schema: {err.errors()[0]['msg']}. Answer with the JSON object only."},
                ]
        raise ModelCallError(f"The model did not return valid {answer.__name__} JSON after a re-ask.")

    @property
    def tokens(self) -> int:
        return sum(c.prompt_tokens + c.completion_tokens for c in self.calls)

    @property
    def cost_usd(self) -> float:
        return sum(c.cost_usd for c in self.calls)


def _api_key(model: ModelConfig) -> dict:
    """The key from the named variable; a self-hosted endpoint (Ollama, vLLM) may need none."""
    if model.api_key_env and os.environ.get(model.api_key_env):
        return {"api_key": os.environ[model.api_key_env]}
    return {"api_key": "not-needed"} if model.api_base else {}  # else the provider's own variable


def _strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text.strip()


def dumps(payload: BaseModel | dict) -> str:
    return payload.model_dump_json() if isinstance(payload, BaseModel) else json.dumps(payload)
