"""朗读 on every page (the text starts with the page's title; failures say so) and 上一页/下一页 paging."""

from __future__ import annotations

import subprocess

from kiosk.store import payouts_repo
from tests.conftest import GONGKAI
from tests.ui.helpers import all_items, root, root_call, tap, visible_item, visible_items
from ui.screenshot import settle
from ui.shots import PAGES, page_speech, show_page


def _title(ui, page: str) -> str:
    if page == "home":
        return ui.home.property("townshipName")
    if page == "search":
        return "搜索"
    if page in ("status", "my-payouts"):
        return {"status": "进度查询", "my-payouts": "查我的补贴"}[page]
    if page.startswith("eligibility"):
        return "我能享受哪些政策"  # the page's toolbar title
    if page == "image":
        return ui.nav.last_opened().property("title")
    return ui.nav.last_opened().property("title")


def test_every_page_has_speech_that_starts_with_its_title(ui):
    full_names = {r["recipient_name"] for r in ui.db.execute("SELECT recipient_name FROM payouts LIMIT 2000").fetchall()
                  for r in [{"recipient_name": r[0]}]}
    for page in [p for p in PAGES if p not in ("staff", "idle")]:  # idle is an overlay over a page
        ui.idle.continueSession()
        root_call(ui, "goHome")
        show_page(ui, page, None)
        settle(20)
        text = page_speech(ui)
        assert text.strip(), page
        assert text.startswith(_title(ui, page)), (page, text[:80])
        assert len(text.splitlines()) >= 2, page  # more than the title: what is on the page
        if page in ("payouts", "my-payouts"):
            assert not any(name in text for name in full_names), page  # masked names only
    ui.idle.continueSession()


def test_home_speech_guides_through_every_tile(ui):
    text = page_speech(ui)
    for tile in ("标准目录", "村务公开", "补贴查询", "政策解读", "申请公开", "进度查询"):
        assert tile in text
    assert "朗读" in text


def test_the_home_read_aloud_button_speaks_the_page_text(ui, qtbot):
    tap(ui, visible_item(ui, "homeReadAloud"))
    assert ui.speech.last_text == page_speech(ui)
    ui.speech.stop()


class FailingJob:
    def __init__(self, title, body, out, voice):
        self.wav_path = out

    def start(self):
        pass

    def cancel(self):
        pass

    def poll(self):
        return "failed"


def test_speech_failure_shows_a_message_and_the_button_returns_to_read(ui, qtbot):
    root_call(ui, "openTarget", "policies", "")
    factory = ui.speech._job_factory
    ui.speech._job_factory = FailingJob
    try:
        tap(ui, visible_item(ui, "readAloudButton"))
        qtbot.waitUntil(lambda: ui.speech.property("state") == "failed", timeout=30_000)
        box = all_items(ui, "messageBox")[0]
        qtbot.waitUntil(box.isVisible, timeout=30_000)
        assert "无法朗读" in root(ui).property("message")
        assert visible_item(ui, "readAloudButton").property("text") == "朗读"
    finally:
        ui.speech._job_factory = factory
        root(ui).setProperty("message", "")


def test_no_sound_device_is_a_visible_failure_not_a_stuck_stop_button(qapp, qtbot, tmp_path):
    from tests.ui.conftest import FakeSpeechJob
    from ui.models.read_aloud import NO_AUDIO, ReadAloud

    speech = ReadAloud(out_dir=tmp_path, job_factory=FakeSpeechJob, audio_outputs=lambda: [], poll_ms=5)
    with qtbot.waitSignal(speech.failed, timeout=30_000) as blocker:
        speech.speakText("政策解读\n第 1 项")
    assert blocker.args == [NO_AUDIO] and not speech.property("active")


def test_next_page_moves_the_payout_list_by_a_page_and_the_end_text_is_true(ui, qtbot):
    village, item, year = payouts_repo.busiest_selection(ui.db)
    root_call(ui, "openTarget", "payouts", f"{village}|{item}|{year}")
    model = ui.nav.last_opened()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
    settle(30)
    pager = visible_item(ui, "pager")
    first, last = pager.firstVisible(), pager.lastVisible()
    assert first == 0 and last > 3
    assert "已全部显示" not in visible_item(ui, "pagerText").property("text")
    tap(ui, visible_item(ui, "pageDownButton"))
    settle(30)
    assert pager.firstVisible() == last  # the bottom row is now the top one: nothing skipped
    tap(ui, visible_item(ui, "pageUpButton"))
    settle(30)
    assert pager.firstVisible() == 0
    listview = visible_item(ui, "payoutList")
    for _ in range(20):  # flick to the end until every row is loaded
        listview.positionViewAtEnd()
        settle(20)
        if model.rowCount() >= model.property("total"):
            break
    listview.positionViewAtEnd()
    settle(30)
    assert model.rowCount() == model.property("total")
    assert visible_item(ui, "pagerText").property("text") == f"共 {model.property('total')} 条，已全部显示"
    assert not visible_item(ui, "pageDownButton").isEnabled()


def test_screenshot_speech_writes_the_page_text(module_db_path, tmp_path):
    out = tmp_path / "speech.txt"
    result = subprocess.run(
        [*GONGKAI, "screenshot", "catalogue", "--db", str(module_db_path), "--speech", str(out), "--check"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("标准目录\n") and "共 26 项" in text
    import json

    assert json.loads(result.stdout)["ok"] is True


def test_an_unasked_reading_fails_quietly_and_a_tapped_one_says_why(qapp, qtbot, tmp_path):
    """政策找人 reads each question as it appears: on a kiosk without a speaker that must not cover the
    screen with 没有可用的扬声器 at every question (the live walk saw it over the privacy line); 朗读 still says it."""
    from tests.ui.conftest import FakeSpeechJob
    from ui.models.read_aloud import NO_AUDIO, ReadAloud

    speech = ReadAloud(out_dir=tmp_path, job_factory=FakeSpeechJob, audio_outputs=lambda: [], poll_ms=5)
    heard = []
    speech.failed.connect(heard.append)
    speech.announce("第1题", "您今年多大年纪？")
    qtbot.waitUntil(lambda: speech.property("state") == "failed", timeout=10000)
    assert heard == [] and not speech.property("active")
    with qtbot.waitSignal(speech.failed, timeout=10000) as blocker:
        speech.speak("第1题", "您今年多大年纪？")
    assert blocker.args == [NO_AUDIO]


class StillPreparing(FailingJob):
    def poll(self):
        return "running"


def test_the_page_title_keeps_one_line_and_the_bar_its_height_while_reading(ui, qtbot):
    """Portrait 长辈模式, 政策找人 reading its question: 停止朗读 took the title's room, 我能享受哪些政策 broke
    inside a word onto a second line and the whole page moved down a line (the live walk's first question)."""
    ui.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: root(ui).property("portrait"), timeout=10000)
    ui.theme.elder = True
    try:
        root_call(ui, "openTarget", "eligibility", "")
        qtbot.waitUntil(lambda: bool(visible_items(ui, "questionText")), timeout=10000)
        ui.speech.stop()
        settle(50)
        title = visible_item(ui, "pageTitle")
        bar_height = title.parentItem().parentItem().height()
        assert title.property("text") == "我能享受哪些政策" and title.property("lineCount") == 1
        assert title.property("font").pixelSize() >= ui.theme.property("body")
        factory = ui.speech._job_factory
        ui.speech._job_factory = StillPreparing  # 停止朗读 stays up however long the test looks
        tap(ui, visible_item(ui, "readAloudButton"))
        qtbot.waitUntil(lambda: visible_item(ui, "readAloudButton").property("text") == "停止朗读", timeout=10000)
        settle(50)
        assert visible_item(ui, "readAloudButton").property("text") == "停止朗读"
        assert title.property("lineCount") == 1 and title.parentItem().parentItem().height() == bar_height
    finally:
        ui.speech._job_factory = factory
        ui.speech.stop()
        ui.theme.elder = False
        ui.window.resize(1920, 1080)
