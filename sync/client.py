"""One sync, kiosk side: pull new bundles, verify, apply; then push the outbox and fetch replies.

    run_sync(db, target, clock, staging=...)  -> SyncReport

Bundles come from the county server (`server_url`) or from a folder (`from_dir`, e.g. a USB
stick); both go through the same verifier. The result is written to sync_state for the
home and staff screens whatever happens.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import sqlite_utils

from kiosk import __version__
from kiosk.clock import Clock, iso_now
from kiosk.content.home import BUNDLE_EXPIRES_AT
from kiosk.errors import BundleRejected, KioskError, StoreError, SyncError, TokenRefused, TransportError
from kiosk.store import content_repo, outbox_repo, sync_state_repo
from kiosk.trust import audit
from sync import bundle, keys, outbox, upward
from sync.apply import applied_sequence, apply_bundle
from sync.status import LAST_SYNC_AT, LAST_SYNC_RESULT, pending_upward
from sync.transport import Backoff, DirSource, HttpSource, make_client
from sync.verify import Source, fetch_verified


@dataclass(frozen=True)
class SyncTarget:
    township: str
    trusted_keys: list[str]
    kiosk_id: str = "K01"
    server_url: str = ""
    from_dir: Path | None = None
    upload_token: str = ""


@dataclass
class SyncReport:
    ok: bool = True
    message: str = ""
    applied: list[int] = field(default_factory=list)
    sequence: int = 0
    uploaded: dict[str, int] = field(default_factory=dict)  # {upward kind name: records acknowledged}
    county_changes: int = 0
    stale: bool = False
    errors: list[str] = field(default_factory=list)
    failures: list[Exception] = field(default_factory=list, repr=False)


def dir_source(folder: Path, township: str) -> tuple[Source, bool]:
    """A folder holding one bundle (manifest.json) or a copy of the repository; True if one bundle."""
    folder = Path(folder)
    if (folder / bundle.MANIFEST_NAME).exists():
        return DirSource(folder), True
    for candidate in (folder / township, folder / "public" / township, folder):
        if (candidate / bundle.INDEX_NAME).exists():
            return DirSource(candidate), False
    raise SyncError(f"{folder} 中找不到数据包（manifest.json）或本乡镇 {township} 的索引（index.json）")


def pull(db: sqlite_utils.Database, source: Source, single: bool, target: SyncTarget, staging: Path,
         clock: Clock) -> list[int]:
    """Fetch, verify and apply whatever is newer than the applied sequence; returns the sequences applied."""
    trusted = keys.load_trusted_keys(target.trusted_keys)
    if single:
        plan = [{"path": "", "sequence": None}]
    else:
        try:
            raw = source.read_small(bundle.INDEX_NAME, bundle.MAX_INDEX_BYTES)
        except FileNotFoundError:
            raise SyncError(f"服务器上还没有乡镇 {target.township} 的数据包") from None
        plan = bundle.choose_bundles(bundle.parse_index(raw, target.township), applied_sequence(db))
    applied = []
    for entry in plan:
        verified = fetch_verified(
            source, entry["path"], staging / target.township, trusted=trusted, township=target.township,
            applied_sequence=applied_sequence(db), have_attachments=content_repo.attachment_hashes(db),
            now=clock.now(),
        )
        try:
            apply_bundle(db, verified, clock)
        except sqlite3.Error as exc:
            raise BundleRejected(f"数据包内容无法应用（{type(exc).__name__}），已保持原有数据") from exc
        except StoreError as exc:
            raise BundleRejected(f"数据包内容无法应用（{exc}），已保持原有数据") from exc
        shutil.rmtree(verified.directory, ignore_errors=True)
        applied.append(verified.manifest.sequence)
    return applied


class _SyncLock:
    """One sync at a time per database, across processes (the app's timer and a manual run)."""

    def __init__(self, staging: Path):
        staging.mkdir(parents=True, exist_ok=True)
        self.file = open(staging / "sync.lock", "w")  # noqa: SIM115 - held for the whole sync

    def __enter__(self) -> None:
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.close()
            raise SyncError("另一次同步正在进行，请稍后再试") from None

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def run_sync(db: sqlite_utils.Database, target: SyncTarget, clock: Clock, *, staging: Path,
             client: httpx.Client | None = None, backoff: Backoff | None = None,
             printer_state: str = "unknown") -> SyncReport:
    if not target.township:
        raise KioskError("没有配置乡镇代码（township），无法同步")
    if not target.server_url and target.from_dir is None:
        raise KioskError("没有配置县级服务器地址（server_url），也没有指定 --from 目录")
    report = SyncReport()
    backoff = backoff or Backoff()
    with _SyncLock(staging):
        if target.from_dir is not None:
            _step(report, lambda: report.applied.extend(
                pull(db, *dir_source(target.from_dir, target.township), target, staging, clock)))
        else:
            own_client = client is None
            client = client or make_client(target.upload_token)
            try:
                _sync_server(db, target, clock, staging, client, backoff, report, printer_state)
            finally:
                if own_client:
                    client.close()
        _finish(db, clock, report)
    return report


def _sync_server(db, target: SyncTarget, clock: Clock, staging: Path, client: httpx.Client,
                 backoff: Backoff, report: SyncReport, printer_state: str) -> None:
    base = target.server_url.rstrip("/") + "/"
    source = HttpSource(client, base + target.township + "/", backoff)
    _step(report, lambda: report.applied.extend(pull(db, source, False, target, staging, clock)))
    if any(isinstance(e, TransportError) for e in report.failures):
        return  # the server is unreachable: do not spend the night retrying the uploads too
    if not target.upload_token:
        waiting = outbox_repo.pending_counts(db)["by_kind"]
        if any(waiting.values()):
            report.errors.append(f"未配置上传令牌（upload_token），{upward.summary(waiting)}未上传")
            report.ok = False
        return
    api = base + "api/v1/"
    client.headers.setdefault("Authorization", f"Bearer {target.upload_token}")

    def changes() -> None:
        report.county_changes = outbox.pull_county_changes(db, client, api, clock, backoff)

    def upload() -> None:
        report.uploaded = outbox.push(db, client, api, clock, backoff).sent

    _step(report, changes)
    if any(isinstance(e, TokenRefused) for e in report.failures):
        outbox_repo.note_failure(db, [r[0] for r in outbox_repo.pending(db)], report.errors[-1])
        return
    _step(report, upload)
    _step(report, lambda: outbox.send_heartbeat(client, api, {
        "version": __version__, "kiosk_id": target.kiosk_id,
        "last_sync_at": sync_state_repo.get(db, LAST_SYNC_AT), "last_sequence": applied_sequence(db),
        "free_disk_bytes": outbox.free_disk_bytes(staging), "printer": printer_state,
        "pending": pending_upward(db), "audit_head": audit.head_hash(db),
    }))


def _step(report: SyncReport, action) -> None:
    try:
        try:
            action()
        except OSError as exc:  # disk full, unreadable stick: still a result the staff must see
            raise SyncError(f"文件读写失败：{exc.strerror or exc}") from exc
        except sqlite3.Error as exc:
            raise SyncError(f"数据库错误：{exc}") from exc
    except KioskError as exc:
        report.ok = False
        report.errors.append(("已拒绝数据包：" if isinstance(exc, BundleRejected) else "") + str(exc))
        report.failures.append(exc)


def _finish(db: sqlite_utils.Database, clock: Clock, report: SyncReport) -> None:
    report.sequence = applied_sequence(db)
    expires = sync_state_repo.get(db, BUNDLE_EXPIRES_AT)
    report.stale = bool(expires) and dt.datetime.fromisoformat(expires) < clock.now()
    if report.ok:
        if report.applied:
            text = f"成功：已更新到第 {report.sequence} 版"
        else:
            text = f"成功：已是最新（第 {report.sequence} 版）" if report.sequence else "成功：服务器上暂无新数据"
        if any(report.uploaded.values()):
            text += f"，上传{upward.summary(report.uploaded)}"
        if report.county_changes:
            text += f"，收到县级答复 {report.county_changes} 条"
    else:
        text = "失败：" + report.errors[0]
    if report.stale:
        text += "（数据可能已过期）"
    report.message = text
    with db.atomic():
        sync_state_repo.put(db, LAST_SYNC_AT, iso_now(clock))
        sync_state_repo.put(db, LAST_SYNC_RESULT, text[:200])
