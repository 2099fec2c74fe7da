"""Staff accounts (scrypt PINs, lockout, disabled accounts) and the hash-chained audit log."""

from __future__ import annotations

import json
import subprocess

import pytest

from kiosk.clock import FixedClock
from kiosk.errors import ValidationError
from kiosk.trust import audit
from kiosk.trust.staff import (
    Actor,
    LoginFailed,
    PermissionDenied,
    StaffSession,
    add_staff,
    change_pin,
    list_staff,
    login,
    set_disabled,
    verify_pin,
)
from tests.conftest import GONGKAI

ROOT = Actor.system("root")


@pytest.fixture
def staffed(db, clock):
    add_staff(db, clock, ROOT, "admin", "赵主任", "admin", "908172")
    add_staff(db, clock, ROOT, "wang", "王小明", "clerk", "246810")
    return db


def test_pins_are_stored_as_scrypt_hashes_with_their_parameters(staffed):
    stored = staffed.execute("SELECT pin_hash FROM staff WHERE username = 'wang'").fetchone()[0]
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert "246810" not in stored
    assert verify_pin("246810", stored) and not verify_pin("246811", stored)
    other = staffed.execute("SELECT pin_hash FROM staff WHERE username = 'admin'").fetchone()[0]
    assert other.split("$")[4] != salt  # a salt per account


def test_login_returns_the_actor_with_its_role(staffed, clock):
    actor = login(staffed, clock, "wang", "246810")
    assert (actor.name, actor.role, actor.display_name, actor.is_admin) == ("wang", "clerk", "王小明", False)


def test_five_wrong_pins_lock_the_account_for_five_minutes(staffed):
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    for _ in range(4):
        with pytest.raises(LoginFailed, match="^用户名或 PIN 不正确$"):
            login(staffed, clock, "wang", "000000")
    with pytest.raises(LoginFailed, match="^用户名或 PIN 不正确$"):  # the lock shows only to the right PIN
        login(staffed, clock, "wang", "000000")
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(LoginFailed, match="10:05"):
        login(staffed, clock, "wang", "246810")  # even the right PIN while locked
    clock.advance(seconds=1)
    assert login(staffed, clock, "wang", "246810").name == "wang"
    actions = [r[0] for r in staffed.execute("SELECT action FROM audit_log WHERE actor = 'wang' ORDER BY id")]
    assert actions == ["staff.login_failed"] * 4 + ["staff.locked", "staff.login_failed", "staff.login"]


def test_a_right_pin_resets_the_count(staffed, clock):
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(staffed, clock, "wang", "000000")
    login(staffed, clock, "wang", "246810")
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(staffed, clock, "wang", "000000")
    assert login(staffed, clock, "wang", "246810").name == "wang"  # four more wrong PINs do not lock


def test_disabled_and_unknown_accounts_cannot_log_in(staffed, clock):
    set_disabled(staffed, clock, ROOT, "wang")
    with pytest.raises(LoginFailed, match="停用"):
        login(staffed, clock, "wang", "246810")
    with pytest.raises(LoginFailed, match="用户名或 PIN 不正确"):
        login(staffed, clock, "nobody", "246810")
    set_disabled(staffed, clock, ROOT, "wang", disabled=False)
    assert login(staffed, clock, "wang", "246810").name == "wang"


def test_only_admins_manage_staff_and_the_last_admin_stays(staffed, clock):
    clerk = login(staffed, clock, "wang", "246810")
    with pytest.raises(PermissionDenied):
        add_staff(staffed, clock, clerk, "li", "李", "clerk", "135790")
    with pytest.raises(PermissionDenied):
        change_pin(staffed, clock, clerk, "admin", "111111")
    change_pin(staffed, clock, clerk, "wang", "864200")  # their own
    with pytest.raises(ValidationError, match="最后一个管理员"):
        set_disabled(staffed, clock, ROOT, "admin")
    with pytest.raises(ValidationError, match="6至12位"):
        add_staff(staffed, clock, ROOT, "li", "李", "clerk", "1234")
    with pytest.raises(ValidationError, match="已存在"):
        add_staff(staffed, clock, ROOT, "wang", "王", "clerk", "135790")
    assert [s["username"] for s in list_staff(staffed)] == ["admin", "wang"]


def test_session_goes_idle_after_the_configured_seconds():
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    session = StaffSession(Actor("wang", "clerk"), clock.now())
    clock.advance(seconds=299)
    assert not session.is_idle(clock, 300)
    session.touch(clock)
    clock.advance(seconds=300)
    assert session.is_idle(clock, 300)


def test_audit_chain_verifies_and_catches_an_edit(staffed, clock):
    for i in range(5):
        audit.record(staffed, clock, "wang", "test.action", {"i": i})
    assert audit.verify(staffed).ok and audit.verify(staffed).rows == 7
    staffed.execute("DROP TRIGGER audit_log_append_only_update")
    staffed.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 4")
    check = audit.verify(staffed)
    assert (check.ok, check.bad_id) == (False, 4)
    assert "第 4 条" in check.message()


def test_audit_chain_catches_a_rewrite_with_a_recomputed_hash(staffed, clock):
    for i in range(3):
        audit.record(staffed, clock, "wang", "test.action", {"i": i})
    staffed.execute("DROP TRIGGER audit_log_append_only_update")
    row = staffed.execute("SELECT id, at, actor, action, detail, prev_hash FROM audit_log WHERE id = 3").fetchone()
    forged = audit.row_hash(row[0], row[1], "admin", row[3], row[4], row[5])
    staffed.execute("UPDATE audit_log SET actor = 'admin', hash = ? WHERE id = 3", [forged])
    check = audit.verify(staffed)
    assert (check.ok, check.bad_id) == (False, 3)


@pytest.mark.parametrize("victim", [3, 5])  # a middle row, and the newest row
def test_audit_chain_catches_a_deleted_row(staffed, clock, victim):
    for i in range(3):
        audit.record(staffed, clock, "wang", "test.action", {"i": i})
    staffed.execute("DROP TRIGGER audit_log_append_only_delete")
    staffed.execute("DELETE FROM audit_log WHERE id = ?", [victim])
    check = audit.verify(staffed)
    assert (check.ok, check.bad_id) == (False, victim)
    assert "删除" in check.message()


def test_audit_rows_cannot_be_changed_while_the_triggers_stand(staffed):
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        staffed.execute("UPDATE audit_log SET actor = 'x'")


def _run(args, db_path, stdin=None):
    return subprocess.run([*GONGKAI, *args, "--db", str(db_path)], input=stdin, capture_output=True, text=True,
                          timeout=60)


def test_cli_staff_add_list_disable_and_audit_verify(tmp_path):
    path = tmp_path / "k.db"
    added = _run(["staff", "add", "zhao", "--role", "admin", "--name", "赵主任", "--pin-stdin"], path, "908172\n")
    assert added.returncode == 0, added.stderr
    assert _run(["staff", "add", "wang", "--pin-stdin"], path, "246810\n").returncode == 0
    bad = _run(["staff", "add", "li", "--pin-stdin"], path, "12\n")
    assert bad.returncode == 2 and "PIN" in bad.stderr
    assert _run(["staff", "disable", "wang", "--staff", "zhao"], path).returncode == 0
    listed = json.loads(_run(["staff", "list", "--json"], path).stdout)
    assert [(s["username"], s["role"], s["disabled"]) for s in listed] == [("wang", "clerk", True),
                                                                           ("zhao", "admin", False)]
    assert "pin_hash" not in listed[0]
    as_disabled = _run(["staff", "enable", "wang", "--staff", "wang"], path)
    assert as_disabled.returncode == 1 and "停用" in as_disabled.stderr
    ok = _run(["audit", "verify"], path)
    assert ok.returncode == 0 and "3 条" in ok.stdout
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET detail = '{}' WHERE id = 2")
    conn.commit()
    conn.close()
    tampered = _run(["audit", "verify"], path)
    assert tampered.returncode == 1 and "第 2 条" in tampered.stderr
