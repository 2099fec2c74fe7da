"""The in-app nightly schedule: a random minute inside the window, the sync off the UI thread,
retries while the window lasts, then the next night."""

from __future__ import annotations

import datetime as dt
import random
import threading

import pytest

from kiosk.clock import SHANGHAI, FixedClock
from kiosk.errors import ConfigError
from ui.sync_scheduler import SyncScheduler, parse_window, pick_run_time


@pytest.mark.parametrize("window", ["01:00-05:00", "23:30-02:30"])
def test_run_times_spread_over_the_window(window):
    start, end = parse_window(window)
    now = dt.datetime(2026, 11, 22, 10, 0, tzinfo=SHANGHAI)
    rng = random.Random(7)
    picks = [pick_run_time(now, (start, end), rng) for _ in range(300)]
    for at in picks:
        assert at > now and at - now < dt.timedelta(hours=24)
        t = at.time()
        inside = start <= t < end if start < end else (t >= start or t < end)
        assert inside, at
    assert len({p.replace(second=0) for p in picks}) > 100, "kiosks must not all arrive at the same minute"


def test_a_run_inside_the_window_never_lands_in_the_past():
    now = dt.datetime(2026, 11, 22, 4, 58, tzinfo=SHANGHAI)
    at = pick_run_time(now, parse_window("01:00-05:00"), random.Random(1))
    assert now <= at < dt.datetime(2026, 11, 22, 5, 0, tzinfo=SHANGHAI)


def test_bad_window_is_a_clear_config_error():
    with pytest.raises(ConfigError, match="01:00-05:00"):
        parse_window("one to five")


def test_sync_runs_on_a_worker_thread_and_reports_back(qtbot):
    threads = []

    def job():
        threads.append(threading.get_ident())
        return True, "成功：已更新到第 3 版"

    clock = FixedClock("2026-11-22T02:00:00+08:00")
    scheduler = SyncScheduler(job, "01:00-05:00", clock=clock, rng=random.Random(3))
    scheduler.start()
    first = scheduler.next_run
    assert clock.now() <= first < dt.datetime(2026, 11, 22, 5, 0, tzinfo=SHANGHAI)
    with qtbot.waitSignal(scheduler.finished, timeout=5000) as blocker:
        scheduler.runNow()
    assert blocker.args == [True, "成功：已更新到第 3 版"]
    assert threads and threads[0] != threading.get_ident(), "never on the UI thread"
    assert not scheduler.running
    # Success: the next run is in tomorrow night's window.
    assert scheduler.next_run.date() == dt.date(2026, 11, 23)
    assert dt.time(1, 0) <= scheduler.next_run.time() < dt.time(5, 0)
    scheduler.stop()


def test_failure_retries_within_the_window_then_waits_for_tomorrow(qtbot):
    clock = FixedClock("2026-11-22T01:30:00+08:00")
    scheduler = SyncScheduler(lambda: (False, "失败：无法连接县级服务器"), "01:00-05:00", clock=clock,
                              rng=random.Random(5))
    retries = []
    for _ in range(3):
        with qtbot.waitSignal(scheduler.finished, timeout=5000):
            scheduler.runNow()
        retries.append(scheduler.next_run)
    assert all(r.date() == dt.date(2026, 11, 22) for r in retries)
    gaps = [(r - clock.now()).total_seconds() / 60 for r in retries]
    assert gaps == sorted(gaps) and gaps[0] < 10 < gaps[-1], "the pauses grow"
    # At 04:55 there is no room for another retry tonight.
    clock.advance(hours=3, minutes=25)
    with qtbot.waitSignal(scheduler.finished, timeout=5000):
        scheduler.runNow()
    assert scheduler.next_run.date() == dt.date(2026, 11, 23)
    scheduler.stop()


def test_a_crashing_job_is_reported_not_raised(qtbot):
    def job():
        raise OSError("disk full")

    scheduler = SyncScheduler(job, "01:00-05:00", clock=FixedClock("2026-11-22T12:00:00+08:00"))
    with qtbot.waitSignal(scheduler.finished, timeout=5000) as blocker:
        scheduler.runNow()
    assert blocker.args[0] is False and "disk full" in blocker.args[1]
    scheduler.stop()


def test_scheduled_job_syncs_the_kiosk_from_the_county(qtbot, county_server, signing_keys, tmp_path):
    from kiosk.config import Config
    from kiosk.store import open_store
    from sync.client import sync_job
    from tests.sync.conftest import DOCUMENTS_KEPT, TOWNSHIP

    config = Config(township=TOWNSHIP, server_url=county_server.url, trusted_keys=[str(signing_keys[1])])
    db_path = tmp_path / "app.db"
    open_store(db_path).close()
    scheduler = SyncScheduler(sync_job(db_path, config, FixedClock("2026-11-22T03:00:00+08:00")), "01:00-05:00")
    with qtbot.waitSignal(scheduler.finished, timeout=30000) as blocker:
        scheduler.runNow()
    assert blocker.args == [True, "成功：已更新到第 1 版"]
    db = open_store(db_path)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == DOCUMENTS_KEPT
    db.close()
    scheduler.stop()
