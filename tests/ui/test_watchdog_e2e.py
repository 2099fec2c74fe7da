"""Under systemd the running kiosk says it is ready and keeps feeding the watchdog."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess

from tests.conftest import GONGKAI


def test_gongkai_run_sends_ready_then_watchdog_pings(module_db_path, tmp_path):
    db = shutil.copy(module_db_path, tmp_path / "k.db")
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(60)
    env = {**os.environ, "NOTIFY_SOCKET": address, "WATCHDOG_USEC": "200000", "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([*GONGKAI, "run", "--windowed", "--db", str(db)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        messages = [listener.recv(4096).decode() for _ in range(3)]
    finally:
        process.terminate()
        process.wait(timeout=30)
        listener.close()
    assert messages[0].startswith("READY=1")
    assert messages[1:] == ["WATCHDOG=1", "WATCHDOG=1"]
