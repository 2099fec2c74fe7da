"""What the resident reads after 打印带走: paper to take from the slot, or, on a demo kiosk whose
printer is a PDF folder, that the slip was filed (there is no slot to take anything from)."""

from __future__ import annotations

from kiosk.printing.slips import FILED, PRINTED, print_slip
from kiosk.receipts.slip import Slip


def _slip() -> Slip:
    return Slip(title="高龄津贴", why="您年满80岁，可申请高龄津贴。")


def test_a_paper_printer_says_take_it_and_a_pdf_folder_says_filed(tmp_path):
    paper = print_slip(_slip(), printer=f"escpos-file:{tmp_path / 'head.bin'}")
    assert paper.message == PRINTED == "已打印，请在出纸口取走"
    filed = print_slip(_slip(), printer=f"pdf-file:{tmp_path / 'pdf'}")
    assert filed.message == FILED and "出纸口" not in filed.message
    assert [p.suffix for p in (tmp_path / "pdf").iterdir()] == [".pdf"]
