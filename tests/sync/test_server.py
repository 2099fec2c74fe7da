"""The county server as any HTTP client sees it: ranges, no way out of public/, tokens required."""

from __future__ import annotations

import httpx

from sync import upward
from tests.sync.conftest import TOWNSHIP


def test_ranges_and_whole_files(county_server):
    path = f"{TOWNSHIP}/bundles/000001-full/content.sqlite"
    whole = (county_server.root / "public" / path).read_bytes()
    with httpx.Client(base_url=county_server.url, timeout=10) as client:
        full = client.get(path)
        assert full.status_code == 200 and full.content == whole
        assert full.headers["accept-ranges"] == "bytes"
        tail = client.get(path, headers={"Range": "bytes=1000-"})
        assert tail.status_code == 206 and tail.content == whole[1000:]
        assert tail.headers["content-range"] == f"bytes 1000-{len(whole) - 1}/{len(whole)}"
        past = client.get(path, headers={"Range": f"bytes={len(whole)}-"})
        assert past.status_code == 416


def test_private_county_data_is_never_served(county_server):
    (county_server.root / "county").mkdir(exist_ok=True)
    (county_server.root / "county" / "county.db").write_bytes(b"secret")
    with httpx.Client(base_url=county_server.url, timeout=10) as client:
        for attempt in ("/../county/county.db", "/%2e%2e/county/county.db", "/county/county.db",
                        f"/{TOWNSHIP}/../../county/county.db"):
            response = client.get(attempt)
            assert response.status_code == 404, attempt
            assert b"secret" not in response.content


def test_api_needs_a_kiosk_token(county_server):
    with httpx.Client(base_url=county_server.url, timeout=10) as client:
        response = client.post("/api/v1/upload", json={"requests": [], "events": []})
        assert response.status_code == 401 and "令牌" in response.json()["error"]
        response = client.get("/api/v1/changes", headers={"Authorization": "Bearer guessed"})
        assert response.status_code == 401


def test_malformed_upload_is_refused_and_stores_nothing(county_server, kiosk_token):
    headers = {"Authorization": f"Bearer {kiosk_token}"}
    with httpx.Client(base_url=county_server.url, timeout=10, headers=headers) as client:
        bad = client.post("/api/v1/upload", json={"requests": [{"uuid": "x"}]})
        assert bad.status_code == 400 and "number" in bad.json()["error"]
        not_json = client.post("/api/v1/upload", content=b"{not json", headers={"Content-Type": "application/json"})
        assert not_json.status_code == 400
        ok = client.post("/api/v1/upload", json={"requests": [], "events": []})
        assert ok.status_code == 200 and ok.json() == upward.to_wire(upward.empty())
