"""Cutting a resident's sentence into words: jieba over a small dictionary of our own.

    cutter = Segmenter(words)          # the synonym table, stop-words, phrases and content names
    cutter.cut("我妈八十岁能领什么钱")   # ['我妈', '八十岁', '能领', '什么', '钱']

jieba's own 350,000-word dictionary is never loaded (it takes most of a second and would find
words the kiosk knows nothing about): the dictionary is the few thousand words search can act
on, built in memory in a few milliseconds the first time a query is cut, so the first frame
does not wait for it. Without the HMM, a character that is in no word comes out alone; the
caller joins such characters back into runs (修路 stays 修路).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable

FREQ = 100  # every word alike: the segmentation with the fewest (longest) words wins


class Segmenter:
    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w for w in words if len(w) >= 2)
        self._tokenizer = None

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def _ready(self):
        if self._tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            data = "".join(f"{w} {FREQ}\n" for w in sorted(self._words) if " " not in w).encode("utf-8")
            tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(io.BytesIO(data))
            tokenizer.total = max(tokenizer.total, 1)
            tokenizer.initialized = True  # never read jieba's own dictionary
            self._tokenizer = tokenizer
        return self._tokenizer

    def cut(self, run: str) -> list[str]:
        """A run of hanzi cut into dictionary words and single characters, in order."""
        if not run:
            return []
        return [w for w in self._ready().lcut(run, HMM=False) if w]
