"""Staff accounts: clerk and admin roles, PIN login with lockout, and who did what (the Actor).

- PINs are 6-12 digits, hashed with scrypt (memory-hard): the stored string is
  `scrypt$N$r$p$salt_b64$hash_b64`, so parameters can be raised later without breaking old hashes.
- Five wrong PINs in a row lock the account for five minutes (by the injected Clock); a disabled
  account cannot log in. Unknown usernames get the same message as wrong PINs, and so does a locked
  account to a wrong PIN. During the lock even the right PIN is refused (else the limit would only
  slow a guesser down); the right PIN learns until when, and that an admin can `unlock` it sooner
  (staff screen, or `gongkai staff unlock NAME`), which is audited.
- Every change and every login attempt is written to the audit log in the same transaction.
- `Actor` names who acts: a staff member (after `login`, or `actor_for` with `--staff`), or the
  operating-system user at the command line (`Actor.system`), who is trusted like an admin
  because whoever runs the CLI already holds the database file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.errors import LoginFailed, NotFound, PermissionDenied, ValidationError
from kiosk.store import staff_repo
from kiosk.trust import audit

ROLES = {"clerk": "办事员", "admin": "管理员"}
MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB per hash, ~50 ms on the kiosk
_USERNAME = re.compile(r"[a-z0-9_.-]{2,32}")
_PIN = re.compile(r"[0-9]{6,12}")  # ASCII digits only: \d would take ６ and ٦ too


@dataclass(frozen=True)
class Actor:
    """Who performs an action; `name` goes into events and the audit log."""

    name: str
    role: str  # clerk | admin | system
    display_name: str = ""

    @classmethod
    def system(cls, os_user: str) -> Actor:
        return cls(f"os:{os_user}", "system", os_user)

    @property
    def is_admin(self) -> bool:
        return self.role in ("admin", "system")


def check_pin_format(pin: str) -> str:
    if not isinstance(pin, str):
        raise ValidationError("PIN 应为6至12位数字", "pin")
    pin = pin.strip()
    if not _PIN.fullmatch(pin):
        if pin and all(ch.isdigit() for ch in pin) and not pin.isascii():
            raise ValidationError("PIN 只能用半角数字 0-9（不能用全角或其他文字的数字）", "pin")
        raise ValidationError("PIN 应为6至12位数字", "pin")
    return pin


def hash_pin(pin: str, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(str(pin).encode("utf-8", "replace"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError, OverflowError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def _public(row: dict) -> dict:
    return {
        "username": row["username"], "display_name": row["display_name"], "role": row["role"],
        "role_label": ROLES[row["role"]], "disabled": bool(row["disabled"]),
        "locked_until": row["locked_until"], "created_at": row["created_at"],
    }


def list_staff(db: sqlite_utils.Database) -> list[dict]:
    """Every account, without PIN hashes."""
    return [_public(r) for r in staff_repo.list_all(db)]


def display_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Login -> the name people know (王芳 for wang): what screens and receipts show. The audit log
    and the stored events keep the login."""
    return {r["username"]: r["display_name"] or r["username"] for r in staff_repo.list_all(db)}


def display_name(db: sqlite_utils.Database, username: str) -> str:
    """The display name of one login; an unknown login (a CLI user, the county) shows as it is."""
    row = staff_repo.get(db, str(username or ""))
    return (row["display_name"] if row else "") or str(username or "")


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以管理工作人员账户")


def add_staff(db: sqlite_utils.Database, clock: Clock, actor: Actor, username: str, display_name: str,
              role: str, pin: str) -> dict:
    _require_admin(actor)
    username = str(username or "").strip().lower()
    if not _USERNAME.fullmatch(username):
        raise ValidationError("用户名应为2至32位小写字母、数字或 _ . -", "username")
    if role not in ROLES:
        raise ValidationError("角色应为 clerk（办事员）或 admin（管理员）", "role")
    display_name = str(display_name or "").strip() or username
    pin_hash = hash_pin(check_pin_format(pin))
    with db.atomic():
        if staff_repo.get(db, username):
            raise ValidationError(f"用户名 {username} 已存在", "username")
        staff_repo.insert(db, username, display_name, role, pin_hash, iso_now(clock))
        audit.record(db, clock, actor.name, "staff.add",
                     {"username": username, "role": role, "row": audit.staff_digest(db, username)})
    return _public(staff_repo.get(db, username))


def _existing(db: sqlite_utils.Database, username: str) -> dict:
    row = staff_repo.get(db, str(username or "").strip().lower())
    if row is None:
        raise NotFound(f"没有这个工作人员账户：{username}")
    return row


def set_disabled(db: sqlite_utils.Database, clock: Clock, actor: Actor, username: str, disabled: bool = True) -> dict:
    """Disable (or re-enable) an account. The last active admin cannot be disabled."""
    _require_admin(actor)
    with db.atomic():
        row = _existing(db, username)
        if disabled and row["role"] == "admin" and not row["disabled"] and staff_repo.count_active_admins(db) <= 1:
            raise ValidationError("不能停用最后一个管理员账户", "username")
        staff_repo.set_disabled(db, row["username"], disabled)
        audit.record(db, clock, actor.name, "staff.disable" if disabled else "staff.enable",
                     {"username": row["username"], "row": audit.staff_digest(db, row["username"])})
    return _public(staff_repo.get(db, row["username"]))


def set_role(db: sqlite_utils.Database, clock: Clock, actor: Actor, username: str, role: str) -> dict:
    """Make an account a clerk or an admin (admins only; the last active admin stays an admin)."""
    _require_admin(actor)
    if role not in ROLES:
        raise ValidationError("角色应为 clerk（办事员）或 admin（管理员）", "role")
    with db.atomic():
        row = _existing(db, username)
        if row["role"] == "admin" and role != "admin" and not row["disabled"] \
                and staff_repo.count_active_admins(db) <= 1:
            raise ValidationError("不能取消最后一个管理员的管理员角色", "role")
        if row["role"] != role:
            staff_repo.set_role(db, row["username"], role)
            audit.record(db, clock, actor.name, "staff.role",
                         {"username": row["username"], "from": row["role"], "role": role,
                          "row": audit.staff_digest(db, row["username"])})
    return _public(staff_repo.get(db, row["username"]))


def change_pin(db: sqlite_utils.Database, clock: Clock, actor: Actor, username: str, new_pin: str) -> None:
    """Admins may set anyone's PIN; a clerk only their own. Clears a lockout."""
    row = _existing(db, username)
    if not actor.is_admin and actor.name != row["username"]:
        raise PermissionDenied("只能修改自己的 PIN")
    pin_hash = hash_pin(check_pin_format(new_pin))
    with db.atomic():
        staff_repo.set_pin_hash(db, row["username"], pin_hash)
        audit.record(db, clock, actor.name, "staff.pin",
                     {"username": row["username"], "row": audit.staff_digest(db, row["username"])})


def unlock(db: sqlite_utils.Database, clock: Clock, actor: Actor, username: str) -> bool:
    """End a PIN lockout before its time (admins only, audited); the PIN stays as it is. Returns False
    when the account was not locked (nothing changes, nothing is recorded)."""
    _require_admin(actor)
    now = clock.now()
    with db.atomic():
        row = _existing(db, username)
        locked = bool(row["locked_until"]) and dt.datetime.fromisoformat(row["locked_until"]) > now
        if not locked:
            return False
        staff_repo.set_attempts(db, row["username"], 0, None)
        audit.record(db, clock, actor.name, "staff.unlock",
                     {"username": row["username"], "was_locked_until": row["locked_until"]})
    return True


FAILED = "用户名或 PIN 不正确"


def locked_message(username: str, locked_until: dt.datetime, now: dt.datetime) -> str:
    """What the clerk who typed the right PIN of a locked account reads: until when, and who can end it."""
    minutes = max(1, -int(-(locked_until - now).total_seconds() // 60))
    return (f"PIN 错误次数过多，账户已锁定至 {locked_until:%H:%M}（还有约 {minutes} 分钟），期间正确的 PIN 也不能登录。"
            f"急需使用请找管理员解锁：管理员登录后在“工作人员”页点“解锁”，或在本机运行 gongkai staff unlock {username}")


def _dummy_hash() -> str:
    """A hash of no one's PIN, made once: unknown usernames cost the same scrypt as real ones."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_pin(secrets.token_hex(8))
    return _DUMMY_HASH


_DUMMY_HASH: str | None = None


def login(db: sqlite_utils.Database, clock: Clock, username: str, pin: str) -> Actor:
    """Check a PIN; returns the Actor or raises LoginFailed with a message for the login screen.

    Unknown users, wrong PINs, disabled and locked accounts all get the same message and cost one
    scrypt each, so neither the text nor the time tells an attacker which usernames exist. Only a
    correct PIN learns that the account is disabled or locked.
    """
    username = str(username or "").strip().lower() if isinstance(username, str) else ""
    pin = pin if isinstance(pin, str) else ""
    now = clock.now()
    row = staff_repo.get(db, username) if _USERNAME.fullmatch(username) else None
    until = (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
    # The attempt is counted (one UPDATE) before the PIN is checked: a burst of parallel guesses cannot
    # all be checked, and the one that reaches the limit locks the account. Unknown names run it too.
    with db.atomic():
        counted = staff_repo.claim_attempt(db, username, MAX_ATTEMPTS, until, now.isoformat(timespec="seconds"))
    pin_ok = verify_pin(pin, row["pin_hash"] if row else _dummy_hash()) and _PIN.fullmatch(pin) is not None
    if row is None:
        with db.atomic():
            audit.record(db, clock, "?", "staff.login_failed", {"reason": "unknown"})
        raise LoginFailed(FAILED)
    if counted is None:  # locked: no PIN is accepted
        locked_until = dt.datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else now
        with db.atomic():
            audit.record(db, clock, username, "staff.login_failed", {"reason": "locked"})
        if pin_ok and not row["disabled"]:
            raise LoginFailed(locked_message(username, locked_until, now), 0, locked_until)
        raise LoginFailed(FAILED)
    if pin_ok and row["disabled"]:
        with db.atomic():
            audit.record(db, clock, username, "staff.login_failed", {"reason": "disabled"})
        raise LoginFailed("该账户已停用，请联系管理员")
    if pin_ok:
        with db.atomic():
            staff_repo.set_attempts(db, username, 0, None)
            audit.record(db, clock, username, "staff.login", {})
        return Actor(username, row["role"], row["display_name"])
    with db.atomic():
        if row["disabled"]:
            audit.record(db, clock, username, "staff.login_failed", {"reason": "disabled"})
        elif counted >= MAX_ATTEMPTS:
            audit.record(db, clock, username, "staff.locked", {"minutes": LOCK_MINUTES})
        else:
            audit.record(db, clock, username, "staff.login_failed", {"reason": "pin"})
    raise LoginFailed(FAILED)


def logout(db: sqlite_utils.Database, clock: Clock, actor: Actor, reason: str = "manual") -> None:
    """Record the end of a staff session (reason: manual | idle)."""
    with db.atomic():
        audit.record(db, clock, actor.name, "staff.logout", {"reason": reason})


def actor_for(db: sqlite_utils.Database, username: str) -> Actor:
    """The Actor for `--staff USERNAME` on the command line: the account must exist and be enabled."""
    row = _existing(db, username)
    if row["disabled"]:
        raise PermissionDenied(f"账户 {row['username']} 已停用")
    return Actor(row["username"], row["role"], row["display_name"])


@dataclass
class StaffSession:
    """A logged-in staff member at the counter; the UI calls `touch` on input and logs out when idle."""

    actor: Actor
    last_activity: dt.datetime
    started: dt.datetime = field(default=None)  # type: ignore[assignment]

    def __post_init__(self):
        if self.started is None:
            self.started = self.last_activity

    def touch(self, clock: Clock) -> None:
        self.last_activity = clock.now()

    def is_idle(self, clock: Clock, idle_seconds: int) -> bool:
        return (clock.now() - self.last_activity).total_seconds() >= idle_seconds
