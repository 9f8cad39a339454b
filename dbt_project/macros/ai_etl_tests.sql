{# Generic tests the generated models use (dbt_utils-like, but with no package to download). #}

{% test ai_etl_row_count_matches(model, compare_to) %}
    {# Fails (one row) when the model and `compare_to` hold different numbers of rows. #}
    select model_rows, compare_rows
    from (
        select
            (select count() from {{ model }}) as model_rows,
            (select count() from {{ compare_to }}) as compare_rows
    )
    where model_rows != compare_rows
{% endtest %}

{% test ai_etl_unique_combination(model, columns) %}
    {# Fails with one row per combination of `columns` that occurs more than once. #}
    select {{ columns | join(', ') }}, count() as occurrences
    from {{ model }}
    group by {{ columns | join(', ') }}
    having count() > 1
{% endtest %}
