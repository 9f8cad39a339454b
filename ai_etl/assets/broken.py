"""A pipeline that does not load, shown in Dagster where the pipeline would be.

Dagster isolates failures by code location: an error while building definitions (a component's
YAML included, which `dg check defs` reports with its file) fails the whole location, and the UI
then shows that error instead of any asset. With one location per project, one bad pipeline file
would hide every pipeline of the project. So each pipeline file that does not load, and each model
folder left without its pipeline file, becomes one asset, `<project>/broken/<name>`, in the
pipeline's own group `<project>__<name>`, beside the pipelines that load:

- the asset graph and the asset's page show it: its description and its `ai_etl/error` metadata
  carry the one-sentence error (file:line, field, what to do), and its `ai_etl/broken` tag selects
  every broken pipeline of a location (`tag:ai_etl/broken`);
- materializing it (the group's Materialize button, `dagster asset materialize`) fails with that
  sentence, after its `pipeline_file_loads` check failed with it: the run, the asset's health and
  its checks all say what to fix.

Chosen over definitions-level metadata (shown nowhere near the assets) and over failing the load
(which hides the healthy pipelines and fails `dg check defs`). It runs nothing and needs no
resource; no schedule or project job selects it, and the repair sensor skips its failures (no
pipeline owns it: there is nothing to repair but the file).
"""

from collections.abc import Iterator, Mapping

import dagster as dg

from ai_etl.assets.naming import asset_key, group_name

BROKEN_TAG = "ai_etl/broken"
CHECK_NAME = "pipeline_file_loads"


def broken_assets(project: str, faults: Mapping[str, str]) -> list[dg.AssetsDefinition]:
    """One asset per broken pipeline (name -> its error), all in one step that only fails."""
    if not faults:
        return []
    errors = {asset_key(project, "broken", name): why for name, why in sorted(faults.items())}
    specs = [
        dg.AssetSpec(
            key=key,
            group_name=group_name(project, key.path[-1]),
            description=f"Pipeline `{key.path[-1]}` is not loaded, so it has no other asset here: {why}",
            metadata={"ai_etl/error": dg.MetadataValue.text(why)},
            tags={BROKEN_TAG: ""},
        )
        for key, why in errors.items()
    ]
    checks = [dg.AssetCheckSpec(CHECK_NAME, asset=key, description="The pipeline's file loads (ai-etl validate).") for key in errors]

    @dg.multi_asset(name=f"{project}__broken", specs=specs, check_specs=checks, can_subset=True, op_tags={"kind": "broken"})
    def _broken(context: dg.AssetExecutionContext) -> Iterator[dg.AssetCheckResult]:
        checked = {check.asset_key for check in context.selected_asset_check_keys}
        selected = sorted({*context.selected_asset_keys, *checked}, key=lambda k: k.to_user_string())
        for key in selected:
            if key in checked:
                yield dg.AssetCheckResult(
                    asset_key=key, check_name=CHECK_NAME, passed=False, severity=dg.AssetCheckSeverity.ERROR,
                    description=errors[key], metadata={"ai_etl/error": dg.MetadataValue.text(errors[key])},
                )  # fmt: skip
        raise dg.Failure(
            description=" | ".join(errors[key] for key in selected),
            metadata={"broken": dg.MetadataValue.json({k.to_user_string(): errors[k] for k in selected})},
            allow_retries=False,
        )

    return [_broken]
