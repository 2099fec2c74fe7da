"""A download cut off mid-file resumes from where it stopped (HTTP Range), within the same sync or the next."""

from __future__ import annotations

from tests.sync.conftest import DOCUMENTS_KEPT, content_snapshot, start_county, stop_county

CUT_AFTER = 50_000


def cutting(app, state):
    """Sends the first CUT_AFTER bytes of the content file once, then drops the connection."""
    state.cut_done = False

    async def wrapped(scope, receive, send):
        headers = dict(scope.get("headers", []))
        if (scope["type"] == "http" and scope["path"].endswith("content.sqlite") and b"range" not in headers
                and not state.cut_done):
            state.cut_done = True
            sent = 0

            async def cut_send(message):
                nonlocal sent
                if message["type"] == "http.response.body":
                    body = message.get("body", b"")[: max(0, CUT_AFTER - sent)]
                    sent += len(body)
                    await send({"type": "http.response.body", "body": body, "more_body": True})
                    if sent >= CUT_AFTER:
                        raise ConnectionResetError("cut by the test")
                    return
                await send(message)

            try:
                await app(scope, receive, cut_send)
            except ConnectionResetError:
                pass  # the response is incomplete: uvicorn closes the connection
            return
        await app(scope, receive, send)
    return wrapped


def test_cut_download_resumes_with_range(db, kiosk, repo):
    county = start_county(repo, cutting)
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
    county = start_county(repo, cutting)
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
