"""Rendering the kiosk offscreen to a PNG, as a resident would see it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


def settle(ms: int = 50) -> None:
    """Let bindings, layouts and the scene graph catch up before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab_window(window, out: str | Path) -> Path:
    settle()
    image = window.grabWindow()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    return out
