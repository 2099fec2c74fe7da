"""Resident search over the demo township: what a person typing on the kiosk gets back."""

from __future__ import annotations

import random
import shutil

import pytest

from kiosk.search import KINDS, LABELS, SearchGroup, reindex, reindex_kind, search
from kiosk.store import open_store

EVERYTHING = 10**9  # count_limit that never caps

# The texts each kind is searched in, as a LIKE scan would see them (mirrors what a resident reads).
LIKE_SCANS = {
    "catalogue": """SELECT count(*) FROM catalogue_items i JOIN catalogue_domains d ON d.id = i.domain_id
                    WHERE i.level1 LIKE :q OR i.level2 LIKE :q OR d.name LIKE :q OR i.content LIKE :q""",
    "document": "SELECT count(*) FROM documents WHERE title LIKE :q OR doc_number LIKE :q OR body LIKE :q",
    "notice": """SELECT count(*) FROM notices n JOIN villages v ON v.id = n.village_id
                 WHERE n.title LIKE :q OR v.name LIKE :q OR n.body LIKE :q""",
    "policy": """SELECT count(*) FROM policies WHERE status = 'published'
                 AND (title LIKE :q OR doc_number LIKE :q OR body LIKE :q)""",
}


@pytest.fixture(scope="module")
def shared_db(demo_db_template, tmp_path_factory):
    """One demo copy for the tests that only read (copying per test would triple the run time)."""
    path = tmp_path_factory.mktemp("search") / "demo.db"
    shutil.copy(demo_db_template, path)
    database = open_store(path)
    yield database
    database.close()


def like_counts(db, text: str) -> dict[str, int]:
    counts = {kind: db.execute(sql, {"q": f"%{text}%"}).fetchone()[0] for kind, sql in LIKE_SCANS.items()}
    return {kind: n for kind, n in counts.items() if n}


def totals(groups: list[SearchGroup]) -> dict[str, int]:
    return {g.kind: g.total for g in groups}


def titles(groups: list[SearchGroup], kind: str | None = None) -> list[str]:
    return [h.title for g in groups if kind in (None, g.kind) for h in g.hits]


@pytest.mark.parametrize("query", ["补贴", "低保", "公示", "耕地地力保护", "森林防火", "低保初审名单", "补", "镇", "的"])
def test_hit_counts_agree_with_a_like_scan(shared_db, query):
    expected = like_counts(shared_db, query)
    assert expected, f"the demo should contain {query}"
    assert totals(search(shared_db, query, count_limit=EVERYTHING)) == expected


def test_two_character_words_find_titles_that_contain_them(shared_db):
    groups = search(shared_db, "低保")
    notices = titles(groups, "notice")
    assert notices and all("低保" in t for t in notices[:5])
    assert any("最低生活保障" not in t and "低保" in t for t in titles(groups))
    assert "补贴" in " ".join(titles(search(shared_db, "补贴"), "catalogue"))


def test_groups_come_in_a_fixed_order_with_their_labels_and_no_empty_group(shared_db):
    groups = search(shared_db, "补贴")
    kinds = [g.kind for g in groups]
    assert kinds == [k for k in KINDS if k in kinds] and len(kinds) >= 3
    for group in groups:
        assert group.label == LABELS[group.kind]
        assert group.hits and len(group.hits) <= 20 and group.total >= len(group.hits)
        assert all(h.kind == group.kind for h in group.hits)
    assert {g.label for g in groups} <= {"标准目录", "公开文件", "村务公开", "政策解读"}


def test_per_kind_limits_the_hits_and_common_words_are_counted_up_to_the_cap(shared_db):
    groups = search(shared_db, "镇", per_kind=5, count_limit=300)
    assert all(len(g.hits) == min(5, g.total) for g in groups)
    documents = next(g for g in groups if g.kind == "document")
    assert like_counts(shared_db, "镇")["document"] > 300 and documents.total == 300


def test_title_matches_come_before_body_matches(shared_db):
    # 补贴 is in the titles of some rows of each kind and only in the body of others.
    for group in search(shared_db, "补贴", per_kind=50, count_limit=EVERYTHING):
        in_title = ["补贴" in h.title for h in group.hits]
        assert in_title == sorted(in_title, reverse=True), group.kind


def test_newest_documents_come_first_among_title_matches(shared_db):
    hits = next(g for g in search(shared_db, "通知") if g.kind == "document").hits
    dates = [shared_db.execute("SELECT published_on FROM documents WHERE id = ?", [h.ref_id]).fetchone()[0]
             for h in hits]
    assert dates == sorted(dates, reverse=True)


def test_a_hit_shows_the_real_title_and_a_plain_one_line_snippet_around_the_match(shared_db):
    groups = search(shared_db, "一卡通")
    hit = groups[0].hits[0]
    table = {"document": "documents", "policy": "policies", "notice": "notices"}[hit.kind]
    row = shared_db.execute(f"SELECT title, body FROM {table} WHERE id = ?", [hit.ref_id]).fetchone()
    assert hit.title == row[0]
    assert "一卡通" in hit.snippet and "\n" not in hit.snippet and len(hit.snippet) <= 60
    assert "一卡通" in row[1]


def test_pinyin_initials_find_the_words(shared_db):
    bt = search(shared_db, "bt", per_kind=500)
    assert any("补贴" in t for t in titles(bt, "catalogue"))
    assert sum("补贴" in t for t in titles(bt)) >= 10
    db = search(shared_db, "db", per_kind=500)
    assert any("低保" in t for t in titles(db, "notice"))
    # Upper case and full-width letters are the same query.
    assert totals(search(shared_db, "BT")) == totals(bt) == totals(search(shared_db, "ｂｔ"))
    assert any("耕地地力保护补贴" in t for t in titles(search(shared_db, "gddlbhbt")))


def test_full_pinyin_is_searched_as_its_initials(shared_db):
    # What the pinyin keyboard shows while a word is being typed, and the same typed in one go.
    bt, db = totals(search(shared_db, "bt")), totals(search(shared_db, "db"))
    for query in ("bu tie", "butie", "bu ti", "BuTie"):
        assert totals(search(shared_db, query)) == bt, query
    assert totals(search(shared_db, "di bao")) == totals(search(shared_db, "dibao")) == db
    assert totals(search(shared_db, "gendidilibaohubutie")) == totals(search(shared_db, "gddlbhbt"))


def test_initials_are_searched_in_titles_only(shared_db):
    # 便民服务 is in bodies (the township address) but in no title.
    assert like_counts(shared_db, "便民服务")
    assert not any("便民服务" in t for t in titles(search(shared_db, "bmfw", per_kind=500)))


def test_polyphones_are_found_by_every_reading(demo_db):
    demo_db.execute(
        "INSERT INTO notices (id, village_id, category, title, body, posted_on) VALUES "
        "(90001, 1, '财务', '单县农商银行会计核算服务公告', '请到银行网点办理。', '2026-11-20')"
    )
    reindex_kind(demo_db, "notice", [90001])
    # Few polyphones in a title: every combination of readings is indexed, at any length.
    for initials in ("sx", "dx", "yh", "yx", "kj", "hj", "sxnsyh", "yhkjhs", "sxnsyhkjhsfw", "dxnsyxhjhsfwgg"):
        hits = search(demo_db, initials, per_kind=1000)
        assert 90001 in [h.ref_id for g in hits if g.kind == "notice" for h in g.hits], initials


@pytest.mark.parametrize("query", [
    "", "   ", "\n\t", '"', "'", '"补贴', "补贴\"", "AND", "OR", "NOT", "NEAR", "NEAR(补贴 公示, 3)", "*", "补*",
    "补贴 AND", "^补贴", "-补贴", "补贴:公示", "title:补贴", "{title}:补贴", "(", ")", "((", "\\", "%", "_",
    "%补贴%", "'; DROP TABLE documents; --", "补贴，公示！", "ｂｔ　补贴", "低保 db", "😀", "👨‍👩‍👧", "\u200b",
    "\x00", "\ufeff补贴", "𠀀𠀁", "ⅰ", "①②", "²³", "a" * 5000, "补" * 3000, "补贴 " * 200, "x AND y OR z NOT w",
])
def test_anything_a_resident_types_is_accepted(shared_db, query):
    groups = search(shared_db, query)
    assert isinstance(groups, list)
    for group in groups:
        assert group.kind in KINDS and group.hits


def test_random_input_never_raises(shared_db):
    rng = random.Random(7)
    alphabet = "补贴低保公示镇 ab\"'*():^-{}[]+,.。，！？ＡＢ１２\\%_\u3000ⅰ①😀"
    for _ in range(300):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        search(shared_db, query, per_kind=3)


def test_empty_and_punctuation_only_queries_give_nothing(shared_db):
    for query in ("", "   ", "，。！", "*", '""'):
        assert search(shared_db, query) == []


def test_a_lone_latin_letter_is_not_an_initials_search(shared_db):
    assert search(shared_db, "b") == []


def test_words_separated_by_spaces_or_punctuation_must_all_occur(shared_db):
    both = totals(search(shared_db, "低保 东岭村", count_limit=EVERYTHING))
    assert both.get("notice", 0) == shared_db.execute(
        """SELECT count(*) FROM notices n JOIN villages v ON v.id = n.village_id
           WHERE (n.title LIKE '%低保%' OR v.name LIKE '%低保%' OR n.body LIKE '%低保%')
             AND (n.title LIKE '%东岭村%' OR v.name LIKE '%东岭村%' OR n.body LIKE '%东岭村%')"""
    ).fetchone()[0] > 0
    assert totals(search(shared_db, "低保，东岭村", count_limit=EVERYTHING)) == both


def test_payouts_are_never_searched(shared_db):
    # A full recipient name from the payout list: private, and nowhere in the public content.
    names = [r[0] for r in shared_db.execute("SELECT DISTINCT recipient_name FROM payouts LIMIT 200")]
    private = next(n for n in names if len(n) == 3 and not like_counts(shared_db, n))
    assert search(shared_db, private) == []


def test_reindex_picks_up_changed_added_and_deleted_content(demo_db):
    assert search(demo_db, "稻虾共养") == []
    doc_id = demo_db.execute("SELECT min(id) FROM documents").fetchone()[0]
    old_title = demo_db.execute("SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    demo_db.execute("UPDATE documents SET title = '青禾镇稻虾共养示范基地建设方案' WHERE id = ?", [doc_id])
    reindex(demo_db)
    groups = search(demo_db, "稻虾共养")
    assert [(g.kind, [h.ref_id for h in g.hits]) for g in groups] == [("document", [doc_id])]
    assert groups[0].hits[0].title == "青禾镇稻虾共养示范基地建设方案"
    assert doc_id not in [h.ref_id for g in search(demo_db, old_title, per_kind=5000) for h in g.hits
                          if g.kind == "document" and h.title == old_title]


def test_incremental_reindex_matches_a_full_rebuild(demo_db):
    ids = [r[0] for r in demo_db.execute("SELECT id FROM notices ORDER BY id LIMIT 3")]
    demo_db.execute("UPDATE notices SET title = '桃源村莲藕种植补贴公示' WHERE id = ?", [ids[0]])
    demo_db.execute("DELETE FROM notice_attachments WHERE notice_id = ?", [ids[1]])
    demo_db.execute("DELETE FROM notices WHERE id = ?", [ids[1]])
    reindex_kind(demo_db, "notice", ids)
    found = search(demo_db, "莲藕")
    assert [h.ref_id for g in found for h in g.hits] == [ids[0]]
    incremental = {q: totals(search(demo_db, q, count_limit=EVERYTHING)) for q in ("公示", "低保", "莲藕", "db")}
    reindex(demo_db)
    assert {q: totals(search(demo_db, q, count_limit=EVERYTHING)) for q in incremental} == incremental
    assert incremental["公示"]["notice"] == like_counts(demo_db, "公示")["notice"]


def test_reindex_runs_inside_the_callers_transaction(demo_db):
    with pytest.raises(RuntimeError), demo_db.atomic():
        demo_db.execute("UPDATE policies SET title = '荷塘月色保护办法' WHERE id = 1")
        reindex(demo_db)
        assert search(demo_db, "荷塘月色")
        raise RuntimeError("the sync failed after indexing")
    assert search(demo_db, "荷塘月色") == []
    assert search(demo_db, "低保")


def test_policies_under_review_are_not_searchable(demo_db):
    demo_db.execute("UPDATE policies SET title = '芦苇荡湿地保护政策', status = 'review' WHERE id = 1")
    reindex(demo_db)
    assert search(demo_db, "芦苇荡") == []


def test_an_empty_database_finds_nothing(db):
    reindex(db)
    assert search(db, "补贴") == []
