"""What the console reads and writes besides requests: reply PDFs, 依申请转主动 documents written
into the township's source folder (the next `gongkai publish` carries them to every kiosk), the
publishing history with the kiosks that applied each bundle, and the county report PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tempfile
from pathlib import Path

import sqlalchemy as sa

from county.store import CountyStore, reply_files
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.township_code import is_township_code


def save_reply_file(store: CountyStore, clock: Clock, request_uuid: str, event_uuid: str, name: str,
                    content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    with store.engine.begin() as conn:
        if not conn.execute(sa.select(reply_files.c.sha256).where(reply_files.c.sha256 == sha)).first():
            conn.execute(reply_files.insert().values(sha256=sha, request_uuid=request_uuid, event_uuid=event_uuid,
                                                     filename=name, size=len(content), content=content,
                                                     at=iso_now(clock)))
    return sha


def reply_files_for(store: CountyStore, request_uuid: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            sa.select(reply_files.c.sha256, reply_files.c.filename, reply_files.c.size, reply_files.c.at)
            .where(reply_files.c.request_uuid == request_uuid).order_by(reply_files.c.at))]




def reply_file(store: CountyStore, sha: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(reply_files).where(reply_files.c.sha256 == sha)).first()
    return dict(row._mapping) if row else None


# --- 依申请转主动 ---------------------------------------------------------------------------------
def source_folder(sources: Path | None, township: str) -> Path | None:
    if sources is None or not is_township_code(township):
        return None
    folder = Path(sources) / township
    return folder if (folder / "township.json").is_file() else None


def catalogue_for(sources: Path | None, township: str) -> list[str]:
    folder = source_folder(sources, township)
    if folder is None:
        return []
    from county.source_folder import catalogue_paths

    try:
        return catalogue_paths(folder)
    except (ValidationError, OSError):
        return []


def check_publication(sources: Path | None, township: str, item: str, title: str, body: str) -> dict:
    if source_folder(sources, township) is None:
        raise ValidationError(f"没有找到乡镇 {township} 的源文件夹，无法转为主动公开（gongkai serve --sources）")
    if item not in catalogue_for(sources, township):
        raise ValidationError("请选择公开目录中的事项")
    title, body = title.strip(), body.strip()
    if not title or len(title) > 200 or "\n" in title:
        raise ValidationError("主动公开的标题不能为空（200 字以内，一行）")
    if not body or len(body) > 100_000:
        raise ValidationError("主动公开的正文不能为空")
    return {"item": item, "title": title, "body": body}


def write_publication(sources: Path, township: str, number: str, publication: dict, on: dt.date) -> Path:
    """A document file in the source folder's documents/, in the format `gongkai publish` reads."""
    folder = source_folder(sources, township)
    office = json.loads((folder / "township.json").read_text(encoding="utf-8")).get("office_name", "")
    documents = folder / "documents"
    documents.mkdir(exist_ok=True)
    path = documents / f"依申请转主动-{number}.txt"
    text = (f"标题：{publication['title']}\n目录：{publication['item']}\n发布机构：{office}\n"
            f"发布日期：{on.isoformat()}\n\n{publication['body']}\n")
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=documents, delete=False, suffix=".tmp") as f:
        f.write(text)
    Path(f.name).replace(path)
    return path


# --- publishing history -------------------------------------------------------------------------
def history(public: Path, kiosks: list[dict]) -> list[dict]:
    rows = []
    for township_dir in sorted(p for p in Path(public).iterdir() if p.is_dir()):
        for bundle_dir in sorted((township_dir / "bundles").glob("*"), reverse=True):
            match = re.fullmatch(r"(\d+)-(full|delta-(\d+))", bundle_dir.name)
            if not match:
                continue
            sequence = int(match.group(1))
            try:
                manifest = json.loads((bundle_dir / "manifest.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                manifest = {}
            size = sum(f.stat().st_size for f in bundle_dir.rglob("*") if f.is_file())
            applied = [k["kiosk_id"] for k in kiosks if k["township"] == township_dir.name
                       and isinstance(k.get("last_sequence"), int) and k["last_sequence"] >= sequence]
            rows.append({"township": township_dir.name, "sequence": sequence, "name": bundle_dir.name,
                         "kind": "完整包" if match.group(2) == "full" else f"增量包（自第 {int(match.group(3))} 版）",
                         "created": str(manifest.get("created", ""))[:19].replace("T", " "), "size": size,
                         "applied": applied,
                         "kiosks": sum(1 for k in kiosks if k["township"] == township_dir.name)})
    return rows


def report_pdf(table) -> bytes:
    from kiosk.reports.pdf import write_annual_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = write_annual_pdf(table, Path(tmp) / "report.pdf", "县级汇总（各乡镇合计）")
        return path.read_bytes()
