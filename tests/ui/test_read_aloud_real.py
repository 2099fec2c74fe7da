"""Read-aloud end to end with the real synthesiser (espeak-ng cmn-latn-pinyin): a WAV of real length."""

from __future__ import annotations

import wave

from ui.models.read_aloud import ReadAloud


def test_real_speech_is_synthesised_off_the_ui_thread_and_played(qapp, qtbot, tmp_path):
    speech = ReadAloud(out_dir=tmp_path)
    speech.speak("如何申请政府信息公开", "到便民服务中心政务公开窗口，填写申请表。咨询电话0796-6123456。")
    assert speech.property("state") == "preparing"  # returned at once; synthesis runs elsewhere
    qtbot.waitUntil(lambda: speech.last_wav is not None, timeout=15000)
    with wave.open(str(speech.last_wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    assert seconds > 2.0
    qtbot.waitUntil(lambda: speech.property("state") in ("playing", "idle", "failed"), timeout=30_000)
    speech.stop()
    assert speech.property("state") == "idle"
