"""Staff login against an attacker: no way to tell real usernames from unknown ones, no lost
failure counts under parallel guessing, and no PIN that can be set but never typed."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from kiosk.errors import LoginFailed, ValidationError
from kiosk.store import open_store
from kiosk.trust.staff import FAILED, Actor, add_staff, login, set_disabled
from tests.conftest import GONGKAI

ROOT = Actor.system("root")


@pytest.fixture
def staffed(db, clock):
    add_staff(db, clock, ROOT, "admin", "赵主任", "admin", "908172")
    add_staff(db, clock, ROOT, "wang", "王小明", "clerk", "246810")
    add_staff(db, clock, ROOT, "li", "李四", "clerk", "135790")
    set_disabled(db, clock, ROOT, "li")
    return db


def _failure(db, clock, username, pin):
    with pytest.raises(LoginFailed) as info:
        login(db, clock, username, pin)
    return info.value


def test_unknown_user_wrong_pin_and_disabled_account_look_the_same(staffed, clock):
    seen = {
        "unknown": _failure(staffed, clock, "nobody", "000000"),
        "wrong pin": _failure(staffed, clock, "wang", "000000"),
        "disabled, wrong pin": _failure(staffed, clock, "li", "000000"),
        "bad username": _failure(staffed, clock, "\x00' OR 1=1 --", "000000"),
        "non-string": _failure(staffed, clock, None, None),
    }
    assert {str(e) for e in seen.values()} == {FAILED}
    assert {(e.remaining, e.locked_until) for e in seen.values()} == {(None, None)}


def test_a_locked_account_looks_the_same_to_a_wrong_pin(staffed, clock):
    for _ in range(5):
        _failure(staffed, clock, "wang", "000000")
    assert str(_failure(staffed, clock, "wang", "000000")) == FAILED
    assert "锁定" in str(_failure(staffed, clock, "wang", "246810")), "the lock shows only after the right PIN"


def test_every_failure_costs_exactly_one_scrypt(staffed, clock, monkeypatch):
    """Equal work means similar timing: an unknown user is hashed against a dummy, like a real one."""
    real = hashlib.scrypt
    calls = []
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k))
    login(staffed, clock, "admin", "908172")  # warms the dummy hash outside the counted attempts
    for username in ("nobody", "wang", "li", "zz", "a" * 200):
        calls.clear()
        _failure(staffed, clock, username, "000000")
        assert len(calls) == 1, username


def test_parallel_wrong_pins_are_all_counted(tmp_path, clock):
    path = tmp_path / "k.db"
    db = open_store(path)
    add_staff(db, clock, ROOT, "wang", "王小明", "clerk", "246810")
    db.close()
    code = (
        "import sys\n"
        "from kiosk.clock import FixedClock\nfrom kiosk.trust.staff import login, LoginFailed\n"
        "from kiosk.store import open_store\n"
        "db = open_store(sys.argv[1])\n"
        "try:\n    login(db, FixedClock('2026-11-22T10:00:00+08:00'), 'wang', '000000')\n"
        "except LoginFailed:\n    pass\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)]) for _ in range(4)]
    assert [p.wait(timeout=180) for p in procs] == [0] * 4
    db = open_store(path)
    attempts = db.execute("SELECT failed_attempts FROM staff WHERE username = 'wang'").fetchone()[0]
    failures = db.execute("SELECT count(*) FROM audit_log WHERE action = 'staff.login_failed'").fetchone()[0]
    db.close()
    assert attempts == 4 and failures == 4, "no wrong PIN may be lost to a race"


@pytest.mark.parametrize("pin", ["１２３４５６", "١٢٣٤٥٦", "۱۲۳۴۵۶", "१२३४५६", "12345６"])
def test_pins_in_other_digit_forms_are_refused_at_add(db, clock, pin):
    with pytest.raises(ValidationError, match="半角数字"):
        add_staff(db, clock, ROOT, "zhao", "赵", "clerk", pin)
    assert db.execute("SELECT count(*) FROM staff").fetchone()[0] == 0


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12 3456", "abcdef", "", "123456\x00"])
def test_malformed_pins_are_refused_at_add(db, clock, pin):
    with pytest.raises(ValidationError, match="PIN"):
        add_staff(db, clock, ROOT, "zhao", "赵", "clerk", pin)


def test_a_full_width_form_of_the_right_pin_does_not_log_in(staffed, clock):
    assert str(_failure(staffed, clock, "wang", "２４６８１０")) == FAILED


def test_staff_add_from_the_command_line_refuses_foreign_digits_with_exit_2(tmp_path):
    result = subprocess.run([*GONGKAI, "staff", "add", "zhao", "--pin-stdin", "--db", str(tmp_path / "k.db")],
                            input="١٢٣٤٥٦\n".encode(), capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 2 and "半角数字" in err and "Traceback" not in err
    bad = subprocess.run([*GONGKAI, "staff", "add", "zhao", "--pin-stdin", "--db", str(tmp_path / "k.db")],
                         input=b"\xff\xfe\n", capture_output=True, timeout=120)
    assert bad.returncode == 2 and "UTF-8" in bad.stderr.decode()
