"""The home screen loads offscreen and shows a resident what they came for."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.clock import FixedClock
from kiosk.content.home import BUNDLE_EXPIRES_AT
from kiosk.store import open_store, sync_state_repo


def _text(window, name: str) -> str:
    item = window.findChild(QQuickItem, name)
    assert item is not None, f"no item named {name}"
    return item.property("text")


@pytest.fixture
def kiosk_ui(qapp, demo_db_path):
    from ui.app import KioskUi, ensure_app

    ensure_app()
    ui = KioskUi(demo_db_path, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True)
    yield ui
    ui.close()


def test_home_shows_township_date_freshness_and_urgent_notice(kiosk_ui, qtbot):
    window = kiosk_ui.window
    qtbot.waitExposed(window)
    assert _text(window, "townshipName") == "青禾镇"
    assert _text(window, "todayText") == "2026年11月22日星期日"
    assert _text(window, "updatedText") == "数据更新于 2026年11月22日 06:00"
    assert "森林防火" in _text(window, "urgentText")
    image = window.grabWindow()
    assert image.width() > 0 and not image.isNull()


def test_expired_bundle_shows_the_freeze_warning(kiosk_ui, qtbot, demo_db_path):
    banner = kiosk_ui.window.findChild(QQuickItem, "staleBanner")
    assert banner is not None and not banner.property("visible")
    db = open_store(demo_db_path)
    sync_state_repo.put(db, BUNDLE_EXPIRES_AT, "2026-11-20T00:00:00+08:00")
    db.close()
    kiosk_ui.home.refresh()
    qtbot.waitUntil(lambda: banner.property("visible"), timeout=30_000)


def _tile_faces(window) -> list[tuple[str, bool, bool]]:
    """Per tile: whether its icon and its hint show."""
    from tests.ui.helpers import walk

    faces = []
    for tile in walk(window.contentItem(), only_visible=True):
        if tile.objectName().startswith("tile_"):
            parts = {c.objectName(): c.isVisible() for c in walk(tile, only_visible=False)}
            faces.append((tile.objectName(), parts["tileIcon"], parts["tileHint"]))
    return sorted(faces)


def test_tiles_after_a_resize_look_as_after_a_fresh_start(qapp, demo_db_path, qtbot):
    """A kiosk whose compositor gives it its size late (cage), or a screen that rotates, shows the same tiles as
    one that started at that size: no hint left hidden because it was hidden at the smaller size."""
    from ui.app import KioskUi, ensure_app

    ensure_app()
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    fresh = KioskUi(demo_db_path, clock=clock, windowed=True, size=(1920, 1080))
    qtbot.waitExposed(fresh.window)
    qtbot.waitUntil(lambda: any(icon for _n, icon, _h in _tile_faces(fresh.window)), timeout=30_000)  # icons load
    qtbot.wait(200)
    expected = _tile_faces(fresh.window)
    fresh.close()
    assert any(hint for _name, _icon, hint in expected), expected  # at 1920x1080 tiles have room for words

    grown = KioskUi(demo_db_path, clock=clock, windowed=True, size=(1280, 720))
    qtbot.waitExposed(grown.window)
    qtbot.wait(300)
    grown.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: grown.window.width() == 1920 and grown.window.height() == 1080, timeout=30_000)
    qtbot.wait(200)
    try:
        assert _tile_faces(grown.window) == expected
    finally:
        grown.close()


@pytest.mark.parametrize(("size", "elder"), [((1080, 1920), True), ((1080, 1920), False),
                                             ((1920, 1080), True), ((1920, 1080), False)])
def test_every_tile_shows_the_same_face_its_words_on_one_line(qapp, demo_db_path, qtbot, size, elder):
    """Seen in 长辈模式: 我能享受哪些政策 in smaller letters on two lines, one tile with a thumbnail icon
    and the next without, and hints ending in one lone character on a line (不用打 / 字)."""
    from ui.app import KioskUi, ensure_app

    ensure_app()
    ui = KioskUi(demo_db_path, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True, size=size)
    try:
        ui.theme.elder = elder
        qtbot.waitExposed(ui.window)
        qtbot.waitUntil(lambda: len(_tile_faces(ui.window)) == 8, timeout=30_000)
        qtbot.wait(300)
        faces = _tile_faces(ui.window)
        assert len({icon for _n, icon, _h in faces}) == 1, faces  # every tile has its icon, or none has
        assert all(hint for _n, _i, hint in faces), faces
        if size[1] > size[0]:
            assert all(icon for _n, icon, _h in faces), "portrait has room for the icons a poor reader goes by"
        from tests.ui.helpers import walk

        tiles = [t for t in walk(ui.window.contentItem(), only_visible=True) if t.objectName().startswith("tile_")]
        words = [w for t in tiles for w in walk(t, only_visible=True) if w.metaObject().className().startswith("QQuickText")]
        assert len(words) == 16  # a title and a hint on each
        assert [w.property("text") for w in words if w.property("lineCount") != 1] == []
    finally:
        ui.close()


def test_pyside_looks_for_its_name_in_module_files_without_keeping_their_lines(tmp_path, monkeypatch):
    """ui/pyside_feature.py: PySide's __feature__ check reads each module's bytes, not inspect's line cache."""
    import linecache
    import sys
    import types

    import ui  # noqa: F401 - installs the lighter check

    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "reads_bytes", False)
    (tmp_path / "uses_qt_27.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain_27.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    uses_qt, plain = __import__("uses_qt_27"), __import__("plain_27")  # through PySide's import hook
    assert feature._mod_uses_pyside(uses_qt) is True and feature._mod_uses_pyside(plain) is False
    assert feature.pyside_feature_dict.get("plain_27") == -1 and feature.pyside_feature_dict.get("uses_qt_27") == 0
    assert not any(name.endswith(("plain_27.py", "uses_qt_27.py")) for name in linecache.cache)
    assert feature._mod_uses_pyside(types.ModuleType("no_file")) is False
    # A module kiosk/lazy_imports.py stands in for is not loaded by the question.
    from kiosk.lazy_imports import _StandIn

    waiting = _StandIn("json")
    assert feature._mod_uses_pyside(waiting) is False and "_real" not in vars(waiting)


def test_home_draws_without_the_feedback_or_salvage_code(demo_db_path, tmp_path):
    """Cold start (issue 27): 留言评价's models and the damaged-file salvage are not on the way to home's
    first frame; they load when a resident opens 留言评价, or when a file is damaged."""
    import subprocess
    import sys

    script = f"""
import sys
from ui.app import KioskUi, ensure_app
from kiosk.clock import FixedClock
app = ensure_app()
ui = KioskUi({str(demo_db_path)!r}, clock=FixedClock("2026-11-22T10:00:00+08:00"), windowed=True)
ui.window.grabWindow()
def loaded(name):  # kiosk.lazy_imports leaves a stand-in in sys.modules until the first use
    return type(sys.modules.get(name)).__name__ == "module"
print("AT_HOME", sorted(m for m in ("ui.models.voice", "ui.models.rating", "kiosk.feedback.drafts",
                                    "kiosk.store.salvage") if loaded(m)))
vm = ui.nav.open("voice", "")
print("AFTER_VOICE", vm is not None and loaded("ui.models.voice") and loaded("kiosk.feedback.drafts"))
ui.close()
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "AT_HOME []" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "AFTER_VOICE True" in out.stdout, out.stdout + out.stderr[-2000:]
