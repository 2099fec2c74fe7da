"""The composition root: opens the store, builds view models, hands them to QML.

Nothing else creates services; QML receives everything as required properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from shiboken6 import Shiboken

from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.store import open_store
from ui.fonts import apply_app_font
from ui.models.home import HomeViewModel

QML_DIR = Path(__file__).parent / "qml"


class KioskUi:
    """One running kiosk UI: the database, the view models and the QML engine."""

    def __init__(self, db_path: str | Path, *, clock: Clock | None = None, windowed: bool = False):
        self.clock = clock or SystemClock()
        self.db = open_store(db_path)
        self.home = HomeViewModel(self.db, self.clock)
        self._window: QQuickWindow | None = None
        self.engine = QQmlApplicationEngine()
        self.engine.setInitialProperties({"home": self.home, "windowed": windowed})
        self.engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
        if not self.engine.rootObjects():
            raise KioskError("界面加载失败（QML 错误，详见日志）")

    @property
    def window(self) -> QQuickWindow:
        # PySide hands the root back as a QWindow; the QML ApplicationWindow is a QQuickWindow.
        # The wrapper is made once and kept: a dropped wrapInstance wrapper would delete the window.
        if self._window is None:
            root = self.engine.rootObjects()[0]
            self._window = Shiboken.wrapInstance(Shiboken.getCppPointer(root)[0], QQuickWindow)
        return self._window

    def close(self) -> None:
        for root in self.engine.rootObjects():
            root.close()
        self.engine.deleteLater()
        self.db.close()


def ensure_app() -> QGuiApplication:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("gongkai")
    app.setApplicationDisplayName("政务公开")
    apply_app_font(app)
    return app


def run_kiosk(db_path: str | Path, *, windowed: bool = False) -> int:
    app = ensure_app()
    ui = KioskUi(db_path, windowed=windowed)
    code = app.exec()
    ui.db.close()
    return code
