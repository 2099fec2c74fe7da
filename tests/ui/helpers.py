"""Finding and tapping QML items the way a resident sees them (walking the visual item tree)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem


def root(ui):
    return ui.engine.rootObjects()[0]


def root_call(ui, name, *args):
    return getattr(root(ui), name)(*args)


def walk(item: QQuickItem, *, only_visible: bool) -> Iterator[QQuickItem]:
    """Every item under `item` in the scene (Repeater and ListView delegates included)."""
    for child in item.childItems():
        if only_visible and not child.isVisible():
            continue
        yield child
        yield from walk(child, only_visible=only_visible)


def all_items(ui, name: str) -> list[QQuickItem]:
    return [i for i in walk(ui.window.contentItem(), only_visible=False) if i.objectName() == name]


def visible_items(ui, name: str) -> list[QQuickItem]:
    """Items with this objectName that a resident can see now (pages below on the stack are hidden)."""
    return [i for i in walk(ui.window.contentItem(), only_visible=True) if i.objectName() == name]


def visible_item(ui, name: str) -> QQuickItem:
    items = visible_items(ui, name)
    assert items, f"no visible item named {name}"
    return items[-1]


def wait_for_frame(ui, timeout_ms: int = 30_000) -> None:
    """Until the window has drawn a frame from now on: every pending layout (polish) is then done, so
    items stand where the resident sees them. A Repeater's new delegates sit at (0, 0) in their
    implicit size until their layout is polished, just before the next frame: a tap computed from
    them earlier lands on another answer (a loaded machine, or a module's earlier tests, leave the
    frame later). Event-driven (frameSwapped), with a generous bound for a loaded machine."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    window = ui.window
    if not window.isExposed():
        return  # nothing is drawn; nothing to wait for
    drawn = []

    def swapped() -> None:
        drawn.append(True)

    window.frameSwapped.connect(swapped)
    try:
        window.update()
        deadline = QDeadlineTimer(timeout_ms)
        while not drawn and not deadline.hasExpired():
            QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    finally:
        window.frameSwapped.disconnect(swapped)


def wait_until_settled(ui, timeout_ms: int = 30_000) -> None:
    """A StackView ignores touches while `busy` (even with no transition, for a frame or so); then the
    layout of what it shows must be drawn (wait_for_frame). The bound is generous: under load a frame
    or a transition can take seconds, and waiting ends as soon as the stack is idle."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    stack = all_items(ui, "stack")[0]
    deadline = QDeadlineTimer(timeout_ms)
    QGuiApplication.processEvents()
    while stack.property("busy") and not deadline.hasExpired():
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    wait_for_frame(ui, max(1000, deadline.remainingTime()))


_clock = [10_000_000]  # synthetic event time, ms


def tap(ui, item: QQuickItem) -> None:
    """Press and release at the item's centre, a second of event time after the previous tap.

    QTest's own clicks are 1 ms apart in event time, so two taps in a row would pair up as a
    double click and the second would lose its `clicked`; a real finger is never that fast.
    """
    wait_until_settled(ui)
    tap_at(ui, item.mapToScene(QPointF(item.width() / 2, item.height() / 2)))


def tap_at(ui, centre: QPointF, gap_ms: int = 1000, double: bool = False) -> None:
    """Press and release at a scene point, gap_ms of event time after the previous tap. With
    `double`, the press is the second of a double tap, as Qt delivers it: press, double click, release."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    global_pos = QPointF(ui.window.mapToGlobal(centre.toPoint()))
    kinds = [(QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton, gap_ms)]
    if double:
        kinds.append((QEvent.Type.MouseButtonDblClick, Qt.MouseButton.LeftButton, 0))
    kinds.append((QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton, 50))
    for kind, buttons, after in kinds:
        _clock[0] += after
        event = QMouseEvent(kind, centre, global_pos, Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(_clock[0])
        QGuiApplication.sendEvent(ui.window, event)


def double_tap(ui, item: QQuickItem) -> None:
    """A shaky finger's double tap on the item: two taps 150 ms apart, the screen redrawn between
    them (what the first tap brought up is under the finger for the second)."""
    wait_until_settled(ui)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    tap_at(ui, centre)
    wait_until_settled(ui)
    tap_at(ui, centre, gap_ms=100, double=True)


def visible_texts(ui) -> list[str]:
    """Every string drawn by a visible Text or text field."""
    texts = []
    for item in walk(ui.window.contentItem(), only_visible=True):
        cls = item.metaObject().className()
        if ("Text" in cls) and item.property("text"):
            texts.append(item.property("text"))
    return texts


def type_text(ui, text: str, *, enter: bool = False) -> None:
    """Key events into the focused item, as a keyboard or a handheld scanner sends them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QGuiApplication, QKeyEvent

    target = QGuiApplication.focusObject() or ui.window
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == "-":
            key = Qt.Key.Key_Minus
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    if enter:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))


def wait_until_holds(qtbot, check, timeout_ms: int = 30_000) -> None:
    """Until `check()` stops raising AssertionError (a layout, a scroll or an animation has settled), for at
    most `timeout_ms`; then once more, so a failure shows the check's own message. Event-driven: it returns
    as soon as the check holds, however fast or slow the machine is."""
    from pytestqt.exceptions import TimeoutError as QtTimeout

    try:
        qtbot.waitUntil(check, timeout=timeout_ms)
    except QtTimeout:
        check()
        raise
