"""A download cut off mid-file resumes from where it stopped (HTTP Range), within the same sync or the next."""

from __future__ import annotations

from tests.sync.conftest import DOCUMENTS_KEPT, RecordingHandler, content_snapshot, start_county, stop_county

CUT_AFTER = 50_000


class CuttingHandler(RecordingHandler):
    """Sends the first CUT_AFTER bytes of the content file once, then drops the connection."""

    def send_body(self, f, length: int) -> None:
        if self.path.endswith("content.sqlite") and not self.headers.get("Range") and not self.server.cut_done:
            self.server.cut_done = True
            self.wfile.write(f.read(CUT_AFTER))
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        super().send_body(f, length)


def test_cut_download_resumes_with_range(db, kiosk, repo):
    county = start_county(repo, CuttingHandler)
    county.server.cut_done = False
    try:
        report = kiosk(server=county.url, attempts=3)
    finally:
        stop_county(county)
    assert report.ok, report.errors
    content_requests = [(p, r) for _, p, r in county.seen if p.endswith("content.sqlite")]
    assert len(content_requests) == 2
    assert content_requests[0][1] is None
    assert content_requests[1][1] == f"bytes={CUT_AFTER}-", "the second request asks only for the rest"
    assert content_snapshot(db)["documents"] == DOCUMENTS_KEPT


def test_partial_download_survives_until_the_next_sync(db, kiosk, repo, tmp_path):
    # The only attempt tonight is cut off: nothing is applied, the partial file stays on disk,
    # and tomorrow's sync fetches just the remainder.
    county = start_county(repo, CuttingHandler)
    county.server.cut_done = False
    try:
        first = kiosk(server=county.url, attempts=1)
        assert not first.ok and "下载中断" in first.message
        assert content_snapshot(db)["documents"] == 0
        parts = list((tmp_path / "staging").rglob("content.sqlite.part"))
        assert len(parts) == 1 and parts[0].stat().st_size == CUT_AFTER
        county.seen.clear()
        second = kiosk(server=county.url, attempts=1)
    finally:
        stop_county(county)
    assert second.ok, second.errors
    assert [r for _, p, r in county.seen if p.endswith("content.sqlite")] == [f"bytes={CUT_AFTER}-"]
    assert content_snapshot(db)["documents"] == DOCUMENTS_KEPT
