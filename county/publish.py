"""County side: turn a source folder into the next full bundle and a delta from the previous one.

    gongkai publish SOURCE_DIR --out REPO_DIR --key signing.key

Writes <repo>/public/<township>/bundles/<seq>-full and <seq>-delta-<prev>, then replaces
index.json last (atomically), so a kiosk never sees an index pointing at a half-written bundle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from county import public_dir
from county.source_folder import read_source
from kiosk.clock import SHANGHAI, Clock, iso_now
from kiosk.store.content_file_repo import ContentFile, row_counts, write_delta
from sync import bundle, keys
from sync.bundle import Attachment
from sync.reply_letters import SEALED_MIME, seal_letter

KEEP_DELTAS = 14  # a kiosk offline for two weeks still catches up with deltas
KEEP_FULLS = 2


def _read_index(path: Path) -> dict:
    if not path.is_file():
        return {"latest": 0}
    return json.loads(path.read_text(encoding="utf-8"))


def _bundle_dirs(township_dir: Path) -> list[tuple[int, int | None, Path]]:
    found = []
    for d in sorted((township_dir / "bundles").glob("*")):
        if not d.is_dir() or d.name.endswith(".tmp") or not (d / bundle.MANIFEST_NAME).is_file():
            continue
        head, _, rest = d.name.partition("-")
        base = int(rest.split("-")[1]) if rest.startswith("delta-") else None
        found.append((int(head), base, d))
    return found


def publish(source: Path, repo: Path, key_path: Path, clock: Clock, *, expires_days: int = 7,
            township_secret: str = "", names: str = "surname", store=None) -> dict:
    """`township_secret` keys the my-payouts lookup tokens (never written into the bundle); `names`
    is how recipient names are published (surname, surname_last, or full for a notice board).
    `store` (the county database): its reply letters (答复书 PDF) for this township go in too,
    each sealed to the kiosk that logged the request (sync/reply_letters.py)."""
    key = keys.load_signing_key(key_path)
    content = read_source(source, township_secret=township_secret, names=names)
    code = content.township["code"]
    township_dir = public_dir(repo) / code
    (township_dir / "bundles").mkdir(parents=True, exist_ok=True)
    previous = max((b for b in _bundle_dirs(township_dir) if b[1] is None), default=None)
    sequence = max(int(_read_index(township_dir / bundle.INDEX_NAME).get("latest", 0)),
                   max((b[0] for b in _bundle_dirs(township_dir)), default=0)) + 1
    now = clock.now().astimezone(SHANGHAI)
    created, expires = iso_now(clock), (now + dt.timedelta(days=expires_days)).isoformat(timespec="seconds")
    attachments = [Attachment(sha, mime, path.stat().st_size) for sha, (mime, path) in content.attachments.items()]
    files = {sha: path for sha, (_, path) in content.attachments.items()}
    letters = sealed_letters(store, repo, code) if store is not None else {}
    for sha, path in letters.items():
        attachments.append(Attachment(sha, SEALED_MIME, path.stat().st_size))
        files[sha] = path
    result = {"township": code, "sequence": sequence, "expires_at": expires, "reply_letters": len(letters)}
    with tempfile.TemporaryDirectory(prefix="gongkai-publish-") as tmp:
        full_file = Path(tmp) / "full.sqlite"
        with ContentFile(full_file) as out:
            for table, (columns, rows) in content.tables.items():
                out.insert(table, columns, rows)
            for year, source_name, days in content.calendars:
                out.insert("calendar_years", ("year", "source", "imported_at"), [(year, source_name, created)])
                out.insert("calendar_days", ("day", "kind", "name"), days)
        counts = {k: v for k, v in row_counts(full_file).items() if v}
        bundle.write_bundle(
            township_dir / bundle.bundle_dir_name(sequence, None), township=code, sequence=sequence, base=None,
            created_at=created, expires_at=expires, content_file=full_file, attachment_files=files,
            attachments=attachments, counts=counts, key=key,
        )
        result["full"] = counts
        if previous is not None:
            prev_seq, _, prev_dir = previous
            delta_file = Path(tmp) / "delta.sqlite"
            changes = write_delta(full_file, prev_dir / bundle.CONTENT_NAME, delta_file)
            old = {a["sha256"] for a in json.loads((prev_dir / bundle.MANIFEST_NAME).read_bytes())["attachments"]}
            bundle.write_bundle(
                township_dir / bundle.bundle_dir_name(sequence, prev_seq), township=code, sequence=sequence,
                base=prev_seq, created_at=created, expires_at=expires, content_file=delta_file,
                attachment_files={s: p for s, p in files.items() if s not in old},
                attachments=attachments, counts=changes, key=key,
            )
            result["delta"] = {"base": prev_seq, "changes": changes}
    _prune(township_dir, sequence)
    _write_index(township_dir, code, sequence, created)
    return result


def sealed_letters(store, repo: Path, township: str) -> dict[str, Path]:
    """{sha256: file} of this township's reply letters, sealed to their kiosks. A sealed copy is
    kept under REPO/county/sealed (private, beside the database) and reused, so a letter keeps one
    hash and a delta bundle does not carry it again."""
    folder = Path(repo) / "county" / "sealed"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    found = {}
    for letter in store.reply_letters(township):
        key_id = hashlib.sha256(letter["public_key"].encode()).hexdigest()[:16]
        path = folder / f"{letter['sha256']}-{key_id}.sealed"
        if not path.is_file():
            blob = seal_letter(letter["content"], {"request_uuid": letter["request_uuid"],
                                                   "event_uuid": letter["event_uuid"], "sha256": letter["sha256"],
                                                   "name": letter["filename"]}, letter["public_key"])
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(blob)
            tmp.replace(path)
        found[hashlib.sha256(path.read_bytes()).hexdigest()] = path
    return found


def _prune(township_dir: Path, sequence: int) -> None:
    bundles = _bundle_dirs(township_dir)
    fulls = sorted((b for b in bundles if b[1] is None), reverse=True)
    for _, _, d in fulls[KEEP_FULLS:]:
        shutil.rmtree(d)
    for seq, base, d in bundles:
        if base is not None and seq <= sequence - KEEP_DELTAS:
            shutil.rmtree(d)


def _write_index(township_dir: Path, code: str, sequence: int, published_at: str) -> None:
    entries = [
        {"sequence": seq, "base": base, "path": f"bundles/{d.name}"}
        for seq, base, d in _bundle_dirs(township_dir)
        if base is not None or seq == sequence
    ]
    body = {"format": bundle.INDEX_FORMAT, "township": code, "latest": sequence,
            "published_at": published_at, "bundles": entries}
    tmp = township_dir / (bundle.INDEX_NAME + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(township_dir / bundle.INDEX_NAME)
