"""`gongkai screenshot` renders a page to a PNG a person can look at (and a phone can scan)."""

from __future__ import annotations

import subprocess

from PIL import Image
from pyzbar.pyzbar import decode

from tests.conftest import GONGKAI


def test_notice_screenshot_in_portrait_has_a_scannable_qr(module_db_path, tmp_path):
    out = tmp_path / "notice.png"
    result = subprocess.run(
        [*GONGKAI, "screenshot", "notice", "--db", str(module_db_path), "--size", "1080x1920", "--elder",
         "--out", str(out)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = Image.open(out)
    assert image.size == (1080, 1920)
    # What a phone shows offline: the notice's own text, its public link last (this township has a site).
    [text] = [d.data.decode("utf-8") for d in decode(image)]
    lines = text.splitlines()
    assert "电话：0796-6123456" in lines and lines[-1].startswith("https://www.qingxi.gov.cn/qhz/notice/")
    # Not a blank page: the header red and lots of distinct colours.
    assert len(image.convert("RGB").getcolors(1 << 20)) > 50


def test_unknown_page_and_bad_size_exit_2_with_a_message(module_db_path, tmp_path):
    for args, words in ((["nowhere"], "未知页面"), (["home", "--size", "big"], "--size")):
        result = subprocess.run(
            [*GONGKAI, "screenshot", *args, "--db", str(module_db_path), "--out", str(tmp_path / "x.png")],
            capture_output=True, text=True, timeout=60,
        )
        assert result.returncode == 2 and words in result.stderr
        assert not (tmp_path / "x.png").exists()
