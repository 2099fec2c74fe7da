"""Read-aloud: the text espeak gets, and the WAV a resident hears, measured with sox."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kiosk.errors import SpeechError
from kiosk.speech import SpeechJob, _synthesize_here, check_wav, speech_text, synthesize_to_wav
from tests.conftest import GONGKAI

SHORT = "青禾镇便民服务中心欢迎您。"
LONG = (
    "青禾镇关于做好二零二六年耕地地力保护补贴发放工作的通知。各村，社区：补贴资金通过惠民惠农财政补贴资金"
    "一卡通直接发放到户，请广大群众注意查收。审核结果在村务公开栏公示七个工作日，接受群众监督。"
)


def soxi_seconds(path) -> float:
    return float(subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True, check=True).stdout)


def sox_stat(path) -> dict[str, float]:
    out = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True).stderr
    return {m[1].strip(): float(m[2]) for m in re.finditer(r"^([^:\n]+):\s+(-?[\d.]+)\s*$", out, re.M)}


def sounding_seconds(path, tmp_path) -> float:
    """Seconds left after sox cuts every stretch of silence longer than 0.3 s."""
    trimmed = tmp_path / "trimmed.wav"
    subprocess.run(["sox", str(path), str(trimmed), "silence", "1", "0.05", "1%", "-1", "0.3", "1%"], check=True)
    return soxi_seconds(trimmed)


# --- the words ------------------------------------------------------------------------------


def test_title_comes_first_then_the_body_as_sentences():
    text = speech_text("关于冬季防火的通知", "严禁野外用火\n发现火情请报告")
    assert text == "关于冬季防火的通知。严禁野外用火。发现火情请报告。"


@pytest.mark.parametrize(("raw", "spoken"), [
    ("合计¥1,234.50", "合计1234点5元"),
    ("每亩105.5元", "每亩105点5元"),
    ("1234.5", "1234点5"),
    ("比例0.25", "比例0点二五"),
    ("发放100.00元", "发放100元"),
    ("占26%", "占百分之26"),
    ("2026-11-22发布", "二零二六年11月22日发布"),
    ("2026年3月", "二零二六年3月"),
    ("上午8:30至12:00", "上午8点30分至12点"),
    ("14:30-17:30", "14点30分至17点30分"),
    ("80-89周岁", "80至89周岁"),
    ("电话：0796-6123456", "电话，零七九六，六幺二三四五六"),
    ("王*等3户", "王某等3户"),
    ("青禾府字〔2025〕12号", "青禾府字二零二五年12号"),
    ("《政府投资条例》", "政府投资条例"),
    ("详见https://www.qingxi.gov.cn/doc/1.html", "详见"),
    ("入户/现场", "入户、现场"),
    ("各村（社区）：", "各村，社区"),
])
def test_numbers_dates_and_symbols_become_what_a_reader_would_say(raw, spoken):
    assert speech_text("", raw).rstrip("。，") == spoken


def test_whitespace_collapses_and_empty_parts_are_skipped():
    assert speech_text("  标题  ", "\n\n  正文   第二句 \n") == "标题。正文 第二句。"
    assert speech_text("", "   ") == ""


def espeak_english_switches(text: str) -> int:
    """How often espeak-ng falls back to English to read `text` (it reads '*' as "asterisk")."""
    phonemes = subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-q", "-x", text],
                              capture_output=True, text=True, check=True).stdout
    return phonemes.count("(en)")


def test_demo_notices_are_read_without_falling_back_to_english(demo_db):
    rows = demo_db.execute(
        "SELECT title, body FROM notices WHERE body LIKE '%*%' OR body LIKE '%:%' LIMIT 12"
    ).fetchall()
    assert rows
    raw = sum(espeak_english_switches(f"{title}。{body}") for title, body in rows)
    assert raw > 0  # the masked names' asterisks, as they are stored
    assert sum(espeak_english_switches(speech_text(title, body)) for title, body in rows) == 0


# --- the sound ------------------------------------------------------------------------------


def test_a_chinese_sentence_becomes_a_wav_that_sounds(tmp_path):
    out = synthesize_to_wav(speech_text("通知", SHORT), tmp_path / "short.wav")
    assert out == tmp_path / "short.wav"
    seconds = soxi_seconds(out)
    assert 1.5 < seconds < 15  # ~15 syllables
    assert abs(check_wav(out) - seconds) < 0.01
    stat = sox_stat(out)
    assert stat["Maximum amplitude"] > 0.2 and stat["RMS     amplitude"] > 0.02
    assert sounding_seconds(out, tmp_path) > 0.6 * seconds


def test_longer_text_gives_longer_audio(tmp_path):
    short = soxi_seconds(synthesize_to_wav(SHORT, tmp_path / "short.wav"))
    long = soxi_seconds(synthesize_to_wav(LONG, tmp_path / "long.wav"))
    assert long > 3 * short
    assert sounding_seconds(tmp_path / "long.wav", tmp_path) > 10


def test_a_job_runs_in_the_background_and_reports_done(tmp_path):
    job = SpeechJob(SHORT, tmp_path / "job.wav")
    assert job.wav_path == tmp_path / "job.wav"
    job.start()
    assert job.poll() in ("running", "done")
    assert job.wait(60) == "done" and job.poll() == "done"
    assert soxi_seconds(job.wav_path) > 1.5
    job.cancel()  # after it finished: nothing happens, the file stays
    assert job.poll() == "done" and job.wav_path.exists()


def test_cancel_kills_a_running_job_and_leaves_no_file(tmp_path):
    job = SpeechJob(LONG * 20, tmp_path / "long.wav")
    job.start()
    assert job.poll() == "running"
    job.cancel()
    assert job.poll() == "cancelled"
    job.cancel()
    assert job.poll() == "cancelled"
    assert not job.wav_path.exists()
    assert not list(tmp_path.iterdir())


def test_a_missing_voice_gives_a_clear_error(tmp_path):
    with pytest.raises(SpeechError, match="没有语音“yue-klingon”"):
        synthesize_to_wav(SHORT, tmp_path / "x.wav", voice="yue-klingon")
    assert not (tmp_path / "x.wav").exists()
    job = SpeechJob(SHORT, tmp_path / "y.wav", voice="yue-klingon")
    job.start()
    assert job.wait(60) == "failed" and "yue-klingon" in job.error


def test_nothing_to_read_is_an_error_not_a_silent_file(tmp_path):
    with pytest.raises(SpeechError, match="没有可朗读的文字"):
        synthesize_to_wav("   ", tmp_path / "x.wav")


def test_a_missing_espeak_is_reported_for_people(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # as if it could not be loaded
    with pytest.raises(SpeechError, match="espeak-ng"):
        _synthesize_here(SHORT, tmp_path / "x.wav", "cmn-latn-pinyin")


def test_a_truncated_or_silent_wav_is_rejected(tmp_path):
    good = synthesize_to_wav(SHORT, tmp_path / "good.wav")
    cut = tmp_path / "cut.wav"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(SpeechError):
        check_wav(cut)
    silent = tmp_path / "silent.wav"
    subprocess.run(["sox", "-n", "-r", "22050", "-b", "16", "-c", "1", str(silent), "trim", "0", "1"], check=True)
    with pytest.raises(SpeechError, match="静音"):
        check_wav(silent)


def test_gongkai_speak_writes_the_file_and_explains_failures(tmp_path):
    out = tmp_path / "cli.wav"
    done = subprocess.run([*GONGKAI, "speak", "办公时间8:30-12:00", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert soxi_seconds(out) > 1.5
    bad = subprocess.run([*GONGKAI, "speak", "你好", "--out", str(tmp_path / "b.wav"), "--voice", "nope"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "nope" in bad.stderr
