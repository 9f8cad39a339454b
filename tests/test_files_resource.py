"""FilesResource on a local folder and on moto's S3 server (real HTTP on 127.0.0.1)."""

import io

import boto3
import polars as pl
import pytest

from ai_etl.errors import ConnectorError
from ai_etl.resources import FilesResource

FRAME = pl.DataFrame({"id": [1, 2, 3], "name": ["Zoë", "  José ", None], "amount": [1.5, -2.0, 0.0]})


def _encoded(fmt: str) -> bytes:
    buffer = io.BytesIO()
    {"csv": FRAME.write_csv, "jsonl": FRAME.write_ndjson, "parquet": FRAME.write_parquet, "excel": FRAME.write_excel}[fmt](buffer)
    return buffer.getvalue()


SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "excel": "xlsx"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "excel"])
def test_local_folder_reads_every_format(tmp_path, fmt):
    files = FilesResource(root=str(tmp_path))
    files.write_bytes(f"in/part-1.{SUFFIX[fmt]}", _encoded(fmt))
    files.write_bytes(f"in/part-2.{SUFFIX[fmt]}", _encoded(fmt))
    frame = files.read(f"in/*.{SUFFIX[fmt]}")
    assert frame.height == 6
    assert frame["name"].to_list()[:3] == ["Zoë", "  José ", None]
    assert frame["amount"].sum() == pytest.approx(-1.0)


@pytest.fixture
def bucket(s3_endpoint):
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    name = "lake-test"
    if name not in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
        s3.create_bucket(Bucket=name)
    return name


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_s3_prefix_reads_and_lists(s3_endpoint, bucket, fmt):
    files = FilesResource(root=f"s3://{bucket}/landing", endpoint_url=s3_endpoint)
    files.write_bytes(f"orders/2024.{SUFFIX[fmt]}", _encoded(fmt))
    files.write_bytes(f"orders/2025.{SUFFIX[fmt]}", _encoded(fmt))
    files.write_bytes("other/x.csv", _encoded("csv"))
    assert files.list(f"orders/*.{SUFFIX[fmt]}") == [f"orders/2024.{SUFFIX[fmt]}", f"orders/2025.{SUFFIX[fmt]}"]
    assert files.read(f"orders/*.{SUFFIX[fmt]}").height == 6


def test_no_match_is_a_clear_error(tmp_path):
    with pytest.raises(ConnectorError, match="No file matches 'missing/\\*.csv'"):
        FilesResource(root=str(tmp_path)).read("missing/*.csv")
