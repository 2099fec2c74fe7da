"""The upload API names its size limit (issue 25): a body over it is 413 with the limit in the answer; a
valid upload under it is stored."""

from __future__ import annotations

import json

import httpx

import county
from kiosk.clock import FixedClock
from tests.county.test_tenancy import A, request_row
from tests.sync.conftest import start_county, stop_county


def test_upload_over_the_limit_is_413_with_the_limit_and_under_it_is_stored(tmp_path):
    running = start_county(tmp_path / "repo")
    try:
        token = county.issue_token(running.store, A, "K01", FixedClock("2026-11-22T03:00:00+08:00"))
        headers = {"Authorization": f"Bearer {token}", "content-type": "application/json"}
        with httpx.Client(base_url=running.url, timeout=120, headers=headers) as client:
            for size, expected in ((13 << 20, 200), (17 << 20, 413)):
                rows = [request_row(A, "K01", i, f"u{size}-{i}", description="补" * (size // 1500 // 3))
                        for i in range(1, 1501)]
                body = json.dumps({"requests": rows}, ensure_ascii=False).encode()
                answer = client.post("/api/v1/upload", content=body)
                assert answer.status_code == expected, (len(body), answer.text[:200])
                if expected == 413:
                    assert "上限为 16 MB（16777216 字节）" in answer.json()["error"]
                    assert "请分批上传" in answer.json()["error"]
                else:
                    assert len(answer.json()["requests"]) == 1500
    finally:
        stop_county(running)
