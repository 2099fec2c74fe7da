"""County staff: accounts with roles, password hashing as on the kiosk (scrypt, kiosk/trust/staff.py),
lockout after repeated failures, sessions with idle and absolute expiry, CSRF tokens, and the
audit log of staff actions."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

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


def add_staff(store: CountyStore, clock: Clock, username: str, display_name: str, role: str, password: str) -> None:
    username = username.strip()
    if not username or len(username) > 64 or not username.isascii() or not username.replace("_", "").isalnum():
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


def login(store: CountyStore, clock: Clock, username: str, password: str) -> str:
    """A new session token, or LoginRefused (the same words for an unknown user and a wrong password)."""
    now = clock.now()
    refusal = ""
    token = secrets.token_urlsafe(32)
    # The failure counter and the audit entry must be committed even when the login is refused,
    # so the refusal is raised after the transaction, not inside it.
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(staff).where(staff.c.username == username.strip())).first()
        if row is None or row.disabled:
            hash_pin("x" * MIN_PASSWORD)  # the same work as a real check: no timing hint that the name is unknown
            record(conn, clock, username.strip()[:64] or "-", "login_failed")
            refusal = "用户名或密码不正确"
        elif row.locked_until and dt.datetime.fromisoformat(row.locked_until) > now:
            record(conn, clock, row.username, "login_locked")
            refusal = f"连续输错 {MAX_FAILURES} 次，账号已锁定至 {row.locked_until[11:16]}，请稍后再试"
        elif not verify_pin(password, row.password_hash):
            failures = row.failed_logins + 1
            locked = (now + LOCKOUT).isoformat(timespec="seconds") if failures >= MAX_FAILURES else None
            conn.execute(staff.update().where(staff.c.username == row.username)
                         .values(failed_logins=0 if locked else failures, locked_until=locked))
            record(conn, clock, row.username, "login_failed", detail="locked" if locked else f"failures={failures}")
            refusal = "用户名或密码不正确" + (f"；已锁定 {int(LOCKOUT.total_seconds() // 60)} 分钟" if locked else "")
        else:
            conn.execute(staff.update().where(staff.c.username == row.username)
                         .values(failed_logins=0, locked_until=None))
            at = iso_now(clock)
            conn.execute(sessions.insert().values(token_sha256=_hash(token), username=row.username,
                                                  csrf=secrets.token_urlsafe(24), created_at=at, last_seen_at=at))
            record(conn, clock, row.username, "login")
    if refusal:
        raise LoginRefused(refusal)
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
