"""Text into index terms: normalised runs of letters and digits, cut into overlapping bigrams.

SQLite 3.40's FTS5 has no Chinese tokenizer that finds 2-character words, so terms are made here
and FTS5's plain `unicode61` tokenizer only splits them on spaces. A run "补贴发放" becomes the
terms "补贴 贴发 发放 放": every 2-character word is one term, and a longer word is the phrase of
its bigrams ("最低生活保障" = "最低 低生 生活 活保 保障"), so BM25 ranks over word and bigram terms.
"""

from __future__ import annotations

import re
import unicodedata

_RUN = re.compile(r"[^\W_]+")  # letters and digits: str.isalnum(), as unicode61 sees tokens
_TERM = re.compile(r"(?=([^ ]{1,2}))")  # at each character of a run: it and the next one, if any


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC) and case-folded: what both the index and queries see."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


# Characters a resident cannot see: format controls (zero-width space and joiners, word joiner, soft
# hyphen, byte-order mark, bidirectional marks and overrides) and variation selectors. Pasted or sent
# by a keyboard inside a word (低\u200b保), they would cut it in two.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e0fff]+"
)
_HANZI = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef"
# Spaces between hanzi: Chinese is written without them, so 低 保 and 老 人 补 贴 are one word each
# (the sentence is cut into words later, by the segmenter).
_HANZI_GAP = re.compile(f"(?<=[{_HANZI}])\\s+(?=[{_HANZI}])")
# Latin letters with diacritics (pinyin's tone marks: dī bǎo); ü is written v, as pypinyin reads it.
_MARKED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_MARKS = re.compile("(?<=[A-Za-z])[\u0300-\u036f]+")
_UMLAUT_U = frozenset("üÜǖǘǚǜǕǗǙǛ")


def _unmarked(match: re.Match) -> str:
    ch = match.group(0)
    if ch in _UMLAUT_U:
        return "v"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


def clean_query(text: str) -> str:
    """A typed question as search reads it: invisible characters out, hanzi separated by spaces joined,
    tone marks off pinyin letters ("dī bǎo" -> "di bao"). Only for queries: indexed text is not cleaned."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _MARKS.sub("", _MARKED.sub(_unmarked, text))
    return _HANZI_GAP.sub("", text)


def joined_runs(text: str) -> str:
    """The maximal runs of letters and digits of normalised text, space-separated."""
    # Cut first, normalise after: the punctuation between runs is what makes most texts fail the
    # cheap NFKC check, and normalising whole bodies was the slowest part of a build.
    joined = " ".join(_RUN.findall(text))
    if unicodedata.is_normalized("NFKC", joined):
        return joined.casefold()
    return " ".join(_RUN.findall(normalise(joined)))


def runs(text: str) -> list[str]:
    return joined_runs(text).split()


def literal_runs(*texts: str) -> str:
    """The runs of one or more texts, space-separated (fields never run into each other)."""
    return " ".join([joined for joined in map(joined_runs, texts) if joined])


def expand_runs(runs_text: str) -> str:
    """Bigram terms of space-separated runs: "补贴发放 耕地" -> "补贴 贴发 发放 放 耕地 地".

    Stored runs are re-expanded with this to delete rows, so it must never change.
    """
    return " ".join(_TERM.findall(runs_text))


def bigrams(run: str) -> list[str]:
    """The bigram tokens of one run (a 1-character run is itself)."""
    if len(run) < 2:
        return [run] if run else []
    return [run[i:i + 2] for i in range(len(run) - 1)]


def is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ebef"


def hanzi_runs(text: str) -> list[str]:
    """Runs of hanzi only (letters, digits and punctuation split them)."""
    return re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef]+", normalise(text))
