"""The county server as an attacker and a flaky network see it: every malformed input gets a 4xx
with a JSON error (never a traceback or silence), slow clients are cut off, Range follows RFC 9110,
and the public status page shows no personal data and is rate-limited."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

import county
from county.server import ServerLimits
from kiosk.clock import FixedClock
from kiosk.requests.receipt_code import receipt_check
from tests.county.test_tenancy import A, request_row
from tests.sync.conftest import start_county, stop_county

BLOB = bytes(range(256)) * 40  # 10,240 bytes


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    root = tmp_path_factory.mktemp("county") / "repo"
    (root / "public" / A).mkdir(parents=True)
    (root / "public" / A / "blob.bin").write_bytes(BLOB)
    server = start_county(root, limits=ServerLimits(header_timeout=1.0, keep_alive=1))
    server.token = county.issue_token(server.store, A, "K01", FixedClock("2026-11-22T03:00:00+08:00"))
    yield server
    stop_county(server)


def raw_exchange(url: str, data: bytes, wait: float = 30) -> bytes:
    """Send raw bytes, read until the server closes (or `wait` passes)."""
    host, port = url.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


def status_and_json(raw: bytes) -> tuple[int, dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)


def test_malformed_bodies_get_a_json_4xx(running):
    auth = {"Authorization": f"Bearer {running.token}", "Content-Type": "application/json"}
    cases = {
        "deep JSON": b"[" * 100_000 + b"]" * 100_000,
        "a 5,000-digit integer": b'{"requests": [], "events": [], "n": ' + b"9" * 5000 + b"}",
        "an event without data": json.dumps({"events": [{"event_uuid": "e", "request_uuid": "u", "kind": "note",
                                                         "at": "2026-11-21", "actor": "x"}]}).encode(),
        "not JSON": b"{not json",
        "not UTF-8": b'{"a": "\xff"}',
        "a request without number": json.dumps({"requests": [{"uuid": "x"}]}).encode(),
        "a list instead of an object": b"[1, 2]",
        "empty": b"",
    }
    with httpx.Client(base_url=running.url, timeout=30) as client:
        for what, body in cases.items():
            answer = client.post("/api/v1/upload", content=body, headers=auth)
            assert 400 <= answer.status_code < 500, what
            assert answer.headers["content-type"].startswith("application/json"), what
            assert answer.json()["error"], what
        assert client.post("/api/v1/heartbeat", content=b"[" * 5000, headers=auth).status_code == 400
        huge_since = client.get("/api/v1/changes", params={"since": str(10**30)}, headers=auth)
        assert huge_since.status_code == 400 and "since" in huge_since.json()["error"]
        negative = client.get("/api/v1/changes", params={"since": "-1"}, headers=auth)
        assert negative.status_code == 400
        long_path = client.get("/" + "a" * 6000)
        assert long_path.status_code == 414 and long_path.json()["error"]
        too_big = client.post("/api/v1/upload", content=b" " * (17 << 20), headers=auth)
        assert too_big.status_code == 413
        assert client.get("/api/v2/nothing").status_code == 404
        assert client.get("/api/v2/nothing").json()["error"] == "接口不存在"
    assert running.store.counts()["requests"] == 0


def test_malformed_http_gets_a_json_400(running):
    for raw in (b"POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
                b"NOT HTTP AT ALL\r\n\r\n"):
        status, body = status_and_json(raw_exchange(running.url, raw))
        assert status == 400 and "HTTP" in body["error"]
    big = b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n"
    status, body = status_and_json(raw_exchange(running.url, big))
    assert status == 431 and "请求头" in body["error"]


def test_slow_and_idle_connections_are_closed(running):
    # Slowloris: a request line and half a header, then nothing. The server answers 408 and closes.
    started = time.monotonic()
    answer = raw_exchange(running.url, b"GET /362430101/blob.bin HTTP/1.1\r\nHost: x\r\nX-Slow: ", wait=60)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:100]
    assert time.monotonic() - started < 60
    # Fifty connections that send nothing are all closed by the server (recv returns b"").
    sockets = [socket.create_connection(("127.0.0.1", running.server.port), timeout=60) for _ in range(50)]
    try:
        for s in sockets:
            data = s.recv(65536)
            assert data == b"" or data.startswith(b"HTTP/1.1 408")
    finally:
        for s in sockets:
            s.close()


@pytest.mark.parametrize(("header", "status", "body"), [
    (None, 200, BLOB),
    ("bytes=0-9", 206, BLOB[:10]),
    ("bytes=1000-", 206, BLOB[1000:]),
    ("bytes=-5", 206, BLOB[-5:]),
    ("bytes=-99999", 206, BLOB),
    ("bytes=10000-99999", 206, BLOB[10000:]),
    ("bytes=5-3", 416, b""),
    ("bytes=10240-", 416, b""),
    ("bytes=-0", 416, b""),
    ("items=0-5", 200, BLOB),
    ("bytes=abc", 200, BLOB),
    ("bytes=0-1,5-6", 200, BLOB),
])
def test_range_follows_rfc_9110(running, header, status, body):
    with httpx.Client(base_url=running.url, timeout=30) as client:
        answer = client.get(f"/{A}/blob.bin", headers={"Range": header} if header else {})
    assert answer.status_code == status
    assert answer.content == body
    if status == 206:
        first = len(BLOB) - len(body)
        if header.startswith("bytes=0-"):
            first = 0
        assert answer.headers["content-range"] == f"bytes {first}-{first + len(body) - 1}/{len(BLOB)}"
    if status == 416:
        assert answer.headers["content-range"] == f"bytes */{len(BLOB)}"


def test_if_range_with_a_stale_etag_sends_the_whole_file(running):
    with httpx.Client(base_url=running.url, timeout=30) as client:
        etag = client.head(f"/{A}/blob.bin").headers["etag"]
        fresh = client.get(f"/{A}/blob.bin", headers={"Range": "bytes=0-9", "If-Range": etag})
        stale = client.get(f"/{A}/blob.bin", headers={"Range": "bytes=0-9", "If-Range": '"old"'})
    assert fresh.status_code == 206 and stale.status_code == 200 and stale.content == BLOB


CODE = "K7Q2M9XW4R"  # the request's random status code (kiosk/requests/receipt_code.new_status_code)


def test_status_page_without_personal_data(running):
    number = f"{A}-K01-2026-00001-X"
    with httpx.Client(base_url=running.url, timeout=30, headers={"X-Forwarded-For": "198.51.100.7"}) as client:
        not_yet = client.get(f"/s/{number}", params={"c": CODE})
        assert not_yet.status_code == 404 and "尚未同步到县级" in not_yet.text
        kiosk = httpx.Client(base_url=running.url, timeout=30, headers={"Authorization": f"Bearer {running.token}"})
        row = request_row(A, "K01", 1, "s1", id_number="362430195603041281", phone="13812345678",
                          address="清溪县青禾镇和平村3组", description="耕地地力保护补贴发放名单", status_code=CODE,
                          delivery_method="pickup")
        assert kiosk.post("/api/v1/upload", json={"requests": [row]}).status_code == 200
        kiosk.close()
        page = client.get(f"/s/{number}", params={"c": CODE})
        assert page.status_code == 200 and "已受理，正在办理" in page.text and "法定答复期限" in page.text
        assert "期限怎么算" in page.text and "次日起算20个工作日" in page.text
        for private in ("张桂兰", "362430195603041281", "13812345678", "和平村", "耕地地力", CODE):
            assert private not in page.text
        assert "<script" not in page.text and 'name="viewport"' in page.text
        wrong = client.get(f"/s/{number}", params={"c": "00000000"})
        assert wrong.status_code == 404 and "查询码不正确" in wrong.text
        missing = client.get(f"/s/{number}")
        assert missing.status_code == 404


def test_status_page_cannot_be_walked_and_is_rate_limited(running):
    """Numbers are sequential: the old CRC check (computable by anyone) and guesses get 404, the
    same answer as an unknown number; a burst from one client gets 429."""
    kiosk = httpx.Client(base_url=running.url, timeout=30, headers={"Authorization": f"Bearer {running.token}"})
    rows = [request_row(A, "K01", 100 + n, f"w{n}", status_code=f"K7Q2M9XW{n:02d}") for n in range(1, 9)]
    assert kiosk.post("/api/v1/upload", json={"requests": rows}).status_code == 200
    kiosk.close()
    with httpx.Client(base_url=running.url, timeout=30, headers={"X-Forwarded-For": "192.0.2.50"}) as walker:
        for n in range(1, 9):
            number = f"{A}-K01-2026-{100 + n:05d}-X"
            for guess in (receipt_check(number), "AAAAAAAAAA", f"K7Q2M9XW{n + 1:02d}"):
                assert walker.get(f"/s/{number}", params={"c": guess}).status_code == 404
    with httpx.Client(base_url=running.url, timeout=30, headers={"X-Forwarded-For": "203.0.113.9"}) as client:
        number = f"{A}-K01-2026-00102-X"
        answers = [client.get(f"/s/{number}", params={"c": "K7Q2M9XW02"}).status_code for _ in range(31)]
    assert answers[:30] == [200] * 30 and answers[30] == 429
    with httpx.Client(base_url=running.url, timeout=30, headers={"X-Forwarded-For": "203.0.113.10"}) as other:
        assert other.get(f"/s/{number}", params={"c": "K7Q2M9XW02"}).status_code == 200
