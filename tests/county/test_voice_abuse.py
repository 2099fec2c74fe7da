"""The resident's voice in the console against what an adversarial tester tried (SQLite and PostgreSQL):
a question id chosen by a kiosk never names, and so never overwrites, a township's own FAQ file when
its answer is published; viewers see call-back phones and commenters masked, handlers whole."""

from __future__ import annotations

import json
import uuid

import pytest

from county import feedback
from county.console import accounts
from county.store import records
from kiosk.clock import FixedClock
from kiosk.errors import ValidationError
from tests.county.test_console import csrf_of, login
from tests.county.test_voice import county_app  # noqa: F401 - the fixture: the county app with a source folder
from tests.sync.conftest import TOWNSHIP

CLOCK = FixedClock("2026-11-24T09:00:00+08:00")
PHONE = "13907961234"


def _store(store, kind: str, ref: str, data: dict) -> None:
    """A record as a kiosk's upload leaves it (county_records), whatever id the kiosk chose."""
    with store.engine.begin() as conn:
        conn.execute(records.insert().values(kind=kind, ref=ref, township=TOWNSHIP, kiosk_id="K01",
                                             data=json.dumps(data, ensure_ascii=False),
                                             first_received_at="2026-11-22T22:00:00+08:00",
                                             last_received_at="2026-11-22T22:00:00+08:00"))


def _ask(store, ref: str, text: str, phone: str = PHONE) -> None:
    _store(store, "question", ref, {"uuid": ref, "asked_at": "2026-11-20T10:00:00+08:00", "channel": "kiosk",
                                    "topic": "教育就学", "text": text, "phone": phone, "counter_answer": ""})


def _staff(store):
    for user, role in (("viewer1", "viewer"), ("handler1", "handler"), ("admin1", "admin")):
        accounts.add_staff(store, CLOCK, user, f"{user}姓名", role, "correct-horse-1")


def _faq_files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "faq").iterdir())}


def test_a_question_id_chosen_by_a_kiosk_never_overwrites_the_townships_own_faq(county_app, store):  # noqa: F811
    folder = county_app.state.sources / TOWNSHIP
    own = _faq_files(folder)
    assert "0001.txt" in own, "the township's own FAQ files are numbered"
    _ask(store, "0001", "学校什么时候报名？")
    _staff(store)
    handler, _ = login(county_app.url, "handler1")
    page = handler.get("/console/voice")
    refused = handler.post("/console/voice/answer/0001", data={
        "csrf": csrf_of(page), "answer": "每年七月在镇中心小学报名。", "publish": "1"})
    assert refused.status_code == 400 and "不是一体机生成的编号" in refused.text
    assert _faq_files(folder) == own, "the township's FAQ is untouched"
    assert not feedback.questions(store)[0]["answer"], "a refused form saves nothing"
    # The command line (gongkai voice publish-faq) goes through the same function.
    feedback.answer(store, CLOCK, "0001", "每年七月在镇中心小学报名。", "县政务公开办")
    with pytest.raises(ValidationError, match="不是一体机生成的编号"):
        feedback.publish_faq(store, CLOCK, county_app.state.sources, "0001")
    for odd in ("../township", "q-0001", "0" * 31 + "g"):
        with pytest.raises(ValidationError, match="不是一体机生成的编号"):
            feedback.faq_file_name(odd)
    assert _faq_files(folder) == own

    ref = uuid.uuid4().hex
    _ask(store, ref, "小学什么时候报名？")
    page = handler.get("/console/voice")
    first = handler.post(f"/console/voice/answer/{ref}", data={
        "csrf": csrf_of(page), "answer": "每年七月在镇中心小学报名。", "publish": "1"})
    assert first.status_code == 200 and "已答复并写入简明问答" in first.text
    assert f"已发布为简明问答（faq/q-{ref}.txt）" in first.text
    again = handler.post(f"/console/voice/answer/{ref}", data={
        "csrf": csrf_of(page), "answer": "每年七月一日起在镇中心小学报名。", "publish": "1", "question": "小学何时报名？"})
    assert again.status_code == 200, "republishing the same question updates its own file"
    now = _faq_files(folder)
    assert set(now) == set(own) | {f"q-{ref}.txt"} and all(now[n] == own[n] for n in own)
    assert now[f"q-{ref}.txt"].decode("utf-8").startswith("问题：小学何时报名？\n类别：教育就学\n")
    assert "七月一日起" in now[f"q-{ref}.txt"].decode("utf-8")
    handler.close()


def test_publishing_never_replaces_a_file_another_hand_put_under_the_questions_name(county_app, store):  # noqa: F811
    folder = county_app.state.sources / TOWNSHIP
    ref = uuid.uuid4().hex
    _ask(store, ref, "低保什么时候评？")
    placed = folder / "faq" / f"q-{ref}.txt"
    placed.write_text("问题：别人的问题\n类别：其他\n发布日期：2026-01-01\n\n别人的答复\n", encoding="utf-8")
    feedback.answer(store, CLOCK, ref, "每年三月评议。", "县政务公开办")
    with pytest.raises(ValidationError, match="不是这条留言发布的，未覆盖"):
        feedback.publish_faq(store, CLOCK, county_app.state.sources, ref)
    assert "别人的答复" in placed.read_text(encoding="utf-8")
    assert feedback.questions(store)[0]["published_as"] == "", "nothing recorded as published"
    assert not list((folder / "faq").glob("*.tmp")), "no temporary file left behind"


def test_a_question_published_under_the_old_name_moves_to_its_own_file(county_app, store):  # noqa: F811
    folder = county_app.state.sources / TOWNSHIP
    ref = uuid.uuid4().hex
    _ask(store, ref, "医保什么时候缴费？")
    feedback.answer(store, CLOCK, ref, "每年九月至十二月缴费。", "县政务公开办")
    old = folder / "faq" / f"{ref}.txt"
    old.write_text("问题：医保什么时候缴费？\n类别：教育就学\n发布日期：2026-11-01\n\n旧答复\n", encoding="utf-8")
    with store.engine.begin() as conn:
        conn.execute(feedback.answers.update().values(published_as=f"faq/{ref}.txt"))
    written = feedback.publish_faq(store, CLOCK, county_app.state.sources, ref)
    assert written.name == f"q-{ref}.txt" and not old.exists(), "one 简明问答 for the question, not two"


def test_viewers_see_call_back_phones_and_commenters_masked_handlers_whole(county_app, store):  # noqa: F811
    _ask(store, uuid.uuid4().hex, "学校什么时候报名？")
    _ask(store, uuid.uuid4().hex, "路灯坏了找谁？", "0796-6123456")
    from county import drafts as county_drafts

    draft = county_drafts.drafts(county_app.state.sources, TOWNSHIP, CLOCK.now().date())[0]
    _store(store, "comment", uuid.uuid4().hex, {
        "uuid": "x", "draft_id": draft["id"], "draft_title": draft["title"], "commented_at": "2026-11-21T10:00:00+08:00",
        "text": "宴席八桌为宜。", "name": "王秀英", "phone": "13812345678"})
    _staff(store)
    viewer, _ = login(county_app.url, "viewer1")
    seen = viewer.get("/console/voice").text
    assert "学校什么时候报名？" in seen and "宴席八桌为宜。" in seen
    for whole in (PHONE, "0796-6123456", "6123456", "13812345678", "王秀英"):
        assert whole not in seen, whole
    assert "139****1234" in seen and "138****5678" in seen and "王*" in seen
    viewer.close()
    for who in ("handler1", "admin1"):
        client, _ = login(county_app.url, who)
        seen = client.get("/console/voice").text
        assert PHONE in seen and "0796-6123456" in seen and "13812345678" in seen and "王秀英" in seen, who
        client.close()
