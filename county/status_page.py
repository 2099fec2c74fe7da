"""The public status page a resident opens from the receipt QR: /s/<number>?c=<check>.

It shows what kiosk/requests/progress.py gives a resident (status, outcome in words, reply date,
how to collect, 补正 and extension, how the due date was counted) and the township office's
address, hours and phone, and nothing personal (no name, ID number, phone, address or request
text). The check is the request's random status code (kiosk/requests/receipt_code.py), uploaded with it
and compared in constant time: it cannot be computed from the sequential number, and a wrong
code, an unknown number and a request not synced yet all get the same 404. Requests per client
address are limited (a sliding minute); past the limit the page says to wait (429).
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kiosk.errors import ValidationError

TEMPLATES = Path(__file__).parent / "templates"
NOT_FOUND = ("没有查到：回执编号或查询码不正确，或这件申请尚未同步到县级（新受理的申请一般次日可查）。"
             "请核对受理回执上的二维码，或到受理窗口、查询机“进度查询”凭编号查看。")


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
    def __init__(self, store, per_minute: int, now: Callable[[], float] = time.monotonic, sources: Path | None = None,
                 clock=None):
        self.store = store
        self.limiter = RateLimiter(per_minute, now=now)
        self.env = templates()
        self.sources = sources  # SOURCES/<township>/township.json: the office's address, hours and phone
        self.clock = clock

    def render(self, client: str, number: str, check: str) -> tuple[int, str]:
        page = self.env.get_template("status.html")
        if not self.limiter.allow(client):
            return 429, page.render(title="查询过于频繁", message="查询过于频繁，请一分钟后再试。")
        number = number.strip().upper()
        row = self.store.request_by_number(number) if len(number) <= 64 and number.isascii() else None
        data = json.loads(row["data"]) if row else {}
        code = str(data.get("status_code") or "")
        if not code or not hmac.compare_digest(code.encode(), check.strip().upper().encode()[:64]):
            return 404, page.render(title="无法查询", message=NOT_FOUND)
        try:
            shown = self._progress(row, data)
        except ValidationError:  # a day stored before uploads were checked (9999-12-31): no deadline to count
            return 200, page.render(title="申请进度", message="这件申请的登记日期有误，暂时无法计算办理期限，请联系受理机关核对。")
        return 200, page.render(title="申请进度", number=number, p=shown, office=self._office(row["township"]))

    def _progress(self, row: dict, data: dict):
        import datetime as dt

        from county.service import _calendar
        from kiosk.clock import SystemClock, today
        from kiosk.requests.outcomes import outcome_label
        from kiosk.requests.progress import progress

        received = dt.date.fromisoformat(row["received_on"][:10])
        return progress(received, self.store.request_events(row["uuid"]), _calendar(),
                        today(self.clock or SystemClock()), str(data.get("delivery_method") or ""), outcome_label)

    def _office(self, township: str) -> list[tuple[str, str]]:
        """(label, value) of the township's disclosure office, from its source folder's township.json."""
        if not self.sources or not township.isalnum():
            return []
        try:
            t = json.loads((Path(self.sources) / township / "township.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(t, dict):
            return []
        pairs = (("受理机构", t.get("office_name") or (f"{t.get('name', '')}人民政府" if t.get("name") else "")),
                 ("办公地址", t.get("office_address")), ("办公时间", t.get("office_hours")),
                 ("咨询电话", t.get("office_phone")))
        return [(k, str(v)) for k, v in pairs if v]
