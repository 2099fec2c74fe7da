"""A damaged database is set aside, never rewritten; what can still be read of it goes to a recovery file.

    set_aside(path) -> Path            rename kiosk.db (and its -wal/-shm) to kiosk.db.damaged-<stamp>
    salvage(path) -> dict              pending outbox rows, their requests and events, and the counters
    write_recovery(db_path, body)      kiosk.db.recovery-<stamp>.json beside the database (0600, atomic)
    pending_recoveries(db_path)        recovery files not brought into a database yet
    import_recovery(db, file) -> dict  bring one into a (fresh) database; the file is then marked done

The recovery file holds what the county has not received yet (requests with personal data), so it is
written 0600 like the database itself. `gongkai recover` is the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import sqlite_utils

RECOVERY_FORMAT = "gongkai-recovery/1"
DONE_SUFFIX = ".imported"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _free_name(path: Path, label: str) -> Path:
    """`<name>.<label>-<stamp>` that does not exist yet (nothing is ever overwritten)."""
    stamp = _stamp()
    for n in range(1000):
        candidate = path.with_name(f"{path.name}.{label}-{stamp}{'' if n == 0 else f'-{n}'}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)


def set_aside(path: str | Path) -> Path:
    """Rename the database and its WAL files out of the way; returns the new name of the main file."""
    path = Path(path)
    target = _free_name(path, "damaged")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.link(side, target.with_name(target.name + suffix))  # link then unlink: never over a file
            side.unlink()
    os.link(path, target)
    path.unlink()
    return target


def _rows(conn: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    try:
        cursor = conn.execute(sql, args)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except sqlite3.Error:
        return []


def salvage(path: str | Path) -> dict:
    """Whatever of the outbox and the counters can still be read (empty lists when nothing can)."""
    body: dict = {"format": RECOVERY_FORMAT, "source": str(path), "counters": {}, "requests": [], "events": [],
                  "outbox": []}
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return body
    try:
        body["counters"] = {r["name"]: r["value"] for r in _rows(conn, "SELECT name, value FROM counters")
                            if isinstance(r["value"], int)}
        body["outbox"] = _rows(conn, "SELECT kind, ref FROM outbox WHERE sent_at IS NULL ORDER BY id")
        requests = [o["ref"] for o in body["outbox"] if o["kind"] == "request"]
        events = [o["ref"] for o in body["outbox"] if o["kind"] == "event"]
        for chunk in range(0, len(requests), 500):
            part = requests[chunk:chunk + 500]
            body["requests"] += _rows(conn, f"SELECT * FROM requests WHERE uuid IN ({','.join('?' * len(part))})",
                                      part)
        # Every event of a pending request comes along, so its history is whole in the new database.
        wanted = set(events)
        uuids = [r["uuid"] for r in body["requests"]]
        for chunk in range(0, len(uuids), 500):
            part = uuids[chunk:chunk + 500]
            wanted |= {e["event_uuid"] for e in _rows(
                conn, f"SELECT event_uuid FROM request_events WHERE request_uuid IN ({','.join('?' * len(part))})",
                part)}
        wanted_list = sorted(wanted)
        for chunk in range(0, len(wanted_list), 500):
            part = wanted_list[chunk:chunk + 500]
            body["events"] += _rows(
                conn, "SELECT event_uuid, request_uuid, kind, at, actor, data FROM request_events "
                      f"WHERE event_uuid IN ({','.join('?' * len(part))}) ORDER BY id", part)
    finally:
        conn.close()
    return body


def write_recovery(db_path: str | Path, body: dict) -> Path:
    target = _free_name(Path(db_path), "recovery")
    target = target.with_name(target.name + ".json")
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def pending_recoveries(db_path: str | Path) -> list[Path]:
    path = Path(db_path)
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.glob(f"{path.name}.recovery-*.json") if p.is_file())


def read_recovery(file: str | Path) -> dict:
    from kiosk.errors import ValidationError

    try:
        body = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"恢复文件无法读取：{file}（{exc}）") from None
    if not isinstance(body, dict) or body.get("format") != RECOVERY_FORMAT:
        raise ValidationError(f"{file} 不是一体机的恢复文件")
    return body


def import_recovery(db: sqlite_utils.Database, body: dict) -> dict:
    """Bring a recovery file's rows into `db` in one transaction. Rows already there are kept as they are;
    counters only ever rise. The insert triggers queue every request and event for the county again."""
    from kiosk.store import requests_repo

    added_requests = added_events = 0
    with db.atomic():
        for name, value in (body.get("counters") or {}).items():
            db.execute("INSERT INTO counters (name, value) VALUES (?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)", [name, int(value)])
        for row in body.get("requests") or []:
            if requests_repo.get_by_uuid(db, row["uuid"]) or requests_repo.get_by_number(db, row["number"]):
                continue
            requests_repo.insert_request(db, row)
            added_requests += 1
        for event in body.get("events") or []:
            if db.execute("SELECT 1 FROM request_events WHERE event_uuid = ?", [event["event_uuid"]]).fetchone():
                continue
            if not db.execute("SELECT 1 FROM requests WHERE uuid = ?", [event["request_uuid"]]).fetchone():
                continue
            db.execute(
                "INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES (?, ?, ?, ?, ?, ?)",
                [event["event_uuid"], event["request_uuid"], event["kind"], event["at"], event["actor"],
                 event["data"]],
            )
            added_events += 1
    return {"requests": added_requests, "events": added_events, "counters": len(body.get("counters") or {})}


def mark_imported(file: str | Path) -> Path:
    file = Path(file)
    done = file.with_name(file.name + DONE_SUFFIX)
    os.replace(file, done)
    return done
