"""Policy documents and interpretations (政策解读) from scraped text or HTML.

`read_policy` cleans one file and works out its title, date, 文号 and source (pure, no database).
`save_policies` writes drafts in one transaction and links each interpretation to the document
it explains: by an explicit id, or by the 《title》 it names. A draft with cleaning flags is saved
with status 'review' and stays off the resident screens until staff accept it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from kiosk.cleaning import Flag, clean_text
from kiosk.cleaning.script import to_simplified
from kiosk.cleaning.structure import heading_level, outline
from kiosk.clock import Clock
from kiosk.errors import NotFound, ValidationError
from kiosk.imports.spreadsheet import parse_date
from kiosk.store import import_repo
from kiosk.trust import audit

TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
MAX_TITLE = 60
# An optional header block of 「键：值」 lines, as in the county source folder's policies/*.txt.
_HEADER_KEYS = {"类型": "kind", "标题": "title", "文号": "doc_number", "发布机关": "issuer", "发文机关": "issuer",
                "发布日期": "published_on", "成文日期": "published_on", "解读对象": "interprets"}
_HEADER_LINE = re.compile(rf"^\s*({'|'.join(_HEADER_KEYS)})\s*[:：]\s*(.*?)\s*$")
_KINDS = {"政策": "policy", "政策文件": "policy", "解读": "interpretation", "政策解读": "interpretation"}
_DOC_NUMBER = re.compile(r"^([\u4e00-\u9fff]{1,15})[〔\[［【（(](\d{4})[〕\]］】）)](\d{1,5})号$")
# In removed editor/source lines, which may hold several: "来源：省政府办公厅 发布时间：2021-05-08 10:30"
_META_LABEL = re.compile(r"(发布日期|发布时间|成文日期|来源|信息来源|文章来源|稿件来源|发布机构)\s*[:：]\s*([^\s：:]+)")
_DATE_LABELS = ("发布日期", "发布时间", "成文日期")
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_NAMED = re.compile(r"《([^《》\n]{2,80})》")
_SITE_SUFFIX = re.compile(r"\s*[_|｜—\-]+\s*[^_|｜—\-]*$")


@dataclass
class PolicyDraft:
    source: str                # file name
    title: str
    kind: str                  # policy | interpretation
    published_on: str          # ISO date
    doc_number: str
    issuer: str
    body: str                  # cleaned, one paragraph or heading per line
    flags: list[Flag] = field(default_factory=list)
    changes: dict[str, int] = field(default_factory=dict)
    named: list[str] = field(default_factory=list)   # titles it names in 《》, in order

    def outline(self) -> list[dict]:
        return outline(self.body)

MAX_TEXT_BYTES = 16 << 20


def read_text_file(path: Path) -> str:
    from kiosk.trust.safe_read import read_bounded

    if not path.exists():
        raise ValidationError(f"找不到文件：{path}")
    data = read_bounded(path, MAX_TEXT_BYTES, path.name)
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _refuse_control_characters(text, path)
        return text
    raise ValidationError(f"无法识别 {path.name} 的文字编码（应为 UTF-8 或 GBK）")


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _refuse_control_characters(text: str, path: Path) -> None:
    """NUL, ESC and the like (and bidi overrides) have no place in a document: refuse, naming the line."""
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ValidationError(f"{path.name} 第{line}行含有控制字符（U+{ord(match.group()):04X}），请清理后再导入")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Leading 「键：值」 lines (标题、文号、发布日期 …) and the text after them."""
    header: dict[str, str] = {}
    lines = raw.lstrip("\ufeff").split("\n")
    index = 0
    while index < len(lines) and (match := _HEADER_LINE.match(to_simplified(lines[index]))):
        header.setdefault(_HEADER_KEYS[match.group(1)], match.group(2))
        index += 1
    if not header:
        return {}, raw
    return header, "\n".join(lines[index:])


def _iso(text: str) -> str | None:
    try:
        return parse_date(text.strip().split(" ")[0]).isoformat()
    except ValueError:
        return None


def _title_from_meta(meta: dict[str, str]) -> str:
    for key in ("title", "h1", "html_title"):
        value = meta.get(key, "").strip()
        if key == "html_title":
            value = _SITE_SUFFIX.sub("", value) or value
        if value:
            return value
    return ""


def _looks_like_title(line: str) -> bool:
    return (0 < len(line) <= MAX_TITLE and "。" not in line and not heading_level(line)
            and not line.endswith(("：", "，", "；")))


def read_policy(path: str | Path, *, title: str | None = None, published_on: str | None = None,
                kind: str | None = None) -> PolicyDraft:
    """Clean one policy file (text or HTML) and work out its metadata. No database access."""
    path = Path(path)
    header, raw = split_header(read_text_file(path))
    result = clean_text(raw)
    lines = result.text.split("\n") if result.text else []
    if not lines:
        raise ValidationError(f"{path.name}：清理后没有正文")

    doc_number = header.get("doc_number", "")
    for index, line in enumerate(lines[:3] if not doc_number else []):
        match = _DOC_NUMBER.match(line)
        if match:
            doc_number = f"{match.group(1)}〔{match.group(2)}〕{match.group(3)}号"
            del lines[index]
            break

    title = (title or "").strip() or header.get("title", "") or _title_from_meta(result.meta)
    if not title and len(lines) > 1 and _looks_like_title(lines[0]):
        title = lines[0]
    if not title:
        named = _NAMED.search(lines[0])
        if named and "解读" in lines[0]:
            title = f"《{named.group(1)}》政策解读"
    if not title:
        raise ValidationError(f"{path.name}：无法确定标题（第一行不像标题），请用 --title 指定")
    # Pages repeat their title (an <h1>) near the top of the body.
    lines = [line for index, line in enumerate(lines) if not (index < 3 and line == title)]
    body = "\n".join(lines)
    if not body:
        raise ValidationError(f"{path.name}：只有标题，没有正文")

    date = _iso(published_on) if published_on else None
    if published_on and not date:
        raise ValidationError(f"日期“{published_on}”无法识别（请写成 2021-05-08）")
    date = date or _iso(header.get("published_on", "")) or _iso(result.meta.get("published_on", ""))
    issuer = header.get("issuer", "") or result.meta.get("source", "")
    for removed in result.removed_lines:
        for label, value in _META_LABEL.findall(removed.strip("（）()【】[] ")):
            if label in _DATE_LABELS:
                date = date or _iso(value)
            else:
                issuer = issuer or value
    if not date:
        date = next((_iso(line) for line in reversed(lines[-5:]) if _DATE_LINE.match(line)), None)
    if not date:
        raise ValidationError(f"{path.name}：正文里找不到发布日期，请用 --date 指定（如 --date 2021-05-08）")

    kind = kind or _KINDS.get(header.get("kind", ""), "interpretation" if "解读" in title else "policy")
    target = header.get("interprets", "").strip("《》 ")
    named = [n for n in [target, *_NAMED.findall(title + "\n" + body)] if n and n != title]
    return PolicyDraft(path.name, title, kind, date, doc_number, issuer, body, list(result.flags),
                       dict(result.changes), named)


@dataclass
class SavedPolicy:
    id: int
    title: str
    kind: str
    status: str
    published_on: str
    interprets_id: int | None
    flags: list[dict]
    changes: dict[str, int]
    headings: int
    replaced: bool = False
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _linked_policy(db, draft: PolicyDraft, batch: dict[str, int]) -> int | None:
    for name in draft.named:
        if name in batch:
            return batch[name]
        found = import_repo.find_policy(db, name, "policy")
        if found:
            return found
    return None


def save_policies(db: sqlite_utils.Database, drafts: list[PolicyDraft], *, clock: Clock, actor: str,
                  interprets_id: int | None = None, replace: bool = False) -> list[SavedPolicy]:
    """Write the drafts in one transaction, documents before interpretations so they can link."""
    from kiosk.imports.searching import refresh

    if interprets_id is not None:
        target = import_repo.policy_summary(db, interprets_id)
        if not target or target["kind"] != "policy":
            raise ValidationError(f"--interprets {interprets_id}：没有这个编号的政策文件（解读只能关联到政策文件）")
    ordered = sorted(drafts, key=lambda d: d.kind == "interpretation")
    saved: list[SavedPolicy] = []
    batch: dict[str, int] = {}
    with db.atomic():
        for draft in ordered:
            warnings = []
            link = None
            if draft.kind == "interpretation":
                link = interprets_id if interprets_id is not None else _linked_policy(db, draft, batch)
                if link is None:
                    names = "、".join(f"《{n}》" for n in draft.named[:3]) or "（正文没有提到文件名）"
                    warnings.append(f"没有找到被解读的文件 {names}；可用 --interprets 编号 指定")
            flags = [f.to_dict() for f in draft.flags]
            row = {
                "kind": draft.kind, "interprets_id": link, "title": draft.title, "doc_number": draft.doc_number,
                "issuer": draft.issuer, "published_on": draft.published_on, "body": draft.body,
                "source_url": "", "status": "review" if flags else "published", "flags": flags,
            }
            existing = import_repo.find_policy(db, draft.title, draft.kind, draft.published_on)
            if existing and not replace:
                raise ValidationError(
                    f"{draft.source}：《{draft.title}》（{draft.published_on}）已经导入过（编号 {existing}）；"
                    "要用新文本替换请加 --replace"
                )
            if existing:
                import_repo.update_policy(db, existing, row)
                policy_id = existing
            else:
                policy_id = import_repo.insert_policy(db, row)
            if draft.kind == "policy":
                batch[draft.title] = policy_id
                linked = import_repo.link_waiting_interpretations(db, policy_id, draft.title)
                if linked:
                    warnings.append(f"已把先前导入的解读（编号 {'、'.join(map(str, linked))}）关联到本文件")
            saved.append(SavedPolicy(policy_id, draft.title, draft.kind, row["status"], draft.published_on, link,
                                     flags, draft.changes, len(draft.outline()), bool(existing), warnings))
        refresh(db, "policy", [s.id for s in saved])
        audit.record(db, clock, actor, "import.policy",
                     {"ids": [s.id for s in saved], "review": [s.id for s in saved if s.status == "review"]})
    return saved


def pending(db: sqlite_utils.Database) -> list[dict]:
    """Imported documents waiting for staff review, with what was flagged."""
    return import_repo.policies_in_review(db)


def accept_policy(db: sqlite_utils.Database, policy_id: int, *, clock: Clock, actor: str) -> dict:
    """Staff have read the flags: publish the document as cleaned."""
    from kiosk.imports.searching import refresh

    summary = import_repo.policy_summary(db, policy_id)
    if not summary:
        raise NotFound(f"没有编号为 {policy_id} 的政策文件")
    if summary["status"] != "review":
        raise ValidationError(f"编号 {policy_id}《{summary['title']}》已经发布，不在待审核名单里")
    with db.atomic():
        import_repo.set_policy_status(db, policy_id, "published")
        refresh(db, "policy", [policy_id])
        audit.record(db, clock, actor, "policy.accept",
                     {"id": policy_id, "flags": len(summary["flags"])})
    summary["status"] = "published"
    return summary
