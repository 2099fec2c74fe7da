"""The synonym and abbreviation table: data in resources/search/synonyms.tsv (format in
resources/search/README.md), extended by the county through the content bundle.

    table = load_table(shipped_lines() + county_lines)    # bad rows are skipped, each with a message
    table.expansions("低保")     # ('最低生活保障', '低保金', ...): what a query word also means
    table.by_pinyin("dibao")     # ('低保',): words of the table that sound like this (fuzzy pinyin)
    table.by_initials("ykt")     # ('一卡通',)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

from kiosk.search.pinyin import word_initials, word_key
from kiosk.search.text import normalise

log = logging.getLogger(__name__)

MAX_TERM = 24  # characters; longer is a sentence, not a word
MAX_TERMS = 40  # per row
_SPLIT = re.compile(r"[、,，;；/|]+")
_TERM_OK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9（）()·]+$")


@dataclass(frozen=True)
class Problem:
    source: str  # "内置同义词表" / "县级同义词表"
    line: int
    message: str  # Chinese, for whoever maintains the table

    def __str__(self) -> str:
        return f"{self.source}第 {self.line} 行：{self.message}，已跳过"


@dataclass
class SynonymTable:
    _expands: dict[str, dict[str, None]] = field(default_factory=dict)
    _equal: dict[str, dict[str, None]] = field(default_factory=dict)
    _rows: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    _pinyin: dict[str, dict[str, None]] = field(default_factory=dict)
    _initials: dict[str, dict[str, None]] = field(default_factory=dict)
    _said_with: dict[str, dict[str, None]] = field(default_factory=dict)  # the other words of a one-way row's left
    groups: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _word_set: tuple | None = None

    def add(self, left: tuple[str, ...], right: tuple[str, ...]) -> None:
        """left finds right; an equivalence group has right == left. Equivalence is transitive:
        groups that share a word are one group (残疾补贴 = 残疾人两项补贴 = 困难残疾人生活补贴)."""
        self.groups.append((left, right))
        if left == right:
            merged = dict.fromkeys(left)
            for word in left:
                merged.update(self._equal.get(word, {}))
            for word in merged:
                self._equal[word] = merged
        else:
            for word in left:
                self._said_with.setdefault(word, {}).update(dict.fromkeys(left))
        self._expands = {}  # rebuilt on first use
        self._rows.append((left, right))
        for word in dict.fromkeys(left + right):
            key, initials = word_key(word), word_initials(word)
            if len(key) >= 3:
                self._pinyin.setdefault(key, {})[word] = None
            if len(initials) >= 2:
                self._initials.setdefault(initials, {})[word] = None

    def _expansion_map(self) -> dict[str, dict[str, None]]:
        if not self._expands and self._rows:
            out: dict[str, dict[str, None]] = {}
            for left, right in self._rows:
                targets = dict.fromkeys(right)
                for word in right:
                    targets.update(self._equal.get(word, {}))
                for word in left:
                    bucket = out.setdefault(word, {})
                    bucket.update((w, None) for w in targets if w != word)
            self._expands = out
        return self._expands

    def expansions(self, word: str) -> tuple[str, ...]:
        return tuple(self._expansion_map().get(word, ()))

    def alike(self, word: str) -> tuple[str, ...]:
        """The word, then the words said for the same thing: its equivalence group and the words that
        share a one-way row's left cell with it (上了年纪 and 老人 both point at the old-age topics)."""
        return tuple(dict.fromkeys((word, *self._equal.get(word, ()), *self._said_with.get(word, ()))))

    def is_named(self, word: str) -> bool:
        """Whether the word is in an equivalence group: a name of something, not a loose way of
        pointing at several things (看病 -> 医疗、家庭医生…)."""
        return word in self._equal

    def by_pinyin(self, key: str) -> tuple[str, ...]:
        return tuple(self._pinyin.get(key, ()))

    def by_initials(self, initials: str) -> tuple[str, ...]:
        return tuple(self._initials.get(initials, ()))

    def words(self) -> list[str]:
        """Every word of the table, in table order (for suggestions and query segmentation)."""
        return list(dict.fromkeys(w for left, right in self.groups for w in (*left, *right)))

    def word_set(self) -> tuple[frozenset[str], int]:
        """The table's words as a set, and the longest one's length (cached)."""
        if self._word_set is None or self._word_set[2] != len(self.groups):
            words = frozenset(self.words())
            self._word_set = (words, max((len(w) for w in words), default=2), len(self.groups))
        return self._word_set[0], self._word_set[1]


def _terms(cell: str) -> tuple[list[str], str | None]:
    terms = [normalise(t.strip()) for t in _SPLIT.split(cell) if t.strip()]
    for term in terms:
        if len(term) > MAX_TERM:
            return [], f"词语“{term[:MAX_TERM]}…”太长（最多 {MAX_TERM} 个字）"
        if not _TERM_OK.match(term):
            return [], f"词语“{term}”含有不允许的符号（只能是汉字、字母、数字）"
    if len(terms) > MAX_TERMS:
        return [], f"一行最多 {MAX_TERMS} 个词语"
    return list(dict.fromkeys(terms)), None


def parse_lines(lines: Iterable[str | tuple[int, str]], source: str, table: SynonymTable) -> None:
    """Add the rows of one table's text to `table`; a bad row becomes a Problem and is skipped.

    A row is one cell (an equivalence group: 低保、最低生活保障) or two cells separated by a tab
    (the words of the first find those of the second, not back: 看病<TAB>医疗、家庭医生).
    """
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, tuple):  # (line number in its file, line): the county's rows
            number, raw = raw
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c for c in line.split("\t")]
        if len(cells) > 2:
            table.problems.append(Problem(source, number, "多于两列（列之间用一个制表符分隔）"))
            continue
        left, error = _terms(cells[0])
        right, error2 = _terms(cells[1]) if len(cells) == 2 else (left, None)
        if error or error2:
            table.problems.append(Problem(source, number, error or error2))
            continue
        if not left or not right or (len(cells) == 1 and len(left) < 2):
            table.problems.append(Problem(source, number, "至少要有两个词语（同义的词用“、”分开）"))
            continue
        table.add(tuple(left), tuple(right))


SHIPPED = "内置同义词表"
COUNTY = "县级同义词表"


def shipped_lines() -> list[str]:
    text = resources.files("resources").joinpath("search/synonyms.txt").read_text(encoding="utf-8")
    return text.splitlines()


def load_table(county_lines: Iterable[str | tuple[int, str]] = ()) -> SynonymTable:
    """The shipped table plus the county's rows (theirs add to ours). Problems are logged."""
    table = SynonymTable()
    parse_lines(shipped_lines(), SHIPPED, table)
    parse_lines(county_lines, COUNTY, table)
    for problem in table.problems:
        log.warning("%s", problem)
    return table
