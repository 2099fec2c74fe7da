"""`gongkai search` as an administrator checks a kiosk's content from a shell."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import GONGKAI


def gongkai(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GONGKAI, *args], capture_output=True, text=True, timeout=120)


def test_json_lists_one_ranked_list_with_kind_labels_and_the_best_answer(demo_db_path):
    result = gongkai("search", "低保怎么申请", "--db", str(demo_db_path), "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["how_to"] and found["words"] == ["低保"]
    assert 0 < len(found["hits"]) <= 5
    assert {h["label"] for h in found["hits"]} <= {"标准目录", "公开文件", "村务公开", "政策解读"}
    assert "最低生活保障" in found["hits"][0]["title"]
    assert found["best"]["phone"] == "0796-6123456" and "身份证" in found["best"]["materials"]
    assert "低保" in found["suggestions"]


def test_text_output_numbers_the_hits_under_chinese_labels(demo_db_path):
    result = gongkai("search", "bt", "--db", str(demo_db_path), "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert " 1. 【" in result.stdout and "补贴" in result.stdout


def test_odd_input_is_answered_not_crashed_on(demo_db_path):
    result = gongkai("search", '"NEAR(*', "--db", str(demo_db_path))
    assert result.returncode == 0 and "没有找到" in result.stdout
    bad = gongkai("search", "低保", "--db", str(demo_db_path), "--limit", "0")
    assert bad.returncode == 2 and "--limit" in bad.stderr
