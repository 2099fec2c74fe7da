"""朗读: synthesise a page's title and body to a WAV with kiosk.speech, then play it with QtMultimedia.

Synthesis runs in SpeechJob's own process/thread; here a timer polls it, so the UI never blocks.
Any page change calls stop(). With no audio device the player reports an error and we go idle.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from ui.timers import QT_TIMERS, TimerSource


def _default_job(title: str, body: str, out: Path, voice: str):
    from kiosk.speech import SpeechJob, speech_text

    return SpeechJob(speech_text(title, body), out, voice=voice)


class ReadAloud(QObject):
    changed = Signal()

    def __init__(self, *, voice: str = "cmn-latn-pinyin", out_dir: Path | None = None,
                 poll_ms: int = 50, job_factory=None, timers: TimerSource = QT_TIMERS,
                 parent: QObject | None = None):
        """`job_factory(title, body, out, voice)` -> a SpeechJob-like object; tests inject one."""
        super().__init__(parent)
        self._job_factory = job_factory
        self._voice = voice
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

    state = Property(str, lambda self: self._state, notify=changed)
    active = Property(bool, lambda self: self._state in ("preparing", "playing"), notify=changed)

    @Slot(str, str)
    def speak(self, title: str, body: str) -> None:
        self.stop()
        factory = self._job_factory or _default_job
        self._serial += 1
        out = self._out_dir / f"page-{self._serial}.wav"
        try:
            self._job = factory(title, body, out, self._voice)
        except ImportError:  # kiosk.speech not installed: the button just does nothing audible
            self._set_state("failed")
            return
        self._job.start()
        self._set_state("preparing")
        self._poll.start()

    @Slot(str)
    def say(self, text: str) -> None:
        """A short spoken prompt (the idle countdown)."""
        self.speak("", text)

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
            self._set_state("failed" if status == "failed" else "idle")
            return
        self.last_wav = Path(job.wav_path)
        self._play(self.last_wav)

    def _play(self, wav: Path) -> None:
        try:
            if self._player is None:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

                self._audio = QAudioOutput(self)
                self._player = QMediaPlayer(self)
                self._player.setAudioOutput(self._audio)
                self._player.playbackStateChanged.connect(self._on_playback)
                self._player.errorOccurred.connect(lambda *_: self._set_state("idle"))
            self._player.setSource(QUrl.fromLocalFile(str(wav)))
            self._player.play()
            self._set_state("playing")
        except Exception:  # no multimedia backend on this machine: reading aloud is best effort
            self._set_state("failed")

    def _on_playback(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.StoppedState and self._state == "playing":
            self._set_state("idle")
