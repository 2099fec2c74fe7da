"""Staff screens under pytest-qt: a seeded database and StaffArea.qml on an offscreen window."""

from __future__ import annotations

import ctypes
import sys

import pytest

from kiosk.config import Config
from tests.staff_ui.harness import StaffScreen, seed


def _pin_singletons() -> None:
    """Work around a PySide6 6.12.0 bug: every call of a void C++ method from Python (setObjectName,
    QTimer.start, processEvents, QTest.mouseClick ...) drops one reference to None without taking it,
    and something similar happens to True/False. After a few thousand calls CPython aborts with
    "none_dealloc: deallocating None" (measured here; 6.11.3 does not leak). The singletons are never
    freed anyway, so their reference counts are raised far out of reach. Python 3.12+ makes them
    immortal and needs none of this.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_pin_singletons()


@pytest.fixture
def seeded_db(db, clock):
    seed(db, clock)
    return db


@pytest.fixture
def make_screen(qtbot, seeded_db, clock, tmp_path):
    screens = []

    def make(**config_changes) -> StaffScreen:
        config = Config(kiosk_id="K01", printer=f"escpos-file:{tmp_path / 'printer.bin'}", **config_changes)
        screen = StaffScreen(qtbot, seeded_db, clock, config)
        screens.append(screen)
        return screen

    yield make
    for screen in screens:
        screen.close()
