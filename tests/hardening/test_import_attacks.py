"""Spreadsheet imports against broken and malicious files: a clear message (or a clear row error),
never a traceback, never a silently dropped row, and nothing written."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from kiosk.errors import ValidationError
from kiosk.imports.catalogue import read_catalogue
from kiosk.imports.roster import read_roster
from tests.conftest import GONGKAI
from tests.imports.sheets import CATALOGUE_HEADERS, ROSTER_HEADERS, catalogue_rows, valid_id

GOOD_ID = valid_id("36243019580312004")


def _roster_xlsx(path: Path, rows: int = 10, **cells) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(ROSTER_HEADERS)
    for n in range(rows):
        row = [n + 1, "东岭村", f"王秀{'一二三四五六七八九十'[n % 10]}", GOOD_ID, "耕地地力保护补贴", "100.50",
               "2026-06-20", "", "第1村民小组"]
        for index, value in cells.items():
            if n == 0:
                row[int(index[1:])] = value
        sheet.append(row)
    book.save(path)
    return path


SST = "xl/sharedStrings.xml"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _with_shared_strings(parts: dict[str, bytes]) -> None:
    """openpyxl writes inline strings; Excel writes a sharedStrings part. Make the file look like Excel's:
    cell A2's text moves to sharedStrings.xml (index 0)."""
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    match = re.search(r'<c r="B2" t="inlineStr"><is><t>([^<]*)</t></is></c>', sheet)
    text = match.group(1)
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(match.group(0), '<c r="B2" t="s"><v>0</v></c>').encode()
    parts[SST] = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                  f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>').encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdSst" Type="{SST_REL}" Target="sharedStrings.xml"/></Relationships>'
    ).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/{SST}" ContentType="{SST_TYPE}"/></Types>').encode()


def _rewrite(path: Path, member: str, change) -> Path:
    """Rewrite one part of an .xlsx (a zip): change(bytes) -> bytes, or None to drop the part."""
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    if SST not in parts:
        _with_shared_strings(parts)
    data = change(parts[member])
    if data is None:
        del parts[member]
    else:
        parts[member] = data
    out = path.with_name("evil-" + path.name)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    return out


def test_an_escaped_control_character_in_shared_strings_is_refused(tmp_path):
    """Excel stores a control character in XML as _x001B_: whatever the reader makes of it, no ESC gets in."""
    evil = _rewrite(_roster_xlsx(tmp_path / "r.xlsx", rows=1), SST, lambda d: d.replace(b"</t>", b"_x001B_</t>"))
    try:
        rows, _ = read_roster(evil)
    except ValidationError as exc:
        assert "第2行" in str(exc)
    else:
        assert all("\x1b" not in r.village for r in rows)


def test_a_file_with_shared_strings_reads(tmp_path):
    evil = _rewrite(_roster_xlsx(tmp_path / "r.xlsx", rows=2), "xl/workbook.xml", lambda d: d)
    rows, errors = read_roster(evil)
    assert (len(rows), errors) == (2, []) and rows[0].village == "东岭村"


def test_a_stale_dimension_does_not_drop_rows(tmp_path):
    source = _roster_xlsx(tmp_path / "r.xlsx", rows=10)
    evil = _rewrite(source, "xl/worksheets/sheet1.xml",
                    lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:I4"', d))
    assert b'ref="A1:I4"' in zipfile.ZipFile(evil).read("xl/worksheets/sheet1.xml")
    rows, errors = read_roster(evil)
    assert (len(rows), errors) == (10, [])


def test_a_dimension_narrower_than_the_columns_keeps_every_column(tmp_path):
    source = _roster_xlsx(tmp_path / "r.xlsx", rows=3)
    evil = _rewrite(source, "xl/worksheets/sheet1.xml",
                    lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', d))
    rows, errors = read_roster(evil)
    assert len(rows) == 3 and not errors and rows[0].amount_fen == 10050


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i else b"&lol;") * 10) for i in range(1, 10))
        + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')


@pytest.mark.parametrize(("member", "change", "word"), [
    ("xl/worksheets/sheet1.xml", lambda d: d[: len(d) // 2], "损坏"),
    ("xl/worksheets/sheet1.xml", lambda d: None, "xlsx"),
    ("xl/sharedStrings.xml", lambda d: BOMB, "DTD"),
    ("xl/worksheets/sheet1.xml", lambda d: b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd">' + d,
     "DTD"),
    ("xl/workbook.xml", lambda d: b"not xml at all", "xlsx"),
    ("[Content_Types].xml", lambda d: None, "xlsx"),
])
def test_corrupt_or_malicious_xlsx_parts_give_a_clear_message(tmp_path, member, change, word):
    evil = _rewrite(_roster_xlsx(tmp_path / "r.xlsx"), member, change)
    with pytest.raises(ValidationError) as info:
        read_roster(evil)
    assert word in str(info.value) and evil.name in str(info.value)


def test_a_shared_string_index_out_of_range_gives_a_clear_message(tmp_path):
    source = _roster_xlsx(tmp_path / "r.xlsx")
    evil = _rewrite(source, "xl/worksheets/sheet1.xml",
                    lambda d: re.sub(rb'(t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>999999\g<2>", d, count=1))
    with pytest.raises(ValidationError, match="损坏|xlsx"):
        read_roster(evil)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * (300 << 20))
    with pytest.raises(ValidationError, match="解压后太大"):
        read_roster(path)


def test_a_csv_field_over_the_parser_limit_gives_a_clear_message(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(",".join(ROSTER_HEADERS) + "\n" + '1,东岭村,"' + "王" * 140_000 + '",123X,补贴,1,2026-06-20,,\n',
                    encoding="utf-8")
    with pytest.raises(ValidationError, match="第2行"):
        read_roster(path)


def test_a_fifo_named_like_a_spreadsheet_is_refused_without_hanging(tmp_path):
    import os

    os.mkfifo(tmp_path / "r.csv")
    with pytest.raises(ValidationError, match="不是普通文件"):
        read_roster(tmp_path / "r.csv")


@pytest.mark.parametrize("name", ["王\x00秀英", "王\x1b[2J秀英", "王秀英\u202e", "王\u200b秀英", "王\x08秀英"])
def test_control_and_invisible_characters_in_a_cell_are_refused(tmp_path, name):
    path = tmp_path / "r.csv"
    path.write_text(",".join(ROSTER_HEADERS) + f"\n1,东岭村,{name},{GOOD_ID},补贴,100,2026-06-20,,\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="第2行"):
        read_roster(path)
    if all(ord(c) >= 32 for c in name):  # openpyxl itself cannot write control characters into a sheet
        with pytest.raises(ValidationError, match="第2行.*姓名"):
            read_roster(_roster_xlsx(tmp_path / "r.xlsx", rows=1, c2=name))


@pytest.mark.parametrize("amount", ["1E-999999999", "1e3", "0", "0.00", "NaN", "-0", "Infinity", "1.001", "1_000",
                                    "１００", "٣", 1e-300, float("nan"), float("inf"), 0.0])
def test_amounts_must_be_finite_positive_with_two_decimals(tmp_path, amount):
    rows, errors = read_roster(_roster_xlsx(tmp_path / "r.xlsx", rows=1, c5=amount))
    assert rows == [] and len(errors) == 1 and errors[0].column == "金额(元)"


def test_a_thirty_digit_sequence_number_is_a_row_error(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(CATALOGUE_HEADERS)
    good, _ = catalogue_rows()
    first = list(good[0])
    first[0] = "1" * 30
    sheet.append(first)
    sheet.append([10**30, *good[0][1:3], "另一事项", *good[0][4:]])
    book.save(tmp_path / "c.xlsx")
    rows, errors = read_catalogue(tmp_path / "c.xlsx")
    assert rows == [] and [e.row for e in errors] == [2, 3] and all("序号" in str(e) or e.column for e in errors)


@pytest.mark.parametrize("kind", ["roster", "catalogue"])
def test_the_import_command_answers_a_broken_file_with_exit_2(tmp_path, kind):
    evil = _rewrite(_roster_xlsx(tmp_path / "r.xlsx"), "xl/sharedStrings.xml", lambda d: BOMB)
    result = subprocess.run([*GONGKAI, "import", kind, str(evil), "--db", str(tmp_path / "k.db")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "DTD" in result.stderr


@pytest.mark.parametrize("bad", ["\x00", "\x1b[31m", "\u202e"])
def test_a_policy_text_with_control_characters_is_refused(tmp_path, bad):
    from kiosk.imports.policy import read_policy

    path = tmp_path / "p.txt"
    path.write_text(f"标题：关于做好2026年耕地地力保护补贴工作的通知\n\n第一段。\n第二段{bad}内容。\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="第4行.*控制字符"):
        read_policy(path)
