"""Request receipts (政府信息公开申请回执) as PDF: an 80 mm thermal roll or an A4 sheet.

What a receipt carries (issue 4): the office, request number, date of receipt and channel; the
applicant's name with the ID number masked; the request summary, form and method; the statutory
due date or 「暂定」; the office phone; the administrative review / lawsuit line; a QR code whose
ASCII payload is described in kiosk.requests.receipt_code. The text is embedded as a subset of a
TrueType CJK font (kiosk.receipts.fonts), so every printer and viewer shows the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.errors import ValidationError
from kiosk.formatting import date_time, medium_date
from kiosk.receipts.cjk_text import tidy
from kiosk.receipts.fonts import MISSING_MARK, unprintable
from kiosk.requests.identity import mask_id_number
from kiosk.requests.intake import enum_label
from kiosk.requests.receipt_code import receipt_qr_text

FORMATS = ("roll80", "a4")
TITLE = "政府信息公开申请回执"
REVIEW_LINE = (
    "申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以自知道该行政行为之日起60日内依法申请行政复议，"
    "或者自知道或应当知道该行政行为之日起6个月内依法向人民法院提起行政诉讼。"
)
DEADLINE_RULE = "自收到申请之日起20个工作日内答复（收到当日不计入；补正、征求第三方意见时间不计入；依法延长的另行告知）"
PROVISIONAL_NOTE = "「暂定」：期限所跨年份的调休安排尚未公布，已扣除法定节假日；公布后以重新计算的日期为准。"

QR_CAPTION_URL = "用手机扫描二维码可查看办理进度；也可凭编号在查询机“进度查询”查看"
QR_CAPTION_KIOSK = "凭编号或扫码，可在查询机“进度查询”查看办理进度"

# 当面 -> 当面申请, 口头 -> 口头申请; the other channel labels read well as they are.
CHANNEL_SUFFIX = {"in_person": "申请", "oral": "申请"}


def _label(field: str, code: str | None) -> str:
    """The form label for a stored code; an unknown value prints as it is."""
    return enum_label(field, (code or "").strip())


@dataclass(frozen=True)
class ReceiptText:
    """Every string a receipt shows, ready to lay out."""

    agency: str  # the township government, whose OGI office receives requests
    office: str
    number: str
    received: str
    channel: str
    applicant: str
    id_line: str
    summary: str
    doc_ref: str
    form: str
    method: str
    due: str
    provisional: bool
    office_phone: str
    office_address: str
    office_hours: str
    qr_payload: str  # what the QR holds: the public status URL (or the old GK1 payload)
    printed: str
    clerk: str = ""  # display name of the staff member who logged the request


@dataclass(frozen=True)
class Receipt:
    number: str
    format: str
    pdf: bytes
    width_mm: float
    height_mm: float
    unprintable: tuple[str, ...] = ()  # characters no print font has, printed as MISSING_MARK and noted

    @property
    def media(self) -> str:
        """The CUPS media name that keeps the page at its real size (TECH.md §10)."""
        return "A4" if self.format in ("a4", "reply") else f"Custom.{self.width_mm:g}x{self.height_mm:g}mm"


def receipt_text(request: dict, township: dict | None, printed_at: dt.datetime, *, clerk: str = "",
                 status_base: str = "") -> ReceiptText:
    """The receipt's strings from a `requests` row (as a dict) and the `township` row.

    `clerk`: who logged it (display name); `status_base`: config public_status_base for the QR."""
    township = township or {}
    office = township.get("office_name") or (f"{township['name']}人民政府" if township.get("name") else "")
    channel = _label("channel", request.get("channel")) + CHANNEL_SUFFIX.get(request.get("channel") or "", "")
    if request.get("transcribed_by"):
        channel += f"（工作人员{request['transcribed_by']}代为填写）"
    applicant = request.get("name", "")
    if request.get("applicant_type") == "organization":
        kind = _label("organization_kind", request.get("organization_kind"))
        applicant += f"（法人或其他组织{'·' + kind if kind else ''}）"
    id_type = _label("id_type", request.get("id_type"))
    due_on = request.get("due_on")
    provisional = bool(request.get("due_provisional"))
    due = _due_text(request, due_on, provisional)
    agency = f"{township.get('county', '')}{township.get('name', '')}人民政府" if township.get("name") else office
    text = ReceiptText(
        agency=agency or "政府信息公开申请",
        office=office or "政府信息公开工作机构",
        number=request["number"],
        received=medium_date(dt.date.fromisoformat(request["received_on"][:10])),
        channel=channel,
        applicant=applicant,
        id_line=f"{id_type} {mask_id_number(request.get('id_number', ''))}".strip(),
        summary=" ".join((request.get("description") or "").split()),
        doc_ref=(request.get("doc_ref") or "").strip(),
        form=_label("delivery_form", request.get("delivery_form")),
        method=_label("delivery_method", request.get("delivery_method")),
        due=due,
        provisional=provisional,
        office_phone=township.get("office_phone", ""),
        office_address=township.get("office_address", ""),
        office_hours=township.get("office_hours", ""),
        qr_payload=receipt_qr_text(status_base, request["number"], request.get("status_code")),
        printed=date_time(printed_at),
        clerk=clerk,
    )
    # Clerks type spaces around full-width punctuation; print none (the code and URL are ASCII, untouched).
    keep = {"number", "qr_payload", "provisional", "printed"}
    return replace(text, **{k: tidy(v) for k, v in vars(text).items() if k not in keep and isinstance(v, str)})


def _due_text(request: dict, due_on: str | None, provisional: bool) -> str:
    """The due date; a reprint of a request whose clock is stopped or that is answered says so."""
    if due_on:
        # "最迟于…前答复": "12月29日前" alone reads as "before the 29th" to some.
        return f"最迟于{medium_date(dt.date.fromisoformat(due_on[:10]))}前答复" + ("（暂定）" if provisional else "")
    status, concluded = request.get("status"), request.get("concluded_on")
    if status in ("replied", "closed") and concluded:
        return f"已于{medium_date(dt.date.fromisoformat(concluded[:10]))}答复"
    if status == "abandoned":
        return "逾期未补正，视为放弃申请"
    if status in ("awaiting_correction", "third_party_opinion", "consulting"):
        return "补正或征求第三方意见期间暂停计算，另行告知"
    return "当场答复或另行告知"


# Any of the eight masks gives a valid code that every reader decodes; trying all eight for the "best" one
# was most of a receipt's QR time. Mask 2 (vertical stripes every third column) suits these short payloads.
QR_MASK = 2


def qr_matrix(payload: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    code.add_data(payload.encode("ascii"))
    code.make(fit=True)
    return code.get_matrix()


def make_receipt(request: dict, township: dict | None, printed_at: dt.datetime, *,
                 fmt: str = "roll80", clerk: str = "", status_base: str = "") -> Receipt:
    """The receipt PDF for one request."""
    from kiosk.receipts.layout import PAGES, render

    if fmt not in FORMATS:
        raise ValidationError(f"回执格式只能是 {' 或 '.join(FORMATS)}：{fmt}", "format")
    text = receipt_text(request, township, printed_at, clerk=clerk, status_base=status_base)
    missing = tuple(unprintable("".join(v for v in vars(text).values() if isinstance(v, str))))
    page = PAGES[fmt]
    pdf, width, height = render(page, lambda flow: _build(flow, text, fmt, missing),
                                title=f"{TITLE} {text.number}")
    return Receipt(text.number, fmt, pdf, width, height, missing)


def missing_note() -> str:
    """The line a printout carries when some characters could not be printed: they are flagged, not lost."""
    return f"注：{MISSING_MARK}处是本机打印字体缺少的字，已按原样登记，请工作人员手写补上"


def missing_warning(missing: tuple[str, ...]) -> str:
    """What the clerk (screen or command line) is told: which characters, by code point."""
    shown = "".join(f"“{ch}”（U+{ord(ch):04X}）" for ch in missing)
    return f"注意：{shown} 印不出（本机没有这个字的字体），回执上以{MISSING_MARK}标出，请手写补上并与申请人核对"


def _build(flow, t: ReceiptText, fmt: str, missing: tuple[str, ...] = ()) -> None:
    roll = fmt == "roll80"
    flow.text(t.agency, 10.5, align="center", bold=True)
    flow.space(2)
    flow.text(TITLE, 14, align="center", bold=True)
    flow.rule(gap=3)
    flow.text("申请编号", 8.5, align="center", color="#333333")
    flow.text(t.number, 13 if roll else 12, align="center", bold=True)
    flow.rule(dashed=True, gap=3)
    flow.field("收到日期", t.received, 9.5)
    flow.field("申请方式", t.channel, 9.5)
    flow.field("申请人", t.applicant, 9.5)
    flow.field("证件", t.id_line, 9.5)
    flow.field("所需信息", t.summary, 9.5, max_lines=8 if roll else 6)
    if t.doc_ref:
        flow.field("文号/索引号", t.doc_ref, 9.5, max_lines=2)
    flow.field("提供形式", t.form, 9.5)
    flow.field("获取方式", t.method, 9.5)
    flow.space(3)

    def deadline(inner) -> None:
        inner.text("答复期限", 9, color="#333333")
        due, flag = (t.due[:-4], t.due[-4:]) if t.due.endswith("（暂定）") else (t.due, "")
        if roll and flag:  # 「（暂定）」 on its own line rather than breaking 答/复
            inner.text(due, 12, bold=True)
            inner.text(flag, 12, bold=True)
        else:
            inner.text(t.due, 12 if roll else 13, bold=True)
        inner.text(DEADLINE_RULE, 7.5, color="#333333")
        if t.provisional:
            inner.text(PROVISIONAL_NOTE, 7.5, bold=True)

    flow.box(deadline, padding=3)
    flow.space(3)
    flow.field("受理机关", t.office, 9)
    if t.office_address:
        flow.field("地址", t.office_address, 9)
    flow.field("联系电话", t.office_phone or "—", 9, bold=True)
    if t.office_hours:
        flow.field("办公时间", t.office_hours, 9)
    flow.rule(dashed=True, gap=3)
    flow.text(REVIEW_LINE, 8)
    flow.qr(qr_matrix(t.qr_payload), flow.page.qr_module_dots)
    flow.text(QR_CAPTION_URL if t.qr_payload.startswith("http") else QR_CAPTION_KIOSK, 7.5, align="center")
    flow.space(5)
    # 您核对后签字 (the apply guide): the applicant signs the office's copy; the clerk is named.
    flow.signature("申请人签字", "日期", 9)
    flow.space(3)
    flow.signature(f"受理人：{t.clerk}" if t.clerk else "受理人", "（签章）", 9)
    flow.space(2)
    if missing:
        flow.text(missing_note(), 7.5, bold=True)
    flow.text(f"打印时间：{t.printed}", 7.5, color="#333333")


def receipt_for(db, number: str, clock, *, fmt: str = "roll80", status_base: str = "") -> Receipt:
    """The receipt of a saved request, looked up by its number (typed or scanned)."""
    from kiosk.requests.service import find_request
    from kiosk.store import requests_repo, township_repo
    from kiosk.trust.staff import display_name

    row = find_request(db, number)
    clerk = next((e["actor"] for e in requests_repo.events(db, row["uuid"]) if e["kind"] == "received"), "")
    return make_receipt(row, township_repo.get_township(db), clock.now(), fmt=fmt,
                        clerk=display_name(db, clerk) if clerk else "", status_base=status_base)
