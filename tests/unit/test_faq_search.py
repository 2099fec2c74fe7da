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
