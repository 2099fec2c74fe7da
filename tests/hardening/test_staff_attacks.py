"""Staff login against an attacker: no way to tell real usernames from unknown ones, no lost
failure counts under parallel guessing, and no PIN that can be set but never typed."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from kiosk.clock import SystemClock
from kiosk.errors import LoginFailed, PermissionDenied, ValidationError
from kiosk.store import open_store
from kiosk.trust.staff import FAILED, MAX_ATTEMPTS, Actor, add_staff, login, set_disabled, unlock
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


def test_a_parallel_burst_of_wrong_pins_locks_at_the_limit(tmp_path, clock):
    """Seen (issue 25): 12 parallel wrong PINs were all checked, and the account ended unlocked."""
    import threading

    from kiosk.trust.staff import MAX_ATTEMPTS, LoginFailed, login

    path = tmp_path / "k.db"
    db = open_store(path)
    add_staff(db, clock, ROOT, "wang", "王小明", "clerk", "246810")
    db.close()
    gate = threading.Barrier(12)
    errors: list[BaseException] = []

    def guess(n: int) -> None:
        conn = open_store(path)
        try:
            gate.wait()
            login(conn, clock, "wang", f"{n:06d}")
        except LoginFailed:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert errors == []
    db = open_store(path)
    try:
        locked_until = db.execute("SELECT locked_until FROM staff WHERE username = 'wang'").fetchone()[0]
        actions = dict(db.execute("SELECT detail, count(*) FROM audit_log WHERE action LIKE 'staff.login_failed' "
                                  "OR action = 'staff.locked' GROUP BY detail").fetchall())
        with pytest.raises(LoginFailed, match="已锁定"):
            login(db, clock, "wang", "246810")
    finally:
        db.close()
    assert locked_until is not None, "the burst must leave the account locked"
    assert actions.get('{"reason":"pin"}', 0) == MAX_ATTEMPTS - 1 and actions.get('{"minutes":5}', 0) == 1
    assert actions.get('{"reason":"locked"}', 0) == 12 - MAX_ATTEMPTS, "guesses past the limit are not checked"


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


def test_the_lock_holds_against_the_right_pin_and_says_until_when_and_who_can_end_it(staffed, clock):
    for _ in range(MAX_ATTEMPTS):
        _failure(staffed, clock, "wang", "000000")
    refused = _failure(staffed, clock, "wang", "246810")
    message = str(refused)
    assert "已锁定至 10:05" in message and "还有约 5 分钟" in message
    assert "管理员" in message and "gongkai staff unlock wang" in message
    clock.advance(minutes=4, seconds=59)
    assert "已锁定至 10:05" in str(_failure(staffed, clock, "wang", "246810")), "the lock holds to its end"
    clock.advance(seconds=1)
    assert login(staffed, clock, "wang", "246810").name == "wang"


def test_a_locked_name_and_an_unknown_name_get_the_same_answer_for_the_same_work(staffed, clock, monkeypatch):
    for _ in range(MAX_ATTEMPTS):
        _failure(staffed, clock, "wang", "000000")
    real = hashlib.scrypt
    calls = []
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k))
    login(staffed, clock, "admin", "908172")  # warms the dummy hash
    seen = {}
    for username in ("wang", "nobody"):
        calls.clear()
        audit_before = staffed.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        seen[username] = _failure(staffed, clock, username, "000000")
        assert len(calls) == 1, username
        assert staffed.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before + 1, username
    assert {str(e) for e in seen.values()} == {FAILED}
    assert {(e.remaining, e.locked_until) for e in seen.values()} == {(None, None)}


def test_an_admin_unlocks_from_the_command_line_and_it_is_audited(tmp_path):
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    now = SystemClock()  # the command line runs on the real clock
    try:
        add_staff(db, now, ROOT, "wang", "王小明", "clerk", "246810")
        add_staff(db, now, ROOT, "li", "李四", "clerk", "135790")
        for _ in range(MAX_ATTEMPTS):
            _failure(db, now, "wang", "000000")
        assert "已锁定" in str(_failure(db, now, "wang", "246810"))
        with pytest.raises(PermissionDenied):
            unlock(db, now, Actor("li", "clerk", "李四"), "wang")  # a clerk cannot end a lock
    finally:
        db.close()

    done = subprocess.run([*GONGKAI, "staff", "unlock", "wang", "--db", str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "wang 已解锁" in done.stdout, done.stderr
    again = subprocess.run([*GONGKAI, "staff", "unlock", "wang", "--db", str(path)], capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0 and "没有被锁定" in again.stdout
    db = open_store(path)
    try:
        rows = db.execute("SELECT actor, detail FROM audit_log WHERE action = 'staff.unlock'").fetchall()
        assert len(rows) == 1 and rows[0][0].startswith("os:") and '"username":"wang"' in rows[0][1]
        assert login(db, now, "wang", "246810").name == "wang", "unlocked with the PIN it had"
    finally:
        db.close()
