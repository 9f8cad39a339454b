"""Change data capture from PostgreSQL into ClickHouse (`type: cdc` pipelines).

pgoutput.py decodes the logical replication messages; slot.py keeps the publication and the slot;
batch.py reads one micro-batch and folds it into rows; apply.py writes them (schema changes, TOAST);
warehouse.py holds the ClickHouse tables (raw, current view, positions); replicator.py runs one step.
"""
