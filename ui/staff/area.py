"""The staff area's root view model: PIN login, which page shows, and logging out when idle.

QML receives this object as `staff` (StaffArea.qml) and reaches the page models through it.
Idle time is measured with the injected Clock, checked every `check_ms` by a timer from the injected
source (ui/timers.py), against Config.staff_idle_seconds; any input event in the application counts as
activity. WARNING_SECONDS before the logout the same check raises `idleWarning` (QML shows 「即将自动退出」
with 继续); any input, or 继续 (keepSession), clears it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Property, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk import diskspace
from kiosk.config import Config
from kiosk.errors import KioskError, LoginFailed
from kiosk.store.db import file_of
from kiosk.trust import staff
from ui.models.rating import RatingModel
from ui.pages import STAFF_PAGES
from ui.staff.admin_model import StaffAdminModel
from ui.staff.consult_model import ConsultModel
from ui.staff.detail_model import RequestDetailModel
from ui.staff.intake_model import IntakeModel
from ui.staff.receipt_printer import ReceiptPrinter
from ui.staff.worklist_model import WorklistModel
from ui.timers import QT_TIMERS, TimerSource

PAGES = tuple(STAFF_PAGES)
WARNING_SECONDS = 30
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})


class StaffAreaModel(QObject):
    changed = Signal()
    closeRequested = Signal()  # QML closes the staff area (back to the resident screen)
    loggedOut = Signal(str)  # reason: manual | idle
    warningChanged = Signal()
    spaceChanged = Signal()

    def __init__(self, db, config: Config, clock, *, check_ms: int = 1000, timers: TimerSource = QT_TIMERS,
                 parent: QObject | None = None, free_bytes=diskspace.free_bytes):
        super().__init__(parent)
        self._free_bytes = free_bytes
        self._space_warning = ""
        self._db, self._config, self._clock = db, config, clock
        self._session: staff.StaffSession | None = None
        self._page = "login"
        self._login_message = ""
        self._last_activity = clock.now()
        self._warning_left = 0  # > 0: the idle-logout warning shows, with this many seconds left
        self._printer = ReceiptPrinter(db, clock, printer=config.printer, receipt_format=config.receipt_format,
                                       status_base=config.public_status_base, parent=self)
        self._intake = IntakeModel(db, clock, config, self._printer, parent=self)
        self._worklist = WorklistModel(db, clock, parent=self)
        self._detail = RequestDetailModel(db, clock, self._printer, parent=self)
        self._admin = StaffAdminModel(db, clock, parent=self)
        self._intake.saved.connect(lambda _n: self._worklist.refresh())
        # 好差评 after a saved request: the saved panel asks the applicant, linked to the number.
        self._rating = RatingModel(db, clock, "counter", parent=self)
        self._intake.saved.connect(lambda number: self._rating.start("request", number))
        self._consult = ConsultModel(db, clock, parent=self)
        self._consult.saved.connect(lambda _ref: self._rating.start("consultation", ""))
        self._detail.stepRecorded.connect(lambda _n: self._worklist.refresh())
        self._timer = timers.timer(self, check_ms)
        self._timer.timeout.connect(self.checkIdle)
        self._timer.timeout.connect(self.checkSpace)
        self._timer.start()
        self.checkSpace()
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- activity and idle logout
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS:
            self.touch()
        return False

    @Slot()
    def touch(self) -> None:
        self._last_activity = self._clock.now()
        if self._session:
            self._session.touch(self._clock)
        self._set_warning(0)

    @Slot()
    def keepSession(self) -> None:  # noqa: N802
        """继续 on the idle warning: the session goes on."""
        self.touch()

    def _set_warning(self, seconds_left: int) -> None:
        if seconds_left != self._warning_left:
            self._warning_left = seconds_left
            self.warningChanged.emit()

    @Slot()
    def checkIdle(self) -> None:  # noqa: N802
        idle_seconds = self._config.staff_idle_seconds
        if self._session is not None:
            idle_for = (self._clock.now() - self._session.last_activity).total_seconds()
            if self._session.is_idle(self._clock, idle_seconds):
                self._set_warning(0)
                self._end_session("idle")
            elif idle_for >= idle_seconds - min(WARNING_SECONDS, idle_seconds // 2):
                self._set_warning(max(1, int(idle_seconds - idle_for + 0.999)))
        elif (self._clock.now() - self._last_activity).total_seconds() >= idle_seconds:
            self._last_activity = self._clock.now()
            self.closeRequested.emit()  # an abandoned login screen goes back to the residents

    # -- disk space: the clerk hears that space is low before a request fails to save
    @Slot()
    def checkSpace(self) -> None:  # noqa: N802
        where = file_of(self._db)
        free = self._free_bytes(Path(where).parent) if where else -1
        text = ""
        if 0 <= free < diskspace.STAFF_WARN_BYTES:
            text = (f"磁盘空间不足：只剩 {diskspace.human(free)}，新申请可能无法保存、数据可能无法更新。"
                    "请联系管理员清理磁盘（一体机继续显示原有内容）")
        if text != self._space_warning:
            self._space_warning = text
            self.spaceChanged.emit()

    @Property(str, notify=spaceChanged)
    def spaceWarning(self) -> str:  # noqa: N802
        return self._space_warning

    # -- login / logout
    @Slot(str, str, result=bool)
    def login(self, username: str, pin: str) -> bool:
        self.touch()
        try:
            actor = staff.login(self._db, self._clock, username, pin)
        except LoginFailed as exc:
            self._login_message = str(exc)
            self.changed.emit()
            return False
        except KioskError as exc:
            self._login_message = f"无法登录：{exc}"
            self.changed.emit()
            return False
        self._session = staff.StaffSession(actor, self._clock.now())
        for model in (self._intake, self._detail, self._admin, self._consult):
            model.actor = actor
        self._printer.actor_name = actor.name
        self._login_message = ""
        self._intake.reset()
        self._intake.load_draft()
        self._worklist.refresh()
        self._printer.refreshStatus()
        # A form left half-filled (logout, crash, restart) comes back first.
        self._page = "intake" if self._intake.hasDraft else "worklist"
        self.changed.emit()
        return True

    @Slot()
    def logout(self) -> None:
        self._end_session("manual")

    def _end_session(self, reason: str) -> None:
        if self._session is None:
            return
        actor = self._session.actor
        self._session = None
        # The login screen's own idle clock starts now; otherwise the next tick would see the old
        # activity time and close the (already closed) staff area a second time.
        self._last_activity = self._clock.now()
        try:
            staff.logout(self._db, self._clock, actor, reason)
        except KioskError:
            pass  # the session ends anyway; a lost audit row must not keep someone logged in
        for model in (self._intake, self._detail, self._admin, self._consult):
            model.actor = None
        self._printer.actor_name = "system"
        self._set_warning(0)
        self._intake.reset()
        self._intake.forget()
        self._rating.clear()
        self._consult.reset()
        self._detail.open("")
        self._page = "login"
        kept = "；未保存的登记已留作草稿，登录后继续" if self._intake.hasDraft else ""
        self._login_message = f"长时间未操作，已自动退出登录{kept}" if reason == "idle" else "已退出登录"
        self.changed.emit()
        self.loggedOut.emit(reason)

    @Slot()
    def clearLoginMessage(self) -> None:  # noqa: N802
        """The staff area closed: 「已退出登录」 is news for this visit only, not the next one."""
        if self._login_message and self._session is None and not self._login_message.startswith("长时间"):
            self._login_message = ""
            self.changed.emit()

    # -- navigation
    @Slot(str)
    def go(self, page: str) -> None:
        if page not in PAGES or (self._session is None and page != "login"):
            return
        if page == "admin":
            if not self.isAdmin:
                return
            self._admin.refresh()
        if page == "worklist":
            self._worklist.refresh()
            self._printer.refreshStatus()
        if page == "intake":
            self._intake.reset()
        if page == "consult":
            self._consult.reset()
            self._rating.clear()
        self._page = page
        self.changed.emit()

    @Slot(str)
    def openRequest(self, number: str) -> None:  # noqa: N802
        if self._session is not None and self._detail.open(number):
            self._page = "detail"
            self.changed.emit()

    # -- properties
    @Property(str, notify=changed)
    def page(self) -> str:
        return self._page

    @Property(str, notify=changed)
    def pageSource(self) -> str:  # noqa: N802
        """The QML component (URL) registered for the page shown (ui.pages.STAFF_PAGES)."""
        return STAFF_PAGES[self._page].url

    @Property(bool, notify=changed)
    def loggedIn(self) -> bool:  # noqa: N802
        return self._session is not None

    @Property(str, notify=changed)
    def userName(self) -> str:  # noqa: N802
        if not self._session:
            return ""
        actor = self._session.actor
        return f"{actor.display_name or actor.name}（{staff.ROLES.get(actor.role, actor.role)}）"

    @Property(bool, notify=changed)
    def isAdmin(self) -> bool:  # noqa: N802
        return bool(self._session and self._session.actor.is_admin)

    @Property(str, notify=changed)
    def loginMessage(self) -> str:  # noqa: N802
        return self._login_message

    @Property(bool, notify=changed)
    def hasAccounts(self) -> bool:  # noqa: N802
        return bool(staff.list_staff(self._db))

    @Property(bool, notify=warningChanged)
    def idleWarning(self) -> bool:  # noqa: N802
        return self._warning_left > 0

    @Property(int, notify=warningChanged)
    def idleSecondsLeft(self) -> int:  # noqa: N802
        return self._warning_left

    @Property(int, constant=True)
    def idleSeconds(self) -> int:  # noqa: N802
        return self._config.staff_idle_seconds

    @Property(QObject, constant=True)
    def intake(self) -> QObject:
        return self._intake

    @Property(QObject, constant=True)
    def consult(self) -> QObject:
        return self._consult

    @Property(QObject, constant=True)
    def rating(self) -> QObject:
        return self._rating

    @Property(QObject, constant=True)
    def worklist(self) -> QObject:
        return self._worklist

    @Property(QObject, constant=True)
    def detail(self) -> QObject:
        return self._detail

    @Property(QObject, constant=True)
    def admin(self) -> QObject:
        return self._admin

    @Property(QObject, constant=True)
    def printer(self) -> QObject:
        return self._printer
