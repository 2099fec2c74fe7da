"""The home screen's view model."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.home import home_summary


class HomeViewModel(QObject):
    changed = Signal()

    def __init__(self, db, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._summary = home_summary(db, clock)

    @Slot()
    def refresh(self) -> None:
        summary = home_summary(self._db, self._clock)
        if summary != self._summary:
            self._summary = summary
            self.changed.emit()

    @Property("QVariantList", notify=changed)
    def urgentNotices(self) -> list[dict]:
        """[{title, target, key}]: the banner's entries, each opening its notice."""
        return [{"title": n.title, "target": "notice", "key": str(n.id)} for n in self._summary.urgent]

    @Property(str, notify=changed)
    def townshipName(self) -> str:
        return self._summary.township_name

    @Property(str, notify=changed)
    def todayText(self) -> str:
        return self._summary.today_text

    @Property(str, notify=changed)
    def updatedText(self) -> str:
        return self._summary.updated_text

    @Property("QStringList", notify=changed)
    def urgentTitles(self) -> list[str]:
        return self._summary.urgent_titles

    @Property(bool, notify=changed)
    def stale(self) -> bool:
        return self._summary.stale
