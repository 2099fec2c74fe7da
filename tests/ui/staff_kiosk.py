"""A whole kiosk (Main.qml, so the real keyboard) over a demo copy with staff accounts, for the keyboard tests."""

from __future__ import annotations

import shutil

import pytest

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.store import open_store
from tests.staff_ui.harness import CLERK_PIN, seed
from tests.ui.conftest import FakeSpeechJob, add_request
from tests.ui.helpers import root_call, tap, visible_item
from tests.ui.keys import keyboard_up, type_keys


@pytest.fixture(scope="module")
def staff_kiosk(qapp, demo_db_template, tmp_path_factory):
    from ui.app import KioskUi, ensure_app

    folder = tmp_path_factory.mktemp("keyboard")
    path = folder / "demo.db"
    shutil.copy(demo_db_template, path)
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    db = open_store(path)
    seed(db, clock, requests=False)
    add_request(db)
    db.close()
    ensure_app()
    config = Config(kiosk_id="K01", printer=f"escpos-file:{folder / 'printer.bin'}")
    ui = KioskUi(path, clock=clock, config=config, windowed=True, debounce_ms=1,
                 speech_dir=folder / "speech", speech_job_factory=FakeSpeechJob, size=(1920, 1080))
    ui.window.resize(1920, 1080)
    yield ui
    ui.staff.printer.wait()
    ui.close()


@pytest.fixture
def kui(staff_kiosk, qtbot):
    """Back at home, landscape, normal mode, nobody logged in, keyboard reset."""
    ui = staff_kiosk
    qtbot.waitExposed(ui.window)
    if ui.staff.loggedIn:
        ui.staff.logout()
    root_call(ui, "closeStaff")
    ui.theme.elder = False
    ui.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not keyboard_up(ui), timeout=30_000)
    return ui


def login_by_keyboard(ui, qtbot, username: str = "lihong", pin: str = CLERK_PIN) -> None:
    """Open the staff area, type the user name on the on-screen keyboard, the PIN on the PIN pad."""
    root_call(ui, "openStaff")
    qtbot.waitUntil(lambda: bool(ui.window.property("visible")), timeout=30_000)
    tap(ui, visible_item(ui, "loginUser"))
    qtbot.waitUntil(lambda: keyboard_up(ui), timeout=30_000)
    type_keys(ui, username)
    for digit in pin:
        tap(ui, visible_item(ui, f"pinKey_{digit}"))
    tap(ui, visible_item(ui, "loginButton"))
    qtbot.waitUntil(lambda: ui.staff.loggedIn, timeout=30_000)
