"""The page registry: every page the kiosk shows, by id, with the QML component that draws it and
what builds its view model. Nothing else names a QML page file.

Resident pages are what a home tile, a list row or a search result leads to: its `target` is a page id
here (a content kind names its page by the same id in its declaration), and Navigator.open(id, key)
builds the view model with the builder registered under `@builds(id)`. Staff pages are the staff
area's; their view models are standing ones (ui.staff.area), so they register a component only.

To add a page: write its QML file, add its id here (RESIDENT_COMPONENTS or STAFF_PAGES) and, for a
resident page, its builder in ui/models/navigator.py under `@builds(id)`. docs/architecture.md lists
the files.
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


# Resident pages: id -> component. The id is what a tile, a row or a search result names as its target,
# and what a content kind's declaration names as its page; Navigator registers the builders (`builds`).
RESIDENT_COMPONENTS = {
    "catalogue": "ChoicePage", "catalogue-domain": "ChoicePage", "catalogue-level1": "ChoicePage",
    "catalogue-item": "ItemPage", "document": "ReaderPage",
    "notices": "ChoicePage", "notice-village": "ChoicePage", "notice": "ReaderPage",
    "subsidies": "ChoicePage", "subsidy-village": "ChoicePage", "subsidy-item": "ChoicePage",
    "payouts": "PayoutsPage", "my-payouts": "MyPayoutsPage",
    "policies": "ChoicePage", "policy": "ReaderPage", "apply": "ReaderPage",
    "faqs": "ChoicePage", "faq": "ReaderPage", "voice": "VoicePage",
    "drafts": "ChoicePage", "draft": "ReaderPage", "draft-comment": "CommentPage",
    "status": "StatusPage", "eligibility": "EligibilityPage",
    "search": "SearchPage",  # a standing view model (ui.models.search), opened from the header
}
RESIDENT_PAGES: dict[str, Page] = {pid: Page(pid, component) for pid, component in RESIDENT_COMPONENTS.items()}


def builds(page_id: str) -> Callable:
    """Register a Navigator method `(self, key) -> view model` as the builder of the page `page_id`."""
    def register(build: Callable) -> Callable:
        page = RESIDENT_PAGES[page_id]  # KeyError: a builder for a page nobody registered
        if page.build is not None:
            raise ValueError(f"page {page_id!r} has two builders")
        RESIDENT_PAGES[page_id] = Page(page_id, page.component, build)
        return build
    return register


STAFF_PAGES: dict[str, Page] = {p.id: p for p in (
    Page("login", "staff/LoginPage"),
    Page("worklist", "staff/WorklistPage"),
    Page("intake", "staff/IntakePage"),
    Page("consult", "staff/ConsultPage"),
    Page("detail", "staff/DetailPage"),
    Page("admin", "staff/AdminPage"),
)}
