"""Ask the county for the highest request number it holds from this kiosk, and remember it beside the key.

A kiosk whose database was lost then numbers on past what the county already has, instead of
handing out a number that belongs to a request the county holds (issue 25). A county too old to
answer (404) is no failure: the kiosk's own mark outside the database still holds.
"""

from __future__ import annotations

import logging

import httpx

from kiosk.errors import SyncError, TransportError
from kiosk.requests import highwater
from sync.transport import Backoff

log = logging.getLogger(__name__)


def pull_highest(client: httpx.Client, api: str, backoff: Backoff) -> int:
    """Raise the marks to what the county reports; returns how many counters it named."""
    from sync.outbox import _answer

    def fetch() -> dict | None:
        try:
            response = client.get(api + "numbers")
        except httpx.TransportError as exc:
            raise TransportError(f"无法连接县级服务器（{type(exc).__name__}）") from exc
        if response.status_code == 404:
            return None
        return _answer(lambda: response, "查询申请编号")

    try:
        body = backoff.run(fetch, "获取县级申请编号")
    except SyncError as exc:  # the kiosk's own mark still holds; the next sync asks again
        log.warning("highest request numbers not fetched: %s", exc)
        return 0
    if not isinstance(body, dict):
        return 0
    highest = body.get("highest") if isinstance(body.get("highest"), dict) else {}
    named = 0
    for counter, serial in highest.items():
        if isinstance(counter, str) and counter.startswith("request:") and isinstance(serial, int) \
                and not isinstance(serial, bool) and 0 < serial < 10**9:
            highwater.raise_to(counter, serial)
            named += 1
    return named
