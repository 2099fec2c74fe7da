"""The figures on the console's first page, from the stored requests and events: this year's
requests by month and township, the on-time rate of this year's replies, and how many requests
were open past their statutory due date at the end of each month (the overdue trend).

Deadlines are recomputed with the kiosk's own lifecycle fold (kiosk/requests/lifecycle.py), so a
reply counts as on time exactly when the kiosk would have shown it within its deadline."""

from __future__ import annotations

import calendar as months
import datetime as dt
import json
from dataclasses import dataclass, field

import sqlalchemy as sa

from county.console.worklist import calendar
from county.store import CountyStore, events, requests
from kiosk.calendar.workdays import WorkCalendar
from kiosk.requests import lifecycle


@dataclass
class YearFigures:
    year: int
    today: dt.date
    townships: list[str] = field(default_factory=list)
    by_month: dict[str, list[int]] = field(default_factory=dict)  # township -> 12 counts
    replied: int = 0
    on_time: int = 0
    late: list[str] = field(default_factory=list)  # numbers replied after their due date
    trend: list[tuple[str, int]] = field(default_factory=list)  # (month label, open and overdue at its end)
    overdue_now: int = 0
    received: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.replied if self.replied else None


def _load(store: CountyStore, since: str) -> list[tuple[dict, list[dict]]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(requests.c.uuid, requests.c.number, requests.c.township, requests.c.received_on,
                                      requests.c.status)
                            .where(sa.or_(requests.c.received_on >= since,
                                          requests.c.status.in_(lifecycle.OPEN_STATUSES)))).all()
        found = {r.uuid: ({"number": r.number, "township": r.township, "received_on": r.received_on,
                           "status": r.status}, []) for r in rows}
        uuids = list(found)
        for start in range(0, len(uuids), 500):
            for e in conn.execute(sa.select(events.c.request_uuid, events.c.kind, events.c.at, events.c.data)
                                  .where(events.c.request_uuid.in_(uuids[start:start + 500]))
                                  .order_by(events.c.at, events.c.seq)):
                try:
                    data = json.loads(e.data)
                except ValueError:
                    data = {}
                found[e.request_uuid][1].append({"kind": e.kind, "at": e.at, "data": data if isinstance(data, dict) else {}})
    return list(found.values())


def _day(event: dict) -> dt.date | None:
    try:
        return lifecycle.event_day(event)
    except (TypeError, ValueError):
        return None


class _Memo(WorkCalendar):
    """The worklist's calendar, remembering each deadline: thousands of requests share a few."""

    def add_workdays(self, start, workdays, excluded=()):
        key = (start, workdays, tuple(tuple(span) for span in excluded))
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = super().add_workdays(start, workdays, key[2])
        return found


def _calendar() -> _Memo:
    base = calendar()
    memo = _Memo(base.exceptions, base.covered_years)
    object.__setattr__(memo, "_memo", {})
    return memo


def figures(store: CountyStore, today: dt.date) -> YearFigures:
    year = today.year
    out = YearFigures(year=year, today=today)
    # The end of each month so far; the current month's point is today, so the last one is "now".
    month_ends = [min(dt.date(year, m, months.monthrange(year, m)[1]), today) for m in range(1, today.month + 1)]
    trend = [0] * len(month_ends)
    work = _calendar()
    for request, raw in _load(store, f"{year}-01-01"):
        try:
            received = dt.date.fromisoformat(str(request["received_on"])[:10])
        except ValueError:
            continue
        if received.year == year:
            out.received += 1
            out.by_month.setdefault(request["township"], [0] * 12)[received.month - 1] += 1
        history = sorted(((d, e) for e in raw if (d := _day(e)) is not None and e["kind"] != lifecycle.RECEIVED),
                         key=lambda pair: pair[0])
        # One pass over the events, the state as it stood at each month's end (and at the first reply).
        state, applied, replied = lifecycle.fold(received, []), 0, False
        for index, end in enumerate(month_ends):
            while applied < len(history) and history[applied][0] <= end:
                day, event = history[applied]
                if event["kind"] == lifecycle.REPLIED and not replied:
                    replied = True  # the first reply counts (a mistaken second one is a matter for 更正)
                    if day.year == year and state.is_open:
                        due = lifecycle.deadlines(state, work).reply
                        out.replied += 1
                        if due is None or day <= due.day:
                            out.on_time += 1
                        else:
                            out.late.append(request["number"])
                lifecycle.apply_event(state, event["kind"], day, event.get("data") or {})
                applied += 1
            if received <= end and state.is_open:
                due = lifecycle.deadlines(state, work).reply
                if due is not None and due.day < end:
                    trend[index] += 1
    out.townships = sorted(out.by_month)
    out.trend = [(f"{end.month}月", count) for end, count in zip(month_ends, trend, strict=True)]
    out.overdue_now = trend[-1] if trend else 0
    return out
