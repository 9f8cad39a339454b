"""ai-etl: plain-language requests become Dagster assets and dbt models on ClickHouse."""
