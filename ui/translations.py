"""Loading a translation (gongkai_<lang>.qm) and switching the screens' language while the kiosk runs.

Source texts are zh_CN: Chinese means no translator at all. A language is whatever .qm file exists, in this
order: /etc/gongkai/translations (a county's own, reviewed translation replaces the shipped one without a
new release), $GONGKAI_TRANSLATIONS, then resources/translations. Adding a language (Tibetan, Yi) therefore
needs a .qm file and a font, not code: its name, writing direction and date formats come from CLDR (babel).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
COUNTY_TRANSLATIONS_DIR = Path("/etc/gongkai/translations")
SOURCE_LANGUAGE = "zh"
PSEUDO = "qps"  # the pseudo-locale the tests build (every translation wrapped in ⟦…⟧)
_installed: list[QTranslator] = []  # a translator must outlive the app's use of it
_current = {"code": SOURCE_LANGUAGE}


def wanted_language(lang: str | None = None) -> str:
    """--lang wins, then $GONGKAI_LANG; otherwise Simplified Chinese, whatever the system locale says.

    Kiosks are often installed with an English system locale, and residents must still read Chinese.
    zh means no translator at all.
    """
    chosen = lang or os.environ.get("GONGKAI_LANG") or SOURCE_LANGUAGE
    code = chosen.split(".")[0].split("_")[0].split("-")[0].lower()
    return SOURCE_LANGUAGE if code in ("c", "posix") else code


def translation_dirs() -> list[Path]:
    extra = os.environ.get("GONGKAI_TRANSLATIONS")
    return [COUNTY_TRANSLATIONS_DIR, *([Path(extra)] if extra else []), TRANSLATIONS_DIR]


def qm_file(code: str) -> Path | None:
    """The .qm that would be loaded for `code` (the first found along translation_dirs())."""
    for folder in translation_dirs():
        path = folder / f"gongkai_{code}.qm"
        if path.is_file():
            return path
    return None


def available_languages() -> list[str]:
    """zh, then every language a .qm file exists for (sorted)."""
    codes = {p.stem.removeprefix("gongkai_") for d in translation_dirs() if d.is_dir() for p in d.glob("gongkai_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(codes - {SOURCE_LANGUAGE})]


# CLDR's direction of the languages the kiosk ships, so that home does not load babel before its first frame;
# tests/ui/test_languages.py holds them to babel's.
SHIPPED_RTL = {"zh": False, "en": False, "ug": True, "bo": False}


def is_rtl(code: str) -> bool:
    """Written right to left (Uyghur, Arabic script), from CLDR; the pseudo-locale and unknown codes are not."""
    if code in SHIPPED_RTL:
        return SHIPPED_RTL[code]
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).text_direction == "rtl"
    except (UnknownLocaleError, ValueError):
        return False


def remove_translators(app) -> None:
    was = _current["code"]
    while _installed:
        app.removeTranslator(_installed.pop())
    _current["code"] = SOURCE_LANGUAGE
    if was != SOURCE_LANGUAGE:  # (at start there is nothing to undo)
        from PySide6.QtCore import Qt  # not at import: see ui/models/rows.py

        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def install_translator(app, lang: str | None = None) -> str | None:
    """Make `lang` the screens' language (replacing any other); returns its code, or None for Chinese.

    A language without a .qm file leaves the screens Chinese (None): never half a language.
    """
    code = wanted_language(lang)
    remove_translators(app)
    if code == SOURCE_LANGUAGE:
        return None
    path = qm_file(code)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    _current["code"] = code
    from PySide6.QtCore import Qt  # not at import: see ui/models/rows.py

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight)
    return code


def active_language() -> str:
    """The language the screens are in now: "zh" when no translator is installed, else its code."""
    return _current["code"] if _installed else SOURCE_LANGUAGE


def translate(context: str, text: str, comment: str | None = None) -> str:
    return QCoreApplication.translate(context, text, comment)
