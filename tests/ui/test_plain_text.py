"""Published text is plain text everywhere (issue 25).

A notice title holding `<img src=http://…>` made the kiosk fetch the image (a kiosk that calls out to any
address), `<font size=7 color=red>` rendered, and 朗读 read the tags aloud. Qt's Text guesses rich text
by default; every Text that shows content now says PlainText.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF

from kiosk.clock import FixedClock
from kiosk.speech import speech_text
from kiosk.store import open_store

QML = Path(__file__).resolve().parents[2] / "ui" / "qml"
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_OPEN = re.compile(r"(^|[\s:])(Text|Label)\s*\{")
# Labels that are built from code (field names and a red ＊), and one escaped fact card: rich on purpose.
STYLED_ALLOWED = {("DateField.qml", 1), ("SChoice.qml", 1), ("SField.qml", 1), ("IntakePage.qml", 2),
                  ("EligibilityPage.qml", 1)}


def _elements(text: str):
    """(first line, whole block) of every Text/Label element in a QML file."""
    lines = text.split("\n")
    stripped = [_STRING.sub('""', line).split("//")[0] for line in lines]
    for i, line in enumerate(stripped):
        match = _OPEN.search(line)
        if not match:
            continue
        depth, j, pos = 1, i, match.end()
        while depth:
            for ch in stripped[j][pos:]:
                depth += ch == "{"
                depth -= ch == "}"
                if not depth:
                    break
            if depth:
                j, pos = j + 1, 0
        yield lines[i], "\n".join(lines[i:j + 1])


def test_every_text_that_can_show_content_is_plain_text():
    unsafe, styled = [], {}
    for path in sorted(QML.rglob("*.qml")):
        for first, block in _elements(path.read_text(encoding="utf-8")):
            if "Text.StyledText" in block or "Text.RichText" in block:
                styled[path.name] = styled.get(path.name, 0) + 1
            elif "Text.PlainText" not in block and not re.search(r'\btext:\s*qsTr\("[^"<]*"\)\s*[;}]', first):
                unsafe.append(f"{path.name}: {first.strip()[:80]}")
    assert unsafe == []
    assert set(styled.items()) <= STYLED_ALLOWED, styled


class Listener:
    """A local HTTP port that counts every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def listener():
    running = Listener()
    yield running
    running.close()


def test_markup_in_a_notice_title_shows_as_characters_and_fetches_nothing(qapp, qtbot, demo_db_path, listener):
    from ui.app import KioskUi, ensure_app

    title = (f'<img src="http://127.0.0.1:{listener.port}/track.png" width="40" height="40">'
             '<font size=7 color=red>森林防火</font>')
    db = open_store(demo_db_path)
    notice_id = db.execute("SELECT id FROM notices WHERE urgent = 1 ORDER BY id LIMIT 1").fetchone()[0]
    db.execute("UPDATE notices SET title = ? WHERE id = ?", [title, notice_id])
    db.close()
    ensure_app()
    ui = KioskUi(demo_db_path, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True)
    try:
        qtbot.waitExposed(ui.window)
        items, pending = [], [ui.window.contentItem()]
        while pending:  # the visual tree: Repeater delegates are not QObject children
            item = pending.pop()
            items.append(item)
            pending.extend(item.childItems())
        shown = [item for item in items if "森林防火" in str(item.property("text") or "") and item.isVisible()]
        assert shown, "the urgent notice is on the home screen"
        for item in shown:
            text = item.property("text")
            assert "<font size=7 color=red>" in text
            # The tags are characters on screen: the line is as wide as the raw text in the item's own font.
            raw = QFontMetricsF(item.property("font")).horizontalAdvance(text)
            assert item.property("implicitWidth") >= 0.95 * raw, (item.property("implicitWidth"), raw)
        # An <img> would be fetched while the frame is laid out and painted: give it every chance.
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            ui.window.grabWindow()
            QCoreApplication.processEvents()
            time.sleep(0.05)
        assert listener.connections == 0, "the kiosk called out to an address named in content"
    finally:
        ui.close()


def test_read_aloud_reads_text_not_tags():
    spoken = speech_text('<font size=7 color=red>停水通知</font>',
                         '<img src="http://127.0.0.1:9/x.png">明天 8:30 起停水 & 请储水')
    assert "停水通知" in spoken and "明天" in spoken and "停水" in spoken
    for leftover in ("font", "img", "src", "http", "<", ">", "color"):
        assert leftover not in spoken, spoken
