-- Mart: completed sales with a positive amount, summed per day.
{{ config(materialized='table', order_by='transaction_date') }}

select
    transaction_date,
    sum(amount) as total_amount,
    count() as transactions
from {{ ref('stg_shop__sales_transactions') }}
where status = 'completed' and amount > 0
group by transaction_date
