"""The English translation is shipped, complete, and used when asked for; Chinese is the default."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.ui.helpers import visible_texts
from ui.translations import TRANSLATIONS_DIR, install_translator, remove_translators, wanted_language

QML = Path(__file__).resolve().parents[2] / "ui" / "qml"


def test_every_qml_string_has_a_finished_english_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    qml_files = sorted(str(p) for p in QML.rglob("*.qml") if "staff" not in p.parts)
    lupdate = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"
    subprocess.run([str(lupdate), *qml_files, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(m.find("source").text) for m in ET.parse(fresh).iter("message")}
    shipped = {
        m.find("source").text: m.find("translation")
        for m in ET.parse(TRANSLATIONS_DIR / "gongkai_en.ts").iter("message")
    }
    missing = sorted(s for s in wanted if s not in shipped or not (shipped[s].text or "").strip()
                     or shipped[s].get("type") in ("unfinished", "obsolete"))
    assert not missing, f"untranslated (run pyside6-lupdate, translate, pyside6-lrelease): {missing}"
    # The compiled .qm must say what the .ts says (a stale .qm would leave new strings in Chinese).
    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS_DIR / "gongkai_en.qm"))
    for context in ET.parse(TRANSLATIONS_DIR / "gongkai_en.ts").iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source, expected = message.find("source").text, message.find("translation").text
            assert compiled.translate(name, source) == expected, f"stale .qm for {source!r}"


def test_language_choice(monkeypatch):
    monkeypatch.setenv("GONGKAI_LANG", "zh")
    assert wanted_language() == "zh"
    assert wanted_language("en_US") == "en"
    monkeypatch.delenv("GONGKAI_LANG")
    assert wanted_language("zh_CN") == "zh"
    # An English system locale must not turn the resident screens English.
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert wanted_language() == "zh"


def test_english_screens_when_asked(qapp, module_db_path, qtbot):
    from ui.app import KioskUi

    assert install_translator(qapp, "en") == "en"
    try:
        assert QCoreApplication.translate("HomePage", "标准目录") == "Standard catalogue"
        ui = KioskUi(module_db_path, windowed=True)
        try:
            qtbot.waitExposed(ui.window)
            texts = visible_texts(ui)
            assert "Standard catalogue" in texts and "Search" in texts and "标准目录" not in texts
        finally:
            ui.close()
    finally:
        remove_translators(qapp)
    assert QCoreApplication.translate("HomePage", "标准目录") == "标准目录"
