"""政策找人 driven by taps only, as an elderly resident would: both orientations, elder mode, and no trace left."""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.conftest import FakeSpeechJob
from tests.ui.helpers import root, tap, visible_item, visible_items, visible_texts
from ui.screenshot import grab_window

# An 82-year-old rural widow living alone on a low income, with farmland: the taps she makes (nothing
# happened to her this year: 都没有 on the 近期遭遇 question).
ELDER_TAPS = ["tile_eligibility", "answer_a80", "answer_rural", "answer_alone", "answer_lowincome", "confirmButton",
              "noneButton", "answer_resident", "answer_farmland", "confirmButton"]
QUESTIONS = 7  # the most a resident is asked


def _answer(ui, qtbot, names):
    for name in names:
        qtbot.waitUntil(lambda n=name: bool(visible_items(ui, n)), timeout=30_000)
        tap(ui, visible_item(ui, name))


def _texts(ui):
    return "\n".join(visible_texts(ui))


@pytest.mark.parametrize(("size", "elder"), [((1920, 1080), False), ((1080, 1920), True), ((1080, 1920), False)])
def test_flow_by_taps_only_in_both_orientations(ui, qtbot, size, elder, tmp_path, request):
    ui.window.resize(*size)
    qtbot.waitUntil(lambda: root(ui).property("portrait") == (size[1] > size[0]), timeout=30_000)
    if elder:
        tap(ui, visible_item(ui, "elderToggle"))
    spoken_before = len(FakeSpeechJob.instances)
    tap(ui, visible_item(ui, "tile_eligibility"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "questionText")), timeout=30_000)
    assert visible_item(ui, "questionText").property("text") == "您今年多大年纪？"
    assert "不保存、不上传" in _texts(ui)  # the screen says what happens to the answers
    # The question is read aloud as it appears.
    assert "您今年多大年纪" in FakeSpeechJob.instances[-1].text and len(FakeSpeechJob.instances) > spoken_before
    # Big answers: at least the elder/normal target, larger than ordinary buttons.
    answer = visible_item(ui, "answer_a80")
    qtbot.waitUntil(lambda: answer.height() >= ui.theme.property("target") * 1.5, timeout=30_000)
    _answer(ui, qtbot, ELDER_TAPS[1:5])
    assert "✓ 独居" in _texts(ui)
    _answer(ui, qtbot, ELDER_TAPS[5:])
    # 残疾等级 was not asked (no disabled person): seven questions at most, six asked here.
    qtbot.waitUntil(lambda: bool(visible_items(ui, "resultCard")), timeout=30_000)
    texts = _texts(ui)
    assert "您年满80岁，可申请高龄津贴。" in texts
    assert "可能符合，请到窗口确认" in texts           # 低保 needs the office's means test
    assert "0796-6123456" in texts and "每亩105.5元" in texts
    cards = visible_items(ui, "resultCard")
    assert len(visible_items(ui, "resultQr")) == len(visible_items(ui, "resultReadButton"))
    assert len(cards) >= 1
    shot = grab_window(ui.window, tmp_path / "results.png")
    assert shot.stat().st_size > 10_000
    # 朗读 on a result reads that result.
    tap(ui, visible_items(ui, "resultReadButton")[0])
    assert FakeSpeechJob.instances[-1].text.startswith("高龄津贴。高龄津贴，符合条件。")
    # A link opens the township's own page (the policy) and 返回 comes back to the results.
    link = next(i for i in visible_items(ui, "resultLink") if "政策文件" in i.property("text"))
    # Below the fold (portrait, 长辈模式: the bottom row holds 全部打印带走 too)? Page down to it, by a tap.
    from tests.ui.keys import scene_rect

    if scene_rect(link).bottom() > scene_rect(visible_item(ui, "resultFlick")).bottom():
        tap(ui, visible_item(ui, "resultsDown"))
        # The page scrolls (animated): tap the link once it is in view, however long that takes.
        qtbot.waitUntil(lambda: scene_rect(link).center().y() < scene_rect(visible_item(ui, "resultFlick")).bottom(),
                        timeout=30_000)
    tap(ui, link)
    qtbot.waitUntil(lambda: bool(visible_items(ui, "readerTitle")), timeout=30_000)
    tap(ui, visible_item(ui, "backButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "resultCard")), timeout=30_000)
    ui.window.resize(1920, 1080)


def test_skipping_everything_gives_may_match_results(ui, qtbot):
    tap(ui, visible_item(ui, "tile_eligibility"))
    for _ in range(QUESTIONS):
        qtbot.waitUntil(lambda: bool(visible_items(ui, "skipButton")) or bool(visible_items(ui, "resultCard")),
                        timeout=30_000)
        if visible_items(ui, "resultCard"):
            break
        tap(ui, visible_item(ui, "skipButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "resultCard")), timeout=30_000)
    vm = ui.nav.last_opened()
    assert vm.property("matchCount") == 0 and vm.property("maybeCount") == 27
    # 上一题 from the results asks the last question again.
    tap(ui, visible_item(ui, "resultPreviousButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "questionText")), timeout=30_000)


def _dump(db_path) -> str:
    """The whole database as SQL text, read through a read-only connection of its own."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def test_answers_leave_no_trace_after_idle_reset(ui, qtbot, module_db_path, tmp_path, caplog):
    from ui.models.idle import pinyin_dictionary_path

    ui.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _dump(module_db_path)
    _answer(ui, qtbot, ELDER_TAPS)
    qtbot.waitUntil(lambda: bool(visible_items(ui, "resultCard")), timeout=30_000)
    vm = ui.nav.last_opened()
    assert vm.answers()["age"] == "a80"
    tap(ui, visible_items(ui, "resultReadButton")[0])
    qtbot.waitUntil(lambda: ui.speech.last_wav is not None and ui.speech.last_wav.exists(), timeout=30_000)
    speech_dir = ui.speech.last_wav.parent
    ui.idle.resetNow()
    qtbot.waitUntil(lambda: not visible_items(ui, "eligibilityPage"), timeout=30_000)
    assert vm.answers() == {} and vm.property("results") == [] and not vm.property("done")
    ui.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _dump(module_db_path) == before, "the database is byte-for-byte what it was"
    assert not list(speech_dir.glob("*.wav")), "no spoken result is left on disk"
    assert not pinyin_dictionary_path().exists()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "a80" not in logged and "高龄津贴" not in logged


def test_results_page_down_and_up_by_taps(ui, qtbot):
    _answer(ui, qtbot, ["tile_eligibility"])
    for _ in range(QUESTIONS):
        if visible_items(ui, "resultCard"):
            break
        tap(ui, visible_item(ui, "skipButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "resultCard")), timeout=30_000)
    flick = visible_item(ui, "resultFlick")
    assert flick.property("contentY") == 0
    tap(ui, visible_item(ui, "resultsDown"))
    qtbot.waitUntil(lambda: flick.property("contentY") > flick.height() * 0.8, timeout=30_000)
    tap(ui, visible_item(ui, "resultsUp"))
    qtbot.waitUntil(lambda: flick.property("contentY") == 0, timeout=30_000)


def test_a_kiosk_without_rules_says_so_instead_of_asking(qapp, db):
    from ui.models.eligibility import EligibilityViewModel

    vm = EligibilityViewModel(db)
    assert vm.property("done") and not vm.property("available")
    assert vm.property("summary") == "本机还没有收到县里发布的政策匹配规则，请到窗口咨询。"
    vm.skip()
    vm.choose("a80")  # taps with nothing to answer change nothing
    assert vm.answers() == {}


def test_print_to_take_away_from_a_result(ui, qtbot, tmp_path):
    """打印带走 on a result: printed (the ESC/POS bytes reach the printer) or, printer off, a clear message."""
    out = tmp_path / "printer.bin"
    ui.slips.printer_spec = f"escpos-file:{out}"
    try:
        _answer(ui, qtbot, ELDER_TAPS)
        qtbot.waitUntil(lambda: bool(visible_items(ui, "resultPrintButton")), timeout=30_000)
        tap(ui, visible_items(ui, "resultPrintButton")[0])
        qtbot.waitUntil(lambda: "已打印" in _texts(ui), timeout=20000)
        assert out.stat().st_size > 10_000
        tap(ui, visible_item(ui, "resultPrintAllButton"))  # the whole list, one slip each
        qtbot.waitUntil(lambda: "张都已打印，请在出纸口取走。" in _texts(ui), timeout=30000)
        ui.slips.printer_spec = f"escpos:{tmp_path / 'lp0'}"  # the printer is switched off
        tap(ui, visible_items(ui, "resultPrintButton")[0])
        qtbot.waitUntil(lambda: "没能打印" in _texts(ui), timeout=20000)
        assert "找不到热敏打印机" in _texts(ui) and "扫码带走" in _texts(ui)
    finally:
        ui.slips.printer_spec = None
        ui.slips.clear()


def test_a_double_tap_answers_one_question_not_the_next_one_too(ui, qtbot):
    """A shaky finger taps twice: the second tap lands on what the first brought up, under the same
    spot. It must not answer (or skip) the next question as well."""
    from tests.ui.helpers import double_tap

    tap(ui, visible_item(ui, "tile_eligibility"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "answer_under60")), timeout=30_000)
    vm = ui.nav.last_opened()
    first = visible_item(ui, "answer_under60")
    double_tap(ui, first)  # the second tap lands on 农村 (the next question's first answer)
    assert vm.property("stepNumber") == 2 and vm.property("questionText") == "您的户口是农村还是城镇？"
    double_tap(ui, visible_item(ui, "skipButton"))
    assert vm.property("stepNumber") == 3
    # A second tap a moment later is a new tap and counts.
    tap(ui, visible_item(ui, "skipButton"))
    assert vm.property("stepNumber") == 4
