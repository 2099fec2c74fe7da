"""As-you-type suggestions, did-you-mean and popular topics.

Suggestions are short names a resident may tap instead of typing: the words of the synonym table
and the short titles of the content (catalogue items and domains, subsidy items, policies). None
of them is ever a person's name, an ID or a phone number (PRIVATE filters any that would be).
They match by prefix of the text, of its fuzzy pinyin or of its initials, then by containing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kiosk.search import pinyin
from kiosk.search.text import clean_query, normalise, runs

PRIVATE = re.compile(r"\d{6,}|\*|＊|[A-Za-z]\d{5,}")
MAX_LENGTH = 16


@dataclass(frozen=True)
class Entry:
    text: str
    norm: str  # the text as typed queries are normalised, made once
    key: str  # fuzzy full pinyin
    initials: str
    rank: int  # lower first: synonyms' official names, then content names


def entries(words: list[str], names: list[str]) -> list[Entry]:
    out: dict[str, Entry] = {}
    for rank, text in enumerate(words + names):
        text = text.strip()
        if not text or len(text) > MAX_LENGTH or PRIVATE.search(text) or text in out:
            continue
        out[text] = Entry(text, normalise(text), pinyin.word_key(text), pinyin.word_initials(text), rank)
    return list(out.values())


def short_title(title: str) -> str:
    """青禾镇关于做好最低生活保障审核确认的实施方案 -> 最低生活保障审核确认."""
    m = re.search(r"关于(?:做好|进一步做好|开展|加强)?(.+?)(?:工作)?的(?:实施方案|通知|意见|办法)", title)
    return m.group(1) if m else title


def suggest(all_entries: list[Entry], query: str, limit: int = 8) -> list[str]:
    text = "".join(runs(clean_query(query or "")))
    if not text:
        return []
    ascii_query = text.isascii()
    key = text if ascii_query else pinyin.word_key(text)
    fuzzy_key = "".join(pinyin.fuzzy(s) for s in (pinyin.split_syllables(text) or ())) if ascii_query else key
    scored = []
    for e in all_entries:
        norm = e.norm
        if not ascii_query and norm.startswith(text):
            score = 0
        elif not ascii_query and text in norm:
            score = 2
        elif ascii_query and len(text) >= 2 and e.initials.startswith(text):
            score = 1
        elif fuzzy_key and len(fuzzy_key) >= 3 and (ascii_query or len(text) >= 2) and e.key.startswith(fuzzy_key):
            score = 1 if ascii_query else 3
        else:
            continue
        if norm == text:
            continue  # the resident already typed it
        scored.append((score, len(e.text) > 8, e.rank, e.text))
    scored.sort()
    return [s[3] for s in scored[:limit]]


@lru_cache(maxsize=1)
def popular_topics() -> tuple[str, ...]:
    text = resources.files("resources").joinpath("search/popular.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
