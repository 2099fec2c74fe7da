"""Rosters and catalogues from .xlsx and .csv: header mapping, row checks, all-or-nothing writes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk.errors import RowsRejected, ValidationError
from kiosk.imports.catalogue import import_catalogue, read_catalogue
from kiosk.imports.roster import amount_fen, id_last4, import_roster, read_roster
from tests.imports.sheets import (
    CATALOGUE_HEADERS,
    ROSTER_HEADERS,
    catalogue_rows,
    roster_rows,
    valid_id,
    write_csv,
    write_xlsx,
)

VILLAGES = {"东岭村", "西溪村", "南塘村", "北岗村", "柳湾村"}
TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def roster_xlsx(tmp_path):
    rows, bad = roster_rows()
    return write_xlsx(tmp_path / "名单.xlsx", ROSTER_HEADERS, rows, title="青禾镇2026年补贴发放名单"), bad


def test_every_bad_row_is_reported_with_its_row_number_and_reason(roster_xlsx):
    path, expected = roster_xlsx
    rows, errors = read_roster(path, villages=VILLAGES, today=TODAY)
    assert {e.row: e.message for e in errors}.keys() == expected.keys()
    for error in errors:
        assert expected[error.row] in error.message, str(error)
    assert [r.row for r in rows] == [3, 4, 14]


def test_good_rows_carry_fen_last_four_and_iso_dates(roster_xlsx):
    rows, _ = read_roster(roster_xlsx[0], villages=VILLAGES, today=TODAY)
    first, second, masked = rows
    assert (first.village, first.group_name, first.recipient_name) == ("东岭村", "第1村民小组", "王秀英")
    assert first.id_last4 == valid_id("36243019580312004")[-4:]
    assert (first.amount_fen, first.paid_on, first.year, first.period) == (105550, "2026-06-20", 2026, "2026年06月")
    assert (second.amount_fen, second.id_last4) == (84230, "123X")
    assert (masked.amount_fen, masked.id_last4, masked.subsidy_item) == (50, "0123", "新设补贴")
    assert (masked.paid_on, masked.group_name) == ("2026-06-20", "")


def test_a_csv_saved_by_chinese_excel_in_gbk_reads_the_same(tmp_path):
    rows, _ = roster_rows()
    path = write_csv(tmp_path / "名单.csv", ROSTER_HEADERS, rows, encoding="gb18030")
    good, errors = read_roster(path, villages=VILLAGES, today=TODAY)
    assert [r.recipient_name for r in good] == ["王秀英", "李建国", "冯十一"]
    # Without a title row the numbering starts one higher up; the 18-digit number is text in CSV, so it
    # fails its checksum instead of having lost digits.
    assert {e.row for e in errors} == {4, 5, 6, 7, 8, 9, 10, 11, 12, 14}


def test_missing_required_column_is_a_clear_error(tmp_path):
    headers = [h for h in ROSTER_HEADERS if h != "金额(元)"]
    path = write_xlsx(tmp_path / "缺列.xlsx", headers, [["1", "东岭村", "王", "1234", "项目", "2026-01-01"]])
    with pytest.raises(ValidationError, match="缺少必需的列：金额\\(元\\)"):
        read_roster(path)


def test_two_columns_for_one_field_is_an_error(tmp_path):
    path = write_xlsx(tmp_path / "两列.xlsx", ["村", "社区", "姓名", "身份证号", "补贴项目", "金额", "发放日期"], [])
    with pytest.raises(ValidationError, match="多列都表示"):
        read_roster(path)


def test_unreadable_files_are_clear_errors(tmp_path):
    (tmp_path / "a.xls").write_bytes(b"old")
    (tmp_path / "b.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="不支持的表格格式"):
        read_roster(tmp_path / "a.xls")
    with pytest.raises(ValidationError, match="不是有效的 .xlsx"):
        read_roster(tmp_path / "b.xlsx")
    with pytest.raises(ValidationError, match="找不到文件"):
        read_roster(tmp_path / "none.csv")


@pytest.mark.parametrize(("value", "fen"), [
    ("105.5", 10550), ("1,234.56", 123456), ("￥8.00元", 800), (0.1, 10), (1234.5, 123450), (7, 700),
])
def test_amounts_become_integer_fen(value, fen):
    assert amount_fen(value) == fen


@pytest.mark.parametrize("value", ["1.005", "abc", "-1", "NaN", "Infinity", "2000000", True, "0", "0.00", "1E-999999999", "1e3"])
def test_bad_amounts_are_refused(value):
    with pytest.raises(ValueError):
        amount_fen(value)


def test_id_numbers_are_cut_to_their_last_four():
    full = valid_id("11010519491231002")
    assert id_last4(full) == full[-4:]
    assert id_last4(full.lower()) == full[-4:].upper()
    assert id_last4("110105491231002") == "1002"
    assert id_last4("002x") == "002X"
    for bad in ("12345", "ABCD", full[:-1] + ("1" if full[-1] != "1" else "2"), 110105194912310021):
        with pytest.raises(ValueError):
            id_last4(bad)


def test_a_file_with_bad_rows_imports_nothing(db, clock, roster_xlsx):
    _village_setup(db)
    with pytest.raises(RowsRejected) as caught:
        import_roster(db, roster_xlsx[0], clock=clock, actor="测试", today=TODAY)
    message = str(caught.value)
    assert len(caught.value.errors) == 10 and "第5行" in message and "--skip-bad" in message
    assert valid_id("36243019580312004") not in message and not re.search(r"\d{15}", message)
    assert db.execute("SELECT count(*) FROM payouts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM subsidy_items").fetchone()[0] == 1


def test_skip_bad_imports_only_the_good_rows_and_never_a_whole_id(db, clock, roster_xlsx, tmp_path):
    _village_setup(db)
    report = import_roster(db, roster_xlsx[0], clock=clock, actor="测试", skip_bad=True, today=TODAY)
    assert (report.imported, len(report.skipped), report.created) == (3, 10, {"subsidy_items": 1})
    stored = db.execute("SELECT recipient_name, id_last4, amount_fen FROM payouts ORDER BY id").fetchall()
    assert stored == [("王秀英", valid_id("36243019580312004")[-4:], 105550), ("李建国", "123X", 84230),
                      ("冯十一", "0123", 50)]
    # A second import of the same roster replaces those rows instead of doubling them.
    again = import_roster(db, roster_xlsx[0], clock=clock, actor="测试", skip_bad=True, today=TODAY)
    assert (again.imported, again.replaced) == (3, 3)
    assert db.execute("SELECT count(*) FROM payouts").fetchone()[0] == 3
    assert db.execute("SELECT action FROM audit_log ORDER BY id").fetchall() == [("import.roster",)] * 2
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [p for p in tmp_path.iterdir() if p.name.startswith("kiosk.db")]
    assert files and all(valid_id("36243019580312004").encode() not in p.read_bytes() for p in files)


def _village_setup(db):
    with db.atomic():
        for i, name in enumerate(sorted(VILLAGES), start=1):
            db.execute("INSERT INTO villages (id, code, name, kind) VALUES (?, ?, ?, 'village')", [i, f"V{i}", name])
        db.execute("INSERT INTO subsidy_items (name) VALUES ('耕地地力保护补贴')")


def test_catalogue_rows_fill_merged_cells_and_report_bad_rows(tmp_path):
    rows, expected = catalogue_rows()
    path = write_xlsx(tmp_path / "目录.xlsx", CATALOGUE_HEADERS, rows)
    good, errors = read_catalogue(path)
    assert {e.row: e.message for e in errors}.keys() == expected.keys()
    for error in errors:
        assert expected[error.row] in error.message, str(error)
    first, second, third = good
    assert (first.domain, first.level1, first.level2) == ("养老服务", "高龄津贴", "申请条件")
    assert (second.domain, second.level1, second.level2) == ("养老服务", "高龄津贴", "发放结果")
    assert first.channels == "政府网站、便民服务站" and first.method == "主动"
    assert second.channels == "村公示栏（电子屏）、政府网站" and second.level == "乡级、村级"
    assert (third.domain, third.method) == ("乡村治理", "依申请")


def test_catalogue_import_is_all_or_nothing_and_searchable(db, clock, tmp_path):
    from kiosk.search import search

    rows, _ = catalogue_rows()
    path = write_csv(tmp_path / "目录.csv", CATALOGUE_HEADERS, rows)
    with pytest.raises(RowsRejected):
        import_catalogue(db, path, clock=clock, actor="测试")
    assert db.execute("SELECT count(*) FROM catalogue_items").fetchone()[0] == 0
    report = import_catalogue(db, path, clock=clock, actor="测试", skip_bad=True)
    assert (report.imported, report.updated, report.created) == (3, 0, {"catalogue_domains": 2})
    hits = [h.title for g in search(db, "村规民约") for h in g.hits]
    assert hits == ["修订情况"]
    again = import_catalogue(db, path, clock=clock, actor="测试", skip_bad=True)
    assert (again.imported, again.updated) == (0, 3)


def test_a_two_row_header_without_a_domain_column_reads_with_domain_given(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["社会救助领域基层政务公开标准目录"])
    sheet.append(["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                  "公开对象", "公开方式", "公开层级"])
    sheet.append([None, "一级事项", "二级事项"])
    sheet.append([1, "最低生活保障", "审核信息", "初审名单", "《社会救助暂行办法》", "10个工作日内", "乡镇人民政府",
                  "■村公示栏（电子屏） □政府网站", "特定群众", "主动", "乡级"])
    path = tmp_path / "低保.xlsx"
    workbook.save(path)
    with pytest.raises(ValidationError, match="缺少必需的列：领域"):
        read_catalogue(path)
    [row], errors = read_catalogue(path, domain="社会救助")
    assert errors == [] and row.row == 4
    assert (row.domain, row.level1, row.level2, row.channels) == ("社会救助", "最低生活保障", "审核信息", "村公示栏（电子屏）")
