"""Every session starts the same: after an idle reset, a staff logout or closing the staff area the keyboard
is back to 中文, shift off, no half-typed pinyin or candidates, and hidden. Only 中文 and English exist."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtQml import QQmlEngine, QQmlExpression

from tests.ui import staff_kiosk as _fixtures
from tests.ui.helpers import root, root_call, tap, visible_item, wait_for_frame, walk
from tests.ui.keys import candidates, keyboard_up, panel, press, type_keys
from tests.ui.staff_kiosk import login_by_keyboard

kui, staff_kiosk = _fixtures.kui, _fixtures.staff_kiosk   # the fixtures, for this module


def js(ui, code: str):
    expression = QQmlExpression(QQmlEngine.contextForObject(root(ui)), root(ui), code)
    value, _undefined = expression.evaluate()
    assert not expression.hasError(), expression.error().toString()
    return value.toVariant() if hasattr(value, "toVariant") else value


def language(ui) -> str:
    return panel(ui).property("language")


def shift_on(ui) -> bool:
    return bool(js(ui, "InputContext.shiftActive || InputContext.capsLockActive"))


def make_a_mess(ui, qtbot) -> None:
    """English, shift on: what the previous person may leave behind."""
    qtbot.waitUntil(lambda: keyboard_up(ui), timeout=30_000)
    assert language(ui) == "zh_CN"
    press(ui, "changeLanguageKey")
    qtbot.waitUntil(lambda: language(ui) == "en_US", timeout=30_000)
    if not shift_on(ui):   # an empty name field may already start capitalised
        press(ui, "shiftKey")
    qtbot.waitUntil(lambda: shift_on(ui), timeout=30_000)


def assert_fresh(ui, qtbot) -> None:
    qtbot.waitUntil(lambda: not keyboard_up(ui), timeout=30_000)
    assert language(ui) == "zh_CN"
    assert not shift_on(ui)
    assert js(ui, "InputContext.preeditText") == ""
    assert js(ui, "InputContext.inputEngine.wordCandidateListModel.count") == 0


def test_only_chinese_and_english_are_offered(kui, qtbot):
    assert js(kui, "JSON.stringify(VirtualKeyboardSettings.activeLocales)") == '["zh_CN","en_US"]'
    assert str(js(kui, "String(VirtualKeyboardSettings.layoutPath)")).endswith("/ui/keyboard/layouts")   # ours only
    assert str(js(kui, "VirtualKeyboardSettings.styleName")) == "gongkai"
    assert js(kui, "JSON.stringify(VirtualKeyboardSettings.availableLocales.slice().sort())") == '["en_US","zh_CN"]'
    root_call(kui, "openSearch")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    for expected in ("en_US", "zh_CN", "en_US", "zh_CN"):   # one tap toggles: there is no list
        press(kui, "changeLanguageKey")
        qtbot.waitUntil(lambda expected=expected: language(kui) == expected, timeout=30_000)
        assert not [i for i in walk(panel(kui), only_visible=True) if i.objectName() == "languagePopupList"]


def test_english_then_idle_reset_starts_the_next_resident_in_chinese(kui, qtbot):
    root_call(kui, "openSearch")
    make_a_mess(kui, qtbot)
    with qtbot.waitSignal(kui.idle.sessionReset, timeout=30_000):
        kui.idle.resetNow()
    assert_fresh(kui, qtbot)
    root_call(kui, "openSearch")                     # the next resident types pinyin again
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_keys(kui, "butie")
    qtbot.waitUntil(lambda: any(c.property("word") == "补贴" for c in candidates(kui)), timeout=30_000)


def test_half_typed_pinyin_is_dropped_on_idle_reset(kui, qtbot):
    root_call(kui, "openSearch")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_keys(kui, "dong")
    qtbot.waitUntil(lambda: len(candidates(kui)) > 0, timeout=30_000)
    kui.idle.resetNow()
    assert_fresh(kui, qtbot)
    assert visible_item(kui, "searchButton")   # back home


def test_staff_logout_and_closing_the_staff_area_reset_the_keyboard(kui, qtbot):
    login_by_keyboard(kui, qtbot)
    tap(kui, visible_item(kui, "nav_intake"))
    tap(kui, visible_item(kui, "field_name"))
    make_a_mess(kui, qtbot)
    tap(kui, visible_item(kui, "logoutButton"))
    assert_fresh(kui, qtbot)

    tap(kui, visible_item(kui, "loginUser"))         # the login page's user name, then 返回首页
    make_a_mess(kui, qtbot)
    tap(kui, visible_item(kui, "closeStaff"))
    assert_fresh(kui, qtbot)


def test_the_idle_countdown_is_never_under_the_keyboard(kui, qtbot):
    root_call(kui, "openSearch")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    kui.idle._start_countdown()   # what the idle timer does after the idle time (no waiting in tests)
    qtbot.waitUntil(lambda: not keyboard_up(kui), timeout=30_000)
    assert visible_item(kui, "continueButton").isVisible()
    kui.idle.continueSession()


def test_no_desktop_context_menu_on_kiosk_fields(kui, qtbot):
    root_call(kui, "openSearch")
    field = visible_item(kui, "searchField")
    centre = field.mapToScene(QPointF(field.width() / 2, field.height() / 2))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = Qt.MouseButton.RightButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        QGuiApplication.sendEvent(kui.window, QMouseEvent(kind, centre, QPointF(kui.window.mapToGlobal(centre.toPoint())),
                                                          Qt.MouseButton.RightButton, buttons, Qt.KeyboardModifier.NoModifier))
    wait_for_frame(kui)
    wait_for_frame(kui)  # a menu opened by the click would be on screen by now
    menus = [i for i in walk(kui.window.contentItem(), only_visible=True) if "Menu" in i.metaObject().className()]
    assert menus == []
    assert field.property("selectByMouse") is False


def _faces(ui):
    return [i for i in walk(panel(ui), only_visible=True) if "KeyFace" in i.metaObject().className()
            and i.property("enabledKey")]


def _colour(value) -> str:
    return value.name() if hasattr(value, "name") else str(value)


def test_elder_keys_and_candidates_are_60_px_and_7_to_1(kui, qtbot):
    from ui.models.theme import contrast_ratio

    kui.theme.elder = True
    root_call(kui, "openSearch")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_keys(kui, "dong")
    qtbot.waitUntil(lambda: len(candidates(kui)) > 3, timeout=30_000)
    faces = _faces(kui)
    assert len(faces) >= 30
    for face in faces:
        assert face.width() >= 60 and face.height() >= 60, (face.property("label"), face.width(), face.height())
        text = [c for c in face.childItems() if c.metaObject().className() == "QQuickText"][0]
        ratio = contrast_ratio(_colour(text.property("color")), _colour(face.property("color")))
        assert ratio >= 7, (face.property("label"), ratio)
    for candidate in candidates(kui):
        assert candidate.width() >= 60 and candidate.height() >= 60
    kui.theme.elder = False
    qtbot.waitUntil(lambda: all(f.height() < 80 for f in _faces(kui)), timeout=30_000)   # normal mode: smaller
    kui.idle.resetNow()
