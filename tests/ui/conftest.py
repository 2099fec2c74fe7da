"""UI fixtures: one KioskUi per test module over a private demo copy (building one costs ~0.3 s)."""

from __future__ import annotations

import shutil

import pytest

from kiosk.clock import FixedClock
from kiosk.store import open_store

REQUEST_NUMBER = "QH-K01-260001-7"
APPLICANT = {"name": "王秀英", "id_number": "36243019580312002X", "phone": "13907961234", "address": "和平村3组"}


class FakeSpeechJob:
    """A SpeechJob stand-in: 'done' after a few polls, writing a tiny valid WAV."""

    instances: list[FakeSpeechJob] = []
    hold = False  # True: synthesis keeps running until a test lets it finish (no race with the poll timer)

    def __init__(self, title, body, out, voice):
        self.text = f"{title}。{body}"
        self.wav_path = out
        self.voice = voice
        self.polls = 0
        self.cancelled = False
        self.started = False
        FakeSpeechJob.instances.append(self)

    def start(self):
        self.started = True

    def cancel(self):
        self.cancelled = True

    def poll(self):
        if self.cancelled:
            return "cancelled"
        self.polls += 1
        if self.polls < 3 or FakeSpeechJob.hold:
            return "running"
        import wave

        with wave.open(str(self.wav_path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(b"\x00\x00" * 1600)
        return "done"


def add_request(db, number=REQUEST_NUMBER):
    db.execute(
        """INSERT INTO requests (uuid, number, kiosk_id, applicant_type, name, id_type, id_number, phone, address,
           description, delivery_form, delivery_method, channel, received_on, status, due_on, created_at, updated_at)
           VALUES (?, ?, 'K01', 'person', ?, '居民身份证', ?, ?, ?, '申请公开低保名单', '纸质', '自取', 'in_person',
           '2026-11-20', 'received', '2026-12-21', '2026-11-20T09:00:00+08:00', '2026-11-20T09:00:00+08:00')""",
        [f"uuid-{number}", number, APPLICANT["name"], APPLICANT["id_number"], APPLICANT["phone"], APPLICANT["address"]],
    )


@pytest.fixture(scope="session")
def module_db_path(demo_db_template, tmp_path_factory):
    """The demo plus one request. Shared read-only by every UI module: copy it to change it."""
    path = tmp_path_factory.mktemp("ui") / "demo.db"
    shutil.copy(demo_db_template, path)
    db = open_store(path)
    add_request(db)
    db.close()
    return path


@pytest.fixture(scope="module")
def kiosk(qapp, module_db_path, tmp_path_factory):
    """The kiosk on virtual time (ui/timers.py): idle, countdown and staff logout move only when a test calls
    `kiosk.timers.advance(...)`; the debounce and the read-aloud poll (under a second) fire on the next
    event-loop turn. No UI timer here runs on the wall clock, so a busy machine changes nothing."""
    from ui.app import KioskUi, ensure_app
    from ui.timers import ManualTimers

    ensure_app()
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    ui = KioskUi(
        module_db_path, clock=clock, windowed=True, timers=ManualTimers(clock, instant_ms=1000),
        speech_dir=tmp_path_factory.mktemp("speech"), speech_job_factory=FakeSpeechJob, size=(1920, 1080),
    )
    ui.window.resize(1920, 1080)
    yield ui
    ui.close()


def restore_kiosk(kiosk) -> None:
    """Shared state back to how a resident finds it: no countdown, idle on, no staff session, normal mode,
    the real staff gesture, speech stopped, search empty, at home."""
    from tests.ui.helpers import all_items, root, root_call

    if kiosk.idle.property("countingDown"):
        kiosk.idle.continueSession()
    if kiosk.staff.property("loggedIn"):
        kiosk.staff.logout()
    if any(loader.property("active") for loader in all_items(kiosk, "staffLoader")):
        root_call(kiosk, "closeStaff")
    kiosk.idle.setProperty("enabled", True)
    root(kiosk).setProperty("staffHoldMs", 3000)
    kiosk.speech.stop()
    kiosk.search.clear()
    root_call(kiosk, "goHome")
    kiosk.theme.elder = False
    kiosk.idle.poke()  # a full idle period from here, whatever virtual time the last test left pending


@pytest.fixture
def ui(kiosk, qtbot):
    """The module's kiosk, at home in normal mode before each test, and put back after it even when it failed."""
    qtbot.waitExposed(kiosk.window)
    # As a resident meets it: home drawn, and what home does not show made just after (ui/app.py).
    from tests.ui.helpers import root

    qtbot.waitUntil(lambda: root(kiosk).property("homeDrawn"), timeout=10000)
    restore_kiosk(kiosk)
    try:
        yield kiosk
    finally:
        restore_kiosk(kiosk)
