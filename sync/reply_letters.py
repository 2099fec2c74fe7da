"""The reply letter (答复书 PDF) travelling down to the township kiosk inside the signed bundle.

Bundles are public static files, and a reply letter names the applicant, so each letter goes in
sealed to the kiosk that logged the request: NaCl SealedBox to that kiosk's Ed25519 key (the one the
county registered for its USB outbox, converted to Curve25519). Inside the bundle it is an attachment
like any other, listed in the signed manifest with its hash, so it is verified like every bundle
file before anything is applied; only the kiosk it is sealed to can open it.

    sealed plaintext = JSON header line {"request_uuid", "event_uuid", "sha256", "name"} + b"\\n" + PDF

The kiosk opens the sealed attachments of each bundle it applies (sync/apply.py), checks that the
PDF's hash is the one the header names and that the request is one of its own, and keeps the
letter (kiosk/store/reply_letters_repo.py) for staff to print from the request's page.
"""

from __future__ import annotations

import base64
import hashlib
import json

from nacl.exceptions import CryptoError
from nacl.public import SealedBox
from nacl.signing import SigningKey, VerifyKey

SEALED_MIME = "application/vnd.gongkai.sealed-reply"
MAX_LETTER = 20 << 20


def seal_letter(pdf: bytes, header: dict, kiosk_public_key_b64: str) -> bytes:
    key = VerifyKey(base64.b64decode(kiosk_public_key_b64))
    head = json.dumps({k: header[k] for k in ("request_uuid", "event_uuid", "sha256", "name")},
                      ensure_ascii=False, sort_keys=True).encode()
    return SealedBox(key.to_curve25519_public_key()).encrypt(head + b"\n" + pdf)


def open_letter(blob: bytes, kiosk_key: SigningKey) -> tuple[dict, bytes] | None:
    """(header, pdf) of a letter sealed to this kiosk; None when it is sealed to another kiosk, or is
    not a well-formed letter whose PDF has the hash its header names."""
    try:
        plain = SealedBox(kiosk_key.to_curve25519_private_key()).decrypt(blob)
    except (CryptoError, ValueError, TypeError):
        return None
    head, sep, pdf = plain.partition(b"\n")
    try:
        header = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if (not sep or not isinstance(header, dict) or len(pdf) > MAX_LETTER or not pdf.startswith(b"%PDF-")
            or header.get("sha256") != hashlib.sha256(pdf).hexdigest()
            or not all(isinstance(header.get(k), str) for k in ("request_uuid", "event_uuid", "name"))):
        return None
    return header, pdf
