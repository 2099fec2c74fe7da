"""The systemd units: parsed as systemd reads them, and checked for what the kiosk relies on."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.installer.conftest import ROOT

UNITS = ROOT / "installer" / "systemd"


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """Sections of key -> values; systemd allows a key more than once (After=, Environment=)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None and "=" in line, f"{path.name}:{number}: not a key=value line: {raw!r}"
        key, value = (part.strip() for part in line.split("=", 1))
        current.setdefault(key, []).append(value)
    return sections


def test_kiosk_service_runs_the_ui_under_cage_as_the_kiosk_user_with_a_watchdog():
    unit = parse_unit(UNITS / "gongkai-kiosk.service")
    service = unit["Service"]
    assert service["ExecStart"] == ["/usr/bin/cage -d -- /usr/bin/gongkai run"]
    assert service["User"] == ["gongkai"] and service["PAMName"] == ["login"]
    assert service["TTYPath"] == ["/dev/tty1"]
    assert "getty@tty1.service" in unit["Unit"]["Conflicts"]
    assert service["Restart"] == ["always"]
    # The watchdog: systemd waits for READY=1 and restarts the kiosk when WATCHDOG=1 stops.
    assert service["Type"] == ["notify"] and service["NotifyAccess"] == ["all"]
    assert int(service["WatchdogSec"][0]) >= 10
    assert "GONGKAI_DATA_DIR=/var/lib/gongkai" in service["Environment"]
    assert unit["Install"]["WantedBy"] == ["graphical.target"]


def test_sync_runs_nightly_at_a_random_minute_and_catches_up_after_a_power_off():
    timer = parse_unit(UNITS / "gongkai-sync.timer")
    assert timer["Timer"]["OnCalendar"] == ["*-*-* 01:00:00"]
    assert timer["Timer"]["RandomizedDelaySec"] == ["4h"]
    assert timer["Timer"]["Persistent"] == ["true"]
    assert timer["Install"]["WantedBy"] == ["timers.target"]
    service = parse_unit(UNITS / "gongkai-sync.service")["Service"]
    assert service["Type"] == ["oneshot"]
    assert service["ExecStart"] == ["/usr/bin/gongkai sync"]
    # The only scheduler (the app has none): a night with the county unreachable is retried, a few times.
    assert service["Restart"] == ["on-failure"] and service["RestartSec"] == ["20min"]
    assert service["User"] == ["gongkai"]
    assert "/var/lib/gongkai" in service["ReadWritePaths"]


def test_systemd_accepts_the_units():
    # systemd is in installer/debian-packages.txt: a machine set up by `make setup` has it.
    assert shutil.which("systemd-analyze"), "systemd-analyze missing: run make setup (installs systemd)"
    for unit in sorted(UNITS.iterdir()):
        result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
        # cage and /usr/bin/gongkai exist only once the package is installed.
        complaints = [line for line in (result.stdout + result.stderr).splitlines()
                      if line.strip() and "is not executable: No such file or directory" not in line]
        assert not complaints, f"{unit.name}: {complaints}"
