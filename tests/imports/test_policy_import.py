"""Policy texts through `gongkai import policy`, review of flagged texts, and the demo seeds."""

from __future__ import annotations

import json
import subprocess

import pytest

from gongkai.cli import main
from kiosk.search import search
from kiosk.store import open_store
from tests.conftest import GONGKAI
from tests.imports.conftest import INTERPRETATION, WORK_POINTS

WORK_POINTS_TITLE = "2021年政务公开工作要点"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def policy_rows(path) -> list[dict]:
    db = open_store(path)
    rows = [dict(zip(("id", "kind", "interprets_id", "title", "status", "published_on", "doc_number", "issuer",
                      "body", "flags"), r, strict=True))
            for r in db.execute("SELECT id, kind, interprets_id, title, status, published_on, doc_number, issuer, "
                                "body, flags FROM policies ORDER BY id").fetchall()]
    db.close()
    return rows


def titles_found(path, query: str) -> list[str]:
    db = open_store(path)
    found = [h.title for g in search(db, query) if g.kind == "policy" for h in g.hits]
    db.close()
    return found


def test_both_seeds_import_linked_and_the_spammed_one_waits_for_review(tmp_path, capsys):
    db = tmp_path / "k.db"
    code, out, _ = run(capsys, "import", "policy", WORK_POINTS, "--title", WORK_POINTS_TITLE, "--date", "2021-04-28",
                       "--db", db)
    assert code == 0 and "已发布" in out
    code, out, err = run(capsys, "import", "policy", INTERPRETATION, "--date", "2021-04-30", "--db", db, "--json")
    assert code == 0
    [saved] = json.loads(out)
    policy, interpretation = policy_rows(db)
    assert (policy["kind"], policy["status"], policy["title"]) == ("policy", "published", WORK_POINTS_TITLE)
    assert interpretation["kind"] == "interpretation"
    assert interpretation["interprets_id"] == policy["id"] == saved["interprets_id"]
    assert interpretation["title"] == f"《{WORK_POINTS_TITLE}》政策解读"
    assert interpretation["status"] == "review"
    assert [f["text"] for f in json.loads(interpretation["flags"])] == ["乐动安卓app"]
    assert "乐动" not in interpretation["body"] and "@@" not in interpretation["body"]
    assert saved["headings"] >= 7

    # Residents cannot find the document in review; staff see it in the pending list.
    # Found by what its title says (since issue 24 a word the synonym lists do not know counts in titles only).
    query = interpretation["title"][:8]
    assert interpretation["title"] not in titles_found(db, query)
    code, out, _ = run(capsys, "import", "pending", "--db", db)
    assert code == 0 and f"编号 {interpretation['id']}" in out and "乐动安卓app" in out
    code, out, _ = run(capsys, "import", "accept", interpretation["id"], "--db", db, "--by", "县公开办")
    assert code == 0 and "已发布" in out
    assert policy_rows(db)[1]["status"] == "published"
    assert interpretation["title"] in titles_found(db, query)[:3]
    code, out, _ = run(capsys, "import", "pending", "--db", db)
    assert "没有待审核" in out


def test_an_interpretation_can_be_linked_by_id(tmp_path, capsys):
    db = tmp_path / "k.db"
    (tmp_path / "a.txt").write_text("关于做好高龄津贴发放工作的通知\n各村：请做好发放工作。\n2026年3月1日", encoding="utf-8")
    (tmp_path / "b.txt").write_text("图解\n一、发给谁？八十周岁以上老人。\n2026年3月2日", encoding="utf-8")
    assert run(capsys, "import", "policy", tmp_path / "a.txt", "--db", db)[0] == 0
    code, _, _ = run(capsys, "import", "policy", tmp_path / "b.txt", "--interprets", 1, "--db", db)
    assert code == 0
    first, second = policy_rows(db)
    assert (first["title"], first["published_on"]) == ("关于做好高龄津贴发放工作的通知", "2026-03-01")
    assert (second["kind"], second["interprets_id"], second["title"]) == ("interpretation", 1, "图解")
    assert second["body"] == "一、发给谁？八十周岁以上老人。\n2026年3月2日"


def test_an_html_page_gives_title_date_number_and_source(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        """<html><head><meta name="ArticleTitle" content="青禾鎮關於做好秋冬季防火工作的通知">
        <meta name="PubDate" content="2026-10-08 09:30"><meta name="ContentSource" content="青禾镇人民政府">
        <title>青禾镇关于做好秋冬季防火工作的通知_青禾镇人民政府</title></head>
        <body><div class="nav">首页 &gt; 通知公告</div>
        <p>青禾府发[2026]8号</p><h1>青禾镇关于做好秋冬季防火工作的通知</h1>
        <p>各村(社区):</p><p>&nbsp;&nbsp;一、严禁野外用火。</p><p>二、发现火情拨打119。</p>
        <p>【打印本页】【关闭窗口】</p></body></html>""",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "policy", page, "--db", tmp_path / "k.db", "--json")
    assert code == 0
    [row] = policy_rows(tmp_path / "k.db")
    assert row["title"] == "青禾镇关于做好秋冬季防火工作的通知"
    assert (row["published_on"], row["doc_number"], row["issuer"]) == ("2026-10-08", "青禾府发〔2026〕8号", "青禾镇人民政府")
    assert row["body"] == "各村（社区）：\n一、严禁野外用火。\n二、发现火情拨打119。"
    assert row["status"] == "published"


@pytest.mark.parametrize(("args", "code", "message"), [
    (["import", "policy", WORK_POINTS], 2, "无法确定标题"),
    (["import", "policy", WORK_POINTS, "--title", "要点"], 2, "找不到发布日期"),
    (["import", "policy", WORK_POINTS, "--title", "要点", "--date", "2021-02-30"], 2, "无法识别"),
    (["import", "policy", WORK_POINTS, INTERPRETATION, "--title", "要点"], 2, "只能在导入一个文件时使用"),
    (["import", "policy", INTERPRETATION, "--date", "2021-04-30", "--interprets", "99"], 2, "没有这个编号"),
    (["import", "accept", "99"], 1, "没有编号为 99"),
    (["import", "roster", "missing.xlsx"], 2, "找不到文件"),
])
def test_bad_input_is_refused_with_a_message(tmp_path, capsys, args, code, message):
    db = tmp_path / "k.db"
    result, _, err = run(capsys, *args, "--db", db)
    assert result == code and message in err
    assert not db.exists() or policy_rows(db) == []


def test_the_same_document_twice_needs_replace(tmp_path, capsys):
    db = tmp_path / "k.db"
    args = ["import", "policy", WORK_POINTS, "--title", WORK_POINTS_TITLE, "--date", "2021-04-28", "--db", db]
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 2 and "已经导入过" in err
    assert run(capsys, *args, "--replace")[0] == 0
    assert len(policy_rows(db)) == 1
    code, _, err = run(capsys, "import", "accept", "1", "--db", db)
    assert code == 2 and "不在待审核名单里" in err


def test_clean_command_prints_text_and_json(capsys):
    code, out, err = run(capsys, "clean", INTERPRETATION)
    assert code == 0 and out.startswith("近日，省政府办公厅印发《2021年政务公开工作要点》") and "@@" not in out
    assert "乐动安卓app" in err and "疑似广告 1 处" in err
    code, out, _ = run(capsys, "clean", WORK_POINTS, "--json")
    report = json.loads(out)
    assert set(report) >= {"text", "changes", "flags"}
    assert report["changes"]["pinyin_readings"] > 2000 and report["flags"] == []


def test_cli_exit_codes_in_a_real_process(tmp_path, demo_db_path):
    from tests.imports.sheets import ROSTER_HEADERS, roster_rows, write_xlsx

    db = demo_db_path  # the demo township: its villages are the ones the roster names
    rows, _ = roster_rows()
    sheet = write_xlsx(tmp_path / "名单.xlsx", ROSTER_HEADERS, rows, title="名单")
    before = _payouts(db)
    refused = subprocess.run([*GONGKAI, "import", "roster", str(sheet), "--db", str(db)],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "第5行" in refused.stderr and "第15行" in refused.stderr
    assert _payouts(db) == before
    accepted = subprocess.run([*GONGKAI, "import", "roster", str(sheet), "--db", str(db), "--skip-bad"],
                              capture_output=True, text=True, timeout=60)
    assert accepted.returncode == 0 and "导入 3 行" in accepted.stdout and "跳过 10 行" in accepted.stderr
    assert _payouts(db) == before + 3


def _payouts(path) -> int:
    db = open_store(path)
    count = db.execute("SELECT count(*) FROM payouts").fetchone()[0]
    db.close()
    return count


def test_the_demo_township_has_both_seeds_cleaned_and_linked(demo_db):
    rows = demo_db.execute(
        "SELECT id, kind, interprets_id, title, body, status FROM policies WHERE title LIKE ? ORDER BY id",
        [f"%{WORK_POINTS_TITLE}%"],
    ).fetchall()
    (policy_id, kind, _, title, body, status), (_, kind2, link, title2, body2, status2) = rows
    assert (kind, title, status) == ("policy", WORK_POINTS_TITLE, "published")
    assert (kind2, link, status2) == ("interpretation", policy_id, "published")
    assert title2 == f"《{WORK_POINTS_TITLE}》政策解读"
    assert body.startswith("2021年全省政务公开工作的总体要求是：") and "(zheng)" not in body and "務" not in body
    assert "@@" not in body2 and "乐动" not in body2 and "责任编辑" not in body2


def test_a_refused_catalogue_is_reported_as_json_too(tmp_path, capsys):
    from tests.imports.sheets import CATALOGUE_HEADERS, catalogue_rows, write_xlsx

    rows, bad = catalogue_rows()
    sheet = write_xlsx(tmp_path / "目录.xlsx", CATALOGUE_HEADERS, rows)
    code, out, err = run(capsys, "import", "catalogue", sheet, "--db", tmp_path / "k.db", "--json")
    report = json.loads(out)
    assert code == 2 and report["imported"] == 0 and report["good_rows"] == 3
    assert [e["row"] for e in report["errors"]] == sorted(bad)
    assert "第4行" in err
    code, out, _ = run(capsys, "import", "catalogue", sheet, "--db", tmp_path / "k.db", "--json", "--skip-bad")
    assert code == 0 and json.loads(out)["imported"] == 3


def test_an_interpretation_imported_first_is_linked_when_its_document_arrives(tmp_path, capsys):
    db = tmp_path / "k.db"
    code, _, err = run(capsys, "import", "policy", INTERPRETATION, "--date", "2021-04-30", "--db", db)
    assert code == 0 and "没有找到被解读的文件" in err
    assert policy_rows(db)[0]["interprets_id"] is None
    code, _, err = run(capsys, "import", "policy", WORK_POINTS, "--title", WORK_POINTS_TITLE, "--date", "2021-04-28",
                       "--db", db)
    assert code == 0 and "已把先前导入的解读（编号 1）关联到本文件" in err
    interpretation, policy = policy_rows(db)
    assert interpretation["interprets_id"] == policy["id"] == 2


def test_a_header_block_of_key_value_lines_gives_the_metadata(tmp_path, capsys):
    db = tmp_path / "k.db"
    (tmp_path / "p.txt").write_text("标题：青禾镇高龄津贴发放办法\n文号：青禾府发〔2026〕3号\n发布日期：2026-03-01\n"
                                    "发布机关：青禾镇人民政府\n\n一、发放对象\n八十周岁以上老人。", encoding="utf-8")
    (tmp_path / "i.txt").write_text("类型：解读\n标题：图解高龄津贴\n發布日期：2026年3月2日\n解读对象：青禾镇高龄津贴发放办法\n\n"
                                    "一、发给谁？\n八十周岁以上老人。", encoding="utf-8")
    assert run(capsys, "import", "policy", tmp_path / "i.txt", tmp_path / "p.txt", "--db", db)[0] == 0
    policy, interpretation = policy_rows(db)
    assert (policy["title"], policy["doc_number"], policy["issuer"], policy["published_on"]) == (
        "青禾镇高龄津贴发放办法", "青禾府发〔2026〕3号", "青禾镇人民政府", "2026-03-01")
    assert policy["body"] == "一、发放对象\n八十周岁以上老人。"
    assert (interpretation["kind"], interpretation["title"], interpretation["interprets_id"]) == (
        "interpretation", "图解高龄津贴", policy["id"])
    assert interpretation["published_on"] == "2026-03-02"


def test_source_and_date_are_read_from_a_combined_meta_line(tmp_path, capsys):
    (tmp_path / "n.txt").write_text("关于开展秋季征兵工作的通告\n来源：青禾镇人民武装部 发布时间：2026-08-01 09:30 浏览次数：12\n"
                                    "适龄青年请到镇武装部报名。", encoding="utf-8")
    assert run(capsys, "import", "policy", tmp_path / "n.txt", "--db", tmp_path / "k.db")[0] == 0
    [row] = policy_rows(tmp_path / "k.db")
    assert (row["title"], row["issuer"], row["published_on"]) == ("关于开展秋季征兵工作的通告", "青禾镇人民武装部", "2026-08-01")
    assert row["body"] == "适龄青年请到镇武装部报名。"
