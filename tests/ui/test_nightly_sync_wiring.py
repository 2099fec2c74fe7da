"""The kiosk schedules its nightly sync only when it has a county server to talk to."""

from __future__ import annotations

import datetime as dt
import shutil

from kiosk.clock import SHANGHAI, FixedClock
from kiosk.config import Config


def _ui(db_path, config):
    from ui.app import KioskUi, ensure_app

    ensure_app("zh")
    return KioskUi(db_path, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True, config=config)


def test_no_server_means_no_schedule(module_db_path, tmp_path):
    path = shutil.copy(module_db_path, tmp_path / "k.db")
    ui = _ui(path, Config())
    try:
        assert ui.scheduler is None
    finally:
        ui.close()


def test_a_configured_server_gets_a_run_inside_tonights_window(module_db_path, tmp_path):
    path = shutil.copy(module_db_path, tmp_path / "k.db")
    config = Config(server_url="http://127.0.0.1:9/", township="362430101", sync_window="01:00-05:00")
    ui = _ui(path, config)
    try:
        run_at = ui.scheduler.next_run.astimezone(SHANGHAI)
        assert dt.datetime(2026, 11, 23, 1, 0, tzinfo=SHANGHAI) <= run_at < dt.datetime(2026, 11, 23, 5, 0, tzinfo=SHANGHAI)
        assert not ui.scheduler.running
    finally:
        ui.close()
