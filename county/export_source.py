"""Write a kiosk database's content (e.g. the demo township) as a county source folder.

The inverse of county/source_folder.py: `gongkai demo --export-source DIR` uses it, so the whole
county pipeline (publish, serve, sync) can be tried on realistic data.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import sqlite_utils

from county.source_folder import ADOPTION_SUFFIX, DRAFT_MARK
from kiosk.content.columns import CATALOGUE_COLUMNS, ROSTER_COLUMNS
from kiosk.paths import resources_dir
from kiosk.store import content_repo, township_repo
from sync import eligibility


def _csv(path: Path, header: list[str], rows) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _text(path: Path, head: dict[str, object], body: str) -> None:
    lines = [f"{k}：{v}" for k, v in head.items() if v not in (None, "")]
    path.write_text("\n".join(lines) + "\n\n" + body + "\n", encoding="utf-8")


def export_source(db: sqlite_utils.Database, folder: Path) -> dict[str, int]:
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        from kiosk.errors import ValidationError

        raise ValidationError(f"{folder} 不是空目录；源文件夹请导出到新目录")
    for sub in ("documents", "notices/images", "policies", "calendar"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    township = township_repo.get_township(db) or {}
    (folder / "township.json").write_text(json.dumps(township, ensure_ascii=False, indent=2), encoding="utf-8")
    counts = {}
    counts["villages"] = _csv(
        folder / "villages.csv", ["编码", "名称", "类型", "序号"],
        ((c, n, "社区" if k == "community" else "村", s)
         for c, n, k, s in content_repo.read_rows(db, "villages", ("code", "name", "kind", "seq"), "seq, id")),
    )
    catalogue = list(content_repo.catalogue_rows(db))
    item_paths = {r[12]: f"{r[1]}/{r[2]}/{r[3]}" for r in catalogue}
    counts["catalogue"] = _csv(
        folder / "catalogue.csv", [names[0] for names in CATALOGUE_COLUMNS.values()], (r[:12] for r in catalogue)
    )
    counts["subsidy_items"] = _csv(
        folder / "subsidy_items.csv", ["补贴项目", "主管部门", "补贴标准"],
        content_repo.read_rows(db, "subsidy_items", ("name", "department", "standard")),
    )
    roster_header = [ROSTER_COLUMNS[f][0] for f in ("village", "group_name", "recipient_name")]
    roster_header += ["身份证号后四位", "补贴项目", "年度", "补贴期号", "金额(元)", "发放日期"]
    counts["payouts"] = _csv(
        folder / "roster.csv", roster_header,
        ((v, g, n, last4, item, year, period, f"{fen // 100}.{fen % 100:02d}", paid)
         for v, g, n, last4, item, year, period, fen, paid in content_repo.payout_rows(db)),
    )
    counts["documents"] = 0
    for doc_id, item_id, title, number, index, publisher, published, body, url in content_repo.read_rows(
        db, "documents",
        ("id", "item_id", "title", "doc_number", "index_number", "publisher", "published_on", "body", "url"), "id",
    ):
        _text(folder / "documents" / f"{doc_id:06d}.txt", {
            "标题": title, "文号": number, "索引号": index, "发布机构": publisher, "发布日期": published,
            "目录": item_paths.get(item_id, ""), "链接": url,
        }, body)
        counts["documents"] += 1
    pictures: dict[int, list[str]] = {}
    for notice_id, _seq, sha, _name, _kind, mime, data in content_repo.notice_attachment_rows(db):
        name = f"{sha[:16]}{'.png' if mime == 'image/png' else '.bin'}"
        image = folder / "notices" / "images" / name
        if not image.exists():
            image.write_bytes(data)
        pictures.setdefault(notice_id, []).append(name)
    counts["notices"] = 0
    for notice_id, village, category, title, body, posted, expires, urgent in content_repo.notice_rows(db):
        _text(folder / "notices" / f"{notice_id:05d}.txt", {
            "村(社区)": village, "类别": category, "标题": title, "公示日期": posted, "截止日期": expires,
            "紧急": "是" if urgent else "", "图片": "、".join(pictures.get(notice_id, [])),
        }, body)
        counts["notices"] += 1
    counts["policies"] = 0
    for pid, kind, interprets, title, number, issuer, published, body, url in content_repo.read_rows(
        db, "policies",
        ("id", "kind", "interprets_id", "title", "doc_number", "issuer", "published_on", "body", "source_url"), "id",
    ):
        _text(folder / "policies" / f"{pid:04d}.txt", {
            "类型": "解读" if kind == "interpretation" else "政策", "标题": title, "文号": number,
            "发布机关": issuer, "发布日期": published,
            "解读对象": f"{interprets:04d}.txt" if interprets else "", "来源链接": url,
        }, body)
        counts["policies"] += 1
    counts["faq"] = 0
    (folder / "faq").mkdir(exist_ok=True)
    for fid, topic, question, answer, published in content_repo.read_rows(
        db, "faq", ("id", "topic", "question", "answer", "published_on"), "id",
    ):
        _text(folder / "faq" / f"{fid:04d}.txt", {"问题": question, "类别": topic, "发布日期": published}, answer)
        counts["faq"] += 1
    counts["drafts"] = 0
    (folder / "drafts").mkdir(exist_ok=True)
    for did, title, organiser, explanation, body, how, opens, closes, adoption, adoption_on in content_repo.read_rows(
        db, "drafts", ("id", "title", "organiser", "explanation", "body", "how_to_comment", "opens_on", "closes_on",
                       "adoption", "adoption_on"), "id",
    ):
        stem = f"{did:04d}"
        _text(folder / "drafts" / f"{stem}.txt", {"标题": title, "起草单位": organiser, "征求意见开始": opens,
                                                  "征求意见截止": closes, "意见提交方式": how},
              f"{explanation}\n{DRAFT_MARK}\n{body}")
        if adoption:
            _text(folder / "drafts" / f"{stem}{ADOPTION_SUFFIX}", {"发布日期": adoption_on}, adoption)
        counts["drafts"] += 1
    counts["eligibility_rules"] = eligibility.export_rules(db, folder)
    for calendar in sorted((resources_dir() / "calendar").glob("*.json")):
        shutil.copy(calendar, folder / "calendar" / calendar.name)
    return counts
