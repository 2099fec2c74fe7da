"""Turning scraped web text into clean Simplified Chinese.

`clean_text(raw)` runs the whole pipeline and reports what it changed and what it flagged for
a person to review. Each step lives in its own module and can be used alone.
"""

from kiosk.cleaning.pipeline import CleanResult, Flag, clean_text

__all__ = ["CleanResult", "Flag", "clean_text"]
