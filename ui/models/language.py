"""The screens' language while the kiosk runs: offered on home (one tap), back to the default at idle reset.

Which languages are offered and which one a session starts in are the township's settings (kiosk.toml
`languages` / `default_language`, else the signed bundle's township data). Only languages with a
translation file are offered; a language's name is its own (CLDR: ئۇيغۇرچە, བོད་སྐད་) and right-to-left
ones (Uyghur) mirror the layout.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ui.i18n import content
from ui.translations import (
    PSEUDO,
    SOURCE_LANGUAGE,
    active_language,
    available_languages,
    install_translator,
    is_rtl,
)

# CLDR's names (babel's Locale.display_name, capitalised) of the languages the kiosk ships, so that home's
# language bar does not load babel before its first frame; tests/ui/test_languages.py holds them to babel's.
SHIPPED_NAMES = {"en": "English", "ug": "ئۇيغۇرچە", "bo": "བོད་སྐད་"}


def native_name(code: str) -> str:
    """A language's name in itself, so that a resident finds their own (CLDR via babel)."""
    if code == SOURCE_LANGUAGE:
        return "中文"
    if code == PSEUDO:
        return "⟦Pseudo⟧"
    if code in SHIPPED_NAMES:
        return SHIPPED_NAMES[code]
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).display_name or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def offered_languages(wanted: list[str] | tuple[str, ...]) -> list[str]:
    """The wanted languages that can be shown (a translation file exists), Chinese always first."""
    available = set(available_languages())
    codes = [SOURCE_LANGUAGE] + [c for c in wanted if c != SOURCE_LANGUAGE and c in available]
    return list(dict.fromkeys(codes))


class LanguageModel(QObject):
    changed = Signal()

    def __init__(self, engine, *, default: str = SOURCE_LANGUAGE, offered: list[str] | None = None,
                 on_change=None, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        wanted = list(offered if offered is not None else [SOURCE_LANGUAGE])
        self._offered = offered_languages([*wanted, active_language()])  # --lang shows even if not offered
        self._default = default if default in self._offered or default == active_language() else SOURCE_LANGUAGE
        self._on_change = on_change or (lambda: None)

    @Property(str, notify=changed)
    def code(self) -> str:
        return active_language()

    @Property(bool, notify=changed)
    def rtl(self) -> bool:
        return is_rtl(active_language())

    @Property("QVariantList", notify=changed)
    def offered(self) -> list[dict]:
        """[{code, name, current}] for the language buttons on home (empty when only one language)."""
        if len(self._offered) < 2:
            return []
        now = active_language()
        # A language's own name is not translated: it is what its readers look for.
        return [{"code": c, "name": content(native_name(c)), "current": c == now} for c in self._offered]

    @property
    def default(self) -> str:
        return self._default

    @Slot(str)
    def choose(self, code: str) -> None:
        """One tap on home: the screens (and 朗读) change to this language now."""
        if code == active_language() or (code not in self._offered and code != self._default):
            return
        install_translator(QGuiApplication.instance(), code)
        self._engine.retranslate()
        self._on_change()
        self.changed.emit()

    def reset(self) -> None:
        """Idle reset: the next resident starts in the township's default language."""
        self.choose(self._default)
