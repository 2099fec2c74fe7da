"""The kiosk's settings: one table of (name, default, help), read once from a TOML file and passed in.

Lookup order for the file: an explicit path, $GONGKAI_CONFIG, /etc/gongkai/kiosk.toml,
then $XDG_CONFIG_HOME/gongkai/kiosk.toml. A missing file means every default applies.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.errors import ConfigError
from kiosk.paths import config_dir

SYSTEM_CONFIG = Path("/etc/gongkai/kiosk.toml")


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("township", "", "Code of the township this kiosk serves; bundles for other townships are refused."),
    Setting("kiosk_id", "K01", "This kiosk's id inside the township (2-4 letters or digits); part of request numbers."),
    Setting("server_url", "", "County server base URL for nightly sync, e.g. https://gongkai.example-county.gov.cn/"),
    Setting("trusted_keys", [], "Ed25519 public keys (file paths or base64) whose signatures on bundles are accepted."),
    Setting("upload_token", "", "This kiosk's secret token for uploading requests to the county server."),
    Setting("printer", "", "Receipt printer: a CUPS queue name, 'escpos:/dev/usb/lp0', 'pdf-file:/dir' (each job filed as a PDF: the demo), or empty for the default queue."),
    Setting("receipt_format", "roll80", "Receipt paper: roll80 (80 mm thermal roll) or a4."),
    Setting("idle_seconds", 90, "Seconds without a touch before the resident screen offers to reset."),
    Setting("countdown_seconds", 20, "Length of the spoken countdown before the screen resets."),
    Setting("staff_idle_seconds", 300, "Seconds without input before staff mode logs out."),
    Setting("name_masking", "surname", "How recipient names show: surname (张*), surname_last (张*明) or none."),
    Setting("voice", "cmn-latn-pinyin", "espeak-ng voice for read-aloud."),
    Setting("default_language", "", "Language every resident session starts in (zh, en, ug...); empty: the "
            "township's setting from the county's bundle, else zh."),
    Setting("languages", [], "Languages offered on the home screen, e.g. [\"zh\", \"ug\", \"en\"]; empty: the "
            "township's setting from the county's bundle, else zh and en."),
    Setting("kiosk_key", "/etc/gongkai/kiosk.key",
            "This kiosk's Ed25519 key (base64 seed, mode 0600) sealing the audit log; $GONGKAI_KIOSK_KEY overrides."),
    Setting("township_secret", "",
            "Secret shared by the township's kiosks and the county publisher; keys the my-payouts lookup tokens."),
    Setting("public_status_base", "", "Base https URL of the county's public status page (gongkai setup defaults it to the county server); the receipt QR holds "
            "{public_status_base}/s/{number}?c={code}. Empty: the QR holds the kiosk-only GK1 payload."),
    Setting("intake_channel", "in_person", "Walk-in default for 申请方式 on the intake form (in_person, oral, ...)."),
    Setting("intake_delivery_form", "paper", "The office's usual 提供形式 for a walk-in (paper, electronic, or empty)."),
    Setting("intake_delivery_method", "pickup", "The office's usual 获取方式 for a walk-in (pickup, post, email, fax, "
            "or empty)."),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}
# Settings that once existed: a file that still sets them loads, and they change nothing.
RETIRED = {
    "sync_window": "the nightly sync runs from gongkai-sync.timer (01:00-05:00, a random minute per kiosk)",
}


@dataclass(frozen=True)
class Config:
    township: str = ""
    kiosk_id: str = "K01"
    server_url: str = ""
    trusted_keys: list[str] = field(default_factory=list)
    upload_token: str = ""
    printer: str = ""
    receipt_format: str = "roll80"
    idle_seconds: int = 90
    countdown_seconds: int = 20
    staff_idle_seconds: int = 300
    name_masking: str = "surname"
    voice: str = "cmn-latn-pinyin"
    default_language: str = ""
    languages: list[str] = field(default_factory=list)
    kiosk_key: str = "/etc/gongkai/kiosk.key"
    township_secret: str = ""
    public_status_base: str = ""
    intake_channel: str = "in_person"
    intake_delivery_form: str = "paper"
    intake_delivery_method: str = "pickup"
    source: Path | None = None  # the file these values came from, if any

    def replace(self, **changes: Any) -> Config:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Config(**values)


def config_path(explicit: str | Path | None = None) -> Path | None:
    candidates = [explicit, os.environ.get("GONGKAI_CONFIG"), SYSTEM_CONFIG, config_dir() / "kiosk.toml"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    if explicit:
        raise ConfigError(f"配置文件不存在: {explicit}")
    return None


def load_config(explicit: str | Path | None = None) -> Config:
    path = config_path(explicit)
    if path is None:
        return Config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"配置文件 {path} 无法读取: {exc}") from exc
    raw = {k: v for k, v in raw.items() if k not in RETIRED}
    unknown = sorted(set(raw) - set(_DEFAULTS))
    if unknown:
        raise ConfigError(f"配置文件 {path} 有未知的设置: {', '.join(unknown)}")
    for name, value in raw.items():
        expected = type(_DEFAULTS[name])
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"配置文件 {path}: {name} 应为 {expected.__name__}")
    return Config(**raw, source=path)
