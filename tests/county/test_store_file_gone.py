"""The county's SQLite file deleted or replaced under a running server: seen, uploads were acknowledged
into the deleted file (the server still held it open) and lost at the next start, while the kiosks had
marked them sent. Now a write is refused (503, the reason said) and nothing is acknowledged, so the kiosk
keeps the records and sends them again once the file is back."""

from __future__ import annotations

import shutil

import httpx

import county
from kiosk.clock import FixedClock
from tests.county.test_tenancy import A, request_row
from tests.sync.conftest import start_county, stop_county


def test_a_deleted_or_replaced_database_file_acknowledges_nothing(tmp_path):
    root = tmp_path / "repo"
    server = start_county(root)
    try:
        token = county.issue_token(server.store, A, "K01", FixedClock("2026-11-22T03:00:00+08:00"))
        headers = {"Authorization": f"Bearer {token}"}
        db = root / "county" / "county.db"
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as kiosk:
            first = kiosk.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 1, "u1")]})
            assert first.status_code == 200 and first.json()["requests"] == ["u1"]

            kept = tmp_path / "kept"
            kept.mkdir()
            for part in root.glob("county/county.db*"):  # with its WAL: the first upload is in there
                shutil.copy(part, kept / part.name)
                part.unlink()
            gone = kiosk.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 2, "u2")]})
            assert gone.status_code == 503
            assert "已被删除或替换：本次写入没有保存" in gone.json()["error"] and "u2" not in gone.text

            for part in kept.iterdir():  # a copy put back is another file: still refused
                shutil.copy(part, db.parent / part.name)
            replaced = kiosk.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 2, "u2")]})
            assert replaced.status_code == 503
    finally:
        stop_county(server)
    # Restarted on the file put back: the first upload is there, and the second goes in when sent again.
    server = start_county(root)
    try:
        assert server.store.request_by_number(f"{A}-K01-2026-00001-X") is not None
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as kiosk:
            again = kiosk.post("/api/v1/upload", json={"requests": [request_row(A, "K01", 2, "u2")]})
        assert again.status_code == 200 and again.json()["requests"] == ["u2"]
    finally:
        stop_county(server)
