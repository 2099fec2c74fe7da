"""The county's database, one repository layer over SQLite (the embedded default) and PostgreSQL.

SQLAlchemy Core keeps the SQL in one dialect-neutral place; the few statements that differ
(upserts) pick the dialect's `insert`. The tables here are what the code queries; the schema itself
is built and changed by Alembic revisions (county/migrations/), applied when the store opens.

    sqlite:///REPO/county/county.db                        one small county, one box
    postgresql+psycopg://user@/gongkai?host=/run/postgresql  a province (several workers)

Personal data lives here (county_requests.data): never serve this database.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from county import migrations
from kiosk.errors import StoreError

metadata = sa.MetaData()

kiosks = sa.Table(
    "county_kiosks", metadata,
    sa.Column("township", sa.String(32), primary_key=True),
    sa.Column("kiosk_id", sa.String(16), primary_key=True),
    sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("public_key", sa.String(64), nullable=False, server_default=""),  # Ed25519, base64
    sa.Column("created_at", sa.String(40), nullable=False),
)

# One row per request uuid, however often it arrives: the latest version wins. status and due_on
# are derived at the county from every event (kiosk's and county's), for the console and /s/.
requests = sa.Table(
    "county_requests", metadata,
    sa.Column("uuid", sa.String(64), primary_key=True),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("number", sa.String(64), nullable=False, unique=True),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("received_on", sa.String(10), nullable=False, server_default=""),
    sa.Column("status", sa.String(32), nullable=False, server_default="received"),
    sa.Column("due_on", sa.String(10), nullable=True),
    sa.Column("first_received_at", sa.String(40), nullable=False),
    sa.Column("last_received_at", sa.String(40), nullable=False),
    sa.Index("county_requests_due", "status", "due_on"),
    sa.Index("county_requests_township", "township", "status"),
)

# Events from kiosks and from the county, one row per event uuid; seq is the download cursor.
events = sa.Table(
    "county_events", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("event_uuid", sa.String(64), nullable=False, unique=True),
    sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(8), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.CheckConstraint("origin IN ('kiosk', 'county')", name="county_events_origin"),
    sa.Index("county_events_down", "township", "kiosk_id", "origin", "seq"),
)

heartbeats = sa.Table(
    "county_heartbeats", metadata,
    sa.Column("township", sa.String(32), primary_key=True),
    sa.Column("kiosk_id", sa.String(16), primary_key=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("version", sa.String(40), nullable=False, server_default=""),
    sa.Column("last_sequence", sa.BigInteger, nullable=True),
    sa.Column("free_disk_bytes", sa.BigInteger, nullable=True),
    sa.Column("printer", sa.String(64), nullable=False, server_default=""),
    sa.Column("audit_head", sa.String(128), nullable=False, server_default=""),
    sa.Column("data", sa.Text, nullable=False),
)

# Records of the upward kinds that have no tables of their own (sync/upward/, county/upward.py):
# one row per (kind, ref), owned by the kiosk that sent it first; data is the record's JSON text.
records = sa.Table(
    "county_records", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("ref", sa.String(200), nullable=False),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("first_received_at", sa.String(40), nullable=False),
    sa.Column("last_received_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("kind", "ref", name="county_records_ref"),
    sa.Index("county_records_kiosk", "kind", "township", "kiosk_id"),
)

# What the county adds to the resident's voice (county/feedback.py, county/drafts.py): a 差评's follow-up
# (整改), a comment's adoption decision, and a question's answer with the 简明问答 file it was published as.
followups = sa.Table(
    "county_followups", metadata,
    sa.Column("ref", sa.String(200), primary_key=True),  # the rating's ref in county_records
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("updated_by", sa.String(64), nullable=False),
)
decisions = sa.Table(
    "county_comment_decisions", metadata,
    sa.Column("ref", sa.String(200), primary_key=True),  # the comment's ref in county_records
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("decided_at", sa.String(40), nullable=False),
    sa.Column("decided_by", sa.String(64), nullable=False),
)
answers = sa.Table(
    "county_answers", metadata,
    sa.Column("ref", sa.String(200), primary_key=True),  # the question's ref in county_records
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("answered_at", sa.String(40), nullable=False),
    sa.Column("answered_by", sa.String(64), nullable=False),
    sa.Column("published_as", sa.String(200), nullable=False, server_default=""),  # faq/<file> in the source
)

# The county console: staff accounts, sessions, the audit log of staff actions, reply PDFs.
staff = sa.Table(
    "county_staff", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("display_name", sa.String(100), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.String(40), nullable=True),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.CheckConstraint("role IN ('viewer', 'handler', 'admin')", name="county_staff_role"),
)

sessions = sa.Table(
    "county_sessions", metadata,
    sa.Column("token_sha256", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("last_seen_at", sa.String(40), nullable=False),
)

audit = sa.Table(
    "county_audit", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("target", sa.String(100), nullable=False, server_default=""),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
)

reply_files = sa.Table(
    "county_reply_files", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
    sa.Column("event_uuid", sa.String(64), nullable=False),
    sa.Column("filename", sa.String(200), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

# The request tracker (Alembic 0003): assignment of a request to a handler and/or department, internal
# hand-off notes, and the 答复书 drafts made in the console (editable until issued).
assignments = sa.Table(
    "county_assignments", metadata,
    sa.Column("request_uuid", sa.String(64), primary_key=True),
    sa.Column("assignee", sa.String(64), nullable=True, index=True),  # county_staff.username
    sa.Column("department", sa.String(50), nullable=False, server_default=""),
    sa.Column("assigned_by", sa.String(64), nullable=False),
    sa.Column("assigned_at", sa.String(40), nullable=False),
)

notes = sa.Table(
    "county_notes", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

reply_drafts = sa.Table(
    "county_reply_drafts", metadata,
    sa.Column("request_uuid", sa.String(64), primary_key=True),
    sa.Column("outcome", sa.String(32), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("updated_by", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("issued_at", sa.String(40), nullable=True),  # set once: an issued letter is not edited
    sa.Column("issued_sha256", sa.String(64), nullable=True),
)

# A kiosk's items the county refused (county/upload_rules.py): kept with the reason for the console,
# and not acknowledged, so the kiosk sends them again; a later upload that is accepted removes the row.
held = sa.Table(
    "county_held_uploads", metadata,
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("ref", sa.String(200), primary_key=True),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("first_received_at", sa.String(40), nullable=False),
    sa.Column("last_received_at", sa.String(40), nullable=False),
    sa.Index("county_held_uploads_kiosk", "township", "kiosk_id"),
)

Screen = Callable[[dict[str, dict], dict[str, list[dict]], list[dict]], dict[str, str]]


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


POOL_SIZE = 8


def _still_the_file_opened(path: Path, opened: list[tuple[int, int]]) -> None:
    """Before a write: the database file is still there, and still the one first opened. Seen: with it
    deleted under a running server, uploads were acknowledged into the deleted file (the server still held
    it open) and lost at the next start, while the kiosks had marked them sent."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        stat = None
    if not opened and stat is not None:
        opened.append((stat.st_dev, stat.st_ino))
        return
    if opened and (stat is None or (stat.st_dev, stat.st_ino) != opened[0]):
        raise StoreError(f"县级数据库文件 {path} 已被删除或替换：本次写入没有保存。请把该文件恢复原位，再重启县级服务")


def make_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                                  pool_size=POOL_SIZE, max_overflow=8)

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        opened: list[tuple[int, int]] = []

        @sa.event.listens_for(engine, "begin")
        def _begin(conn):
            if path and path != ":memory:":
                _still_the_file_opened(Path(path), opened)
            # IMMEDIATE: a writer takes the lock up front, so two writers queue instead of deadlocking.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # POOL_SIZE connections kept open per process; the kiosk API never holds more than that many at
    # once (CountyApp's limiter), so the overflow is only for the console and is not churned.
    # Custom plans for every execution of a prepared statement: a generic plan for `x = ANY($1)`
    # made while a table was still small (a new county, the start of a bench) keeps scanning the
    # whole table after it has grown, until the next ANALYZE.
    return sa.create_engine(url, pool_size=POOL_SIZE, max_overflow=10, pool_pre_ping=True,
                            connect_args={"options": "-c plan_cache_mode=force_custom_plan"})


class CountyStore:
    """The county database: every read and write the service needs, each one transaction."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        migrations.upgrade(self.engine)
        self._q = _Statements(self.backend, self._insert)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table: sa.Table):
        return (postgresql.insert if self.backend == "postgresql" else sqlite.insert)(table)

    def dialect_insert(self, table: sa.Table):
        """This backend's INSERT, which has on_conflict_do_update / _do_nothing."""
        return self._insert(table)

    # --- kiosks -------------------------------------------------------------------------------
    def add_kiosk(self, token_sha256: str, township: str, kiosk_id: str, at: str, public_key: str = "") -> None:
        with self.engine.begin() as conn:
            conn.execute(kiosks.delete().where(kiosks.c.township == township, kiosks.c.kiosk_id == kiosk_id))
            conn.execute(kiosks.insert().values(token_sha256=token_sha256, township=township, kiosk_id=kiosk_id,
                                                created_at=at, public_key=public_key))

    def add_kiosks(self, rows: list[dict]) -> None:
        """Register many new kiosks in one transaction (rows as add_kiosk's arguments; the bench)."""
        with self.engine.begin() as conn:
            conn.execute(kiosks.insert(), rows)

    def kiosk_for_token(self, token_sha256: str) -> tuple[str, str] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(kiosks.c.township, kiosks.c.kiosk_id)
                               .where(kiosks.c.token_sha256 == token_sha256)).first()
        return (row[0], row[1]) if row else None

    def kiosk_public_key(self, township: str, kiosk_id: str) -> str:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(kiosks.c.public_key)
                               .where(kiosks.c.township == township, kiosks.c.kiosk_id == kiosk_id)).first()
        return row[0] if row else ""

    def list_kiosks(self) -> list[dict]:
        query = (sa.select(kiosks.c.township, kiosks.c.kiosk_id, kiosks.c.created_at, heartbeats.c.at,
                           heartbeats.c.version, heartbeats.c.last_sequence, heartbeats.c.free_disk_bytes,
                           heartbeats.c.printer, heartbeats.c.audit_head)
                 .select_from(kiosks.outerjoin(heartbeats, sa.and_(heartbeats.c.township == kiosks.c.township,
                                                                   heartbeats.c.kiosk_id == kiosks.c.kiosk_id)))
                 .order_by(kiosks.c.township, kiosks.c.kiosk_id))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # --- the kiosk API: one transaction per call, the token checked on the same connection ---------
    def for_kiosk(self, token_sha256: str, work: Callable[[sa.Connection, str, str], object]) -> object:
        """Run `work(conn, township, kiosk_id)` in one transaction, after finding the kiosk of this
        token on the same connection. Raises UnknownToken for an unknown token (nothing runs).

        The token is looked up afresh in every call (no cache): a re-issued token stops working at
        once on every worker, and a call costs one short indexed SELECT more, not a round trip of
        its own (it shares the call's connection checkout and transaction)."""
        with self.engine.begin() as conn:
            row = conn.execute(self._q.token, {"token": token_sha256}).first()
            if row is None:
                raise UnknownToken()
            return work(conn, row[0], row[1])

    # --- uploads ------------------------------------------------------------------------------
    def store_upload(self, township: str, kiosk_id: str, request_rows: list[dict], event_rows: list[dict],
                     at: str, check: Callable[[sa.Connection, dict, dict], list[str]],
                     derive: Callable[[dict, list[dict]], tuple[str, str | None]],
                     screen: Screen | None = None) -> tuple[list[str], list[str], dict[str, str]]:
        with self.engine.begin() as conn:
            return self.store_upload_in(conn, township, kiosk_id, request_rows, event_rows, at, check, derive, screen)

    def store_upload_in(self, conn: sa.Connection, township: str, kiosk_id: str, request_rows: list[dict],
                        event_rows: list[dict], at: str, check: Callable[[sa.Connection, dict, dict], list[str]],
                        derive: Callable[[dict, list[dict]], tuple[str, str | None]],
                        screen: Screen | None = None) -> tuple[list[str], list[str], dict[str, str]]:
        """Store requests and events idempotently (by uuid) in the caller's transaction: the request
        uuids and event uuids acknowledged, and {event uuid: reason} of the events refused.

        `check(conn, owners, numbers)` refuses the whole batch (raises) when it touches what this
        kiosk does not own; it returns the event uuids to hold back (their request is not at the
        county yet). `screen(requests, history, new_events)` gives {event uuid: reason} of the new
        events the rules refuse (not stored, not acknowledged): `requests` {uuid: the version kept},
        `history` {uuid: [stored event, with its origin]}, `new_events` in the batch's order.
        `derive(request, events)` gives the status and due date shown at the county.

        Set-based: two SELECTs read everything the batch touches (its requests by uuid or number,
        and their stored events), then at most one multi-row upsert of the new or changed requests
        (with their derived status), one multi-row insert of the new events and, rarely, one
        status update. A batch sent again (a lost acknowledgement) is recognised by comparing each
        request's canonical JSON text with the stored one and each event uuid with the stored
        ones, so it costs the two SELECTs and writes nothing.
        """
        touched = sorted({r["uuid"] for r in request_rows} | {e["request_uuid"] for e in event_rows})
        stored, numbers = self._stored_requests(conn, touched, [r["number"] for r in request_rows])
        owners = {u: (row[0], row[1]) for u, row in stored.items()}
        held_back = set(check(conn, owners, numbers))
        texts = {r["uuid"]: canonical_json(r) for r in request_rows}
        changed = {r["uuid"]: r for r in request_rows if _stored_text(stored, r["uuid"]) != texts[r["uuid"]]}
        stored_events = [e for e in event_rows if e["event_uuid"] not in held_back]
        history, known = self._stored_events(conn, touched, [e["event_uuid"] for e in stored_events])
        new_events: dict[str, dict] = {}
        for e in stored_events:
            if e["event_uuid"] not in known and e["event_uuid"] not in new_events:
                new_events[e["event_uuid"]] = e

        def kept(request_uuid: str) -> dict:
            """The version of a request that is kept: the batch's when newer, else the stored one."""
            row = stored.get(request_uuid)
            batch = changed.get(request_uuid)
            return batch if batch is not None and (row is None or batch["updated_at"] >= row[3]) else _loads(row[4])

        refused: dict[str, str] = {}
        if screen is not None and new_events:
            uuids = {e["request_uuid"] for e in new_events.values()}
            refused = screen({u: kept(u) for u in uuids},
                             {u: [{"kind": k, "at": a, "data": d, "event_uuid": eu, "origin": o}
                                  for a, _s, k, d, eu, o in sorted(history.get(u, []))] for u in uuids},
                             list(new_events.values()))
            new_events = {u: e for u, e in new_events.items() if u not in refused}
        # Status and due date from the version of each request that is kept and all its events.
        derived: dict[str, tuple[str, str | None]] = {}
        for n, e in enumerate(new_events.values()):
            data = e["data"] if isinstance(e["data"], dict) else _loads(e["data"])
            history.setdefault(e["request_uuid"], []).append(
                (e["at"], _NEW_SEQ + n, e["kind"], data, e["event_uuid"], "kiosk"))
        for request_uuid in set(changed) | {e["request_uuid"] for e in new_events.values()}:
            events_of = sorted(history.get(request_uuid, []))
            derived[request_uuid] = derive(kept(request_uuid), [{"kind": k, "at": a, "data": d, "event_uuid": u}
                                                                for a, _s, k, d, u, _o in events_of])
        upserted: set[str] = set()
        if changed:
            self._q.insert_rows(conn, "upsert_requests",
                [dict(uuid=u, township=township, kiosk_id=kiosk_id, number=r["number"], updated_at=r["updated_at"],
                      data=texts[u], received_on=str(r.get("received_on") or "")[:10], status=derived[u][0],
                      due_on=derived[u][1], first_received_at=at, last_received_at=at) for u, r in changed.items()])
            upserted = {u for u, r in changed.items() if u not in stored or r["updated_at"] >= stored[u][3]}
        if new_events:
            values = [dict(event_uuid=e["event_uuid"], request_uuid=e["request_uuid"], township=township,
                           kiosk_id=kiosk_id, origin="kiosk", kind=e["kind"], at=e["at"], actor=e["actor"],
                           data=e["data"] if isinstance(e["data"], str) else json.dumps(e["data"], ensure_ascii=False),
                           received_at=at) for e in new_events.values()]
            self._q.insert_rows(conn, "insert_events", values)
        self._set_status(conn, {u: d for u, d in derived.items() if u not in upserted})
        return ([r["uuid"] for r in request_rows], [e["event_uuid"] for e in stored_events if e["event_uuid"] not in refused],
                refused)

    def _stored_requests(self, conn: sa.Connection, uuids: list[str], numbers: list[str]):
        """{uuid: (township, kiosk_id, number, updated_at, data)} of these uuids or numbers, and {number: uuid}."""
        found: dict[str, tuple] = {}
        for start in range(0, max(len(uuids), len(numbers)), 500):
            some_uuids, some_numbers = uuids[start:start + 500], numbers[start:start + 500]
            rows = conn.execute(self._q.stored_requests, {"uuids": some_uuids, "numbers": some_numbers})
            found.update({r[0]: tuple(r[1:]) for r in rows})
        return found, {row[2]: u for u, row in found.items()}

    def _stored_events(self, conn: sa.Connection, request_uuids: list[str], event_uuids: list[str]):
        """The stored events of these requests ({request uuid: [(at, seq, kind, data, uuid, origin)]}) and which of
        `event_uuids` are stored already (under any request)."""
        history: dict[str, list] = {}
        known: set[str] = set()
        for start in range(0, max(len(request_uuids), len(event_uuids)), 500):
            some_requests, some_events = request_uuids[start:start + 500], event_uuids[start:start + 500]
            rows = conn.execute(self._q.stored_events, {"requests": some_requests, "events": some_events})
            for r in rows:
                if r[0] in known:
                    continue
                known.add(r[0])
                history.setdefault(r[1], []).append((r[2], r[3], r[4], _loads(r[5]), r[0], r[6]))
        return history, known

    def _set_status(self, conn: sa.Connection, derived: dict[str, tuple[str, str | None]]) -> None:
        if derived:
            conn.execute(self._q.set_status, [{"b_uuid": u, "b_status": s, "b_due": d} for u, (s, d) in sorted(derived.items())])

    def _rederive(self, conn: sa.Connection, uuids: set[str], derive) -> None:
        """Re-derive status and due date of these requests from their stored events (batched)."""
        wanted = sorted(uuids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            data = {r[0]: r[1] for r in conn.execute(
                sa.select(requests.c.uuid, requests.c.data).where(requests.c.uuid.in_(chunk)))}
            history: dict[str, list[dict]] = {u: [] for u in data}
            for r in conn.execute(sa.select(events.c.request_uuid, events.c.kind, events.c.at, events.c.data,
                                            events.c.event_uuid)
                                  .where(events.c.request_uuid.in_(chunk)).order_by(events.c.at, events.c.seq)):
                history[r[0]].append({"kind": r[1], "at": r[2], "data": _loads(r[3]), "event_uuid": r[4]})
            self._set_status(conn, {u: derive(json.loads(text), history[u]) for u, text in data.items()})

    def record_county_change(self, event_uuid: str, request_uuid: str, kind: str, actor: str, data: dict,
                             at: str, derive, check=None) -> str:
        """A status change made at the county; returns the township it goes back to.

        `check(request_data, events)` runs inside the transaction, with the request row locked
        (PostgreSQL; SQLite serialises writers), and returns the data to store or raises: two
        officers recording a reply at once cannot both pass the lifecycle's rules."""
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(requests.c.township, requests.c.kiosk_id, requests.c.data)
                               .where(requests.c.uuid == request_uuid).with_for_update()).first()
            if not row:
                raise LookupError(request_uuid)
            if check is not None:
                history = [{"kind": r[0], "at": r[1], "data": _loads(r[2]), "event_uuid": r[3]}
                           for r in conn.execute(sa.select(events.c.kind, events.c.at, events.c.data, events.c.event_uuid)
                                                 .where(events.c.request_uuid == request_uuid)
                                                 .order_by(events.c.at, events.c.seq))]
                data = check(_loads(row[2]), history)
            conn.execute(events.insert().values(
                event_uuid=event_uuid, request_uuid=request_uuid, township=row[0], kiosk_id=row[1],
                origin="county", kind=kind, at=at, actor=actor, data=json.dumps(data, ensure_ascii=False),
                received_at=at))
            self._rederive(conn, {request_uuid}, derive)
        return row[0]

    def county_changes(self, township: str, kiosk_id: str, since: int, limit: int = 500) -> list[dict]:
        """Changes made at the county to this kiosk's requests, after cursor `since`."""
        with self.engine.connect() as conn:
            return self.county_changes_in(conn, township, kiosk_id, since, limit)

    def county_changes_in(self, conn: sa.Connection, township: str, kiosk_id: str, since: int,
                          limit: int = 500) -> list[dict]:
        rows = conn.execute(self._q.county_changes, {"township": township, "kiosk_id": kiosk_id, "since": since,
                                                     "limit": limit})
        return [{**dict(r._mapping), "data": _loads(r.data)} for r in rows]

    def highest_numbers_in(self, conn: sa.Connection, township: str, kiosk_id: str) -> dict[str, int]:
        """{counter name: highest serial} of the request numbers this county holds from one kiosk, so a kiosk
        that lost its database never hands out a number the county already has (issue 25)."""
        from kiosk.requests.numbers import counter_name, split_number

        highest: dict[str, int] = {}
        rows = conn.execute(sa.select(requests.c.number).where(requests.c.township == township,
                                                               requests.c.kiosk_id == kiosk_id))
        for (number,) in rows:
            try:
                parts = split_number(number)
            except Exception:  # noqa: BLE001 - a number this software cannot read numbers nothing
                continue
            name = counter_name(parts.township, parts.kiosk, parts.year)
            highest[name] = max(highest.get(name, 0), parts.serial)
        return highest

    # --- heartbeats ---------------------------------------------------------------------------
    def store_heartbeat(self, township: str, kiosk_id: str, at: str, data: dict) -> None:
        with self.engine.begin() as conn:
            self.store_heartbeat_in(conn, township, kiosk_id, at, data)

    def store_heartbeat_in(self, conn: sa.Connection, township: str, kiosk_id: str, at: str, data: dict) -> None:
        def text(key: str, limit: int) -> str:
            value = data.get(key)
            return value[:limit] if isinstance(value, str) else ""

        def number(key: str) -> int | None:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) and -2**63 < value < 2**63 else None

        values = dict(at=at, version=text("version", 40), last_sequence=number("last_sequence"),
                      free_disk_bytes=number("free_disk_bytes"), printer=text("printer", 64),
                      audit_head=text("audit_head", 128), data=json.dumps(data, ensure_ascii=False, sort_keys=True))
        conn.execute(self._q.upsert_heartbeat, dict(township=township, kiosk_id=kiosk_id, **values))

    def heartbeat(self, township: str, kiosk_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(heartbeats.c.at, heartbeats.c.data)
                               .where(heartbeats.c.township == township, heartbeats.c.kiosk_id == kiosk_id)).first()
        return {"at": row[0], **json.loads(row[1])} if row else None

    # --- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            def count(table, *where) -> int:
                return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()
            return {
                "requests": count(requests),
                "events": count(events, events.c.origin == "kiosk"),
                "county_changes": count(events, events.c.origin == "county"),
            }

    def request_data(self, uuid: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(requests.c.data).where(requests.c.uuid == uuid)).first()
        return json.loads(row[0]) if row else None

    def request_by_number(self, number: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(requests).where(requests.c.number == number)).first()
        return dict(row._mapping) if row else None

    def request_events(self, request_uuid: str) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(events).where(events.c.request_uuid == request_uuid)
                                .order_by(events.c.at, events.c.seq))
            return [{**dict(r._mapping), "data": _loads(r.data)} for r in rows]


    def list_requests(self, township: str = "", status: str = "", due_before: str = "", limit: int = 500) -> list[dict]:
        query = sa.select(requests.c.uuid, requests.c.number, requests.c.township, requests.c.kiosk_id,
                          requests.c.status, requests.c.received_on, requests.c.due_on)
        if township:
            query = query.where(requests.c.township == township)
        if status == "open":
            query = query.where(requests.c.status.in_(("received", "awaiting_correction", "third_party_opinion", "consulting", "extended")))
        elif status:
            query = query.where(requests.c.status == status)
        if due_before:
            query = query.where(requests.c.due_on.is_not(None), requests.c.due_on <= due_before)
        query = query.order_by(requests.c.due_on.is_(None), requests.c.due_on, requests.c.number).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def townships(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(sa.select(kiosks.c.township).union(sa.select(requests.c.township)))]

    def reply_letters(self, township: str) -> list[dict]:
        """The reply PDFs of this township's requests that go down in its next bundle, each with the
        public key of the kiosk that logged the request (sync/reply_letters.py seals it to that key).
        Letters of voided replies, and of kiosks with no registered key, stay at the county."""
        with self.engine.connect() as conn:
            voided = {str(_loads(v.data).get("voids")) for v in conn.execute(
                sa.select(events.c.data).where(events.c.kind == "void", events.c.township == township))}
            rows = conn.execute(
                sa.select(reply_files.c.sha256, reply_files.c.request_uuid, reply_files.c.event_uuid,
                          reply_files.c.filename, reply_files.c.content, kiosks.c.public_key)
                .select_from(reply_files.join(requests, requests.c.uuid == reply_files.c.request_uuid)
                             .join(kiosks, sa.and_(kiosks.c.township == requests.c.township,
                                                   kiosks.c.kiosk_id == requests.c.kiosk_id)))
                .where(requests.c.township == township, kiosks.c.public_key != "")
                .order_by(reply_files.c.at, reply_files.c.sha256))
            return [dict(r._mapping) for r in rows if r.event_uuid not in voided]

    def report_facts(self) -> list[dict]:
        """One row per request for the annual report, as kiosk/store/requests_repo.report_facts
        (conclusions voided by a 更正 left out)."""
        facts: dict[str, dict] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(sa.select(requests.c.uuid, requests.c.number, requests.c.data)
                                  .order_by(requests.c.received_on, requests.c.number)):
                data = _loads(r.data)
                facts[r.uuid] = {"uuid": r.uuid, "number": r.number,
                                 "applicant_type": data.get("applicant_type", "person"),
                                 "organization_kind": data.get("organization_kind"),
                                 "received_on": str(data.get("received_on") or ""), "conclusions": []}
            voided = {str(_loads(v.data).get("voids")) for v in conn.execute(
                sa.select(events.c.data).where(events.c.kind == "void"))}
            for e in conn.execute(sa.select(events.c.request_uuid, events.c.kind, events.c.at, events.c.data,
                                            events.c.event_uuid)
                                  .where(events.c.kind.in_(("replied", "abandoned")))
                                  .order_by(events.c.at, events.c.seq)):
                if e.request_uuid in facts and e.event_uuid not in voided:
                    data = _loads(e.data)
                    outcome = data.get("outcome") or ("30-abandoned" if e.kind == "abandoned" else None)
                    facts[e.request_uuid]["conclusions"].append(
                        {"kind": e.kind, "on": str(data.get("on") or e.at[:10]), "outcome": outcome})
        return list(facts.values())


class UnknownToken(Exception):
    """No kiosk holds this token (HTTP 401)."""


def _json_insert(table: sa.Table, tail: str, skip: tuple[str, ...] = ()) -> sa.TextClause:
    """PostgreSQL: INSERT ... SELECT FROM json_populate_recordset(one JSON array of the rows): a batch
    in one statement with one text parameter (serialised by orjson; a text array per column costs
    far more in psycopg's per-element quoting)."""
    columns = ", ".join(c.name for c in table.c if c.name not in skip)
    return sa.text(f"INSERT INTO {table.name} ({columns}) SELECT {columns} "
                   f"FROM json_populate_recordset(NULL::{table.name}, CAST(:rows AS json)) {tail}")


class _Statements:
    """The kiosk API's statements, built once per store: SQLAlchemy then only looks up their
    compiled form. Lists are bound as one PostgreSQL array (`= ANY(:list)`, one cached statement
    whatever the length) or an expanding IN on SQLite."""

    def __init__(self, backend: str, insert):
        def one_of(column, name):
            if backend == "postgresql":
                return column == sa.any_(sa.bindparam(name, type_=postgresql.ARRAY(sa.String)))
            return column.in_(sa.bindparam(name, expanding=True))

        self.token = sa.select(kiosks.c.township, kiosks.c.kiosk_id).where(kiosks.c.token_sha256 == sa.bindparam("token"))
        # UNION of two single-index lookups, not one OR: a prepared statement's generic plan for
        # `a = ANY($1) OR b = ANY($2)` can fall back to a sequential scan of the whole table.
        request_columns = (requests.c.uuid, requests.c.township, requests.c.kiosk_id, requests.c.number,
                           requests.c.updated_at, requests.c.data)
        self.stored_requests = sa.union(sa.select(*request_columns).where(one_of(requests.c.uuid, "uuids")),
                                        sa.select(*request_columns).where(one_of(requests.c.number, "numbers")))
        event_columns = (events.c.event_uuid, events.c.request_uuid, events.c.at, events.c.seq, events.c.kind,
                         events.c.data, events.c.origin)
        self.stored_events = sa.union(sa.select(*event_columns).where(one_of(events.c.request_uuid, "requests")),
                                      sa.select(*event_columns).where(one_of(events.c.event_uuid, "events")))
        stmt = insert(requests)
        self.upsert_requests = stmt.on_conflict_do_update(
            index_elements=[requests.c.uuid],
            set_={"data": stmt.excluded.data, "updated_at": stmt.excluded.updated_at,
                  "received_on": stmt.excluded.received_on, "last_received_at": stmt.excluded.last_received_at,
                  "status": stmt.excluded.status, "due_on": stmt.excluded.due_on},
            where=stmt.excluded.updated_at >= requests.c.updated_at)
        self.insert_events = insert(events).on_conflict_do_nothing(index_elements=[events.c.event_uuid])
        self.backend = backend
        if backend == "postgresql":  # the same two statements, one row set per call (see insert_rows)
            self.batch = {
                "upsert_requests": _json_insert(requests, (
                    "ON CONFLICT (uuid) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at, "
                    "received_on = EXCLUDED.received_on, last_received_at = EXCLUDED.last_received_at, "
                    "status = EXCLUDED.status, due_on = EXCLUDED.due_on "
                    "WHERE EXCLUDED.updated_at >= county_requests.updated_at")),
                "insert_events": _json_insert(events, "ON CONFLICT (event_uuid) DO NOTHING", skip=("seq",)),
            }
        self.set_status = (requests.update().where(requests.c.uuid == sa.bindparam("b_uuid"))
                           .values(status=sa.bindparam("b_status"), due_on=sa.bindparam("b_due")))
        stmt = insert(heartbeats)
        self.upsert_heartbeat = stmt.on_conflict_do_update(
            index_elements=[heartbeats.c.township, heartbeats.c.kiosk_id],
            set_={c.name: stmt.excluded[c.name] for c in heartbeats.c if c.name not in ("township", "kiosk_id")})
        self.county_changes = (sa.select(events.c.seq, events.c.event_uuid, events.c.request_uuid, events.c.kind,
                                         events.c.at, events.c.actor, events.c.data)
                               .where(events.c.township == sa.bindparam("township"),
                                      events.c.kiosk_id == sa.bindparam("kiosk_id"), events.c.origin == "county",
                                      events.c.seq > sa.bindparam("since"))
                               .order_by(events.c.seq).limit(sa.bindparam("limit")))

    def insert_rows(self, conn: sa.Connection, name: str, rows: list[dict]) -> None:
        """Run the insert `name` for all rows: one statement on PostgreSQL, executemany on SQLite."""
        if self.backend == "postgresql":
            conn.execute(self.batch[name], {"rows": canonical_json(rows)})
        else:
            conn.execute(getattr(self, name), rows)


_NEW_SEQ = 1 << 62  # events of this batch sort after the stored ones of the same time


def canonical_json(value: object) -> str:
    """Sorted-key JSON text of an upload's item: how a stored request is compared with a resent one.
    orjson (several times faster than json here); json for what orjson refuses (an integer past 64
    bits from a USB export), so any JSON the kiosks send is stored."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _stored_text(stored: dict[str, tuple], uuid: str) -> str | None:
    row = stored.get(uuid)
    return row[4] if row else None


def _loads(text: str) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
