"""gongkai voice: list, export, answer, follow up and publish from the command line (issue 26)."""

from __future__ import annotations

import csv
import json
import shutil

import county
from gongkai.cli import main
from kiosk.clock import FixedClock
from kiosk.feedback import questions, ratings
from kiosk.store import open_store
from tests.sync.conftest import small_source  # noqa: F401, F811 - the demo township as a source folder

TOWNSHIP = "362430101"
AT = FixedClock("2026-11-22T10:00:00+08:00")
Q1 = "5f1c0d7e3a9b4c2d8e6f1a2b3c4d5e6f"  # a kiosk's question uuid (uuid4().hex)


def _county_with_uploads(tmp_path) -> None:
    store = county.open_county_db(tmp_path / "repo")
    county.store_upload(store, TOWNSHIP, "K01", {
        "ratings": [{"uuid": "r1", "rated_at": "2026-11-20T10:00:00+08:00", "score": 1, "reason": "问题没有解决",
                     "service": "request", "channel": "counter", "request_number": "362430101-K01-2026-00003-R"},
                    {"uuid": "r2", "rated_at": "2026-11-21T10:00:00+08:00", "score": 5, "reason": "",
                     "service": "zone", "channel": "kiosk", "request_number": ""}],
        "questions": [{"uuid": Q1, "asked_at": "2026-11-21T11:00:00+08:00", "channel": "kiosk", "topic": "民政救助",
                       "text": "高龄津贴怎么领？", "phone": "13907961234", "counter_answer": "", "clerk": ""}],
    }, AT)
    store.close()


def test_county_lists_exports_follows_up_answers_and_publishes(tmp_path, capsys, small_source):  # noqa: F811
    _county_with_uploads(tmp_path)
    root = ["--root", str(tmp_path / "repo")]
    assert main(["voice", "ratings", *root, "--year", "2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"非常满意": 1, "满意": 0, "基本满意": 0, "不满意": 0,
                                                   "非常不满意": 1, "合计": 2, "差评": 1}
    assert main(["voice", "followup", "r1", *root, "--status", "整改中", "--note", "已约谈窗口人员"]) == 0
    assert main(["voice", "followup", "r2", *root, "--status", "整改中"]) == 2  # not a 差评: bad input
    assert "需要整改" in capsys.readouterr().err
    assert main(["voice", "ratings", *root, "--csv", str(tmp_path / "r.csv")]) == 0
    with open(tmp_path / "r.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["评价"], r["整改状态"], r["申请编号"]) for r in rows] == [
        ("非常不满意", "整改中", "362430101-K01-2026-00003-R"), ("非常满意", "", "")]

    assert main(["voice", "answer", Q1, "高龄津贴请打 0796-6123456 询问", *root]) == 2  # a phone in a public answer
    assert main(["voice", "answer", Q1, "年满 80 周岁的老人由本人或家属到村委会申请，按月发放到社保卡。", *root]) == 0
    sources = tmp_path / "sources"
    shutil.copytree(small_source, sources / TOWNSHIP)
    assert main(["voice", "publish-faq", Q1, *root, "--sources", str(sources)]) == 0
    text = (sources / TOWNSHIP / "faq" / f"q-{Q1}.txt").read_text(encoding="utf-8")
    assert text.startswith("问题：高龄津贴怎么领？\n类别：民政救助\n") and "1390796" not in text
    capsys.readouterr()
    assert main(["voice", "questions", *root, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(q["ref"], q["published_as"]) for q in listed] == [(Q1, f"faq/q-{Q1}.txt")]


def test_the_counter_log_counts_consultations_by_topic(tmp_path, capsys):
    db = open_store(tmp_path / "k.db")
    questions.record_consultation(db, AT, "李红", "社会保障", "养老保险怎么补缴？", "带身份证到镇社保所办理。")
    questions.record_consultation(db, AT, "李红", "社会保障", "医保断缴了怎么办？", "到镇社保所窗口续缴。")
    questions.record_consultation(db, AT, "李红", "户籍证件", "身份证丢了怎么办？", "带户口簿到派出所补办。")
    questions.ask(db, AT, "其他", "公交车几点有？")  # a 留言, not a 现场咨询
    ratings.rate(db, AT, 4, service="consultation", channel="counter")
    db.close()
    assert main(["voice", "counter-log", "--db", str(tmp_path / "k.db"), "--year", "2026", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["社会保障"] == 2 and counts["户籍证件"] == 1 and sum(counts.values()) == 3
    assert main(["voice", "kiosk-ratings", "--db", str(tmp_path / "k.db"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["满意"] == 1


def test_drafts_comments_decisions_and_the_adoption_from_the_command_line(tmp_path, capsys, small_source):  # noqa: F811
    store = county.open_county_db(tmp_path / "repo")
    sources = tmp_path / "sources"
    shutil.copytree(small_source, sources / TOWNSHIP)
    closed = next(p for p in sorted((sources / TOWNSHIP / "drafts").glob("*.txt")) if "采纳情况" not in p.name
                  and (p.with_name(p.stem + ".采纳情况.txt")).is_file())
    closed.with_name(closed.stem + ".采纳情况.txt").unlink()  # as before the county published it
    from county.source_folder import stable_id

    draft_id = stable_id("draft", closed.name)
    county.store_upload(store, TOWNSHIP, "K01", {"comments": [
        {"uuid": "c1", "draft_id": draft_id, "draft_title": "方案", "commented_at": "2026-08-10T10:00:00+08:00",
         "text": "垃圾清运次数太少。", "name": "王秀英", "phone": "13907961234"}]}, AT)
    store.close()
    root = ["--root", str(tmp_path / "repo")]
    assert main(["voice", "drafts", *root, "--sources", str(sources), "--township", TOWNSHIP, "--json"]) == 0
    listed = {d["id"]: d for d in json.loads(capsys.readouterr().out)}
    assert listed[draft_id]["overdue"] and not listed[draft_id]["adoption_published"]  # closed 08-31, now later
    args = ["voice", "publish-adoption", *root, "--sources", str(sources), "--township", TOWNSHIP,
            "--draft", str(draft_id)]
    assert main(args) == 2 and "1 条意见没有标明采纳情况" in capsys.readouterr().err
    assert main(["voice", "decide", "c1", *root, "--decision", "未采纳"]) == 2  # a reason is needed
    assert main(["voice", "decide", "c1", *root, "--decision", "采纳"]) == 0
    assert main(["voice", "comments", *root, "--csv", str(tmp_path / "c.csv")]) == 0
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as f:
        assert [(r["意见"], r["姓名"], r["采纳情况"]) for r in csv.DictReader(f)] == [("垃圾清运次数太少。", "王秀英", "采纳")]
    assert main(args) == 0
    published = closed.with_name(closed.stem + ".采纳情况.txt").read_text(encoding="utf-8")
    assert "采纳 1 条" in published and "王秀英" not in published


def test_the_annual_figures_count_ratings_consultations_questions_and_comments(tmp_path, capsys):
    db = open_store(tmp_path / "k.db")
    for score, reason in ((5, ""), (4, ""), (2, "等候时间太长"), (1, "问题没有解决")):
        ratings.rate(db, AT, score, reason, service="request", channel="counter")
    ratings.rate(db, FixedClock("2025-12-31T10:00:00+08:00"), 5, service="zone", channel="kiosk")  # another year
    questions.record_consultation(db, AT, "李红", "社会保障", "养老保险怎么补缴？", "带身份证到镇社保所办理。")
    questions.ask(db, AT, "其他", "公交车几点有？")
    db.close()
    assert main(["report", "voice", "--db", str(tmp_path / "k.db"), "--year", "2026", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["好差评"] == {"非常满意": 1, "满意": 1, "基本满意": 0, "不满意": 1, "非常不满意": 1, "合计": 4, "差评": 2}
    assert figures["现场咨询解答"]["社会保障"] == 1 and figures["现场咨询解答"]["合计"] == 1
    assert (figures["查询机留言"], figures["草案意见"]) == (1, 0)
    assert main(["report", "voice", "--db", str(tmp_path / "k.db"), "--year", "2026"]) == 0
    assert "2026 年 好差评 4 条" in capsys.readouterr().out
