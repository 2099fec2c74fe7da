"""The layers stay as drawn: the core imports no Qt or HTTP, sync no UI; the code passes ruff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_import_contracts_hold():
    result = subprocess.run([BIN / "lint-imports"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing():
    result = subprocess.run(
        [BIN / "ruff", "check", "kiosk", "ui", "sync", "county", "gongkai", "tests"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]
