"""Gongkai Kiosk core: domain rules and storage. Imports no Qt and no network code."""

import os

from kiosk import lazy_imports

__version__ = "0.1.0"

lazy_imports.defer()
# Every kiosk process reads pinyin with the same phrases: pypinyin without its 44 MB phrase table, plus
# the phrases that change a toneless reading (kiosk/search/pinyin.py). pypinyin reads this at its import.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")  # and no second copy of its character table (2 MB)
