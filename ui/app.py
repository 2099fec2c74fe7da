"""The composition root: opens the store, builds view models, hands them to QML.

Nothing else creates services; QML receives everything as required properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from shiboken6 import Shiboken

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.store import open_store
from ui.fonts import apply_app_font
from ui.keyboard import configure_environment as configure_keyboard
from ui.keyboard import prepare_engine as prepare_keyboard
from ui.lockdown import ShortcutGuard
from ui.models.home import HomeViewModel
from ui.models.idle import IdleController, wipe_pinyin_dictionary
from ui.models.images import AttachmentImageProvider, QrImageProvider
from ui.models.navigator import Navigator
from ui.models.read_aloud import ReadAloud
from ui.models.search import SearchViewModel
from ui.models.theme import Theme, register_qml_singleton
from ui.timers import QT_TIMERS, TimerSource
from ui.translations import install_translator

QML_DIR = Path(__file__).parent / "qml"
HOME_REFRESH_MS = 60_000  # how soon the home screen shows what a sync outside the app brought


def _use_secrets(config: Config) -> None:
    """The kiosk key (audit seals) and the township secret (my-payouts tokens) this config names."""
    from kiosk.content import payout_tokens
    from kiosk.trust import kiosk_key

    if config.source is not None:
        kiosk_key.configure(config.kiosk_key)
    if config.township_secret:
        payout_tokens.configure(config.township_secret)


class KioskUi:
    """One running kiosk UI: the database, the view models and the QML engine."""

    def __init__(self, db_path: str | Path, *, clock: Clock | None = None, windowed: bool = False,
                 config: Config | None = None, idle_ms: int | None = None, tick_ms: int = 1000,
                 debounce_ms: int = 150, speech_dir: Path | None = None,
                 size: tuple[int, int] | None = None, speech_job_factory=None, timers: TimerSource | None = None):
        from ui import staff

        self.clock = clock or SystemClock()
        # One source for every UI timer (idle, debounce, read-aloud poll, staff logout); tests drive theirs.
        self.timers = timers or QT_TIMERS
        self.config = config or Config()
        _use_secrets(self.config)
        self.db = open_store(db_path)
        # The Theme singleton of the Gongkai QML module: every QML file imports it, none is handed it.
        register_qml_singleton()
        # The engine owns the view models, so QML never outlives what it binds to.
        self.engine = QQmlApplicationEngine()
        owner = self.engine
        from ui.translations import active_language

        locale = "en" if active_language() == "en" else "zh_CN"  # dates and totals follow the screens
        self.home = HomeViewModel(self.db, self.clock, owner, locale=locale)
        self.theme = Theme(owner)
        self.nav = Navigator(self.db, self.clock, masking=self.config.name_masking, parent=owner, locale=locale)
        self.search = SearchViewModel(self.db, debounce_ms=debounce_ms, timers=self.timers, parent=owner)
        self.speech = ReadAloud(voice=self.config.voice, out_dir=speech_dir, job_factory=speech_job_factory,
                                timers=self.timers, parent=owner)
        self.idle = IdleController(
            idle_ms=idle_ms if idle_ms is not None else self.config.idle_seconds * 1000,
            countdown_seconds=self.config.countdown_seconds, tick_ms=tick_ms, timers=self.timers, parent=owner,
        )
        self.idle.sessionReset.connect(self._reset_session)
        self.staff = staff.build(self.db, self.config, self.clock, timers=self.timers)
        if self.staff.parent() is None:
            self.staff.setParent(owner)
        app = QGuiApplication.instance()
        app.installEventFilter(self.idle)
        self._guard = ShortcutGuard(windowed=windowed)
        app.installEventFilter(self._guard)
        self._window: QQuickWindow | None = None
        self.engine.addImageProvider("attachment", AttachmentImageProvider(self.db))
        self.engine.addImageProvider("qr", QrImageProvider())
        prepare_keyboard(self.engine)
        width, height = size or (1920, 1080)
        self.engine.setInitialProperties({
            "home": self.home, "windowed": windowed, "nav": self.nav,
            "search": self.search, "speech": self.speech, "idle": self.idle, "staff": self.staff,
            "width": width, "height": height,
        })
        self.engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
        if not self.engine.rootObjects():
            raise KioskError("界面加载失败（QML 错误，详见日志）")
        # The nightly sync runs beside the app (gongkai-sync.timer, its own process): the home screen shows
        # what it brought, and a new day's date, within a minute even when nobody touches the screen.
        self._home_poll = self.timers.timer(owner, HOME_REFRESH_MS)
        self._home_poll.timeout.connect(self.home.refresh)
        self._home_poll.start()

    def _reset_session(self) -> None:
        """Idle timeout: the next resident starts clean (QML pops to home on the same signal)."""
        self.speech.forget()  # stops, and deletes the spoken pages (政策找人 results say the answers)
        self.search.clear()
        self.nav.wipe_answers()
        wipe_pinyin_dictionary()

    @property
    def window(self) -> QQuickWindow:
        # PySide hands the root back as a QWindow; the QML ApplicationWindow is a QQuickWindow.
        # The wrapper is made once and kept: a dropped wrapInstance wrapper would delete the window.
        if self._window is None:
            root = self.engine.rootObjects()[0]
            self._window = Shiboken.wrapInstance(Shiboken.getCppPointer(root)[0], QQuickWindow)
        return self._window

    def close(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self._guard)
        self.speech.stop()
        self._home_poll.stop()
        # The kiosk window refuses close() (lockdown), so hide it and delete the engine now: a window
        # left behind would keep receiving events meant for the next UI built in this process.
        for root in self.engine.rootObjects():
            root.hide()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self._window = None
        self.db.close()


def ensure_app(lang: str | None = None) -> QGuiApplication:
    # The virtual keyboard (pinyin, the kiosk's layouts) must be chosen before the application object exists.
    configure_keyboard()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("gongkai")
    app.setApplicationDisplayName("政务公开")
    apply_app_font(app)
    install_translator(app, lang)
    return app


def run_kiosk(db_path: str | Path, *, windowed: bool = False, lang: str | None = None,
              config: Config | None = None) -> int:
    from ui.watchdog import start_watchdog

    app = ensure_app(lang)
    # Start at the screen's own size (a portrait kiosk screen is 1080x1920): without a window manager to
    # honour FullScreen, a 1920x1080 window would hang off a portrait screen.
    # Under Wayland the compositor (cage) sizes the fullscreen window itself; starting at the screen's size
    # there left cage 0.1.4's headless output black (tests/installer/test_cage_session.py).
    screen = app.primaryScreen()
    own_size = screen and not windowed and app.platformName() != "wayland"
    size = (screen.size().width(), screen.size().height()) if own_size else None
    ui = KioskUi(db_path, windowed=windowed, config=config, size=size)
    # Under systemd (Type=notify): READY=1 now, then WATCHDOG=1 from the event loop; inert elsewhere.
    watchdog = start_watchdog(app)
    app.aboutToQuit.connect(watchdog.stop)
    code = app.exec()
    ui.db.close()
    return code
