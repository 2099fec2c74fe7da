"""意见征集 at the county (issue 26): comments on drafts, their adoption, and the 采纳情况.

Drafts live in each township's source folder (drafts/*.txt, county/source_folder.py); residents'
comments arrive as the upward kind `comment` (county_records). The county marks each comment 采纳,
部分采纳 or 未采纳 (a reason for the last two), then publishes the 采纳情况: a file beside the draft
(drafts/<name>.采纳情况.txt) that the next `gongkai publish` carries to every kiosk of the township.
The 采纳情况 quotes comments but never a commenter's name or phone. A draft closed more than one
month ago with no 采纳情况 is flagged (the province asks for it within one month).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import sqlalchemy as sa

from county.feedback import source_folder
from county.source_folder import ADOPTION_SUFFIX, read_text_file, stable_id
from county.store import CountyStore, decisions
from county.upward import stored_records
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.feedback.text import bounded

DECISIONS = ("采纳", "部分采纳", "未采纳")
REASON_LIMIT = 300


def one_month_after(day: dt.date) -> dt.date:
    """The same day of the next month (the month's last day when it has no such day)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError(day)


def drafts(sources: Path | None, township: str, on: dt.date) -> list[dict]:
    """The township's drafts: id, file, title, dates, whether the 采纳情况 is out, and the overdue flag."""
    folder = source_folder(sources, township)
    if folder is None:
        return []
    out = []
    for path in sorted((folder / "drafts").glob("*.txt")):
        if path.name.endswith(ADOPTION_SUFFIX):
            continue
        head, _body = read_text_file(path)
        closes = dt.date.fromisoformat(head.get("征求意见截止", "").replace("/", "-"))
        adoption = path.with_name(path.name[:-4] + ADOPTION_SUFFIX)
        published = adoption.is_file()
        due = one_month_after(closes)
        out.append({"id": stable_id("draft", path.name), "file": path.name, "title": head.get("标题", ""),
                    "township": township, "opens_on": head.get("征求意见开始", ""), "closes_on": closes.isoformat(),
                    "closed": on > closes, "adoption_published": published, "adoption_due": due.isoformat(),
                    "overdue": not published and on > due})
    return out


def comments(store: CountyStore, township: str = "", draft_id: int | None = None) -> list[dict]:
    """Comments received, in the order given, with their decision (county staff see name and phone)."""
    with store.engine.connect() as conn:
        decided = {r.ref: dict(r._mapping) for r in conn.execute(sa.select(decisions))}
    out = []
    for r in stored_records(store, "comment", township):
        data = r["data"]
        if draft_id is not None and data["draft_id"] != draft_id:
            continue
        d = decided.get(r["ref"], {})
        out.append({"ref": r["ref"], "township": r["township"], "draft_id": data["draft_id"],
                    "draft_title": data["draft_title"], "commented_at": data["commented_at"], "text": data["text"],
                    "name": data.get("name", ""), "phone": data.get("phone", ""),
                    "decision": d.get("decision", ""), "reason": d.get("reason", "")})
    return sorted(out, key=lambda c: (c["commented_at"], c["ref"]))


def decide(store: CountyStore, clock: Clock, ref: str, decision: str, reason: str, who: str) -> None:
    """Mark one comment adopted, partly adopted or not adopted (with the reason, which is published)."""
    if decision not in DECISIONS:
        raise ValidationError(f"采纳情况应为 {'、'.join(DECISIONS)} 之一")
    reason = bounded(reason, REASON_LIMIT, "理由")
    if decision != "采纳" and not reason:
        raise ValidationError(f"“{decision}”请写明理由")
    if not any(c["ref"] == ref for c in comments(store)):
        raise ValidationError(f"没有这条意见：{ref}")
    row = dict(ref=ref, decision=decision, reason=reason, decided_at=iso_now(clock), decided_by=who)
    stmt = store.dialect_insert(decisions)
    with store.engine.begin() as conn:
        conn.execute(stmt.on_conflict_do_update(index_elements=[decisions.c.ref], set_={
            k: stmt.excluded[k] for k in ("decision", "reason", "decided_at", "decided_by")}), [row])


def adoption_text(items: list[dict]) -> str:
    """The published 采纳情况: the counts, then each comment (its text only) with its decision and reason."""
    counts = {d: sum(c["decision"] == d for c in items) for d in DECISIONS}
    lines = [f"征求意见期间共收到群众意见 {len(items)} 条，其中采纳 {counts['采纳']} 条、部分采纳 {counts['部分采纳']} 条、"
             f"未采纳 {counts['未采纳']} 条。"]
    for n, c in enumerate(items, 1):
        reason = f"理由：{c['reason']}" if c["reason"] else ""
        lines.append(f"{n}. 意见：{c['text']}\n   处理：{c['decision']}。{reason}")
    return "\n".join(lines)


def publish_adoption(store: CountyStore, clock: Clock, sources: Path | None, township: str, draft_id: int) -> Path:
    """Write the draft's 采纳情况 beside it in the source folder, once every comment is decided."""
    on = dt.date.fromisoformat(iso_now(clock)[:10])
    found = [d for d in drafts(sources, township, on) if d["id"] == draft_id]
    if not found:
        raise ValidationError(f"乡镇 {township} 的源文件夹里没有这份征求意见稿")
    draft = found[0]
    if not draft["closed"]:
        raise ValidationError(f"《{draft['title']}》还在征求意见（{draft['closes_on']} 截止），截止后才能发布采纳情况")
    items = comments(store, township, draft_id)
    undecided = [c for c in items if not c["decision"]]
    if undecided:
        raise ValidationError(f"还有 {len(undecided)} 条意见没有标明采纳情况")
    folder = source_folder(sources, township) / "drafts"
    path = folder / (draft["file"][:-4] + ADOPTION_SUFFIX)
    text = f"发布日期：{on.isoformat()}\n\n{adoption_text(items)}\n"
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp") as f:
        f.write(text)
    Path(f.name).replace(path)
    return path
