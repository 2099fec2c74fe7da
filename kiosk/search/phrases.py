"""What the words of a question are, besides content: vague words, kin and self, ages, and the
phrases that ask for one of the kiosk's own functions (resources/search/phrases.txt).

    lexicon = Lexicon.build(table, names)      # names: the content's own short titles
    lexicon.segmenter.cut("我妈八十岁能领什么钱")
    normalise_ages("我妈八十了")               # '我妈八十岁'
    route_of("一卡通的钱到了没有")             # ('payouts', '到了没有')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kiosk.search.query import stopwords
from kiosk.search.segment import Segmenter
from kiosk.search.synonyms import SynonymTable
from kiosk.search.text import normalise

WEAK, KIN, MONEY, ASKS_MONEY = "笼统", "亲属", "钱", "问钱"
ROUTES = ("payouts", "status", "apply", "eligibility", "office")


@lru_cache(maxsize=1)
def sections() -> dict[str, tuple[str, ...]]:
    text = resources.files("resources").joinpath("search/phrases.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1].strip(), [])
            continue
        if current is not None:
            current += [normalise(w.strip()) for w in re.split(r"[、,，]", line) if w.strip()]
    return {name: tuple(dict.fromkeys(words)) for name, words in out.items()}


def weak_words() -> frozenset[str]:
    return frozenset(sections().get(WEAK, ()))


def kin_words() -> frozenset[str]:
    return frozenset(sections().get(KIN, ()))


def money_words() -> tuple[str, ...]:
    return sections().get(MONEY, ())


def asks_money_words() -> frozenset[str]:
    return frozenset(sections().get(ASKS_MONEY, ()))


def route_of(text: str) -> tuple[str, str] | tuple[None, None]:
    """The kiosk function a question asks for (the first section with a phrase in it) and the
    phrase found, or (None, None)."""
    flat = "".join(re.findall(r"[^\W_]+", normalise(text or "")))
    for name in ROUTES:
        for phrase in sections().get(name, ()):
            if phrase in flat:
                return name, phrase
    return None, None


# --- ages: 八十了, 80多岁, 九十几岁 -> one word of the synonym table -------------------------------

_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_AGE = re.compile(
    r"(一百|百|[一二三四五六七八九]十[一二三四五六七八九]?)(多|来|几)?(周岁|岁|了)"
    r"|([1-9][0-9]|100)(多|来|几)?(周岁|岁)"
)
AGE_WORDS = ((100, "百岁"), (90, "九十岁"), (80, "八十岁"), (70, "七十岁"), (60, "六十岁"))


def _hanzi_number(text: str) -> int:
    if text in ("一百", "百"):
        return 100
    tens, _, ones = text.partition("十")
    return _DIGIT.get(tens, 1) * 10 + _DIGIT.get(ones, 0)


def age_word(match: re.Match) -> str:
    years = _hanzi_number(match.group(1)) if match.group(1) else int(match.group(4))
    return next((word for least, word in AGE_WORDS if years >= least), match.group(0))


def normalise_ages(text: str) -> str:
    """An age said in any of the usual ways becomes the table's word for its band (60 and over)."""
    return _AGE.sub(age_word, text)


# --- the lexicon a query is analysed with ------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    segmenter: Segmenter
    weak: frozenset[str]
    kin: frozenset[str]
    names: frozenset[str]  # the content's own short titles (catalogue items, subsidy items...)
    money: tuple[str, ...] = ()  # words for money given, each standing for another in a name (老人补助 = 老人补贴)
    asks_money: frozenset[str] = frozenset()  # question words that ask about money (多少钱, 几百块, 领钱)

    def passing(self, word: str) -> bool:
        """A word that may stand between the two halves of a name said in pieces (kiosk/search/compounds.py):
        a vague word (国家, 村里) or a lone character (领), not a word for money."""
        return word not in self.money and (len(word) < 2 or word in self.weak)

    @staticmethod
    def normalise(text: str) -> str:
        """The question as the segmenter should see it (ages turned into the table's words)."""
        return normalise_ages(text)

    @classmethod
    def build(cls, table: SynonymTable, names: list[str]) -> Lexicon:
        folded = frozenset(normalise(n) for n in names if 2 <= len(n) <= 16)
        weak, kin = weak_words(), kin_words()
        # The route phrases are not words of it: they are looked for in the whole question.
        asks_money = asks_money_words()
        words = [*table.words(), *stopwords()[0], *weak, *kin, *asks_money, *folded, *(w for _, w in AGE_WORDS)]
        return cls(Segmenter(words), weak, kin, folded, money_words(), asks_money)
