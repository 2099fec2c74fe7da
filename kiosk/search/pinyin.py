"""Pinyin for search: full syllables, initials and the fuzzy forms of southern speech.

A title's hanzi runs get, in the index's `py` column, two kinds of tokens:

* fuzzy syllable bigrams: "最低生活保障" -> "zuidi disen senhuo huobao baozan", each syllable
  folded by FUZZY (zh/z, ch/c, sh/s, n/l, ang/an, eng/en, ing/in), so 低宝, "dibao" and "di bao"
  all meet 低保, and "senhuo" finds 生活 for a resident who says "sen huo";
* initials bigrams: "一卡通" -> "yk kt", so "ykt" is the phrase of two tokens and "db" one token.

Readings come from pypinyin's phrase-aware lazy_pinyin (one reading per character in context), with
only the phrases that change a toneless reading (heteronym_phrases.json, ~3,400 of pypinyin's 47,000:
银行 yin hang, 重庆 chong qing): the whole phrase table costs 44 MB of memory in every process that
reads pinyin, the kiosk's window too, and the other phrases read as their characters do anyway.
`gongkai`'s test suite checks that the file is what pypinyin's own table gives (tests/search).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache, lru_cache
from pathlib import Path

from kiosk.search.text import hanzi_runs

PHRASES_FILE = Path(__file__).with_name("heteronym_phrases.json")

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
zun zuo lv lve nv nve
""".split())  # noqa: SIM905 - a word list reads better as words
_SYLLABLE_PREFIXES = frozenset(s[:i] for s in _SYLLABLES for i in range(1, len(s) + 1))

# (pattern, replacement) applied in order: initials first, then finals.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"))
_FUZZY_FINALS = (("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in"))


@lru_cache(maxsize=4096)
def fuzzy(syllable: str) -> str:
    """One syllable with the mergers of southern Mandarin folded: "zhang" -> "zan", "ning" -> "lin"."""
    s = syllable
    for a, b in _FUZZY_INITIALS:
        if s.startswith(a) and len(s) > len(a):
            s = b + s[len(a):]
            break
    for a, b in _FUZZY_FINALS:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    return s


def is_syllable(word: str) -> bool:
    return word in _SYLLABLES


@cache
def pypinyin_module():
    """pypinyin, loaded with the heteronym phrases only (see the module's docstring)."""
    # Read when pypinyin is first imported: without it pypinyin loads its whole phrase table.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    import pypinyin
    from pypinyin import constants

    phrases = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    if any(p not in constants.PHRASES_DICT for p in phrases):
        pypinyin.load_phrases_dict({p: [[s] for s in readings.split()] for p, readings in phrases.items()})
    return pypinyin


def lazy_pinyin(text: str, **kwargs) -> list[str]:
    """pypinyin.lazy_pinyin, with the phrases every process of the kiosk reads alike."""
    return pypinyin_module().lazy_pinyin(text, **kwargs)


def heteronym_phrases() -> dict[str, str]:
    """From pypinyin's whole phrase table: the phrases whose toneless reading differs from their
    characters' own first readings, as {phrase: "yín háng"} (what PHRASES_FILE holds)."""
    from pypinyin import Style
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.style import convert

    def toneless(reading: str) -> str:
        return convert(reading, Style.NORMAL, strict=True)

    def own(ch: str) -> str | None:
        value = PINYIN_DICT.get(ord(ch))
        return toneless(value.split(",")[0]) if value else None

    out = {}
    for phrase, readings in sorted(phrases_dict.items()):
        first = [r[0] for r in readings]
        if [toneless(r) for r in first] != [own(ch) for ch in phrase]:
            out[phrase] = " ".join(first)
    return out


@lru_cache(maxsize=65536)
def run_syllables(run: str) -> tuple[str, ...]:
    """Toneless syllables of a run of hanzi, read in context: "低保" -> ("di", "bao")."""
    from pypinyin import Style

    out = lazy_pinyin(run, style=Style.NORMAL, errors=lambda chars: ["?"] * len(chars))
    return tuple(s if s.isascii() and s.isalpha() else "?" for s in out)


def syllable_tokens(syllables: tuple[str, ...] | list[str]) -> list[str]:
    """Fuzzy syllable bigrams: ("di", "bao") -> ["dibao"]; a lone syllable gives none."""
    folded = [fuzzy(s) for s in syllables]
    return [a + b for a, b in zip(folded, folded[1:], strict=False) if a != "?" and b != "?"]


def initial_tokens(syllables: tuple[str, ...] | list[str]) -> list[str]:
    """Initials bigrams: ("yi", "ka", "tong") -> ["yk", "kt"]."""
    letters = [s[0] if s != "?" else "" for s in syllables]
    return [a + b for a, b in zip(letters, letters[1:], strict=False) if a and b]


@lru_cache(maxsize=65536)
def run_py_terms(run: str) -> str:
    syllables = run_syllables(run)
    return " ".join(syllable_tokens(syllables) + initial_tokens(syllables))


def py_terms(*texts: str) -> str:
    """The `py` index column of some texts: fuzzy syllable bigrams and initials bigrams."""
    return " ".join(t for text in texts for run in hanzi_runs(text) if len(run) > 1 for t in [run_py_terms(run)] if t)


def word_key(word: str) -> str:
    """The fuzzy full-pinyin key of a word of hanzi: "低保" and "低宝" -> "dibao"."""
    return "".join(fuzzy(s) for run in hanzi_runs(word) for s in run_syllables(run))


def word_initials(word: str) -> str:
    return "".join(s[0] for run in hanzi_runs(word) for s in run_syllables(run) if s != "?")


_TONED = re.compile(r"(?:[a-z]+[0-5])+[a-z]*")
_TONE_GROUP = re.compile(r"([a-z]+)[0-5]?")


def toneless(run: str) -> str:
    """Pinyin typed with tone digits, without them: "di1" -> "di", "di1bao3" -> "dibao". A run whose
    letters before each digit are not pinyin ("mp3", "a4") stays as it is."""
    if run.isalpha() or not _TONED.fullmatch(run):
        return run
    groups = _TONE_GROUP.findall(run)
    plain = "".join(groups)
    if len(plain) >= 2 and all(split_syllables(g, partial_end=False) for g in groups):
        return plain
    return run


def split_syllables(word: str, *, partial_end: bool = True) -> tuple[str, ...] | None:
    """"dibao" -> ("di", "bao"): a run of full pinyin cut into syllables, the longest first (the
    last one may be unfinished while typing, "dib"); None when it is not pinyin."""
    if not (word.isascii() and word.isalpha()) or len(word) > 60:
        return None

    @cache
    def split(start: int) -> tuple[str, ...] | None:
        if start == len(word):
            return ()
        for end in range(min(len(word), start + 6), start, -1):
            piece = word[start:end]
            last = end == len(word)
            if piece in _SYLLABLES or (last and partial_end and piece in _SYLLABLE_PREFIXES):
                rest = split(end)
                if rest is not None:
                    return (piece, *rest)
        return None

    return split(0)
