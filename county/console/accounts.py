"""County staff: accounts with roles, password hashing as on the kiosk (scrypt, kiosk/trust/staff.py),
lockout after repeated failures, sessions with idle and absolute expiry, CSRF tokens, and the
audit log of staff actions."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from county.console import unprintable
from county.store import CountyStore, audit, sessions, staff
from kiosk.clock import Clock, iso_now
from kiosk.errors import LoginRefused, ValidationError
from kiosk.trust.staff import hash_pin, verify_pin

ROLES = {"viewer": "查看", "handler": "经办", "admin": "管理员"}
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=8)
MIN_PASSWORD = 8


@dataclass(frozen=True)
class StaffUser:
    username: str
    display_name: str
    role: str
    csrf: str = ""

    def can(self, role: str) -> bool:
        order = list(ROLES)
        return order.index(self.role) >= order.index(role)


def possible_username(username: str) -> bool:
    """1 to 64 ASCII letters, digits or underscores: the only names an account can have."""
    return 0 < len(username) <= 64 and username.isascii() and username.replace("_", "").isalnum()


def add_staff(store: CountyStore, clock: Clock, username: str, display_name: str, role: str, password: str) -> None:
    username = username.strip()
    if not possible_username(username):
        raise ValidationError("用户名应为 1 至 64 位英文字母、数字或下划线")
    if role not in ROLES:
        raise ValidationError(f"角色无效，可选：{'、'.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"密码至少 {MIN_PASSWORD} 位")
    values = dict(display_name=display_name.strip() or username, role=role, password_hash=hash_pin(password),
                  failed_logins=0, locked_until=None, disabled=False)
    with store.engine.begin() as conn:
        if conn.execute(sa.select(staff.c.username).where(staff.c.username == username)).first():
            conn.execute(staff.update().where(staff.c.username == username).values(**values))
        else:
            conn.execute(staff.insert().values(username=username, created_at=iso_now(clock), **values))
        record(conn, clock, "system", "staff_saved", username, f"role={role}")


def unlock(store: CountyStore, clock: Clock, username: str) -> bool:
    """End a lockout before its time (`gongkai county unlock`, audited); the password stays. False when
    the account was not locked (nothing changes, nothing is recorded). An unknown name is bad input."""
    at = clock.now().isoformat(timespec="seconds")
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(staff.c.locked_until).where(staff.c.username == username)).first()
        if row is None:
            raise ValidationError(f"没有账号 {username}")
        if not row.locked_until or row.locked_until <= at:
            return False
        conn.execute(staff.update().where(staff.c.username == username).values(failed_logins=0, locked_until=None))
        record(conn, clock, "system", "staff_unlocked", username, f"was_locked_until={row.locked_until}")
    return True


def record(conn: sa.Connection, clock: Clock, username: str, action: str, target: str = "", detail: str = "") -> None:
    conn.execute(audit.insert().values(at=iso_now(clock), username=username, action=action, target=target,
                                       detail=detail[:2000]))


def log_action(store: CountyStore, clock: Clock, user: StaffUser | str, action: str, target: str = "",
               detail: str = "") -> None:
    with store.engine.begin() as conn:
        record(conn, clock, user if isinstance(user, str) else user.username, action, target, detail)


def audit_log(store: CountyStore, limit: int = 200) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(audit).order_by(audit.c.id.desc()).limit(limit))]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


REFUSAL = f"用户名或密码不正确（连续输错 {MAX_FAILURES} 次，账号将锁定 {int(LOCKOUT.total_seconds() // 60)} 分钟）"
_dummy: list[str] = []


def _dummy_hash() -> str:
    """A hash to check unknown and locked logins against: the same scrypt work as a real check."""
    if not _dummy:
        _dummy.append(hash_pin(secrets.token_urlsafe(12)))
    return _dummy[0]


def _claim_attempt(store: CountyStore, username: str, now: str, locked_until: str) -> tuple[str, int] | None:
    """Count this attempt before the password is checked, in one UPDATE of the account's row (its own short
    transaction): a burst of parallel guesses is counted guess by guess on SQLite and PostgreSQL alike, and
    the guess that reaches the limit locks the account. Returns (password hash, failures so far), or None
    when the account is unknown, disabled or locked (then no password is checked at all)."""
    # A lock that has run out starts the count again.
    count = sa.case((staff.c.locked_until.is_not(None), 1), else_=staff.c.failed_logins + 1)
    claim = (staff.update()
             .where(staff.c.username == username, staff.c.disabled == sa.false(),
                    sa.or_(staff.c.locked_until.is_(None), staff.c.locked_until <= now))
             .values(failed_logins=count, locked_until=sa.case((count >= MAX_FAILURES, locked_until), else_=None))
             .returning(staff.c.password_hash, staff.c.failed_logins))
    with store.engine.begin() as conn:
        row = conn.execute(claim).first()
    return (row[0], row[1]) if row else None


def login(store: CountyStore, clock: Clock, username: str, password: str) -> str:
    """A new session token, or LoginRefused: one answer, after the same work, for an unknown user, a wrong
    password, a disabled and a locked account. A name no account can have (a control character in it, say)
    is looked up as "" (which matches none, after the same statements) and logged with its odd characters
    flagged: PostgreSQL cannot store a NUL, and a reader of the log should see what was typed."""
    now = clock.now()
    username = username.strip()[:64]
    possible = possible_username(username)
    if not possible:
        username = unprintable.flag(username)
    at = now.isoformat(timespec="seconds")
    claimed = _claim_attempt(store, username if possible else "", at, (now + LOCKOUT).isoformat(timespec="seconds"))
    ok = verify_pin(password, claimed[0] if claimed else _dummy_hash()) and claimed is not None
    token = secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        if ok:
            conn.execute(staff.update().where(staff.c.username == username)
                         .values(failed_logins=0, locked_until=None))
            stamp = iso_now(clock)
            conn.execute(sessions.insert().values(token_sha256=_hash(token), username=username,
                                                  csrf=secrets.token_urlsafe(24), created_at=stamp, last_seen_at=stamp))
            record(conn, clock, username, "login")
        elif claimed is None:
            record(conn, clock, username or "-", "login_refused", detail="unknown, disabled or locked")
        else:
            failures = claimed[1]
            record(conn, clock, username, "login_failed",
                   detail="locked" if failures >= MAX_FAILURES else f"failures={failures}")
    if not ok:
        raise LoginRefused(REFUSAL)
    return token


def session_user(store: CountyStore, clock: Clock, token: str) -> StaffUser | None:
    """The signed-in user for a session cookie; expired sessions (idle or absolute) are ended."""
    if not token or len(token) > 100:
        return None
    now = clock.now()
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(sessions, staff.c.display_name, staff.c.role, staff.c.disabled)
                           .join(staff, staff.c.username == sessions.c.username)
                           .where(sessions.c.token_sha256 == _hash(token))).first()
        if row is None:
            return None
        expired = (now - dt.datetime.fromisoformat(row.last_seen_at) > IDLE
                   or now - dt.datetime.fromisoformat(row.created_at) > ABSOLUTE or row.disabled)
        if expired:
            conn.execute(sessions.delete().where(sessions.c.token_sha256 == row.token_sha256))
            record(conn, clock, row.username, "session_expired")
            return None
        conn.execute(sessions.update().where(sessions.c.token_sha256 == row.token_sha256)
                     .values(last_seen_at=iso_now(clock)))
    return StaffUser(row.username, row.display_name, row.role, row.csrf)


def logout(store: CountyStore, clock: Clock, token: str) -> None:
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(sessions.c.username).where(sessions.c.token_sha256 == _hash(token))).first()
        conn.execute(sessions.delete().where(sessions.c.token_sha256 == _hash(token)))
        if row:
            record(conn, clock, row[0], "logout")
