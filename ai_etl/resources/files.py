"""Files connector: a local folder or an S3 prefix, read into polars (CSV, JSON lines, Parquet, Excel)."""

from __future__ import annotations

import fnmatch
import io
from pathlib import Path
from typing import Literal

import dagster as dg
import polars as pl
from pydantic import Field

from ai_etl.errors import ConnectorError

FileFormat = Literal["csv", "jsonl", "parquet", "excel"]

_SUFFIX_FORMATS: dict[str, FileFormat] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".xlsx": "excel",
    ".xls": "excel",
}


def guess_format(name: str) -> FileFormat:
    suffix = Path(name).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        raise ConnectorError(f"Cannot tell the format of '{name}'; name the format (csv, jsonl, parquet, excel).")
    return _SUFFIX_FORMATS[suffix]


def _read_bytes(data: bytes, fmt: FileFormat) -> pl.DataFrame:
    buffer = io.BytesIO(data)
    if fmt == "csv":
        try:
            return pl.read_csv(buffer, try_parse_dates=True)
        except pl.exceptions.ComputeError:  # a column of mixed date formats: keep it as text
            return pl.read_csv(io.BytesIO(data), try_parse_dates=False)
    if fmt == "jsonl":
        return pl.read_ndjson(buffer)
    if fmt == "parquet":
        return pl.read_parquet(buffer)
    return pl.read_excel(buffer)


class FilesResource(dg.ConfigurableResource):
    """`root` is a folder (absolute) or `s3://bucket/prefix`; S3 goes through dagster-aws's S3Resource."""

    root: str
    endpoint_url: str | None = Field(None, description="S3-compatible endpoint (MinIO, moto).")
    region: str = "us-east-1"

    @property
    def is_s3(self) -> bool:
        return self.root.startswith("s3://")

    def _bucket_prefix(self) -> tuple[str, str]:
        bucket, _, prefix = self.root.removeprefix("s3://").partition("/")
        return bucket, prefix.strip("/")

    def _s3(self):
        from dagster_aws.s3 import S3Resource  # imported on use: ~1 s saved on every load without S3

        return S3Resource(endpoint_url=self.endpoint_url, region_name=self.region).get_client()

    def list(self, pattern: str = "*") -> list[str]:
        """Names relative to `root` that match a glob (`orders/*.csv`), sorted."""
        if not self.is_s3:
            base = Path(self.root)
            return sorted(str(p.relative_to(base)) for p in base.glob(pattern) if p.is_file())
        bucket, prefix = self._bucket_prefix()
        names = []
        for page in self._s3().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                name = item["Key"][len(prefix) :].lstrip("/") if prefix else item["Key"]
                if fnmatch.fnmatch(name, pattern):
                    names.append(name)
        return sorted(names)

    def read_bytes(self, name: str) -> bytes:
        if not self.is_s3:
            return (Path(self.root) / name).read_bytes()
        bucket, prefix = self._bucket_prefix()
        key = f"{prefix}/{name}" if prefix else name
        return self._s3().get_object(Bucket=bucket, Key=key)["Body"].read()

    def write_bytes(self, name: str, data: bytes) -> None:
        if not self.is_s3:
            path = Path(self.root) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return
        bucket, prefix = self._bucket_prefix()
        self._s3().put_object(Bucket=bucket, Key=f"{prefix}/{name}" if prefix else name, Body=data)

    def read(self, pattern: str, fmt: FileFormat | None = None) -> pl.DataFrame:
        """All files matching `pattern`, concatenated (columns unified by name)."""
        names = self.list(pattern)
        if not names:
            raise ConnectorError(f"No file matches '{pattern}' under {self.root}; check the path or glob.")
        frames = [_read_bytes(self.read_bytes(n), fmt or guess_format(n)) for n in names]
        return pl.concat(frames, how="diagonal_relaxed")
