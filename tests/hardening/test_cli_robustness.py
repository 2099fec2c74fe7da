"""The command line never shows a traceback: bad input is a message and exit 2, a closed pipe ends
quietly, and stdin that is not UTF-8 is refused clearly."""

from __future__ import annotations

import os
import shlex
import subprocess

import pytest

from tests.conftest import GONGKAI


def _gongkai(args, tmp_path, stdin: bytes = b""):
    return subprocess.run([*GONGKAI, *args], input=stdin, capture_output=True, timeout=120, cwd=tmp_path)


def test_gongkai_clean_into_head_ends_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("通知\n" + "青禾镇人民政府关于开展2026年耕地地力保护补贴发放工作的通知。\n" * 20000, encoding="utf-8")
    command = " ".join(shlex.quote(part) for part in GONGKAI) + f" clean {shlex.quote(str(big))} 2>err.txt | head -1"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.decode().strip()
    err = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_non_utf8_stdin_is_refused_clearly(tmp_path):
    result = _gongkai(["clean", "-"], tmp_path, b"\xb9\xab\xbf\xaa\xff\xfe")
    err = result.stderr.decode()
    assert result.returncode == 2 and "UTF-8" in err and "Traceback" not in err


def test_a_fifo_given_as_a_file_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.json")
    for args in (["calendar", "import", "pipe.json"], ["clean", "pipe.json"], ["import", "roster", "pipe.json"]):
        result = _gongkai([*args, "--db", str(tmp_path / "k.db")] if args[0] != "clean" else args, tmp_path)
        err = result.stderr.decode()
        assert result.returncode == 2 and "Traceback" not in err, (args, err)


@pytest.mark.parametrize("args", [
    ["calendar", "import", "deep.json"],
    ["calendar", "import", "big-int.json"],
    ["request", "fee", "--method", "item", "--units", "9" * 30],
    ["report", "annual", "--year", "99999"],
    ["export", "requests", "--from", "2026-W47-1"],
    ["deadline", "20261122"],
    ["request", "show", "\u202e1-2026-K01"],
    ["audit", "verify", "--head", "zz"],
])
def test_hostile_arguments_get_a_message_and_exit_2(tmp_path, args):
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    (tmp_path / "big-int.json").write_text('{"year": 1' + "0" * 5000 + "}")
    result = _gongkai([*args, "--db", str(tmp_path / "k.db")] if args[0] not in ("deadline",) else args, tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err and err.strip()
