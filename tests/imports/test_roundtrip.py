"""Corrupt a clean document the ways scraped pages are corrupted, then clean it back.

The corruption is generated here (readings with pypinyin, Traditional with OpenCC, @@ marks,
injected brands from the shipped blocklist, HTML, footers), from several random seeds.
"""

from __future__ import annotations

import random
import re

import pytest
from pypinyin import Style, pinyin

from kiosk.cleaning import clean_text
from kiosk.cleaning.lists import default_lists
from kiosk.cleaning.script import is_han
from tests.imports.conftest import WORK_POINTS

STYLES = (Style.NORMAL, Style.TONE, Style.TONE3)


def add_readings(text: str, rng: random.Random, rate: float = 0.5) -> tuple[str, int]:
    """After about `rate` of the hanzi, 1-3 brackets with one of its readings (any heteronym)."""
    out, added = [], 0
    for char in text:
        out.append(char)
        if not is_han(char) or rng.random() > rate:
            continue
        for _ in range(rng.randint(1, 3)):
            style = rng.choice(STYLES)
            reading = rng.choice(pinyin(char, style=style, heteronym=True)[0])
            if rng.random() < 0.2:
                reading = reading.capitalize()
            left, right = rng.choice((("(", ")"), ("（", "）")))
            out.append(f"{left}{reading}{right}")
            added += 1
    return "".join(out), added


def add_word_readings(text: str, rng: random.Random) -> str:
    """Readings after two-character words: 政务(zhèng wù)."""
    def annotate(match: re.Match) -> str:
        if rng.random() > 0.3:
            return match.group(0)
        word = match.group(0)
        readings = [r[0] for r in pinyin(word, style=rng.choice(STYLES))]
        return f"{word}({rng.choice(('', ' ')).join(readings)})"
    return re.sub(r"[\u4e00-\u9fff]{2}", annotate, text)


def add_marks(text: str, rng: random.Random) -> str:
    out = []
    for char in text:
        out.append(char)
        if is_han(char) and rng.random() < 0.3:
            out.append(rng.choice(("@@", "@@@@")))
    return "".join(out)


def insert_spam(text: str, rng: random.Random, count: int) -> tuple[str, list[str]]:
    """Put brands from the shipped blocklist (with an advert tail) between two hanzi."""
    lists = default_lists()
    brands = [b for b in lists.blocklist if any(is_han(c) for c in b)]
    spots = [m.start() + 1 for m in re.finditer(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", text)]
    chosen = sorted(rng.sample(spots, count), reverse=True)
    inserted = []
    for spot in chosen:
        brand = rng.choice(brands)
        # A two-character brand with no advert tail is only flagged (it may be ordinary words).
        tails = ("安卓app ", "官网", "app下载", " APP ") if len(brand) <= 2 else ("", "安卓app ", "官网", " APP ")
        spam = brand + rng.choice(tails)
        text = text[:spot] + spam + text[spot:]
        inserted.append(spam.strip())
    return text, inserted


def to_html(text: str, rng: random.Random) -> str:
    paragraphs = []
    for line in text.split("\n"):
        words = re.sub(r"([\u4e00-\u9fff]{2})", lambda m: f"<span style='x'>{m.group(1)}</span>"
                       if rng.random() < 0.1 else m.group(1), line)
        paragraphs.append(f"<p style=\"text-indent:2em\">&nbsp;&nbsp;{words}</p>")
    return ("<html><head><title>x</title><script>var spam='乐动';</script></head><body><div class='article'>\n"
            + "\n".join(paragraphs) + "\n</div><p>【打印本页】【关闭窗口】</p></body></html>")


@pytest.mark.parametrize("seed", range(6))
def test_readings_in_traditional_come_back_to_the_original(sample, s2t, seed):
    rng = random.Random(seed)
    corrupted, added = add_readings(s2t(sample), rng)
    assert added > 100 and corrupted != sample
    result = clean_text(corrupted)
    assert result.text == sample
    assert result.changes["pinyin_readings"] == added
    assert result.flags == []


@pytest.mark.parametrize("seed", range(3))
def test_word_readings_and_marks_come_back_to_the_original(sample, seed):
    rng = random.Random(seed)
    corrupted = add_marks(add_word_readings(sample, rng), rng)
    assert "@@" in corrupted and re.search(r"\([a-zà-ǜ ]+\)", corrupted)
    assert clean_text(corrupted).text == sample


@pytest.mark.parametrize("seed", range(10))
def test_injected_brands_are_removed_and_flagged(sample, seed):
    rng = random.Random(100 + seed)
    corrupted, inserted = insert_spam(sample, rng, count=3)
    result = clean_text(corrupted)
    assert result.text == sample
    assert sorted(f.text.replace(" ", "") for f in result.flags) == sorted(s.replace(" ", "") for s in inserted)
    assert all(f.kind == "spam_brand" and f.action == "removed" for f in result.flags)


@pytest.mark.parametrize("seed", range(3))
def test_everything_at_once_as_html_comes_back(sample, s2t, seed):
    rng = random.Random(200 + seed)
    text, _ = add_readings(s2t(sample), rng, rate=0.3)
    text, inserted = insert_spam(add_marks(text, rng), rng, count=2)
    text += "\n（责任编辑：周新）\n来源：省政府办公厅"
    result = clean_text(to_html(text, rng))
    assert result.text == sample
    assert len(result.flags) == len(inserted)
    # Two editor/source lines and the page's 【打印本页】【关闭窗口】 line.
    assert result.changes["html"] > 0 and result.changes["footer_lines"] == 3


def test_the_real_seed_survives_a_second_round_of_corruption(s2t):
    clean = clean_text(WORK_POINTS.read_text(encoding="utf-8")).text
    rng = random.Random(7)
    corrupted, _ = add_readings(s2t(clean), rng, rate=0.4)
    assert clean_text(add_marks(corrupted, rng)).text == clean
