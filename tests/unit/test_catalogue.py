"""Standard catalogue: 26 domains → 一级事项 → 二级事项 → item page with every column → documents."""

import pytest

from kiosk.content import catalogue
from kiosk.errors import NotFound
from kiosk.store import catalogue_repo


def test_drill_down_to_an_item_page_with_every_standard_column(demo_db):
    domains = catalogue.domains(demo_db)
    assert len(domains) == 26
    assert domains[0]["name"] == "重大建设项目" and domains[0]["item_count"] > 0
    level1 = catalogue.level1_items(demo_db, domains[0]["id"])
    assert level1 and all(r["item_count"] > 0 for r in level1)
    items = catalogue.level2_items(demo_db, domains[0]["id"], level1[0]["level1"])
    assert items and all(i["level1"] == level1[0]["level1"] for i in items)
    page = catalogue.item_page(demo_db, items[0]["id"])
    labels = [label for label, _ in page.fields]
    assert labels == ["一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                      "公开渠道和载体", "公开对象", "公开方式", "公开层级"]
    assert page.domain == "重大建设项目" and page.title == items[0]["level2"]
    assert all(value for _, value in page.fields)


def test_item_lists_its_documents_newest_first_and_a_document_opens(demo_db):
    item_id = catalogue_repo.first_item_with_documents(demo_db)
    page = catalogue.item_page(demo_db, item_id)
    dates = [d["published_on"] for d in page.documents]
    assert dates and dates == sorted(dates, reverse=True)
    doc = catalogue.document_page(demo_db, page.documents[0]["id"])
    assert doc.title == page.documents[0]["title"]
    assert doc.body and doc.path == f"doc/{doc.id}.html"
    assert ("发布日期", page.documents[0]["date_text"]) in doc.meta


def test_missing_records_say_so(demo_db):
    with pytest.raises(NotFound):
        catalogue.item_page(demo_db, 999_999)
    with pytest.raises(NotFound):
        catalogue.document_page(demo_db, 999_999)
