"""Child process for the cold-start and memory figures: `python -m gongkai.bench.first_frame DB [TOUR]`
(or `--baseline` instead of DB: a bare Qt Quick window, for comparison).

It starts the kiosk exactly as `gongkai run --db DB` does, except that it makes the application
object first (with ui.app.ensure_app, which run_kiosk then reuses) to install an event filter
before the UI exists. The filter hooks the first QQuickWindow it sees, so the UI code needs no
change. On the first frameSwapped it notes the system-wide monotonic clock (the parent compares
it with its own reading taken just before the spawn), then walks a few screens, waits for their
frames (TOUR: a JSON file of steps from navigate.plan_tour), records the peak RSS (VmHWM) and
quits. One JSON line on stdout carries the result.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

MARKER = "GONGKAI_BENCH_RESULT "
BASELINE = "--baseline"
SHOT_ENV = "GONGKAI_BENCH_FIRST_FRAME_PNG"
# The baseline: the least a Qt Quick window costs on this machine, measured in the same run.
BASELINE_QML = """
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    visible: true; width: 1920; height: 1080
    Text { anchors.centerIn: parent; text: "\u653f\u52a1\u516c\u5f00"; font.pixelSize: 44 }
}
""".encode()


# Installed beside the kiosk only by the bench and test extras (rank-bm25 needs numpy); sqlite_utils
# imports them whenever they are there, which cost 0.3 s of the dev machine's cold start. The kiosk's
# package has neither, so the child starts as the kiosk does: without them.
NOT_IN_THE_KIOSK = ("numpy", "pandas")


def main(argv: list[str]) -> int:
    for name in NOT_IN_THE_KIOSK:
        sys.modules.setdefault(name, None)  # an import of it raises ImportError, as on a kiosk
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtQuick import QQuickWindow

    from gongkai.bench.navigate import screen_tour
    from gongkai.bench.timing import vm_hwm_kb

    db_path = argv[0]
    steps = json.loads(Path(argv[1]).read_text(encoding="utf-8")) if len(argv) > 1 else []
    result: dict = {"db": db_path}
    if db_path == BASELINE:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication(sys.argv[:1])
    else:
        from ui.app import ensure_app

        app = ensure_app()

    class FirstFrameHook(QObject):
        """Connects to the kiosk window the first time the window system talks to it."""

        def __init__(self) -> None:
            super().__init__()
            self.window: QQuickWindow | None = None

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
            if self.window is None and isinstance(obj, QQuickWindow) and event.type() != QEvent.Type.Destroy:
                self.window = obj
                obj.frameSwapped.connect(self.on_frame)
            return False

        def on_frame(self) -> None:
            if "first_frame_monotonic" in result:
                return
            result["first_frame_monotonic"] = time.monotonic()
            # CPU seconds so far (user + system, all threads): steadier than the wall clock on a busy machine.
            # process_time() reads them in nanoseconds; os.times() counts 10 ms ticks, too coarse for ~0.2 s.
            result["cpu_at_first_frame_s"] = round(time.process_time(), 3)
            result["rss_at_first_frame_kb"] = vm_hwm_kb()
            size = self.window.size()
            result["window"] = [size.width(), size.height()]
            if os.environ.get(SHOT_ENV):  # to look at what the first frame showed (after the timing)
                self.window.grabWindow().save(os.environ[SHOT_ENV])
            # Leave the frame callback before driving the UI further.
            QTimer.singleShot(0, self.tour)

        def tour(self) -> None:
            try:
                result["screens"] = screen_tour(app, self.window, steps)
            except Exception as exc:  # the first frame is measured; report the tour's failure
                result["tour_error"] = f"{type(exc).__name__}: {exc}"
            result["peak_rss_kb"] = vm_hwm_kb()
            # exit(), not quit(): quit() asks the windows to close, and the kiosk window refuses.
            app.exit(0)

    hook = FirstFrameHook()
    app.installEventFilter(hook)
    # A hard stop, so a UI that never renders cannot hang the benchmark.
    QTimer.singleShot(120_000, lambda: app.exit(3))

    if db_path == BASELINE:
        from PySide6.QtQml import QQmlApplicationEngine

        engine = QQmlApplicationEngine()
        engine.loadData(BASELINE_QML)
        code = app.exec()
    else:
        # What `gongkai run --db DB` calls, with the configuration it would load.
        from kiosk.config import load_config
        from ui.app import run_kiosk

        code = run_kiosk(Path(db_path), config=load_config(None))
    result["exit_code"] = code
    result.setdefault("peak_rss_kb", vm_hwm_kb())
    sys.stdout.write(MARKER + json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0 if "first_frame_monotonic" in result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
