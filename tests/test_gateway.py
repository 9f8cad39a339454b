"""The litellm gateway over real HTTP: retries, fallback, timeouts, cooldown (circuit breaker), re-ask, accounting."""

import pytest
from pydantic import BaseModel

from ai_etl.agents.gateway import Gateway, GatewayConfig, ModelCallError, ModelConfig
from llm_server import ScriptedLLM

SYSTEM = "task: schedule\nTurn the text into a cron expression."
USER = '{"text": "every day at 2 AM"}'
GOOD = '{"cron": "0 2 * * *", "error": null}'


class Schedule(BaseModel):
    cron: str | None
    error: str | None


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("TEST_LLM_KEY", "sk-test")


def gateway(server: ScriptedLLM, *, fallback: bool = True, **config) -> Gateway:
    models = [ModelConfig(model="openai/test-model", api_base=server.url, api_key_env="TEST_LLM_KEY")]
    if fallback:
        models.append(ModelConfig(model="ai-etl/offline"))
    return Gateway(GatewayConfig(models=models, **{"retries": 1, "timeout_s": 5, **config}))


def test_remote_answer_is_parsed_and_accounted():
    with ScriptedLLM([{"content": GOOD}]) as server:
        g = gateway(server, fallback=False)
        assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
    [call] = g.calls
    assert (call.prompt_tokens, call.completion_tokens) == (100, 20)
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    assert server.requests[0]["model"] == "test-model"


def test_invalid_json_is_re_asked_once():
    with ScriptedLLM([{"content": "Sure! Here it is: cron at two"}, {"content": "```json\n" + GOOD + "\n```"}]) as server:
        g = gateway(server, fallback=False, retries=0)
        assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
    assert server.hits == 2 and [c.attempts for c in g.calls] == [1, 2]
    assert "not valid JSON" in server.requests[1]["messages"][-1]["content"]


def test_server_errors_are_retried_then_answered():
    with ScriptedLLM([{"status": 500}, {"content": GOOD}]) as server:
        g = gateway(server, fallback=False, retries=2)
        assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
    assert server.hits == 2


def test_failing_model_falls_back_to_the_next():
    with ScriptedLLM([{"status": 503}]) as server:
        g = gateway(server)
        assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
    assert server.hits >= 1
    assert g.calls[-1].model == "ai-etl/offline"


def test_slow_model_times_out_and_falls_back():
    with ScriptedLLM([{"content": GOOD, "delay": 3}]) as server:
        g = gateway(server, timeout_s=0.5, retries=0)
        assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
    assert g.calls[-1].model == "ai-etl/offline"


def test_cooldown_stops_calling_a_failing_model():
    with ScriptedLLM([{"status": 500}]) as server:
        g = gateway(server, retries=0, allowed_fails=1, cooldown_s=60)
        for _ in range(4):
            assert g.ask(SYSTEM, USER, Schedule).cron == "0 2 * * *"
        hits_after = server.hits
    assert hits_after < 4  # the breaker opened: later calls went straight to the fallback


def test_no_model_left_is_one_clear_error():
    with ScriptedLLM([{"status": 500}]) as server:
        g = gateway(server, fallback=False, retries=0)
        with pytest.raises(ModelCallError, match="No model answered"):
            g.ask(SYSTEM, USER, Schedule)


def test_models_come_from_the_project_and_the_environment_overrides_them():
    from ai_etl.agents.gateway import gateway_config
    from ai_etl.spec import LlmModel, LlmSettings

    settings = LlmSettings(models=[LlmModel(model="ollama/llama3", api_base="http://127.0.0.1:11434")], retries=4)
    config = gateway_config(settings, environ={})
    assert [m.model for m in config.models] == ["ollama/llama3"] and config.retries == 4
    override = gateway_config(settings, environ={"AI_ETL_MODELS": "openai/gpt-4o-mini, ai-etl/offline"})
    assert [m.model for m in override.models] == ["openai/gpt-4o-mini", "ai-etl/offline"]
    assert [m.model for m in gateway_config(None, environ={}).models] == ["ai-etl/offline"]
