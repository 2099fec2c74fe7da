"""The home screen's view model."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.content.home import home_summary
from ui.i18n import babel_locale, content, tr
from ui.i18n import localized as _dated


class HomeViewModel(QObject):
    changed = Signal()

    def __init__(self, db, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._summary = home_summary(db, clock, babel_locale())

    @Slot()
    def refresh(self) -> None:
        """Re-read the summary (after a sync, on going home, after the language changed)."""
        summary = home_summary(self._db, self._clock, babel_locale())
        if summary != self._summary:
            self._summary = summary
            self.changed.emit()

    @Slot("QVariantList", result=str)
    def speechText(self, tiles: list) -> str:  # noqa: N802 (QML API)
        """A short spoken guide for residents who cannot read: where each tile leads and how to use it."""
        from ui.models.speech_text import lines

        s = self._summary
        guide = [tr("Home", "{n}，{title}：{hint}。").format(n=i + 1, title=t.get("title", ""), hint=t.get("hint", ""))
                 for i, t in enumerate(tiles or [])]
        return lines(
            tr("Home", "{township}政务公开专区，首页").format(township=s.township_name),
            tr("Home", "今天是{day}。").format(day=s.today_text),
            tr("Home", "紧急通知：{titles}。").format(titles="；".join(s.urgent_titles)) if s.urgent_titles else "",
            tr("Home", "屏幕上有 {n} 个彩色大方块，从左到右、从上到下依次是：").format(n=len(guide)) if guide else "",
            guide,
            tr("Home", "点一下方块就能进入。右上角「搜索」可以找任何内容，「长辈模式」让字变大。"),
            tr("Home", "每一页的上方都有「朗读」按钮，点它就能听这一页的内容；「返回」回到上一页，「首页」回到这里。"),
            tr("Home", "数据可能已过期，请以政府网站和公告栏为准。") if s.stale else "",
        )

    @Property("QVariantList", notify=changed)
    def urgentNotices(self) -> list[dict]:
        """[{title, target, key}]: the banner's entries, each opening its notice."""
        return [{"title": content(n.title), "target": "notice", "key": str(n.id)} for n in self._summary.urgent]

    @Property(str, notify=changed)
    def townshipName(self) -> str:
        return content(self._summary.township_name)

    @Property(str, notify=changed)
    def todayText(self) -> str:
        """Today in the header. Other languages take CLDR's abbreviated form (Sat, Dec 5, 2026): their full
        dates are twice as wide as Chinese and pushed 长辈模式 off a portrait screen."""
        locale = babel_locale()
        if locale.startswith("zh"):
            return self._summary.today_text
        from babel.dates import format_skeleton

        from kiosk.clock import today

        return _dated(format_skeleton("yMMMEd", today(self._clock), locale=locale))

    @Property(str, notify=changed)
    def updatedText(self) -> str:
        when = self._summary.updated_when
        if not when:
            return tr("Home", "数据尚未同步")
        return tr("Home", "数据更新于 {when}").format(when=_dated(when))

    @Property("QStringList", notify=changed)
    def urgentTitles(self) -> list[str]:
        return [content(t) for t in self._summary.urgent_titles]

    @Property(bool, notify=changed)
    def stale(self) -> bool:
        return self._summary.stale
