"""Receipts through a real CUPS queue (cups-pdf): the media is right and the QR still scans."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from kiosk.errors import PrintError
from kiosk.printing.cups import CupsPrinter, QueueStatus
from kiosk.printing.service import print_request_receipt
from kiosk.requests.receipt_code import parse_receipt_payload
from kiosk.requests.service import find_request
from kiosk.store import audit_repo
from kiosk.trust import audit
from tests.conftest import GONGKAI
from tests.receipts import cups_fixture as cups
from tests.receipts.helpers import page_size_mm, qr_texts, rasterise

QUEUE = "GongkaiTestPDF"
DISABLED = "GongkaiTestPDFOff"


@pytest.fixture(scope="module")
def queues():
    """Two cups-pdf queues, one disabled, on the module's own cupsd (stopped and removed afterwards)."""
    with cups.own_cupsd():
        cups.add_pdf_queue(QUEUE)
        cups.add_pdf_queue(DISABLED)
        done = cups.run("cupsdisable", "-r", "测试：打印机停用", DISABLED)
        assert done.returncode == 0, done.stderr
        yield cups.cups_pdf_output_dir()


@pytest.mark.parametrize(("fmt", "size_mm"), [("roll80", 80), ("a4", 210)])
def test_receipt_printed_to_a_cups_pdf_queue_scans(queues, office_db, saved_number, clock, tmp_path, fmt, size_mm):
    out_dir = queues
    before = set(out_dir.glob("*.pdf")) if out_dir.exists() else set()
    result = print_request_receipt(office_db, clock, saved_number, printer=QUEUE, fmt=fmt, actor="lihong")
    assert result.job.startswith(f"{QUEUE}-")
    assert "已送往打印机" in result.message

    def new_pdf():
        if not out_dir.exists():
            return None
        fresh = [p for p in out_dir.glob("*.pdf") if p not in before and p.stat().st_size > 0]
        ready = [p for p in fresh if subprocess.run(["pdfinfo", str(p)], capture_output=True).returncode == 0]
        return ready[0] if ready else None

    printed = cups.wait_for(new_pdf, 60, f"cups-pdf output in {out_dir}", interval=0.2)
    width, height = page_size_mm(printed)
    assert width == pytest.approx(size_mm, abs=1.0)  # the roll stays 80 mm: the media was set
    assert height < 297 if fmt == "roll80" else height == pytest.approx(297, abs=1.0)
    png = rasterise(printed, tmp_path / "cups.png", dpi=203)
    texts = qr_texts(png)
    assert len(texts) == 1 and parse_receipt_payload(texts[0]) == saved_number
    shown = tmp_path / "cups-output.png"
    png.rename(shown)
    printed.unlink()


def test_disabled_queue_gives_a_clear_message_and_keeps_the_request(queues, office_db, saved_number, clock):
    with pytest.raises(PrintError, match="已停用") as caught:
        print_request_receipt(office_db, clock, saved_number, printer=DISABLED, actor="lihong")
    assert DISABLED in str(caught.value) and "重新打印" in str(caught.value)
    assert find_request(office_db, saved_number)["status"] == "received"
    pending = cups.run("lpstat", "-o", DISABLED).stdout
    assert pending.strip() == ""  # nothing left queued to come out twice after a reprint
    last = audit_repo.recent(office_db, limit=1)[0]
    detail = json.loads(last["detail"])
    assert (last["actor"], last["action"], detail["ok"], detail["number"]) == ("lihong", "receipt.print", False,
                                                                               saved_number)
    assert "已停用" in detail["error"] and "13812345678" not in last["detail"]  # no personal data
    assert audit.verify(office_db).ok


def test_cli_print_to_disabled_then_missing_queue(queues, office_db, saved_number, tmp_path):
    db_file = office_db.execute("PRAGMA database_list").fetchone()[2]
    done = subprocess.run([*GONGKAI, "print", saved_number, "--db", db_file, "--printer", DISABLED],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "已停用" in done.stderr and "申请已保存" in done.stderr
    done = subprocess.run([*GONGKAI, "print", saved_number, "--db", db_file, "--printer", "NoSuchGongkaiQueue"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "找不到打印机“NoSuchGongkaiQueue”" in done.stderr
    shown = subprocess.run([*GONGKAI, "receipt", saved_number, "--db", db_file, "--out", str(tmp_path / "r.pdf")],
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr  # the request is still there to reprint


class FakeCups:
    """lpstat/lpoptions answers for a queue in a given state, for the reasons no PDF queue shows."""

    def __init__(self, reasons: str, state: int = 3):
        self.reasons, self.state, self.calls = reasons, state, []

    def __call__(self, args):
        self.calls.append(args)
        out = ""
        if args[:2] == ["lpstat", "-r"]:
            out = "scheduler is running\n"
        elif args[0] == "lpoptions":
            out = (f"printer-is-accepting-jobs=true printer-state={self.state} "
                   f"printer-state-reasons={self.reasons} printer-make-and-model='Thermal 80'")
        return subprocess.CompletedProcess(args, 0, out, "")


@pytest.mark.parametrize(("reasons", "state", "message"), [
    ("media-empty-error", 5, "缺纸"),
    ("media-needed,media-empty-warning", 3, "缺纸"),
    ("offline-report", 3, "离线"),
    ("cover-open-error", 5, "盖板"),
    ("none", 5, "已停用"),
])
def test_printer_state_reasons_become_messages(reasons, state, message, saved_number, office_db, clock):
    from kiosk.receipts.document import receipt_for

    fake = FakeCups(reasons, state)
    with pytest.raises(PrintError, match=message):
        CupsPrinter("Thermal80", run=fake).print_receipt(receipt_for(office_db, saved_number, clock))
    assert not any(call[0] == "lp" for call in fake.calls)  # nothing was submitted


def test_warnings_alone_do_not_block():
    assert QueueStatus(True, 3, True, ("media-low-warning", "toner-low-report")).problem() is None


class PaperRunsOut(FakeCups):
    """Fine when checked, accepts the job, then reports no paper while the job waits."""

    def __init__(self):
        super().__init__("none")
        self.submitted = False

    def __call__(self, args):
        if args[0] == "lp":
            self.submitted = True
            self.calls.append(args)
            return subprocess.CompletedProcess(args, 0, "request id is Thermal80-7 (1 file(s))\n", "")
        if args[:2] == ["lpstat", "-o"]:
            self.calls.append(args)
            return subprocess.CompletedProcess(args, 0, "Thermal80-7  root  1024  Sun 22 Nov 2026\n", "")
        if self.submitted:
            self.reasons, self.state = "media-empty-error", 5
        return super().__call__(args)


def test_fault_after_submitting_cancels_the_job_and_says_why(saved_number, office_db, clock):
    from kiosk.receipts.document import receipt_for

    fake = PaperRunsOut()
    with pytest.raises(PrintError, match="打印失败：缺纸"):
        CupsPrinter("Thermal80", run=fake).print_receipt(receipt_for(office_db, saved_number, clock))
    lp = next(call for call in fake.calls if call[0] == "lp")
    assert any(arg.startswith("media=Custom.80x") and arg.endswith("mm") for arg in lp)
    assert ["cancel", "Thermal80-7"] in fake.calls  # no stale job prints twice after the reprint


def test_no_default_printer_says_how_to_set_one():
    class NoDefault(FakeCups):
        def __call__(self, args):
            if args[:2] == ["lpstat", "-d"]:
                return subprocess.CompletedProcess(args, 0, "no system default destination\n", "")
            return super().__call__(args)

    with pytest.raises(PrintError, match="没有设置打印机"):
        CupsPrinter(None, run=NoDefault("none")).resolve_queue()


def test_cli_status_reports_ready_and_disabled_queues(queues):
    ready = subprocess.run([*GONGKAI, "print", "--status", "--printer", QUEUE], capture_output=True, text=True,
                           timeout=60)
    assert ready.returncode == 0 and "就绪" in ready.stdout
    stopped = subprocess.run([*GONGKAI, "print", "--status", "--printer", DISABLED], capture_output=True,
                             text=True, timeout=60)
    assert stopped.returncode == 1 and "已停用" in stopped.stderr


def test_the_printing_tests_use_their_own_scheduler_and_leave_nothing_behind():
    before = os.environ.get("CUPS_SERVER")
    with cups.own_cupsd() as socket:
        assert os.environ["CUPS_SERVER"] == str(socket) and socket.is_socket()
        assert "scheduler is running" in cups.run("lpstat", "-r").stdout
        assert cups.run("lpstat", "-H").stdout.strip() == str(socket)  # what lp and lpstat talk to
        cups.add_pdf_queue("GongkaiOwnOnly")
        assert "GongkaiOwnOnly" in cups.run("lpstat", "-p").stdout
    assert os.environ.get("CUPS_SERVER") == before
    assert not socket.parent.exists()  # configuration, spool and logs removed with it
