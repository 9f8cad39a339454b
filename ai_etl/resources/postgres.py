"""PostgreSQL connector: streaming Arrow reads and schema introspection for the agents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote, urlsplit

import dagster as dg
import psycopg
import pyarrow as pa
from pydantic import BaseModel, Field

from ai_etl.errors import ConnectorError
from ai_etl.postgres_connection import open_postgres, postgres_conninfo


class PgColumn(BaseModel):
    name: str
    data_type: str = Field(description="PostgreSQL type as format_type() prints it, e.g. numeric(12,2).")
    nullable: bool
    category: str = Field("", description="pg_type.typcategory of the type (of the element, for arrays): E for enums")
    comment: str | None = Field(None, description="COMMENT ON COLUMN, where the schema's owner wrote one")


class PgTable(BaseModel):
    schema_name: str
    name: str
    columns: list[PgColumn]
    primary_key: list[str]
    row_estimate: int
    comment: str | None = Field(None, description="COMMENT ON TABLE, where the schema's owner wrote one")

    def column(self, name: str) -> PgColumn | None:
        return next((c for c in self.columns if c.name == name), None)


class PgAddress(BaseModel):
    """Where ClickHouse's `postgresql()` table function can reach this database."""

    host_port: str
    database: str
    user: str
    password: str = Field(repr=False)


class PostgresResource(dg.ConfigurableResource):
    """A PostgreSQL database: a URL from the environment, or the embedded server under the project.

    With `embedded_data_dir` and no `url`, the embedded server is started on first use and left
    running for the next run (`ai-etl db stop` stops it).
    """

    url: str | None = Field(None, description="postgresql:// URL; comes from an environment variable.")
    url_env: str | None = Field(None, description="the variable holding the URL, read on first use (when `url` is not given)")
    embedded_data_dir: str | None = None
    embedded_database: str = "postgres"
    schema_name: str = "public"

    def conninfo(self) -> str:
        return postgres_conninfo(self.url, self.url_env, self.embedded_data_dir, self.embedded_database)

    @contextmanager
    def connect(self, autocommit: bool = True) -> Iterator[psycopg.Connection]:
        with open_postgres(self.conninfo(), autocommit) as conn:
            yield conn

    def address(self) -> PgAddress:
        parts = urlsplit(self.conninfo())
        return PgAddress(
            host_port=f"{parts.hostname or '127.0.0.1'}:{parts.port or 5432}",
            database=parts.path.lstrip("/") or "postgres",
            user=unquote(parts.username or "postgres"),
            password=unquote(parts.password or ""),
        )

    # ------------------------------------------------------------------ reading

    def stream_arrow(self, query: str, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        """Stream a query's rows as Arrow record batches (ADBC: PostgreSQL binary COPY -> Arrow)."""
        import adbc_driver_postgresql.dbapi as adbc

        with adbc.connect(self.conninfo()) as conn, conn.cursor() as cursor:
            cursor.adbc_statement.set_options(**{"adbc.postgresql.batch_size_hint_bytes": str(batch_rows * 100)})
            cursor.execute(query)
            for batch in cursor.fetch_record_batch():
                yield _decode_numerics(batch)

    # ------------------------------------------------------------ introspection

    def list_tables(self) -> list[str]:
        with self.connect() as conn:
            rows = conn.execute(
                "select table_name from information_schema.tables where table_schema = %s "
                "and table_type in ('BASE TABLE', 'VIEW') order by 1",
                (self.schema_name,),
            ).fetchall()
        return [r[0] for r in rows]

    def introspect(self, tables: list[str] | None = None) -> list[PgTable]:
        """Tables with columns, types, nullability, primary keys and row estimates."""
        names = tables if tables is not None else self.list_tables()
        with self.connect() as conn:
            return [self._describe(conn, name) for name in names]

    def describe(self, table: str) -> PgTable:
        return self.introspect([table])[0]

    def describe_query(self, query: str, name: str) -> PgTable:
        """The columns a SELECT returns (nullable: a query says nothing about NOT NULL)."""
        with self.connect() as conn:
            try:
                cursor = conn.execute(f"select * from ({query}) as q limit 0")
            except psycopg.Error as err:
                raise ConnectorError(f"The source query of '{name}' fails in PostgreSQL: {str(err).strip().splitlines()[0]}") from None
            types = {oid: (name, category) for oid, name, category in conn.execute(_TYPES, ([c.type_code for c in cursor.description],))}
            columns = [
                PgColumn(
                    name=c.name, nullable=True, category=types.get(c.type_code, ("", ""))[1],
                    # psycopg prints the oid of a type it does not know (an enum): PostgreSQL names it
                    data_type=types.get(c.type_code, (c.type_display,))[0] if c.type_display.isdigit() else c.type_display,
                )  # fmt: skip
                for c in cursor.description
            ]
        return PgTable(schema_name=self.schema_name, name=name, columns=columns, primary_key=[], row_estimate=0)

    def _describe(self, conn: psycopg.Connection, table: str) -> PgTable:
        columns = conn.execute(
            """
            select a.attname,
                   format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), case when t.typtype = 'd' then t.typtypmod else a.atttypmod end),
                   not a.attnotnull, coalesce(e.typcategory, b.typcategory), col_description(a.attrelid, a.attnum)
            from pg_attribute a
            join pg_type t on t.oid = a.atttypid  -- a domain is loaded as its base type
            join pg_type b on b.oid = coalesce(nullif(t.typbasetype, 0), t.oid)
            left join pg_type e on e.oid = b.typelem and b.typcategory = 'A'
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = %s and c.relname = %s and a.attnum > 0 and not a.attisdropped
            order by a.attnum
            """,
            (self.schema_name, table),
        ).fetchall()
        if not columns:
            known = ", ".join(self.list_tables()) or "none"
            raise ConnectorError(f"Table {self.schema_name}.{table} does not exist in the source (tables: {known}).")
        primary_key = conn.execute(
            """
            select a.attname from pg_index i
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
            where i.indrelid = (quote_ident(%s) || '.' || quote_ident(%s))::regclass and i.indisprimary
            order by array_position(i.indkey, a.attnum)
            """,
            (self.schema_name, table),
        ).fetchall()
        estimate = conn.execute(
            """
            select greatest(c.reltuples, 0)::bigint, obj_description(c.oid, 'pg_class') from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = %s and c.relname = %s
            """,
            (self.schema_name, table),
        ).fetchone()
        return PgTable(
            schema_name=self.schema_name,
            name=table,
            columns=[PgColumn(name=n, data_type=t, nullable=nullable, category=k, comment=note) for n, t, nullable, k, note in columns],
            primary_key=[r[0] for r in primary_key],
            row_estimate=estimate[0] if estimate else 0,
            comment=estimate[1] if estimate else None,
        )


# the name and category (of the element, for arrays) of each type of a query's columns
_TYPES = """
    select t.oid, format_type(t.oid, null), coalesce(e.typcategory, t.typcategory) from pg_type t
    left join pg_type e on e.oid = t.typelem and t.typcategory = 'A' where t.oid = any(%s::oid[])
"""


def _decode_numerics(batch: pa.RecordBatch) -> pa.RecordBatch:
    """ADBC hands PostgreSQL `numeric` over as text; make it a decimal of the column's precision."""
    columns, fields = [], []
    for field, column in zip(batch.schema, batch.columns):
        meta = field.metadata or {}
        if meta.get(b"POSTGRESQL:type") == b"numeric":
            typmod = int(meta.get(b"POSTGRESQL:typmod", b"-1"))
            precision, scale = (((typmod - 4) >> 16) & 0xFFFF, (typmod - 4) & 0xFFFF) if typmod >= 4 else (38, 9)
            storage = column.storage if isinstance(column, pa.ExtensionArray) else column
            column = storage.cast(pa.decimal128(precision, scale))
            field = pa.field(field.name, column.type, field.nullable, meta)
        columns.append(column)
        fields.append(field)
    return pa.RecordBatch.from_arrays(columns, schema=pa.schema(fields))
