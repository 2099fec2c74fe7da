"""The sealed USB outbox file: records of every upward kind (sync/upward/) carried on a stick from a
kiosk without network.

    outbox-<township>-<kiosk>-<UTC stamp>.gkbox   (mode 0600), one JSON object:
    {"format": "gongkai-outbox-sealed", "version": 1, "township": T, "kiosk_id": K,
     "sealed": base64(SealedBox(county).encrypt(kiosk_ed25519.sign(payload_json)))}

The payload is an upload body ({wire key: [record, ...]} for every kind) with "format",
"township", "kiosk_id" and "exported_at"; the county imports it as that kiosk's upload.

- Signed by the kiosk's own Ed25519 key (config `kiosk_key`, one line of base64 of the seed), whose
  public half the county registered with `gongkai keygen --kiosk-token T:K --kiosk-pub KEY`.
- Encrypted (NaCl SealedBox) to the county: its Ed25519 signing key, converted to Curve25519, the
  same key pair the kiosk already pins in `trusted_keys`. Only the county's private key opens it.
- The county opens it, checks the signature against the key registered for T:K, and checks that
  the signed payload names the same T:K. Anything else is refused before a row is stored.
"""

from __future__ import annotations

import base64
import binascii
import json

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import SealedBox
from nacl.signing import SigningKey, VerifyKey

from kiosk.errors import ValidationError

FORMAT = "gongkai-outbox-sealed"
SUFFIX = ".gkbox"
MAX_FILE = 256 << 20


def seal(payload: dict, kiosk_key: SigningKey, county_key: VerifyKey) -> bytes:
    inner = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    sealed = SealedBox(county_key.to_curve25519_public_key()).encrypt(kiosk_key.sign(inner))
    outer = {"format": FORMAT, "version": 1, "township": payload["township"], "kiosk_id": payload["kiosk_id"],
             "sealed": base64.b64encode(sealed).decode()}
    return json.dumps(outer, ensure_ascii=False).encode() + b"\n"


def check_public_key(text: str) -> str:
    """A kiosk's Ed25519 public key, base64 of 32 bytes."""
    try:
        raw = base64.b64decode(str(text).strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ValidationError("一体机公钥无效：应为 32 字节 Ed25519 公钥的 base64（44 个字符）")
    return base64.b64encode(raw).decode()


def unseal(name: str, raw: bytes, county_key: SigningKey, public_key_for) -> dict:
    """The payload of a sealed export, or ValidationError naming the file and the reason.

    `public_key_for(township, kiosk_id)` gives the registered base64 key ("" when none)."""
    try:
        outer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(f"{name} 不是一体机导出的申请文件") from None
    if not isinstance(outer, dict) or outer.get("format") != FORMAT or outer.get("version") != 1:
        raise ValidationError(f"{name} 不是一体机导出的加密申请文件（可能是旧版未签名的导出，拒绝导入）")
    township, kiosk_id, sealed = outer.get("township"), outer.get("kiosk_id"), outer.get("sealed")
    if not all(isinstance(v, str) and 0 < len(v) <= 32 for v in (township, kiosk_id)) or not isinstance(sealed, str):
        raise ValidationError(f"{name} 格式错误")
    registered = public_key_for(township, kiosk_id)
    if not registered:
        raise ValidationError(f"{name}：县级没有登记一体机 {township}:{kiosk_id} 的公钥"
                              "（gongkai keygen --kiosk-token ... --kiosk-pub ...），拒绝导入")
    try:
        signed = SealedBox(county_key.to_curve25519_private_key()).decrypt(base64.b64decode(sealed, validate=True))
    except (binascii.Error, ValueError, CryptoError):
        raise ValidationError(f"{name} 无法解密：不是加密给本县密钥的文件，或文件已损坏") from None
    try:
        inner = VerifyKey(base64.b64decode(registered)).verify(signed)
    except (BadSignatureError, ValueError):
        raise ValidationError(f"{name} 签名无效：不是一体机 {township}:{kiosk_id} 用本机密钥签发的，拒绝导入") from None
    try:
        payload = json.loads(inner.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(f"{name} 内容格式错误") from None
    if not isinstance(payload, dict) or (payload.get("township"), payload.get("kiosk_id")) != (township, kiosk_id):
        raise ValidationError(f"{name} 内容与文件所署的一体机不符，拒绝导入")
    return payload
