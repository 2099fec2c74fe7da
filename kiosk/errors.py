"""Every error the project raises on purpose, in one tree. The UI, the CLI and the county's pages
turn these into messages for people; each message is Chinese and says what was refused and why.

    KioskError                  anything raised on purpose (the CLI: "错误：…", exit 1)
    ├── ValidationError         bad input; nothing changed (the CLI: "输入有误：…", exit 2)
    │   ├── IntakeInvalid       an application form with bad fields
    │   ├── RowsRejected        an imported file with bad rows
    │   ├── BundleRejected      a bundle that failed verification
    │   ├── Forbidden           a kiosk upload touching what its token does not own (county, HTTP 403)
    │   └── LoginRefused        a county console login refused
    ├── NotFound                no record with that id or number
    ├── StoreError              the database cannot be opened or used
    ├── ConfigError             a missing or bad configuration value
    ├── LoginFailed             a staff login at the kiosk refused
    ├── PermissionDenied        the staff role does not allow the action
    ├── SyncError               a sync could not finish; the kiosk's data is unchanged
    │   ├── TransportError      the county server unreachable or broke off (retry later)
    │   └── TokenRefused        the county does not know this kiosk's upload token
    ├── PrintError              a receipt did not reach paper
    ├── FontMissing             no CJK font to make a receipt with
    ├── SpeechError             no speech could be produced
    └── ReportError             the request log does not reconcile into the annual table

Anything else escaping a command is a bug: the CLI reports it as an internal error with a log
reference (gongkai/cli.py), never as bad input. Raise these from any layer; define no error
classes elsewhere (private control-flow exceptions that never leave their module excepted).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence


class KioskError(Exception):
    """Base of every error the project raises on purpose."""


class ValidationError(KioskError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class IntakeInvalid(ValidationError):
    """An application form with one or more bad fields; `errors` maps each field to its message."""

    def __init__(self, errors: Mapping[str, str], labels: Mapping[str, str] | None = None):
        field, message = next(iter(errors.items()))
        super().__init__(f"{(labels or {}).get(field, field)}（{field}）：{message}", field)
        self.errors = dict(errors)


class RowsRejected(ValidationError):
    """A file has bad rows and --skip-bad was not given: nothing was imported."""

    def __init__(self, file_name: str, errors: Sequence, good: int):
        self.errors = list(errors)
        self.good = good
        lines = "\n".join(f"  {e}" for e in errors)
        super().__init__(
            f"{file_name} 有 {len(errors)} 行数据有误，本次什么都没有导入：\n{lines}\n"
            f"改正后重新导入；或加 --skip-bad 只导入其余 {good} 行正确的数据。"
        )


class BundleRejected(ValidationError):
    """A bundle failed verification: bad signature, hash, length, sequence, scope, path or version."""


class Forbidden(ValidationError):
    """A kiosk upload touches what this kiosk's token does not own (the county answers HTTP 403)."""


class LoginRefused(ValidationError):
    """A county console login was refused (wrong password, disabled or locked account)."""


class NotFound(KioskError):
    """A record asked for by id or number does not exist."""


class StoreError(KioskError):
    """The database cannot be opened or is not in a usable state."""


class ConfigError(KioskError):
    """The configuration file is missing a value or holds a bad one."""


class LoginFailed(KioskError):
    """A staff login was refused; `locked_until` is set when the account is (now) locked."""

    def __init__(self, message: str, remaining: int | None = None, locked_until: dt.datetime | None = None):
        super().__init__(message)
        self.remaining = remaining
        self.locked_until = locked_until


class PermissionDenied(KioskError):
    """The actor's role does not allow this action."""


class SyncError(KioskError):
    """A sync could not finish (network, server, disk); the kiosk's data is unchanged."""


class TransportError(SyncError):
    """The county server could not be reached or broke off; worth retrying later."""


class TokenRefused(SyncError):
    """The county does not know this kiosk's upload token."""


class PrintError(KioskError):
    """The receipt did not reach paper. The message says why, in words a clerk can act on."""


class FontMissing(KioskError):
    """No CJK font with TrueType outlines is installed, so no receipt can be made."""


class SpeechError(KioskError):
    """Speech could not be produced (espeak-ng or the voice missing, or no audio came out)."""


class ReportError(KioskError):
    """The request log does not reconcile; the table would be wrong."""
