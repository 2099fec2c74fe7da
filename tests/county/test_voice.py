"""The resident's voice end to end (issue 26), on SQLite and PostgreSQL: a question left at one kiosk
goes up by the nightly sync, the county answers it and publishes it as a 简明问答, and another kiosk
of the township finds it by search after its own sync; ratings reach the console with their 差评
follow-up, per township and service, and in the monthly chart."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

import county
from county import feedback
from county.publish import publish
from kiosk.clock import FixedClock
from kiosk.errors import ValidationError
from kiosk.feedback import questions, ratings
from kiosk.search import find
from kiosk.store import open_store
from sync.client import SyncTarget, run_sync
from sync.transport import Backoff
from tests.sync.conftest import TOWNSHIP, start_county

ASKED = "村里的自来水管道改造什么时候开始施工？"
ANSWER = "自来水管网改造工程计划于明年三月开工，施工前会在村务公开栏张贴停水通知。"


@pytest.fixture
def county_app(repo, store, small_source, tmp_path):
    """The real county app on `store`, with a source folder for the township it can publish into."""
    sources = tmp_path / "sources"
    shutil.copytree(small_source, sources / TOWNSHIP)
    running = start_county(repo, store=store, sources=sources)
    running.state.sources = sources
    yield running
    running.server.stop()


def _sync(db, county_app, signing_keys, tmp_path, kiosk_id: str, at: str):
    token = county.issue_token(county_app.store, TOWNSHIP, kiosk_id, FixedClock(at))
    target = SyncTarget(township=TOWNSHIP, trusted_keys=[str(signing_keys[1])], kiosk_id=kiosk_id,
                        server_url=county_app.url, upload_token=token)
    return run_sync(db, target, FixedClock(at), staging=tmp_path / f"staging-{kiosk_id}",
                    backoff=Backoff(attempts=1, sleep=lambda _s: None))


def test_a_question_answered_and_published_is_found_by_search_on_another_kiosk(
        county_app, db, store, repo, signing_keys, tmp_path):
    asked_at = FixedClock("2026-11-22T10:00:00+08:00")
    questions.ask(db, asked_at, "其他", ASKED, "13907961234")
    report = _sync(db, county_app, signing_keys, tmp_path, "K01", "2026-11-22T22:00:00+08:00")
    assert report.uploaded["question"] == 1

    held = feedback.questions(store, TOWNSHIP)
    assert [(q["text"], q["phone"], q["channel"]) for q in held] == [(ASKED, "13907961234", "查询机留言")]
    ref = held[0]["ref"]
    county_clock = FixedClock("2026-11-23T09:00:00+08:00")
    with pytest.raises(ValidationError, match="身份证号码或电话号码"):
        feedback.answer(store, county_clock, ref, "请拨打 13907961234 联系施工队", "县政务公开办")
    with pytest.raises(ValidationError, match="请先答复"):
        feedback.publish_faq(store, county_clock, county_app.state.sources, ref)
    feedback.answer(store, county_clock, ref, ANSWER, "县政务公开办")
    written = feedback.publish_faq(store, county_clock, county_app.state.sources, ref)
    assert "13907961234" not in written.read_text(encoding="utf-8")  # the call-back phone stays at the county
    assert feedback.questions(store)[0]["published_as"] == f"faq/{written.name}"
    publish(county_app.state.sources / TOWNSHIP, repo, signing_keys[0], FixedClock("2026-11-24T02:00:00+08:00"))

    other = open_store(tmp_path / "other-kiosk.db")
    try:
        _sync(other, county_app, signing_keys, tmp_path, "K02", "2026-11-24T03:00:00+08:00")
        result = find(other, "自来水管道改造什么时候施工")
        hits = result.hits
        assert hits and (hits[0].kind, hits[0].title, hits[0].label) == ("faq", ASKED, "简明问答")
        assert (result.best.kind, result.best.title, result.best.answer) == ("faq", ASKED, ANSWER)  # the card
        assert ANSWER[:12] in hits[0].snippet.replace("\u2026", "") or "自来水" in hits[0].snippet
        shown = other.execute("SELECT question, answer FROM faq WHERE question = ?", [ASKED]).fetchall()
        assert shown == [(ASKED, ANSWER)]
        assert not other.execute("SELECT count(*) FROM faq WHERE answer LIKE '%1390796%'").fetchone()[0]
    finally:
        other.close()


def test_ratings_reach_the_console_with_their_follow_up_and_the_monthly_chart(county_app, db, store, signing_keys,
                                                                             tmp_path):
    for at, score, reason, service in (("2026-10-09T10:00:00+08:00", 5, "", "request"),
                                       ("2026-10-20T10:00:00+08:00", 4, "", "zone"),
                                       ("2026-11-03T10:00:00+08:00", 2, "等候时间太长", "request"),
                                       ("2026-11-05T10:00:00+08:00", 5, "", "request")):
        ratings.rate(db, FixedClock(at), score, reason, service=service, channel="counter",
                     request_number="362430101-K01-2026-00001-R" if service == "request" else "")
    report = _sync(db, county_app, signing_keys, tmp_path, "K01", "2026-11-22T22:00:00+08:00")
    assert report.uploaded["rating"] == 4

    items = feedback.ratings(store, TOWNSHIP)
    assert feedback.by_service(items) == [
        {"township": TOWNSHIP, "service": "依申请公开", "levels": [2, 0, 0, 1, 0], "total": 3, "open": 1},
        {"township": TOWNSHIP, "service": "公开专区", "levels": [0, 1, 0, 0, 0], "total": 1, "open": 0}]
    bad = [r for r in items if r["bad"]]
    assert [(r["level"], r["reason"], r["followup"], r["request_number"]) for r in bad] == [
        ("不满意", "等候时间太长", "待整改", "362430101-K01-2026-00001-R")]
    assert feedback.year_counts(items, 2026) == {"非常满意": 2, "满意": 1, "基本满意": 0, "不满意": 1,
                                                 "非常不满意": 0, "合计": 4, "差评": 1}

    clock = FixedClock("2026-11-23T09:00:00+08:00")
    with pytest.raises(ValidationError, match="写明整改情况"):
        feedback.set_followup(store, clock, bad[0]["ref"], "已整改", "", "县政务公开办")
    good = next(r for r in items if not r["bad"])
    with pytest.raises(ValidationError, match="需要整改"):
        feedback.set_followup(store, clock, good["ref"], "整改中", "", "县政务公开办")
    feedback.set_followup(store, clock, bad[0]["ref"], "已整改", "高峰时段增开一个窗口", "县政务公开办")
    again = feedback.ratings(store, TOWNSHIP)
    assert [(r["followup"], r["note"]) for r in again if r["bad"]] == [("已整改", "高峰时段增开一个窗口")]
    assert feedback.by_service(again)[0]["open"] == 0

    months = feedback.monthly(again)
    assert months == {"2026-10": {5: 1, 4: 1, 3: 0, 2: 0, 1: 0}, "2026-11": {5: 1, 4: 0, 3: 0, 2: 1, 1: 0}}
    svg = feedback.chart_svg(months, "青禾镇好差评")
    assert svg.startswith("<svg") and svg.count("<rect") == 4 + 5  # four segments and the legend's five keys
    assert "2026-11 不满意 1 条" in svg


def test_text_that_looks_like_an_id_or_phone_is_refused_everywhere_it_could_be_shown(db, clock):
    with pytest.raises(ValidationError, match="身份证号码或电话号码"):
        questions.ask(db, clock, "其他", "我的身份证 36243019800101001X 办的事怎么样了")
    with pytest.raises(ValidationError, match="身份证号码或电话号码"):
        ratings.rate(db, clock, 1, "打 0796 6123456 没人接", service="zone", channel="kiosk")
    with pytest.raises(ValidationError, match="最多 300 个字"):
        questions.ask(db, clock, "其他", "问" * 301)
    with pytest.raises(ValidationError, match="不满意的原因"):
        ratings.rate(db, clock, 2, "", service="zone", channel="kiosk")
    with pytest.raises(ValidationError, match="回电号码"):
        questions.ask(db, clock, "其他", "低保什么时候评？", "12345")
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0  # nothing saved, nothing queued


def test_the_console_shows_ratings_and_questions_and_a_handler_follows_up_answers_and_publishes(
        county_app, db, store, signing_keys, tmp_path):
    import httpx

    from county.console import accounts
    from tests.county.test_console import csrf_of, login

    ratings.rate(db, FixedClock("2026-11-03T10:00:00+08:00"), 1, "问题没有解决", service="request",
                 channel="counter", request_number="362430101-K01-2026-00009-R")
    ratings.rate(db, FixedClock("2026-11-04T10:00:00+08:00"), 4, service="zone", channel="kiosk")
    questions.ask(db, FixedClock("2026-11-05T10:00:00+08:00"), "教育就学", "学校什么时候开始报名？", "13907961234")
    _sync(db, county_app, signing_keys, tmp_path, "K01", "2026-11-22T22:00:00+08:00")
    clock = FixedClock("2026-11-24T09:00:00+08:00")
    accounts.add_staff(store, clock, "viewer1", "查看员", "viewer", "correct-horse-1")
    accounts.add_staff(store, clock, "handler1", "经办员", "handler", "correct-horse-1")
    with httpx.Client(base_url=county_app.url) as anonymous:
        assert anonymous.get("/console/voice").status_code == 303

    viewer, _ = login(county_app.url, "viewer1")
    page = viewer.get(f"/console/voice?township={TOWNSHIP}")
    assert page.status_code == 200
    assert "依申请公开" in page.text and "非常不满意" in page.text and "问题没有解决" in page.text
    assert page.text.count("<svg") == 1 and "2026-11 非常不满意 1 条" in page.text
    # Handlers call back and see the number whole; a viewer sees it masked (as applicants' phones).
    assert "学校什么时候开始报名？" in page.text and "139****1234" in page.text and "13907961234" not in page.text
    report = viewer.get("/console/report?year=2026")
    assert report.status_code == 200 and "2026 年好差评" in report.text
    assert "<td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>1</td>" in report.text.replace("\n", "")
    bad_ref = feedback.ratings(store)[0]["ref"]
    refused = viewer.post(f"/console/voice/followup/{bad_ref}",
                          data={"csrf": csrf_of(page), "status": "整改中", "note": "x"})
    assert refused.status_code == 403  # a viewer records nothing
    viewer.close()

    handler, _ = login(county_app.url, "handler1")
    page = handler.get("/console/voice")
    assert "13907961234" in page.text  # the handler calls back
    done = handler.post(f"/console/voice/followup/{bad_ref}",
                        data={"csrf": csrf_of(page), "status": "整改中", "note": "已约谈经办人"})
    assert done.status_code == 200 and "已登记整改状态：整改中" in done.text
    assert feedback.ratings(store)[0]["followup"] == "整改中"
    q_ref = feedback.questions(store)[0]["ref"]
    phone = handler.post(f"/console/voice/answer/{q_ref}", data={"csrf": csrf_of(page), "answer": "请拨 13907961234",
                                                                  "publish": "1"})
    assert phone.status_code == 400 and "身份证号码或电话号码" in phone.text
    assert not feedback.questions(store)[0]["answer"]
    published = handler.post(f"/console/voice/answer/{q_ref}", data={
        "csrf": csrf_of(page), "answer": "每年七月在镇中心小学报名，具体时间见招生公告。", "publish": "1",
        "question": "小学什么时候报名？"})
    assert published.status_code == 200 and "已答复并写入简明问答" in published.text
    faq_text = (county_app.state.sources / TOWNSHIP / "faq" / f"q-{q_ref}.txt").read_text(encoding="utf-8")
    assert faq_text.startswith("问题：小学什么时候报名？\n类别：教育就学\n")

    # 意见征集: the demo's drafts, each with its state; the closed one has its 采纳情况 (the console's clock: 11-24).
    assert "东岭村村规民约（修订草案）" in page.text and "正在征求意见" in page.text
    assert "农村人居环境整治三年行动方案" in page.text and "已公布采纳情况" in page.text
    handler.close()


def test_a_kiosk_comment_goes_up_is_decided_and_the_adoption_reaches_every_kiosk_beside_the_draft(
        county_app, db, store, repo, signing_keys, tmp_path):
    from county import drafts as county_drafts
    from kiosk.feedback import drafts
    from ui.models.navigator import Navigator

    _sync(db, county_app, signing_keys, tmp_path, "K01", "2026-11-22T08:00:00+08:00")  # the demo's drafts arrive
    open_draft = next(d for d in drafts.drafts(db) if "村规民约" in d.title)
    on_kiosk = FixedClock("2026-11-22T10:00:00+08:00")
    assert open_draft.state(on_kiosk.now().date()) == "open"
    drafts.comment(db, on_kiosk, open_draft.id, "红白喜事宴席十桌太多，建议不超过八桌。", consent=True, name="王秀英",
                   phone="13907961234")
    drafts.comment(db, FixedClock("2026-11-22T10:05:00+08:00"), open_draft.id, "河道垃圾要有人定期巡查。")
    with pytest.raises(ValidationError, match="身份证号码或电话号码"):
        drafts.comment(db, on_kiosk, open_draft.id, "有事打我电话 13907961234")
    report = _sync(db, county_app, signing_keys, tmp_path, "K01", "2026-11-22T22:00:00+08:00")
    assert report.uploaded["comment"] == 2

    sources = county_app.state.sources
    county_clock = FixedClock("2026-12-20T09:00:00+08:00")
    listed = county_drafts.drafts(sources, TOWNSHIP, county_clock.now().date())
    entry = next(d for d in listed if d["id"] == open_draft.id)
    assert entry["closed"] and not entry["adoption_published"] and not entry["overdue"]
    got = county_drafts.comments(store, TOWNSHIP, open_draft.id)
    assert [(c["text"][:6], c["name"], c["phone"]) for c in got] == [("红白喜事宴席", "王秀英", "13907961234"),
                                                                      ("河道垃圾要有", "", "")]
    with pytest.raises(ValidationError, match="还有 2 条意见没有标明采纳情况"):
        county_drafts.publish_adoption(store, county_clock, sources, TOWNSHIP, open_draft.id)
    with pytest.raises(ValidationError, match="请写明理由"):
        county_drafts.decide(store, county_clock, got[0]["ref"], "部分采纳", "", "县政务公开办")
    county_drafts.decide(store, county_clock, got[0]["ref"], "部分采纳", "宴席标准改为不超过八桌，其余不变", "县政务公开办")
    county_drafts.decide(store, county_clock, got[1]["ref"], "采纳", "", "县政务公开办")
    written = county_drafts.publish_adoption(store, county_clock, sources, TOWNSHIP, open_draft.id)
    text = written.read_text(encoding="utf-8")
    assert "共收到群众意见 2 条，其中采纳 1 条、部分采纳 1 条、未采纳 0 条" in text
    assert "王秀英" not in text and "13907961234" not in text  # the commenter is never published
    publish(sources / TOWNSHIP, repo, signing_keys[0], FixedClock("2026-12-20T12:00:00+08:00"))

    other = open_store(tmp_path / "other-kiosk.db")
    try:
        later = FixedClock("2026-12-21T09:00:00+08:00")
        _sync(other, county_app, signing_keys, tmp_path, "K02", "2026-12-21T09:00:00+08:00")
        shown = drafts.draft(other, open_draft.id)
        assert shown.state(later.now().date()) == "closed" and "部分采纳 1 条" in shown.adoption
        with pytest.raises(ValidationError, match="已于.*截止"):
            drafts.comment(other, later, open_draft.id, "还想提一条")
        navigator = Navigator(other, later)
        page = navigator.open("draft", str(open_draft.id))
        blocks = [b["text"] for b in page.property("blocks")]
        assert blocks[blocks.index("草案全文") + 1:][-4:] and any(t.startswith("意见采纳情况") for t in blocks)
        assert "不再收集意见" in page.property("notice") and not page.property("links")
    finally:
        other.close()
    # A draft closed long ago without its 采纳情况 is flagged (the demo's other draft has one).
    assert not any(d["overdue"] for d in county_drafts.drafts(sources, TOWNSHIP, county_clock.now().date()))
    written.unlink()
    late = county_drafts.drafts(sources, TOWNSHIP, dt.date(2027, 1, 16))
    assert [d["title"] for d in late if d["overdue"]] == [open_draft.title]


def test_the_county_demo_has_ratings_with_one_bad_under_follow_up_and_comments_on_the_open_draft(
        demo_db, store, small_source, tmp_path):
    from county import drafts as county_drafts
    from county.demo_voice import seed_voice

    clock = FixedClock("2026-11-22T12:00:00+08:00")
    counts = seed_voice(store, demo_db, TOWNSHIP, clock)
    assert counts["ratings"] >= 30 and counts["questions"] == 5 and counts["comments"] == 2
    assert seed_voice(store, demo_db, TOWNSHIP, clock) == counts  # a restart stores nothing twice
    items = feedback.ratings(store, TOWNSHIP)
    bad = [r for r in items if r["bad"]]
    assert [(r["level"], r["reason"], r["followup"]) for r in bad] == [("不满意", "等候时间太长", "整改中")]
    assert len(feedback.monthly(items)) >= 5  # half a year to chart
    sources = tmp_path / "sources"
    shutil.copytree(small_source, sources / TOWNSHIP)
    open_one = next(d for d in county_drafts.drafts(sources, TOWNSHIP, clock.now().date()) if not d["closed"])
    assert "村规民约" in open_one["title"]
    assert len(county_drafts.comments(store, TOWNSHIP, open_one["id"])) == 2  # matched to the published draft
    log = [q for q in feedback.questions(store, TOWNSHIP) if q["channel"] == "现场咨询"]
    assert len(log) == 3 and all(q["counter_answer"] for q in log)


def test_a_handler_decides_comments_and_publishes_the_adoption_in_the_console(county_app, store):
    from county import drafts as county_drafts
    from county.console import accounts
    from tests.county.test_console import csrf_of, login

    clock = FixedClock("2026-11-22T12:00:00+08:00")
    sources = county_app.state.sources
    listed = county_drafts.drafts(sources, TOWNSHIP, clock.now().date())
    closed = next(d for d in listed if d["closed"])
    still_open = next(d for d in listed if not d["closed"])
    county.store_upload(store, TOWNSHIP, "K01", {"comments": [
        {"uuid": "c-closed", "draft_id": closed["id"], "draft_title": closed["title"],
         "commented_at": "2026-08-20T10:00:00+08:00", "text": "垃圾清运要准时。", "name": "王秀英", "phone": "13907961234"},
        {"uuid": "c-open", "draft_id": still_open["id"], "draft_title": still_open["title"],
         "commented_at": "2026-11-21T10:00:00+08:00", "text": "宴席八桌为宜。", "name": "", "phone": ""}]}, clock)
    accounts.add_staff(store, clock, "handler1", "经办员", "handler", "correct-horse-1")
    handler, _ = login(county_app.url, "handler1")
    page = handler.get("/console/voice")
    assert "王秀英" in page.text and "垃圾清运要准时。" in page.text  # staff see who commented
    csrf = csrf_of(page)
    early = handler.post(f"/console/voice/adoption/{TOWNSHIP}:{still_open['id']}", data={"csrf": csrf})
    assert early.status_code == 400 and "截止后才能发布采纳情况" in early.text
    refused = handler.post("/console/voice/decide/c-closed", data={"csrf": csrf, "decision": "未采纳", "reason": ""})
    assert refused.status_code == 400 and "请写明理由" in refused.text
    done = handler.post("/console/voice/decide/c-closed", data={"csrf": csrf, "decision": "采纳", "reason": ""})
    assert done.status_code == 200 and "已标明：采纳" in done.text
    out = handler.post(f"/console/voice/adoption/{TOWNSHIP}:{closed['id']}", data={"csrf": csrf})
    assert out.status_code == 200 and "采纳情况已写入源文件夹" in out.text
    written = (sources / TOWNSHIP / "drafts" / (closed["file"][:-4] + ".采纳情况.txt")).read_text(encoding="utf-8")
    assert "共收到群众意见 1 条，其中采纳 1 条" in written and "王秀英" not in written
    handler.close()
