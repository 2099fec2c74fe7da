"""Suspected injected spam: casino/lottery/betting brands, Latin brand words inside Chinese
sentences, and links to unknown domains.

What is removed is also flagged, so the document goes to a person before residents see it.
When the evidence is thin the text stays and is only flagged: an unknown acronym, a Latin name
in quotes or after a colon, a bare two-character brand that may be ordinary words, a mailbox on
a public mail service. Allowed phrases (government app names, 金沙江) are never touched.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from kiosk.cleaning.lists import CleaningLists
from kiosk.cleaning.script import is_han

CONTEXT = 12
_URL = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9\-_~/#=%&+]"  # not ending in , . ;
    r"|(?<![A-Za-z0-9@.\-])(?:[A-Za-z0-9\-]+\.)+(?:com|net|org|cn|cc|vip|top|xyz|info|app|io|me|tv|bet|casino|"
    r"club|site|online|shop|live|fun|win|ink|pw|ws|co|hk|mo|tw)(?![A-Za-z0-9\-])(?:/[A-Za-z0-9\-._~/?#&=%+]*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@((?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})")
_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[.\-+][A-Za-z0-9]+)*(?![A-Za-z0-9])")
_MEASURE = re.compile(r"^\d+(?:\.\d+)?([A-Za-z]+\d?)$")  # 3.5km, 200t, 5G: a number and its unit
_OPEN, _CLOSE = "(（[【〔", ")）]】〕"


@dataclass(frozen=True)
class Flag:
    """Something a person should look at before the document is published."""

    kind: str      # spam_brand | latin_word | link
    text: str      # what was found
    action: str    # removed | kept
    context: str   # the text around it, before removal
    reason: str    # why, in Chinese, for the reviewer

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT):end + CONTEXT].replace("\n", " ")


def _host(link: str) -> str:
    host = re.sub(r"^(?:https?://)", "", link, flags=re.IGNORECASE)
    return re.split(r"[/?#:]", host, maxsplit=1)[0].lower().rstrip(".")


def domain_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in allowed)


def _protected_spans(text: str, allowlist: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    lowered = text.lower()
    for phrase in allowlist:
        if any(is_han(c) for c in phrase):
            start = lowered.find(phrase.lower())
            while start >= 0:
                spans.append((start, start + len(phrase)))
                start = lowered.find(phrase.lower(), start + 1)
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _inside_brackets(text: str, pos: int) -> bool:
    """Is `pos` inside a bracket pair on its own line (an English gloss, a code, a number)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    depth = 0
    for char in text[line_start:pos]:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    return depth > 0


def _quoted_or_given(text: str, pos: int) -> bool:
    """Inside “quotes” or right after a colon (微信号：qhzf): a name being cited, so keep it."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.rstrip(" \t").endswith(("：", ":"))


def _near_han(text: str, start: int, end: int) -> bool:
    """Is the word inside a Chinese sentence: a line with hanzi, and Chinese right next to it?

    ASCII , ; : count as Chinese here because scraped Chinese text often uses them.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not any(is_han(c) for c in text[line_start:line_end if line_end >= 0 else len(text)]):
        return False
    left = text[line_start:start].rstrip(" \t")
    right = text[end:line_end if line_end >= 0 else len(text)].lstrip(" \t")

    def chinese(c: str) -> bool:
        return is_han(c) or c in "，。；：、！？“”‘’（）《》【】〔〕,;:"
    return bool((left and chinese(left[-1])) or (right and chinese(right[0])))


def _bounded(name: str) -> str:
    """A list entry as a pattern: its letters must not run on into a longer word (leyu ≠ Leyuan),
    nor its digits into a longer number; bet365app still matches bet365."""
    pattern = re.escape(name)
    if name[0].isascii() and name[0].isalpha():
        pattern = r"(?<![A-Za-z])" + pattern
    elif name[0].isdigit():
        pattern = r"(?<![0-9])" + pattern
    if name[-1].isascii() and name[-1].isalpha():
        pattern += r"(?![A-Za-z])"
    elif name[-1].isdigit():
        pattern += r"(?![0-9])"
    return pattern


def _brand_pattern(lists: CleaningLists) -> re.Pattern | None:
    if not lists.blocklist:
        return None
    names = sorted(lists.blocklist, key=len, reverse=True)
    return re.compile("|".join(_bounded(n) for n in names), re.IGNORECASE)


def _extend_over_suffixes(text: str, end: int, suffixes: tuple[str, ...]) -> int:
    ordered = sorted(suffixes, key=len, reverse=True)
    patterns = [re.compile(r"[ \t]*" + _bounded(s), re.IGNORECASE) for s in ordered]
    while True:
        hit = next((m for m in (p.match(text, end) for p in patterns) if m), None)
        if not hit:
            return end
        end = hit.end()


def _ambiguous(name: str) -> bool:
    """A two-character Chinese brand (乐动, 开云, 亚博) can also be two ordinary neighbouring characters."""
    return len(name) <= 2 and all(is_han(c) for c in name)


def find_spam(text: str, lists: CleaningLists) -> tuple[str, int, list[Flag]]:
    """Remove suspected spam; returns (text, pieces removed, flags)."""
    protected = _protected_spans(text, lists.allowlist)
    cuts: list[tuple[int, int]] = []
    flags: list[tuple[int, Flag]] = []  # (position, flag): reported in reading order

    def cut(start: int, end: int, flag: Flag) -> None:
        # An advert alone in brackets takes its brackets with it: no empty （） left behind.
        if start and end < len(text) and text[start - 1] + text[end] in ("()", "（）", "【】", "[]", "(）", "（)"):
            start, end = start - 1, end + 1
        cuts.append((start, end))
        flags.append((start, flag))

    for match in _URL.finditer(text):
        host = _host(match.group(0))
        if domain_allowed(host, lists.allowed_domains):
            protected.append(match.span())
        else:
            cut(*match.span(), Flag("link", match.group(0), "removed", _context(text, *match.span()),
                                    f"链接指向未知网站 {host}"))
    for match in _EMAIL.finditer(text):
        if _overlaps(*match.span(), cuts):
            continue
        protected.append(match.span())
        if not domain_allowed(match.group(1).lower(), lists.allowed_domains):
            # A supervision mailbox on a public mail service is common: keep it, but have it checked.
            flags.append((match.start(), Flag("link", match.group(0), "kept", _context(text, *match.span()),
                              f"电子邮箱不在政府网站域名下（{match.group(1)}），请核对")))

    brands = _brand_pattern(lists)
    if brands:
        for match in brands.finditer(text):
            if _overlaps(*match.span(), protected) or _overlaps(*match.span(), cuts):
                continue
            end = _extend_over_suffixes(text, match.end(), lists.suffixes)
            if end == match.end() and _ambiguous(match.group(0)):
                # 乐动 also occurs in 快乐动起来: without an advert tail it is only flagged.
                flags.append((match.start(), Flag("spam_brand", match.group(0), "kept",
                                                  _context(text, *match.span()),
                                                  "疑似博彩品牌名，也可能是普通词语，请核对")))
                continue
            while end < len(text) and text[end] in " \t":
                end += 1
            cut(match.start(), end, Flag("spam_brand", text[match.start():end].strip(), "removed",
                                         _context(text, match.start(), end), "疑似博彩/彩票类广告植入"))

    allowed_latin = {w.lower() for w in lists.allowlist if w.isascii()}
    for match in _LATIN.finditer(text):
        start, end = match.span()
        word = match.group(0)
        measure = _MEASURE.match(word)
        if (word.lower() in allowed_latin or (measure and measure.group(1).lower() in allowed_latin)
                or _overlaps(start, end, cuts) or _overlaps(start, end, protected)
                or _inside_brackets(text, start) or not _near_han(text, start, end)):
            continue
        if (word.isupper() or (word[0].isupper() and any(c.isdigit() for c in word))
                or _quoted_or_given(text, start)):
            flags.append((start, Flag("latin_word", word, "kept", _context(text, start, end),
                                      "中文句子中的外文词，不在允许名单里，请核对")))
        else:
            while end < len(text) and text[end] in " \t":
                end += 1
            cut(start, end, Flag("latin_word", word, "removed", _context(text, start, end),
                                 "中文句子中夹带的外文词，疑似品牌广告"))

    if not cuts:
        return text, 0, [f for _, f in sorted(flags, key=lambda pair: pair[0])]
    out, last = [], 0
    for start, end in sorted(cuts):
        if start < last:
            start = last
        out.append(text[last:start])
        last = max(last, end)
    out.append(text[last:])
    return "".join(out), len(cuts), [f for _, f in sorted(flags, key=lambda pair: pair[0])]
