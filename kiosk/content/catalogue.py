"""The standard catalogue as a resident reads it: domains -> 一级事项 -> 二级事项 -> item page -> documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import NotFound
from kiosk.formatting import LOCALE, medium_date
from kiosk.store import catalogue_repo

# Every standard column of a 二级事项, in the order a county catalogue prints them (DOMAIN.md §3.3).
ITEM_FIELDS: tuple[tuple[str, str], ...] = (
    ("level1", "一级事项"),
    ("level2", "二级事项"),
    ("content", "公开内容（要素）"),
    ("basis", "公开依据"),
    ("time_limit", "公开时限"),
    ("subject", "公开主体"),
    ("channels", "公开渠道和载体"),
    ("audience", "公开对象"),
    ("method", "公开方式"),
    ("level", "公开层级"),
)


DOCUMENT_META = ("发布机构", "文号", "索引号", "发布日期")  # a document's facts, in this order

# Plain words a resident understands for each standard column; the standard term stays beside them.
PLAIN_LABELS = {
    "一级事项": "大类",
    "二级事项": "具体事项",
    "公开内容（要素）": "公开哪些内容",
    "公开依据": "依据哪些规定",
    "公开时限": "多久内公开",
    "公开主体": "由谁公开",
    "公开渠道和载体": "在哪里公开",
    "公开对象": "向谁公开",
    "公开方式": "怎样公开",
    "公开层级": "由哪一级负责",
}


def plain_label(term: str) -> str:
    """「多久内公开（公开时限）」: plain words first, the standard term in brackets."""
    plain = PLAIN_LABELS.get(term)
    return f"{plain}（{term}）" if plain else term


@dataclass(frozen=True)
class ItemPage:
    id: int
    domain: str
    title: str
    fields: list[tuple[str, str]]  # (label, value)
    documents: list[dict]


@dataclass(frozen=True)
class DocumentPage:
    id: int
    title: str
    meta: list[tuple[str, str]]
    body: str
    path: str  # public web path, relative to the township's public_base_url


def domains(db: sqlite_utils.Database) -> list[dict]:
    return catalogue_repo.list_domains(db)


def level1_items(db: sqlite_utils.Database, domain_id: int) -> list[dict]:
    return catalogue_repo.list_level1(db, domain_id)


def level2_items(db: sqlite_utils.Database, domain_id: int, level1: str) -> list[dict]:
    return catalogue_repo.list_items(db, domain_id, level1)


def _date(text: str, locale: str = LOCALE) -> str:
    try:
        return medium_date(dt.date.fromisoformat(text), locale)
    except ValueError:
        return text


def item_page(db: sqlite_utils.Database, item_id: int) -> ItemPage:
    item = catalogue_repo.get_item(db, item_id)
    if item is None:
        raise NotFound(f"目录事项不存在: {item_id}")
    domain = catalogue_repo.get_domain(db, item["domain_id"])
    documents = [
        {**d, "date_text": _date(d["published_on"])} for d in catalogue_repo.list_documents(db, item_id)
    ]
    return ItemPage(
        id=item_id,
        domain=domain["name"] if domain else "",
        title=item["level2"],
        fields=[(label, item[key] or "—") for key, label in ITEM_FIELDS],
        documents=documents,
    )


def document_page(db: sqlite_utils.Database, document_id: int, locale: str = LOCALE) -> DocumentPage:
    doc = catalogue_repo.get_document(db, document_id)
    if doc is None:
        raise NotFound(f"文件不存在: {document_id}")
    values = (doc["publisher"], doc["doc_number"], doc["index_number"], _date(doc["published_on"], locale))
    meta = list(zip(DOCUMENT_META, values, strict=True))
    return DocumentPage(
        id=document_id,
        title=doc["title"],
        meta=[(k, v) for k, v in meta if v],
        body=doc["body"],
        path=f"doc/{document_id}.html",
    )
