"""The Debian package, built once per test session by the same script `make deb` runs.

Lintian takes two to four minutes on the ~500 MB tree. So it starts in the background (niced) as
soon as the package exists, and its test is moved to the very end of the session: it runs while the
rest of the suite does, instead of adding its minutes to CI.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "installer" / "build-deb.sh"


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@dataclass
class BuiltPackage:
    deb: Path
    build_log: str
    lintian: subprocess.Popen | None


def _require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (installer/debian-packages.txt)")


LINTIAN_TEST = "test_package.py::test_lintian_reports_no_errors"


def pytest_collection_modifyitems(session, config, items):
    for item in [i for i in items if i.nodeid.endswith(LINTIAN_TEST)]:
        items.remove(item)
        items.append(item)


@pytest.fixture(scope="session")
def package(tmp_path_factory) -> BuiltPackage:
    _require("dpkg-deb")
    if not Path("/usr/bin/python3.11").exists():
        pytest.skip("needs /usr/bin/python3.11, the interpreter the package's venv is made for")
    base = tmp_path_factory.mktemp("deb")
    env = {"WORK_DIR": str(base / "work"), "OUT_DIR": str(base / "dist")}
    import os

    result = subprocess.run(["bash", str(BUILD_SCRIPT)], cwd=ROOT, env={**os.environ, **env},
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"build-deb.sh failed:\n{result.stdout}\n{result.stderr}"
    deb = base / "dist" / f"gongkai-kiosk_{version()}_amd64.deb"
    assert deb.is_file(), result.stdout
    # The staging tree is 500 MB; the tests look at the .deb itself.
    shutil.rmtree(base / "work", ignore_errors=True)
    lintian = None
    if shutil.which("lintian"):
        # Not niced: on a machine whose cores are all busy a niced lintian got ~5 % of a core and ran past its
        # time limit; at equal priority it takes its share while the rest of the suite runs.
        lintian = subprocess.Popen(["lintian", "--no-tag-display-limit", str(deb)],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    built = BuiltPackage(deb, result.stdout, lintian)
    yield built
    if lintian and lintian.poll() is None:
        lintian.kill()
        lintian.wait()


@pytest.fixture(scope="session")
def unpacked(package, tmp_path_factory) -> Path:
    """The package's files as dpkg would lay them out under /, in a throwaway root."""
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(package.deb), str(root)], check=True, timeout=300)
    yield root
    shutil.rmtree(root, ignore_errors=True)
