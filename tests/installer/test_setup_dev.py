"""installer/setup-dev.sh (what `make setup` runs) when pip cannot reach its package index."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pip

from tests.installer.conftest import ROOT


def test_unreachable_index_stops_the_pip_step_with_a_clear_message(tmp_path):
    project = tmp_path / "project"
    (project / "installer").mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "setup-dev.sh", project / "installer" / "setup-dev.sh")
    (project / "installer" / "debian-packages.txt").write_text("# nothing to install from Debian here\n")
    (project / "pyproject.toml").write_text('[project]\nname = "probe"\nversion = "0"\n'
                                            '[project.optional-dependencies]\ntest = ["pytest"]\n')
    # A .venv already there (so the script skips `python -m venv`, slow on a loaded machine), whose pip is
    # this environment's: the script's own pip step is what runs.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(project / ".venv")], check=True, timeout=300)
    site = next((project / ".venv" / "lib").glob("python3*/site-packages"))
    pip_home = Path(pip.__file__).resolve().parents[1]
    (site / "outer-pip.pth").write_text(f"{pip_home}\n")
    # An index address where nothing listens: the port stays bound (not listening) so no one else takes it.
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        index = f"http://127.0.0.1:{closed.getsockname()[1]}/simple"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k != "VIRTUAL_ENV"}
        env.update({"PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": index, "PIP_DEFAULT_TIMEOUT": "10",
                    "PYTHON": sys.executable})
        result = subprocess.run(["bash", str(project / "installer" / "setup-dev.sh")], cwd=project, env=env,
                                capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"pip cannot reach the package index ({index})" in result.stderr
    assert "make setup" in result.stderr  # what to do once the network is back
    # It stopped there: the project was not installed, and the next run tries again.
    assert not (project / ".venv" / ".installed").exists()
    assert "Obtaining" not in result.stdout + result.stderr
