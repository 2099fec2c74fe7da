"""The page registry: every page the kiosk shows, by id, with the QML component that draws it and
what builds its view model. Nothing else names a QML page file.

Resident pages are what a home tile, a list row or a search result leads to: its `target` is a page id
here (a content kind names its page by the same id in its declaration), and Navigator.open(id, key)
builds the view model with the registered builder. Staff pages are the staff area's; their view
models are standing ones (ui.staff.area), so they register a component only.

To add a page: write its QML file and its builder, and register both here with `resident_page`
(a Navigator method) or in STAFF_PAGES. docs/architecture.md lists the files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl

QML_DIR = Path(__file__).parent / "qml"


@dataclass(frozen=True)
class Page:
    id: str
    component: str  # the QML file under ui/qml, without .qml ("staff/IntakePage")
    build: Callable | None = None  # (navigator, key) -> the page's view model; None: a standing one

    @property
    def url(self) -> str:
        return QUrl.fromLocalFile(str(QML_DIR / f"{self.component}.qml")).toString()


RESIDENT_PAGES: dict[str, Page] = {}


def resident_page(page_id: str, component: str) -> Callable:
    """Register a Navigator builder `(self, key) -> view model` as the page `page_id`."""
    def register(build: Callable) -> Callable:
        if page_id in RESIDENT_PAGES:
            raise ValueError(f"page {page_id!r} registered twice")
        RESIDENT_PAGES[page_id] = Page(page_id, component, build)
        return build
    return register


# 搜索 is a standing view model (ui.models.search), opened from the header on every screen.
RESIDENT_PAGES["search"] = Page("search", "SearchPage")

STAFF_PAGES: dict[str, Page] = {p.id: p for p in (
    Page("login", "staff/LoginPage"),
    Page("worklist", "staff/WorklistPage"),
    Page("intake", "staff/IntakePage"),
    Page("detail", "staff/DetailPage"),
    Page("admin", "staff/AdminPage"),
)}
