"""The county's side of the resident's voice (issue 26): 好差评 and questions from every kiosk.

Ratings and questions arrive as upward kinds kept in county_records (sync/upward/k20_voice.py). What the
county adds lives here:
  - a 差评 (不满意 and below) gets a follow-up (整改): 待整改 until someone records 整改中 or 已整改;
  - ratings are counted per township and service, per year (the annual figures) and charted by month
    and level (an SVG drawn here, server-side, like the console's other figures);
  - a question gets an answer, and may be published as a 简明问答: a file in the township's source
    folder (faq/q-<uuid>.txt), which the next `gongkai publish` carries to every kiosk of the township.
    The kiosk chose the question's id, so it names a file only once checked as a uuid, under its own
    prefix (the township's own FAQ files are faq/0001.txt ...), and publishing replaces no file but
    the one this same question was published as.
    Neither the answer nor the question published may hold what looks like an ID or phone number;
    the call-back phone stays here.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import sqlalchemy as sa

from county.store import CountyStore, answers, followups
from county.upward import stored_records
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.feedback import questions as kiosk_questions
from kiosk.feedback import ratings as kiosk_ratings
from kiosk.feedback.text import bounded
from kiosk.township_code import is_township_code

FOLLOWUP_STATES = ("待整改", "整改中", "已整改")
NOTE_LIMIT = 500
# One colour per level, best first (the chart's legend order); chosen to stay apart for colour-blind readers.
LEVEL_COLOURS = {5: "#1b6e35", 4: "#4c9f5b", 3: "#9aa5b1", 2: "#d9822b", 1: "#b42318"}


def source_folder(sources: Path | None, township: str) -> Path | None:
    """The township's source folder under `sources` (as the console's 依申请转主动 finds it)."""
    if sources is None or not is_township_code(township):
        return None
    folder = Path(sources) / township
    return folder if (folder / "township.json").is_file() else None


# --- ratings ----------------------------------------------------------------------------------
def ratings(store: CountyStore, township: str = "") -> list[dict]:
    """Every rating received (of one township), in the order they were given, with its follow-up when a 差评."""
    rows = stored_records(store, "rating", township)
    with store.engine.connect() as conn:
        follow = {r.ref: dict(r._mapping) for r in conn.execute(sa.select(followups))}
    out = []
    for r in rows:
        data = r["data"]
        item = {"ref": r["ref"], "township": r["township"], "kiosk_id": r["kiosk_id"],
                "rated_at": data["rated_at"], "score": data["score"],
                "level": kiosk_ratings.LEVEL_LABELS[data["score"]], "reason": data.get("reason", ""),
                "service": kiosk_ratings.SERVICES.get(data["service"], data["service"]),
                "channel": kiosk_ratings.CHANNELS.get(data["channel"], data["channel"]),
                "request_number": data.get("request_number", ""), "bad": kiosk_ratings.is_bad(data["score"])}
        if item["bad"]:
            f = follow.get(r["ref"], {})
            item.update(followup=f.get("status", FOLLOWUP_STATES[0]), note=f.get("note", ""),
                        followup_at=f.get("updated_at", ""), followup_by=f.get("updated_by", ""))
        out.append(item)
    return sorted(out, key=lambda r: (r["rated_at"], r["ref"]))


def by_service(items: list[dict]) -> list[dict]:
    """Counts per (township, service): one row each with every level, the total and the 差评 still open."""
    groups: dict[tuple[str, str], Counter] = defaultdict(Counter)
    open_bad: Counter = Counter()
    for r in items:
        groups[(r["township"], r["service"])][r["score"]] += 1
        if r["bad"] and r["followup"] != "已整改":
            open_bad[(r["township"], r["service"])] += 1
    return [{"township": t, "service": s, "levels": [counts[score] for score, _ in kiosk_ratings.LEVELS],
             "total": sum(counts.values()), "open": open_bad[(t, s)]}
            for (t, s), counts in sorted(groups.items())]


def year_counts(items: list[dict], year: int) -> dict[str, int]:
    """The annual figures: ratings of the year per level (labels), their total and the 差评."""
    found = Counter(r["score"] for r in items if r["rated_at"][:4] == str(year))
    counts = {label: found[score] for score, label in kiosk_ratings.LEVELS}
    return {**counts, "合计": sum(found.values()), "差评": sum(found[s] for s in found if kiosk_ratings.is_bad(s))}


def monthly(items: list[dict]) -> dict[str, dict[int, int]]:
    """{YYYY-MM: {score: count}} in month order, every level present."""
    months: dict[str, Counter] = defaultdict(Counter)
    for r in items:
        months[r["rated_at"][:7]][r["score"]] += 1
    return {m: {score: months[m][score] for score, _ in kiosk_ratings.LEVELS} for m in sorted(months)}


def chart_svg(months: dict[str, dict[int, int]], title: str) -> str:
    """Stacked bars, one per month, a segment per level, with a legend and the total above each bar."""
    if not months:
        return ""
    bar, gap, left, top, height = 44, 18, 48, 40, 220
    peak = max(sum(m.values()) for m in months.values()) or 1
    width = left + len(months) * (bar + gap) + 160
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{top + height + 50}" '
             f'viewBox="0 0 {width} {top + height + 50}" font-family="sans-serif" font-size="13">',
             f"<title>{html.escape(title)}</title>",
             f'<line x1="{left - 4}" y1="{top + height}" x2="{width - 150}" y2="{top + height}" stroke="#52606d"/>']
    for i, (month, counts) in enumerate(months.items()):
        x = left + i * (bar + gap)
        y = top + height
        for score, _label in kiosk_ratings.LEVELS:
            n = counts[score]
            if not n:
                continue
            h = round(n / peak * height)
            y -= h
            parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{LEVEL_COLOURS[score]}">'
                         f"<title>{month} {kiosk_ratings.LEVEL_LABELS[score]} {n} 条</title></rect>")
        parts.append(f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle">{sum(counts.values())}</text>')
        parts.append(f'<text x="{x + bar / 2}" y="{top + height + 18}" text-anchor="middle">{month}</text>')
    lx = width - 140
    for j, (score, label) in enumerate(kiosk_ratings.LEVELS):
        ly = top + j * 22
        parts.append(f'<rect x="{lx}" y="{ly}" width="14" height="14" fill="{LEVEL_COLOURS[score]}"/>'
                     f'<text x="{lx + 20}" y="{ly + 12}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def set_followup(store: CountyStore, clock: Clock, ref: str, status: str, note: str, who: str) -> None:
    """Record a 差评's follow-up (整改) status and what was done."""
    if status not in FOLLOWUP_STATES:
        raise ValidationError(f"整改状态应为 {'、'.join(FOLLOWUP_STATES)} 之一")
    note = bounded(note, NOTE_LIMIT, "整改说明", public=False)
    if status == "已整改" and not note:
        raise ValidationError("标记已整改时请写明整改情况")
    found = [r for r in stored_records(store, "rating") if r["ref"] == ref]
    if not found:
        raise ValidationError(f"没有这条评价：{ref}")
    if not kiosk_ratings.is_bad(found[0]["data"]["score"]):
        raise ValidationError("只有“不满意”和“非常不满意”的评价需要整改")
    row = dict(ref=ref, status=status, note=note, updated_at=iso_now(clock), updated_by=who)
    stmt = store.dialect_insert(followups)
    with store.engine.begin() as conn:
        conn.execute(stmt.on_conflict_do_update(index_elements=[followups.c.ref],
                                                set_={k: stmt.excluded[k] for k in ("status", "note", "updated_at",
                                                                                     "updated_by")}), [row])


# --- questions and 简明问答 ----------------------------------------------------------------------
def questions(store: CountyStore, township: str = "") -> list[dict]:
    """Every question received (of one township), in the order they were asked, with its answer when there is one.
    The call-back phone is here: county staff only."""
    with store.engine.connect() as conn:
        given = {r.ref: dict(r._mapping) for r in conn.execute(sa.select(answers))}
    out = []
    for r in stored_records(store, "question", township):
        data = r["data"]
        a = given.get(r["ref"], {})
        out.append({"ref": r["ref"], "township": r["township"], "kiosk_id": r["kiosk_id"],
                    "asked_at": data["asked_at"], "channel": kiosk_questions.CHANNELS.get(data["channel"], ""),
                    "topic": data["topic"], "text": data["text"], "phone": data.get("phone", ""),
                    "counter_answer": data.get("counter_answer", ""), "answer": a.get("answer", ""),
                    "answered_at": a.get("answered_at", ""), "published_as": a.get("published_as", "")})
    return sorted(out, key=lambda q: (q["asked_at"], q["ref"]))


def _question(store: CountyStore, ref: str) -> dict:
    found = [q for q in questions(store) if q["ref"] == ref]
    if not found:
        raise ValidationError(f"没有这条留言：{ref}")
    return found[0]


def answer(store: CountyStore, clock: Clock, ref: str, text: str, who: str) -> None:
    """The county's answer to a question (it may be published, so no ID or phone number in it)."""
    _question(store, ref)
    text = bounded(text, kiosk_questions.ANSWER_LIMIT, "答复", required=True)
    row = dict(ref=ref, answer=text, answered_at=iso_now(clock), answered_by=who)
    stmt = store.dialect_insert(answers)
    with store.engine.begin() as conn:
        conn.execute(stmt.on_conflict_do_update(index_elements=[answers.c.ref],
                                                set_={k: stmt.excluded[k] for k in ("answer", "answered_at",
                                                                                     "answered_by")}), [row])


_UUID = re.compile(r"[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def faq_file_name(ref: str) -> str:
    """q-<32 hex digits>.txt for a question id that is a uuid (as every kiosk makes them), else refused."""
    if not _UUID.fullmatch(ref.lower()):
        raise ValidationError(f"留言编号“{ref[:40]}”不是一体机生成的编号（32 位十六进制 uuid），不能发布为简明问答")
    return f"q-{ref.lower().replace('-', '')}.txt"


def publish_faq(store: CountyStore, clock: Clock, sources: Path | None, ref: str, question_text: str = "") -> Path:
    """Publish an answered question as a 简明问答 of its township: faq/q-<uuid>.txt in the source folder
    (the question as the county words it, or as asked; no personal data in either). Publishing again
    replaces that file; a file of that name the question was not published as is never replaced. A file
    this question was published as before the q- prefix (faq/<uuid>.txt) is removed, not left as a twin."""
    q = _question(store, ref)
    name = faq_file_name(ref)
    if not q["answer"]:
        raise ValidationError("请先答复这条留言，再发布为简明问答")
    folder = source_folder(sources, q["township"])
    if folder is None:
        raise ValidationError(f"没有找到乡镇 {q['township']} 的源文件夹，无法发布简明问答（gongkai serve --sources）")
    asked = bounded(question_text or q["text"], kiosk_questions.QUESTION_LIMIT, "问题", required=True)
    reply = bounded(q["answer"], kiosk_questions.ANSWER_LIMIT, "答复", required=True)
    faq = folder / "faq"
    faq.mkdir(exist_ok=True)
    path = faq / name
    ours = q["published_as"] == f"faq/{name}"
    before = faq / f"{ref}.txt" if q["published_as"] == f"faq/{ref}.txt" else None
    on = dt.date.fromisoformat(iso_now(clock)[:10])
    text = f"问题：{asked.replace(chr(10), ' ')}\n类别：{q['topic']}\n发布日期：{on.isoformat()}\n\n{reply}\n"
    with store.engine.begin() as conn:  # the file is in place before the record of it commits
        conn.execute(answers.update().where(answers.c.ref == ref).values(published_as=f"faq/{name}"))
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=faq, delete=False, suffix=".tmp") as f:
            f.write(text)
        try:
            if ours:
                Path(f.name).replace(path)
            else:
                os.link(f.name, path)  # fails if the name is taken: nothing is overwritten
        except FileExistsError:
            raise ValidationError(f"源文件夹里已有 faq/{name}，不是这条留言发布的，未覆盖；请先核对该文件") from None
        finally:
            Path(f.name).unlink(missing_ok=True)
        if before is not None:
            before.unlink(missing_ok=True)
    return path
