"""A real CUPS scheduler with cups-pdf queues: the test's own cupsd, never the machine's.

`own_cupsd()` starts a private cupsd in the foreground with its own configuration, spool, cache, state and
log directories and its own local socket (in a fresh temporary directory), points the CUPS tools at it through
CUPS_SERVER (for this process and every command it starts), and stops it and removes it all afterwards.
A system cupsd, running or not, is never asked anything and never changed.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

CUPSD = "/usr/sbin/cupsd"
# The PPD file itself, handed to lpadmin with -P: a model name (-m) goes through cups-driverd, which failed in a
# fresh debootstrapped root ("cups-driverd failed to get PPD file").
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(list(args), capture_output=True, text=True, env=env, timeout=30, check=False)


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


CUPSD_CONF = """\
# A private scheduler for the tests: its own socket only, no network, no browsing, no web interface.
Listen {socket}
Browsing Off
BrowseLocalProtocols none
WebInterface No
LogLevel warn
MaxLogSize 0
DefaultPolicy test
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy test>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
FileDevice No
Sandboxing Relaxed
User lp
Group lp
SystemGroup root
"""


@contextlib.contextmanager
def own_cupsd():
    """A private cupsd for the duration of the block; CUPS_SERVER names its socket meanwhile."""
    if not Path(CUPSD).exists() or not shutil.which("lpadmin"):
        pytest.fail("cupsd / cups-client not installed: installer/debian-packages.txt lists cups, cups-client "
                    "and printer-driver-cups-pdf (make setup installs them)")
    if os.geteuid() != 0:
        pytest.skip("cupsd runs its cups-pdf backend as root: the printing tests need root")
    root = Path(tempfile.mkdtemp(prefix="gongkai-cupsd-"))
    # Filters run as lp and read the spooled files: the tree must be reachable for it.
    root.chmod(0o755)
    for sub in ("etc/ppd", "etc/ssl", "spool/tmp", "cache", "state/certs", "log"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    lp = pwd.getpwnam("lp")
    os.chown(root / "spool", 0, lp.pw_gid)
    (root / "spool").chmod(0o710)
    os.chown(root / "spool" / "tmp", 0, lp.pw_gid)
    (root / "spool" / "tmp").chmod(0o1770)
    os.chown(root / "cache", 0, lp.pw_gid)
    (root / "cache").chmod(0o770)
    socket = root / "cups.sock"
    (root / "etc" / "cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "etc" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    log = open(root / "log" / "cupsd.out", "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [CUPSD, "-f", "-c", str(root / "etc" / "cupsd.conf"), "-s", str(root / "etc" / "cups-files.conf")],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "LC_ALL": "C", "LANG": "C"},
    )
    before = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(socket)
    try:
        deadline = time.monotonic() + 60
        while not (socket.exists() and scheduler_running()):
            if process.poll() is not None or time.monotonic() > deadline:
                problem = f"exited with {process.returncode}" if process.poll() is not None else "did not answer"
                errors = "".join(p.read_text(errors="replace") for p in (root / "log").iterdir() if p.is_file())
                pytest.fail(f"the test's own cupsd {problem} within 60 s: {errors[-2000:]}")
            time.sleep(0.1)
        yield socket
    finally:
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        log.close()
        shutil.rmtree(root, ignore_errors=True)


def add_pdf_queue(name: str) -> None:
    if not PPD.is_file():
        pytest.fail(f"{PPD} missing: installer/debian-packages.txt lists printer-driver-cups-pdf (make setup installs it)")
    done = run("lpadmin", "-p", name, "-v", "cups-pdf:/", "-P", str(PPD), "-E")
    if done.returncode != 0:
        pytest.fail(f"lpadmin failed: {done.stderr.strip()}")


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
