"""The resident's language: shipped translations complete, one tap on home, mirrored Uyghur, idle reset back
to the township's default, 朗读 in the language's own voice, and the settings that choose all this."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QTranslator

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.store import township_repo
from tests.ui.conftest import FakeSpeechJob
from tests.ui.helpers import tap, visible_item, visible_texts
from ui.i18n_catalogue import NEEDS_REVIEW, all_messages, read_ts, shipped_ts
from ui.screenshot import settle
from ui.translations import TRANSLATIONS_DIR, active_language, install_translator, remove_translators

SHIPPED = ("en", "ug")  # complete; Tibetan (bo) covers the home screen only, to show a language needs no code
_FIELDS = re.compile(r"\{[a-z_]+\}|%\d")


def test_every_message_is_finished_for_every_shipped_language():
    wanted = set(all_messages())
    for code in SHIPPED:
        shipped = read_ts(TRANSLATIONS_DIR / f"gongkai_{code}.ts")
        missing = sorted(k[1] for k in wanted if k not in shipped or not shipped[k]["translation"])
        assert not missing, f"{code}: untranslated (python -m ui.i18n_catalogue update, then translate): {missing}"


def test_no_ts_file_ships_an_unfinished_message_and_the_qm_says_the_same():
    for ts in shipped_ts():
        compiled = QTranslator()
        assert compiled.load(str(ts.with_suffix(".qm")))
        for (context, source, comment), m in read_ts(ts).items():
            assert m["type"] not in ("unfinished", "obsolete", "vanished") and m["translation"], (ts.name, source)
            assert compiled.translate(context, source, comment or None) == m["translation"], f"stale .qm: {source}"


def test_translations_keep_their_placeholders_and_minority_ones_await_review():
    for ts in shipped_ts():
        code = ts.stem.removeprefix("gongkai_")
        for (_context, source, _comment), m in read_ts(ts).items():
            # a translation may leave a field out (the Chinese measure word), never invent one: format() would fail
            assert set(_FIELDS.findall(m["translation"])) <= set(_FIELDS.findall(source)), (code, source)
            if code != "en":
                assert m["translatorcomment"] == NEEDS_REVIEW, (code, source)


@pytest.fixture
def multilingual(qapp, module_db_path, tmp_path, qtbot):
    """A kiosk whose township offers Chinese (its default), Uyghur and English."""
    from ui.app import KioskUi, ensure_app
    from ui.timers import ManualTimers

    ensure_app()
    remove_translators(qapp)
    path = tmp_path / "demo.db"
    shutil.copy(module_db_path, path)
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    (tmp_path / "speech").mkdir()
    ui = KioskUi(path, clock=clock, windowed=True, timers=ManualTimers(clock, instant_ms=1000),
                 config=Config(default_language="zh", languages=["zh", "ug", "en"]),
                 speech_dir=tmp_path / "speech", speech_job_factory=FakeSpeechJob, size=(1920, 1080))
    ui.window.resize(1920, 1080)
    qtbot.waitExposed(ui.window)
    yield ui
    ui.close()
    remove_translators(qapp)


def _x(ui, name: str) -> float:
    item = visible_item(ui, name)
    return item.mapToScene(item.boundingRect().center()).x()


def test_one_tap_on_home_switches_to_uyghur_mirrored_and_idle_reset_brings_chinese_back(multilingual):
    ui = multilingual
    assert active_language() == "zh" and "标准目录" in visible_texts(ui)
    search_x = _x(ui, "searchButton")
    assert search_x > 1920 / 2  # 搜索 sits on the right in Chinese

    tap(ui, visible_item(ui, "language_ug"))
    settle(50)  # the layouts mirror on the next polish
    texts = visible_texts(ui)
    assert active_language() == "ug"
    assert "ئۆلچەملىك مۇندەرىجە" in texts and "标准目录" not in texts  # 标准目录 in Uyghur
    assert any("نويابىر" in t for t in texts)  # today's date from CLDR's Uyghur (November)
    assert ui.language.property("rtl") and _x(ui, "searchButton") < 1920 / 2  # the window is mirrored
    assert ui.speech.property("voice") == "ug"  # espeak-ng's Uyghur voice reads the screens

    # Pages built after the switch speak Uyghur too: column labels, dates, 政策找人.
    from tests.ui.helpers import root_call

    root_call(ui, "openTarget", "eligibility", "")
    assert "بۇ يىل نەچچە ياشقا كىردىڭىز؟" in visible_texts(ui)

    ui.idle.resetNow()  # nobody touched the screen: the next resident starts in the township's default
    settle(50)
    texts = visible_texts(ui)
    assert active_language() == "zh" and "标准目录" in texts and "ئۆلچەملىك مۇندەرىجە" not in texts
    assert not ui.language.property("rtl") and _x(ui, "searchButton") > 1920 / 2
    assert ui.speech.property("voice") == "cmn-latn-pinyin"


def test_a_language_without_a_voice_says_so_instead_of_reading(multilingual, monkeypatch):
    from ui.models import read_aloud

    monkeypatch.setattr(read_aloud, "espeak_has_voice", lambda code: False)
    ui = multilingual
    tap(ui, visible_item(ui, "language_en"))
    messages = []
    ui.speech.failed.connect(messages.append)
    ui.speech.speakText("Home\nhello")
    assert messages == ["Read-aloud has no voice for this language on this kiosk; please read the screen"]
    assert ui.speech.property("state") == "failed"


def test_tibetan_is_a_file_and_a_font(qapp, multilingual):
    """bo has no code anywhere: its .qm file, CLDR's name and dates, and fonts-noto-core's Tibetan."""
    from PySide6.QtGui import QFontDatabase

    from ui.models.language import native_name, offered_languages

    assert "bo" in offered_languages(["zh", "bo"]) and native_name("bo") == "བོད་སྐད་"
    assert install_translator(qapp, "bo") == "bo"
    ui = multilingual
    ui.home.refresh()
    ui.engine.retranslate()
    texts = visible_texts(ui)
    assert "ཚད་ལྡན་དཀར་ཆག" in texts and "标准目录" not in texts
    assert any("Tibetan" in family for family in QFontDatabase.families())


def test_languages_come_from_kiosk_toml_else_from_the_townships_bundle_data(db):
    from ui.app import language_settings

    assert language_settings(Config(), db) == ("zh", ["zh", "en"])
    township_repo.save_township(db, {"code": "360101001", "name": "青禾镇", "default_language": "ug",
                                     "languages": "zh,ug"})
    assert language_settings(Config(), db) == ("ug", ["zh", "ug"])
    assert language_settings(Config(default_language="en", languages=["zh", "en"]), db) == ("en", ["zh", "en"])


def test_uyghur_is_read_by_espeak_ngs_own_uyghur_voice(tmp_path):
    """The voice the read-aloud picks for ug really speaks Uyghur text (skipped where espeak-ng lacks one)."""
    from kiosk.speech import check_wav, synthesize_to_wav
    from ui.models.read_aloud import espeak_has_voice, voice_for

    if not espeak_has_voice("ug"):
        assert voice_for("ug", "cmn-latn-pinyin") is None  # then 朗读 says so (the test above)
        pytest.skip("this espeak-ng has no Uyghur voice")
    assert voice_for("ug", "cmn-latn-pinyin") == "ug" and voice_for("zh", "cmn-latn-pinyin") == "cmn-latn-pinyin"
    wav = synthesize_to_wav("بۇ يىل نەچچە ياشقا كىردىڭىز؟", tmp_path / "ug.wav", voice="ug")
    assert check_wav(wav) > 1.0  # seconds of sound, not silence


def test_a_kiosk_started_in_a_language_keeps_it_unless_the_township_says_otherwise(qapp, db):
    """`gongkai run --lang en` with no language settings: idle resets come back to English, not Chinese."""
    from ui.app import language_settings

    assert install_translator(qapp, "en") == "en"
    try:
        assert language_settings(Config(), db) == ("en", ["zh", "en"])
        assert language_settings(Config(default_language="ug", languages=["zh", "ug"]), db) == ("ug", ["zh", "ug"])
    finally:
        remove_translators(qapp)



def test_the_shipped_languages_names_are_cldrs():
    """ui/models/language.py names the shipped languages without babel; they must stay CLDR's."""
    from babel import Locale

    from ui.models.language import SHIPPED_NAMES
    from ui.translations import SHIPPED_RTL

    for code, name in SHIPPED_NAMES.items():
        cldr = Locale.parse(code).display_name
        assert name == cldr[:1].upper() + cldr[1:], code
    for code, rtl in SHIPPED_RTL.items():
        assert rtl == (Locale.parse(code).text_direction == "rtl"), code
