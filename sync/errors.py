"""Errors of the sync package. Each message is Chinese and says what was refused and why."""

from kiosk.errors import KioskError, ValidationError


class SyncError(KioskError):
    """A sync could not finish (network, server, disk); the kiosk's data is unchanged."""


class BundleRejected(ValidationError):
    """A bundle failed verification: bad signature, hash, length, sequence, scope, path or version."""


class TransportError(SyncError):
    """The county server could not be reached or broke off; worth retrying later."""
