-- Staging: one row per transaction, renamed and typed; no business logic.
select
    id as transaction_id,
    customer_id,
    amount,
    status,
    region,
    transaction_date
from {{ source('shop', 'sales_transactions') }}
