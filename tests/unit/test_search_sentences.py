"""Whole questions as residents type them (#24): the key words found inside a sentence, kin and
ages understood, the kiosk's own functions routed, and an honest answer when nothing here answers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from kiosk.search import _lexicon, find, nearest_topics, suggestions, synonym_table
from kiosk.search.phrases import normalise_ages
from kiosk.search.query import TOPIC, WEAK, analyse
from kiosk.search.segment import Segmenter
from kiosk.store import open_store
from tests.conftest import GONGKAI


@pytest.fixture(scope="module")
def shared_db(demo_db_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("sentences") / "demo.db"
    shutil.copy(demo_db_template, path)
    database = open_store(path)
    yield database
    database.close()


def asked(db, text):
    return analyse(text, synonym_table(db), _lexicon(db))


def test_the_segmenter_keeps_dictionary_words_whole_and_leaves_other_characters_alone():
    cutter = Segmenter(["低保", "最低生活保障", "我妈", "八十岁", "什么"])
    assert cutter.cut("我妈八十岁能领什么钱") == ["我妈", "八十岁", "能", "领", "什么", "钱"]
    assert cutter.cut("最低生活保障") == ["最低生活保障"]


def test_jieba_never_loads_its_own_dictionary():
    # Building the dictionary and cutting takes milliseconds; jieba's 350,000 words are never read.
    code = ("import jieba, time; from kiosk.search.segment import Segmenter; t = time.perf_counter(); "
            "s = Segmenter(['低保'] * 3000); s.cut('低保怎么办'); "
            "print(jieba.dt.initialized, round(time.perf_counter() - t, 3))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    initialized, seconds = out.stdout.split()
    assert initialized == "False" and float(seconds) < 0.3, out.stderr


@pytest.mark.parametrize("said, word", [("我妈八十了", "八十岁"), ("老头子80多岁", "八十岁"), ("俺娘九十三了", "九十岁"),
                                        ("一百岁", "百岁"), ("七十岁", "七十岁"), ("等了三十了", "等了三十了")])
def test_ages_said_any_usual_way_become_the_tables_word(said, word):
    assert word in normalise_ages(said)


def test_a_sentence_keeps_each_concept_and_drops_kin_and_filler(shared_db):
    analysis = asked(shared_db, "我儿子残疾了能不能给办个低保")
    assert [c.word for c in analysis.concepts] == ["残疾", "低保"]
    assert "我儿子" in analysis.dropped and analysis.how_to
    assert {c.word: c.strength for c in analysis.concepts}["低保"] == TOPIC
    mother = asked(shared_db, "我妈八十了能领什么钱")
    assert [c.word for c in mother.concepts] == ["八十岁"] and "我妈" in mother.dropped
    village = asked(shared_db, "村里修路的钱花哪了")
    assert {c.word: c.strength for c in village.concepts} == {"村里": WEAK, "修路": 1, "钱花哪": WEAK}


def test_the_key_word_inside_a_sentence_finds_its_pages(shared_db):
    result = find(shared_db, "我妈八十了能领什么钱")
    assert "高龄津贴" in result.hits[0].title and "高龄津贴" in result.best.title
    roads = find(shared_db, "村里修路的钱花哪了")
    assert any(w in roads.hits[0].title for w in ("项目资金使用情况", "一事一议"))
    assert result.hits and roads.hits


def test_pages_covering_more_of_the_question_come_first(shared_db):
    hits = find(shared_db, "我儿子残疾了能不能给办个低保").hits
    first = f"{hits[0].title} {hits[0].snippet}"
    assert "残疾" in first or "低保" in first or "最低生活保障" in first
    # Every shown page speaks of one of the two things asked, none of only a vague word.
    assert all(any(w in h.title for w in ("残疾", "低保", "最低生活保障")) for h in hits[:5])


def test_a_one_word_query_gets_pages_and_suggestions_not_an_empty_how_to(shared_db):
    for word in ("办证", "低保"):
        result = find(shared_db, word)
        assert result.hits and not result.no_answer, word
        assert suggestions(shared_db, word), word
    assert any("身份证" in h.title or "居住证" in h.title or "户口" in h.title for h in find(shared_db, "办证").hits[:3])


def test_colloquial_names_and_typos_reach_the_right_topic(shared_db):
    assert "高龄津贴" in find(shared_db, "老人钱").hits[0].title
    assert "高龄津贴" in find(shared_db, "gltj").hits[0].title  # two initials the wrong way round
    assert "最低生活保障" in find(shared_db, "低宝").hits[0].title  # the guide first, not a village list


@pytest.mark.parametrize("question, topic", [("住院了医保怎么报销", "城乡居民基本医疗保险"),
                                             ("没钱请律师怎么办", "法律援助"),
                                             ("种地补贴什么时候发", "耕地地力保护补贴"),
                                             ("去哪里办身份证", "居民身份证")])
def test_the_answer_card_is_about_what_was_asked(shared_db, question, topic):
    best = find(shared_db, question).best
    assert best is not None and topic in best.title, (question, best)


@pytest.mark.parametrize("question, kind", [("一卡通的钱到了没有", "payouts"), ("我的申请办到哪一步了", "status"),
                                            ("我想申请政府信息公开怎么弄", "apply"), ("我家能享受哪些政策", "eligibility"),
                                            ("镇政府几点上班", "office")])
def test_questions_about_the_kiosks_own_functions_are_routed_to_them(shared_db, question, kind):
    best = find(shared_db, question).best
    assert best is not None and best.kind == kind and best.title and best.phone == "0796-6123456"


def test_a_question_naming_a_topic_is_not_sent_to_the_questionnaire(shared_db):
    assert find(shared_db, "我妈八十了能领什么钱").best.kind != "eligibility"


def test_the_office_question_is_not_read_as_looking_for_work(shared_db):
    result = find(shared_db, "几点上班")
    assert result.best.kind == "office" and "周一至周五" in result.best.hours
    assert not any("就业" in h.title for h in result.hits)


@pytest.mark.parametrize("question", ["丧葬费", "生孩子有补贴吗", "当兵的补助", "结婚证在哪里办"])
def test_nothing_here_answers_is_said_honestly_with_the_nearest_topics(shared_db, question):
    result = find(shared_db, question)
    assert result.no_answer and result.best is None and result.hits == []
    near = nearest_topics(shared_db, question)
    assert near and all(find(shared_db, w).hits for w in near)


def test_cli_json_shows_the_same_decisions_as_the_screen(demo_db_path):
    def run(q):
        out = subprocess.run([*GONGKAI, "search", q, "--db", str(demo_db_path), "--json"],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    routed = run("一卡通的钱到了没有")
    assert routed["best"]["kind"] == "payouts" and not routed["no_answer"]
    none = run("当兵的补助")
    assert none["best"] is None and none["hits"] == [] and none["no_answer"]
    assert none["suggestions"] and none["counter"]["office_phone"] == "0796-6123456"


def test_the_search_screen_opens_a_routed_function_and_says_so_when_nothing_answers(shared_db, qapp):
    from ui.models.search import SearchViewModel

    vm = SearchViewModel(shared_db)
    vm.choose("一卡通的钱到了没有")
    best = vm.property("best")
    assert vm.property("hasBest") and best["target"] == "my-payouts" and best["action"] == "去查询"
    assert best["lines"][0].startswith("输入户主姓名")
    vm.choose("几点上班")
    assert vm.property("best")["target"] == "" and any("办公时间" in line for line in vm.property("best")["lines"])
    vm.choose("当兵的补助")
    assert vm.property("noResult") and not vm.property("hasBest") and vm.property("results").rowCount() == 0
    assert vm.property("didYouMean") and vm.property("popular")[:2] == ["低保", "养老保险"]
    assert "0796-6123456" in vm.property("counterHelp") and "留下" in vm.property("counterHelp")


def test_warming_up_makes_the_segmenter_before_the_first_question(demo_db):
    import kiosk.search
    from kiosk.search import warm

    kiosk.search._cache.clear()  # as when the kiosk starts: nothing made yet
    lexicon = _lexicon(demo_db)
    assert lexicon.segmenter._tokenizer is None  # nothing made with the database opened
    warm(demo_db)
    assert lexicon.segmenter._tokenizer is not None and _lexicon(demo_db) is lexicon
