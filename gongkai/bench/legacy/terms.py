"""Turning text into search terms, and a resident's query into a safe FTS5 expression.

SQLite 3.40's trigram tokenizer cannot find 2-character words (补贴, 低保), so the index holds
terms made here in Python and tokenized by FTS5's plain `unicode61` tokenizer:

* Literal terms. Text is cut into runs of letters and digits (punctuation and spaces end a run).
  Each run becomes its overlapping bigrams plus its last character alone:
  "补贴发放" -> "补贴 贴发 发放 放". Every character is then the first character of exactly one
  token, so a 1-character query is the prefix query `"补"*`, and a longer one is the phrase of
  its bigrams `"耕地 地地 地力"`: exact substring semantics, the same hits as a LIKE scan.
* Pinyin initials (titles only). Each run of hanzi becomes its initials ("补贴" -> "bt"), written as
  letter bigrams so `bt` is one token and `bmfw` the phrase "bm mf fw". Polyphones are indexed
  with every combination of their initials (one "lane" each; see _run_initial_lanes), so 单县
  is found by both dx and sx (readings only a dictionary knows are left out: see MIN_PHRASES).
  Lanes share the title column, kept apart by a token ("ⅰ") that no normalised query can contain.
  Full pinyin in a query ("butie", or the keyboard's preedit "bu tie") is searched as initials.

Queries are only ever built from quoted tokens of letters and digits: whatever a resident types
(quotes, AND, NEAR, *, brackets) cannot reach the FTS5 query syntax.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# Polyphone lanes: a run of hanzi is indexed with every combination of its polyphones' initials
# up to this many lanes; beyond that, per polyphone, combinations within WINDOW characters.
MAX_COMBINATIONS = 16
WINDOW = 5
# Between the literal terms and each lane: NFKC turns it into "i", so no query can contain it.
LANE_BREAK = "\u2170"


_RUN = re.compile(r"[^\W_]+")  # letters and digits: str.isalnum(), as unicode61 sees tokens
_TERM = re.compile(r"(?=([^ ]{1,2}))")  # at each character of a run: it and the next one, if any


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC) and case-folded: what both the index and queries see."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def _joined_runs(text: str) -> str:
    # Cut first, normalise after: the punctuation between runs (（）：，) is what makes most
    # texts fail the cheap NFKC check, and normalising whole bodies was the slowest part of a build.
    joined = " ".join(_RUN.findall(text))
    if unicodedata.is_normalized("NFKC", joined):
        return joined.casefold()
    return " ".join(_RUN.findall(normalise(joined)))


def runs(text: str) -> list[str]:
    """Maximal runs of letters and digits of normalised text; anything else separates them."""
    return _joined_runs(text).split()


def literal_runs(*texts: str) -> str:
    """The runs of one or more texts, space-separated: what the literal terms are made from."""
    return " ".join([joined for joined in map(_joined_runs, texts) if joined])


def expand_runs(joined_runs: str) -> str:
    """Literal terms of space-separated runs: each run's bigrams, then its last character alone.

    "补贴发放 耕地" -> "补贴 贴发 发放 放 耕地 地". The index re-expands stored runs with this
    to delete rows, so it must never change.
    """
    return " ".join(_TERM.findall(joined_runs))


def literal_terms(*texts: str) -> str:
    """The literal index column for one or more texts (fields never run into each other)."""
    return expand_runs(literal_runs(*texts))


# Readings that only a dictionary knows would bloat the index (土 has three); a reading counts
# when pypinyin's phrase dictionary uses it at least this often, or when it is listed below.
MIN_PHRASES = 2
# Place names and surnames the phrase dictionary under-counts: 单县 (sx), 会计 (kj), 区 (ou).
EXTRA_INITIALS = {"单": "s", "会": "k", "区": "o", "仇": "q", "查": "z", "覃": "q", "尉": "y", "番": "p",
                  "铅": "y", "解": "x", "曾": "z", "盖": "g", "朴": "p"}


@lru_cache(maxsize=1)
def _initials_table() -> dict[str, str]:
    """hanzi -> its initials, the most used first; built once per process from pypinyin's data."""
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.phrases_dict import phrases_dict

    def initial(reading: str) -> str:
        return unicodedata.normalize("NFD", reading)[:1].lower()

    used: dict[str, dict[str, int]] = {}
    for word, readings in phrases_dict.items():
        if len(word) == len(readings):
            for ch, reading in zip(word, readings, strict=True):
                counts = used.setdefault(ch, {})
                letter = initial(reading[0])
                counts[letter] = counts.get(letter, 0) + 1
    table = {}
    for code, readings in PINYIN_DICT.items():
        ch = chr(code)
        if not is_hanzi(ch):
            continue
        first = initial(readings.split(",")[0])
        counts = used.get(ch, {})
        ranked = sorted(counts, key=lambda x: -counts[x])
        letters = [ranked[0] if ranked else first] + [x for x in ranked[1:] if counts[x] >= MIN_PHRASES]
        letters += [x for x in EXTRA_INITIALS.get(ch, "") if x not in letters]
        table[ch] = "".join(x for x in letters if x.isascii() and x.isalpha())
    return table


def is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ebef"


def char_initials(ch: str) -> str:
    """The pinyin initials of one hanzi, most used reading first; '' for anything else."""
    return _initials_table().get(ch, "")


def _hanzi_runs(text: str) -> list[str]:
    table = _initials_table()
    return re.findall(r"[^\W_]+", "".join(ch if ch in table else " " for ch in normalise(text)))


def _letter_bigrams(letters) -> str:
    return " ".join(letters[i] + letters[i + 1] for i in range(len(letters) - 1))


@lru_cache(maxsize=65536)
def _run_initial_lanes(run: str) -> tuple[str, ...]:
    """One lane per combination of readings of the run's polyphones.

    When a run has too many combinations, each polyphone gets the combinations of a window of
    WINDOW characters either side instead: queries of up to WINDOW + 1 letters still find every
    reading, and longer ones the most used readings.
    """
    options = [char_initials(ch) for ch in run]
    if len(run) < 2:
        return ()
    combos = 1
    for opts in options:
        combos *= len(opts)
    if combos <= MAX_COMBINATIONS:
        return tuple(_letter_bigrams(combo) for combo in itertools.product(*options))
    default = [o[0] for o in options]
    lanes = [_letter_bigrams(default)]
    for i, opts in enumerate(options):
        if len(opts) < 2:
            continue
        lo, hi = max(0, i - WINDOW), min(len(run), i + WINDOW + 1)
        window = options[lo:hi]
        combos = 1
        for o in window:
            combos *= len(o)
        if combos <= MAX_COMBINATIONS:
            lanes += [_letter_bigrams(c) for c in itertools.product(*window) if c[i - lo] != default[i]]
        else:
            for alt in opts[1:]:
                lane = default[lo:hi]
                lane[i - lo] = alt
                lanes.append(_letter_bigrams(lane))
    return tuple(dict.fromkeys(lane for lane in lanes if lane))


def initial_terms(*texts: str) -> str:
    """The pinyin-initials index column: letter bigrams per hanzi run, one lane per reading."""
    lanes = [lane for text in texts for run in _hanzi_runs(text) for lane in _run_initial_lanes(run)]
    return f" {LANE_BREAK} ".join(lanes)


def title_column(title_runs: str, initials: str) -> str:
    """The indexed title: its literal terms, then the initials lanes, kept apart."""
    return expand_runs(title_runs) + (f" {LANE_BREAK} {initials}" if initials else "")


# --- queries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A resident's query made safe: `expr` is an FTS5 expression for a title (with its pinyin
    initials) or a whole row; None when nothing is left to search for."""

    text: str
    expr: str | None
    needles: tuple[str, ...]  # the runs searched for, to cut snippets around


def _quoted(token: str) -> str:
    # Tokens hold only letters and digits (see runs()), so they never contain a quote.
    return f'"{token}"'


def _run_expr(run: str) -> str:
    if len(run) == 1:
        return _quoted(run) + "*"  # every character starts exactly one token
    # For letters this one phrase also matches the initials: "bt" is both.
    return _quoted(" ".join(run[i:i + 2] for i in range(len(run) - 1)))


# Every Mandarin syllable (from pypinyin's dictionary, tones dropped): full pinyin in a query is
# searched as its initials, so the keyboard's preedit "bu tie" and a typed "butie" both mean bt.
_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai
can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di
dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng
fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku
kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin
ling liu lo long lou lu luan lue lun luo m ma mai man mang mao me mei men meng mi mian miao mie min
ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu
nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou
pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong
rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen
sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng
wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin
ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe
zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui
zun zuo
""".split())  # noqa: SIM905 - a word list reads better as words
_SYLLABLE_PREFIXES = frozenset(s[:i] for s in _SYLLABLES for i in range(1, len(s) + 1))


def full_pinyin_initials(word: str, *, partial_end: bool = True) -> str | None:
    """"butie" -> "bt": the initials of a run of full pinyin syllables (the last one may be
    unfinished, "buti"), or None when the run is not at least two syllables."""
    if not (word.isascii() and word.isalpha()) or word in _SYLLABLES:
        return None

    @cache
    def split(start: int) -> str | None:
        if start == len(word):
            return ""
        for end in range(min(len(word), start + 6), start, -1):  # longest syllable first
            piece = word[start:end]
            last = end == len(word)
            if piece in _SYLLABLES or (last and partial_end and piece in _SYLLABLE_PREFIXES):
                rest = split(end)
                if rest is not None:
                    return piece[0] + rest
        return None

    initials = split(0)
    return initials if initials and len(initials) >= 2 else None


def _pinyin_words(parts: list[str]) -> list[tuple[str, ...]]:
    """Each run with what it may also mean: full pinyin, 'bu tie' (one syllable per run, as the
    keyboard's preedit shows it) or 'butie' (one run), is searched as its initials."""
    if len(parts) >= 2 and all(p.isascii() and p.isalpha() for p in parts) and all(
        p in _SYLLABLES for p in parts[:-1]
    ) and parts[-1] in _SYLLABLE_PREFIXES:
        return [("".join(p[0] for p in parts),)]
    out = []
    for part in parts:
        initials = full_pinyin_initials(part)
        out.append((initials, part) if initials else (part,))
    return out


def parse_query(text: str, *, max_runs: int = 8, max_run_length: int = 40) -> Query:
    """Build the FTS5 expressions for what a resident typed. Never raises on any input.

    Runs are ANDed. Full pinyin is searched as initials (or as the letters typed). A lone
    Latin letter is dropped: as an initial it would match nearly everything.
    """
    words = _pinyin_words([run[:max_run_length] for run in runs(text or "")][:max_runs])
    words = [w for w in words if not (len(w[0]) == 1 and w[0].isascii() and w[0].isalpha())]
    if not words:
        return Query(text or "", None, ())
    expr = " AND ".join(
        _run_expr(w[0]) if len(w) == 1 else "(" + " OR ".join(map(_run_expr, w)) + ")" for w in words
    )
    return Query(text, expr, tuple(x for w in words for x in w))
