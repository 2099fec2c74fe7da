"""Read-aloud (朗读): Mandarin speech to a WAV file, offline, with pyttsx3 over espeak-ng.

The voice is `cmn-latn-pinyin` (Debian 12's plain `cmn` voice reads many hanzi as pinyin with
English tone digits). Synthesis runs in a child process, so the UI never blocks and a page
change can kill it; the UI plays the finished WAV itself.

    job = SpeechJob(speech_text(title, body), cache_dir / "page.wav")
    job.start()
    ...                      # each UI tick: job.poll() -> 'running' | 'done' | 'failed' | 'cancelled'
    job.cancel()             # the page changed

pyttsx3 2.99's save_to_file() + runAndWait() returns before espeak's synthesis thread has
written the WAV (TECH.md §3): the child waits for the driver to finish, then checks the file
(a complete RIFF header, frames present, not silent) and only then moves it into place, so
`wav_path` never names a half-written file.
"""

from __future__ import annotations

import array
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import wave
from pathlib import Path

from kiosk.errors import SpeechError

VOICE = "cmn-latn-pinyin"
RATE_WPM = 160  # a little slower than espeak's 175: many listeners are elderly
SYNTH_TIMEOUT_S = 120.0
MIN_PEAK = 500  # of 32767: anything quieter is silence

# --- what is read ----------------------------------------------------------------------------

_HANZI_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")
_PHONE_DIGITS = str.maketrans("0123456789", "零幺二三四五六七八九")


def _spell(digits: str, table=_HANZI_DIGITS) -> str:
    return digits.translate(table)


def _decimal(match: re.Match) -> str:
    whole, fraction = match.group(1), match.group(2).rstrip("0")
    if not fraction:
        return whole
    # 1234.5 -> 1234点5; 0.25 -> 0点二五 (espeak would say 二十五 for 25)
    return f"{whole}点{fraction if len(fraction) == 1 else _spell(fraction)}"


def _time(match: re.Match) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    return f"{hour}点" + (f"{minute}分" if minute else "")


_RULES: list[tuple[re.Pattern, object]] = [
    (re.compile(r"(?:https?://|www\.)\S+"), ""),  # addresses are shown as QR codes, not read
    (re.compile(r"(?m)^\s*(\d{1,2})[.、](?!\d)\s*"), r"\1、"),  # list numbers "1. " read as 1、
    (re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"),
     lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"),
    (re.compile(r"(?<![\d.])(\d{1,2}):(\d{2})(?!\d)"), _time),
    # Phone and other long numbers: digit by digit, 1 as 幺 as people say it on the phone.
    (re.compile(r"(?<!\d)(\d{3,4})-(\d{7,8})(?!\d)"), lambda m: f"{_spell(m[1], _PHONE_DIGITS)}，{_spell(m[2], _PHONE_DIGITS)}"),
    (re.compile(r"\d{7,}"), lambda m: _spell(m.group(0), _PHONE_DIGITS)),
    (re.compile(r"[〔\[【]\s*(\d{4})\s*[〕\]】]"), r"\1年"),  # 青禾府字〔2025〕12号
    (re.compile(r"[¥￥]\s*([\d,]+(?:\.\d+)?)(\s*元)?"), r"\1元"),
    (re.compile(r"(\d{1,3}(?:,\d{3})+)(?!\d)"), lambda m: m.group(1).replace(",", "")),
    (re.compile(r"(\d+(?:\.\d+)?)\s*%"), r"百分之\1"),
    (re.compile(r"(\d+)\.(\d+)"), _decimal),
    (re.compile(r"(\d{4})年"), lambda m: _spell(m.group(1)) + "年"),  # years digit by digit
    (re.compile(r"([\d点分])\s*[-~～—–]+\s*(?=\d)"), r"\1至"),  # 80-89周岁, 8点30分-12点
    (re.compile(r"(?<=[\u4e00-\u9fff])\*+"), "某"),  # masked names: 王* -> 王某
    (re.compile(r"(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])"), "、"),
    (re.compile(r"[()]"), "，"),
    # Symbols espeak reads out in English or as noise.
    (re.compile(r"[《》〈〉「」『』【】〔〕\[\]{}<>“”‘’\"'#*_^|\\@&=+~/…—–·•●○■□◆◇★☆※→←]"), " "),
]


_ASCII_PAUSES = str.maketrans({",": "，", ":": "，", ";": "；", "!": "！", "?": "？"})
_PAUSES = "，；、。！？：."
_PAUSE_RUN = re.compile(f"[{_PAUSES}][{_PAUSES}\\s]*")


def _strongest(match: re.Match) -> str:
    run = match.group(0)
    for mark in "。！？；":
        if mark in run:
            return mark
    return run[0] if run[0] != "." else "。"


def _normalise_for_speech(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = text.translate(_ASCII_PAUSES)
    lines = []
    for line in text.splitlines():
        line = " ".join(line.split()).strip(_PAUSES[:-1] + " ")
        if line:
            # A line break is a pause: end each line as a sentence unless it already ends in one.
            lines.append(line if line[-1] in _PAUSES else line + "。")
    return _PAUSE_RUN.sub(_strongest, "".join(lines))


def speech_text(title: str, body: str) -> str:
    """What the read-aloud button says: the title, then the body, made easy for espeak-ng.

    Amounts (¥1,234.50 -> 1234点5元), decimals, percentages, dates (2026-11-22 -> 二零二六年11月22日),
    times (8:30 -> 8点30分), ranges (80-89 -> 80至89), phone numbers (digit by digit) and masked
    names (王* -> 王某) are spelled out; symbols espeak reads badly are dropped; whitespace collapses.
    """
    parts = [_normalise_for_speech(part) for part in (title, body)]
    return "".join(part for part in parts if part)


# --- synthesis -------------------------------------------------------------------------------


def synthesize_to_wav(text: str, out: Path, *, voice: str = VOICE) -> Path:
    """Speak `text` into the WAV file `out` and return its path. Blocks until done.

    Raises SpeechError with a message for people when espeak-ng or the voice is missing,
    the text is empty, or no sound came out.
    """
    job = SpeechJob(text, out, voice)
    job.start()
    status = job.wait(SYNTH_TIMEOUT_S)
    if status != "done":
        raise SpeechError(job.error or "语音合成超时")
    return job.wav_path


class SpeechJob:
    """Synthesis in a child process: start() returns at once, cancel() kills it."""

    def __init__(self, text: str, out: Path, voice: str = VOICE):
        self._text = text
        self._out = Path(out)
        self._voice = voice
        self._proc: subprocess.Popen | None = None
        self._cancelled = False
        self._status = "new"
        self._stderr = None
        self.error: str | None = None  # why it failed, for people

    @property
    def wav_path(self) -> Path:
        return self._out

    def start(self) -> None:
        if self._proc is not None:
            raise RuntimeError("a SpeechJob starts once")
        if not self._text.strip():
            self._status, self.error = "failed", "没有可朗读的文字"
            return
        self._out.parent.mkdir(parents=True, exist_ok=True)
        self._out.unlink(missing_ok=True)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(Path(__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")]))
        # stderr goes to a file, not a pipe: a chatty child can never block on a full pipe.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in _finish()
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.speech", "--voice", self._voice, "--out", str(self._out)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._stderr, env=env,
        )
        self._status = "running"
        try:
            self._proc.stdin.write(self._text.encode("utf-8"))
            self._proc.stdin.close()
        except BrokenPipeError:
            pass  # the child died early; poll() reports why

    def poll(self) -> str:
        """'running' | 'done' | 'failed' | 'cancelled' (never blocks)."""
        if self._status == "running" and self._proc is not None and self._proc.poll() is not None:
            self._finish()
        return self._status

    def wait(self, timeout: float | None = None) -> str:
        """Block until the job ends (or `timeout` seconds pass); returns poll()."""
        if self._status == "running" and self._proc is not None:
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                return "running"
        return self.poll()

    def cancel(self) -> None:
        """Stop now: kills the child and removes any file. Safe to call twice or when finished."""
        if self._status != "running" or self._proc is None:
            return
        self._cancelled = True
        self._proc.kill()
        self._proc.wait()
        self._finish()

    def _finish(self) -> None:
        self._stderr.seek(0)
        stderr = self._stderr.read().decode("utf-8", "replace")
        self._stderr.close()
        if self._cancelled:
            self._status = "cancelled"
            self._out.unlink(missing_ok=True)
        elif self._proc.returncode == 0 and self._out.exists():
            self._status = "done"
        else:
            self._status = "failed"
            lines = [line for line in stderr.splitlines() if line.strip()]
            self.error = lines[-1] if lines else f"语音合成失败（退出码 {self._proc.returncode}）"
        _partial(self._out).unlink(missing_ok=True)


def _partial(out: Path) -> Path:
    return out.with_name(out.name + ".part")


# --- the child process -----------------------------------------------------------------------


def _synthesize_here(text: str, out: Path, voice: str) -> None:
    """Run pyttsx3 in this process (the child) and leave a verified WAV at `out`."""
    try:
        import pyttsx3

        engine = pyttsx3.init("espeak")
    except (ImportError, OSError, RuntimeError) as exc:
        raise SpeechError(f"找不到 espeak-ng 语音引擎，无法朗读（请安装 espeak-ng）：{exc}") from exc
    names = {v.id.lower() for v in engine.getProperty("voices")}
    if voice.lower() not in names and not any(n.endswith("/" + voice.lower()) for n in names):
        raise SpeechError(f"espeak-ng 中没有语音“{voice}”，无法朗读普通话（请安装 espeak-ng-data）")
    engine.setProperty("voice", voice)
    engine.setProperty("rate", RATE_WPM)
    partial = _partial(out)
    partial.unlink(missing_ok=True)
    engine.save_to_file(text, str(partial))
    engine.runAndWait()
    # TECH.md §3 pitfall 2: runAndWait() returns while espeak is still synthesising; the
    # driver clears _speaking only after its callback has written the whole WAV.
    driver = engine.proxy._driver
    deadline = time.monotonic() + SYNTH_TIMEOUT_S
    while getattr(driver, "_speaking", False):
        if time.monotonic() > deadline:
            raise SpeechError("语音合成超时")
        time.sleep(0.005)
    check_wav(partial)
    os.replace(partial, out)


def check_wav(path: Path) -> float:
    """Seconds of audio in a complete, non-silent WAV; SpeechError otherwise."""
    if not path.exists() or path.stat().st_size <= 44:
        raise SpeechError("语音合成没有生成声音文件")
    try:
        with wave.open(str(path), "rb") as wav:
            frames, width, rate = wav.getnframes(), wav.getsampwidth(), wav.getframerate()
            data = wav.readframes(frames)
    except (wave.Error, EOFError) as exc:
        raise SpeechError(f"语音文件不完整：{exc}") from exc
    if frames == 0 or width != 2 or len(data) != frames * width:
        raise SpeechError("语音文件不完整")
    samples = array.array("h", data)
    if max(samples) < MIN_PEAK and -min(samples) < MIN_PEAK:
        raise SpeechError("语音合成只得到了静音")
    return frames / rate


def _child_main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kiosk.speech")
    parser.add_argument("--voice", default=VOICE)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    text = sys.stdin.buffer.read().decode("utf-8")
    try:
        _synthesize_here(text, args.out, args.voice)
    except SpeechError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
