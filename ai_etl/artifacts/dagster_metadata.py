"""What the Dagster UI shows of artifacts: the active version behind each asset, waiting proposals."""

from __future__ import annotations

import dagster as dg
from pydantic import BaseModel

from ai_etl.artifacts.store import StoreError
from ai_etl.project_files import ProjectFolder


class ArtifactView(BaseModel):
    """path -> active version label; path -> ids of waiting proposals."""

    active: dict[str, str] = {}
    proposed: dict[str, list[int]] = {}

    def for_pipeline(self, project: str, pipeline: str) -> dict:
        spec = f"projects/{project}/pipelines/{pipeline}.yaml"
        models = f"dbt_project/models/{project}/{pipeline}/"
        waiting = sorted(i for path, ids in self.proposed.items() if path == spec or path.startswith(models) for i in ids)
        metadata = {"ai_etl/artifact": self.active.get(spec, "not recorded")}
        if waiting:
            metadata["ai_etl/proposals_waiting"] = dg.MetadataValue.text(
                f"{len(waiting)} proposal(s): ai-etl artifacts diff {waiting[0]} / accept {waiting[0]}"
            )
        return metadata


    def for_file(self, path: str) -> dict:
        """A dbt model's own artifact: its active version, and a proposal when one waits."""
        metadata = {"ai_etl/artifact": self.active.get(path, "not recorded")}
        if self.proposed.get(path):
            first = self.proposed[path][0]
            metadata["ai_etl/proposals_waiting"] = dg.MetadataValue.text(f"ai-etl artifacts diff {first} / accept {first}")
        return metadata


def read_artifact_view(folder: ProjectFolder) -> ArtifactView:
    """What the UI shows, read only (recording edits is `ai-etl prepare`'s job); a missing or broken
    store is a warning, never a location that fails to load."""
    from ai_etl.artifacts.store import ArtifactStore

    if not ArtifactStore.exists_for(folder.root):
        return ArtifactView()
    try:
        versions = ArtifactStore.for_project(folder.root, folder.name).current_versions()
    except StoreError as err:
        dg.get_dagster_logger().warning(str(err))
        return ArtifactView()
    view = ArtifactView()
    for version in versions:
        if version.status == "active":
            view.active[version.path] = f"{version.label} by {version.author}"
        elif version.status == "proposed":
            view.proposed.setdefault(version.path, []).append(version.id)
    return view
