"""The kiosk's own Ed25519 key: it seals the audit chain (and #17 signs USB outbox exports with it).

    key_path(config=None) -> Path      $GONGKAI_KIOSK_KEY, else config `kiosk_key`, else /etc/gongkai/kiosk.key
    load_or_create(path) -> SigningKey one line of base64 of the 32-byte seed, written 0600
    active_key() -> SigningKey | None  the key this process signs with (None when none can be had)

The key lives outside the database on purpose: whoever can write kiosk.db cannot re-seal an
edited audit log. Beside it, `<key>.heads.json` remembers the newest audit row each database
reached, so a truncated or emptied log shows even without the county's copy of the head.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import ConfigError

if TYPE_CHECKING:  # nacl is imported where a key is made or read: the kiosk UI's start needs none
    from nacl.signing import SigningKey, VerifyKey

DEFAULT_PATH = Path("/etc/gongkai/kiosk.key")
ENV = "GONGKAI_KIOSK_KEY"
MAX_REMEMBERED = 64
_configured: Path | None = None
_cache: dict[Path, SigningKey] = {}


def configure(path: str | Path | None) -> None:
    """Composition roots (gongkai run, the CLI) name the configured key file; the environment still wins."""
    global _configured
    _configured = Path(path) if path else None


def key_path(config=None) -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    configured = getattr(config, "kiosk_key", None) if config is not None else None
    if configured:
        return Path(configured)
    if _configured is not None:
        return _configured
    return _from_config_file()


_config_file_path: Path | None = None


def _from_config_file() -> Path:
    """`kiosk_key` from the kiosk's configuration file (read once), else the default."""
    global _config_file_path
    if _config_file_path is None:
        from kiosk.config import load_config

        try:
            _config_file_path = Path(load_config().kiosk_key or DEFAULT_PATH)
        except Exception:  # noqa: BLE001 - a broken config file is reported by the command that reads it
            _config_file_path = DEFAULT_PATH
    return _config_file_path


def _decode(text: str, path: Path) -> SigningKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"本机密钥 {path} 不是有效的 base64") from None
    if len(raw) != 32:
        raise ConfigError(f"本机密钥 {path} 长度应为 32 字节，实际 {len(raw)}")
    from nacl.signing import SigningKey

    return SigningKey(raw)


def load(path: str | Path) -> SigningKey:
    path = Path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"本机密钥 {path} 不是普通文件")
        if info.st_mode & 0o077 and info.st_uid == os.getuid():
            os.chmod(path, 0o600)  # a key others can read is no key: tighten it
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"本机密钥无法读取: {path} ({getattr(exc, 'strerror', None) or exc})") from None
    return _decode(text, path)


def load_or_create(path: str | Path) -> SigningKey:
    """The key at `path`, made (mode 0600, never overwriting) when there is none yet."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        from nacl.signing import SigningKey

        key = SigningKey.generate()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load(path)  # another process made it first
        except OSError as exc:
            raise ConfigError(f"无法创建本机密钥 {path}（{exc.strerror}）") from None
        with os.fdopen(fd, "w") as f:
            f.write(base64.b64encode(bytes(key)).decode() + "\n")
            f.flush()
            os.fsync(f.fileno())
        return key
    return load(path)


def active_key() -> SigningKey | None:
    """This process's kiosk key, created on first use; None when the path cannot be read or made."""
    path = key_path()
    if path in _cache:
        return _cache[path]
    try:
        key = load_or_create(path)
    except (ConfigError, OSError):
        return None
    _cache[path] = key
    return key


def existing_key() -> SigningKey | None:
    """This process's kiosk key if it already exists (verifying never makes a new key)."""
    path = key_path()
    if path in _cache:
        return _cache[path]
    if not path.exists():
        return None
    try:
        key = load(path)
    except ConfigError:
        return None
    _cache[path] = key
    return key


def public_key_b64(key: SigningKey) -> str:
    return base64.b64encode(bytes(key.verify_key)).decode()


def verify_key_from(text: str) -> VerifyKey:
    """A public key given as base64 (e.g. the one `gongkai setup` showed), for verifying elsewhere."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError("公钥不是有效的 base64") from None
    if len(raw) != 32:
        raise ConfigError("公钥长度应为 32 字节")
    from nacl.signing import VerifyKey

    return VerifyKey(raw)


# --- the newest audit row each database reached, kept beside the key ---------------------------

def heads_path(path: Path | None = None) -> Path:
    path = path or key_path()
    return path.with_name(path.name + ".heads.json")


def read_heads(path: Path | None = None) -> dict:
    try:
        body = json.loads(heads_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def head_key(db_id: str, db_file: str) -> str:
    """A log is remembered per database id and file: a copy elsewhere starts its own history."""
    return f"{db_id}@{os.path.realpath(db_file) if db_file else ''}"


def remember_head(db_id: str, row_id: int, row_hash: str, db_file: str) -> None:
    """Raise (never lower) the head remembered for a database. Failures to write are not fatal."""
    target = heads_path()
    heads = read_heads()
    entry = head_key(db_id, db_file)
    known = heads.get(entry)
    if isinstance(known, dict) and isinstance(known.get("id"), int) and known["id"] >= row_id:
        return
    heads.pop(entry, None)
    heads[entry] = {"id": row_id, "hash": row_hash}  # newest last
    files = heads.pop("files", {})
    files = files if isinstance(files, dict) else {}
    if db_file:
        files.pop(os.path.realpath(db_file), None)
        files[os.path.realpath(db_file)] = entry
    # A kiosk has one or two databases; a development machine many short-lived ones: keep the newest.
    for name in [k for k in heads if k != "files"][:-MAX_REMEMBERED]:
        del heads[name]
    heads["files"] = dict(list(files.items())[-MAX_REMEMBERED:])
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(heads, f)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
