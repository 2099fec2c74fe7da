"""Every resident screen, driven as a resident would: tiles, rows, back/home, photos, QR, paging, search."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QMetaObject
from pyzbar.pyzbar import decode

from kiosk.store import payouts_repo
from tests.ui.conftest import APPLICANT, REQUEST_NUMBER
from tests.ui.helpers import (
    all_items,
    root,
    root_call,
    tap,
    type_text,
    visible_item,
    visible_items,
    visible_texts,
)


def _stack(ui):
    return all_items(ui, "stack")[0]


def open_page(ui, qtbot, target, key=""):
    depth = _stack(ui).property("depth")
    root_call(ui, "openTarget", target, key)
    qtbot.waitUntil(lambda: _stack(ui).property("depth") == depth + 1, timeout=30_000)
    return ui.nav.last_opened()


def test_catalogue_drill_down_back_and_home(ui, qtbot):
    tap(ui, visible_item(ui, "tile_catalogue"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "choiceGrid")), timeout=30_000)
    domains = ui.nav.last_opened()
    assert domains.rowCount() == 26 and visible_item(ui, "pageTitle").property("text") == "标准目录"
    first = domains.get(0)
    level1 = open_page(ui, qtbot, first["target"], first["key"])
    items = open_page(ui, qtbot, level1.get(0)["target"], level1.get(0)["key"])
    item = open_page(ui, qtbot, items.get(0)["target"], items.get(0)["key"])
    assert visible_item(ui, "itemTitle").property("text") == item.property("title")
    fields = visible_items(ui, "itemField")
    assert len(fields) == 10
    assert "重大建设项目" in visible_texts(ui)
    tap(ui, visible_item(ui, "backButton"))
    qtbot.waitUntil(lambda: _stack(ui).property("depth") == 4, timeout=30_000)
    tap(ui, visible_item(ui, "homeButton"))
    qtbot.waitUntil(lambda: _stack(ui).property("depth") == 1, timeout=30_000)
    assert visible_item(ui, "tiles")


def test_document_page_has_a_qr_that_carries_its_text_and_then_its_public_url(ui, qtbot, tmp_path):
    """A phone camera shows the page offline (title, what to bring, where, hours, phone); the public link
    comes last, because this township configured a public site."""
    from kiosk.store import catalogue_repo

    item_id = catalogue_repo.first_item_with_documents(ui.db)
    item = open_page(ui, qtbot, "catalogue-item", str(item_id))
    doc_link = item.property("links")[0]
    doc = open_page(ui, qtbot, doc_link["target"], doc_link["key"])
    url = doc.property("qrUrl")
    assert url == f"https://www.qingxi.gov.cn/qhz/doc/{doc_link['key']}.html" and url.isascii()
    qr = visible_item(ui, "qrImage")
    qtbot.waitUntil(lambda: qr.property("paintedWidth") > 0, timeout=30_000)
    path = tmp_path / "doc.png"
    ui.window.grabWindow().save(str(path))
    [text] = [d.data.decode("utf-8") for d in decode(Image.open(path))]
    lines = text.splitlines()
    assert lines[0] == doc.property("title")
    assert any(line.startswith("电话：0796-") for line in lines)
    assert lines[-1] == url
    assert visible_item(ui, "readAloudButton").isVisible()


def test_a_page_of_a_township_without_a_public_site_still_has_its_text_qr(ui, qtbot, tmp_path):
    """No public site configured: no link anywhere, and still a QR that holds the notice itself."""
    before = ui.db.execute("SELECT public_base_url FROM township").fetchone()[0]
    ui.db.execute("UPDATE township SET public_base_url = ''")
    try:
        notice_id = ui.db.execute("SELECT id FROM notices ORDER BY id LIMIT 1").fetchone()[0]
        page = open_page(ui, qtbot, "notice", str(notice_id))
        assert page.property("qrUrl") == ""
        qr = visible_item(ui, "qrImage")
        qtbot.waitUntil(lambda: qr.property("paintedWidth") > 0, timeout=10000)
        path = tmp_path / "notice.png"
        ui.window.grabWindow().save(str(path))
        [text] = [d.data.decode("utf-8") for d in decode(Image.open(path))]
        assert text.splitlines()[0] == page.property("title") and "http" not in text
    finally:
        ui.db.execute("UPDATE township SET public_base_url = ?", [before])


def test_notice_photo_opens_full_screen_and_closes(ui, qtbot):
    from kiosk.store import notices_repo

    notice_id = notices_repo.first_notice_with_images(ui.db, "2026-11-22")
    open_page(ui, qtbot, "notice", str(notice_id))
    thumbs = visible_items(ui, "thumbnail")
    assert thumbs
    viewer = all_items(ui, "imageViewer")[0]
    assert not viewer.isVisible()
    tap(ui, thumbs[0])
    qtbot.waitUntil(viewer.isVisible, timeout=30_000)
    image = visible_item(ui, "viewerImage")
    qtbot.waitUntil(lambda: image.property("paintedWidth") > 0, timeout=30_000)
    assert image.property("sourceSize").width() > 0
    tap(ui, visible_item(ui, "viewerZoomIn"))
    assert image.property("scale") == 1.5
    tap(ui, visible_item(ui, "viewerClose"))
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=30_000)


def test_urgent_banner_opens_its_notice(ui, qtbot):
    # The Flow places its entries after the label once the home page is shown again.
    qtbot.waitUntil(lambda: visible_items(ui, "urgentNotice") and visible_items(ui, "urgentNotice")[0].x() > 0,
                    timeout=30_000)
    # Render a frame first: polish runs then, so the Flow's entries are where the finger will land.
    ui.window.grabWindow()
    tap(ui, visible_items(ui, "urgentNotice")[0])
    qtbot.waitUntil(lambda: bool(visible_items(ui, "readerPage")), timeout=30_000)
    assert "森林防火" in visible_item(ui, "readerTitle").property("text")


def test_notices_current_first_then_archive(ui, qtbot):
    villages = open_page(ui, qtbot, "notices")
    notices = open_page(ui, qtbot, villages.get(0)["target"], villages.get(0)["key"])
    sections = [notices.get(i)["section"] for i in range(notices.rowCount())]
    first_archive = sections.index("历史存档（已过公示期）")
    assert set(sections[:first_archive]) == {"正在公示"} and set(sections[first_archive:]) == {sections[-1]}
    assert "正在公示" in visible_texts(ui)


def test_payout_list_scrolls_in_pages_with_masked_names(ui, qtbot):
    village, item, year = payouts_repo.busiest_selection(ui.db)
    model = open_page(ui, qtbot, "payouts", f"{village}|{item}|{year}")
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
    assert model.rowCount() < model.total  # the view asked for a page, not for everything
    totals = visible_item(ui, "payoutTotals").property("text")
    assert "本项目合计" in totals and "¥" in totals and "全部补贴合计" in totals
    full_names = {r["recipient_name"] for r in payouts_repo.page(ui.db, village, item, year, limit=500)}
    shown = visible_texts(ui)
    assert not full_names & set(shown)
    assert any(t.endswith("*") for t in shown)
    before = model.rowCount()
    listview = visible_item(ui, "payoutList")
    QMetaObject.invokeMethod(listview, "positionViewAtEnd")  # as if flicked to the bottom
    qtbot.waitUntil(lambda: model.rowCount() > before, timeout=30_000)


def test_find_my_payouts_shows_masked_results_and_refuses_bad_input(ui, qtbot):
    village, item, year = payouts_repo.busiest_selection(ui.db)
    row = payouts_repo.page(ui.db, village, item, year, limit=1)[0]
    last4 = ui.db.execute("SELECT id_last4 FROM payouts WHERE id = ?", [row["id"]]).fetchone()[0]
    subsidies = open_page(ui, qtbot, "subsidies")
    assert subsidies.property("actionTarget") == "my-payouts"
    tap(ui, visible_item(ui, "choiceAction"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "myPayoutsPage")), timeout=30_000)
    vm = ui.nav.last_opened()
    visible_item(ui, "nameField").setProperty("text", row["recipient_name"])
    visible_item(ui, "last4Field").setProperty("text", "12")
    tap(ui, visible_item(ui, "findButton"))
    qtbot.waitUntil(lambda: "后4位" in vm.property("message"), timeout=30_000)
    visible_item(ui, "last4Field").setProperty("text", last4)
    tap(ui, visible_item(ui, "findButton"))
    qtbot.waitUntil(lambda: vm.property("results").rowCount() > 0, timeout=30_000)
    texts = [t for t in visible_texts(ui) if t not in (row["recipient_name"], last4)]  # the typed fields
    assert not any(row["recipient_name"] in t for t in texts)
    assert "合计" in visible_item(ui, "myPayoutsTotal").property("text")


def test_policy_links_to_its_interpretation(ui, qtbot):
    policies = open_page(ui, qtbot, "policies")
    first = next(policies.get(i) for i in range(policies.rowCount()) if policies.get(i)["badge"])
    policy = open_page(ui, qtbot, first["target"], first["key"])
    levels = {b["level"] for b in policy.property("blocks")}
    assert {0, 1}.issubset(levels)
    heading = visible_items(ui, "block1")[0]
    paragraph = visible_items(ui, "block0")[0]
    assert heading.property("font").pixelSize() > paragraph.property("font").pixelSize()
    assert heading.property("font").bold() and not paragraph.property("font").bold()
    assert visible_items(ui, "readerLink")  # at the foot of the text
    link = policy.property("links")[0]
    interpretation = open_page(ui, qtbot, link["target"], link["key"])
    assert interpretation.property("subtitle") == "政策解读"
    assert interpretation.property("links")[0]["key"] == first["key"]


def test_apply_guide_shows_office_contacts(ui, qtbot):
    tap(ui, visible_item(ui, "tile_apply"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "readerPage")), timeout=30_000)
    texts = visible_texts(ui)
    assert "0796-6123456" in texts and "请带上" in texts


def test_status_shows_status_and_due_date_but_no_personal_data(ui, qtbot):
    tap(ui, visible_item(ui, "tile_status"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "statusPage")), timeout=30_000)
    field = visible_item(ui, "numberField")
    assert field.hasActiveFocus()  # a scanner can type straight in
    type_text(ui, REQUEST_NUMBER.lower(), enter=True)
    qtbot.waitUntil(lambda: visible_item(ui, "statusCard").isVisible(), timeout=30_000)
    assert visible_item(ui, "statusValue1").property("text") == "已受理，正在办理"
    assert visible_item(ui, "statusValue3").property("text") == "2026年12月21日"
    everything = " ".join(visible_texts(ui))
    for value in APPLICANT.values():
        assert value not in everything
    field.setProperty("text", "QH-K01-999999-1")
    tap(ui, visible_item(ui, "lookupButton"))
    qtbot.waitUntil(lambda: "没有找到" in visible_item(ui, "statusMessage").property("text"), timeout=30_000)
    assert not visible_items(ui, "statusCard")


def test_search_from_any_screen_as_you_type(ui, qtbot):
    open_page(ui, qtbot, "policies")
    tap(ui, visible_item(ui, "searchButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "searchPage")), timeout=30_000)
    assert visible_item(ui, "searchField").hasActiveFocus()
    visible_item(ui, "searchField").setProperty("text", "bt")
    qtbot.waitUntil(lambda: ui.search.results.rowCount() > 0, timeout=30_000)
    hit = ui.search.results.get(0)
    rows = [ui.search.results.get(i) for i in range(ui.search.results.rowCount())]
    assert any("补贴" in r["title"] for r in rows)  # pinyin initials: bt → 补贴
    hits = visible_items(ui, "searchHit")
    assert hits
    tap(ui, hits[0])
    qtbot.waitUntil(lambda: not visible_items(ui, "searchPage"), timeout=30_000)
    assert ui.nav.last_opened().property("title") == hit["title"]


def test_elder_toggle_enlarges_text_and_targets_on_every_screen(ui, qtbot):
    open_page(ui, qtbot, "apply")
    back = visible_item(ui, "backButton")
    paragraph = visible_items(ui, "block0")[0]
    normal_font, normal_height = paragraph.property("font").pixelSize(), back.height()
    assert normal_height >= 44 and back.width() >= 44
    tap(ui, visible_item(ui, "elderToggle"))
    qtbot.waitUntil(lambda: ui.theme.elder, timeout=30_000)
    qtbot.waitUntil(lambda: back.height() >= 60, timeout=30_000)
    assert paragraph.property("font").pixelSize() >= 1.5 * normal_font
    assert back.width() >= 60
    tap(ui, visible_item(ui, "elderToggle"))
    qtbot.waitUntil(lambda: not ui.theme.elder, timeout=30_000)


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_both_orientations_lay_out_the_home_tiles(ui, qtbot, size):
    ui.window.resize(*size)
    qtbot.waitUntil(lambda: root(ui).property("portrait") == (size[1] > size[0]), timeout=30_000)
    grid = visible_item(ui, "tiles")
    # Seven tiles: two columns in portrait, four in landscape (3 + 3 + 1 would leave one tile alone).
    qtbot.waitUntil(lambda: grid.property("columns") == (2 if size[1] > size[0] else 4), timeout=30_000)
    tiles = [visible_item(ui, f"tile_{t}") for t in ("catalogue", "notices", "subsidies", "policies", "apply", "status",
                                                    "eligibility")]
    assert all(t.width() > 300 and t.height() > 200 for t in tiles)
    ui.window.resize(1920, 1080)
