"""Run inside a cage (Wayland) session by test_keyboard_cage.py: the kiosk on Qt's wayland platform, the keyboard
driven by taps on its keys, and the results as JSON in argv[2]. argv[1] is the database to open."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def grab_shows_something(path: Path) -> bool:
    from PIL import Image, ImageStat

    if subprocess.run(["grim", str(path)], timeout=30).returncode != 0:
        return False
    with Image.open(path) as image:
        return max(ImageStat.Stat(image.convert("L")).stddev) > 20   # not one flat colour


def main() -> int:
    db_path, out = sys.argv[1], Path(sys.argv[2])
    results: dict = {"platform": None, "checks": {}, "error": None}
    try:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtGui import QGuiApplication

        from kiosk.clock import FixedClock
        from tests.ui.helpers import root_call, visible_item
        from tests.ui.keys import candidates, keyboard_up, panel, press, type_keys
        from ui.app import KioskUi, ensure_app

        ensure_app()
        results["platform"] = QGuiApplication.platformName()
        ui = KioskUi(db_path, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True, size=(1280, 720))
        ui.window.showFullScreen()

        def wait(condition, ms=15000):
            deadline = QDeadlineTimer(ms)
            while not condition():
                if deadline.hasExpired():
                    return False
                QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            return True

        checks = results["checks"]
        wait(lambda: ui.window.isExposed())
        root_call(ui, "openSearch")
        checks["keyboard_up_on_search"] = wait(lambda: keyboard_up(ui))
        checks["starts_in_chinese"] = panel(ui).property("language") == "zh_CN"
        type_keys(ui, "butie")
        checks["pinyin_candidate"] = wait(lambda: any(c.property("word") == "补贴" for c in candidates(ui)))
        press(ui, "changeLanguageKey")
        checks["english_by_one_tap"] = wait(lambda: panel(ui).property("language") == "en_US")
        ui.window.grabWindow().save(str(out.with_suffix(".png")))
        if shutil.which("grim"):   # what the compositor shows, not only what Qt drew (once it has a frame)
            checks["grim"] = wait(lambda: grab_shows_something(out.with_suffix(".grim.png")), 20000)
        ui.idle.resetNow()
        checks["idle_reset_back_to_chinese_hidden"] = wait(
            lambda: panel(ui).property("language") == "zh_CN" and not keyboard_up(ui))
        root_call(ui, "openTarget", "status", "")
        wait(lambda: keyboard_up(ui))
        field = visible_item(ui, "numberField")
        type_keys(ui, "2026-7")
        checks["request_pad_digits_first"] = field.property("text") == "2026-7"
        press(ui, "enterKey")
        checks["enter_hides"] = wait(lambda: not keyboard_up(ui))
        ui.close()
    except Exception:  # noqa: BLE001 (reported to the test, which fails with it)
        results["error"] = traceback.format_exc()
    # Whole or not at all: the test reads this file, so it is written beside and renamed into place.
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False))
    os.replace(tmp, out)
    os._exit(0)   # leave cage at once: its only client is gone


if __name__ == "__main__":
    sys.exit(main())
