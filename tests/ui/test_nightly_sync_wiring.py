"""The kiosk schedules its nightly sync only when it has a county server to talk to."""

from __future__ import annotations

import datetime as dt

from kiosk.clock import SHANGHAI, FixedClock
from kiosk.config import Config
from ui.app import nightly_sync

CLOCK = FixedClock("2026-11-22T10:00:00+08:00")


def test_no_server_means_no_schedule(qapp, tmp_path):
    assert nightly_sync(tmp_path / "k.db", Config(), CLOCK) is None


def test_a_configured_server_gets_a_run_inside_tonights_window(qapp, tmp_path):
    config = Config(server_url="http://127.0.0.1:9/", township="362430101", sync_window="01:00-05:00")
    scheduler = nightly_sync(tmp_path / "k.db", config, CLOCK)
    try:
        run_at = scheduler.next_run.astimezone(SHANGHAI)
        assert dt.datetime(2026, 11, 23, 1, 0, tzinfo=SHANGHAI) <= run_at < dt.datetime(2026, 11, 23, 5, 0, tzinfo=SHANGHAI)
        assert not scheduler.running
    finally:
        scheduler.stop()
