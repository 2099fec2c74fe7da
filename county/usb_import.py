"""The county's import of sealed outbox files a kiosk without network wrote to a USB stick
(`gongkai outbox export` there, `gongkai county import-usb` here).

Each file must be encrypted to the county's key and signed by the registered key of the kiosk it
names (sync/outbox_seal.py); any other file is refused before anything is stored. The records, of
every upward kind, are stored as an upload of that kiosk would be: importing a file twice changes
nothing. A record the kiosk's rules refuse (county/upload_rules.py) is not stored: its reason is
in the answer's "refused" and on the console's fleet page.
"""

from __future__ import annotations

from pathlib import Path

from county import upward
from county.service import store_upload
from county.store import CountyStore
from kiosk.clock import Clock
from kiosk.errors import ValidationError
from sync import upward as sync_upward


def import_usb_folder(db: CountyStore, folder: Path, clock: Clock, county_key) -> dict:
    """Load every outbox-*.gkbox in `folder`: {"files": n, "new": {kind name: records new here},
    "refused": {kind name: [reason]}}."""
    from sync.outbox_seal import MAX_FILE, unseal

    folder = Path(folder)
    files = sorted(folder.glob("outbox-*.gkbox"))
    if not files:
        raise ValidationError(f"{folder} 中没有一体机导出的申请文件（outbox-*.gkbox）")
    payloads = []
    for path in files:
        try:
            if path.stat().st_size > MAX_FILE:
                raise ValidationError(f"{path.name} 过大")
            raw = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"{path.name} 无法读取: {exc.strerror}") from exc
        payloads.append(unseal(path.name, raw, county_key, db.kiosk_public_key))
    before = upward.counts(db)
    refused: dict[str, list[str]] = {}
    for payload in payloads:
        answer = store_upload(db, payload["township"], payload["kiosk_id"], payload, clock)
        for name, found in sync_upward.refusals(answer).items():
            refused.setdefault(name, []).extend(found.values())
    after = upward.counts(db)
    return {"files": len(files), "new": {name: after[name] - before.get(name, 0) for name in after},
            "refused": {name: reasons for name, reasons in refused.items() if reasons}}
