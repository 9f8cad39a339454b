"""Python (polars) transforms of file sources: the generated code, checked, then run on the frame.

A transform lives in `projects/<p>/transforms/<name>.py` and is named by the pipeline's files
source; it runs between reading the files and loading the raw table, for what SQL cannot do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl

from ai_etl.errors import ConfigError
from ai_etl.spec import FilesSource, PostgresSource


def transform_code(project_root: Path, source: FilesSource) -> str | None:
    if not source.transform:
        return None
    path = project_root / source.transform
    if not path.is_file():
        raise ConfigError(f"{path} does not exist; the pipeline's source names it in `transform`, so restore the file or remove the field.")
    return path.read_text()


def source_frame(project_root: Path, source: FilesSource, frame: pl.DataFrame, code: str | None = None) -> pl.DataFrame:
    """The files' frame after the source's transform (the frame itself without one); `code`
    stands in for the file while a transform is being generated and not yet written."""
    from ai_etl.python_sandbox import run_transform

    code = code if code is not None else transform_code(project_root, source)
    return frame if code is None else run_transform(code, {source.entity: frame})


def transform_digest(project_root: Path, source: FilesSource | PostgresSource) -> str | None:
    """Part of the extract asset's code_version: editing the transform changes the raw table."""
    if not isinstance(source, FilesSource) or not source.transform:
        return None
    path = project_root / source.transform
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.is_file() else "missing"
