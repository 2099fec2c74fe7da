"""The county extends the kiosk's search synonyms through the content bundle."""

from __future__ import annotations

from kiosk.clock import FixedClock
from kiosk.search import find, synonym_table


def test_county_synonyms_arrive_with_the_bundle_and_bad_rows_are_skipped(db, kiosk, county_server, source,
                                                                         publish_again):
    assert kiosk(server=county_server.url).ok
    assert not any("农机购置补贴" in h.title for h in find(db, "铁牛").hits[:3])
    (source / "search").mkdir()
    (source / "search" / "synonyms.txt").write_text(
        "# 本县的叫法\n铁牛\t农机购置补贴\n只有一个词\n", encoding="utf-8")
    result = publish_again(source)
    assert result["sequence"] == 2
    report = kiosk(server=county_server.url, at=FixedClock("2026-11-23T03:00:00+08:00"))
    assert report.ok, report.errors
    assert db.execute("SELECT seq, line FROM search_synonyms").fetchall() == [
        (2, "铁牛\t农机购置补贴"), (3, "只有一个词")]
    assert "农机购置补贴" in find(db, "铁牛").hits[0].title
    assert [str(p) for p in synonym_table(db).problems] == [
        "县级同义词表第 3 行：至少要有两个词语（同义的词用“、”分开），已跳过"]
    # The shipped table still works alongside the county's.
    assert "最低生活保障" in synonym_table(db).expansions("低保")
