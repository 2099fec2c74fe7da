"""The search queries the benchmark times: 2, 3 and 5 characters, pinyin initials, resident questions.

They are words a resident would type at the kiosk about the demo township's content, plus a few
that match nothing (the worst case for a scan, and common at a kiosk). The list is fixed, so
every run times the same queries.
"""

from __future__ import annotations

from pypinyin import Style

from kiosk.search.pinyin import lazy_pinyin

# Terms found in the demo content (kiosk/demo/vocabulary.py) and terms that are not.
HANZI_QUERIES: dict[str, tuple[str, ...]] = {
    "2char": (
        "补贴", "低保", "养老", "救助", "公示", "危房", "宅基", "党费", "征地", "就业",
        "残疾", "津贴", "停水", "收支", "招生", "书屋", "彩票", "地铁",
    ),
    "3char": (
        "一卡通", "宅基地", "残疾人", "公示栏", "养老金", "党员大", "监督委", "便民服", "高龄津",
        "困难户", "森林防", "合作社", "动物园", "共享单",
    ),
    "5char": (
        "耕地地力保", "最低生活保", "农村危房改", "城乡居民基", "家庭医生签", "高龄津贴发",
        "村级财务收", "森林防火工", "宅基地审批", "便民服务中", "特困人员救", "新能源汽车", "人工智能大",
    ),
}

# Initials are typed for the words residents know; two strings match no word at all.
PINYIN_SOURCES = ("补贴", "低保", "养老", "救助", "宅基地", "一卡通", "高龄津贴", "危房改造",
                  "耕地地力", "森林防火", "残疾人", "便民服务", "特困人员")
PINYIN_MISSES = ("xqzw", "kkqq")

QUERY_CLASSES = ("2char", "3char", "5char", "pinyin", "resident")
RESIDENT_QUERIES = 40  # an even spread of the judged resident queries (questions, synonyms, pinyin)
# Whole questions as residents type them (#24: p95 ≤ 15 ms at scale 20): every judged question of
# SENTENCE_CHARS characters. Timed on its own; "all" keeps the mix of the classes above.
SENTENCE_CLASS = "sentence"
SENTENCE_CHARS = (8, 30)


def initials(word: str) -> str:
    """补贴 -> bt: what a resident types on the pinyin keyboard without choosing characters."""
    return "".join(lazy_pinyin(word, style=Style.FIRST_LETTER))


def query_classes(per_class: int | None = None) -> dict[str, list[str]]:
    """Queries per class; per_class takes an even spread (hits and misses both) for a quick run."""
    classes = {name: list(terms) for name, terms in HANZI_QUERIES.items()}
    classes["pinyin"] = [initials(w) for w in PINYIN_SOURCES] + list(PINYIN_MISSES)
    from gongkai.bench.search_quality import judged_lines

    judged = [q for q, _ in judged_lines()]
    classes["resident"] = _spread(judged, RESIDENT_QUERIES)
    from gongkai.bench.search_quality import judged_specs

    low, high = SENTENCE_CHARS
    classes[SENTENCE_CLASS] = [q for q, *_ in judged_specs() if low <= len(q) <= high]
    if per_class is not None:
        classes = {name: _spread(terms, per_class) for name, terms in classes.items()}
    return classes


def _spread(terms: list[str], count: int) -> list[str]:
    if count >= len(terms):
        return terms
    step = len(terms) / count
    picked = [terms[int(i * step)] for i in range(count)]
    if terms[-1] not in picked:  # keep one miss: the lists end with them
        picked[-1] = terms[-1]
    return picked
