"""Keyed lookup tokens for "my payouts" (我的补贴), so a public bundle carries no ID digits.

    lookup_token(secret, name, last4) = HMAC-SHA256(secret, NFC(name) \\x1f LAST4)[:32 hex]

The township secret reaches the county publisher and the township's kiosks (`gongkai setup`,
config `township_secret`, env GONGKAI_TOWNSHIP_SECRET) and never travels in a bundle. Without it,
the name and the last four characters of an ID number cannot be tested against a token, so a
downloaded bundle does not let anyone run the lookup; the kiosk, holding the secret, still can.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata

ENV = "GONGKAI_TOWNSHIP_SECRET"
MIN_SECRET_CHARS = 16
HIDDEN_LAST4 = "****"  # what a published payout carries in place of the ID digits
_configured: str | None = None
_from_config: str | None = None


def lookup_token(secret: str, name: str, last4: str) -> str:
    message = unicodedata.normalize("NFC", name.strip()) + "\x1f" + last4.strip().upper()
    return hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def check_secret(secret: str) -> str:
    from kiosk.errors import ValidationError

    secret = (secret or "").strip()
    if len(secret) < MIN_SECRET_CHARS or not secret.isascii() or any(c.isspace() for c in secret):
        raise ValidationError(f"乡镇密钥应为至少 {MIN_SECRET_CHARS} 个字符的 ASCII 文字，不含空格", "township_secret")
    return secret


def configure(secret: str | None) -> None:
    global _configured
    _configured = secret or None


def township_secret() -> str:
    """The secret this kiosk holds ('' when none): environment, then what was configured, then the config file."""
    global _from_config
    if os.environ.get(ENV):
        return os.environ[ENV]
    if _configured:
        return _configured
    if _from_config is None:
        from kiosk.config import load_config

        try:
            _from_config = load_config().township_secret or ""
        except Exception:  # noqa: BLE001 - a broken config file is reported by the command that reads it
            _from_config = ""
    return _from_config
