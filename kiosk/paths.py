"""Where the kiosk keeps its data and finds its resources."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "gongkai"


def data_dir() -> Path:
    """$GONGKAI_DATA_DIR, else $XDG_DATA_HOME/gongkai, else ~/.local/share/gongkai."""
    if explicit := os.environ.get("GONGKAI_DATA_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def default_db_path() -> Path:
    return data_dir() / "kiosk.db"


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_DIR_NAME


def resources_dir() -> Path:
    """The `resources/` folder shipped beside the packages (an importable package, so it installs)."""
    import resources

    return Path(resources.__file__).parent


def log_dir() -> Path:
    """$GONGKAI_LOG_DIR, else the `log` folder of the data directory (the kiosk's state)."""
    if explicit := os.environ.get("GONGKAI_LOG_DIR"):
        return Path(explicit)
    return data_dir() / "log"
