"""Typing the way a resident or clerk does: tapping the on-screen keyboard's keys at their centres.

Keys are found in the InputPanel's item tree (visible items with a `keyType`), by the character they
type (`text`) or, for function keys, by objectName (backspaceKey, enterKey, hideKey, shiftKey,
changeLanguageKey, symbolKey, lettersKey, digitsKey). Candidates are the word bar's `candidate` items.
"""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QRectF
from PySide6.QtGui import QGuiApplication

from tests.ui.helpers import all_items, tap, walk


def panel(ui, timeout_ms: int = 10000):
    """The InputPanel: made just after home's first frame (ui/app.py), so wait for it as a finger would."""
    deadline = QDeadlineTimer(timeout_ms)
    while not (found := all_items(ui, "inputPanel")) and not deadline.hasExpired():
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert found, "no on-screen keyboard after the first frame"
    return found[0]


def keyboard_up(ui) -> bool:
    return bool(panel(ui).property("active"))


def pump(ms: int = 30) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def keys(ui) -> list:
    return [i for i in walk(panel(ui), only_visible=True)
            if i.property("keyType") is not None and i.width() > 0 and i.height() > 0]


def find_key(ui, label: str, timeout_ms: int = 30_000):
    """The visible key that types `label`, or the function key of that objectName (waits for the layout)."""
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        found = [k for k in keys(ui) if k.objectName() == label]
        if not found:
            found = [k for k in keys(ui) if k.property("text") == label]
        if found or deadline.hasExpired():
            break
        pump(20)
    assert found, f"no key {label!r} on the keyboard; keys: {sorted({str(k.property('text')) for k in keys(ui)})}"
    return found[0]


def press(ui, label: str) -> None:
    tap(ui, find_key(ui, label))
    pump()


def type_keys(ui, text: str) -> None:
    """Tap one key per character (letters as the layout shows them)."""
    for ch in text:
        press(ui, ch)


def candidates(ui) -> list:
    return [i for i in walk(panel(ui), only_visible=True) if i.objectName() == "candidate"]


def tap_candidate(ui, word: str, qtbot) -> None:
    qtbot.waitUntil(lambda: any(c.property("word") == word for c in candidates(ui)), timeout=30_000)
    tap(ui, next(c for c in candidates(ui) if c.property("word") == word))
    pump()


def scene_rect(item) -> QRectF:
    top_left = item.mapToScene(item.boundingRect().topLeft())
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


def keyboard_rect(ui) -> QRectF:
    return scene_rect(panel(ui))
