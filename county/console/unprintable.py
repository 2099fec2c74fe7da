"""Characters a spreadsheet (XML 1.0) or a PostgreSQL text column cannot hold, shown instead of dropped:
most C0 control characters, lone surrogates, U+FFFE and U+FFFF each become a visible marker naming them,
〔控制字符 U+0001〕, so a reader sees that something odd was typed and what it was."""

from __future__ import annotations

import re

# XML 1.0 keeps tab, newline and carriage return of the C0 controls, and no surrogates, U+FFFE or U+FFFF.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def flag(text: str) -> str:
    """`text` with each character a spreadsheet cannot hold shown as 〔控制字符 U+XXXX〕."""
    return _UNPRINTABLE.sub(lambda m: f"〔控制字符 U+{ord(m.group()):04X}〕", text)
