"""The accessibility lint (`gongkai screenshot --check`): each rule catches a page built to break it, and
every resident page passes it in both orientations and both modes (one process renders them all)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQuick import QQuickView

from ui.a11y_lint import Report, check_window
from ui.screenshot import settle
from ui.shots import PAGES, show_page

BROKEN = """
import QtQuick
Rectangle {
    width: 600; height: 400; color: "#ffffff"
    Text { objectName: "elided"; x: 10; y: 10; width: 80; elide: Text.ElideRight; text: "一段很长很长很长的文字"; font.pixelSize: 20 }
    Text { objectName: "excerpt"; property bool excerpt: true; x: 10; y: 50; width: 80; elide: Text.ElideRight
           text: "摘要很长很长很长的文字"; font.pixelSize: 20 }
    Text { objectName: "overflow"; x: 10; y: 90; width: 60; text: "超出方框的文字"; font.pixelSize: 20 }
    Text { objectName: "faint"; x: 10; y: 130; text: "浅灰色的字"; color: "#b0b0b0"; font.pixelSize: 20 }
    Text { objectName: "fine"; x: 10; y: 170; text: "清楚的字"; color: "#000000"; font.pixelSize: 20 }
    Rectangle { x: 300; y: 10; width: 30; height: 30; color: "#1864ab"; MouseArea { objectName: "tiny"; anchors.fill: parent } }
    Rectangle { x: 300; y: 100; width: 80; height: 80; color: "#1864ab"; MouseArea { objectName: "big"; anchors.fill: parent } }
    Rectangle { x: 560; y: 300; width: 80; height: 80; color: "#1864ab"; MouseArea { objectName: "outside"; anchors.fill: parent } }
}
"""


@pytest.fixture
def broken_view(qapp, tmp_path):
    path = tmp_path / "Broken.qml"
    path.write_text(BROKEN, encoding="utf-8")
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(path)))
    view.resize(600, 400)
    view.show()
    settle(50)
    yield view
    view.close()


def test_each_rule_catches_the_page_built_to_break_it(broken_view):
    report = check_window(broken_view, page="broken", mode="normal")
    found = {(p["rule"], p["object"]) for p in report.problems}
    assert ("elided", "elided") in found
    assert ("clipped", "overflow") in found
    assert ("contrast", "faint") in found
    assert ("target", "tiny") in found
    assert ("outside", "outside") in found
    objects = {p["object"] for p in report.problems}
    assert not objects & {"excerpt", "fine", "big"}  # a marked excerpt, clear text and a big button pass
    assert not report.ok and report.as_dict()["checked"]["targets"] == 3


def test_elder_mode_asks_for_more(broken_view):
    normal = {p["object"] for p in check_window(broken_view, page="b", mode="normal").problems if p["rule"] == "target"}
    elder = {p["object"] for p in check_window(broken_view, page="b", mode="elder").problems if p["rule"] == "target"}
    assert "big" not in normal and "big" not in elder  # 80 ≥ 60
    contrast = [p for p in check_window(broken_view, page="b", mode="elder").problems if p["rule"] == "contrast"]
    assert all(p["minimum"] == 7.0 for p in contrast)


RESIDENT = [p for p in PAGES if p != "staff"]


def _show(ui, page):
    from tests.ui.helpers import root_call

    ui.idle.continueSession()
    root_call(ui, "goHome")
    # A toast left by the previous page (e.g. 政策找人 speaking its question on a machine with no speaker)
    # belongs to that page: it must not be judged as covering this one.
    ui.engine.rootObjects()[0].setProperty("message", "")
    settle(10)
    show_page(ui, page, None)
    settle(40)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_every_resident_page_passes_the_lint(ui, size, elder):
    ui.window.resize(*size)
    ui.theme.elder = elder
    try:
        problems = []
        for page in RESIDENT:
            _show(ui, page)
            report: Report = check_window(ui.window, page=page, mode="elder" if elder else "normal")
            assert report.checked["texts"] > 0 and report.checked["contrast"] > 0
            problems += [f"{page}: {p}" for p in report.problems]
        assert not problems, "\n".join(problems)
    finally:
        ui.idle.continueSession()
        ui.window.resize(1920, 1080)
        ui.theme.elder = False
