"""Tenancy, tried as an attacker would, on both store backends through the real HTTP stack:
a token is bound to its township and kiosk, and every attempt on another's data is refused."""

from __future__ import annotations

import httpx
import pytest

import county
from kiosk.clock import FixedClock
from sync import upward
from tests.sync.conftest import start_county

A, B = "362430101", "362430102"
CLOCK = FixedClock("2026-11-22T03:00:00+08:00")

EMPTY_ACK = upward.to_wire(upward.empty())  # the acknowledgement names every kind


def request_row(township: str, kiosk: str, serial: int, uuid: str, **extra) -> dict:
    return {"uuid": uuid, "number": f"{township}-{kiosk}-2026-{serial:05d}-X", "updated_at": "2026-11-20T10:00:00+08:00",
            "received_on": "2026-11-20", "kiosk_id": kiosk, "name": "张桂兰", "status": "received", **extra}


def event_row(request_uuid: str, event_uuid: str, kind: str = "note") -> dict:
    return {"event_uuid": event_uuid, "request_uuid": request_uuid, "kind": kind, "at": "2026-11-21T09:00:00+08:00",
            "actor": "clerk1", "data": {"note": "x"}}


@pytest.fixture
def served(tmp_path, store):
    running = start_county(tmp_path / "repo", store=store)
    tokens = {who: county.issue_token(store, *who, CLOCK) for who in ((A, "K01"), (A, "K02"), (B, "K01"))}

    def client(who) -> httpx.Client:
        return httpx.Client(base_url=running.url, timeout=30, headers={"Authorization": f"Bearer {tokens[who]}"})
    yield running, client
    running.server.stop()


def test_a_kiosk_stores_its_own_requests_idempotently(served, store):
    running, client = served
    with client((A, "K01")) as a1:
        body = {"requests": [request_row(A, "K01", 1, "u1")], "events": [event_row("u1", "e1")]}
        first = a1.post("/api/v1/upload", json=body)
        again = a1.post("/api/v1/upload", json=body)
    assert first.status_code == 200 and first.json() == {**EMPTY_ACK, "requests": ["u1"], "events": ["e1"]}
    assert again.status_code == 200 and again.json() == first.json()
    assert store.counts() == {"requests": 1, "events": 1, "county_changes": 0}


def test_another_kiosk_cannot_overwrite_a_request_by_uuid(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        assert a1.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 1, "u1")]}).status_code == 200
    for who in ((B, "K01"), (A, "K02")):
        township, kiosk = who
        forged = request_row(township, kiosk, 1, "u1", name="改掉的名字", updated_at="2027-01-01T00:00:00+08:00")
        with client(who) as other:
            refused = other.post("/api/v1/upload", json={"requests": [forged]})
        assert refused.status_code == 403 and "另一台一体机" in refused.json()["error"], who
    assert store.request_data("u1")["name"] == "张桂兰"


def test_a_token_cannot_upload_requests_claiming_another_township_or_kiosk(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        for row in (request_row(B, "K01", 1, "u9"), request_row(A, "K02", 1, "u9"),
                    {**request_row(A, "K01", 1, "u9"), "township": B},
                    {**request_row(A, "K01", 1, "u9"), "kiosk_id": "K02"}):
            refused = a1.post("/api/v1/upload", json={"requests": [row], "events": [event_row("u9", "e9")]})
            assert refused.status_code == 403, row
            assert "error" in refused.json()
    assert store.counts()["requests"] == 0 and store.counts()["events"] == 0, "a refused batch stores nothing"


def test_events_for_another_townships_request_are_refused(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        assert a1.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 1, "u1")]}).status_code == 200
    with client((B, "K01")) as b1:
        refused = b1.post("/api/v1/upload", json={"requests": [request_row(B, "K01", 1, "u2")],
                                                  "events": [event_row("u1", "evil", "replied")]})
    assert refused.status_code == 403 and "其他乡镇" in refused.json()["error"]
    assert store.counts() == {"requests": 1, "events": 0, "county_changes": 0}, "the whole batch was refused"


def test_an_event_whose_request_has_not_arrived_is_not_acknowledged(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        answer = a1.post("/api/v1/upload", json={"events": [event_row("later", "e1")]})
    assert answer.status_code == 200 and answer.json() == EMPTY_ACK
    assert store.counts()["events"] == 0


def test_county_changes_go_back_only_to_the_kiosk_that_owns_the_request(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        a1.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 1, "u1")]})
    county.record_change(store, "u1", "replied", {"on": "2026-11-22", "outcome": "36-1"}, "县政务公开办", CLOCK)
    with client((A, "K01")) as a1, client((A, "K02")) as a2, client((B, "K01")) as b1:
        mine = a1.get("/api/v1/changes", params={"since": 0}).json()
        assert [c["request_uuid"] for c in mine["changes"]] == ["u1"]
        assert a1.get("/api/v1/changes", params={"since": mine["next"]}).json()["changes"] == []
        assert a2.get("/api/v1/changes", params={"since": 0}).json()["changes"] == []
        assert b1.get("/api/v1/changes", params={"since": 0}).json()["changes"] == []
    row = store.request_by_number(f"{A}-K01-2026-00001-X")
    assert row["status"] == "replied" and row["due_on"] is None


def test_heartbeat_keeps_the_audit_head(served, store):
    _running, client = served
    with client((A, "K01")) as a1:
        ok = a1.post("/api/v1/heartbeat", json={"version": "0.2.0", "last_sequence": 7, "free_disk_bytes": 5 << 30,
                                                 "printer": "ok", "audit_head": "ab12" * 16})
        bad = a1.post("/api/v1/heartbeat", json={"audit_head": "not hex"})
    assert ok.status_code == 200 and bad.status_code == 400
    fleet = {(k["township"], k["kiosk_id"]): k for k in store.list_kiosks()}
    assert fleet[(A, "K01")]["audit_head"] == "ab12" * 16 and fleet[(A, "K01")]["last_sequence"] == 7
    assert fleet[(A, "K02")]["at"] is None, "a kiosk that never reported is listed without a heartbeat"


def test_a_missing_unknown_or_replaced_token_is_refused_before_anything_else(served, store):
    running, client = served
    old = client((A, "K01")).headers["Authorization"]
    county.issue_token(store, A, "K01", CLOCK)  # the kiosk was given a new token: the old one stops at once
    body = {"requests": [request_row(A, "K01", 1, "u1")], "events": []}
    with httpx.Client(base_url=running.url, timeout=30) as anyone:
        for auth in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": old}):
            for method, path, content in (("POST", "/api/v1/upload", None), ("POST", "/api/v1/upload", b"{not json"),
                                          ("POST", "/api/v1/heartbeat", None), ("GET", "/api/v1/changes?since=x", None)):
                answer = anyone.request(method, path, headers=auth, content=content,
                                        json=body if content is None and method == "POST" else None)
                assert answer.status_code == 401 and "令牌" in answer.json()["error"], (auth, path, content)
    assert store.counts()["requests"] == 0 and store.list_kiosks()[0]["at"] is None, "nothing stored, no heartbeat"
