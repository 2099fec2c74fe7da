"""`gongkai doctor`: each check finds the fault it is for and says how to fix it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess

import pytest

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.doctor import (
    ERROR,
    OK,
    WARNING,
    DoctorContext,
    check_clock,
    check_config,
    check_database,
    check_disk,
    check_printer,
    check_screen_font,
    check_sync_age,
    check_voice,
    last_sync_at,
    run_checks,
)
from kiosk.store import open_store, sync_state_repo
from tests.conftest import GONGKAI

NOW = "2026-11-22T10:00:00+08:00"


def completed(stdout: str = "", returncode: int = 0) -> subprocess.CompletedProcess:
    return subprocess.CompletedProcess([], returncode, stdout, "")


@pytest.fixture
def ctx(tmp_path, demo_db_path) -> DoctorContext:
    build_info = tmp_path / "build-info.json"
    build_info.write_text('{"version": "0.1.0", "built_at": "2026-11-01T12:00:00+08:00"}')
    return DoctorContext(db_path=demo_db_path, clock=FixedClock(NOW), build_info=build_info)


def test_sound_demo_database_passes_the_integrity_check(ctx):
    finding = check_database(ctx)
    assert finding.level == OK
    assert "完整性检查通过" in finding.message


def test_a_file_that_is_not_a_database_is_an_error_with_a_way_out(ctx, tmp_path):
    broken = tmp_path / "kiosk.db"
    broken.write_bytes(b"this is not a database at all" * 200)
    ctx.db_path = broken
    finding = check_database(ctx)
    assert finding.level == ERROR
    assert "无法读取" in finding.message and str(broken) in finding.message
    assert "gongkai sync" in finding.fix and "备份" in finding.fix


def test_damaged_pages_are_reported_as_corruption(ctx, tmp_path):
    path = tmp_path / "damaged.db"
    shutil.copy(ctx.db_path, path)
    # Scribble over the root page of the payouts table, as a bad sector would.
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'payouts'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    before = path.read_bytes()
    ctx.db_path = path
    finding = check_database(ctx)
    assert finding.level == ERROR
    assert "已损坏" in finding.message
    # sqlite3's .recover, once advised here, failed even on a sound copy (issue 25): gongkai recover is the way.
    assert "gongkai sync" in finding.fix and "gongkai recover" in finding.fix
    assert path.read_bytes() == before, "the doctor must not write to the file it examines"


def test_missing_database_says_how_to_get_one(ctx, tmp_path):
    ctx.db_path = tmp_path / "absent" / "kiosk.db"
    finding = check_database(ctx)
    assert finding.level == ERROR and "不存在" in finding.message
    assert "gongkai sync" in finding.fix
    assert not ctx.db_path.parent.exists()


def test_missing_escpos_printer_is_a_clear_error(ctx):
    ctx.config = Config(printer="escpos:/dev/usb/lp9")
    finding = check_printer(ctx)
    assert finding.level == ERROR
    assert "/dev/usb/lp9" in finding.message and "USB" in finding.message
    assert "kiosk.toml" in finding.fix


def test_the_demo_pdf_printer_is_ok_where_its_folder_can_be_written(ctx, tmp_path):
    ctx.config = Config(printer=f"pdf-file:{tmp_path / 'printed'}")
    finding = check_printer(ctx)
    assert finding.level == OK and "PDF" in finding.message and str(tmp_path / "printed") in finding.message
    (tmp_path / "file").write_text("")
    ctx.config = Config(printer=f"pdf-file:{tmp_path / 'file' / 'printed'}")
    assert check_printer(ctx).level == ERROR


def test_missing_cups_queue_is_a_clear_error(ctx):
    def lpstat(args):
        if args[:2] == ["lpstat", "-r"]:
            return completed("scheduler is running\n")
        if args[:2] == ["lpstat", "-p"]:
            return completed("", 1)  # what lpstat says for a queue that does not exist
        raise AssertionError(args)

    ctx.config = Config(printer="柜台打印机")
    ctx.cups_run = lpstat
    finding = check_printer(ctx)
    assert finding.level == ERROR
    assert "找不到打印机“柜台打印机”" in finding.message
    assert "lpstat -p" in finding.fix and "lpadmin" in finding.fix


def test_enabled_cups_queue_is_ok(ctx):
    def lpstat(args):
        return {
            ("lpstat", "-r"): completed("scheduler is running\n"),
            ("lpstat", "-p"): completed("printer PDF is idle.  enabled since ...\n"),
            ("lpoptions", "-p"): completed("printer-is-accepting-jobs=true printer-state=3 printer-state-reasons=none"),
        }[tuple(args[:2])]

    ctx.config = Config(printer="PDF")
    ctx.cups_run = lpstat
    assert check_printer(ctx).level == OK


def test_japanese_fallback_font_is_an_error(ctx):
    ctx.run = lambda args: completed("Noto Sans CJK JP\t/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    finding = check_screen_font(ctx)
    assert finding.level == ERROR and "Noto Sans CJK JP" in finding.message
    assert "fonts-noto-cjk" in finding.fix


def test_missing_tools_are_errors_not_crashes(ctx):
    ctx.run = lambda args: completed("", 127)
    assert check_screen_font(ctx).level == ERROR
    voice = check_voice(ctx)
    assert voice.level == ERROR and "espeak-ng" in voice.fix


def test_voice_without_pinyin_is_an_error(ctx):
    ctx.run = lambda args: completed(
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)\n"
    )
    finding = check_voice(ctx)
    assert finding.level == ERROR and "cmn-latn-pinyin" in finding.message


def test_low_disk_warns_then_errors(ctx):
    gb = 1024 ** 3
    ctx.disk_usage = lambda path: (100 * gb, 99.5 * gb, int(0.5 * gb))
    assert check_disk(ctx).level == WARNING
    ctx.disk_usage = lambda path: (100 * gb, 100 * gb, 50 * 1024 * 1024)
    finding = check_disk(ctx)
    assert finding.level == ERROR and "journalctl" in finding.fix


def test_sync_age_warns_after_a_week(ctx):
    db = open_store(ctx.db_path)
    sync_state_repo.put(db, "last_sync_at", "2026-11-14T02:30:00+08:00")
    db.close()
    synced = last_sync_at(ctx)
    assert synced == dt.datetime.fromisoformat("2026-11-14T02:30:00+08:00")
    finding = check_sync_age(ctx, synced)
    assert finding.level == WARNING and "8 天" in finding.message
    ctx.clock = FixedClock("2026-11-15T10:00:00+08:00")
    assert check_sync_age(ctx, synced).level == OK


def test_never_synced_is_a_warning(ctx, db, tmp_path):
    ctx.db_path = tmp_path / "kiosk.db"  # the `db` fixture's fresh, empty database
    assert last_sync_at(ctx) is None
    finding = check_sync_age(ctx, None)
    assert finding.level == WARNING and "gongkai-sync" in finding.fix


def test_clock_before_the_build_is_an_error(ctx):
    ctx.clock = FixedClock("2024-01-01T08:00:00+08:00")  # a dead CMOS battery
    finding = check_clock(ctx, None)
    assert finding.level == ERROR and "构建时间" in finding.message
    assert "timedatectl" in finding.fix


def test_clock_behind_the_last_sync_is_an_error(ctx):
    synced = dt.datetime.fromisoformat("2026-11-23T02:00:00+08:00")
    finding = check_clock(ctx, synced)
    assert finding.level == ERROR and "最近一次同步" in finding.message
    assert check_clock(ctx, dt.datetime.fromisoformat("2026-11-22T02:00:00+08:00")).level == OK


def test_clock_years_ahead_of_the_last_sync_is_a_warning(ctx):
    ctx.clock = FixedClock("2099-12-31T10:00:00+08:00")
    finding = check_clock(ctx, dt.datetime.fromisoformat("2026-11-22T02:00:00+08:00"))
    assert finding.level == WARNING and "晚了一年多" in finding.message and "2026-11-22T02:00" in finding.message
    ctx.clock = FixedClock("2027-06-01T10:00:00+08:00")  # months without a sync: not the clock's fault
    assert check_clock(ctx, dt.datetime.fromisoformat("2026-11-22T02:00:00+08:00")).level == OK


def test_run_checks_covers_every_area(ctx):
    ctx.config = Config(printer="escpos:/dev/usb/lp9")
    checks = [f.check for f in run_checks(ctx)]
    assert checks == ["config", "fonts.screen", "fonts.receipt", "voice", "printer", "database", "disk", "sync", "clock"]


def test_config_without_township_or_key_is_an_error(ctx, tmp_path):
    finding = check_config(ctx)
    assert finding.level == ERROR and "乡镇代码、县级公钥" in finding.message
    assert "gongkai setup" in finding.fix
    ctx.config = Config(township="362430101", trusted_keys=["/etc/gongkai/keys/county.pub"])
    assert check_config(ctx).level == OK


def test_unreadable_config_is_a_finding_and_the_other_checks_still_run(demo_db_path, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('township = 362430101\n', encoding="utf-8")  # a number where text belongs
    result = subprocess.run([*GONGKAI, "doctor", "--json", "--db", str(demo_db_path), "--config", str(config)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    by_check = {c["check"]: c for c in json.loads(result.stdout)["checks"]}
    assert by_check["config"]["level"] == "error" and "township" in by_check["config"]["message"]
    assert by_check["database"]["level"] == "ok"


def test_cli_prints_each_check_with_its_fix_and_fails_on_errors(demo_db_path, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('printer = "escpos:/dev/usb/lp9"\n', encoding="utf-8")
    result = subprocess.run([*GONGKAI, "doctor", "--db", str(demo_db_path), "--config", str(config)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    printer_line = next(i for i, line in enumerate(lines) if "回执打印机" in line)
    assert lines[printer_line].startswith("[错误]")
    assert lines[printer_line + 1].strip().startswith("修复：")
    assert any(line.startswith("[ OK ] 数据库") for line in lines)
    assert "项错误" in lines[-1]


def test_cli_json_is_for_scripts(demo_db_path, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('printer = "escpos:/dev/usb/lp9"\n', encoding="utf-8")
    result = subprocess.run([*GONGKAI, "doctor", "--json", "--db", str(demo_db_path), "--config", str(config)],
                            capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert {c["level"] for c in report["checks"]} <= {"ok", "warning", "error"}
    assert all(c["fix"] for c in report["checks"] if c["level"] != "ok")


def test_doctor_does_not_import_qt(demo_db_path):
    code = ("import sys; from gongkai.cli import main; "
            f"main(['doctor', '--json', '--db', {str(demo_db_path)!r}]); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))")
    result = subprocess.run([GONGKAI[0], "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().endswith("[]"), result.stderr


