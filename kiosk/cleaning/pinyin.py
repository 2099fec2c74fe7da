"""Pinyin readings left in brackets after characters: 政(zheng)(zheng)務(wu) -> 政務.

A bracket is removed only when its content is a plausible reading of the characters right
before it: one to four of them, any of their readings (pypinyin heteronyms, also of the
Simplified form), with or without tone marks or tone digits, repeated or not. Everything else
in brackets stays: （一）, (2021), （国办发〔2021〕12号）, (IPV6), an English gloss.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

from kiosk.cleaning.script import is_han, to_simplified

MAX_WORD = 4
_BRACKETED = re.compile(r"\s?[(（]\s*([A-Za-zÀ-ɏǍ-ǜḾḿ:' \-1-5]{1,40}?)\s*[)）]")
_TONE_DIGIT = re.compile(r"[1-5]")


def normalise_reading(text: str) -> str:
    """'Zhèng4 wù' -> 'zhengwu'; ü (also written v or u:) becomes v, as pypinyin writes it."""
    text = text.lower().replace("u:", "v").replace("ü", "v")
    for accented in "ǖǘǚǜ":
        text = text.replace(accented, "v")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("ü", "v")
    return re.sub(r"[\s'\-]", "", _TONE_DIGIT.sub("", bare))


@lru_cache(maxsize=8192)
def readings_of(char: str) -> frozenset[str]:
    """Every toneless reading of one character, of its Simplified form too; v also as u."""
    found: set[str] = set()
    for form in {char, to_simplified(char)}:
        for reading in pinyin(form, style=Style.NORMAL, heteronym=True, errors=lambda _: [[]])[0]:
            if reading and reading.isascii() and reading.isalpha():
                found.add(reading)
                found.add(reading.replace("v", "u"))
    return frozenset(found)


def _spells(content: str, chars: str) -> bool:
    """True when `content` is the readings of `chars`, one after another."""
    if not chars:
        return not content
    for reading in readings_of(chars[0]):
        if content.startswith(reading) and _spells(content[len(reading):], chars[1:]):
            return True
    return False


def is_reading_of(content: str, preceding: str) -> bool:
    """Is `content` a reading of the last one to four hanzi of `preceding`?"""
    spelled = normalise_reading(content)
    if not spelled.isalpha() or not spelled.isascii():
        return False
    tail = ""
    for char in reversed(preceding[-MAX_WORD:]):
        if not is_han(char):
            break
        tail = char + tail
        if _spells(spelled, tail):
            return True
    return False


def strip_readings(text: str) -> tuple[str, int]:
    """Remove reading brackets; returns the text and how many brackets were removed."""
    out: list[str] = []
    last = 0
    removed = 0
    kept_tail = ""  # the last few characters of the output, which the next bracket is read against
    for match in _BRACKETED.finditer(text):
        before = text[last:match.start()]
        out.append(before)
        kept_tail = (kept_tail + before)[-MAX_WORD:]
        if is_reading_of(match.group(1), kept_tail):
            removed += 1
        else:
            out.append(match.group(0))
            kept_tail = (kept_tail + match.group(0))[-MAX_WORD:]
        last = match.end()
    out.append(text[last:])
    return "".join(out), removed
