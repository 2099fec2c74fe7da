"""Virtual time for UI timers (ui/timers.py): what the tests drive instead of real milliseconds."""

from __future__ import annotations

import datetime as dt

from kiosk.clock import FixedClock
from ui.models.search import SearchViewModel
from ui.timers import QT_TIMERS, ManualTimers


def test_timers_fire_in_due_order_each_at_its_moment_and_the_clock_follows(qapp):
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    timers = ManualTimers(clock)
    fired = []
    tick = timers.timer(None, 1000)
    tick.timeout.connect(lambda: fired.append(("tick", timers.now_ms, clock.now().second)))
    once = timers.timer(None, 2500, single_shot=True)
    once.timeout.connect(lambda: fired.append(("once", timers.now_ms, clock.now().second)))
    tick.start()
    once.start()
    assert timers.advance(ms=999) == 0 and fired == []
    assert timers.advance(seconds=3) == 4
    assert fired == [("tick", 1000, 1), ("tick", 2000, 2), ("once", 2500, 2), ("tick", 3000, 3)]
    assert clock.now() == dt.datetime.fromisoformat("2026-11-22T10:00:03.999+08:00")
    assert not once.isActive() and tick.isActive() and tick.remainingTime() == 1
    tick.stop()
    assert timers.advance(minutes=5) == 0


def test_restarting_a_timer_postpones_it(qapp):
    timers = ManualTimers()
    fired = []
    idle = timers.timer(None, 90_000, single_shot=True)
    idle.timeout.connect(lambda: fired.append(timers.now_ms))
    idle.start()
    for _ in range(3):
        timers.advance(seconds=80)
        idle.start()  # a touch
    assert fired == []
    timers.advance(seconds=90)
    assert fired == [330_000]


def test_search_debounce_waits_for_a_pause_in_typing(qapp, demo_db):
    from kiosk.search import reindex

    reindex(demo_db)
    timers = ManualTimers()
    search = SearchViewModel(demo_db, debounce_ms=150, timers=timers)
    for text in ("b", "bu", "补", "补贴"):
        search.query = text
        timers.advance(ms=100)  # typing faster than the debounce: nothing is searched yet
        assert search.results.rowCount() == 0
    timers.advance(ms=50)
    assert search.results.rowCount() > 0


def test_short_timers_can_fire_on_the_next_event_loop_turn(qapp, qtbot):
    timers = ManualTimers(instant_ms=1000)
    fired = []
    poll = timers.timer(None, 50, single_shot=True)
    poll.timeout.connect(lambda: fired.append("poll"))
    idle = timers.timer(None, 90_000, single_shot=True)
    idle.timeout.connect(lambda: fired.append("idle"))
    poll.start()
    idle.start()
    assert fired == []
    qtbot.waitUntil(lambda: fired == ["poll"], timeout=30_000)
    assert timers.now_ms == 0 and idle.isActive()  # the instant one took no virtual time
    poll.start()
    poll.stop()  # a stopped instant timer does not fire after all
    timers.advance(seconds=90)
    assert fired == ["poll", "idle"]


def test_the_kiosk_gets_real_timers_by_default(qapp):
    timer = QT_TIMERS.timer(None, 150, single_shot=True)
    assert type(timer).__name__ == "QTimer" and timer.interval() == 150 and timer.isSingleShot()
