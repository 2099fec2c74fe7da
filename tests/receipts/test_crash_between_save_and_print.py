"""The process dies (SIGKILL) after the request is saved and before the receipt prints.

The child saves through the request service, says so on stdout, then prints to an ESC/POS
"printer" that is a FIFO nobody reads: opening it blocks, like a printer that hangs. The test
kills the child there. The request must still be in the database, and one reprint must work.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from kiosk.requests.receipt_code import parse_receipt_payload
from kiosk.requests.service import find_request
from kiosk.store import open_store
from tests.conftest import GONGKAI
from tests.receipts.conftest import APPLICATION, TOWNSHIP
from tests.receipts.escpos_decode import printed_image
from tests.receipts.helpers import qr_texts

CHILD = textwrap.dedent("""
    import json, sys
    from kiosk.clock import FixedClock
    from kiosk.config import Config
    from kiosk.printing.service import print_request_receipt
    from kiosk.requests.service import create_request
    from kiosk.trust.staff import Actor
    from kiosk.store import open_store, township_repo

    db_path, fifo, township, application = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    db = open_store(db_path)
    township_repo.save_township(db, township)
    number = create_request(db, clock, Config(kiosk_id="K01"), Actor("lihong", "clerk", "李红"), application)["number"]
    print("SAVED", number, flush=True)
    print_request_receipt(db, clock, number, printer="escpos-file:" + fifo, actor="lihong")
    print("PRINTED", flush=True)
""")


def test_request_survives_sigkill_before_printing_and_reprints(tmp_path):
    db_path = tmp_path / "kiosk.db"
    fifo = tmp_path / "hung-printer"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(fifo), json.dumps(TOWNSHIP), json.dumps(APPLICATION)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=os.getcwd(),
    )
    try:
        line = child.stdout.readline()  # blocks until the save is acknowledged (bounded by pytest-timeout)
        assert line.startswith("SAVED "), child.stderr.read()
        number = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert "PRINTED" not in child.stdout.read()

    db = open_store(db_path)
    try:
        row = find_request(db, number)
        assert row["name"] == "张三" and row["status"] == "received" and row["due_on"]
    finally:
        db.close()

    out = tmp_path / "reprint.bin"
    done = subprocess.run([*GONGKAI, "print", number, "--db", str(db_path), "--printer", f"escpos-file:{out}"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "已打印" in done.stdout
    texts = qr_texts(printed_image(out.read_bytes()))
    assert len(texts) == 1 and parse_receipt_payload(texts[0]) == number
