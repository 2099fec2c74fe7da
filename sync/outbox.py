"""Kiosk side of the upward flow: push the outbox, fetch county status changes, export to a stick.

The outbox carries every kind declared in sync/upward/, each collected and checked by its own
declaration. A row leaves the outbox only when the county's answer names it: a timeout, a refused
connection or a half-written reply leaves everything pending for the next attempt. A record the
county's rules refuse (its answer's "refused", with a reason) stays pending with that reason, and
the sync says so; the county keeps it for an officer too (county/upward.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx
import sqlite_utils

from kiosk import diskspace
from kiosk.clock import Clock, iso_now, today
from kiosk.errors import KioskError, SyncError, TokenRefused, TransportError
from kiosk.requests import lifecycle
from kiosk.requests.service import recompute, remote_step_refusal
from kiosk.store import outbox_repo, sync_state_repo
from sync import upward
from sync.transport import Backoff

log = logging.getLogger(__name__)
BATCH = 200
COUNTY_CURSOR = "county_change_cursor"


@dataclass(frozen=True)
class PushResult:
    sent: dict[str, int]  # {kind name: records acknowledged}


Row = tuple[int, str, str, int]  # outbox (id, kind, ref, version)
_COLLECT_CHUNK = 500


def _batch(db: sqlite_utils.Database, rows: list[Row]) -> tuple[dict[str, list[dict]], list[tuple[int, str]]]:
    """The records of these outbox rows, {kind name: [record]}, each collected and checked by its
    kind; and (id, reason) of the rows that cannot go (a kind this kiosk does not know, or a
    record that fails its kind's check): they stay pending with the reason and hold back nothing."""
    batch = upward.empty()
    refused: list[tuple[int, str]] = []
    known = {k.name: k for k in upward.kinds()}
    for row_id, kind_name, _ref, _version in rows:
        if kind_name not in known:
            refused.append((row_id, f"未知的上传记录类型 {kind_name}"))
    for kind in known.values():
        wanted = [r for r in rows if r[1] == kind.name]
        records: list[dict] = []
        for start in range(0, len(wanted), _COLLECT_CHUNK):
            records += kind.collect(db, [r[2] for r in wanted[start:start + _COLLECT_CHUNK]])
        bad: dict[str, str] = {}
        for record in records:
            try:
                kind.validate(record)
            except KioskError as exc:
                bad[str(record.get(kind.ref))] = str(exc)
        refused += [(r[0], bad[r[2]]) for r in wanted if r[2] in bad]
        batch[kind.name] = [r for r in records if str(r.get(kind.ref)) not in bad]
    return batch, refused


def _answer(request, what: str) -> dict:
    """Send one API request; map every way it can fail to a retryable or a final error."""
    try:
        response = request()
    except httpx.TransportError as exc:
        raise TransportError(f"无法连接县级服务器（{type(exc).__name__}）") from exc
    if response.status_code >= 500:
        raise TransportError(f"县级服务器错误 {response.status_code}")
    if response.status_code == 401:
        raise TokenRefused("县级服务器拒绝了本机的上传令牌（upload_token），请联系县级管理员")
    if response.status_code != 200:
        raise SyncError(f"县级服务器拒绝{what} {response.status_code}: {response.text[:200]}")
    try:
        return response.json()
    except ValueError:
        raise TransportError("县级服务器的回复不完整") from None


def _post(client: httpx.Client, url: str, body: dict) -> dict:
    return _answer(lambda: client.post(url, json=body), "上传")


def push(db: sqlite_utils.Database, client: httpx.Client, api: str, clock: Clock, backoff: Backoff) -> PushResult:
    """Upload pending records of every kind in batches; mark each sent only when acknowledged."""
    sent = {k.name: 0 for k in upward.kinds()}
    unconfirmed = invalid = 0
    returned: list[str] = []  # the county's reasons for the records its rules refused
    last_id = 0
    while True:
        rows = outbox_repo.pending(db, BATCH, after=last_id)
        if not rows:
            break
        last_id = rows[-1][0]
        batch, refused = _batch(db, rows)
        for row_id, reason in refused:
            outbox_repo.note_failure(db, [row_id], reason)
        invalid += len(refused)
        rows = [r for r in rows if r[0] not in {row_id for row_id, _ in refused}]
        if not rows:
            continue
        payload = upward.to_wire(batch)
        try:
            answer = backoff.run(lambda payload=payload: _post(client, api + "upload", payload), "上传申请")
        except SyncError as exc:
            outbox_repo.note_failure(db, [r[0] for r in rows], str(exc))
            raise
        acked, refusals = upward.acknowledged(answer), upward.refusals(answer)
        done = [r for r in rows if r[2] in acked.get(r[1], ())]
        outbox_repo.mark_sent(db, [(r[0], r[3]) for r in done], iso_now(clock))
        for r in rows:
            reason = refusals.get(r[1], {}).get(r[2])
            if reason is not None and r[2] not in acked.get(r[1], ()):  # stays pending, with the county's reason
                outbox_repo.note_failure(db, [r[0]], f"县级退回：{reason}")
                log.warning("county refused %s %s: %s", r[1], r[2], reason)
                returned.append(reason)
        missing = [r[0] for r in rows if r[2] not in acked.get(r[1], ()) and r[2] not in refusals.get(r[1], {})]
        if missing:
            outbox_repo.note_failure(db, missing, "县级服务器未确认收到")
            unconfirmed += len(missing)
        for r in done:
            sent[r[1]] += 1
    if invalid:
        raise SyncError(f"{invalid} 条记录未通过上传前检查，留在本机（原因见待上传记录）")
    if returned:
        raise SyncError(f"县级退回 {len(returned)} 条记录，留在本机待上传（请联系县政务公开办核对）：{returned[0]}")
    if unconfirmed:
        raise SyncError(f"县级服务器未确认收到 {unconfirmed} 条记录，下次同步再传")
    return PushResult(sent)


def pull_county_changes(db: sqlite_utils.Database, client: httpx.Client, api: str, clock: Clock,
                        backoff: Backoff) -> int:
    """Fetch status changes made at the county and record them as request events."""
    applied = 0
    while True:
        since = int(sync_state_repo.get(db, COUNTY_CURSOR, "0") or 0)

        def fetch(since: int = since) -> dict:
            return _answer(lambda: client.get(api + "changes", params={"since": since}), "查询答复")

        body = backoff.run(fetch, "获取县级答复")
        changes = body.get("changes") or []
        if not changes:
            return applied
        with db.atomic():
            for change in changes:
                applied += _apply_change(db, change, clock)
            sync_state_repo.put(db, COUNTY_CURSOR, str(int(body.get("next", since))))


def _apply_change(db: sqlite_utils.Database, change: dict, clock: Clock) -> int:
    """One county change in its own savepoint: a malformed one is skipped, never blocks the rest."""
    try:
        with db.atomic():
            change = _refused_as_note(db, clock, change)
            if not outbox_repo.apply_county_change(db, change, iso_now(clock)):
                return 0
            # Status and due date follow from the events, as for a change made at the counter.
            recompute(db, clock, [change["request_uuid"]])
            return 1
    except (KeyError, TypeError, ValueError, KioskError) as exc:
        log.warning("county change %s skipped: %r", change.get("event_uuid"), exc)
        return 0


def _refused_as_note(db: sqlite_utils.Database, clock: Clock, change: dict) -> dict:
    """A county step this kiosk's rules refuse is not applied: it is kept as a note that staff see
    on the request's page (the step and the reason), and logged. Same uuid, so it is seen once."""
    if change.get("kind") == lifecycle.NOTE:
        return change
    kind = lifecycle.LEGACY_KINDS.get(change["kind"], change["kind"])
    data = change.get("data") or {}
    refusal = remote_step_refusal(db, clock, change["request_uuid"], kind, data)
    if not refusal:
        return change
    label = lifecycle.EVENT_LABELS.get(kind, kind)
    log.warning("county change %s (%s) refused: %s", change.get("event_uuid"), kind, refusal)
    note = f"县级登记的“{label}”（{data.get('on', '')}）未执行：{refusal}。请与县政务公开办核对。"
    return {**change, "kind": lifecycle.NOTE,
            "data": {"on": today(clock).isoformat(), "note": note, "county_refused": {"kind": kind, "data": data}}}


def free_disk_bytes(path: Path) -> int:
    try:
        stats = os.statvfs(path)
    except OSError:
        return -1
    return stats.f_bavail * stats.f_frsize


def send_heartbeat(client: httpx.Client, api: str, body: dict) -> None:
    _post(client, api + "heartbeat", body)


def export_outbox(db: sqlite_utils.Database, folder: Path, township: str, kiosk_id: str, clock: Clock,
                  kiosk_key, county_key) -> dict:
    """Write every pending record, of every kind, to `folder` for a kiosk with no network, signed
    with this kiosk's Ed25519 key and sealed to the county's key (sync/outbox_seal.py), mode 0600.

    Rows stay pending: a stick is not an acknowledgement. The county's USB import is idempotent,
    so exporting the same rows again later does no harm. Returns {"path", "counts": {kind: n}}.
    """
    from sync.outbox_seal import SUFFIX, seal

    batch, _refused = _batch(db, outbox_repo.pending(db, limit=1_000_000))
    payload = {"format": "gongkai-outbox", "township": township, "kiosk_id": kiosk_id,
               "exported_at": iso_now(clock), **upward.to_wire(batch)}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"outbox-{township}-{kiosk_id}-{stamp}{SUFFIX}"
    tmp = path.with_suffix(".tmp")
    sealed = seal(payload, kiosk_key, county_key)
    # Known before writing: a stick too small is named with both figures, and nothing is left on it.
    tail = "U盘上没有留下文件，待上传记录仍保留在本机；请换一个空间足够的U盘"
    diskspace.require(folder, len(sealed) + 64 * 1024, "导出到U盘", tail)
    try:
        with diskspace.named(folder, len(sealed) + 64 * 1024, "导出到U盘", tail):
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(sealed)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"path": str(path), "counts": {name: len(records) for name, records in batch.items()}}
