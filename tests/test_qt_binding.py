"""The Qt binding does not leak: PySide6 6.12.0 lost a reference to None on every void call, and the
interpreter aborted after a few thousand of them ('none_dealloc'). A kiosk makes millions a day."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import sys
from PySide6.QtCore import QPointF
before = sys.getrefcount(None)
point = QPointF()
for _ in range(200_000):
    point.setX(1.0)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_do_not_leak_references_to_none():
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-1000:]
    assert abs(int(result.stdout.strip())) < 100
