"""The home screen's view model."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.content.home import home_summary


class HomeViewModel(QObject):
    changed = Signal()

    def __init__(self, db, clock: Clock, parent: QObject | None = None, locale: str = "zh_CN"):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._locale = locale
        self._summary = home_summary(db, clock, locale)

    @Slot()
    def refresh(self) -> None:
        summary = home_summary(self._db, self._clock, self._locale)
        if summary != self._summary:
            self._summary = summary
            self.changed.emit()

    @Slot("QVariantList", result=str)
    def speechText(self, tiles: list) -> str:  # noqa: N802 (QML API)
        """A short spoken guide for residents who cannot read: where each tile leads and how to use it."""
        from ui.models.speech_text import lines

        s = self._summary
        guide = [f"{i + 1}，{t.get('title', '')}：{t.get('hint', '')}。" for i, t in enumerate(tiles or [])]
        return lines(
            f"{s.township_name}政务公开专区，首页",
            f"今天是{s.today_text}。",
            f"紧急通知：{'；'.join(s.urgent_titles)}。" if s.urgent_titles else "",
            f"屏幕上有 {len(guide)} 个彩色大方块，从左到右、从上到下依次是：" if guide else "",
            guide,
            "点一下方块就能进入。右上角「搜索」可以找任何内容，「长辈模式」让字变大。",
            "每一页的上方都有「朗读」按钮，点它就能听这一页的内容；「返回」回到上一页，「首页」回到这里。",
            "数据可能已过期，请以政府网站和公告栏为准。" if s.stale else "",
        )

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
