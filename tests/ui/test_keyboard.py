"""The Qt virtual keyboard types Chinese by pinyin into the search field (zh_CN, TECH.md §2)."""

from __future__ import annotations

from PySide6.QtQml import QQmlEngine, QQmlExpression

from tests.ui import keys
from tests.ui.helpers import root, root_call, visible_item


def js(ui, code: str):
    """Evaluate in Main.qml's context, where QtQuick.VirtualKeyboard is imported."""
    expression = QQmlExpression(QQmlEngine.contextForObject(root(ui)), root(ui), code)
    value, _undefined = expression.evaluate()
    assert not expression.hasError(), expression.error().toString()
    return value


def test_pinyin_bu_tie_becomes_补贴_and_searches(ui, qtbot):
    root_call(ui, "openSearch")
    field = visible_item(ui, "searchField")
    qtbot.waitUntil(field.hasActiveFocus, timeout=30_000)
    panel = keys.panel(ui)
    qtbot.waitUntil(lambda: panel.property("active"), timeout=30_000)  # the keyboard came up by itself
    qtbot.waitUntil(lambda: js(ui, "InputContext.inputEngine.inputMethod !== null && "
                                   "InputContext.locale === 'zh_CN'"), timeout=30_000)
    for letter in "butie":
        js(ui, f"InputContext.inputEngine.virtualKeyClick(Qt.Key_{letter.upper()}, '{letter}', 0)")
    qtbot.waitUntil(lambda: js(ui, "InputContext.inputEngine.wordCandidateListModel.count") > 0, timeout=30_000)
    js(ui, "InputContext.inputEngine.wordCandidateListModel.selectItem(0)")
    qtbot.waitUntil(lambda: field.property("text") == "补贴", timeout=30_000)
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)
    ui.search.clear()


def test_session_reset_tells_the_pinyin_plugin_to_forget(ui, qtbot):
    resets = []
    js(ui, "VirtualKeyboardSettings.userDataReset.connect(function() { root.message = 'reset-seen' })")
    with qtbot.waitSignal(ui.idle.sessionReset, timeout=30_000):
        ui.idle.resetNow()
    resets.append(root(ui).property("message"))
    assert resets == ["reset-seen"]
    root(ui).setProperty("message", "")
