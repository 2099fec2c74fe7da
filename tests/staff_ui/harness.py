"""The staff area on its own, offscreen: a database with staff and requests, the view model and
StaffArea.qml in a QQuickView, plus helpers to tap and type like a clerk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickView
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.requests.service import create_request
from kiosk.store import township_repo
from kiosk.trust import staff
from ui.staff import build
from ui.timers import ManualTimers

QML = Path(__file__).resolve().parents[2] / "ui" / "qml" / "staff" / "StaffArea.qml"
TOWNSHIP = {
    "code": "362430101", "name": "青禾镇", "county": "清溪县",
    "office_name": "青禾镇人民政府党政综合办公室（政务公开办）",
    "office_address": "清溪县青禾镇和平路18号便民服务中心一楼", "office_phone": "0796-6123456",
    "office_hours": "周一至周五 8:30-12:00", "postcode": "343800", "public_base_url": "",
}
ADMIN = staff.Actor.system("test")
CLERK_PIN = "246810"
ADMIN_PIN = "135790"


def application(**changes) -> dict:
    data = {
        "applicant_type": "person", "name": "张三", "id_type": "resident_id", "id_number": "362430198001011239",
        "phone": "13812345678", "address": "清溪县青禾镇东岭村3组", "description": "请公开2025年度耕地地力保护补贴发放名单",
        "delivery_form": "paper", "delivery_method": "pickup", "channel": "in_person", "received": "2026-11-20",
    }
    data.update(changes)
    return data


def seed(db, clock, *, requests: bool = True) -> None:
    """The demo office, one clerk and one admin, and requests that are overdue, due soon and on time."""
    township_repo.save_township(db, TOWNSHIP)
    staff.add_staff(db, clock, ADMIN, "lihong", "李红", "clerk", CLERK_PIN)
    staff.add_staff(db, clock, ADMIN, "wangqiang", "王强", "admin", ADMIN_PIN)
    if not requests:
        return
    config = Config(kiosk_id="K01")
    clerk = staff.Actor("lihong", "clerk", "李红")
    for received, name, text in (
        ("2026-10-19", "刘桂英", "东岭村2025年危房改造补助对象名单及补助标准"),
        ("2026-10-28", "陈建国", "青禾镇2026年农村低保审核信息（西溪村）"),
        ("2026-11-20", "赵敏", "龙泉社区老旧小区改造项目的招标公告和中标结果"),
    ):
        create_request(db, clock, config, clerk, application(received=received, name=name, description=text))


class StaffScreen:
    """StaffArea.qml with a real StaffAreaModel, 1920×1080, offscreen."""

    def __init__(self, qtbot, db, clock, config: Config | None = None, *, check_ms: int = 1000):
        from PySide6.QtGui import QGuiApplication

        from ui.fonts import apply_app_font

        apply_app_font(QGuiApplication.instance())
        self.qtbot = qtbot
        self.config = config or Config(kiosk_id="K01", printer="escpos-file:/dev/null")
        # The idle check runs on virtual time that the test moves with `timers.advance(...)` (and the clock with it).
        self.timers = ManualTimers(clock)
        self.model = build(db, self.config, clock, check_ms=check_ms, timers=self.timers)
        self.closed = 0
        self.view = QQuickView()
        from ui.models.images import QrImageProvider

        self.view.engine().addImageProvider("qr", QrImageProvider())  # the receipt panel's QR, as in ui/app.py
        self.view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.view.setInitialProperties({"staff": self.model})
        self.view.setSource(QUrl.fromLocalFile(str(QML)))
        assert self.view.status() == QQuickView.Status.Ready, [e.toString() for e in self.view.errors()]
        self.view.rootObject().closed.connect(self._on_closed)
        self.view.resize(1920, 1080)
        self.view.show()
        qtbot.waitExposed(self.view)

    def _on_closed(self) -> None:
        self.closed += 1

    def item(self, name: str) -> QQuickItem:
        found = self.maybe(name)
        assert found is not None, f"no item named {name!r} on the {self.model.page} page"
        return found

    def maybe(self, name: str) -> QQuickItem | None:
        """Search the visual tree: Repeater delegates are not QObject children, so findChild misses them."""
        pending = [self.view.rootObject()]
        while pending:
            item = pending.pop(0)
            if item.objectName() == name:
                return item
            pending.extend(item.childItems())
        return None

    def settle(self) -> None:
        """Bring layouts up to date (polish and sync run as part of rendering a frame)."""
        self.view.grabWindow()

    def tap(self, name: str) -> None:
        """Tap where the item is once it has stopped moving, as a finger would. Laying out can queue
        work (Qt.callLater: chips coming up scroll the form); run it first, or the form would scroll
        between press and release and the release would miss."""
        centre = None
        for _ in range(50):
            QCoreApplication.processEvents()
            self.settle()
            item = self.item(name)
            assert item.isVisible(), f"{name} is not visible"
            now = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
            if now == centre:
                break
            centre = now
        QTest.mouseClick(self.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

    def type_into(self, name: str, text: str) -> None:
        """Focus a text field by tapping it, clear it, and type like a keyboard would."""
        self.tap(name)
        self.item(name).setProperty("text", "")
        for ch in text:
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(self.view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    def text(self, name: str) -> str:
        return str(self.item(name).property("text"))

    def scene_rect(self, name: str):
        item = self.item(name)
        top_left = item.mapToScene(QPointF(0, 0))
        return top_left.x(), top_left.y(), item.width(), item.height()

    def enter_pin(self, pin: str) -> None:
        for digit in pin:
            self.tap(f"pinKey_{digit}")

    def login(self, username: str, pin: str) -> None:
        self.type_into("loginUser", username)
        self.enter_pin(pin)
        self.tap("loginButton")

    def shoot(self, path) -> Path:
        from ui.screenshot import grab_window

        return grab_window(self.view, path)

    def close(self) -> None:
        self.model.printer.wait()
        self.view.close()
        self.view.setSource(QUrl())  # drop the QML before the model it binds to goes away
        self.view.deleteLater()


def click_point(view, x: int, y: int) -> None:
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
