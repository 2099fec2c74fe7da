"""A kiosk syncs the whole township from the county server, then only the changes."""

from __future__ import annotations

import datetime as dt

from kiosk.clock import FixedClock
from kiosk.content.home import home_summary
from kiosk.search import search
from sync.status import sync_status
from tests.sync.conftest import DOCUMENTS_KEPT, PAYOUTS_KEPT, content_snapshot


def test_full_then_delta_sync(db, kiosk, county_server, source, publish_again, clock):
    report = kiosk(server=county_server.url)
    assert report.ok, report.errors
    assert report.message == "成功：已更新到第 1 版"
    snap = content_snapshot(db)
    assert snap["documents"] == DOCUMENTS_KEPT and snap["payouts"] == PAYOUTS_KEPT
    assert snap["villages"] == 14 and snap["notices"] > 100 and snap["attachments"] > 0
    assert snap["township"] == 1 and snap["calendar_days"] > 0
    state = snap["sync_state"]
    assert state["last_sequence"] == "1"
    assert state["content_updated_at"] == "2026-11-22T02:00:00+08:00"
    assert state["bundle_expires_at"] == "2026-11-29T02:00:00+08:00"
    summary = home_summary(db, clock)
    assert summary.township_name == "青禾镇" and not summary.stale
    assert "2026" in summary.updated_text
    assert any(p.endswith("000001-full/content.sqlite") for p in county_server.paths())

    # The county removes one document, corrects one notice title and publishes again.
    victim = sorted((source / "documents").glob("*.txt"))[0]
    gone_title = victim.read_text(encoding="utf-8").splitlines()[0].split("：", 1)[1]
    victim.unlink()
    notice = sorted((source / "notices").glob("*.txt"))[0]
    notice.write_text(notice.read_text(encoding="utf-8").replace("标题：", "标题：（更正）", 1), encoding="utf-8")
    result = publish_again(source)
    assert result["sequence"] == 2 and result["delta"]["changes"] == {"documents-": 1, "notices": 1}

    county_server.seen.clear()
    report = kiosk(server=county_server.url, at=FixedClock("2026-11-23T03:00:00+08:00"))
    assert report.ok and report.message == "成功：已更新到第 2 版"
    fetched = county_server.paths()
    assert any("000002-delta-000001/content.sqlite" in p for p in fetched)
    assert not any("full" in p for p in fetched), "a kiosk one version behind downloads only the delta"
    assert not any("/attachments/" in p for p in fetched), "attachments it already holds are not fetched again"
    after = content_snapshot(db)
    assert after["documents"] == DOCUMENTS_KEPT - 1
    assert gone_title not in [r[0] for r in db.execute("SELECT title FROM documents")]
    assert db.execute("SELECT count(*) FROM notices WHERE title LIKE '（更正）%'").fetchone()[0] == 1
    assert after["payouts"] == PAYOUTS_KEPT and after["attachments"] == snap["attachments"]
    # Search follows: the corrected title is found, the removed document is not.
    hits = [h.title for g in search(db, "更正") for h in g.hits]
    assert any(t.startswith("（更正）") for t in hits)
    assert all(h.title != gone_title for g in search(db, gone_title) for h in g.hits if g.kind == "document")
    assert after["sync_state"]["last_sequence"] == "2"

    # Nothing new: nothing downloaded beyond the index.
    county_server.seen.clear()
    report = kiosk(server=county_server.url, at=FixedClock("2026-11-23T04:00:00+08:00"))
    assert report.ok and report.message.startswith("成功：已是最新（第 2 版）")
    assert [p for p in county_server.paths() if "bundles" in p] == []


def test_kiosk_two_versions_behind_follows_the_delta_chain(db, kiosk, county_server, source, publish_again):
    assert kiosk(server=county_server.url).ok
    docs = sorted((source / "documents").glob("*.txt"))
    docs[0].unlink()
    publish_again(source, "2026-11-23T02:00:00+08:00")
    docs[1].unlink()
    publish_again(source, "2026-11-24T02:00:00+08:00")
    county_server.seen.clear()
    report = kiosk(server=county_server.url, at=FixedClock("2026-11-24T03:00:00+08:00"))
    assert report.ok and report.applied == [2, 3]
    assert not any("full" in p for p in county_server.paths())
    assert content_snapshot(db)["documents"] == DOCUMENTS_KEPT - 2


def test_expired_bundle_is_applied_with_the_freeze_warning(db, kiosk, county_server):
    # The county stopped publishing (or someone froze the mirror): ten days later the data is still
    # shown, and the home screen says it may be out of date.
    later = FixedClock("2026-12-02T10:00:00+08:00")
    report = kiosk(server=county_server.url, at=later)
    assert report.ok and report.stale
    assert "数据可能已过期" in report.message
    assert home_summary(db, later).stale
    status = sync_status(db, later.now())
    assert status["stale"] and status["last_sequence"] == 1
    assert dt.datetime.fromisoformat(status["last_sync_at"]) == later.now()


def test_next_years_calendar_arrives_by_sync_and_fixes_due_dates(db, kiosk, county_server, source, publish_again,
                                                                  clock, config, clerk):
    import json

    from kiosk.requests import service
    from tests.sync.conftest import applicant

    assert kiosk(server=county_server.url).ok
    clock = FixedClock("2026-12-15T10:00:00+08:00")
    late = applicant(1) | {"received": "2026-12-15"}
    number = service.create_request(db, clock, config, clerk, late)["number"]
    assert service.request_view(db, clock, number)["provisional"], "2027 is not covered yet"

    (source / "calendar" / "2027.json").write_text(json.dumps({
        "year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试数据）",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03", "workdays": []}],
    }, ensure_ascii=False), encoding="utf-8")
    publish_again(source)
    report = kiosk(server=county_server.url, at=clock)
    assert report.applied == [2]
    assert "未配置上传令牌" in report.message, "no token: the request stays pending, and the staff are told"
    view = service.request_view(db, clock, number)
    assert not view["provisional"]
    assert {r[0] for r in db.execute("SELECT year FROM calendar_years")} == {2026, 2027}


def test_demo_source_round_trip_keeps_what_residents_see(db, kiosk, repo, demo_db):
    """Demo township -> source folder -> signed bundle -> kiosk: notices, pictures and policy links survive."""
    assert kiosk(from_dir=repo).ok

    def notices(database):
        return sorted(database.execute(
            "SELECT v.name, n.category, n.title, n.posted_on, n.expires_on, n.urgent, n.body "
            "FROM notices n JOIN villages v ON v.id = n.village_id").fetchall())

    def pictures(database):
        return sorted(database.execute(
            "SELECT n.title, a.sha256, a.size FROM notice_attachments na JOIN notices n ON n.id = na.notice_id "
            "JOIN attachments a ON a.sha256 = na.sha256").fetchall())

    def interpretations(database):
        return sorted(database.execute(
            "SELECT i.title, p.title FROM policies i JOIN policies p ON p.id = i.interprets_id").fetchall())

    assert notices(db) == notices(demo_db)
    assert pictures(db) == pictures(demo_db)
    assert interpretations(db) == interpretations(demo_db) and len(interpretations(db)) > 10
    from kiosk.masking import mask_name

    first_payouts = demo_db.execute(
        "SELECT recipient_name, amount_fen, paid_on FROM payouts ORDER BY id LIMIT 1500").fetchall()
    # Residents see masked names; the bundle carries exactly those, and no ID digits at all.
    assert sorted(db.execute("SELECT recipient_name, amount_fen, paid_on FROM payouts").fetchall()) == \
        sorted((mask_name(n), a, p) for n, a, p in first_payouts)
    assert {r[0] for r in db.execute("SELECT id_last4 FROM payouts")} == {"****"}
