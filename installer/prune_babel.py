"""Prune babel's CLDR data to the languages the kiosk ships: `python3 installer/prune_babel.py SITE_PACKAGES`.

babel carries every CLDR locale (about 36 MB); the kiosk formats dates and numbers only in Chinese and in
the interface languages it has translations for. Those are read from resources/translations/gongkai_<lang>.ts,
so a county that adds a language file (Tibetan, say) keeps that language's data with no change here.
Kept: root, every locale of zh and of each shipped language (a locale's parents share its language prefix).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shipped_languages() -> set[str]:
    langs = {"zh", "en"}
    for ts in (ROOT / "resources" / "translations").glob("gongkai_*.ts"):
        lang = ts.stem.split("_", 1)[1].split("_")[0]
        if lang.isalpha():
            langs.add(lang)
    return langs


def prune(site: Path, langs: set[str]) -> dict:
    data = site / "babel" / "locale-data"
    removed = kept = freed = 0
    for path in data.glob("*.dat"):
        lang = path.stem.split("_")[0]
        if path.stem == "root" or lang in langs:
            kept += 1
        else:
            freed += path.stat().st_size
            path.unlink()
            removed += 1
    return {"babel_languages": sorted(langs), "locales_kept": kept, "locales_removed": removed, "bytes_freed": freed}


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else None
    if site is None or not (site / "babel" / "locale-data").is_dir():
        print("prune_babel: give the site-packages folder that holds babel", file=sys.stderr)
        return 2
    print(json.dumps(prune(site, shipped_languages())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
