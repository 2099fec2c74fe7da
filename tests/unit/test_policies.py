"""Policies and interpretations link both ways; bodies split into 一、/（一）/1. headings and paragraphs."""

from kiosk.content import policies
from kiosk.content.policies import split_blocks


def test_outline_levels():
    blocks = split_blocks("为做好工作，制定本方案。\n一、总体要求\n（一）加强领导。\n1. 明确责任。\n\n正文段落。")
    assert [(b.level, b.text[:4]) for b in blocks] == [
        (0, "为做好工"), (1, "一、总体"), (2, "（一）加"), (3, "1. 明"), (0, "正文段落"),
    ]


def test_policy_links_to_its_interpretation_and_back(demo_db):
    listed = policies.published(demo_db)
    with_reading = next(p for p in listed if p["interpretation_id"])
    page = policies.policy_page(demo_db, with_reading["id"])
    assert page.kind == "policy" and page.linked_id == with_reading["interpretation_id"]
    assert any(b.level == 1 for b in page.blocks) and any(b.level == 0 for b in page.blocks)
    back = policies.policy_page(demo_db, page.linked_id)
    assert back.kind == "interpretation" and back.linked_id == page.id and back.linked_title == page.title
    assert all(p["id"] != page.linked_id for p in listed)  # interpretations are reached through their policy
