"""Intake: turning what a clerk typed (or a script sent) into a valid request, field by field.

`check_intake(data, today)` returns (Intake | None, {field: message}) so a form can show every
message next to its field at once; `parse_intake` raises `IntakeInvalid` (a ValidationError that
names the first bad field and carries all of them). Enumerated fields accept the code or the
Chinese label printed on the form (纸质/电子, 当面领取/邮寄/电子邮件/传真, 当面/口头/信函/网络/传真 …).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, dataclass

from kiosk.calendar.strict_dates import read_day
from kiosk.errors import IntakeInvalid, ValidationError
from kiosk.requests import identity
from kiosk.trust.text_safety import is_invisible_only, unsafe_reason

# code -> Chinese label (first one is what the UI and receipts show); extra aliases below.
APPLICANT_TYPES = {"person": "自然人", "organization": "法人或其他组织"}
ORGANIZATION_KINDS = {
    "commercial": "商业企业",
    "research": "科研机构",
    "public_welfare": "社会公益组织",
    "legal_service": "法律服务机构",
    "other": "其他",
}
ID_TYPES = {
    "resident_id": "居民身份证",
    "uscc": "统一社会信用代码",
    "passport": "护照",
    "hk_macau_permit": "港澳居民来往内地通行证",
    "taiwan_permit": "台湾居民来往大陆通行证",
}
DELIVERY_FORMS = {"paper": "纸质", "electronic": "电子"}
DELIVERY_METHODS = {"pickup": "当面领取", "post": "邮寄", "email": "电子邮件", "fax": "传真"}
CHANNELS = {"in_person": "当面", "oral": "口头", "letter": "信函", "online": "网络", "fax": "传真"}

_ALIASES = {
    "applicant_type": {"公民": "person", "个人": "person", "法人": "organization", "其他组织": "organization",
                       "组织": "organization", "法人或其他组织": "organization"},
    "organization_kind": {"企业": "commercial", "其他组织": "other"},
    "id_type": {"身份证": "resident_id", "信用代码": "uscc", "港澳通行证": "hk_macau_permit",
                "回乡证": "hk_macau_permit", "台胞证": "taiwan_permit"},
    "delivery_form": {"纸质文本": "paper", "电子数据": "electronic", "电子文本": "electronic"},
    "delivery_method": {"自行领取": "pickup", "现场领取": "pickup", "当面": "pickup", "邮件": "email",
                        "电邮": "email"},
    "channel": {"当面提交": "in_person", "口头申请": "oral", "信件": "letter", "邮寄": "letter",
                "互联网": "online", "在线": "online"},
}
ENUMS = {
    "applicant_type": APPLICANT_TYPES,
    "organization_kind": ORGANIZATION_KINDS,
    "id_type": ID_TYPES,
    "delivery_form": DELIVERY_FORMS,
    "delivery_method": DELIVERY_METHODS,
    "channel": CHANNELS,
}
FIELD_LABELS = {
    "applicant_type": "申请人类型", "organization_kind": "组织类别", "name": "姓名/名称",
    "id_type": "证件类型", "id_number": "证件号码", "phone": "联系电话", "address": "通讯地址",
    "postcode": "邮政编码", "email": "电子邮箱", "description": "所需信息描述", "doc_ref": "文号/索引号",
    "delivery_form": "提供形式", "delivery_method": "获取方式", "channel": "申请方式", "received": "收到申请日期",
    "transcribed_by": "代为填写人",
}
REQUIRED = ("applicant_type", "name", "id_type", "id_number", "phone", "description",
            "delivery_form", "delivery_method", "channel", "received")
OPTIONAL = ("organization_kind", "address", "postcode", "email", "doc_ref", "transcribed_by")
ALL_FIELDS = REQUIRED + OPTIONAL
# The order of the paper form: messages are listed in this order.
FORM_ORDER = ("form", "applicant_type", "organization_kind", "name", "id_type", "id_number", "phone", "address",
              "postcode", "email", "description", "doc_ref", "delivery_form", "delivery_method", "channel",
              "transcribed_by", "received")
ORG_ID_TYPES = ("uscc",)


@dataclass(frozen=True)
class Intake:
    """A valid application, every enum as its code."""

    applicant_type: str
    organization_kind: str | None
    name: str
    id_type: str
    id_number: str
    phone: str
    address: str
    postcode: str
    email: str
    description: str
    doc_ref: str
    delivery_form: str
    delivery_method: str
    channel: str
    received: dt.date
    transcribed_by: str | None

    def as_dict(self) -> dict:
        values = asdict(self)
        values["received"] = self.received.isoformat()
        return values


def enum_code(field: str, value) -> str:
    """The code for a code or a label of an enumerated field; raises ValidationError."""
    options = ENUMS[field]
    if value is not None and not isinstance(value, str):
        raise ValidationError("应为文字（可选项的代码或名称）", field)
    text = (value or "").strip()
    if text in options:
        return text
    for code, label in options.items():
        if text == label:
            return code
    if text in _ALIASES.get(field, {}):
        return _ALIASES[field][text]
    if text.lower() in options:
        return text.lower()
    choices = "、".join(f"{label}（{code}）" for code, label in options.items())
    shown = f"“{text}”" if len(text) <= 20 else "填写的内容"
    raise ValidationError(f"{shown}不是可选项，可选：{choices}", field)


def enum_label(field: str, code: str | None) -> str:
    return ENUMS[field].get(code or "", code or "")


def _text(data: dict, key: str, limit: int) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("应为文字", key)
    # NFC: a decomposed "Zoe\u0308" is stored (and printed) as the "Zoë" that was typed.
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
    if len(text) > limit:
        raise ValidationError(f"太长了（最多 {limit} 个字）", key)
    return text


def check_intake(data: dict, today: dt.date) -> tuple[Intake | None, dict[str, str]]:
    """Validate every field. Returns (the intake, {}) or (None, {field: message}) in form order."""
    if not isinstance(data, dict):
        return None, {"form": "申请内容应为一个 JSON 对象"}
    errors: dict[str, str] = {}
    values: dict = {}

    def field(name, check):
        try:
            values[name] = check()
        except ValidationError as exc:
            errors.setdefault(exc.field if exc.field in ALL_FIELDS else name, str(exc))

    unknown = sorted(set(data) - set(ALL_FIELDS), key=str)
    if unknown:
        shown = [str(k) if isinstance(k, str) and not unsafe_reason(k) and len(k) <= 40 else "…" for k in unknown]
        errors["form"] = f"未知的字段：{', '.join(shown[:10])}（可用：{', '.join(ALL_FIELDS)}）"
    for name in ALL_FIELDS:
        problem = _value_problem(name, data.get(name))
        if problem:
            errors[name] = problem
    for name in REQUIRED:
        if name not in errors and (data.get(name) is None or str(data.get(name)).strip() == ""):
            errors[name] = f"请填写{FIELD_LABELS[name]}"
    for name in ENUMS:
        if name not in errors and str(data.get(name) or "").strip():
            field(name, lambda n=name: enum_code(n, data[n]))

    kind = values.get("applicant_type")
    if kind == "organization":
        if "organization_kind" not in values and "organization_kind" not in errors:
            errors["organization_kind"] = "法人或其他组织须选择类别：" + "、".join(ORGANIZATION_KINDS.values())
        if values.get("id_type") and values["id_type"] not in ORG_ID_TYPES:
            errors["id_type"] = "法人或其他组织请填写统一社会信用代码"
    elif kind == "person":
        if values.get("organization_kind"):
            errors["organization_kind"] = "自然人不填组织类别"
        if values.get("id_type") == "uscc":
            errors["id_type"] = "自然人请使用居民身份证、护照或通行证"
    values.setdefault("organization_kind", None)

    field("name", lambda: _text(data, "name", 100))
    if "id_number" not in errors and "id_type" in values and "id_type" not in errors:
        field("id_number", lambda: identity.check_id_document(values["id_type"], data["id_number"], today))
    if "phone" not in errors:
        field("phone", lambda: identity.check_phone(data["phone"]))
    field("address", lambda: _text(data, "address", 200))
    field("postcode", lambda: _check_postcode(_text(data, "postcode", 10)))
    field("email", lambda: _check_email(_text(data, "email", 100)))
    field("description", lambda: _check_description(_text(data, "description", 2000)))
    field("doc_ref", lambda: _text(data, "doc_ref", 200))
    field("transcribed_by", lambda: _text(data, "transcribed_by", 50) or None)
    if "received" not in errors:
        field("received", lambda: check_received(data["received"], today))

    method = values.get("delivery_method")
    if method == "post" and not values.get("address") and "address" not in errors:
        errors["address"] = "选择邮寄时须填写通讯地址"
    if method == "email" and not values.get("email") and "email" not in errors:
        errors["email"] = "选择电子邮件时须填写电子邮箱"
    if values.get("channel") == "oral" and not values.get("transcribed_by") and "transcribed_by" not in errors:
        errors["transcribed_by"] = "口头申请须记录代为填写的工作人员"

    for name in ("id_number", "phone"):
        if name not in errors and name in values and not str(values[name]).isascii():
            errors[name] = "请用半角数字和字母填写"
    missing = [n for n in Intake.__dataclass_fields__ if n not in values and n not in errors]
    for name in missing:
        errors[name] = f"请填写{FIELD_LABELS.get(name, name)}"
    if errors:
        return None, {k: errors[k] for k in sorted(errors, key=lambda k: FORM_ORDER.index(k) if k in FORM_ORDER else 99)}
    return Intake(**{name: values[name] for name in Intake.__dataclass_fields__}), {}


def _value_problem(name: str, value: object) -> str | None:
    """What is wrong with a field's raw value before any rule looks at it: type and characters."""
    if value is None:
        return None
    if name == "received" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    if not isinstance(value, str):
        return "应为文字（用引号括起来）"
    reason = unsafe_reason(value, allow_newlines=name in ("description", "address"))
    if reason:
        return reason
    if is_invisible_only(value):
        return "不能只有空白或不可见字符"
    return None


def parse_intake(data: dict, today: dt.date) -> Intake:
    intake, errors = check_intake(data, today)
    if errors:
        raise IntakeInvalid(errors, FIELD_LABELS)
    return intake


def _check_postcode(text: str) -> str:
    """Six digits, stored as ASCII (a full-width ３３２０００ or Arabic-Indic ٣٣٢٠٠٠ from another keyboard is
    the same postcode, and an envelope needs it as 332000)."""
    if text and not (len(text) == 6 and text.isdecimal()):
        raise ValidationError("邮政编码应为6位数字", "postcode")
    return "".join(str(unicodedata.digit(ch)) for ch in text)


def _check_email(text: str) -> str:
    if text and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", text):
        raise ValidationError("电子邮箱格式不正确", "email")
    return text


def _check_description(text: str) -> str:
    if len(text) < 4:
        raise ValidationError("请具体描述所需政府信息（名称、文号或其他特征，至少4个字）", "description")
    return text


REGULATION_IN_FORCE = dt.date(2019, 5, 15)  # 《政府信息公开条例》 (2019 revision) in force


def check_received(value, today: dt.date) -> dt.date:
    """The day a request was received: a real YYYY-MM-DD, not after `today`, not before the
    regulation in force (2019-05-15). The counter and the county's upload check both call this."""
    if today < REGULATION_IN_FORCE:  # a kiosk whose clock lost its time (a flat CMOS battery: 1970)
        raise ValidationError(f"本机日期是 {today.isoformat()}，不对：请先校准系统时间（gongkai doctor 可检查）",
                              "received")
    day = value if isinstance(value, dt.date) else read_day(value, "received")
    if day > today:
        raise ValidationError(f"收到申请日期不能晚于今天（{today.isoformat()}）", "received")
    if day < REGULATION_IN_FORCE:
        raise ValidationError("收到申请日期早于现行条例施行日（2019-05-15）", "received")
    return day
