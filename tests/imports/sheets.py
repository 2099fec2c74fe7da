"""Spreadsheets written the way county staff write them: a title row, reordered and extra columns."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def valid_id(first17: str) -> str:
    """An 18-character ID number with a correct check character."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


ROSTER_HEADERS = ["序号", "村（社区）", "姓名", "身份证号码", "补贴项目", "金额(元)", "发放日期", "备注", "村民小组"]


def roster_rows() -> tuple[list[list], dict[int, str]]:
    """Rows as typed, and {spreadsheet row: expected reason fragment} for the bad ones.

    Row 1 is a title, row 2 the header, so data starts at row 3.
    """
    good_id = valid_id("36243019580312004")
    wrong_check = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")
    rows = [
        [1, "东岭村", "王秀英", good_id, "耕地地力保护补贴", "1,055.50", dt.datetime(2026, 6, 20), "", "第1村民小组"],
        [2, "西溪村", "李建国", "123X", "耕地地力保护补贴", 842.3, "2026/6/20", "", "第2村民小组"],
        [3, "不存在村", "张三", "5678", "耕地地力保护补贴", "100", "2026-06-20", "", ""],
        [4, "南塘村", "赵四", "4321", "耕地地力保护补贴", "12.345", "2026-06-20", "", ""],
        [5, "南塘村", "钱五", "4322", "耕地地力保护补贴", "-5", "2026-06-20", "", ""],
        [6, "南塘村", "孙六", "4323", "耕地地力保护补贴", "一百元", "2026-06-20", "", ""],
        [7, "北岗村", "周七", "4324", "耕地地力保护补贴", "100", "2026-13-01", "", ""],
        [8, "北岗村", "吴八", wrong_check, "耕地地力保护补贴", "100", "2026-06-20", "", ""],
        [9, "北岗村", "郑九", 362430195803120000, "耕地地力保护补贴", "100", "2026-06-20", "", ""],
        [10, "北岗村", "", "4325", "耕地地力保护补贴", "100", "2026-06-20", "", ""],
        [11, "东岭村", "王秀英", good_id, "耕地地力保护补贴", "1055.5", "2026-06-20", "重复录入", ""],
        [12, "柳湾村", "冯十一", "3624**********0123", "新设补贴", "0.5", "2026年6月20日", "", ""],
        [13, "柳湾村", "陈十二", "7777", "耕地地力保护补贴", "100", "2099-01-01", "", ""],
    ]
    bad = {5: "不是本镇的村", 6: "超过两位小数", 7: "不能为负数", 8: "不是数字", 9: "无法识别",
           10: "校验位不对", 11: "存成了数字", 12: "不能为空", 13: "与第3行重复", 15: "不能是将来的日期"}
    return rows, bad


def write_xlsx(path: Path, headers: list[str], rows: list[list], title: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([v.strftime("%Y-%m-%d") if isinstance(v, dt.datetime) else v for v in row])
    return path


CATALOGUE_HEADERS = ["序号", "公开领域", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                     "公开渠道和载体", "公开对象", "公开方式", "公开层级", "过程"]


def catalogue_rows() -> tuple[list[list], dict[int, str]]:
    """A sheet with merged 领域/一级事项 cells (empty below the first row). Header is row 1."""
    rows = [
        [1, "养老服务", "高龄津贴", "申请条件", "申领对象、标准、所需材料", "《老年人权益保障法》", "信息形成或变更之日起20个工作日内",
         "县民政局、乡镇人民政府", "■政府网站 □政府公报 ■便民服务站", "全社会", "主动公开", "县级、乡级", "执行"],
        [2, None, None, "发放结果", "发放名单、金额", "《老年人权益保障法》", "发放后10个工作日内",
         "乡镇人民政府", "村公示栏（电子屏）、政府网站", "特定群众", "主动", "乡级 村级", ""],
        [3, None, "养老机构", "机构名录", "", "《养老机构管理办法》", "20个工作日内", "县民政局", "政府网站",
         "全社会", "主动", "县级", ""],
        [4, None, None, "收费标准", "收费项目和标准", "《养老机构管理办法》", "20个工作日内", "县民政局", "政府网站",
         "全社会", "随便", "县级", ""],
        [5, None, "高龄津贴", "申请条件", "重复行", "依据", "时限", "主体", "政府网站", "全社会", "主动", "县级", ""],
        [6, "乡村治理", None, "议事规则", "规则全文", "《村民委员会组织法》", "制定后及时", "村民委员会", "村公示栏",
         "全社会", "主动", "村级", ""],
        [7, None, "村规民约", "修订情况", "修订内容", "《村民委员会组织法》", "修订后及时", "村民委员会",
         "村公示栏（电子屏）", "全社会", "依申请公开", "村级", ""],
    ]
    bad = {4: "不能为空", 5: "应为“主动”或“依申请”", 6: "是同一事项", 7: "不能为空"}
    return rows, bad
