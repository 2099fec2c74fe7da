"""Issue 24's live walk, offscreen: the three residents of gongkai.bench.resident_walk, in 长辈模式 and
portrait, tapping the on-screen keyboard's own keys (the same journeys `python -m
gongkai.bench.resident_walk --xdotool` drives with real X clicks under Xvfb)."""

from __future__ import annotations

import pytest

from gongkai.bench import resident_walk as walk
from tests.ui.helpers import root, visible_texts


@pytest.fixture
def portrait(ui, qtbot, tmp_path):
    ui.window.resize(*walk.SIZE)
    qtbot.waitUntil(lambda: root(ui).property("portrait"), timeout=10000)
    try:
        yield ui
    finally:
        ui.slips.printer_spec = None
        ui.slips.clear()
        ui.theme.elder = False
        ui.window.resize(1920, 1080)


def _resident(ui, name, tmp_path):
    journey = walk.Journey(name)
    return journey, walk.Resident(ui, journey, tmp_path)


def test_road_money_question_opens_a_current_village_notice(portrait, tmp_path):
    journey, resident = _resident(portrait, "road", tmp_path)
    walk.road_notice(resident)
    texts = visible_texts(portrait)
    assert "项目资金使用情况" in journey.ended and journey.ended in texts  # the notice itself, on screen
    assert not any("已过公示期" in t for t in texts)  # a current one, not last year's archive
    assert journey.seen["rank"] == 1 and journey.seen["results_above_keyboard"] >= 3
    # 长辈模式, 搜索, 23 letters, 7 picks from the candidate bar, the notice: no key found twice.
    assert journey.walk.taps <= 33, journey.walk.log
    assert len(journey.shots) == 5


def test_storm_farmer_gets_a_slip_whose_qr_holds_the_text(portrait, tmp_path):
    portrait.slips.printer_spec = f"pdf-file:{tmp_path / 'printed'}"
    journey, resident = _resident(portrait, "storm", tmp_path)
    walk.storm_slip(resident, tmp_path / "printed")
    results = journey.seen["results"]
    emergency = ["受灾人员救助", "临时救助", "农村危房改造", "防止返贫动态监测和帮扶"]
    assert [title for title, _ in results[:4]] == emergency  # what the storm calls for comes first
    assert dict(results)["受灾人员救助"] == "可能符合"  # 核灾 by the office: never 符合 on the kiosk's word
    assert journey.seen["print_message"] == "已存为打印文件（本机没有接打印机，演示）。"  # a PDF folder, no paper slot
    qr = journey.seen["qr"]  # zbarimg on the printed PDF rasterised at the roll's 203 dpi
    assert qr.startswith("受灾人员救助（可能符合，请到窗口确认）")
    for label in walk.SLIP_FIELDS:
        assert label in qr, label
    assert "0796-6123456" in qr and "身份证、户口簿" in qr
    # The questions were read out unasked on a machine without a speaker: no message covered them.
    assert root(portrait).property("message") == ""
    assert journey.walk.taps == 12, journey.walk.log


@pytest.mark.parametrize("whole", [False, True], ids=["by-character", "name-row"])
def test_elderly_woman_types_her_own_name(portrait, tmp_path, whole):
    journey, resident = _resident(portrait, "name", tmp_path)
    walk.name_in_comment(resident, whole=whole)
    assert journey.seen["name"] == walk.NAME
    resident.pump(200)
    assert resident.candidates() == []  # no words "after" her name offered (兰 → 州, 花, 州市)
    log = journey.walk.log
    if whole:
        assert log[-1] == f"<{walk.NAME}>"  # one tap on the row of names
    else:
        assert "[›]" in log and [e for e in log if e in ("<姜>", "<志>", "<兰>")] == ["<姜>", "<志>", "<兰>"]
    portrait.idle.resetNow()  # the next resident finds no name
    resident.wait(lambda: not resident.visible("commentPage"), "home")
