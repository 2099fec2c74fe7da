"""The on-screen keyboard's set-up: Qt Virtual Keyboard in the scene, with the kiosk's own layouts and style.

- layouts/: 中文 (pinyin) and English for free text, and pads chosen by each field's input method hints
  (digits; digits and "-" for phones; digits and X, codes, request numbers by the field's `keypad`).
  Only zh_CN and en_US exist there, so no other language can be reached.
- styles/: the `gongkai` style (QtQuick/VirtualKeyboard/Styles/gongkai under an extra QML import path),
  drawn in the theme's colours and sized for 长辈模式.

Both must be in place before the QGuiApplication exists (the layout path is read once).
"""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).parent
LAYOUT_DIR = HERE / "layouts"
STYLE_IMPORT_DIR = HERE / "styles"
STYLE_NAME = "gongkai"
LOCALES = ("zh_CN", "en_US")  # 中文 first: every session starts there


def configure_environment() -> None:
    """Choose the in-scene virtual keyboard and point it at the kiosk's layouts (call before the app)."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # Only the InputPanel inside Main.qml may show it: a floating desktop keyboard has no place on a kiosk.
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    os.environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] = str(LAYOUT_DIR)


def prepare_engine(engine) -> None:
    """Make the style findable before Main.qml loads (it takes its colours from the Theme singleton)."""
    from PySide6.QtCore import QUrl

    engine.addImportPath(str(STYLE_IMPORT_DIR))
    # Also given to QML: if something read the keyboard settings before configure_environment() ran,
    # KioskKeyboard.qml still points them at the kiosk's layouts.
    engine.rootContext().setContextProperty("kioskKeyboardLayouts", QUrl.fromLocalFile(str(LAYOUT_DIR)))
