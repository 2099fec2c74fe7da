"""简明问答 in search (issue 26): found like any content under its label, and the best-answer card of
a question it answers; a plain word search lists it without a card."""

from __future__ import annotations

from kiosk.search import find


def test_a_question_a_faq_answers_gets_its_answer_as_the_best_card(demo_db):
    result = find(demo_db, "耕地地力保护补贴什么时候发")
    assert any(h.kind == "faq" and h.label == "简明问答" for h in result.hits)
    assert result.best is not None and result.best.kind == "faq"
    assert result.best.title == "耕地地力保护补贴什么时候发？"
    assert result.best.answer.startswith("每年上半年核定面积")


def test_a_plain_word_lists_faq_entries_without_a_card(demo_db):
    result = find(demo_db, "身份证丢了", limit=60)
    assert any(h.kind == "faq" and h.title == "身份证丢了在哪里补办？" for h in result.hits)
    assert find(demo_db, "身份证").best is None  # not a question: no card


def test_a_resident_asking_when_in_her_own_words_gets_the_answer_that_says_when(demo_db):
    """种地补贴啥时候发: the guide's card tells what to bring, not when the money comes; the 简明问答 does."""
    for query in ("种地补贴啥时候发", "耕地补贴什么时候发"):
        best = find(demo_db, query).best
        assert best is not None and best.kind == "faq", query
        assert "6 月底前" in best.answer


def test_an_answer_on_the_topic_that_does_not_give_what_was_asked_is_no_card(demo_db):
    """Asked how much, a 简明问答 telling when to pay (or how to apply) is not shown as the answer."""
    for query, wrong in (("养老保险交多少钱", "城乡居民养老保险每年什么时候缴费？"),
                         ("低保一个月多少钱", "低保怎么申请？")):
        best = find(demo_db, query).best
        assert best is None or best.title != wrong, query
        hits = [h.title for h in find(demo_db, query, limit=20).hits]
        assert hits, query  # still listed among the results to open


def test_whom_to_ask_is_a_question_its_faq_answers(demo_db):
    best = find(demo_db, "临时救助找谁").best
    assert best is not None and best.title == "临时救助找谁？"
    assert "民政所" in best.answer


def test_a_time_or_an_amount_written_in_chinese_numerals_is_an_answer_too():
    from kiosk.search.answer import gives_what_is_asked

    assert gives_what_is_asked("管道改造什么时候开始施工", "工程计划于明年三月开工。")
    assert gives_what_is_asked("办证要多少钱", "首次办理免费，补办每张二十元。")
    assert not gives_what_is_asked("养老保险交多少钱", "每年 1 月至 12 月都可以缴费。")


def test_how_many_days_is_not_a_question_about_money():
    from kiosk.search.answer import asked_aspects

    assert asked_aspects("低保办下来要多少天") == set()
    assert asked_aspects("低保一个月发多少") == {"amount"} and asked_aspects("办证多少钱") == {"amount"}
