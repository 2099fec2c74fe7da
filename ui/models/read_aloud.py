"""朗读: synthesise a page's title and body to a WAV with kiosk.speech, then play it with QtMultimedia.

Synthesis runs in SpeechJob's own process/thread; here a timer polls it, so the UI never blocks.
Any page change calls stop(). Whatever fails (no synthesiser, no audio device, a playback error) ends in
state "failed" with a message for people in `message` and the `failed` signal: the button goes back to 朗读
and Main.qml shows the message.

What a page says comes from the page itself (`speechText()` on the page item, see Main.qml `pageSpeech`),
so every page, new ones included, is read through the same `speakText`.
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from ui.i18n import noop, tr_data
from ui.timers import QT_TIMERS, TimerSource


def _default_job(title: str, body: str, out: Path, voice: str):
    from kiosk.speech import SpeechJob, speech_text

    if voice.startswith("cmn"):  # digits, dates and amounts spelled out the way Mandarin says them
        return SpeechJob(speech_text(title, body), out, voice=voice)
    return SpeechJob("\n".join(p for p in (title, body) if p), out, voice=voice)


# Messages for people, translated when shown (tr_data): the language changes while the kiosk runs.
NO_SYNTH = noop("ReadAloud", "本机未安装朗读组件，暂时无法朗读")
SYNTH_FAILED = noop("ReadAloud", "语音合成失败，暂时无法朗读，请阅读屏幕上的文字")
NO_AUDIO = noop("ReadAloud", "本机没有可用的扬声器或耳机，暂时无法朗读")
PLAY_FAILED = noop("ReadAloud", "声音播放失败，暂时无法朗读")
NO_VOICE = noop("ReadAloud", "本机的朗读组件没有这种语言的语音，暂时无法朗读，请阅读屏幕上的文字")


@functools.cache
def espeak_has_voice(code: str) -> bool:
    """Whether the installed espeak-ng has a voice for this language (`espeak-ng --voices=ug`)."""
    try:
        out = subprocess.run(["espeak-ng", f"--voices={code}"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return any(line.split()[1:2] == [code] or line.split()[1:2] and line.split()[1].startswith(code + "-")
               for line in out.splitlines()[1:] if line.strip())


def voice_for(language: str, chinese_voice: str) -> str | None:
    """The espeak-ng voice that reads the screens' language: the configured one for Chinese, the language's
    own for the others (Uyghur: ug), None when espeak-ng has none (朗读 then says so instead of reading)."""
    if language == "zh":
        return chinese_voice
    return language if espeak_has_voice(language) else None


def _audio_outputs() -> list:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioOutputs())


class ReadAloud(QObject):
    changed = Signal()
    failed = Signal(str)  # a message for people: why nothing can be heard

    def __init__(self, *, voice: str = "cmn-latn-pinyin", out_dir: Path | None = None,
                 poll_ms: int = 50, job_factory=None, audio_outputs=None, timers: TimerSource = QT_TIMERS,
                 parent: QObject | None = None):
        """`job_factory(title, body, out, voice)` -> a SpeechJob-like object; tests inject one.

        `audio_outputs()` lists the sound devices (QMediaDevices by default); tests inject one.
        """
        super().__init__(parent)
        self._audio_outputs = audio_outputs or _audio_outputs
        self._message = ""
        self._quiet = False
        self.last_text = ""  # the text of the last speak(): tests and `gongkai screenshot --speech` read it
        self._job_factory = job_factory
        self._chinese_voice = voice
        self._voice: str | None = voice
        self._out_dir = Path(out_dir or tempfile.mkdtemp(prefix="gongkai-speech-"))
        self._job = None
        self._state = "idle"  # idle | preparing | playing | failed
        self._serial = 0
        self._player = None
        self._audio = None
        self._poll = timers.timer(self, poll_ms)
        self._poll.timeout.connect(self._check_job)
        self.last_wav: Path | None = None  # what was (or would have been) played: tests measure it

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _fail(self, message: str) -> None:
        message = tr_data("ReadAloud", message)
        self._poll.stop()
        self._job = None
        self._message = message
        self._set_state("failed")
        self.changed.emit()
        if not self._quiet:  # the idle prompt fails silently: its overlay says the same on screen
            self.failed.emit(message)

    state = Property(str, lambda self: self._state, notify=changed)
    active = Property(bool, lambda self: self._state in ("preparing", "playing"), notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)

    def set_language(self, language: str) -> None:
        """Read in the screens' language from now on (its espeak-ng voice, or none: then 朗读 says so)."""
        self.stop()
        self._voice = voice_for(language, self._chinese_voice)
        self.changed.emit()

    voice = Property(str, lambda self: self._voice or "", notify=changed)

    @Slot(str)
    def speakText(self, text: str) -> None:
        """Read a page: its first line is its title (see `speechText()` on each page)."""
        title, _, body = (text or "").partition("\n")
        self.speak(title, body)

    @Slot(str, str)
    def speak(self, title: str, body: str) -> None:
        self._speak(title, body, quiet=False)

    def _speak(self, title: str, body: str, *, quiet: bool) -> None:
        self.stop()
        self._message = ""
        self._quiet = quiet
        self.last_text = "\n".join(part for part in (title, body) if part)
        if self._voice is None:
            self._fail(NO_VOICE)
            return
        factory = self._job_factory or _default_job
        self._serial += 1
        out = self._out_dir / f"page-{self._serial}.wav"
        try:
            self._job = factory(title, body, out, self._voice)
        except ImportError:  # kiosk.speech (pyttsx3) not installed
            self._fail(NO_SYNTH)
            return
        self._job.start()
        self._set_state("preparing")
        self._poll.start()

    @Slot(str, str)
    def announce(self, title: str, body: str) -> None:
        """Read what just appeared, unasked (政策找人's questions): when nothing can be heard no message
        covers the screen, which shows the same words; a tap on 朗读 still says why it is silent."""
        self._speak(title, body, quiet=True)

    @Slot(str)
    def say(self, text: str) -> None:
        """A short spoken prompt (the idle countdown)."""
        self._speak("", text, quiet=True)

    @Slot()
    def stop(self) -> None:
        self._poll.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if self._player is not None:
            self._player.stop()
        self._set_state("idle")

    @Slot()
    def forget(self) -> None:
        """Idle reset: stop, and delete every WAV made so far (it is what a resident's page said)."""
        self.stop()
        if self._player is not None:
            self._player.setSource(QUrl())
        for wav in self._out_dir.glob("*.wav"):
            wav.unlink(missing_ok=True)
        self.last_wav = None

    def _check_job(self) -> None:
        job = self._job
        if job is None:
            self._poll.stop()
            return
        status = job.poll()
        if status == "running":
            return
        self._poll.stop()
        self._job = None
        if status != "done":
            if status == "failed":
                self._fail(SYNTH_FAILED)
            else:
                self._set_state("idle")
            return
        self.last_wav = Path(job.wav_path)
        self._play(self.last_wav)

    def _play(self, wav: Path) -> None:
        try:
            if not self._audio_outputs():
                # QMediaPlayer would sit in "playing" for ever with nowhere to send the sound.
                self._fail(NO_AUDIO)
                return
            if self._player is None:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

                self._audio = QAudioOutput(self)
                self._player = QMediaPlayer(self)
                self._player.setAudioOutput(self._audio)
                self._player.playbackStateChanged.connect(self._on_playback)
                self._player.errorOccurred.connect(self._on_error)
            self._player.setSource(QUrl.fromLocalFile(str(wav)))
            self._player.play()
            self._set_state("playing")
        except Exception:  # no multimedia backend on this machine: reading aloud is best effort
            self._fail(PLAY_FAILED)

    def _on_error(self, *_args) -> None:
        if self._state == "playing":
            self._fail(PLAY_FAILED)

    def _on_playback(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.StoppedState and self._state == "playing":
            self._set_state("idle")
