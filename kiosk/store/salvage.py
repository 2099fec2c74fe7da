"""A damaged database is set aside, never rewritten; what can still be read of it goes to a recovery file.

    set_aside(path) -> Path            rename kiosk.db (and its -wal/-shm) to kiosk.db.damaged-<stamp>
    salvage(path) -> dict              pending outbox rows of every kind, the records they name (and the
                                       rows those refer to), and the counters
    write_recovery(db_path, body)      kiosk.db.recovery-<stamp>.json beside the database (0600, atomic)
    pending_recoveries(db_path)        recovery files not brought into a database yet
    import_recovery(db, file) -> dict  bring one into a (fresh) database; the file is then marked done

The recovery file holds what the county has not received yet (requests with personal data), so it is
written 0600 like the database itself. `gongkai recover` is the way in.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import sqlite3
from pathlib import Path

import sqlite_utils

RECOVERY_FORMAT = "gongkai-recovery/2"
RECOVERY_FORMAT_1 = "gongkai-recovery/1"  # requests and events only; still read
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


# --- what the outbox refers to ---------------------------------------------------------------------------
# Which table holds a kind's records is read from the damaged file itself: every upward kind is queued by
# a trigger on its own table ("INSERT INTO outbox (kind, ref) VALUES ('rating', NEW.uuid)", see
# migrations/m60_outbox_kinds.py), so the triggers say, for each kind, the table and the ref column.
# Nothing here names a kind: a kind registered later (sync/upward/) is carried by the trigger its
# migration adds. Alongside the pending records come the rows they refer to (foreign keys, e.g. an
# event's request) and the queued rows that refer to them (e.g. every event of a pending request), so
# each record can be inserted whole into the fresh database.

_QUEUE = re.compile(r"INSERT\s+INTO\s+\"?outbox\"?\s*\(\s*kind\s*,\s*ref\s*\)\s*VALUES\s*\(\s*'([A-Za-z0-9_]+)'"
                    r"\s*,\s*NEW\s*\.\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\s*\)", re.IGNORECASE)
_CHUNK = 500


def kind_sources(conn) -> dict[str, list[tuple[str, str]]]:
    """{outbox kind: [(table, ref column), ...]} from the triggers that queue outbox rows."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in _rows(conn, "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"):
        for kind, column in _QUEUE.findall(row["sql"]):
            pair = (row["tbl_name"], column)
            if pair not in found.setdefault(kind, []):
                found[kind].append(pair)
    return found


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _foreign_keys(conn, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) of `table`'s foreign keys."""
    keys = []
    for fk in _rows(conn, f"PRAGMA foreign_key_list({_quoted(table)})"):
        parent_column = fk["to"]
        if parent_column is None:  # REFERENCES parent: its primary key
            pk = [c["name"] for c in _rows(conn, f"PRAGMA table_info({_quoted(fk['table'])})") if c["pk"] == 1]
            if len(pk) != 1:
                continue
            parent_column = pk[0]
        keys.append((fk["from"], fk["table"], parent_column))
    return keys


def _select_in(conn, table: str, column: str, values: list) -> list[dict]:
    out: list[dict] = []
    for start in range(0, len(values), _CHUNK):
        part = values[start:start + _CHUNK]
        sql = f"SELECT * FROM {_quoted(table)} WHERE {_quoted(column)} IN ({','.join('?' * len(part))})"
        rows = _rows(conn, sql + " ORDER BY rowid", part)
        out += rows if rows else _rows(conn, sql, part)  # a WITHOUT ROWID table has no rowid
    return out


def _encode(value):
    return {"$base64": base64.b64encode(value).decode()} if isinstance(value, bytes) else value


def _decode(value):
    if isinstance(value, dict) and set(value) == {"$base64"}:
        return base64.b64decode(value["$base64"])
    return value


class _Carried:
    """Rows taken from the damaged file, per table, each once, in the order they were found."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, dict]] = {}

    def add(self, table: str, rows: list[dict]) -> int:
        held = self.tables.setdefault(table, {})
        before = len(held)
        for row in rows:
            held.setdefault(json.dumps(row, sort_keys=True, default=repr), row)
        return len(held) - before

    def values(self, table: str, column: str) -> list:
        return sorted({r[column] for r in self.tables.get(table, {}).values() if r.get(column) is not None},
                      key=repr)


def _insert_order(conn, tables: list[str]) -> list[str]:
    """Parents before the rows that refer to them."""
    parents = {t: {p for _, p, _ in _foreign_keys(conn, t) if p in tables and p != t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        ordered += ready or [t for t in tables if t not in ordered]  # a cycle: keep the found order
    return ordered


def _carry(conn, outbox: list[dict]) -> tuple[list[dict], list[str]]:
    """[{"name": table, "rows": [...]}] in insert order, and the kinds whose table was not found."""
    sources = kind_sources(conn)
    carried = _Carried()
    by_kind: dict[str, list[str]] = {}
    for row in outbox:
        by_kind.setdefault(row["kind"], []).append(row["ref"])
    unknown = []
    for kind, refs in by_kind.items():
        if kind not in sources:
            unknown.append(kind)
        for table, column in sources.get(kind, []):
            carried.add(table, _select_in(conn, table, column, refs))
    queued_tables = {t for pairs in sources.values() for t, _ in pairs}
    changed = True
    while changed:
        changed = False
        for table in list(carried.tables):
            for column, parent, parent_column in _foreign_keys(conn, table):  # what these rows refer to
                values = carried.values(table, column)
                if values and carried.add(parent, _select_in(conn, parent, parent_column, values)):
                    changed = True
        for child in queued_tables:  # queued rows that refer to these rows (an event of a request)
            for column, parent, parent_column in _foreign_keys(conn, child):
                values = carried.values(parent, parent_column)
                if values and carried.add(child, _select_in(conn, child, column, values)):
                    changed = True
    return ([{"name": t, "rows": [{k: _encode(v) for k, v in r.items()} for r in carried.tables[t].values()]}
             for t in _insert_order(conn, list(carried.tables))], unknown)


def _found(body: dict) -> dict[str, list[dict]]:
    return {t["name"]: t["rows"] for t in body.get("tables") or []}


def salvage(path: str | Path) -> dict:
    """Whatever of the outbox, the records it names and the counters can still be read (empty lists when
    nothing can). `unread`: pending outbox rows whose record could not be read from the file."""
    body: dict = {"format": RECOVERY_FORMAT, "source": str(path), "counters": {}, "outbox": [], "tables": [],
                  "unread": []}
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return body
    try:
        body["counters"] = {r["name"]: r["value"] for r in _rows(conn, "SELECT name, value FROM counters")
                            if isinstance(r["value"], int)}
        body["outbox"] = _rows(conn, "SELECT kind, ref FROM outbox WHERE sent_at IS NULL ORDER BY id")
        body["tables"], _ = _carry(conn, body["outbox"])
        found = _found(body)
        sources = kind_sources(conn)
        held = {(kind, str(row.get(column))) for kind, pairs in sources.items() for table, column in pairs
                for row in found.get(table, [])}
        body["unread"] = [o for o in body["outbox"] if (o["kind"], str(o["ref"])) not in held]
    finally:
        conn.close()
    return body


def counts(body: dict) -> dict[str, int]:
    """How much a recovery body holds: pending records found (all kinds), of them requests, pending rows
    that could not be read, counters."""
    unread = {(o["kind"], o["ref"]) for o in body.get("unread") or []}
    found = [o for o in body.get("outbox") or [] if (o["kind"], o["ref"]) not in unread]
    return {"records": len(found), "requests": sum(1 for o in found if o["kind"] == "request"),
            "unread": len(unread), "counters": len(body.get("counters") or {})}


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
    if not isinstance(body, dict) or body.get("format") not in (RECOVERY_FORMAT, RECOVERY_FORMAT_1):
        raise ValidationError(f"{file} 不是一体机的恢复文件")
    return body


def _tables_of(body: dict) -> list[dict]:
    if body.get("format") == RECOVERY_FORMAT_1:  # requests and their events only
        return [{"name": "requests", "rows": body.get("requests") or []},
                {"name": "request_events", "rows": body.get("events") or []}]
    return body.get("tables") or []


def _columns(db: sqlite_utils.Database, table: str) -> list[dict]:
    return _rows(db.conn, f"PRAGMA table_info({_quoted(table)})")


def _own_key(db: sqlite_utils.Database, table: str, columns: list[dict]) -> str | None:
    """The INTEGER PRIMARY KEY (rowid) of a table whose rows are named by another unique key (an event's
    event_uuid): the new database numbers those rows itself, so an old id can never collide."""
    pk = [c for c in columns if c["pk"]]
    if len(pk) != 1 or pk[0]["type"].upper() != "INTEGER":
        return None
    unique = [i for i in _rows(db.conn, f"PRAGMA index_list({_quoted(table)})") if i["unique"] and i["origin"] != "pk"]
    return pk[0]["name"] if unique else None


def import_recovery(db: sqlite_utils.Database, body: dict) -> dict:
    """Bring a recovery file's rows into `db` in one transaction, parents first. Rows already there (same
    key) are kept as they are; counters only ever rise. The insert triggers queue every carried record
    for the county again, whatever its kind. A row whose table this database lacks, or whose parent
    row is missing, is not inserted and is counted in `skipped`."""
    tables = _tables_of(body)
    referenced = {(p, pc) for t in tables for _, p, pc in _foreign_keys(db.conn, t["name"])}
    added: dict[str, int] = {}
    skipped = 0
    with db.atomic():
        for name, value in (body.get("counters") or {}).items():
            db.execute("INSERT INTO counters (name, value) VALUES (?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)", [name, int(value)])
        for table in tables:
            name, rows = table["name"], table["rows"]
            columns = _columns(db, name)
            if not columns:
                skipped += len(rows)
                continue
            own = _own_key(db, name, columns)
            if own is not None and (name, own) in referenced:
                own = None
            keep = [c["name"] for c in columns if c["name"] != own]
            parents = _foreign_keys(db.conn, name)
            count = 0
            for row in rows:
                values = {c: _decode(row[c]) for c in keep if c in row}
                if any(values.get(col) is not None and not db.execute(
                        f"SELECT 1 FROM {_quoted(p)} WHERE {_quoted(pc)} = ?", [values[col]]).fetchone()
                       for col, p, pc in parents):
                    skipped += 1
                    continue
                cursor = db.execute(
                    f"INSERT INTO {_quoted(name)} ({', '.join(map(_quoted, values))}) "
                    f"VALUES ({', '.join('?' for _ in values)}) ON CONFLICT DO NOTHING", list(values.values()))
                count += cursor.rowcount
            added[name] = added.get(name, 0) + count
    return {"tables": added, "records": sum(added.values()), "requests": added.get("requests", 0),
            "events": added.get("request_events", 0), "skipped": skipped,
            "counters": len(body.get("counters") or {})}


def mark_imported(file: str | Path) -> Path:
    file = Path(file)
    done = file.with_name(file.name + DONE_SUFFIX)
    os.replace(file, done)
    return done
