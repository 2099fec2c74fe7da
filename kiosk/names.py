"""Whole names from pinyin, for typing one's own name on the on-screen keyboard (长辈模式).

    name_candidates("jiangzhilan")   # ['江志兰', '姜志兰', '蒋志兰', ...]: common surnames x given-name characters

The keyboard's pinyin dictionary has words, not names: a full name (姜志兰) gave no phrase, and an
elderly resident had to find three single characters one by one. Here the first syllable is read as
a common surname and the rest as common given-name characters, most common first. Nothing typed is
kept: the function only reads its argument.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from kiosk.search.pinyin import is_syllable, split_syllables

# Common surnames, most frequent first (the national census order), and common characters of given
# names, most frequent first among the generations now elderly (秀英, 桂兰, 志强 ...).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
GIVEN_CHARS = (
    "秀英兰华玉珍芳梅桂凤红春霞云丽明国建志文军平林海强伟勇刚斌辉成福贵生富有才兴旺忠良永长青山水光新民庆安"
    "康宁昌盛家宏荣宝顺利发金银仙月香莲菊素爱清淑琴翠萍敏静艳娟娥芬玲燕美荷花叶草雪冬秋夏晓小大德胜学群"
    "立正中东南西北洪涛波浩鹏飞宇俊峰杰磊超洋亮涛鑫鸿钢铁根树松柏桃杏荣贞惠慧娇娜婷琳丹瑞祥福禄寿喜财"
    "玉仁义礼智信孝忠廷世泽润龙凤虎豹鹤燕子之乃九三五六七八启开太天先元宗祖继承传振兴家耀光辉煌"
)
SURNAME_CHOICES = 6  # surnames offered per first syllable
GIVEN_CHOICES = 6  # characters offered per syllable of the given name


# Surnames read otherwise than the character's usual reading.
SURNAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "覃": "qin",
                    "缪": "miao", "朴": "piao", "盖": "ge", "乐": "yue", "翟": "zhai", "万": "wan"}


@lru_cache(maxsize=1)
def _readings() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """syllable -> surnames / given-name characters that read so, most common first."""
    from pypinyin import Style

    from kiosk.search.pinyin import lazy_pinyin

    def index(chars: str, special: dict[str, str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for ch in dict.fromkeys(chars):
            reading = special.get(ch) or lazy_pinyin(ch, style=Style.NORMAL, v_to_u=False)[0]
            out.setdefault(reading.replace("ü", "v"), []).append(ch)
        return out

    return index(SURNAMES, SURNAME_READINGS), index(GIVEN_CHARS, {})


def _matches(table: dict[str, list[str]], syllable: str, complete: bool) -> list[str]:
    if complete:
        return table.get(syllable, [])
    found: list[str] = []  # the last syllable still being typed: every reading it begins
    for reading, chars in table.items():
        if reading.startswith(syllable):
            found += [c for c in chars if c not in found]
    return found


def name_candidates(typed: str, limit: int = 12) -> list[str]:
    """Names of two or three characters the pinyin may spell (surname first), most likely first."""
    letters = "".join(ch for ch in (typed or "").lower() if ch.isascii() and ch.isalpha()).replace("ü", "v")
    syllables = split_syllables(letters) if letters else None
    if not syllables or not 2 <= len(syllables) <= 3:
        return []
    surnames, given = _readings()
    last_complete = is_syllable(syllables[-1])
    options = [_matches(surnames, syllables[0], True)[:SURNAME_CHOICES]]
    for n, syllable in enumerate(syllables[1:], start=1):
        complete = last_complete or n < len(syllables) - 1
        options.append(_matches(given, syllable, complete)[:GIVEN_CHOICES])
    if not all(options):
        return []
    ranked = sorted(product(*[list(enumerate(o)) for o in options]), key=lambda combo: sum(i for i, _ in combo))
    return ["".join(ch for _, ch in combo) for combo in ranked[:limit]]
