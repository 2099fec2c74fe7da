"""Requests go up and replies come down: nothing is lost while the server is away, nothing is stored
twice when an acknowledgement is lost, and the county's reply shows at the kiosk."""

from __future__ import annotations

import socket

import pytest

import county
from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.store import township_repo
from sync.status import sync_status
from sync.transport import Backoff
from tests.sync.conftest import TOWNSHIP, applicant, start_county, stop_county


@pytest.fixture
def requests3(db, clock, config, clerk):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    return [service.create_request(db, clock, config, clerk, applicant(n)) for n in range(3)]


def _refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _county_counts(repo) -> dict:
    db = county.open_county_db(repo)
    try:
        return db.counts()
    finally:
        db.close()


def test_server_down_for_a_week_keeps_every_request(db, kiosk, requests3, repo, kiosk_token):
    dead = f"http://127.0.0.1:{_refused_port()}/"
    night = FixedClock("2026-11-22T02:30:00+08:00")
    for _ in range(7):
        report = kiosk(server=dead, token=kiosk_token, at=night)
        assert not report.ok and "无法连接县级服务器" in report.message
        status = sync_status(db, night.now())
        assert (status["pending_requests"], status["pending_events"]) == (3, 3)
        assert status["last_sync_result"].startswith("失败：")
        night.advance(days=1)

    running = start_county(repo)
    try:
        report = kiosk(server=running.url, token=kiosk_token, at=night)
    finally:
        stop_county(running)
    assert report.ok, report.errors
    assert (report.uploaded["request"], report.uploaded["event"]) == (3, 3)
    status = sync_status(db, night.now())
    assert (status["pending_requests"], status["pending_events"]) == (0, 0)
    assert _county_counts(repo) == {"requests": 3, "events": 3, "county_changes": 0}
    stored = county.open_county_db(repo).request_data(requests3[0]["uuid"])
    assert stored["number"] == requests3[0]["number"] and stored["id_number"] == applicant(0)["id_number"]


def lost_ack(app, state):
    """Stores the first upload, then closes the connection before answering (the ack is lost)."""
    state.dropped = False

    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/api/v1/upload" and not state.dropped:
            state.dropped = True

            async def swallow(message):
                if message["type"] == "http.response.body" and not message.get("more_body"):
                    raise ConnectionAbortedError("ack lost")

            async def held(message):
                if message["type"] == "http.response.start":
                    return
                await swallow(message)

            try:
                await app(scope, receive, held)
            except ConnectionAbortedError:
                raise  # stored, but no answer: uvicorn closes the connection
        await app(scope, receive, send)
    return wrapped


def test_same_request_uploaded_twice_is_stored_once(db, kiosk, requests3, repo, kiosk_token):
    running = start_county(repo, lost_ack)
    try:
        report = kiosk(server=running.url, token=kiosk_token, attempts=3)
    finally:
        stop_county(running)
    uploads = [p for m, p, _ in running.seen if m == "POST" and p == "/api/v1/upload"]
    assert len(uploads) >= 2, "the kiosk sent the same batch again after the lost acknowledgement"
    assert report.ok and report.uploaded["request"] == 3
    assert _county_counts(repo) == {"requests": 3, "events": 3, "county_changes": 0}
    assert sync_status(db)["pending_requests"] == 0


def test_county_reply_comes_back_to_the_kiosk(db, kiosk, requests3, repo, kiosk_token, clock):
    running = start_county(repo)
    try:
        assert kiosk(server=running.url, token=kiosk_token).ok
        county_db = county.open_county_db(repo)
        number = requests3[1]["number"]
        county.record_change(county_db, requests3[1]["uuid"], "replied",
                             {"on": "2026-11-27", "outcome": "36-1"}, "县政务公开办",
                             FixedClock("2026-11-27T16:00:00+08:00"))
        county_db.close()
        report = kiosk(server=running.url, token=kiosk_token, at=FixedClock("2026-11-28T02:00:00+08:00"))
        assert report.ok and report.county_changes == 1
        assert "收到县级答复 1 条" in report.message
        view = service.request_view(db, clock, number)
        assert view["status"] == "replied" and view["status_label"] == "已答复"
        assert [e["kind"] for e in view["events"]] == ["received", "replied"]
        assert view["events"][1]["actor"] == "县政务公开办"
        from dataclasses import asdict

        from kiosk.requests import status

        public = status.lookup(db, number)  # what a resident sees at the kiosk, typing the receipt's number
        assert public.status_text == "已答复" and public.finished
        assert not {"name", "id_number", "phone", "address"} & set(asdict(public))
        # Seen once, recorded once; the county's own event does not travel back up.
        again = kiosk(server=running.url, token=kiosk_token, at=FixedClock("2026-11-29T02:00:00+08:00"))
        assert again.ok and again.county_changes == 0
        assert len(service.request_view(db, clock, number)["events"]) == 2
        assert _county_counts(repo) == {"requests": 3, "events": 3, "county_changes": 1}
        heartbeat = county.open_county_db(repo).heartbeat(TOWNSHIP, "K01")
        assert heartbeat["free_disk_bytes"] > 0 and heartbeat["version"]
        assert heartbeat["pending"]["requests"] == 0
        from kiosk.trust import audit

        # The county keeps the newest audit head it saw: a later truncation of the kiosk's log shows.
        assert heartbeat["audit_head"] == audit.head_hash(db) and len(heartbeat["audit_head"]) == 64
        assert audit.verify(db).ok, "county replies change request rows through audited events"
    finally:
        stop_county(running)


def test_a_county_step_the_kiosk_refuses_is_reported_not_applied(db, kiosk, requests3, repo, kiosk_token, clock,
                                                                  clerk):
    """The county answered while the counter had already answered (not yet uploaded): the kiosk's
    rules refuse a second 答复, so it is kept as a note staff see, and the request concluded once.
    The county's rules (the same) refuse the kiosk's 答复 in turn: it stays pending on the kiosk with
    the county's reason, the sync says so, and the county keeps it for an officer."""
    from county import upward as county_upward
    from kiosk.store import requests_repo

    running = start_county(repo, clock=FixedClock("2026-11-28T02:00:00+08:00"))
    try:
        assert kiosk(server=running.url, token=kiosk_token).ok
        number = requests3[2]["number"]
        late = FixedClock("2026-11-27T16:00:00+08:00")
        service.add_event(db, late, clerk, number, "replied", "2026-11-26", outcome="36-2")
        county_db = county.open_county_db(repo)
        county.record_change(county_db, requests3[2]["uuid"], "replied", {"on": "2026-11-27", "outcome": "36-1"},
                             "县政务公开办", late)
        county_db.close()
        report = kiosk(server=running.url, token=kiosk_token, at=FixedClock("2026-11-28T02:00:00+08:00"))
        assert not report.ok and report.message.startswith("失败：县级退回 1 条记录")
        assert "不能再登记“已答复”" in report.message and report.county_changes == 1
        assert [h["data"]["kind"] for h in county_upward.held_uploads(running.store)] == ["replied"]
        view = service.request_view(db, late, number)
        assert (view["status"], view["outcome"]) == ("replied", "36-2")
        assert [e["kind"] for e in view["events"]] == ["received", "replied", "note"]
        note = view["events"][-1]["data"]["note"]
        assert "县级登记的“已答复”（2026-11-27）未执行" in note and "不能再登记“已答复”" in note
        fact = next(f for f in requests_repo.report_facts(db) if f["number"] == number)
        assert len(fact["conclusions"]) == 1
    finally:
        stop_county(running)


def test_county_refuses_a_malformed_reply(repo, requests3, kiosk, kiosk_token, clock):
    running = start_county(repo)
    try:
        assert kiosk(server=running.url, token=kiosk_token).ok
    finally:
        stop_county(running)
    county_db = county.open_county_db(repo)
    with pytest.raises(county.ValidationError, match="办理结果"):
        county.record_change(county_db, requests3[0]["uuid"], "replied", {"on": "2026-11-22"}, "x", clock)
    with pytest.raises(county.ValidationError, match="还没有收到"):
        county.record_change(county_db, "no-such-uuid", "replied", {"on": "2026-11-27", "outcome": "36-1"}, "x",
                             clock)
    county_db.close()


def test_wrong_token_keeps_everything_pending(db, kiosk, requests3, county_server):
    report = kiosk(server=county_server.url, token="not-a-valid-token")
    assert not report.ok and "拒绝了本机的上传令牌" in report.message
    assert sync_status(db)["pending_requests"] == 3
    assert "拒绝了本机的上传令牌" in sync_status(db)["last_upload_error"]


def test_backoff_grows_and_is_capped():
    waits = []
    backoff = Backoff(attempts=8, base=2.0, cap=60.0, sleep=waits.append)
    calls = []

    def always_down():
        calls.append(1)
        raise county_transport_error()

    with pytest.raises(Exception, match="重试 8 次仍失败"):
        backoff.run(always_down, "上传申请")
    assert len(calls) == 8 and len(waits) == 7
    for attempt, wait in enumerate(waits):
        ceiling = min(60.0, 2.0 * 2 ** attempt)
        assert ceiling / 2 <= wait <= ceiling


def county_transport_error():
    from kiosk.errors import TransportError

    return TransportError("无法连接县级服务器")


def forgetful(app, state):
    """Answers 200 but acknowledges nothing (a broken or hostile county endpoint)."""
    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/api/v1/upload":
            while (await receive()).get("more_body"):
                pass
            body = b'{"requests": [], "events": []}'
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)
    return wrapped


def test_rows_are_marked_sent_only_when_named_in_the_ack(db, kiosk, requests3, repo, kiosk_token):
    running = start_county(repo, forgetful)
    try:
        report = kiosk(server=running.url, token=kiosk_token)
    finally:
        stop_county(running)
    assert not report.ok and "未确认收到 6 条记录" in report.message
    status = sync_status(db)
    assert (status["pending_requests"], status["pending_events"]) == (3, 3)
