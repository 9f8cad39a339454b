"""Errors a user can fix: the CLI prints them as one sentence and exits non-zero."""


class UserError(Exception):
    """Something the user can fix; the message says what is wrong and what to do."""


class ConfigError(UserError):
    """A project or pipeline file is malformed; the message names file, line and field."""


class ConnectorError(UserError):
    """A connector cannot be reached or is misconfigured."""


class SourceChangedError(UserError):
    """A replication source changed in a way no generated code can follow (a replicated column's
    type, a stream position the broker no longer holds, a slot in the way): the repair loop alerts
    a person instead of proposing code, and the message says what to do."""


class StreamPositionError(SourceChangedError, ConnectorError):
    """The Kafka partition no longer holds the offset a stream pipeline stopped at."""


class WarehouseLockedError(ConnectorError):
    """The embedded warehouse is held by another process (chDB is single-process)."""
