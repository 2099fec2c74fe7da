"""The township's languages travel from the county's township.json, through the signed bundle, to the kiosk."""

from __future__ import annotations

import json

import pytest

from county.source_folder import read_source
from kiosk.errors import ValidationError


def _set(source, **values):
    path = source / "township.json"
    township = json.loads(path.read_text(encoding="utf-8"))
    township.update(values)
    path.write_text(json.dumps(township, ensure_ascii=False), encoding="utf-8")


def test_township_json_names_the_default_and_the_offered_languages(source):
    _set(source, default_language="ug", languages=["zh", "ug", "en"])
    content = read_source(source)
    assert content.township["default_language"] == "ug" and content.township["languages"] == "zh,ug,en"
    row = dict(zip(content.tables["township"][0], content.tables["township"][1][0], strict=True))
    assert row["default_language"] == "ug" and row["languages"] == "zh,ug,en"


def test_the_signed_bundle_brings_them_to_the_kiosk(db, kiosk, county_server, source, publish_again):
    from kiosk.config import Config
    from kiosk.store import township_repo
    from ui.app import language_settings

    _set(source, default_language="ug", languages=["zh", "ug"])
    publish_again(source, at="2026-11-22T03:00:00+08:00")  # before the kiosk's clock
    report = kiosk(server=county_server.url)
    assert report.ok, report.errors
    township = township_repo.get_township(db)
    assert township["default_language"] == "ug" and township["languages"] == "zh,ug"
    assert language_settings(Config(), db) == ("ug", ["zh", "ug"])


@pytest.mark.parametrize("values", [{"default_language": "维语"}, {"languages": "zh;ug"},
                                    {"default_language": "bo", "languages": ["zh", "ug"]}])
def test_bad_language_settings_are_refused_with_a_clear_message(source, values):
    _set(source, **values)
    with pytest.raises(ValidationError, match="township.json"):
        read_source(source)
