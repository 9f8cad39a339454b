{# A model's ClickHouse database is exactly its configured schema (the project's database),
   not dbt's default "<target_schema>_<custom_schema>". #}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ (custom_schema_name or target.schema) | trim }}
{%- endmacro %}
