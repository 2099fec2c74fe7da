"""The judged resident queries (gongkai/bench/judged_queries.txt) as a quality floor at scale 1."""

from __future__ import annotations

from gongkai.bench import search_quality
from kiosk.store import open_store

FLOOR = 0.85


def test_every_judged_query_has_answers_on_the_demo_township(demo_db):
    judged = search_quality.load_judged(demo_db)
    assert len(judged) >= 150
    assert [q for q, pages in judged if not pages] == []


def test_judged_resident_queries_find_an_answer_in_the_first_three(demo_db_template):
    db = open_store(demo_db_template)
    try:
        figures = search_quality.score(search_quality.load_judged(db), search_quality.kiosk_ranker(db))
    finally:
        db.close()
    assert figures["success_at_3"] >= FLOOR, figures["misses"]
    assert figures["mrr"] >= 0.75
