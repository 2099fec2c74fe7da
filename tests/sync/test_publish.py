"""County publishing: a faulty source folder is refused with the file and line, and nothing is published."""

from __future__ import annotations

import json

import pytest

from kiosk.errors import ValidationError
from tests.sync.conftest import TOWNSHIP


def _published(repo) -> tuple[int, list[str]]:
    index = json.loads((repo / "public" / TOWNSHIP / "index.json").read_text())
    return index["latest"], sorted(p.name for p in (repo / "public" / TOWNSHIP / "bundles").iterdir())


def test_bad_roster_row_stops_the_publish(source, repo, publish_again):
    before = _published(repo)
    lines = (source / "roster.csv").read_text(encoding="utf-8-sig").splitlines()
    cells = lines[5].split(",")
    cells[3] = "12"  # 身份证号后四位 cut short
    lines[5] = ",".join(cells)
    (source / "roster.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with pytest.raises(ValidationError, match=r"roster\.csv 有 1 行不合格：第6行"):
        publish_again(source)
    assert _published(repo) == before


def test_notice_breaking_a_kiosk_rule_stops_the_publish(source, repo, publish_again):
    before = _published(repo)
    notice = sorted((source / "notices").glob("*.txt"))[0]
    text = notice.read_text(encoding="utf-8")
    notice.write_text(text.replace("类别：党务", "类别：杂项").replace("类别：村务", "类别：杂项"), encoding="utf-8")
    with pytest.raises(ValidationError, match="notices 的数据不符合要求"):
        publish_again(source)
    assert _published(repo) == before


def test_unchanged_source_publishes_an_empty_delta(source, repo, publish_again):
    result = publish_again(source)
    assert result["sequence"] == 2 and result["delta"] == {"base": 1, "changes": {}}
    assert _published(repo)[1] == ["000001-full", "000002-delta-000001", "000002-full"]
