"""Ed25519 keys: the county signs bundles with a private key; kiosks pin the public keys they trust.

Key files hold base64 text (one line), so they can be pasted into a config file as well.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from kiosk.errors import BundleRejected, ConfigError

PRIVATE_NAME = "signing.key"
PUBLIC_NAME = "signing.pub"


def generate(out_dir: str | Path) -> tuple[Path, Path]:
    """Write a new key pair; refuses to overwrite an existing private key."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    private, public = out / PRIVATE_NAME, out / PUBLIC_NAME
    if private.exists():
        raise ConfigError(f"{private} 已存在，不会覆盖（丢失旧私钥会让所有一体机拒收新数据包）")
    key = SigningKey.generate()
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(base64.b64encode(bytes(key)).decode() + "\n")
    public.write_text(base64.b64encode(bytes(key.verify_key)).decode() + "\n")
    return private, public


def _decode(text: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ConfigError(f"{what}不是有效的 base64: {exc}") from exc
    if len(raw) != size:
        raise ConfigError(f"{what}长度应为 {size} 字节，实际 {len(raw)}")
    return raw


def load_signing_key(path: str | Path) -> SigningKey:
    try:
        text = Path(path).read_text()
    except OSError as exc:
        raise ConfigError(f"私钥文件无法读取: {path} ({exc.strerror})") from exc
    return SigningKey(_decode(text, 32, f"私钥 {path} "))


def load_trusted_keys(entries: list[str] | tuple[str, ...]) -> list[VerifyKey]:
    """Each entry is a public-key file path or the base64 key itself."""
    keys = []
    for entry in entries:
        path = Path(entry)
        if path.is_file():
            try:
                text = path.read_text()
            except OSError as exc:
                raise ConfigError(f"公钥文件无法读取: {entry} ({exc.strerror})") from exc
        elif len(entry.strip()) == 44 and entry.strip().endswith("="):
            text = entry  # the base64 key itself (it may contain "/", so it is tried after the file)
        else:
            raise ConfigError(f"公钥文件不存在: {entry}")
        keys.append(VerifyKey(_decode(text, 32, f"公钥 {entry} ")))
    return keys


def key_id(key: VerifyKey) -> str:
    return base64.b64encode(bytes(key)).decode()[:12]


def sign(key: SigningKey, message: bytes) -> bytes:
    return base64.b64encode(key.sign(message).signature) + b"\n"


def check_signature(message: bytes, signature_file: bytes, trusted: list[VerifyKey]) -> VerifyKey:
    """Return the pinned key that signed `message`, or raise with a clear reason."""
    if not trusted:
        raise BundleRejected("本机没有配置受信任的公钥（trusted_keys），拒绝应用任何数据包")
    try:
        signature = base64.b64decode(signature_file.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BundleRejected("签名文件格式错误") from None
    if len(signature) != 64:
        raise BundleRejected("签名文件格式错误（长度不对）")
    for key in trusted:
        try:
            key.verify(message, signature)
            return key
        except BadSignatureError:
            continue
    raise BundleRejected("签名无效：数据包被改动过，或不是由本机信任的密钥签发的")
