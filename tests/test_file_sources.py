"""File sources through the asset factory: a local CSV glob and Parquet under an S3 prefix (moto)."""

import io

import boto3
import polars as pl

from project_builder import make_project, materialize, normalized, pipeline, query

DAY_1 = pl.DataFrame({"id": [1, 2, 3], "region": ["eu", "us", None], "amount": [10.5, -2.0, 0.0]})
DAY_2 = pl.DataFrame({"id": [4, 5], "region": ["eu", "apac"], "amount": [7.25, 1.0]})


def _files_pipeline(transformations=(), load=None):
    return pipeline(
        "sales_files", {"type": "files", "connector": "lake", "path": "sales/*.csv", "name": "sales"}, "sales_by_region",
        transformations=transformations, load=load,
    )  # fmt: skip


def test_local_csv_glob_with_an_aggregate(tmp_path):
    spec = _files_pipeline([{"type": "aggregate", "group_by": ["region"], "measures": [{"name": "total", "expr": "sum(amount)"}]}])
    project = make_project(tmp_path, "files", [spec])
    (project / "lake" / "sales").mkdir(parents=True)
    DAY_1.write_csv(project / "lake" / "sales" / "day1.csv")
    DAY_2.write_csv(project / "lake" / "sales" / "day2.csv")
    materialize(project)
    expected = pl.concat([DAY_1, DAY_2]).group_by("region").agg(pl.col("amount").sum()).rows()
    assert normalized(query(project, "SELECT region, total FROM files.sales_by_region")) == normalized(expected)


def test_incremental_files_load_only_new_rows(tmp_path):
    project = make_project(tmp_path, "files", [_files_pipeline(load={"mode": "incremental", "cursor": "id"})])
    (project / "lake" / "sales").mkdir(parents=True)
    DAY_1.write_csv(project / "lake" / "sales" / "day1.csv")
    materialize(project)
    DAY_2.write_csv(project / "lake" / "sales" / "day2.csv")
    materialize(project)
    materialize(project)
    assert query(project, "SELECT count(), countDistinct(id) FROM files.sales_by_region") == [(5, 5)]


def test_parquet_under_an_s3_prefix(tmp_path, s3_endpoint):
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    if "lake-pipeline" not in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
        s3.create_bucket(Bucket="lake-pipeline")
    for name, frame in (("2024/part-1.parquet", DAY_1), ("2024/part-2.parquet", DAY_2)):
        buffer = io.BytesIO()
        frame.write_parquet(buffer)
        s3.put_object(Bucket="lake-pipeline", Key=f"landing/sales/{name}", Body=buffer.getvalue())
    spec = pipeline("sales_s3", {"type": "files", "connector": "lake", "path": "sales/2024/*.parquet", "name": "sales"}, "sales_copy")
    lake = {"type": "files", "root": "s3://lake-pipeline/landing", "endpoint_url": s3_endpoint}
    project = make_project(tmp_path, "files", [spec], lake=lake)
    materialize(project)
    got = query(project, "SELECT id, region, amount FROM files.sales_copy")
    assert normalized(got) == normalized(pl.concat([DAY_1, DAY_2]).rows())
    types = dict(query(project, "SELECT name, type FROM system.columns WHERE database = 'files' AND table = 'sales_copy'"))
    assert types == {"id": "Nullable(Int64)", "region": "Nullable(String)", "amount": "Nullable(Float64)"}
