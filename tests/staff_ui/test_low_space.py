"""The staff screen says when disk space is low (issue 25), on a size-limited tmpfs the test mounts."""

from __future__ import annotations

import re

from kiosk import diskspace
from kiosk.store import open_store
from tests.hardening.test_full_disk import fill, pytestmark, small_disk  # noqa: F401 - fixture and skip mark
from tests.staff_ui.harness import StaffScreen, seed


def test_low_space_is_shown_on_the_staff_screen(qtbot, clock, small_disk, monkeypatch):  # noqa: F811
    monkeypatch.setattr(diskspace, "STAFF_WARN_BYTES", 4 * 1024 * 1024)  # an 8 MB disk instead of 200 MB
    folder = small_disk("8m")
    db = open_store(folder / "kiosk.db")
    seed(db, clock, requests=False)
    screen = StaffScreen(qtbot, db, clock)
    try:
        screen.settle()
        assert not screen.item("spaceWarning").isVisible()
        fill(folder, 1024 * 1024)
        screen.timers.advance(seconds=1)
        screen.settle()
        assert screen.item("spaceWarning").isVisible()
        text = screen.text("spaceWarning")
        assert re.search(r"磁盘空间不足：只剩 [\d.]+ (KB|MB)", text) and "新申请可能无法保存" in text, text
        (folder / "filler.bin").unlink()
        screen.timers.advance(seconds=1)
        screen.settle()
        assert not screen.item("spaceWarning").isVisible()
    finally:
        screen.close()
        db.close()
