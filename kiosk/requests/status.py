"""进度查询: a request's status and statutory due date by its number, with no personal data."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import NotFound, ValidationError
from kiosk.formatting import LOCALE, medium_date
from kiosk.requests import progress
from kiosk.requests.lifecycle import OPEN_STATUSES
from kiosk.requests.numbers import parse_number, shaped_like_a_number
from kiosk.store import status_repo

# What a resident reads for each lifecycle state (kiosk/requests/progress.py, shared with the phone page).
STATUS_TEXT = progress.STATUS_TEXT
FINISHED = set(STATUS_TEXT) - set(OPEN_STATUSES)
IN_PROGRESS = "正在办理"  # a state the table above does not name
PROVISIONAL = "（暂定，待明年节假日安排公布后确认）"  # after a due date that next year's holidays may move
NO_DUE = "当场答复或另行通知"
# What a resident's status shows beside the state, in this order (the UI translates the labels).
DETAIL_LABELS = ("答复结果", "答复日期", "如何获取答复", "补正", "延期", "期限怎么算")


@dataclass(frozen=True)
class PublicStatus:
    number: str
    status_text: str
    received_text: str
    due_text: str
    finished: bool
    overdue: bool = False  # still open after the statutory due date
    status: str = ""
    # Everything else a resident reads, as (label, text) rows in order: outcome, reply date, how
    # to collect, 补正, extension, how the due date was counted (kiosk/requests/progress.py).
    details: tuple[tuple[str, str], ...] = ()
    office: tuple[tuple[str, str], ...] = ()

    @property
    def tone(self) -> str:
        """How the status is coloured: alert (red) only for overdue or refused/abandoned, else calm or done."""
        if self.overdue or self.status in REFUSED:
            return "alert"
        return "done" if self.finished else "calm"


REFUSED = {"abandoned"}


def normalise_number(raw: str) -> str:
    """Scanners and hand typing add spaces, dashes in odd places, lower case and full-width forms."""
    text = (raw or "").strip()
    text = text.translate({0xFF0D: "-", 0x3000: " "})
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    return re.sub(r"\s+", "", text).upper()


def _typed_number(raw: str) -> str:
    """A number typed by hand: with spaces, underscores or dashes of any kind between its parts it is the
    same number (as at the counter, numbers.parse_number). Older numbers of other shapes are looked up
    as typed (normalise_number)."""
    return shaped_like_a_number(raw) or normalise_number(raw)


def _date(text: str | None, locale: str = LOCALE) -> str:
    if not text:
        return ""
    try:
        return medium_date(dt.date.fromisoformat(text[:10]), locale)
    except ValueError:
        return text


def lookup(db: sqlite_utils.Database, raw_number: str, today: dt.date | None = None,
           locale: str = LOCALE) -> PublicStatus:
    """By the number typed by hand, or by what a scanner types from the receipt's QR: the status URL
    ({base}/s/<number>?c=<check>) or the old payload (GK1:<number>:<check>). Dates in `locale`."""
    from kiosk.requests.receipt_code import parse_scanned

    scanned = parse_scanned(raw_number)  # the receipt's status URL or its old GK1 payload
    number = scanned or _typed_number(raw_number)
    if len(number) < 4:
        raise ValidationError("请输入申请编号（在受理回执上）", "number")
    row = status_repo.public_status(db, number)
    if row is None:
        if not scanned and shaped_like_a_number(raw_number):
            parse_number(raw_number)  # a wrong check character is said as such (ValidationError)
        raise NotFound("没有找到这个编号的申请，请核对回执上的编号")
    _check_scanned_code(raw_number, row)
    status = row["status"]
    finished = status in FINISHED
    view = _progress(db, row, today)
    due = _date(row["due_on"], locale) if not finished else ""
    if due and row["due_provisional"]:
        due += PROVISIONAL
    if not due:
        due = (f"已于{view.replied}答复" if view.replied else "已办结") if finished else (
            "补正或征求第三方意见期间暂停计算，另行告知" if status in ("awaiting_correction", progress.lifecycle.OPINION)
            else "另行告知")
    details = tuple(zip(DETAIL_LABELS, (view.outcome, view.replied, view.collect, view.correction, view.extension,
                                        view.how_counted), strict=True))
    return PublicStatus(
        number=row["number"],
        status_text=STATUS_TEXT.get(status, IN_PROGRESS),
        received_text=_date(row["received_on"], locale),
        due_text=due,
        finished=finished,
        overdue=bool(today and row["due_on"] and not finished and row["due_on"][:10] < today.isoformat()),
        status=status,
        details=tuple((k, v) for k, v in details if v),
        office=tuple(_office(db)),
    )


def _progress(db: sqlite_utils.Database, row: dict, today: dt.date | None) -> progress.Progress:
    from kiosk.calendar.workdays import load_calendar
    from kiosk.requests.outcomes import outcome_label
    from kiosk.store import requests_repo

    events = requests_repo.events(db, row["uuid"])
    received = dt.date.fromisoformat(row["received_on"][:10])
    return progress.progress(received, events, load_calendar(db), today or dt.date.max - dt.timedelta(days=1),
                             row.get("delivery_method") or "", outcome_label)


def _check_scanned_code(raw: str, row: dict) -> None:
    """A scanned status URL whose code is not this request's: the QR was damaged or is not ours."""
    from urllib.parse import parse_qs, urlsplit

    text = str(raw or "").strip()
    if not re.match(r"(?i)https?://", text) or not row.get("status_code"):
        return
    code = (parse_qs(urlsplit(text).query).get("c") or [""])[0].strip().upper()
    if code != row["status_code"]:
        raise ValidationError("回执二维码校验不通过，请改为手工输入申请编号", "qr")


def _office(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    from kiosk.store import township_repo

    t = township_repo.get_township(db) or {}
    office = (("受理机构", t.get("office_name", "")), ("办公地址", t.get("office_address", "")),
              ("办公时间", t.get("office_hours", "")), ("咨询电话", t.get("office_phone", "")))
    return [(k, v) for k, v in office if v]


@dataclass(frozen=True)
class Guide:
    title: str
    office: list[tuple[str, str]]  # (label, value) from the township row
    sections: list[tuple[str, list[str]]]  # (heading, lines)


def application_guide(db: sqlite_utils.Database) -> Guide:
    """申请公开: how to apply, where, when, and what to bring (条例 Arts 27, 29, 31, 33, 42)."""
    from kiosk.store import township_repo

    t = township_repo.get_township(db) or {}
    office = [(label, t.get(column, "")) for column, label in OFFICE_LABELS]
    return Guide(
        title=GUIDE_TITLE,
        office=[(k, v) for k, v in office if v],
        sections=[(heading, list(lines)) for heading, lines in GUIDE_SECTIONS],
    )


# 申请公开's words (the UI translates them: ui/i18n_catalogue.py lists these constants).
OFFICE_LABELS = (
    ("office_name", "受理机构"), ("office_address", "办公地址"), ("office_hours", "办公时间"),
    ("office_phone", "咨询电话"), ("postcode", "邮政编码"),
)
GUIDE_TITLE = "如何申请政府信息公开"
GUIDE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("怎么申请", (
        "到便民服务中心政务公开窗口，填写《政府信息公开申请表》。",
        "书写确有困难的，可以口头提出，由工作人员代为填写，您核对后签字。",
        "也可以通过信函、传真或网上提交申请。",
    )),
    ("请带上", (
        "本人身份证件（代办的还需带委托书和代办人身份证件）。",
        "联系电话和通讯地址，便于我们答复您。",
        "想要的政府信息的名称、文号，或者能说清楚是哪份信息的描述。",
        "希望以什么形式获取：纸质、电子邮件、光盘，自取或邮寄。",
    )),
    ("多久答复", (
        "能当场答复的当场答复。",
        "不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，最多再延长20个工作日，并会告知您。",
        "申请内容不明确的，会在7个工作日内一次性告知需要补正的内容。",
    )),
    ("费用", (
        "一般不收费。只有申请数量、频次明显超过合理范围时，才会按规定收取信息处理费。",
    )),
    ("查询进度", (
        "受理后会给您一张回执，上面有申请编号和二维码。用手机扫二维码，或在本机首页点「进度查询」输入或扫描编号，即可查看办理进度。",
    )),
)
