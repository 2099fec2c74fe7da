"""The content kinds' declarations (kiosk/content_kinds.py) are what the kiosk actually runs on."""

from __future__ import annotations

from kiosk import content_kinds
from kiosk.content_kinds import INDEXED, KINDS, SEARCHED
from kiosk.search import find
from kiosk.store import content_repo
from sync import apply
from ui import shots
from ui.models.navigator import Navigator


def _columns(db, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def test_every_declared_table_and_date_column_is_in_the_kiosk_schema(demo_db):
    for kind in KINDS:
        for table in kind.tables:
            columns = _columns(demo_db, table.name)
            assert columns, f"{kind.name}: no table {table.name}"
            assert set(table.key) <= set(columns) and set(table.dates) <= set(columns), table


def test_every_searched_kind_has_its_index_once_migrated(demo_db):
    from kiosk.store import search_repo

    assert search_repo.indexed_kinds(demo_db) == tuple(k.name for k in SEARCHED) == search_repo.KINDS


def test_names_pages_and_tables_are_declared_once():
    names = [k.name for k in KINDS]
    tables = [t.name for k in KINDS for t in k.tables]
    screens = [s for k in KINDS for s in k.screens]
    assert len(set(names)) == len(names) and len(set(tables)) == len(tables) and len(set(screens)) == len(screens)
    for kind in SEARCHED:
        assert [t.search for t in kind.tables].count(INDEXED) == 1, kind.name
        assert kind.page in kind.screens, kind.name  # a search hit opens a screen the kind has


def test_the_bundle_carries_exactly_the_declared_tables_in_declared_order():
    declared = [t.name for k in KINDS for t in k.tables]
    carried = [t.name for t in (*content_repo.CONTENT_TABLES, *content_repo.CALENDAR_TABLES,
                                *content_repo.SYNONYM_TABLES)]
    assert sorted(carried) == sorted(declared)
    rows = [t.name for t in content_repo.CONTENT_TABLES]
    assert rows.index("villages") < rows.index("notices") < rows.index("notice_attachments")


def test_a_delta_of_searched_rows_reindexes_only_the_declared_kind_and_the_rest_are_listed():
    assert apply.SEARCHED == {content_kinds.indexed_table(k): k.name for k in SEARCHED}
    every = {t.name for k in KINDS for t in k.tables}
    feeds = {t.name for k in KINDS for t in k.tables if t.search == content_kinds.FEEDS}
    assert feeds == {"villages", "catalogue_domains"}  # their text is in other kinds' rows: re-index all
    assert every - feeds == set(apply.SEARCHED) | (apply.NOT_SEARCHED - {"calendar_changed"})


def test_search_finds_every_searched_kind_under_its_declared_label(demo_db):
    seen = {}
    for query in ("补贴", "低保", "公示", "通知", "解读", "养老", "村规民约"):
        for hit in find(demo_db, query, limit=60).hits:
            seen.setdefault(hit.kind, hit.label)
    assert seen == {k.name: k.label for k in SEARCHED}


def test_every_page_a_kind_declares_can_be_built_and_reached():
    for kind in KINDS:
        for page in (kind.page, kind.home):
            if page:
                assert hasattr(Navigator, "_open_" + page.replace("-", "_")), (kind.name, page)
        if kind.screens:
            assert kind.name in shots.REACH, kind.name
            assert set(kind.screens) <= set(shots.PAGES)
        if kind.speech:
            assert kind.page, kind.name  # what is read aloud belongs to a record page
    assert set(shots.REACH) == {k.name for k in KINDS if k.screens}
