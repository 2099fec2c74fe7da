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
    qr_url: str = ""  # the page on the township's public site, where one is configured
    qr_source: str = ""  # the take-away QR's image (ContentPage.take_away): the page's text, then qr_url
    speech_title: str = ""
    speech_body: str = ""


def body_blocks(body: str) -> list[dict]:
    from ui.i18n import content

    return [{"level": 0, "text": content(line.strip())} for line in body.splitlines() if line.strip()]


class ContentPage(QObject):
    def __init__(self, data: PageData, parent: QObject | None = None):
        super().__init__(parent)
        self._d = data
        self._printer = None  # 打印带走 (ui.models.slip_printer.SlipPrinter), set by the navigator
        self._township: dict | None = None

    def take_away(self, township: dict | None, printer=None) -> None:
        """What the resident takes home: the QR on the screen carries the page's own text (title, gist, what
        to bring, where, hours, phone; a phone camera shows it offline), with the public link only where the
        township configured one; 打印带走 prints the same on the receipt printer when there is one."""
        from kiosk.receipts.slip import qr_text
        from ui.models.images import text_qr_source

        self._printer, self._township = printer, township
        self._d.qr_source = text_qr_source(qr_text(self.slip()))

    def slip(self):
        """This page as a take-away slip (kiosk.receipts.slip.Slip)."""
        from kiosk.receipts.slip import slip_for_page

        text = self._d.speech_body or "\n".join(b["text"] for b in self._d.blocks if b.get("level") == 0)
        return slip_for_page(self._d.title, text, self._township, self._d.qr_url)

    @Slot()
    def printSlip(self) -> None:  # noqa: N802 (QML API)
        """打印带走: this page's title, gist, what to bring, where to go, hours and phone, with a QR."""
        if self._printer is not None:
            self._printer.print_slip(self.slip())

    printer = Property(QObject, lambda self: self._printer, constant=True)
    canPrint = Property(bool, lambda self: self._printer is not None, constant=True)

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
        from ui.i18n import tr
        from ui.models.speech_text import MAX_ROWS, lines

        d = self._d
        links = []
        if d.links:
            links.append(tr("Page", "{title}：").format(title=d.links_title or tr("Page", "相关内容")))
            links.extend(tr("Page", "第 {n} 项，{title}，{subtitle}。").format(n=i + 1, title=x["title"],
                                                                            subtitle=x.get("subtitle", ""))
                         for i, x in enumerate(d.links[:MAX_ROWS]))
            if len(d.links) > MAX_ROWS:
                links.append(tr("Page", "另有 {n} 项，请在屏幕上查看。").format(n=len(d.links) - MAX_ROWS))

        def label(m: dict) -> str:
            return tr("Page", "{plain}（{term}）").format(plain=m["plain"], term=m["label"]) if m.get("plain") \
                else m["label"]

        return lines(
            d.speech_title or d.title,
            d.subtitle,
            d.notice,
            [tr("Page", "{label}：{value}").format(label=label(m), value=m["value"]) for m in d.meta],
            d.speech_body,
            [tr("Page", "附件：{name}").format(name=f["name"]) for f in d.files],
            tr("Page", "本页有 {n} 张照片，点照片可以放大。").format(n=len(d.images)) if d.images else "",
            links,
            tr("Page", "本页有二维码，可用手机扫码带走。") if d.qr_source else "",
        )
