"""The public status page a resident opens from the receipt QR: /s/<number>?c=<check>.

It shows the status, the statutory due date and the steps taken so far, and nothing personal
(no name, ID number, phone, address or request text). The check is the receipt's CRC
(kiosk/requests/receipt_code.py), so numbers cannot be walked by guessing. Requests per client address
are limited (a sliding minute); past the limit the page says to wait.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kiosk.requests.receipt_code import receipt_check

TEMPLATES = Path(__file__).parent / "templates"
NOT_SYNCED = "尚未同步到县级，请以受理回执为准"


def templates() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


class RateLimiter:
    """At most `limit` hits per `window` seconds per key (e.g. a client address)."""

    def __init__(self, limit: int, window: float = 60.0, now: Callable[[], float] = time.monotonic,
                 max_keys: int = 100_000):
        self.limit, self.window, self.now, self.max_keys = limit, window, now, max_keys
        self.hits: dict[str, deque] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.now()
        with self.lock:
            if len(self.hits) > self.max_keys:
                self.hits.clear()  # a flood of addresses: forget them rather than grow without bound
            hits = self.hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True


class StatusPages:
    def __init__(self, store, per_minute: int, now: Callable[[], float] = time.monotonic):
        self.store = store
        self.limiter = RateLimiter(per_minute, now=now)
        self.env = templates()

    def render(self, client: str, number: str, check: str) -> tuple[int, str]:
        from kiosk.requests import lifecycle

        page = self.env.get_template("status.html")
        if not self.limiter.allow(client):
            return 429, page.render(title="查询过于频繁", message="查询过于频繁，请一分钟后再试。")
        number = number.strip().upper()
        if (len(number) > 64 or not number.isascii() or not check
                or receipt_check(number) != check.strip().upper()):
            return 404, page.render(title="无法查询", message="回执编号或校验码不正确，请核对受理回执上的二维码。")
        row = self.store.request_by_number(number)
        if row is None:
            return 200, page.render(title="申请进度", number=number, message=NOT_SYNCED)
        steps = [{"on": str(lifecycle.event_day(e)), "label": lifecycle.EVENT_LABELS.get(e["kind"], e["kind"])}
                 for e in self.store.request_events(row["uuid"]) if e["kind"] != lifecycle.NOTE
                 and _has_day(e)]
        steps.sort(key=lambda s: s["on"])
        return 200, page.render(
            title="申请进度", number=number, status=lifecycle.STATUS_LABELS.get(row["status"], row["status"]),
            received_on=row["received_on"], due_on=row["due_on"], steps=steps)


def _has_day(event: dict) -> bool:
    from kiosk.requests import lifecycle

    try:
        lifecycle.event_day(event)
        return True
    except (TypeError, ValueError):
        return False
