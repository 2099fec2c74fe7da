"""Tapping the kiosk window like a clerk: the on-screen keyboard's key items, found by what they type.

`Clerk` walks the visual tree for QtVirtualKeyboard key items (they carry `key`, `text` and
`displayText`), taps them with real mouse events (or real X clicks through xdotool when
GONGKAI_WALK_XDOTOOL=1), types Chinese as pinyin and picks candidates from the candidate bar, switches
layouts when a character is not on the visible one, and counts every tap in a `Walk`.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field


@dataclass
class Walk:
    taps: int = 0
    app_seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


class Clerk:
    """Taps on a KioskUi window and counts them."""

    def __init__(self, ui, walk: Walk):
        self.ui, self.walk = ui, walk

    # -- the scene
    def _items(self, visible: bool = True):
        pending = [self.ui.window.contentItem()]
        while pending:
            item = pending.pop()
            for child in item.childItems():
                if visible and not child.isVisible():
                    continue
                yield child
                pending.append(child)

    def named(self, name: str):
        found = [i for i in self._items() if i.objectName() == name]
        if not found:
            raise LookupError(f"no visible item named {name}")
        return found[-1]

    def keys(self) -> list:
        """The keyboard's key items now on screen (QtVirtualKeyboard BaseKey: key, text, displayText)."""
        return [i for i in self._items() if i.property("key") is not None and i.property("displayText") is not None
                and i.width() > 0 and i.property("enabled")]

    def candidates(self) -> list[tuple[str, object]]:
        out = []
        for item in self._items():
            if "SelectionListItem" in item.metaObject().className():
                texts = [c.property("text") for c in item.childItems() if c.property("text")]
                if texts:
                    out.append((str(texts[0]), item))
        return sorted(out, key=lambda t: t[1].mapToScene(t[1].boundingRect().topLeft()).x())

    # -- tapping
    def pump(self, ms: int = 30) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtGui import QGuiApplication

        started = time.perf_counter()
        deadline = QDeadlineTimer(ms)
        QGuiApplication.processEvents()
        while not deadline.hasExpired():
            QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        self.walk.app_seconds += max(0.0, time.perf_counter() - started - ms / 1000)

    def tap(self, item, what: str) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtTest import QTest

        started = time.perf_counter()
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        if os.environ.get("GONGKAI_WALK_XDOTOOL"):  # real X input events, through the X server
            import subprocess

            point = self.ui.window.mapToGlobal(centre)
            subprocess.run(["xdotool", "mousemove", str(point.x()), str(point.y()), "click", "1"], check=True)
            self.walk.taps += 1
            self.walk.log.append(what)
            self.pump(150)
            return
        QTest.mouseClick(self.ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        self.walk.app_seconds += time.perf_counter() - started
        self.walk.taps += 1
        self.walk.log.append(what)
        self.pump()

    def wait(self, condition, what: str, timeout_s: float = 20.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            self.pump(20)

    def scroll_to(self, item, what: str) -> None:
        """A field below the visible part of the form (the keyboard takes the lower half): one swipe."""
        from PySide6.QtCore import QPointF

        flick = self.named("intakeFlick")
        # The form may still be scrolling by itself (it keeps what was just tapped in view): a clerk
        # waits for it to settle before swiping. Up to 0.6 s, well within the 1.2 s a tap is costed at.
        last = None
        for _wait in range(12):
            top = flick.mapToScene(QPointF(0, 0)).y()
            bottom = top + flick.height()
            y0 = item.mapToScene(QPointF(0, 0)).y()
            y1 = y0 + item.height()
            if last == (top, bottom, y0) and y0 >= top and y1 <= bottom:
                return  # in view and still
            last = (top, bottom, y0)
            self.pump(50)
        self.walk.taps += 1  # counted as one tap: a swipe of the form
        self.walk.log.append(f"swipe to {what}")
        for _attempt in range(5):
            content_y = float(flick.property("contentY"))
            wanted = content_y + (y0 - top) - 40 if y0 < top else content_y + (y1 - bottom) + 40
            flick.setProperty("contentY", max(0.0, wanted))
            self.pump(100)
            y0 = item.mapToScene(QPointF(0, 0)).y()
            y1 = y0 + item.height()
            if y0 >= top and y1 <= bottom:
                return
        raise RuntimeError(f"{what} cannot be scrolled into view")

    def go_to(self, item, what: str) -> None:
        """Move to the next field: 回车 when it leads there (the form's order), else tap it (swiping
        the form first if the keyboard hides it)."""
        focused = self.focused
        enter = next((k for k in self.keys() if "EnterKey" in k.metaObject().className()), None)
        if focused is not None and enter is not None and focused is not item:
            self.tap(enter, "[enter→]")
            if item.hasActiveFocus():
                return
        self.scroll_to(item, what)
        self.tap(item, f"field {what}")
        self.wait(lambda: item.hasActiveFocus(), f"focus on {what}")

    # -- typing
    def _key_for(self, ch: str):
        for key in self.keys():
            text = str(key.property("text") or "")
            if text == ch or (ch.isascii() and ch.isalpha() and text.lower() == ch.lower() and text):
                return key
        return None

    def _switch_keys(self) -> list:
        names = ("SymbolModeKey", "ShiftKey", "ModeKey")
        return [k for k in self.keys() if any(n in k.metaObject().className() for n in names)
                or str(k.property("displayText") or "") in ("ABC", "abc", "&123", "123", "?123", "1/2", "2/2")]

    def key(self, ch: str) -> None:
        """Tap the key that types `ch`, switching layouts (counted) until one shows it."""
        for _attempt in range(4):
            key = self._key_for(ch)
            if key is not None:
                self.tap(key, ch)
                return
            switches = self._switch_keys()
            if not switches:
                break
            # Prefer the switch that leads where the character lives.
            want_symbols = ch.isdigit() or not ch.isalpha()
            label = lambda k: str(k.property("displayText") or "")  # noqa: E731
            ordered = sorted(switches, key=lambda k: (any(c.isdigit() for c in label(k)) != want_symbols,
                                                       "Shift" in k.metaObject().className()))
            self.tap(ordered[0], f"[{label(ordered[0]) or 'switch'}]")
        raise LookupError(f"no key types {ch!r}")

    pinyin_rounds = 6  # candidate picks (and pages) for one pinyin before giving up

    def more_candidates(self) -> bool:
        """Bring more candidates into view when none on view fits; False when there are no more (a clerk's
        words are on the first page: no paging)."""
        return False

    def pinyin(self, letters: str, target: str) -> str:
        """Type `letters` and pick candidates until they make a prefix of `target`; returns what is left."""
        field_item = self.focused
        before = str(field_item.property("text") or "")
        for ch in letters:
            self.key(ch)
        left = target
        for _round in range(self.pinyin_rounds):
            self.wait(lambda: self.candidates(), "pinyin candidates")
            best = None
            for text, item in self.candidates():
                if text and left.startswith(text) and (best is None or len(text) > len(best[0])):
                    best = (text, item)
            if best is None:
                if self.more_candidates():
                    continue
                raise LookupError(f"no candidate for {left!r} after {letters!r}: {[t for t, _ in self.candidates()]}")
            self.tap(best[1], f"<{best[0]}>")
            left = left[len(best[0]):]
            self.pump(60)
            now = str(field_item.property("text") or "")
            if now != before:  # the whole pinyin is used up: the choice is committed to the field
                typed = now[len(before):]
                if not target.startswith(typed):
                    raise RuntimeError(f"pinyin {letters!r} committed {typed!r}, wanted a prefix of {target!r}")
                return target[len(typed):]
        raise RuntimeError(f"pinyin {letters!r} never committed")

    def type_text(self, text: str, pinyins: tuple[str, ...]) -> None:
        queue = list(pinyins)
        i = 0
        while i < len(text):
            ch = text[i]
            if _is_cjk(ch):
                run = ch
                while i + len(run) < len(text) and _is_cjk(text[i + len(run)]):
                    run += text[i + len(run)]
                while run:
                    rest = self.pinyin(queue.pop(0), run)
                    i += len(run) - len(rest)
                    run = rest
            else:
                self.key(ch)
                i += 1
                if str(self.focused.property("preeditText") or "") and (i == len(text) or _is_cjk(text[i])):
                    # A Latin letter in pinyin mode stays in composition: 回车 commits it as typed.
                    enter = next((k for k in self.keys() if "EnterKey" in k.metaObject().className()), None)
                    if enter is None:
                        raise LookupError("no enter key to commit the composition")
                    self.tap(enter, "[enter]")

    @property
    def focused(self):
        return self.ui.window.activeFocusItem()
