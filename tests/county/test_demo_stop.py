"""`gongkai county demo` stops its PostgreSQL when ended with SIGTERM (a service manager, `kill`,
`docker stop`), as it does on Ctrl+C: no postmaster is left running and its folder is removed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from county import pgcluster

ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(not pgcluster.available(), reason="PostgreSQL is not installed")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_county_demo_stops_its_postgresql_on_sigterm_as_on_ctrl_c(tmp_path, stop):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Ctrl+C reaches a program in the foreground of a terminal, where SIGINT is not ignored; a suite started in
    # the background of a script (SIGINT ignored there, as POSIX asks) would pass that on to the demo.
    demo = subprocess.Popen([sys.executable, "-m", "gongkai", "county", "demo", "--root", str(tmp_path / "demo"),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines = []
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = demo.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Ctrl+C 停止" in line:
                break
        output = "".join(lines)
        assert "Ctrl+C 停止" in output, output
        base = Path(re.search(r"host=([^&']+)", output).group(1))
        postmaster = int((base / "data" / "postmaster.pid").read_text().split()[0])
        assert _alive(postmaster)
        demo.send_signal(stop)
        rest, _ = demo.communicate(timeout=120)
        assert demo.returncode == 0, rest
        assert "PostgreSQL 已停止" in rest
        deadline = time.monotonic() + 120  # generous: a loaded machine can take a while to end the postmaster
        while _alive(postmaster) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(postmaster), "the demo's PostgreSQL is still running"
        assert not base.exists(), "the cluster's folder is removed"
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
