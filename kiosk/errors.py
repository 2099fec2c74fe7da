"""One exception tree for the core. The UI and the CLI turn these into messages for people."""


class KioskError(Exception):
    """Base of every error the core raises on purpose."""


class ValidationError(KioskError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(KioskError):
    """A record asked for by id or number does not exist."""


class StoreError(KioskError):
    """The database cannot be opened or is not in a usable state."""


class ConfigError(KioskError):
    """The configuration file is missing a value or holds a bad one."""


class DatabaseUnusable(StoreError):
    """The database file is damaged, another program's, or from a newer version: nothing was written to it."""

    def __init__(self, message: str, state: str, moved_to: str = "", recovery: str = ""):
        super().__init__(message)
        self.state = state
        self.moved_to = moved_to
        self.recovery = recovery


class DiskFull(KioskError):
    """Not enough free space to do this; says how much is free and how much is needed."""
