"""The search page as a resident uses it: a question in everyday words, a tapped suggestion, the
best-answer card of a how-do-I question, and help when nothing is found."""

from __future__ import annotations

from tests.ui.helpers import root_call, tap, type_text, visible_item, visible_items, visible_texts


def open_search(ui, qtbot):
    ui.search.clear()
    root_call(ui, "openSearch")
    field = visible_item(ui, "searchField")
    qtbot.waitUntil(field.hasActiveFocus, timeout=30_000)
    return field


def test_a_colloquial_question_offers_suggestions_and_a_tap_searches_the_official_name(ui, qtbot):
    field = open_search(ui, qtbot)
    type_text(ui, "高龄补贴怎么领")
    qtbot.waitUntil(lambda: field.property("text") == "高龄补贴怎么领", timeout=30_000)
    qtbot.waitUntil(lambda: any(c.property("text") == "高龄津贴" for c in visible_items(ui, "searchSuggestion")),
                    timeout=30_000)
    chip = next(c for c in visible_items(ui, "searchSuggestion") if c.property("text") == "高龄津贴")
    tap(ui, chip)
    qtbot.waitUntil(lambda: field.property("text") == "高龄津贴", timeout=30_000)
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)
    first = [ui.search.results.get(i) for i in range(3)]
    assert all("高龄津贴" in row["title"] for row in first), first
    assert {row["badge"] for row in first} <= {"标准目录", "公开文件", "村务公开", "政策解读"}
    hits = visible_items(ui, "searchHit")
    assert hits and hits[0].property("badge") in {"标准目录", "公开文件", "村务公开", "政策解读"}


def test_a_how_to_question_shows_the_best_answer_card_and_opens_it(ui, qtbot):
    open_search(ui, qtbot)
    type_text(ui, "低保怎么申请")
    qtbot.waitUntil(lambda: bool(visible_items(ui, "searchBestAnswer")), timeout=30_000)
    # Typing done (Enter puts the keyboard away): the whole card, not just its first line.
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().hide()
    qtbot.waitUntil(lambda: any(t.startswith("多久办好：") for t in visible_texts(ui)), timeout=30_000)
    texts = visible_texts(ui)
    assert "最佳答案" in texts
    assert any(t.startswith("需要带的材料：") and "身份证" in t for t in texts)
    assert any(t.startswith("到哪里办：") for t in texts) and any(t.startswith("多久办好：") for t in texts)
    assert "咨询电话：0796-6123456" in texts
    title = ui.search.property("best")["title"]
    tap(ui, visible_item(ui, "searchBestOpen"))
    qtbot.waitUntil(lambda: not visible_items(ui, "searchPage"), timeout=30_000)
    assert ui.nav.last_opened().property("title") == title


def test_nothing_found_shows_did_you_mean_popular_topics_and_the_counter(ui, qtbot):
    field = open_search(ui, qtbot)
    type_text(ui, "宅鸡地")
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)  # a homophone still finds 宅基地
    assert "宅基地" in ui.search.results.get(0)["title"]
    ui.search.clear()
    type_text(ui, "火星移民")
    qtbot.waitUntil(lambda: bool(visible_items(ui, "searchHelp")), timeout=30_000)
    assert not visible_items(ui, "searchResults")
    texts = visible_texts(ui)
    assert "没有找到与“火星移民”有关的内容" in texts and "大家常查：" in texts
    counter = visible_item(ui, "searchCounterHelp")
    assert counter.isVisible()
    assert any("0796-6123456" in t and "政务公开" in t for t in texts)
    topics = visible_items(ui, "searchPopularTopic")
    assert [t.property("text") for t in topics][:3] == ["低保", "养老保险", "医保"]
    tap(ui, topics[0])
    qtbot.waitUntil(lambda: field.property("text") == "低保" and ui.search.results.rowCount() > 0, timeout=30_000)
    assert not visible_items(ui, "searchHelp")
    ui.search.clear()


def test_a_resident_sentence_typed_on_the_keys_finds_the_notice_and_a_routed_question_opens_its_function(ui, qtbot):
    open_search(ui, qtbot)
    type_text(ui, "村里修路的钱花哪了")
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)
    assert any(w in ui.search.results.get(0)["title"] for w in ("项目资金使用情况", "一事一议"))
    ui.search.clear()
    type_text(ui, "一卡通的钱到了没有")
    qtbot.waitUntil(lambda: bool(visible_items(ui, "searchBestAnswer")), timeout=30_000)
    assert "查我家的补贴发放" in visible_texts(ui)
    tap(ui, visible_item(ui, "searchBestOpen"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "myPayoutsPage")) or ui.nav.last_opened().property("page")
                    == "MyPayoutsPage", timeout=30_000)
    root_call(ui, "goBack")


def test_a_guide_page_prints_to_take_away(ui, qtbot, tmp_path):
    out = tmp_path / "printer.bin"
    ui.slips.printer_spec = f"escpos-file:{out}"
    try:
        open_search(ui, qtbot)
        type_text(ui, "低保怎么申请")
        qtbot.waitUntil(lambda: bool(visible_items(ui, "searchBestAnswer")), timeout=30_000)
        tap(ui, visible_item(ui, "searchBestOpen"))
        qtbot.waitUntil(lambda: bool(visible_items(ui, "printSlipButton")), timeout=30_000)
        tap(ui, visible_item(ui, "printSlipButton"))
        qtbot.waitUntil(lambda: "已打印，请在出纸口取走。" in visible_texts(ui), timeout=20000)
        assert out.stat().st_size > 10_000
        root_call(ui, "goBack")
    finally:
        ui.slips.printer_spec = None
        ui.slips.clear()


def test_after_clear_the_field_has_the_focus_and_the_keyboard_is_back(ui, qtbot):
    from tests.ui.keys import keyboard_up

    field = open_search(ui, qtbot)
    type_text(ui, "低保")
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().hide()  # scrolling the results puts the keyboard away
    qtbot.waitUntil(lambda: not keyboard_up(ui), timeout=30_000)
    tap(ui, visible_item(ui, "searchClearButton"))
    qtbot.waitUntil(lambda: field.property("text") == "" and field.hasActiveFocus(), timeout=30_000)
    qtbot.waitUntil(lambda: keyboard_up(ui), timeout=30_000)


def test_with_the_keyboard_up_several_results_show_above_it(ui, qtbot):
    """Portrait, 长辈模式: the answer card and the suggestions make room for the list while typing."""
    from PySide6.QtGui import QGuiApplication

    from tests.ui.helpers import wait_until_holds
    from tests.ui.keys import keyboard_rect, keyboard_up, scene_rect

    ui.window.resize(1080, 1920)
    ui.theme.elder = True
    try:
        open_search(ui, qtbot)
        type_text(ui, "低保怎么申请")
        qtbot.waitUntil(lambda: bool(visible_items(ui, "searchBestAnswer")), timeout=30_000)
        QGuiApplication.inputMethod().show()
        qtbot.waitUntil(lambda: keyboard_up(ui), timeout=30_000)

        def room_for_the_list() -> None:  # once the card and suggestions have made room (laid out, animated)
            board = keyboard_rect(ui)
            shown = [h for h in visible_items(ui, "searchHit")
                     if scene_rect(h).height() > 0 and scene_rect(h).bottom() <= board.top()]
            assert len(shown) >= 2, [scene_rect(h) for h in visible_items(ui, "searchHit")][:4]
            assert scene_rect(visible_item(ui, "searchBestAnswer")).bottom() <= board.top()

        wait_until_holds(qtbot, room_for_the_list)
    finally:
        ui.theme.elder = False
        ui.window.resize(1920, 1080)


def test_the_hint_under_the_empty_field_is_whole_in_elder_portrait(ui, qtbot):
    """The one-line placeholder was cut to "想办什么事？如“低保怎么申请”，或拼音…" in 长辈模式 (the live walk)."""
    from tests.ui.helpers import root
    from tests.ui.keys import keyboard_rect, pump, scene_rect, type_keys

    ui.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: root(ui).property("portrait"), timeout=10000)
    ui.theme.elder = True
    try:
        open_search(ui, qtbot)
        pump(100)
        hint = visible_item(ui, "searchHint")
        assert hint.property("text") == "想办什么事？如“低保怎么申请”，或拼音“dibao”"
        assert not hint.property("truncated") and scene_rect(hint).right() <= ui.window.width()
        assert scene_rect(hint).bottom() <= keyboard_rect(ui).top()  # above the keyboard, not under it
        type_keys(ui, "di")  # typing: the hint gives way to what is typed
        qtbot.waitUntil(lambda: not visible_items(ui, "searchHint"), timeout=10000)
    finally:
        ui.search.clear()
        ui.theme.elder = False
        ui.window.resize(1920, 1080)
