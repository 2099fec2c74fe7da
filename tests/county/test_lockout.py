"""County console lockout under a parallel burst, on SQLite and PostgreSQL (issue 25).

Seen: on PostgreSQL 24 parallel wrong passwords were all checked (the limit is 5), and 16 wrong ones
plus the right one logged in; the lock message told a real account from an unknown one, and an
unknown user was refused measurably faster.
"""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from county.console import accounts
from county.store import audit, staff
from kiosk.clock import FixedClock

RIGHT = "correct-horse-1"


def _burst(store, clock, attempts: list[tuple[str, str]]) -> list[str]:
    """Run the logins at once (a barrier), each on its own thread; the answers in order."""
    answers = [""] * len(attempts)
    gate = threading.Barrier(len(attempts))

    def one(i: int, user: str, password: str) -> None:
        gate.wait()
        try:
            accounts.login(store, clock, user, password)
            answers[i] = "ok"
        except accounts.LoginRefused as exc:
            answers[i] = str(exc)

    threads = [threading.Thread(target=one, args=(i, *a)) for i, a in enumerate(attempts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return answers


def _actions(store, action: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(audit).where(audit.c.action == action)).scalar()


def test_parallel_wrong_passwords_are_counted_and_lock_at_the_limit(store):
    clock = FixedClock("2026-11-24T09:00:00+08:00")
    accounts.add_staff(store, clock, "viewer1", "查看员", "viewer", RIGHT)
    answers = _burst(store, clock, [("viewer1", f"wrong-{n:04d}") for n in range(24)])
    assert answers == [accounts.REFUSAL] * 24
    assert _actions(store, "login_failed") == accounts.MAX_FAILURES, "only the guesses within the limit are checked"
    assert _actions(store, "login_refused") == 24 - accounts.MAX_FAILURES
    with store.engine.connect() as conn:
        locked_until = conn.execute(sa.select(staff.c.locked_until).where(staff.c.username == "viewer1")).scalar()
    assert locked_until and locked_until > clock.now().isoformat(timespec="seconds")
    # The right password now is refused too, with the same words.
    with pytest.raises(accounts.LoginRefused, match="用户名或密码不正确"):
        accounts.login(store, clock, "viewer1", RIGHT)
    clock.advance(minutes=16)
    assert accounts.login(store, clock, "viewer1", RIGHT)


def test_a_burst_with_the_right_password_in_it_logs_in_at_most_within_the_limit(store):
    clock = FixedClock("2026-11-24T09:00:00+08:00")
    accounts.add_staff(store, clock, "viewer1", "查看员", "viewer", RIGHT)
    answers = _burst(store, clock, [("viewer1", f"wrong-{n:04d}") for n in range(16)] + [("viewer1", RIGHT)])
    with store.engine.connect() as conn:
        actions = [a for (a,) in conn.execute(sa.select(audit.c.action).where(audit.c.username == "viewer1")
                                              .order_by(audit.c.id))]
    if answers[-1] == "ok":
        # The right password got in before the lock: fewer wrong guesses than the limit came first. (After
        # it, the count starts again, as after any good login: those are a new series, locked at the limit.)
        first = actions.index("login")
        assert actions[:first].count("login_failed") < accounts.MAX_FAILURES
        assert actions[first + 1:].count("login_failed") <= accounts.MAX_FAILURES
    else:
        assert actions.count("login_failed") == accounts.MAX_FAILURES, "locked at the limit, the rest unchecked"


def test_unknown_and_locked_accounts_get_the_same_answer_after_the_same_work(store, monkeypatch):
    clock = FixedClock("2026-11-24T09:00:00+08:00")
    accounts.add_staff(store, clock, "viewer1", "查看员", "viewer", RIGHT)
    for n in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.LoginRefused):
            accounts.login(store, clock, "viewer1", f"wrong-{n}")
    checks: list[str] = []
    real_verify = accounts.verify_pin
    monkeypatch.setattr(accounts, "verify_pin", lambda pw, h: checks.append(pw) or real_verify(pw, h))
    statements: list[str] = []

    def note(_conn, _cursor, sql, *_rest) -> None:
        statements.append(sql.split()[0])

    sa.event.listen(store.engine, "before_cursor_execute", note)
    try:
        answers = []
        for user, password in (("viewer1", RIGHT), ("nobody", RIGHT)):
            before = len(statements)
            with pytest.raises(accounts.LoginRefused) as caught:
                accounts.login(store, clock, user, password)
            answers.append((str(caught.value), statements[before:]))
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", note)
    (locked_text, locked_sql), (unknown_text, unknown_sql) = answers
    assert locked_text == unknown_text == accounts.REFUSAL
    assert locked_sql == unknown_sql, "the same statements, so the same time"
    assert checks == [RIGHT, RIGHT], "one password check (scrypt) each"


def test_an_admin_unlocks_a_locked_officer_from_the_command_line(tmp_path):
    """`gongkai county unlock NAME`: the officer logs in with the same password at once; the audit
    log says who was unlocked; a name that is not locked or not known changes nothing."""
    import subprocess
    import sys

    from county import service
    from county.console import auditlog

    root = tmp_path / "county"
    store = service.open_county_db(root, None)
    try:
        clock = FixedClock("2026-11-24T09:00:00+08:00")
        accounts.add_staff(store, clock, "viewer1", "查看员", "viewer", RIGHT)
        for n in range(accounts.MAX_FAILURES):
            with pytest.raises(accounts.LoginRefused):
                accounts.login(store, clock, "viewer1", f"wrong-{n}")
    finally:
        store.close()

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "gongkai", "county", *args, "--root", str(root)],
                              capture_output=True, text=True, timeout=120)

    # (The lock runs from real time here: the CLI reads the system clock.)
    store = service.open_county_db(root, None)
    try:
        with store.engine.begin() as conn:
            conn.execute(staff.update().values(locked_until="2999-01-01T00:00:00+08:00"))
        with pytest.raises(accounts.LoginRefused):
            accounts.login(store, clock, "viewer1", RIGHT)
    finally:
        store.close()
    done = cli("unlock", "viewer1")
    assert done.returncode == 0 and "账号 viewer1 已解锁，可以用原来的密码登录" in done.stdout
    again = cli("unlock", "viewer1")
    assert again.returncode == 0 and "没有被锁定，未作改动" in again.stdout
    unknown = cli("unlock", "nobody")
    assert unknown.returncode != 0 and "没有账号 nobody" in unknown.stderr + unknown.stdout
    store = service.open_county_db(root, None)
    try:
        assert accounts.login(store, clock, "viewer1", RIGHT)
        entries = [e for e in accounts.audit_log(store) if e["action"] == "staff_unlocked"]
        assert len(entries) == 1 and entries[0]["target"] == "viewer1"
        assert auditlog.ACTIONS["staff_unlocked"] == "提前解除账号锁定"
        assert auditlog.detail_words("staff_unlocked", entries[0]["detail"]) == "原锁定至：2999-01-01T00:00:00+08:00"
    finally:
        store.close()
