"""What our dependencies import but the kiosk never uses waits until something really uses it (issue 27)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import kiosk.store
assert type(sys.modules["dateutil.parser"]).__name__ == "_StandIn", "loaded at start"
from dateutil import parser
from dateutil.parser import isoparse
assert parser.parse("2024-01-02 03:04").hour == 3 and isoparse("2024-01-02").day == 2
assert type(sys.modules["dateutil.parser"]).__name__ == "module"
import sqlite_utils
assert sqlite_utils.utils.suggest_column_types([{"a": "2024-01-02"}])["a"] is str
from kiosk.search.segment import Segmenter
assert Segmenter(["低保", "申请"]).cut("低保怎么申请") == ["低保", "怎", "么", "申请"]
assert type(sys.modules["jieba.finalseg"]).__name__ == "_StandIn", "jieba's HMM loaded without HMM"
assert type(sys.modules["pkg_resources"]).__name__ == "_StandIn"
import jieba
assert "杭研" in jieba.lcut("他来到了网易杭研大厦", HMM=True)  # the HMM, loaded when used, works whole
from kiosk.receipts.slip import qr_matrix
assert qr_matrix("电话：0796-6123456")  # segno, and xml.sax.saxutils under it
assert type(sys.modules["urllib.request"]).__name__ == "_StandIn", "urllib.request (and ssl) loaded for a QR"
assert "ssl" not in sys.modules
import urllib.request
assert urllib.request.pathname2url("/a b") == "/a%20b"  # the whole module on first use
from urllib.request import Request
assert Request("http://127.0.0.1/").host == "127.0.0.1"
import urllib.request as again
assert again.urlopen and type(sys.modules["urllib.request"]).__name__ == "module"
print("ok")
"""


def test_each_loads_on_first_use_and_then_works_whole():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
