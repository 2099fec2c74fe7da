"""gongkai eligibility: prints the matches for scripted answers; bad answers get a clear message and exit 2."""

from __future__ import annotations

import json

from gongkai.cli import main


def test_prints_matches_with_reason_and_place(demo_db_path, capsys):
    code = main(["eligibility", "--db", str(demo_db_path), "--answers",
                 json.dumps({"age": "a90", "hukou": "rural", "family": ["lowincome"]})])
    out = capsys.readouterr().out
    assert code == 0
    assert "【高龄津贴】符合条件\n  您年满90岁，可申请高龄津贴。" in out
    assert "【最低生活保障（低保）】可能符合，请到窗口确认" in out
    assert "电话：0796-6123456" in out


def test_json_output_and_questions(demo_db_path, capsys):
    assert main(["eligibility", "--db", str(demo_db_path), "--answers", '{"land": ["farmland"]}', "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    gengdi = next(r for r in body["results"] if r["id"] == "gengdi")
    assert gengdi["status"] == "match" and "每亩105.5元" in gengdi["standard"]
    assert main(["eligibility", "--db", str(demo_db_path), "--questions"]) == 0
    assert "age：您今年多大年纪？（单选）" in capsys.readouterr().out


def test_bad_answers_are_refused(demo_db_path, capsys):
    assert main(["eligibility", "--db", str(demo_db_path), "--answers", '{"age": 81}']) == 2
    assert "问题 age 没有答案 81" in capsys.readouterr().err
    assert main(["eligibility", "--db", str(demo_db_path), "--answers", "{oops"]) == 2
    assert "不是有效的 JSON" in capsys.readouterr().err


def test_a_rule_file_can_be_checked_directly(demo_db_path, tmp_path, capsys):
    bad = tmp_path / "rules.json"
    bad.write_text('{"format": "gongkai-eligibility", "format_version": 9}', encoding="utf-8")
    assert main(["eligibility", "--db", str(demo_db_path), "--rules", str(bad), "--questions"]) == 2
    assert "版本 9 不受支持" in capsys.readouterr().err
