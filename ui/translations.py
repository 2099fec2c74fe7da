"""Loading the shipped translation (resources/translations/gongkai_<lang>.qm). Source texts are zh_CN."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
_installed: list[QTranslator] = []  # a translator must outlive the app's use of it


def wanted_language(lang: str | None = None) -> str:
    """--lang wins, then $GONGKAI_LANG; otherwise Simplified Chinese, whatever the system locale says.

    Kiosks are often installed with an English system locale, and residents must still read Chinese.
    zh means no translator at all.
    """
    chosen = lang or os.environ.get("GONGKAI_LANG") or "zh"
    return chosen.split("_")[0].split("-")[0].lower()


def remove_translators(app) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(app, lang: str | None = None) -> str | None:
    code = wanted_language(lang)
    if code == "zh" or code in ("c", "posix"):
        return None
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS_DIR / f"gongkai_{code}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return code
    return None


def active_language() -> str:
    """The language the screens are in now: "en" when a translator is installed, else "zh"."""
    return "en" if _installed else "zh"
