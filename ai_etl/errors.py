"""Errors a user can fix: the CLI prints them as one sentence and exits non-zero."""


class UserError(Exception):
    """Something the user can fix; the message says what is wrong and what to do."""


class ConfigError(UserError):
    """A project or pipeline file is malformed; the message names file, line and field."""


class ConnectorError(UserError):
    """A connector cannot be reached or is misconfigured."""


class WarehouseLockedError(ConnectorError):
    """The embedded warehouse is held by another process (chDB is single-process)."""
