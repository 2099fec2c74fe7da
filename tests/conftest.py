"""Shared fixtures. Qt runs offscreen with the software scene graph; nothing touches the real home."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# As in the kiosk (ui/app.py): the pinyin keyboard, shown only by an in-scene InputPanel. Set here for the
# whole run so that no test's outcome depends on which conftest happened to be collected first.
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
os.environ["GONGKAI_LANG"] = "zh"
# Load QtMultimedia on the main thread before any QML is loaded. Its library initialiser logs a warning; when
# QML's loader thread is the one to load it (the virtual keyboard's plugin pulls it in), pytest-qt's Python
# message handler waits for the GIL that the main thread holds while it waits for that loader: a deadlock
# (seen as a test hanging in QQuickView.setSource).
try:
    import PySide6.QtMultimedia  # noqa: F401
except ImportError:  # the core's tests run without Qt too
    pass
_home = Path(tempfile.mkdtemp(prefix="gongkai-test-home-"))
os.environ["XDG_DATA_HOME"] = str(_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")
os.environ.pop("GONGKAI_CONFIG", None)
os.environ.pop("GONGKAI_DATA_DIR", None)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from kiosk.clock import FixedClock  # noqa: E402
from kiosk.demo import DemoSpec, build_demo  # noqa: E402
from kiosk.store import open_store  # noqa: E402

DEMO_AS_OF = dt.date(2026, 11, 22)
GONGKAI = [sys.executable, "-m", "gongkai"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2026-11-22T10:00:00+08:00")


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated, empty database."""
    database = open_store(tmp_path / "kiosk.db")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """The scale-1 demo township, built once per run. Never open it for writing: copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_store(path)
    build_demo(database, DemoSpec(scale=1, seed=2026, as_of=DEMO_AS_OF), FixedClock("2026-11-22T06:00:00+08:00"))
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(demo_db_template, tmp_path) -> Path:
    """A private copy of the demo database that a test may change."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_template, path)
    return path


@pytest.fixture
def demo_db(demo_db_path):
    database = open_store(demo_db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True, scope="session")
def _kiosk_key(tmp_path_factory):
    """The kiosk key that seals the audit log (kiosk/trust/kiosk_key.py): a temporary one, never /etc/gongkai."""
    path = tmp_path_factory.mktemp("kiosk-key") / "kiosk.key"
    os.environ["GONGKAI_KIOSK_KEY"] = str(path)
    yield path


@pytest.fixture(autouse=True)
def _request_number_marks(tmp_path_factory, monkeypatch):
    """Each test its own high-water file of request numbers (kiosk/requests/highwater.py): one test's
    numbers must not move the next test's first number. Subprocesses inherit it through the environment."""
    path = tmp_path_factory.mktemp("numbers") / "numbers.json"
    monkeypatch.setenv("GONGKAI_NUMBERS_FILE", str(path))
    yield path
