"""Colours and sizes for both modes. Elder mode (长辈模式): text ≥ 1.5×, targets ≥ 60 px, contrast ≥ 7:1.

QML reads them from one singleton, `Theme` in the `Gongkai` QML module (`import Gongkai`), never from a
property handed down: register_qml_singleton() makes each engine's Theme the one its QML sees.

tests/ui/test_theme.py computes the WCAG contrast of every (foreground, background) pair in PAIRS.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QQmlEngine, qmlRegisterSingletonType

NORMAL = {
    "window": "#f4f1ea", "surface": "#ffffff", "text": "#1f2328", "muted": "#4a5057",
    "header": "#a4161a", "headerText": "#ffffff", "headerMuted": "#ffe8d6",
    "primary": "#1864ab", "onPrimary": "#ffffff", "link": "#0b5394",
    "heading": "#7a1013", "accent": "#fff3bf", "onAccent": "#6b2600",
    "danger": "#b00020", "border": "#8d8d8d", "section": "#e9e4d8", "onSection": "#343a40",
    "tile0": "#1864ab", "tile1": "#2b7a3b", "tile2": "#b0174f", "tile3": "#5f3dc4", "tile4": "#b34205",
    "tile5": "#0b6270", "tile6": "#6b4e16", "tile7": "#7a2e5d", "onTile": "#ffffff", "calm": "#1864ab", "done": "#1e6b34",
}
ELDER = {
    "window": "#fbf8f1", "surface": "#ffffff", "text": "#000000", "muted": "#2b2f33",
    "header": "#7d0c10", "headerText": "#ffffff", "headerMuted": "#ffffff",
    "primary": "#0b3d75", "onPrimary": "#ffffff", "link": "#06315f",
    "heading": "#5c0a0d", "accent": "#fff3bf", "onAccent": "#4a1a00",
    "danger": "#8a0018", "border": "#4a4a4a", "section": "#e9e4d8", "onSection": "#1f2328",
    "tile0": "#0b3d75", "tile1": "#1a5226", "tile2": "#7f0f38", "tile3": "#3f2587", "tile4": "#7a2d03",
    "tile5": "#064650", "tile6": "#4a360f", "tile7": "#5a1f44", "onTile": "#ffffff", "calm": "#0b3d75", "done": "#124d24",
}
# Every pair QML draws text with: (foreground key, background key).
PAIRS = (
    ("text", "window"), ("text", "surface"), ("muted", "window"), ("muted", "surface"),
    ("headerText", "header"), ("headerMuted", "header"), ("onPrimary", "primary"),
    ("link", "surface"), ("heading", "surface"), ("onAccent", "accent"), ("danger", "surface"),
    ("onSection", "section"), ("text", "section"), ("onPrimary", "danger"),
    ("heading", "window"), ("link", "window"), ("danger", "window"), ("muted", "section"),
    ("calm", "surface"), ("done", "surface"),
    *((("onTile", f"tile{i}")) for i in range(8)),
)
MIN_CONTRAST = {"normal": 4.5, "elder": 7.0}
MIN_TARGET = {"normal": 44, "elder": 60}


def relative_luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    a, b = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Theme(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._elder = False

    def _get_elder(self) -> bool:
        return self._elder

    def _set_elder(self, value: bool) -> None:
        if bool(value) != self._elder:
            self._elder = bool(value)
            self.changed.emit()

    elder = Property(bool, _get_elder, _set_elder, notify=changed)

    @Slot()
    def toggleElder(self) -> None:
        self._set_elder(not self._elder)

    def palette(self) -> dict[str, str]:
        return ELDER if self._elder else NORMAL

    @property
    def mode(self) -> str:
        return "elder" if self._elder else "normal"

    # Sizes in device-independent pixels; the kiosk screens are 1:1.
    def _scale(self) -> float:
        return 1.5 if self._elder else 1.0

    body = Property(int, lambda self: round(26 * self._scale()), notify=changed)
    small = Property(int, lambda self: round(22 * self._scale()), notify=changed)
    heading = Property(int, lambda self: round(32 * self._scale()), notify=changed)
    title = Property(int, lambda self: round(40 * self._scale()), notify=changed)
    tileTitle = Property(int, lambda self: round(52 * (1.25 if self._elder else 1.0)), notify=changed)
    # Minimum touch target; buttons are drawn at least this big in both directions.
    target = Property(int, lambda self: MIN_TARGET[self.mode] + 28, notify=changed)
    minTarget = Property(int, lambda self: MIN_TARGET[self.mode], notify=changed)
    spacing = Property(int, lambda self: round(16 * self._scale()), notify=changed)

    colors = Property("QVariantMap", lambda self: dict(self.palette()), notify=changed)


QML_MODULE = "Gongkai"
_registered = False


def _engine_theme(engine: QQmlEngine) -> Theme:
    """The Theme the composition root made for this engine (its child); a default one for a bare engine."""
    theme = engine.findChild(Theme)
    if theme is None:
        theme = Theme(engine)
    # Python owns it (ui.app.KioskUi.theme): the engine must not delete it when QML drops its reference.
    QQmlEngine.setObjectOwnership(theme, QQmlEngine.ObjectOwnership.CppOwnership)
    return theme


def register_qml_singleton() -> None:
    """`import Gongkai` then `Theme.colors.text`, `Theme.body` ... in every QML file (once per process).

    Called when `ui` is imported (ui/__init__.py): it must run before the process's first QML engine.
    """
    global _registered
    if not _registered:
        qmlRegisterSingletonType(Theme, QML_MODULE, 1, 0, "Theme", _engine_theme)
        _registered = True
