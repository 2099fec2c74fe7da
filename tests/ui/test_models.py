"""View models pass Qt's model tester; the payout list reads the database a page at a time."""

from PySide6.QtCore import QModelIndex

from kiosk.clock import FixedClock
from kiosk.store import payouts_repo
from ui.models.navigator import Navigator
from ui.models.payouts import PayoutListModel
from ui.models.rows import RowsModel
from ui.models.search import SearchViewModel

CLOCK = FixedClock("2026-11-22T10:00:00+08:00")


def test_rows_model_passes_modeltester(qtmodeltester):
    model = RowsModel([{"title": "甲", "key": "1"}, {"title": "乙", "subtitle": None, "key": "2"}])
    qtmodeltester.check(model)
    model.set_rows([{"title": "丙"}])
    qtmodeltester.check(model)
    assert model.get(0)["title"] == "丙" and model.get(0)["key"] == ""


def test_navigator_lists_pass_modeltester(qtmodeltester, demo_db):
    nav = Navigator(demo_db, CLOCK)
    domains = nav.open("catalogue", "")
    assert domains.rowCount() == 26
    qtmodeltester.check(domains)
    village = nav.open("notices", "").get(0)
    notices = nav.open(village["target"], village["key"])
    qtmodeltester.check(notices)
    sections = {notices.get(i)["section"] for i in range(notices.rowCount())}
    assert sections == {"正在公示", "历史存档（已过公示期）"}
    assert notices.get(0)["section"] == "正在公示"


def test_payout_model_fetches_pages_not_everything(qtmodeltester, demo_db):
    village, item, year = payouts_repo.busiest_selection(demo_db)
    nav = Navigator(demo_db, CLOCK)
    model = nav.open("payouts", f"{village}|{item}|{year}")
    assert isinstance(model, PayoutListModel)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100 < model.total and model.fetch_calls == 1
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total
    assert model.fetch_calls == model.total // 100 + 1
    name_role = next(role for role, name in model.roleNames().items() if bytes(name) == b"name")
    names = [model.data(model.index(i), name_role) for i in range(model.rowCount())]
    assert all(n.endswith("*") for n in names)


def test_large_payout_list_stays_paged(qtmodeltester):
    # 10,000 rows behind a fetch function: the model only ever holds what was scrolled to.
    rows = [{"id": i, "name": "张*", "group_name": "", "period": "1", "amount_text": "¥1.00", "paid_on": ""}
            for i in range(1, 10_001)]
    asked = []

    def fetch(after, limit):
        asked.append((after, limit))
        return rows[after:after + limit]

    model = PayoutListModel(fetch, total=10_000, page_size=200)
    for _ in range(3):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 600 and asked == [(0, 200), (200, 200), (400, 200)]
    qtmodeltester.check(model)


def test_search_results_model(qtmodeltester, demo_db, qtbot):
    from kiosk.search import reindex

    reindex(demo_db)  # the demo fixture may predate the search index
    search = SearchViewModel(demo_db, debounce_ms=1)
    search.query = "补贴"
    qtbot.waitUntil(lambda: search.results.rowCount() > 0, timeout=30_000)
    qtmodeltester.check(search.results)
    first = search.results.get(0)
    assert first["badge"] in {"标准目录", "公开文件", "村务公开", "政策解读"} and first["target"] in {"catalogue-item", "document", "notice", "policy"}
    search.clear()
    assert search.results.rowCount() == 0 and search.query == ""
