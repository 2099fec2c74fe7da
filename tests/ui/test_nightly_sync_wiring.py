"""One nightly scheduler: gongkai-sync.timer runs `gongkai sync` beside the app, which never syncs by itself,
and the home screen shows what that sync brought within a minute, with nobody touching the screen."""

from __future__ import annotations

import shutil

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.content.home import CONTENT_UPDATED_AT
from kiosk.store import open_store, sync_state_repo
from tests.ui.conftest import FakeSpeechJob


def test_the_home_screen_shows_a_sync_run_outside_the_app_within_a_minute(qapp, demo_db_template, tmp_path):
    from ui.app import HOME_REFRESH_MS, KioskUi, ensure_app
    from ui.timers import ManualTimers

    path = tmp_path / "k.db"
    shutil.copy(demo_db_template, path)
    ensure_app()
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    timers = ManualTimers(clock, instant_ms=1000)
    config = Config(server_url="http://127.0.0.1:9/", township="362430101")
    ui = KioskUi(path, clock=clock, windowed=True, timers=timers, config=config, speech_dir=tmp_path / "speech",
                 speech_job_factory=FakeSpeechJob, size=(1920, 1080))
    try:
        assert not hasattr(ui, "scheduler")
        before = ui.home.property("updatedText")
        other = open_store(path)  # what `gongkai sync` does from its own process
        with other.atomic():
            sync_state_repo.put(other, CONTENT_UPDATED_AT, "2026-11-22T03:12:00+08:00")
        other.close()
        timers.advance(ms=HOME_REFRESH_MS - 1000)
        assert ui.home.property("updatedText") == before
        timers.advance(ms=1000)
        after = ui.home.property("updatedText")
        assert after != before and "03:12" in after
    finally:
        ui.close()
