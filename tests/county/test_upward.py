"""Every upward record kind goes kiosk -> county -> acknowledgement, on SQLite and on PostgreSQL,
over HTTP and on a USB stick; parametrized over the registry (sync/upward/), so a new kind is
tested by being registered (and given a sample here). A toy kind shows what registering one buys:
storage at the county, tenancy, and the kiosk-side check, with no other code."""

from __future__ import annotations

import base64

import pytest
from nacl.signing import SigningKey
from starlette.testclient import TestClient

import county
from county import upward as county_upward
from county.app import create_app
from county.usb_import import import_usb_folder
from kiosk.clock import FixedClock
from kiosk.errors import SyncError, ValidationError
from kiosk.feedback import drafts, questions, ratings
from kiosk.requests import service
from kiosk.store import outbox_repo, township_repo
from sync import outbox, upward
from sync.status import sync_status
from sync.transport import Backoff
from tests.sync.conftest import TOWNSHIP, applicant


def _one_request(db, clock, config, clerk) -> None:
    service.create_request(db, clock, config, clerk, applicant(0))


# How the kiosk writes one record of each kind (its own code path, as at the counter or the screen).
# A new kind adds its sample here; the tests below fail until it does.
def _one_rating(db, clock, _config, _clerk) -> None:
    ratings.rate(db, clock, 2, "等候时间太长", service="request", channel="counter", request_number="N-1")


def _one_question(db, clock, _config, _clerk) -> None:
    questions.ask(db, clock, "惠农补贴", "耕地地力保护补贴什么时候发？", "13907961234")


def _one_comment(db, clock, _config, _clerk) -> None:
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO drafts (id, title, organiser, explanation, body, how_to_comment, opens_on, "
                   "closes_on) VALUES (7, '村规民约（修订草案）', '东岭村村民委员会', '说明', '草案', '在本机提交', "
                   "'2026-11-01', '2026-12-31')")
    drafts.comment(db, clock, 7, "红白喜事宴席十桌太多，建议八桌。", consent=True, name="王秀英", phone="13907961234")


SAMPLES = {
    "request": _one_request,
    "event": _one_request,  # a new request records its `received` event, which goes up with it
    "rating": _one_rating,
    "question": _one_question,
    "comment": _one_comment,
}

KINDS = [k.name for k in upward.kinds()]


def _pending(db, kind_name: str) -> int:
    return sync_status(db)[f"pending_{upward.kind(kind_name).wire}"]


def _push(db, store, clock, tmp_path, kiosk_id: str = "K01"):
    token = county.issue_token(store, TOWNSHIP, kiosk_id, clock)
    app = create_app(tmp_path / "county-root", store, clock)
    with TestClient(app, base_url="http://county") as client:
        client.headers["Authorization"] = f"Bearer {token}"
        return outbox.push(db, client, "http://county/api/v1/", clock, Backoff(attempts=1))


@pytest.fixture
def kiosk_db(db):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    return db


def test_every_kind_has_a_sample_and_a_county_store():
    assert {"request", "event"} <= set(KINDS)
    assert set(KINDS) <= set(SAMPLES), "add a sample of each new upward kind to SAMPLES"
    for name in KINDS:
        assert name in county_upward._HOOKS or upward.kind(name) in county_upward.generic_kinds()


@pytest.mark.parametrize("kind_name", KINDS)
def test_every_kind_goes_up_and_is_acknowledged_once(kind_name, kiosk_db, store, clock, config, clerk, tmp_path):
    SAMPLES[kind_name](kiosk_db, clock, config, clerk)
    waiting = _pending(kiosk_db, kind_name)
    assert waiting > 0, "the sample queued records of its kind"
    before = county_upward.counts(store)[kind_name]

    result = _push(kiosk_db, store, clock, tmp_path)
    assert result.sent[kind_name] == waiting
    assert _pending(kiosk_db, kind_name) == 0, "acknowledged records leave the outbox"
    assert county_upward.counts(store)[kind_name] == before + waiting

    # The acknowledgement was lost: the kiosk sends the same records again. Stored once, acknowledged again.
    with kiosk_db.atomic():
        kiosk_db.execute("UPDATE outbox SET sent_at = NULL WHERE kind = ?", [kind_name])
    again = _push(kiosk_db, store, clock, tmp_path)
    assert again.sent[kind_name] == waiting and _pending(kiosk_db, kind_name) == 0
    assert county_upward.counts(store)[kind_name] == before + waiting


@pytest.mark.parametrize("kind_name", KINDS)
def test_every_kind_travels_on_a_usb_stick(kind_name, kiosk_db, store, clock, config, clerk, tmp_path):
    SAMPLES[kind_name](kiosk_db, clock, config, clerk)
    waiting = _pending(kiosk_db, kind_name)
    kiosk_key, county_key = SigningKey.generate(), SigningKey.generate()
    county.issue_token(store, TOWNSHIP, "K01", clock, base64.b64encode(bytes(kiosk_key.verify_key)).decode())
    exported = outbox.export_outbox(kiosk_db, tmp_path / "stick", TOWNSHIP, "K01", clock, kiosk_key,
                                    county_key.verify_key)
    assert exported["counts"][kind_name] == waiting
    first = import_usb_folder(store, tmp_path / "stick", clock, county_key)
    assert first["new"][kind_name] == waiting
    assert import_usb_folder(store, tmp_path / "stick", clock, county_key)["new"][kind_name] == 0
    assert _pending(kiosk_db, kind_name) == waiting, "a stick is not an acknowledgement"


# --- a toy kind: what the next kinds (a 好差评 rating, a comment, a question) get by registering ---

TOY = upward.UpwardKind(
    name="toy_rating", wire="toy_ratings", ref="uuid", label="评价", unit="条",
    fields=(upward.text("uuid", 64), upward.text("rated_at", 40), upward.integer("score", 1, 5),
            upward.optional_text("remark", 100)),
    collect=outbox_repo.rows_by_ref("toy_ratings", "uuid", ("uuid", "rated_at", "score", "remark")),
)


@pytest.fixture
def toy(kiosk_db, monkeypatch):
    """TOY registered, with its kiosk table and the trigger that queues its rows (as its migration would)."""
    upward.kinds()
    monkeypatch.setitem(upward._KINDS, TOY.name, TOY)
    for statement in (
        "CREATE TABLE toy_ratings (uuid TEXT PRIMARY KEY, rated_at TEXT NOT NULL, score INTEGER NOT NULL, "
        "remark TEXT NOT NULL DEFAULT '')",
        "CREATE TRIGGER outbox_toy_insert AFTER INSERT ON toy_ratings BEGIN "
        "INSERT INTO outbox (kind, ref) VALUES ('toy_rating', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING; END",
    ):
        kiosk_db.execute(statement)

    def rate(uuid: str, score: int, remark: str = "") -> None:
        with kiosk_db.atomic():
            kiosk_db.execute("INSERT INTO toy_ratings VALUES (?, ?, ?, ?)", [uuid, "2026-11-20T10:00:00+08:00", score,
                                                                              remark])
    return rate


def test_a_registered_kind_is_stored_and_acknowledged_with_no_code_of_its_own(toy, kiosk_db, store, clock,
                                                                               tmp_path):
    toy("r1", 5, "办事很快")
    toy("r2", 2)
    result = _push(kiosk_db, store, clock, tmp_path)
    assert result.sent["toy_rating"] == 2 and not result.sent["request"]
    assert sync_status(kiosk_db)["pending_toy_ratings"] == 0
    held = county_upward.stored_records(store, "toy_rating")
    assert [(r["ref"], r["township"], r["kiosk_id"], r["data"]["score"], r["data"]["remark"]) for r in held] == [
        ("r1", TOWNSHIP, "K01", 5, "办事很快"), ("r2", TOWNSHIP, "K01", 2, "")]
    assert county_upward.counts(store)["toy_rating"] == 2


def test_a_record_another_kiosk_owns_refuses_the_upload(toy, kiosk_db, store, clock, tmp_path):
    toy("r1", 5)
    _push(kiosk_db, store, clock, tmp_path)
    token = county.issue_token(store, TOWNSHIP, "K02", clock)
    app = create_app(tmp_path / "county-root", store, clock)
    with TestClient(app, base_url="http://county") as client:
        refused = client.post("/api/v1/upload", headers={"Authorization": f"Bearer {token}"},
                              json={"toy_ratings": [{"uuid": "r1", "rated_at": "2026-11-21", "score": 1},
                                                    {"uuid": "r9", "rated_at": "2026-11-21", "score": 3}]})
    assert refused.status_code == 403 and "其他乡镇或其他一体机" in refused.json()["error"]
    held = county_upward.stored_records(store, "toy_rating")
    assert [(r["ref"], r["kiosk_id"], r["data"]["score"]) for r in held] == [("r1", "K01", 5)], "nothing stored"


def test_a_record_that_fails_its_check_stays_on_the_kiosk_and_holds_back_nothing(toy, kiosk_db, store, clock,
                                                                                 tmp_path):
    toy("good", 4)
    toy("bad", 9)
    with pytest.raises(SyncError, match="1 条记录未通过上传前检查"):
        _push(kiosk_db, store, clock, tmp_path)
    assert [r["ref"] for r in county_upward.stored_records(store, "toy_rating")] == ["good"]
    waiting = kiosk_db.execute("SELECT ref, last_error FROM outbox WHERE sent_at IS NULL").fetchall()
    assert waiting == [("bad", "上传内容中的 score 应为 1 至 5 的整数")]


def test_records_stuck_on_the_kiosk_do_not_hold_back_those_queued_after_them(toy, kiosk_db, store, clock,
                                                                              tmp_path):
    for n in range(outbox.BATCH + 5):
        toy(f"bad{n}", 9)
    toy("late", 3)
    with pytest.raises(SyncError, match=f"{outbox.BATCH + 5} 条记录未通过上传前检查"):
        _push(kiosk_db, store, clock, tmp_path)
    assert [r["ref"] for r in county_upward.stored_records(store, "toy_rating")] == ["late"]


def test_the_county_checks_every_kind_it_receives(toy, store, clock):
    county.issue_token(store, TOWNSHIP, "K01", clock)
    bad = [({"toy_ratings": [{"uuid": "r1", "rated_at": "x", "score": "5"}]}, "score"),
           ({"toy_ratings": [{"uuid": "", "rated_at": "x", "score": 5}]}, "uuid"),
           ({"toy_ratings": "r1"}, "格式错误"),
           ({"toy_ratings": ["r1"]}, "评价格式错误"),
           ({"events": [{"event_uuid": "e", "request_uuid": "u", "kind": "k", "at": "a", "actor": "x",
                         "data": "{"}]}, "data 不是有效的 JSON")]
    for payload, message in bad:
        with pytest.raises(ValidationError, match=message):
            county.store_upload(store, TOWNSHIP, "K01", payload, FixedClock("2026-11-21T10:00:00+08:00"))
    assert county_upward.counts(store)["toy_rating"] == 0
    fine = {"toy_ratings": [{"uuid": "r2", "rated_at": "x", "score": 5, "remark": None}]}
    assert county.store_upload(store, TOWNSHIP, "K01", fine, FixedClock("2026-11-21T10:00:00+08:00"))[
        "toy_ratings"] == ["r2"], "an optional field may be null"


def test_a_declaration_that_cannot_work_is_refused_when_registered(monkeypatch):
    upward.kinds()
    monkeypatch.setattr(upward, "_KINDS", dict(upward._KINDS))
    fields = (upward.text("uuid", 64), upward.integer("n"))
    broken = {
        "a wire key another kind uses": dict(name="x", wire="requests", ref="uuid", fields=fields),
        "a ref that is not a field": dict(name="x", wire="xs", ref="id", fields=fields),
        "a ref that is not text": dict(name="x", wire="xs", ref="n", fields=fields),
        "a ref longer than the county keeps": dict(name="x", wire="xs", ref="uuid", fields=(upward.text("uuid", 500),)),
        "a name that is not an identifier": dict(name="x-y", wire="xs", ref="uuid", fields=fields),
    }
    for what, spec in broken.items():
        with pytest.raises(AssertionError):
            upward.register(upward.UpwardKind(label="样例", unit="条", collect=TOY.collect, **spec))
        assert "x" not in upward._KINDS and "x-y" not in upward._KINDS, what


def test_an_event_the_county_refuses_stays_on_the_kiosk_with_the_countys_reason(kiosk_db, store, clock, config,
                                                                                 clerk, tmp_path):
    """The counter replied while the county, not yet synced, replied too: the county refuses the
    kiosk's reply by the same rule the console applies; the kiosk keeps it pending with that reason
    and the county keeps it for an officer; everything else of the upload is acknowledged."""
    view = service.create_request(kiosk_db, clock, config, clerk, applicant(0))
    _push(kiosk_db, store, clock, tmp_path)
    county.record_change(store, view["uuid"], "replied", {"on": "2026-11-21", "outcome": "36-1"}, "handler1", clock)
    service.add_event(kiosk_db, clock, clerk, view["number"], "note", "2026-11-21", note="申请人来电询问")
    service.add_event(kiosk_db, clock, clerk, view["number"], "replied", "2026-11-22", outcome="36-2")
    with pytest.raises(SyncError, match="县级退回 1 条记录.*不能再登记“已答复”"):
        _push(kiosk_db, store, clock, tmp_path)
    waiting = kiosk_db.execute("SELECT kind, last_error FROM outbox WHERE sent_at IS NULL").fetchall()
    assert len(waiting) == 1 and waiting[0][0] == "event" and waiting[0][1].startswith("县级退回：“已答复”")
    assert [h["data"]["kind"] for h in county_upward.held_uploads(store)] == ["replied"]
    kinds = [e["kind"] for e in store.request_events(view["uuid"])]
    assert kinds.count("replied") == 1 and "note" in kinds, "the county's reply stands, the note is stored"
    # The same record brought on a USB stick: refused the same way, and the import says why.
    kiosk_key, county_key = SigningKey.generate(), SigningKey.generate()
    county.issue_token(store, TOWNSHIP, "K01", clock, base64.b64encode(bytes(kiosk_key.verify_key)).decode())
    outbox.export_outbox(kiosk_db, tmp_path / "stick", TOWNSHIP, "K01", clock, kiosk_key, county_key.verify_key)
    imported = import_usb_folder(store, tmp_path / "stick", clock, county_key)
    assert imported["new"]["event"] == 0 and "不能再登记“已答复”" in imported["refused"]["event"][0]
    assert [e["kind"] for e in store.request_events(view["uuid"])].count("replied") == 1
