"""What residents type besides plain words: pinyin with tone marks or digits, spaces and invisible
characters inside a word, markup or SQL; and names said in pieces around question words
(老人每个月有没有钱领, 种粮食给补贴吗). Each finds what the plain word finds, or honestly nothing."""

from __future__ import annotations

import shutil

import pytest

from kiosk.search import _lexicon, find, suggestions, synonym_table
from kiosk.search.compounds import compound
from kiosk.search.pinyin import toneless
from kiosk.search.query import analyse
from kiosk.search.text import clean_query
from kiosk.store import open_store


@pytest.fixture(scope="module")
def shared_db(demo_db_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("typed") / "demo.db"
    shutil.copy(demo_db_template, path)
    database = open_store(path)
    yield database
    database.close()


def pages(result):
    return [(h.kind, h.ref_id) for h in result.hits]


def first_title(db, query):
    hits = find(db, query).hits
    assert hits, f"{query!r} found nothing"
    return hits[0].title


# --- pinyin with tones ---------------------------------------------------------------------------

@pytest.mark.parametrize("typed, plain", [
    ("dī bǎo", "di bao"), ("dībǎo", "dibao"), ("DĪ BǍO", "di bao"), ("di1 bao3", "di bao"), ("di1bao3", "dibao"),
    ("yǎng lǎo bǎo xiǎn", "yang lao bao xian"), ("yang3lao3bao3xian3", "yanglaobaoxian"),
    ("gāo líng jīn tiē", "gao ling jin tie"), ("yi1bao3", "yibao"), ("dībǎo zěnme shēnqǐng", "dibao zenme shenqing"),
])
def test_pinyin_with_tone_marks_or_digits_finds_what_plain_pinyin_finds(shared_db, typed, plain):
    found = find(shared_db, typed)
    assert found.hits and pages(found) == pages(find(shared_db, plain))


def test_tone_digits_come_off_pinyin_only():
    assert [toneless(r) for r in ("di1", "di1bao3", "lv4", "mp3", "a4", "2024", "x5", "dibao")] == [
        "di", "dibao", "lv", "mp3", "a4", "2024", "x5", "dibao"]
    assert clean_query("lǜ nǚ") == "lv nv"  # ü as pypinyin writes it


def test_tone_marked_pinyin_is_suggested_while_typing(shared_db):
    assert "低保" in suggestions(shared_db, "dībǎo")


# --- spaces and invisible characters -------------------------------------------------------------

@pytest.mark.parametrize("gap", [" ", "  ", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
                                 "\u200e", "\u202e", "\ufe0f", " \u200b "])
def test_a_space_or_an_invisible_character_inside_a_word_changes_nothing(shared_db, gap):
    assert pages(find(shared_db, f"低{gap}保")) == pages(find(shared_db, "低保")) != []
    assert pages(find(shared_db, f"{gap}低保怎么申请{gap}")) == pages(find(shared_db, "低保怎么申请"))


def test_hanzi_typed_one_by_one_with_spaces_are_one_word(shared_db):
    assert pages(find(shared_db, "老 人 补 贴")) == pages(find(shared_db, "老人补贴")) != []
    assert "高龄津贴" in first_title(shared_db, "老 人 补 贴")
    best = find(shared_db, "低 保 怎 么 申 请").best
    assert best is not None and "最低生活保障" in best.title


def test_the_typed_question_is_kept_as_typed_in_the_result(shared_db):
    assert find(shared_db, "低\u200b保").query == "低\u200b保"


# --- markup, SQL and lone digits -----------------------------------------------------------------

@pytest.mark.parametrize("query", ["1", "7", "<script>alert(1)</script>", "' OR 1=1 --", "1=1", "<b>1</b>",
                                   "\"; DROP TABLE notices; --", "${1}", "((1))"])
def test_markup_sql_or_a_lone_digit_finds_nothing_rather_than_every_page_with_a_digit(shared_db, query):
    result = find(shared_db, query)
    assert result.no_answer and result.hits == []
    assert result.did_you_mean == []  # letters of markup spell no initials of a topic


def test_numbers_of_two_digits_or_more_are_still_searched(shared_db):
    assert find(shared_db, "2026").hits
    assert pages(find(shared_db, "低保 1")) == pages(find(shared_db, "低保")) != []  # the lone digit is left out


# --- names said in pieces around question words ---------------------------------------------------

@pytest.mark.parametrize("question", [
    "老人每个月有没有钱领", "老人每个月有钱领吗", "老年人每月能领多少钱", "上了年纪有补助吗", "老年津贴", "老人领钱吗",
    "岁数大了国家给不给钱", "年纪大了有什么补贴", "老人家每月有补助吗", "我妈年纪大了有没有补助", "老人可以拿钱吗",
    "老人一年能领多少补贴", "老人行不行领补贴", "老人每个月能领几百块", "老了有补助吗",
])
def test_questions_about_money_for_the_old_find_the_old_age_allowance(shared_db, question):
    assert "高龄津贴" in first_title(shared_db, question)


@pytest.mark.parametrize("question", [
    "种粮食给补贴吗", "种粮食有补贴吗", "种地给钱吗", "种田有没有补助", "种庄稼国家给补贴吗", "种粮食每亩补多少钱",
    "种田补贴", "种地有钱拿吗", "种地国家补钱吗",
])
def test_questions_about_money_for_growing_grain_find_the_farmland_subsidy(shared_db, question):
    assert "耕地地力保护补贴" in first_title(shared_db, question)


def test_a_longer_way_of_saying_a_names_head_still_makes_the_name(shared_db):
    assert "稻谷目标价格补贴" in first_title(shared_db, "种稻子有补贴吗")
    assert "稻谷目标价格补贴" in first_title(shared_db, "种水稻给钱吗")


def test_only_known_names_are_made_and_only_ones_the_words_point_at(shared_db):
    table = synonym_table(shared_db)
    words, _ = table.word_set()
    money = _lexicon(shared_db).money
    assert compound("老人", "钱", words, table, money) == "老人钱"
    assert compound("上了年纪", "补助", words, table, money) in table.expansions("上了年纪")
    assert compound("八十岁", "老人", words, table, money) is None  # 80 is no 百岁老人
    assert compound("当兵", "补助", words, table, money) is None
    concepts = [c.word for c in analyse("80岁老人有钱领吗", table, _lexicon(shared_db)).concepts]
    assert "百岁老人" not in concepts and "八十岁" in concepts


@pytest.mark.parametrize("question", ["生孩子有钱领吗", "当兵每个月有钱吗", "退伍军人每月有补贴吗", "当兵的补助"])
def test_money_asked_about_something_the_township_does_not_hold_is_still_no_answer(shared_db, question):
    assert find(shared_db, question).no_answer


# --- question words typed in pinyin ----------------------------------------------------------------

@pytest.mark.parametrize("typed, hanzi", [
    ("dibao zenme shenqing", "低保怎么申请"),
    ("dībǎo zěnme shēnqǐng", "低保怎么申请"),
    ("dibao zai nali ban", "低保在哪里办"),
])
def test_question_words_typed_in_pinyin_ask_what_the_hanzi_asks(shared_db, typed, hanzi):
    """A resident on the English keyboard writes the whole question in pinyin: the same answer card and
    the same first page as the question in hanzi."""
    plain = find(shared_db, hanzi)
    spoken = find(shared_db, typed)
    assert spoken.how_to and plain.best is not None
    assert spoken.best is not None and spoken.best.title == plain.best.title
    assert spoken.hits[0].title == plain.hits[0].title


@pytest.mark.parametrize("query", ["怎么", "zenme", "如何", "多少钱", "什么时候"])
def test_only_question_words_ask_about_nothing_and_get_no_answer_card(shared_db, query):
    assert find(shared_db, query).best is None
