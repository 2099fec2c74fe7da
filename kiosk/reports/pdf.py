"""The annual report's section 三 as an A4 landscape PDF (reportlab, embedded TrueType CJK font)."""

from __future__ import annotations

from pathlib import Path

from kiosk.receipts.fonts import FONT_NAME, paragraph_markup, register_cjk_font
from kiosk.reports.annual import AnnualTable


def write_annual_pdf(table: AnnualTable, out: str | Path, office: str = "") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_cjk_font()
    out = Path(out)
    title = ParagraphStyle("title", fontName=FONT_NAME, fontSize=14, leading=20, alignment=1)
    cell = ParagraphStyle("cell", fontName=FONT_NAME, fontSize=8.5, leading=11)
    note = ParagraphStyle("note", fontName=FONT_NAME, fontSize=8, leading=11)
    org_columns = [label for key, label in table.columns if key not in ("person", "total")]
    header = [
        [Paragraph("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", cell), "申请人情况",
         "", "", "", "", "", ""],
        ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", *org_columns, ""],
    ]
    body = []
    for key, label in table.rows:
        values = [str(table.cells[key][c]) for c, _ in table.columns]
        indent = "\u3000\u3000" if label[:1].isdigit() else ""  # sub-items sit under their heading
        body.append([Paragraph(paragraph_markup(indent + label), cell), *values])
    data = header + body
    widths = [117 * mm] + [22 * mm] * 7
    grid = Table(data, colWidths=widths, repeatRows=3)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT_NAME, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (7, 0)), ("SPAN", (1, 1), (1, 2)),
        ("SPAN", (2, 1), (6, 1)), ("SPAN", (7, 1), (7, 2)),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BACKGROUND", (0, 0), (-1, 2), colors.HexColor("#EEEEEE")),
    ]))
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=10 * mm, bottomMargin=10 * mm,
                            title=f"{table.year}年度政府信息公开工作年度报告（三）", author=office or "公开一体机")
    story = [
        # The office name comes from configuration: a Paragraph reads markup, so it is escaped to show as typed.
        Paragraph(f"{paragraph_markup(office)}{table.year}年度政府信息公开工作年度报告", title),
        Paragraph("三、收到和处理政府信息公开申请情况", title),
        Spacer(1, 4 * mm), grid, Spacer(1, 3 * mm),
        Paragraph("数据由本机依申请公开登记记录自动统计；已核对 一 + 二 = 三(七) + 四（各列）。", note),
    ]
    doc.build(story)
    return out
