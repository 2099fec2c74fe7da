"""The 答复书 (reply letter): one template per outcome code in the wording of the OGI Regulation
(政府信息公开条例, Arts 30, 35-39, 42), always closing with the remedies (行政复议 within 60 days,
行政诉讼 within 6 months). A template fills a draft the officer edits; the issued letter is a PDF
made here with the CJK font the receipts embed (kiosk/receipts/fonts.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from kiosk.errors import ValidationError
from kiosk.requests.outcomes import load_report_config
from kiosk.trust.text_safety import unsafe_reason

MAX_BODY = 20_000
REGULATION = "《中华人民共和国政府信息公开条例》"
REMEDY = ("如对本答复不服，可以自收到本答复之日起60日内依法申请行政复议，"
          "或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。")

# What each outcome says after the opening paragraph. {article} is the outcome's article from the
# annual-report configuration; [方括号] marks what the officer must complete before issuing.
_BODIES = {
    "36-1": "经查，您申请获取的政府信息已经主动公开。根据{regulation}{article}的规定，现告知您获取该政府信息的方式和途径："
            "[公开的网址、公开查阅点或政务公开专区的位置]。",
    "36-2": "经查，您申请获取的政府信息属于公开范围。根据{regulation}{article}的规定，本机关决定予以公开，"
            "现按您选择的方式（{delivery}）向您提供该政府信息（见附件）。",
    "37": "经查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据{regulation}{article}的规定，"
          "本机关向您提供可以公开的部分（见附件）；不予公开的部分为[内容]，理由是[理由及依据]。",
    "14-secret": "经查，您申请获取的政府信息属于国家秘密。根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "14-law": "经查，您申请获取的政府信息属于[法律、行政法规名称及条款]禁止公开的政府信息。"
              "根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "14-security": "经查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。"
                   "根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "15": "经查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，且第三方不同意公开。"
          "根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "16-internal": "经查，您申请获取的信息属于本机关的内部事务信息（人事管理、后勤管理、内部工作流程等）。"
                   "根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "16-process": "经查，您申请获取的信息属于本机关履行行政管理职能过程中形成的过程性信息（讨论记录、过程稿、磋商信函、请示报告等）。"
                  "根据{regulation}第三十六条第（三）项及{article}的规定，本机关决定不予公开。",
    "16-enforcement": "经查，您申请获取的信息属于行政执法案卷信息。根据{regulation}第三十六条第（三）项及{article}的规定，"
                      "本机关决定不予公开。",
    "query": "经查，您申请获取的信息属于行政查询事项，请您按照[相关查询规定及办理途径]办理。",
    "36-4": "经检索，本机关没有您申请获取的政府信息。根据{regulation}{article}的规定，现告知您该政府信息不存在。",
    "36-5": "经查，您申请获取的政府信息不属于本机关负责公开。根据{regulation}{article}的规定，现告知您该政府信息的"
            "负责公开机关为[机关名称]，联系方式：[联系方式]。",
    "38": "经查，本机关没有您申请获取的现成信息，提供该信息需要另行制作。根据{regulation}{article}的规定，本机关不予提供。",
    "30-unclear": "本机关已向您发出补正通知，但补正后的申请内容仍不明确。根据{regulation}{article}的规定，"
                  "本机关无法提供您申请的政府信息。",
    "39-1": "经审查，您提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{regulation}{article}的规定，"
            "本机关不作为政府信息公开申请处理，请您通过[相应渠道]提出。",
    "36-6": "经查，您曾于[日期]向本机关提出相同的政府信息公开申请，本机关已作出答复。"
            "根据{regulation}{article}的规定，本机关不予重复处理。",
    "39-2": "经查，您申请获取的是公开出版物。根据{regulation}{article}的规定，现告知您获取的途径：[出版物名称及获取途径]。",
    "35": "经查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由或所说理由不合理。"
          "根据{regulation}{article}的规定，本机关不予处理。",
    "confirm": "经审查，您提出的申请属于要求本机关确认或者重新出具已获取的信息。根据{regulation}{article}的规定，"
               "本机关不作为政府信息公开申请处理。",
    "30-abandoned": "本机关于[日期]向您发出补正通知，您无正当理由逾期未补正。根据{regulation}{article}的规定，"
                    "视为您放弃申请，本机关不再处理该政府信息公开申请。",
    "fee-unpaid": "本机关于[日期]向您发出收费通知，您逾期未按通知要求缴纳信息处理费。根据{regulation}{article}及"
                  "《政府信息公开信息处理费管理办法》的规定，本机关不再处理该政府信息公开申请。",
    "36-7": "经查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。"
            "根据{regulation}{article}的规定，请您依照[有关法律、行政法规]的规定办理。",
    "other": "[答复内容]",
}


def outcomes() -> list[tuple[str, str]]:
    return [(o.code, o.label) for o in load_report_config().outcomes.values()]


def township_label(sources: Path | None, township: str) -> str:
    """The township's name from its source folder (township.json), else its code."""
    from county.console.publishing import source_folder

    folder = source_folder(sources, township)
    if folder is not None:
        try:
            about = json.loads((folder / "township.json").read_text(encoding="utf-8"))
            name = str(about.get("name") or "").strip() if isinstance(about, dict) else ""
            if name:
                return name
        except (OSError, ValueError):
            pass
    return township


def agency_name(sources: Path | None, township: str) -> str:
    """The answering office: the township's people's government."""
    name = township_label(sources, township)
    return name if name.endswith(("政府", "办事处")) else f"{name}人民政府"


def draft(outcome: str, row: dict, data: dict, agency: str, on: dt.date, delivery: str = "") -> str:
    """The letter's text from the template for `outcome`, with the request's particulars filled in."""
    config = load_report_config().outcomes
    if outcome not in config:
        raise ValidationError("请选择答复结果")
    article = config[outcome].article
    body = _BODIES.get(outcome, _BODIES["other"]).format(
        regulation=REGULATION, article=article or "相关条款", delivery=delivery or "按申请时选择的方式")
    received = str(row.get("received_on") or "")
    received_words = _date_words(received) if received else "[日期]"
    subject = " ".join(str(data.get("description") or "").split())[:200]
    lines = [
        f"{data.get('name') or '申请人'}：",
        f"本机关于{received_words}收到您提交的政府信息公开申请（申请编号：{row['number']}），"
        f"您申请获取“{subject}”。",
        body,
        REMEDY,
        "",
        agency,
        _date_words(on.isoformat()),
    ]
    return "\n".join(lines)


def _date_words(iso: str) -> str:
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.year}年{day.month}月{day.day}日"


def check_body(text: str) -> str:
    """The edited letter as it may be issued: plain text, the remedies kept, no blank left open."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError("答复书内容不能为空")
    if len(text) > MAX_BODY:
        raise ValidationError(f"答复书不能超过 {MAX_BODY} 字")
    reason = unsafe_reason(text, allow_newlines=True)
    if reason:
        raise ValidationError(f"答复书{reason}")
    return text


def check_issuable(text: str) -> str:
    text = check_body(text)
    if "[" in text or "]" in text:
        raise ValidationError("答复书中还有方括号标出的待填内容，请补全后再签发")
    if "行政复议" not in text or "行政诉讼" not in text:
        raise ValidationError("答复书须告知申请人申请行政复议（60日内）和提起行政诉讼（6个月内）的权利")
    return text


def letter_pdf(number: str, body: str) -> bytes:
    """The 答复书 as a PDF (A4), the body's lines as paragraphs; the last two lines are the signature."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from kiosk.receipts.fonts import FONT_NAME, register_cjk_font

    register_cjk_font()
    title = ParagraphStyle("title", fontName=FONT_NAME, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
    small = ParagraphStyle("small", fontName=FONT_NAME, fontSize=10.5, leading=16, alignment=1, wordWrap="CJK")
    text = ParagraphStyle("text", fontName=FONT_NAME, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    first = ParagraphStyle("first", parent=text, firstLineIndent=0)
    right = ParagraphStyle("right", parent=text, firstLineIndent=0, alignment=2)
    lines = body.split("\n")
    signature = lines[-2:] if len(lines) >= 3 else []
    main = lines[:len(lines) - len(signature)]
    story = [Paragraph("政府信息公开申请答复书", title), Paragraph(escape(f"申请编号：{number}"), small),
             Spacer(1, 8 * mm)]
    for index, line in enumerate(main):
        if line.strip():
            story.append(Paragraph(escape(line), first if index == 0 else text))
        else:
            story.append(Spacer(1, 4 * mm))
    story.append(Spacer(1, 10 * mm))
    story += [Paragraph(escape(line), right) for line in signature]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                      bottomMargin=25 * mm, title="政府信息公开申请答复书", author="", subject=number).build(story)
    return out.getvalue()
