"""Stray HTML: tags, entities, scripts and styles, and whole scraped pages.

A page (it has <html>, <body>, <p> or <div>) is turned into one line per block element, and its
<title>, <h1> and gov.cn-style <meta name="ArticleTitle|PubDate|ContentSource"> are kept as
metadata. Text that merely contains a few stray tags keeps its own line breaks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(
    r"</?(?:p|div|br|span|a|font|strong|em|b|i|u|img|table|tbody|thead|tr|td|th|li|ul|ol|h[1-6]|html|body|head|"
    r"title|meta|script|style|section|article|center|sup|sub|hr|link|iframe)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
_PAGE = re.compile(r"<(?:html|body|p|div)\b", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
    "ul", "ol", "title", "hr", "center", "blockquote", "dd", "dt", "td", "th",
}
_SKIPPED = {"script", "style", "noscript", "iframe", "select", "button"}
_META_NAMES = {"articletitle": "title", "pubdate": "published_on", "contentsource": "source"}


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text) or _ENTITY.search(text))


class _TextExtractor(HTMLParser):
    def __init__(self, page: bool):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.parts: list[str] = []
        self.tags = 0
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self._capture: str | None = None
        self._captured: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags += 1
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = _META_NAMES.get(attributes.get("name", "").lower())
            if key and attributes.get("content", "").strip():
                self.meta.setdefault(key, attributes["content"].strip())
            return
        if tag in _SKIPPED:
            self.skip_depth += 1
        if tag in ("title", "h1") and self._capture is None:
            self._capture, self._captured = tag, []
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:
            self.skip_depth -= 1

    def handle_endtag(self, tag):
        self.tags += 1
        if tag in _SKIPPED and self.skip_depth:
            self.skip_depth -= 1
        if tag == self._capture:
            text = re.sub(r"\s+", " ", "".join(self._captured)).strip()
            if text:
                self.meta.setdefault("h1" if tag == "h1" else "html_title", text)
            self._capture = None
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip_depth:
            return
        if self._capture:
            self._captured.append(data)
            if self._capture == "title":
                return  # the page title is metadata, not body text
        self.parts.append(re.sub(r"\s+", " ", data) if self.page else data)


def strip_html(text: str) -> tuple[str, int, dict[str, str]]:
    """Remove tags and decode entities. Returns (text, tags and entities removed, page metadata)."""
    if not looks_like_html(text):
        return text, 0, {}
    entities = len(_ENTITY.findall(text))
    parser = _TextExtractor(page=bool(_PAGE.search(text)))
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts).replace("\xa0", " ")
    out = re.sub(r"[ \t]*\n[ \t\n]*", "\n", out).strip("\n")
    return out, parser.tags + entities, parser.meta
