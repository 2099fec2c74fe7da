"""`gongkai search` as an administrator checks a kiosk's content from a shell."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import GONGKAI


def gongkai(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GONGKAI, *args], capture_output=True, text=True, timeout=120)


def test_json_lists_groups_with_their_hits(demo_db_path):
    result = gongkai("search", "低保", "--db", str(demo_db_path), "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert [g["label"] for g in groups][:1] and all(len(g["hits"]) <= 3 for g in groups)
    notices = next(g for g in groups if g["kind"] == "notice")
    assert notices["total"] >= 3 and all("低保" in h["title"] for h in notices["hits"])
    assert set(notices["hits"][0]) == {"kind", "ref_id", "title", "snippet"}


def test_text_output_is_grouped_under_chinese_labels(demo_db_path):
    result = gongkai("search", "bt", "--db", str(demo_db_path), "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert "标准目录（共" in result.stdout and "补贴" in result.stdout


def test_odd_input_is_answered_not_crashed_on(demo_db_path):
    result = gongkai("search", '"NEAR(*', "--db", str(demo_db_path))
    assert result.returncode == 0 and "没有找到" in result.stdout
    bad = gongkai("search", "低保", "--db", str(demo_db_path), "--limit", "0")
    assert bad.returncode == 2 and "--limit" in bad.stderr
