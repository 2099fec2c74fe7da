"""The real kiosk session, started the way gongkai-kiosk.service starts it: cage, then the packaged gongkai.

The built package's /opt is mounted at /opt in a private mount namespace (as dpkg would install it), and the
unit's ExecStart (`cage -d -- /usr/bin/gongkai run`) runs there as an unprivileged user with the unit's
environment, with Qt on Wayland. The kiosk tells a notify socket READY=1 as it does systemd.

What cage shows is read from the X server cage draws into: cage runs on wlroots' X11 backend inside an Xvfb of
the panel's size, its output window is given that size, and Xvfb's framebuffer is what a panel of that size
would show. (Not the headless backend with grim: cage 0.1.4 scans a full-screen client's buffer out directly,
and wlroots 0.15's screencopy of a headless output then returns the first frame or black, whatever the kiosk
draws; nor does the headless backend take any size but 1280x720.) The whole home screen must match the same
screen rendered offscreen at that size: header with the date, 搜索 and 长辈模式, the notice banner, every tile
and the 朗读 bar, all inside the output. Then the session is stopped as the unit stops it (its ExecStop), and
cage must exit cleanly.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageGrab, ImageStat

from tests.conftest import GONGKAI
from tests.installer.conftest import ROOT

UNIT = ROOT / "installer" / "systemd" / "gongkai-kiosk.service"
USER = "nobody"  # unprivileged, on every Debian system; the unit's own user exists only once the .deb is installed
# Common kiosk panels: 1280x800 (10-inch), 1080x1920 (portrait totem), 1920x1080 (the layout's design size).
PANELS = [(1280, 800), (1080, 1920), (1920, 1080)]


def unit_service() -> tuple[list[str], dict[str, str]]:
    """ExecStart and the Environment= settings of the kiosk unit."""
    exec_start, env = None, {}
    for line in UNIT.read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "ExecStart":
            exec_start = shlex.split(value)
        elif key == "Environment":
            name, _, setting = value.partition("=")
            env[name] = setting
    assert exec_start, "the unit has no ExecStart"
    return exec_start, env


def why_no_session() -> str | None:
    """What this machine lacks to run the session at all (the tests must then fail, saying so)."""
    missing = [tool for tool in ("cage", "Xvfb", "Xwayland", "xdotool", "unshare", "setpriv")
               if shutil.which(tool) is None]
    if missing:
        return f"missing {', '.join(missing)}: run make setup (installer/debian-packages.txt: cage, xvfb, xdotool)"
    if os.geteuid() != 0:
        return "needs root: mounting the package's /opt in a mount namespace, then dropping to an unprivileged user"
    return None


def same_screen(shot: Image.Image, reference: Path) -> tuple[bool, str]:
    """The capture shows the whole home screen as the offscreen render does.

    Text antialiasing and the two rasterisers differ in single pixels, so both images are reduced to a grid of
    averaged 20 px cells first; another page, a layout for another size cut at the edge, an empty or black
    output, or no window at all moves many cells far."""
    a = shot.convert("RGB")
    b = Image.open(reference).convert("RGB")
    if a.size != b.size:
        return False, f"size {a.size} != {b.size}"
    cells = (a.width // 20, a.height // 20)
    small_a, small_b = (img.resize(cells, Image.Resampling.BOX) for img in (a, b))
    diff = ImageChops.difference(small_a, small_b)
    mean = sum(ImageStat.Stat(diff).mean) / 3
    raw = diff.tobytes()  # RGB triples
    far = sum(1 for i in range(0, len(raw), 3) if max(raw[i:i + 3]) > 48)
    colours = len(a.getcolors(1 << 16) or range(1 << 16))
    total = cells[0] * cells[1]
    verdict = f"whole screen: mean cell difference {mean:.1f}, {far} of {total} cells far apart, {colours} colours"
    return mean < 6 and far <= total // 50 and colours > 50, verdict


class Xvfb:
    """An X server of the panel's size for cage's X11 backend; any local client may draw on it (-ac)."""

    def __init__(self, size: tuple[int, int]):
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "{}x{}x24".format(*size), "-ac", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        self.display = f":{number}"

    def grab(self) -> Image.Image:
        return ImageGrab.grab(xdisplay=self.display)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def visible_windows(display: str) -> set[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", ""], capture_output=True, text=True,
                           env={**os.environ, "DISPLAY": display}, timeout=30)
    return set(found.stdout.split())


def unit_exec_stop() -> str:
    """The unit's ExecStop, as the shell command systemd would run ($$ is a literal $)."""
    for line in UNIT.read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "ExecStop":
            return value
    raise AssertionError("the unit has no ExecStop")


@pytest.fixture
def session_dir():
    """A directory the unprivileged user owns: XDG_RUNTIME_DIR (0700), the data directory, config, caches."""
    user = pwd.getpwnam(USER)
    base = Path(tempfile.mkdtemp(prefix="gongkai-cage-"))
    try:
        for sub in ("run", "data", "config", "cache", "bin"):
            (base / sub).mkdir()
        yield base, user
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_the_unit_runs_cage_on_the_packaged_gongkai():
    exec_start, env = unit_service()
    assert exec_start == ["/usr/bin/cage", "-d", "--", "/usr/bin/gongkai", "run"]
    assert env["QT_QPA_PLATFORM"].split(";")[0] == "wayland"


@pytest.mark.timeout(1800)  # may build the package first (the session fixture), then waits generously
@pytest.mark.parametrize("size", PANELS, ids=["{}x{}".format(*p) for p in PANELS])
def test_kiosk_session_under_cage_shows_the_whole_home_screen(unpacked, demo_db_path, session_dir, tmp_path, size):
    problem = why_no_session()
    assert problem is None, f"the cage session cannot run on this machine: {problem}"
    base, user = session_dir
    exec_start, unit_env = unit_service()

    # What the unit's paths are here: /var/lib/gongkai and /run/gongkai become directories in `base`.
    data, runtime = base / "data", base / "run"
    shutil.copy(demo_db_path, data / "kiosk.db")
    (base / "kiosk.toml").write_text("")  # every default; a /etc/gongkai of this machine is not read
    # The package's /usr/bin/gongkai, byte for byte, where the unprivileged user can read it.
    wrapper = base / "bin" / "gongkai"
    shutil.copy(unpacked / "usr/bin/gongkai", wrapper)
    command = [str(wrapper) if arg == "/usr/bin/gongkai" else arg for arg in exec_start]
    command[0] = shutil.which("cage")
    xvfb = Xvfb(size)
    before = visible_windows(xvfb.display)  # the root window: cage's output window is the one that comes after
    # The unit's environment, every variable of it (the input method included), with its paths moved here.
    env = {name: value.replace("/var/lib/gongkai", str(data)).replace("/run/gongkai", str(base))
           for name, value in unit_env.items()}
    env.update({
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "USER": USER, "LOGNAME": USER,
        "XDG_RUNTIME_DIR": str(runtime), "GONGKAI_CONFIG": str(base / "kiosk.toml"),
        # cage on wlroots' X11 backend in the panel-sized Xvfb, drawn by pixman: no GPU, no input devices.
        "WLR_BACKENDS": "x11", "DISPLAY": xvfb.display, "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
        # Wayland only: the unit's xcb fallback would hide a broken Wayland plugin behind Xwayland.
        "QT_QPA_PLATFORM": "wayland",
        "NOTIFY_SOCKET": str(base / "notify"),
    })
    for path in [base, *base.rglob("*")]:
        os.chown(path, user.pw_uid, user.pw_gid)
    base.chmod(0o755)
    runtime.chmod(0o700)

    # systemd's side of Type=notify: a datagram socket the kiosk can write to.
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(env["NOTIFY_SOCKET"])
    os.chmod(env["NOTIFY_SOCKET"], 0o777)
    notify.settimeout(1.0)

    reference = tmp_path / "reference.png"
    rendered = subprocess.run([*GONGKAI, "screenshot", "home", "--db", str(data / "kiosk.db"), "--size",
                               "{}x{}".format(*size), "--out", str(reference)],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert rendered.returncode == 0, rendered.stderr

    drop = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", "--"]
    script = (f"mount --bind {shlex.quote(str(unpacked / 'opt'))} /opt && cd {shlex.quote(str(data))} && "
              f"exec {shlex.join([*drop, 'env', '-i', *[f'{k}={v}' for k, v in env.items()], *command])}")
    log = open(tmp_path / "session.log", "w")  # noqa: SIM115 (closed below)
    session = subprocess.Popen(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def session_output() -> str:
        log.flush()
        return (tmp_path / "session.log").read_text(errors="replace")[-3000:]

    try:
        # READY=1 once the window is up (ui/watchdog.py); generous: a loaded machine imports Qt slowly.
        deadline = time.monotonic() + 240
        messages = b""
        while b"READY=1" not in messages:
            assert session.poll() is None, f"the session ended ({session.returncode}):\n{session_output()}"
            assert time.monotonic() < deadline, f"no READY=1 within 240 s:\n{session_output()}"
            try:
                messages += notify.recv(4096) + b"\n"
            except TimeoutError:
                pass
        # cage's output is the panel: its (unnamed) window fills the X screen, as a DRM output would.
        windows: set[str] = set()
        deadline = time.monotonic() + 60
        while not windows and time.monotonic() < deadline:
            windows = visible_windows(xvfb.display) - before
            time.sleep(0.5)
        assert len(windows) == 1, f"cage's output windows: {windows}:\n{session_output()}"
        (window,) = windows
        first = xvfb.grab()
        xdo = {**os.environ, "DISPLAY": xvfb.display}
        subprocess.run(["xdotool", "windowmove", window, "0", "0", "windowsize", window, *map(str, size)],
                       env=xdo, check=True, timeout=30)
        # Then what the panel shows, until a frame other than the first one is there and it is the home screen.
        shot = tmp_path / "panel.png"
        verdict, changed = "no capture", False
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert session.poll() is None, f"the session ended ({session.returncode}):\n{session_output()}"
            capture = xvfb.grab()
            capture.save(shot)
            changed = changed or ImageChops.difference(capture.convert("RGB"), first.convert("RGB")).getbbox() is not None
            ok, verdict = same_screen(capture, reference)
            if ok and changed:
                break
            time.sleep(1)
        else:
            pytest.fail(f"the panel never showed the home screen ({verdict}; changed from the first frame: "
                        f"{changed}); see {shot} and {reference}:\n{session_output()}")
        # cage is the session's process itself (sh and setpriv exec it), and it runs as the unprivileged user.
        status = Path(f"/proc/{session.pid}/status").read_text()
        assert Path(f"/proc/{session.pid}/exe").resolve().name == "cage"
        uids = next(line.split()[1:] for line in status.splitlines() if line.startswith("Uid:"))
        assert set(uids) == {str(user.pw_uid)}, uids

        # Stopping the unit: its ExecStop with MAINPID = cage, as systemd runs it; cage must end by itself, cleanly.
        stop = unit_exec_stop().replace("$MAINPID", str(session.pid)).replace("$$", "$")
        subprocess.run(shlex.split(stop), check=True, timeout=60)
        code = session.wait(timeout=60)
        output = session_output()
        assert code == 0, f"cage ended with {code} after ExecStop:\n{output}"
        assert "Assertion" not in output and "Aborted" not in output, output
    finally:
        if session.poll() is None:
            os.killpg(session.pid, signal.SIGTERM)
            try:
                session.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(session.pid, signal.SIGKILL)
                session.wait(timeout=30)
        log.close()
        notify.close()
        xvfb.close()
