"""政策找人 rules travel in the bundle: published when good, refused at publish and at the kiosk when bad."""

from __future__ import annotations

import json

import pytest

from kiosk.clock import FixedClock
from kiosk.errors import ValidationError
from kiosk.store import eligibility_repo
from sync import eligibility
from tests.sync.conftest import TOWNSHIP, content_snapshot

LATER = FixedClock("2026-11-23T03:00:00+08:00")


def _rules(source):
    return json.loads((source / eligibility.SOURCE_PATH).read_text(encoding="utf-8"))


def _write(source, body):
    (source / eligibility.SOURCE_PATH).write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def _bad(source):
    body = _rules(source)
    body["rules"][0]["when"] = {"fact": "income", "lte": 500}
    return body


def test_rules_arrive_with_the_bundle_and_a_new_revision_by_delta(db, kiosk, repo, source, publish_again):
    assert kiosk(from_dir=repo).ok
    shipped = _rules(source)["revision"]  # what the county's source folder holds
    assert json.loads(eligibility_repo.get_body(db))["revision"] == shipped
    body = _rules(source)
    body["revision"] = "2099-01-01"
    body["rules"][0]["reason"] = "您年满{age}岁，可按月领取高龄津贴。"
    _write(source, body)
    result = publish_again(source)
    assert result["delta"]["changes"] == {"eligibility_rules": 1}
    assert kiosk(from_dir=repo, at=LATER).ok
    assert json.loads(eligibility_repo.get_body(db))["revision"] == "2099-01-01"


def test_publish_refuses_a_bad_rule_file_and_writes_nothing(repo, source, publish_again):
    _write(source, _bad(source))
    index = (repo / "public" / TOWNSHIP / "index.json").read_bytes()
    with pytest.raises(ValidationError, match="eligibility/rules.json.*没有任何问题回答的情况「income」"):
        publish_again(source)
    assert (repo / "public" / TOWNSHIP / "index.json").read_bytes() == index


def test_kiosk_refuses_a_signed_bundle_with_bad_rules_and_keeps_everything(db, kiosk, repo, source, publish_again,
                                                                            monkeypatch):
    assert kiosk(from_dir=repo).ok
    before, rules_before = content_snapshot(db), eligibility_repo.get_body(db)
    # A county tool that skipped the check signs a bad rule file (plus a changed document).
    bad = json.dumps(_bad(source), ensure_ascii=False)
    monkeypatch.setattr(eligibility, "source_table",
                        lambda folder: (eligibility.COLUMNS, [(1, 1, "2026-11-23", bad)]))
    sorted((source / "documents").glob("*.txt"))[0].unlink()
    publish_again(source)
    report = kiosk(from_dir=repo, at=LATER)
    assert not report.ok
    assert "政策匹配规则无效，已拒绝，本机继续使用原有规则" in report.message
    assert "income" in report.message
    assert content_snapshot(db) == before
    assert eligibility_repo.get_body(db) == rules_before
