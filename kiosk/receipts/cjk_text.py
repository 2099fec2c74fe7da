"""Chinese text rules for print: no stray spaces at full-width punctuation, and the kinsoku sets.

`tidy` removes spaces a clerk typed next to full-width punctuation (「名单 （2026） 」 -> 「名单（2026）」)
and between two Chinese characters; spaces between Latin words or digits stay.
"""

from __future__ import annotations

import re

# Never at the start of a line (closing brackets, stops, commas) / never at the end (opening brackets).
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…·—,.;:?!)]}%")
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
FULL_WIDTH_PUNCT = "，。、；：？！（）《》「」『』【】〔〕〈〉“”‘’…—·"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_AROUND_PUNCT = re.compile(rf"[ \t\u3000]*([{re.escape(FULL_WIDTH_PUNCT)}])[ \t\u3000]*")
_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")


def tidy(text: str) -> str:
    """Collapse runs of white space, then drop it around full-width punctuation and between hanzi."""
    text = " ".join(str(text or "").split(" "))
    text = re.sub(r"[ \t\u3000]+", " ", text).strip()
    text = _AROUND_PUNCT.sub(r"\1", text)
    return _BETWEEN_CJK.sub("", text)
