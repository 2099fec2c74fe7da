"""Staff screens under pytest-qt: a seeded database and StaffArea.qml on an offscreen window."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from tests.staff_ui.harness import StaffScreen, seed


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
