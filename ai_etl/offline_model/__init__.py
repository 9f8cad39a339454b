"""The built-in offline model: a litellm custom provider (`provider`) whose skills answer each
agent's task deterministically (`skills`: plan, write_pipeline, python_transform, repair, repair_run)."""
