"""One content page (catalogue item, document, notice, policy, guide) as an immutable QObject.

Each page pushed on the StackView gets its own object, so going back shows what was there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Property, QObject, Slot


@dataclass
class PageData:
    kind: str
    title: str
    subtitle: str = ""
    notice: str = ""  # a banner line, e.g. 已过公示期
    meta: list[dict] = field(default_factory=list)  # {label, value}
    blocks: list[dict] = field(default_factory=list)  # {level, text}: level 0 paragraph, 1..3 headings
    images: list[dict] = field(default_factory=list)  # {source, name}
    files: list[dict] = field(default_factory=list)  # {name, detail}
    links: list[dict] = field(default_factory=list)  # {title, subtitle, target, key}
    links_title: str = ""
    qr_url: str = ""
    qr_source: str = ""
    speech_title: str = ""
    speech_body: str = ""


def body_blocks(body: str) -> list[dict]:
    return [{"level": 0, "text": line.strip()} for line in body.splitlines() if line.strip()]


class ContentPage(QObject):
    def __init__(self, data: PageData, parent: QObject | None = None):
        super().__init__(parent)
        self._d = data

    @property
    def data(self) -> PageData:
        return self._d

    kind = Property(str, lambda self: self._d.kind, constant=True)
    title = Property(str, lambda self: self._d.title, constant=True)
    subtitle = Property(str, lambda self: self._d.subtitle, constant=True)
    notice = Property(str, lambda self: self._d.notice, constant=True)
    meta = Property("QVariantList", lambda self: self._d.meta, constant=True)
    blocks = Property("QVariantList", lambda self: self._d.blocks, constant=True)
    images = Property("QVariantList", lambda self: self._d.images, constant=True)
    files = Property("QVariantList", lambda self: self._d.files, constant=True)
    links = Property("QVariantList", lambda self: self._d.links, constant=True)
    linksTitle = Property(str, lambda self: self._d.links_title, constant=True)
    qrUrl = Property(str, lambda self: self._d.qr_url, constant=True)
    qrSource = Property(str, lambda self: self._d.qr_source, constant=True)
    speechTitle = Property(str, lambda self: self._d.speech_title or self._d.title, constant=True)
    speechBody = Property(str, lambda self: self._d.speech_body, constant=True)

    @Slot(int, int, result=str)
    def speechText(self, _first: int = 0, _last: int = -1) -> str:  # noqa: N802 (QML API)
        """The title, the banner, the facts (label：value), the text, attachments and links."""
        from ui.models.speech_text import MAX_ROWS, lines

        d = self._d
        links = []
        if d.links:
            links.append(f"{d.links_title or '相关内容'}：")
            links.extend(f"第 {i + 1} 项，{x['title']}，{x.get('subtitle', '')}。" for i, x in enumerate(d.links[:MAX_ROWS]))
            if len(d.links) > MAX_ROWS:
                links.append(f"另有 {len(d.links) - MAX_ROWS} 项，请在屏幕上查看。")
        return lines(
            d.speech_title or d.title,
            d.subtitle,
            d.notice,
            [f"{m.get('plain') + '（' + m['label'] + '）' if m.get('plain') else m['label']}：{m['value']}"
             for m in d.meta],
            d.speech_body,
            [f"附件：{f['name']}" for f in d.files],
            f"本页有 {len(d.images)} 张照片，点照片可以放大。" if d.images else "",
            links,
            "本页有二维码，可用手机扫码带走。" if d.qr_url else "",
        )
