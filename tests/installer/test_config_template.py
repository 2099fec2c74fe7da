"""The /etc/gongkai/kiosk.toml the package ships: every setting explained, and the kiosk accepts it as is."""

from __future__ import annotations

import re

from kiosk.config import SETTINGS, Config, load_config
from tests.installer.conftest import ROOT

TEMPLATE = ROOT / "installer" / "files" / "kiosk.toml"


def test_template_mentions_every_setting_with_its_default():
    text = TEMPLATE.read_text(encoding="utf-8")
    for setting in SETTINGS:
        line = re.search(rf"^# {setting.name} = (.+)$", text, re.M)
        assert line, f"{setting.name} is not in the shipped kiosk.toml"
    assert not re.search(r"^[a-z_]+ =", text, re.M), "the template sets nothing: the code's defaults apply"


def test_template_loads_as_the_defaults():
    loaded = load_config(TEMPLATE)
    assert loaded.replace(source=None) == Config()


def test_a_file_that_still_sets_a_retired_setting_loads(tmp_path):
    from kiosk.config import RETIRED

    path = tmp_path / "kiosk.toml"
    path.write_text('township = "362430101"\nsync_window = "01:00-05:00"\n', encoding="utf-8")
    assert "sync_window" in RETIRED
    assert load_config(path).township == "362430101"
    assert not hasattr(load_config(path), "sync_window")
