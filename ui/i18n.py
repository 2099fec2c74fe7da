"""The UI boundary of translation for text Python writes: tr(), dates and money in the screens' language.

- `tr("Navigator", "标准目录")`: interface text. The context and the text must be string literals:
  ui/i18n_catalogue.py finds these calls in the source (ast) to build the .ts files.
- `tr_data("Catalogue", label, key)`: words the core hands over in Chinese (column labels, the 政策找人
  questions, the How-to-apply guide); ui/i18n_catalogue.py lists them from their sources.
- `content(text)`: published content (titles, bodies, names), which stays as the government wrote it.
  In the pseudo-locale it is marked ⟪…⟫ so the check can tell it from interface text that missed tr().
- `day()`, `money()`, `period()`, `number()`: through babel in the screens' locale (CLDR).
"""

from __future__ import annotations

from kiosk import formatting
from ui.translations import PSEUDO, active_language, translate

OPEN, CLOSE = "⟦", "⟧"  # a translated string in the pseudo-locale
CONTENT_OPEN, CONTENT_CLOSE = "⟪", "⟫"  # published content in the pseudo-locale


def pseudo() -> bool:
    return active_language() == PSEUDO


def babel_locale(code: str | None = None) -> str:
    """The CLDR locale for a UI language: zh -> zh_CN; the pseudo-locale formats as English."""
    code = code or active_language()
    return {"zh": "zh_CN", PSEUDO: "en"}.get(code, code)


def tr(context: str, text: str, comment: str | None = None) -> str:
    return translate(context, text, comment)


def tr_data(context: str, text: str, key: str | None = None) -> str:
    """A core or data string, keyed by `key` (e.g. the 政策找人 question id) beside its Chinese text."""
    if not text:
        return text
    return translate(context, text, key)


def noop(context: str, text: str) -> str:
    """Marks a constant for the catalogue (like QT_TRANSLATE_NOOP); translate it with tr_data when shown."""
    del context
    return text


def content(text: str) -> str:
    if pseudo() and text:
        return f"{CONTENT_OPEN}{text}{CONTENT_CLOSE}"
    return text


def localized(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}" if pseudo() and text else text


def day(iso: str | None) -> str:
    """An ISO date as the resident reads it, in the screens' language (2026年1月15日, Jan 15, 2026...)."""
    return localized(formatting.day_text(iso, babel_locale()))


def money(fen: int) -> str:
    return localized(formatting.money(fen, babel_locale()))


def period(text: str | None) -> str:
    return localized(formatting.period_text(text, babel_locale()))


def number(value: int) -> str:
    from babel.numbers import format_decimal

    return localized(format_decimal(value, locale=babel_locale()))
