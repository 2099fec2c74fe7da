"""The composition root: opens the store, builds view models, hands them to QML.

Nothing else creates services; QML receives everything as required properties.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from shiboken6 import Shiboken

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.store import check_integrity, open_store
from ui.fonts import apply_app_font
from ui.keyboard import configure_environment as configure_keyboard
from ui.keyboard import prepare_engine as prepare_keyboard
from ui.lockdown import ShortcutGuard
from ui.models.home import HomeViewModel
from ui.models.idle import IdleController, wipe_pinyin_dictionary
from ui.models.images import AttachmentImageProvider, QrImageProvider
from ui.models.language import LanguageModel
from ui.models.navigator import Navigator
from ui.models.read_aloud import ReadAloud
from ui.models.search import SearchViewModel
from ui.models.slip_printer import SlipPrinter
from ui.models.theme import Theme, register_qml_singleton
from ui.timers import QT_TIMERS, TimerSource
from ui.translations import SOURCE_LANGUAGE, active_language, install_translator

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
        self.clock = clock or SystemClock()
        # One source for every UI timer (idle, debounce, read-aloud poll, staff logout); tests drive theirs.
        self.timers = timers or QT_TIMERS
        self.config = config or Config()
        _use_secrets(self.config)
        # SQLite's quick_check (30-90 ms) runs just after home's first frame, before anything can write
        # (open_store checks at once any file that opening would change).
        self._db_path = db_path
        self.fatal: KioskError | None = None
        self._checked = False
        self.db = open_store(db_path, check_later=True)
        try:
            self._build(windowed=windowed, idle_ms=idle_ms, tick_ms=tick_ms, debounce_ms=debounce_ms,
                        speech_dir=speech_dir, size=size, speech_job_factory=speech_job_factory)
        except sqlite3.DatabaseError:
            check_integrity(self.db, db_path)  # a damaged file: the clear message instead of a crash
            raise

    def _build(self, *, windowed, idle_ms, tick_ms, debounce_ms, speech_dir, size, speech_job_factory) -> None:
        # The Theme singleton of the Gongkai QML module: every QML file imports it, none is handed it.
        register_qml_singleton()
        # The engine owns the view models, so QML never outlives what it binds to.
        self.engine = QQmlApplicationEngine()
        owner = self.engine
        # The screens' language: the township's default (or --lang), others one tap away on home.
        default, offered = language_settings(self.config, self.db)
        self.language = LanguageModel(self.engine, default=default, offered=offered,
                                      on_change=self._language_changed, parent=owner)
        if active_language() == SOURCE_LANGUAGE and self.language.default != SOURCE_LANGUAGE:
            install_translator(QGuiApplication.instance(), self.language.default)
        self.home = HomeViewModel(self.db, self.clock, owner)  # dates and totals follow the screens' language
        self.theme = Theme(owner)
        self.slips = SlipPrinter(self.config.printer or None, self.config.receipt_format, parent=owner)
        self.nav = Navigator(self.db, self.clock, masking=self.config.name_masking, parent=owner, slips=self.slips)
        self.search = SearchViewModel(self.db, debounce_ms=debounce_ms, timers=self.timers, clock=self.clock,
                                      parent=owner)
        self.speech = ReadAloud(voice=self.config.voice, out_dir=speech_dir, job_factory=speech_job_factory,
                                timers=self.timers, parent=owner)
        self.speech.set_language(active_language())
        self.idle = IdleController(
            idle_ms=idle_ms if idle_ms is not None else self.config.idle_seconds * 1000,
            countdown_seconds=self.config.countdown_seconds, tick_ms=tick_ms, timers=self.timers, parent=owner,
        )
        self.idle.sessionReset.connect(self._reset_session)
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
            "search": self.search, "speech": self.speech, "idle": self.idle,
            "language": self.language,
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
        # The staff area (login, intake, receipts: a third of the start-up imports) is built once the home
        # screen has been drawn, or at once if the emblem is held before that.
        self._staff: QObject | None = None
        self.engine.rootObjects()[0].staffNeeded.connect(self._build_staff)
        self._first_frame_seen = False
        self._closed = False
        self.window.frameSwapped.connect(self._after_first_frame)

    @property
    def staff(self) -> QObject:
        """The staff area's model, built on first use."""
        return self._build_staff()

    def _build_staff(self) -> QObject:
        if self._closed:
            raise RuntimeError("the staff area was asked for after the UI was closed")  # a bug, not input
        if self._staff is None:
            self._check_store()  # the staff area writes: never before the integrity check has passed
            if self.fatal is not None:
                raise self.fatal
            from ui import staff

            self._staff = staff.build(self.db, self.config, self.clock, timers=self.timers)
            if self._staff.parent() is None:
                self._staff.setParent(self.engine)
            self.engine.rootObjects()[0].setProperty("staff", self._staff)
        return self._staff

    def _after_first_frame(self) -> None:
        """Once home is on screen: the integrity check, what home does not show, the staff area and the search
        engine's warm-up. On X (xcb) two frames can be swapped before the first call runs: the second finds
        nothing to disconnect and is ignored."""
        if self._first_frame_seen:
            return
        self._first_frame_seen = True
        self.window.frameSwapped.disconnect(self._after_first_frame)
        # Bound to the engine: a UI closed before the event loop comes round (a test module, a quick restart)
        # builds nothing more on its closed database; a staff area made then would keep its timers running.
        QTimer.singleShot(0, self.engine, self._once_home_is_drawn)

    def _once_home_is_drawn(self) -> None:
        if self._closed:
            return
        self._check_store()
        if self.fatal is not None:
            return
        self._build_rest()
        QTimer.singleShot(0, self.engine, self._build_staff)
        QTimer.singleShot(0, self.engine, self.search.warm_up)

    def _check_store(self) -> None:
        """The quick_check open_store left for now. A damaged database stops the kiosk with the message
        `gongkai run` prints at start (run_kiosk raises it once the event loop has stopped)."""
        if self._checked or self.fatal is not None:
            return
        try:
            check_integrity(self.db, self._db_path)
            self._checked = True
        except KioskError as exc:
            self.fatal = exc
            self.db = None
            for root in self.engine.rootObjects():
                root.hide()
            QCoreApplication.exit(1)

    def _build_rest(self) -> None:
        """What home does not show: the on-screen keyboard, the photo viewer and the idle countdown."""
        root = self.engine.rootObjects()[0]
        if not root.property("homeDrawn"):
            root.setProperty("homeDrawn", True)

    def _reset_session(self) -> None:
        """Idle timeout: the next resident starts clean (QML pops to home on the same signal)."""
        self.speech.forget()  # stops, and deletes the spoken pages (政策找人 results say the answers)
        self.search.clear()
        self.nav.wipe_answers()
        wipe_pinyin_dictionary()
        self.language.reset()  # back to the township's default language

    def _language_changed(self) -> None:
        """Another language was chosen: what Python wrote (home, 朗读's voice, search) follows at once."""
        self.speech.set_language(active_language())
        self.search.clear()
        self.home.refresh()

    @property
    def window(self) -> QQuickWindow:
        # PySide hands the root back as a QWindow; the QML ApplicationWindow is a QQuickWindow.
        # The wrapper is made once and kept: a dropped wrapInstance wrapper would delete the window.
        if self._window is None:
            root = self.engine.rootObjects()[0]
            self._window = Shiboken.wrapInstance(Shiboken.getCppPointer(root)[0], QQuickWindow)
        return self._window

    def close(self) -> None:
        self._closed = True
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
        if self.db is not None:
            self.db.close()


def language_settings(config: Config, db) -> tuple[str, list[str]]:
    """(default language, offered languages): kiosk.toml first, then the township's data from the county, then
    the language the kiosk was started in (--lang, $GONGKAI_LANG; Chinese when neither is given)."""
    from kiosk.store import township_repo

    township = township_repo.get_township(db) or {}
    default = config.default_language or township.get("default_language") or active_language()
    offered = list(config.languages) or [c for c in (township.get("languages") or "").split(",") if c] or ["zh", "en"]
    if default not in offered:
        offered.insert(0, default)
    return default, offered


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
    # honour FullScreen, a 1920x1080 window would hang off a portrait screen, and under cage a 1920x1080
    # layout was drawn cut to a 1280x800 panel. The compositor's later sizes are followed as they come.
    screen = app.primaryScreen()
    own_size = screen and not windowed
    size = (screen.size().width(), screen.size().height()) if own_size else None
    ui = KioskUi(db_path, windowed=windowed, config=config, size=size)
    # Under systemd (Type=notify): READY=1 now, then WATCHDOG=1 from the event loop; inert elsewhere.
    watchdog = start_watchdog(app)
    app.aboutToQuit.connect(watchdog.stop)
    code = app.exec()
    if ui.fatal is not None:  # the deferred integrity check found the database damaged
        raise ui.fatal
    ui.db.close()
    return code
