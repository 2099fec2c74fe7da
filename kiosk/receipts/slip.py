"""The take-away slip (打印带走): one page or one 政策找人 result on the receipt printer, for a
resident with no smartphone or no internet.

    slip = slip_for_result(result)                    # a kiosk.eligibility.results.Result
    slip = slip_for_page(title, text, township, link) # any content page (a guide, a policy...)
    qr_text(slip)                                     # what the QR holds: the slip's own text
    make_slip(slip, fmt="roll80")                     # a Receipt (PDF) any receipt printer prints

What it carries: the title, why it applies, the standard, what to bring, where to go, the office
hours and phone, in large type; and a QR code holding that same text in UTF-8 (with an ECI header,
so phone cameras and zbar read Chinese, not Shift-JIS guesses), which any phone shows without the
internet. The county's public page is added to the QR only where the township configured one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from kiosk.errors import ValidationError
from kiosk.formatting import date_time
from kiosk.receipts.cjk_text import tidy

QR_MAX_BYTES = 900  # UTF-8 bytes the QR holds at most (version ≤ 22 at level M: 5-dot modules on a roll)
NUMBER = "slip"  # the print job's name: gongkai-receipt-slip
FOOTER = "本单由公开查询一体机打印，仅供参考，以窗口办理为准。"


@dataclass(frozen=True)
class Slip:
    title: str
    status: str = ""  # 政策找人: 符合条件 / 可能符合，请到窗口确认
    why: str = ""
    standard: str = ""
    bring: str = ""
    where: str = ""
    time_limit: str = ""
    hours: str = ""
    phone: str = ""
    link: str = ""  # the county's public page for it, only where one is configured
    heading: str = ""  # who hands it out: 青禾镇政务公开

    def fields(self) -> list[tuple[str, str]]:
        """(label, value) of the filled fields, in the order they are printed and encoded."""
        pairs = [("为什么", self.why), ("标准", self.standard), ("带什么", self.bring), ("去哪里", self.where),
                 ("多久办好", self.time_limit), ("办公时间", self.hours), ("电话", self.phone)]
        return [(label, value) for label, value in pairs if value]


def _township(township: dict | None) -> tuple[str, str, str, str]:
    t = township or {}
    return (t.get("name") or "", t.get("office_address") or "", t.get("office_hours") or "", t.get("office_phone") or "")


def slip_for_result(result, township: dict | None = None) -> Slip:
    """A 政策找人 result (kiosk.eligibility.results.Result): its link only if it has one (the
    township's public site is configured)."""
    name, _, _, _ = _township(township)
    return _tidy(Slip(
        title=result.title, status=result.status_text, why=result.reason, standard=result.standard,
        bring="、".join(result.materials), where=result.where, hours=result.hours, phone=result.phone,
        link=result.qr_url if result.qr_url.startswith("http") else "",
        heading=f"{name}政策找人" if name else "政策找人",
    ))


def slip_for_page(title: str, text: str, township: dict | None = None, link: str = "") -> Slip:
    """Any content page: what its labelled lines say (申请材料：…, 办理地点：…), else its first
    sentences as the why; the township office for what the page does not say."""
    from kiosk.search.answer import read_answer

    name, address, hours, phone = _township(township)
    card = read_answer("page", 0, title, text or "")
    flat = " ".join((text or "").split())
    summary = flat[:90] + ("…" if len(flat) > 90 else "")
    return _tidy(Slip(
        title=title, why=summary, bring=card.materials, where=card.place or address,
        time_limit=card.time_limit, hours=hours, phone=card.phone or phone,
        link=link if link.startswith("http") else "", heading=f"{name}政务公开" if name else "政务公开",
    ))


def _tidy(slip: Slip) -> Slip:
    return replace(slip, **{k: tidy(v) for k, v in vars(slip).items() if k != "link" and isinstance(v, str)})


def qr_text(slip: Slip, max_bytes: int = QR_MAX_BYTES) -> str:
    """The slip's own text for the QR: title, status and fields, then the link if any. Longer
    fields are shortened (the why first) until it fits in `max_bytes` of UTF-8."""
    def build(s: Slip) -> str:
        lines = [s.title + (f"（{s.status}）" if s.status else "")]
        lines += [f"{label}：{value}" for label, value in s.fields()]
        if s.link:
            lines.append(s.link)
        return "\n".join(lines)

    text = build(slip)
    for field in ("why", "standard", "bring", "where", "hours"):
        while len(text.encode("utf-8")) > max_bytes and len(getattr(slip, field)) > 12:
            value = getattr(slip, field).rstrip("…")
            slip = replace(slip, **{field: value[: max(12, len(value) - 10)] + "…"})
            text = build(slip)
    return text if len(text.encode("utf-8")) <= max_bytes else text.encode("utf-8")[:max_bytes].decode(
        "utf-8", "ignore")


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of `text`: UTF-8 with an ECI designator, level M."""
    import segno

    code = segno.make(text, eci=True, error="m", micro=False, boost_error=False)
    return [[bool(v) for v in row] for row in code.matrix]


def make_slip(slip: Slip, *, fmt: str = "roll80", printed_at: dt.datetime | None = None):
    """The slip as a PDF on an 80 mm roll or an A4 sheet (the receipt's layout, larger type): a
    kiosk.receipts.document.Receipt, which every receipt printer prints."""
    # Imported here: reportlab and qrcode are not needed before the first slip (nor for the first frame).
    from kiosk.receipts.document import FORMATS, Receipt
    from kiosk.receipts.layout import DOT, PAGES, render

    if fmt not in FORMATS:
        raise ValidationError(f"纸张格式只能是 {' 或 '.join(FORMATS)}：{fmt}", "format")
    if not slip.title.strip():
        raise ValidationError("没有可打印的内容", "title")
    matrix = qr_matrix(qr_text(slip))
    page = PAGES[fmt]

    def build(flow) -> None:
        roll = fmt == "roll80"
        if slip.heading:
            flow.text(slip.heading, 11, align="center", color="#333333")
            flow.space(2)
        flow.text(slip.title, 17 if roll else 16, align="center", bold=True)
        if slip.status:
            flow.space(2)
            flow.text(slip.status, 13, align="center", bold=True)
        flow.rule(gap=3)
        for label, value in slip.fields():
            flow.text(label, 11, color="#333333")
            flow.text(value, 13, bold=label == "电话", max_lines=10 if roll else 8)
            flow.space(2)
        flow.rule(dashed=True, gap=3)
        # As large as the width allows, up to the receipt's module size (module dots on the 203 dpi grid).
        width_dots = int(flow.width / DOT)
        module = max(2, min(flow.page.qr_module_dots, width_dots // (len(matrix) + 8)))
        flow.qr(matrix, module)
        flow.text("手机扫码（不用上网）即可看到本单内容", 10, align="center")
        if slip.link:
            flow.text("也可以打开网页查看全文", 10, align="center")
        flow.space(3)
        flow.text(FOOTER, 9, color="#333333")
        if printed_at is not None:
            flow.text(f"打印时间：{date_time(printed_at)}", 9, color="#333333")

    pdf, width, height = render(page, build, title=f"打印带走：{slip.title}")
    return Receipt(NUMBER, fmt, pdf, width, height)
