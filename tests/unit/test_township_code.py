"""One township-code check: setup, request numbers, bundle manifests and the county take and refuse the same codes."""

from __future__ import annotations

import json

import pytest

from gongkai.commands.setup import check_township
from kiosk.config import Config
from kiosk.errors import BundleRejected, ConfigError, ValidationError
from kiosk.requests import numbers, service
from kiosk.store import open_store
from sync.bundle import parse_manifest

GOOD = ["362430101", "362430101000"]
BAD = ["3624", "36243010", "3624301011", "36243010A", "abc", "362430101-x", "../362430101", "３６２４３０１０１", ""]


def _manifest(township: str) -> bytes:
    return json.dumps({"format": "gongkai-bundle", "schema_version": 1, "township": township, "kind": "full",
                       "sequence": 1, "created_at": "2026-11-22T01:00:00+08:00",
                       "expires_at": "2026-12-22T01:00:00+08:00", "attachments": [],
                       "files": [{"path": "content.sqlite", "length": 1, "sha256": "0" * 64}]}).encode()


def _number(township: str) -> str:
    payload = f"{township}-K01-2026-00017"
    return f"{payload}-{numbers.mod37_36_check_char(payload)}"


@pytest.mark.parametrize("code", GOOD)
def test_a_township_code_is_taken_everywhere(code, tmp_path):
    assert check_township(f" {code} ") == code
    assert parse_manifest(_manifest(code)).township == code
    assert numbers.split_number(_number(code)).township == code
    db = open_store(tmp_path / "k.db")
    assert service.township_code(db, Config(township=code)) == code


@pytest.mark.parametrize("code", BAD)
def test_anything_else_is_refused_everywhere_with_the_same_rule(code, tmp_path):
    with pytest.raises(ValidationError, match="9位或12位数字"):
        check_township(code)
    with pytest.raises(BundleRejected, match="乡镇代码"):
        parse_manifest(_manifest(code))
    if code.isascii() and code:
        with pytest.raises(ValidationError, match="格式不正确"):
            numbers.parse_number(_number(code))
    db = open_store(tmp_path / "k.db")
    if code:  # an empty code means "not configured": numbers then use 000000000
        with pytest.raises(ConfigError, match="乡镇代码"):
            service.township_code(db, Config(township=code))


def test_the_county_refuses_a_source_folder_and_a_console_path_with_a_bad_code(tmp_path):
    county_folder = pytest.importorskip("county.source_folder")
    from county.console.publishing import source_folder

    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "township.json").write_text(json.dumps({"code": "36243A101", "name": "青禾镇"}), encoding="utf-8")
    with pytest.raises(ValidationError, match="9位或12位数字"):
        county_folder.read_source(folder)
    (tmp_path / "362430101").mkdir()
    (tmp_path / "362430101" / "township.json").write_text("{}", encoding="utf-8")
    assert source_folder(tmp_path, "362430101") == tmp_path / "362430101"
    assert source_folder(tmp_path, "../362430101") is None and source_folder(tmp_path, "src") is None
