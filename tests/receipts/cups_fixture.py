"""A real CUPS scheduler with cups-pdf queues, started by the test itself when needed.

There is no systemd on the build machine, so cupsd is started by hand (shared/TECH.md §10). The
scheduler is left running afterwards (other runs reuse it); the test queues are deleted.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

CUPSD = "/usr/sbin/cupsd"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, env=ENV, timeout=30, check=False)


def scheduler_running() -> bool:
    return "scheduler is running" in run("lpstat", "-r").stdout


def wait_for(condition, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def ensure_cupsd() -> None:
    if not Path(CUPSD).exists() or not shutil.which("lpadmin"):
        pytest.skip("cupsd / cups-client not installed (apt-get install cups cups-client printer-driver-cups-pdf)")
    if scheduler_running():
        return
    if os.geteuid() != 0:
        pytest.skip("the CUPS scheduler is not running and only root can start it here")
    started = subprocess.run([CUPSD], capture_output=True, text=True, timeout=30, check=False)
    if started.returncode != 0:
        pytest.fail(f"cupsd did not start: {started.stderr.strip()}")
    wait_for(scheduler_running, 20, "the CUPS scheduler to answer")


def add_pdf_queue(name: str) -> None:
    done = run("lpadmin", "-p", name, "-v", "cups-pdf:/", "-m", PPD, "-E")
    if done.returncode != 0:
        if "cups-pdf" in done.stderr or "Unable to copy PPD" in done.stderr or "PPD" in done.stderr:
            pytest.skip(f"cups-pdf driver missing (printer-driver-cups-pdf): {done.stderr.strip()}")
        pytest.fail(f"lpadmin failed: {done.stderr.strip()}")


def remove_queue(name: str) -> None:
    run("cancel", "-a", name)
    run("lpadmin", "-x", name)


def cups_pdf_output_dir() -> Path:
    """`Out` in cups-pdf.conf, with ${HOME} the home of the user submitting (us)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name))
