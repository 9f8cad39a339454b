"""The shared steps that materialize a project's assets: their names and retry policies.

A project's raw tables and dbt models are the specs of a few subsettable multi-assets (as
`@sling_assets` and `@dlt_assets` do), grouped by what an op cannot vary per asset: the retry
policy, and for loads the warehouse pool: usually one load step and one dbt step per project.
Measured at 2,000 pipelines (bench/location_scale.py): steps of 100 pipelines loaded no faster
than one step and snapshot in the same time, so steps are not cut by size.
"""

from __future__ import annotations

import dagster as dg

from ai_etl.spec import Retries


def retry_policy(retries: Retries) -> dg.RetryPolicy | None:
    """Dagster's retries for the pipeline's steps; none at all when max_retries is 0."""
    if retries.max_retries == 0:
        return None
    return dg.RetryPolicy(
        max_retries=retries.max_retries,
        delay=retries.delay_s,
        backoff=dg.Backoff.EXPONENTIAL if retries.backoff == "exponential" else dg.Backoff.LINEAR,
    )


def step_name(prefix: str, retries: Retries) -> str:
    """`<prefix>` for the default retries, else with the retries spelled out."""
    if retries == Retries():
        return prefix
    delay = f"{retries.delay_s:g}".replace(".", "_")
    return f"{prefix}__retries_{retries.max_retries}_{delay}s_{retries.backoff}"


def assign_steps(prefix: str, retries: dict[str, Retries]) -> dict[str, str]:
    """Pipeline -> step name: pipelines with the same retries share a step."""
    return {pipeline: step_name(prefix, policy) for pipeline, policy in retries.items()}


def members_by_step(steps: dict[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for pipeline, step in sorted(steps.items()):
        grouped.setdefault(step, []).append(pipeline)
    return grouped
