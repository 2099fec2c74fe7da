"""The keyboard once more in the real kiosk session: cage on its headless backend, Qt on Wayland (where Qt warns
`qtvirtualkeyboard currently is not supported at client-side` but the in-scene panel works). The driver
(cage_keyboard_driver.py) taps keys inside the session and reports what it saw; grim grabs cage's output."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("cage_keyboard_driver.py")
USER, GROUP = "nobody", "nogroup"


def missing() -> str | None:
    tools = [t for t in ("cage", "grim", "Xwayland", "unshare", "setpriv") if shutil.which(t) is None]
    if tools:
        return f"missing {', '.join(tools)} (installer/debian-packages.txt: cage, grim, xwayland)"
    if os.geteuid() != 0:
        return "needs root: cage refuses to run as root, so the session runs as nobody in a mount namespace"
    return None


def closed_ancestor(path: Path) -> Path | None:
    """The first directory above `path` that others may not enter (e.g. /root holding a pyenv Python)."""
    for parent in reversed(path.parents):
        if parent != Path("/") and not os.stat(parent).st_mode & 0o001:
            return parent
    return None


@pytest.mark.slow
def test_keyboard_behaves_the_same_in_a_cage_wayland_session(demo_db_template):
    problem = missing()
    if problem:
        pytest.skip(problem)
    python = Path(sys.executable)
    base = Path(tempfile.mkdtemp(prefix="gongkai-kbd-cage-"))
    try:
        for sub in ("run", "home", "view"):
            (base / sub).mkdir()
        shutil.copy(demo_db_template, base / "kiosk.db")
        mounts = []
        for needed in {Path(sys.base_prefix).resolve(), python.resolve(), ROOT}:
            closed = closed_ancestor(needed)
            if closed is not None:   # show others only the one subtree we need, through a 0755 view
                child = needed.relative_to(closed).parts[0]
                (base / "view" / child).mkdir(exist_ok=True)
                mounts += [f"mount --bind {shlex.quote(str(closed / child))} {shlex.quote(str(base / 'view' / child))}",
                           f"mount --rbind {shlex.quote(str(base / 'view'))} {shlex.quote(str(closed))}"]
        subprocess.run(["chown", "-R", f"{USER}:{GROUP}", str(base)], check=True)
        (base / "view").chmod(0o755)
        (base / "run").chmod(0o700)
        env = {
            "PATH": "/usr/bin:/bin", "HOME": str(base / "home"), "LANG": "C.UTF-8", "GONGKAI_LANG": "zh",
            "XDG_RUNTIME_DIR": str(base / "run"), "XDG_CONFIG_HOME": str(base / "home"),
            "XDG_DATA_HOME": str(base / "home"),
            "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
            "QT_QPA_PLATFORM": "wayland",
        }
        client = (f"{shlex.quote(str(python))} {shlex.quote(str(DRIVER))} {base / 'kiosk.db'} {base / 'out.json'}"
                  f" > {base / 'client.log'} 2>&1")
        session = " ".join(["exec setpriv", f"--reuid={USER}", f"--regid={GROUP}", "--clear-groups", "env", "-i",
                            *(f"{k}={shlex.quote(v)}" for k, v in env.items()), "cage", "--", "/bin/sh", "-c",
                            shlex.quote(client)])
        script = "set -e\n" + "\n".join(mounts) + "\n" + session + "\n"
        subprocess.run(["unshare", "-m", "/bin/sh", "-c", script], timeout=240, check=False)
        log = (base / "client.log").read_text(errors="replace") if (base / "client.log").exists() else ""
        assert (base / "out.json").exists(), f"the driver did not report; its log:\n{log[-3000:]}"
        result = json.loads((base / "out.json").read_text())
        assert result["error"] is None, result["error"]
        assert result["platform"] == "wayland"
        assert result["checks"] and all(result["checks"].values()), result["checks"]
    finally:
        shutil.rmtree(base, ignore_errors=True)
