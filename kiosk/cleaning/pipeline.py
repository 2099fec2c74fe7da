"""The whole cleaning pipeline, step by step, with a count of what each step changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.cleaning import footers, html, marks, pinyin, punctuation, script, spam, structure
from kiosk.cleaning.lists import CleaningLists, default_lists
from kiosk.cleaning.spam import Flag


@dataclass
class CleanResult:
    text: str
    changes: dict[str, int] = field(default_factory=dict)   # kind -> count, only kinds that happened
    flags: list[Flag] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)      # page title/date/source from HTML meta
    removed_lines: list[str] = field(default_factory=list)  # editor/source lines that were dropped

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "changes": dict(self.changes),
            "flags": [f.to_dict() for f in self.flags],
            "meta": dict(self.meta),
            "removed_lines": list(self.removed_lines),
        }


def clean_text(raw: str, lists: CleaningLists | None = None) -> CleanResult:
    """Scraped text or HTML -> clean Simplified Chinese, one paragraph per line."""
    lists = lists or default_lists()
    changes: dict[str, int] = {}

    def count(kind: str, n: int) -> None:
        if n:
            changes[kind] = changes.get(kind, 0) + n

    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text, n, meta = html.strip_html(text)
    count("html", n)
    # ＩＰＶ６ and （ｚｈｅｎｇ） become ASCII first, so the later steps see one form.
    text, n = punctuation.half_width(text)
    count("punctuation", n)
    text, n = marks.strip_marks(text)
    count("segmentation_marks", n)
    # Readings are matched against the characters as written, before conversion.
    text, n = pinyin.strip_readings(text)
    count("pinyin_readings", n)
    text, n = script.simplify(text)
    count("traditional_chars", n)
    text, n, removed = footers.strip_footers(text, lists.footer_labels, lists.page_crumbs)
    count("footer_lines", n)
    text, n, flags = spam.find_spam(text, lists)
    count("spam", n)
    text, n = structure.split_gapped_headings(text)
    count("headings_split", n)
    text, n_punct, n_space = punctuation.normalise(text)
    count("punctuation", n_punct)
    count("whitespace", n_space)
    text, n = structure.arrange(text)
    count("headings_split", n)
    meta = {k: script.to_simplified(v) for k, v in meta.items()}
    return CleanResult(text=text, changes=changes, flags=flags, meta=meta, removed_lines=removed)


__all__ = ["CleanResult", "Flag", "clean_text"]
