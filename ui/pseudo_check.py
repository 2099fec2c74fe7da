"""The pseudo-locale check: on every resident page, every interface text is translated.

In the pseudo-locale (ui.i18n_catalogue.build_pseudo) every translation reads ⟦…⟧, dates and amounts
formatted for the screens are ⟦…⟧ too, and published content is ⟪…⟫ (ui.i18n.content). A visible Text
with a letter outside those brackets is interface text that missed translation: a qsTr() or tr() left
out, or a Chinese word built into a string.

    python -m ui.pseudo_check [DB]   # unwrapped strings per page, both orientations, both modes (JSON)
"""

from __future__ import annotations

import re
import sys
import tempfile
import unicodedata
from pathlib import Path

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
MODES = ("normal", "elder")
RESIDENT_PAGES_EXCLUDED = ("staff",)  # the staff area is for clerks, in Chinese
# States a page reaches only with input: a search that finds nothing, a request number that does not exist.
EXTRA_STATES = {"search:nothing": ("search", "乾坤坎离xyz"), "status:unknown": ("status", "QH-K01-999999-9")}
_WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧|⟪[^⟪⟫]*⟫")
_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://\S+")  # an address is never translated


def leftover(text: str) -> str:
    """What is left of a text once every wrapped (translated) and marked (published) part is taken out."""
    previous = None
    while previous != text:  # innermost first: ⟦{title}・photo⟧ holds ⟪title⟫
        previous, text = text, _WRAPPED.sub("", text)
    return _URL.sub("", _TAG.sub("", text))


def unwrapped(text: str) -> bool:
    """A letter of any script outside the brackets (digits, punctuation and symbols may stand alone).

    One character alone is a key of the keyboard (q, K, 中), typed rather than read."""
    if len(text.strip()) <= 1:
        return False
    return any(unicodedata.category(ch).startswith("L") for ch in leftover(text))


def _visible(item) -> bool:
    return bool(item.isVisible()) and item.opacity() > 0.01 and item.width() > 0 and item.height() > 0


def visible_interface_texts(ui) -> list[str]:
    """Every visible Text on the window (not the staff area, not what a resident typed into a field)."""
    out: list[str] = []

    def walk(item) -> None:
        if not _visible(item) or item.objectName() == "staffLoader":
            return
        if item.metaObject().className().startswith("QQuickText") and "Input" not in item.metaObject().className() \
                and "Edit" not in item.metaObject().className():
            text = item.property("text")
            if text:
                out.append(str(text))
        for child in item.childItems():
            walk(child)

    walk(ui.window.contentItem())
    return out


def check_page(ui, page: str, query: str | None = None) -> list[str]:
    """The unwrapped texts on `page`, reached from home the way a resident taps there."""
    from ui.screenshot import settle
    from ui.shots import show_page

    root = ui.engine.rootObjects()[0]
    root.goHome()
    settle(10)
    show_page(ui, page, query)
    settle(60)
    found = [t for t in visible_interface_texts(ui) if unwrapped(t)]
    if page == "idle":
        ui.idle.continueSession()
    ui.speech.stop()
    return found


def pseudo_translations(out_dir: Path) -> Path:
    from ui.i18n_catalogue import build_pseudo

    return build_pseudo(out_dir).parent


def report(db_path: Path, pages=None, sizes=SIZES, modes=MODES) -> dict:
    """{"landscape/normal": {page: [unwrapped texts]}, ...}; the pseudo-locale must be installed."""
    from kiosk.config import Config
    from ui.app import KioskUi
    from ui.screenshot import settle
    from ui.shots import PAGES
    from ui.translations import PSEUDO

    pages = [p for p in (pages or PAGES) if p not in RESIDENT_PAGES_EXCLUDED]
    result: dict[str, dict[str, list[str]]] = {}
    for orientation, size in sizes.items():
        for mode in modes:
            # The pseudo-locale is the township's default here, so an idle reset comes back to it.
            ui = KioskUi(db_path, windowed=True, size=size, config=Config(default_language=PSEUDO, languages=[PSEUDO]))
            try:
                ui.window.resize(*size)
                ui.theme.elder = mode == "elder"
                settle(30)
                found = {page: check_page(ui, page) for page in pages}
                found.update({name: check_page(ui, page, query) for name, (page, query) in EXTRA_STATES.items()})
                result[f"{orientation}/{mode}"] = found
            finally:
                ui.close()
    return result


def main(argv: list[str]) -> int:
    import json
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from kiosk.paths import default_db_path
    from ui.app import ensure_app
    from ui.translations import PSEUDO

    db = Path(argv[0]) if argv else default_db_path()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GONGKAI_TRANSLATIONS"] = str(pseudo_translations(Path(tmp)))
        ensure_app(PSEUDO)
        found = report(db)
    counts = {combo: {page: len(texts) for page, texts in pages.items()} for combo, pages in found.items()}
    print(json.dumps({"counts": counts, "unwrapped": found}, ensure_ascii=False, indent=1))
    return 0 if not any(any(pages.values()) for pages in found.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
