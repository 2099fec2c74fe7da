"""The audit log against someone who can write kiosk.db (but not the kiosk key under /etc/gongkai).

Each attack edits the file with its own sqlite3 connection (triggers dropped), recomputes the hash
chain where that would hide the change, and then `audit verify` must say what happened.
"""

from __future__ import annotations

import json
import shutil
import subprocess

from nacl.signing import SigningKey

from kiosk.store import open_store
from kiosk.trust import audit
from kiosk.trust.staff import set_role
from tests.conftest import GONGKAI
from tests.hardening.conftest import ROOT, raw


def _rechain(conn, start: int) -> None:
    """What a careful attacker does: recompute every hash from `start` so the chain links again."""
    rows = conn.execute("SELECT id, at, actor, action, detail FROM audit_log WHERE id >= ? ORDER BY id",
                        [start]).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", [start]).fetchone()
    prev = prev[0] if prev else audit.GENESIS
    for row_id, at, actor, action, detail in rows:
        new = audit.row_hash(row_id, at, actor, action, detail, prev)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, new, row_id])
        prev = new


def _verify(path, *extra):
    return subprocess.run([*GONGKAI, "audit", "verify", "--db", str(path), *extra], capture_output=True, text=True)


def _fresh(path):
    db = open_store(path)
    try:
        return audit.verify(db)
    finally:
        db.close()


def test_an_untouched_log_verifies(kiosk_db):
    check = audit.verify(kiosk_db)
    assert check.ok, check.message()
    assert check.rows == 7  # 2 staff, 1 login, 3 requests, 1 reply
    result = _verify(kiosk_db.path)
    assert result.returncode == 0 and "完整" in result.stdout


def test_every_row_is_sealed_with_the_kiosk_key(kiosk_db):
    rows = kiosk_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    seals = kiosk_db.execute("SELECT count(*) FROM audit_seals").fetchone()[0]
    assert rows == seals > 0


def test_an_edited_row_with_the_chain_recomputed_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = 3")
    _rechain(conn, 3)
    check = _fresh(kiosk_db.path)
    assert not check.ok and check.bad_id == 3 and "签名" in check.message()
    result = _verify(kiosk_db.path)
    assert result.returncode == 1 and "第 3 条" in result.stderr and "Traceback" not in result.stderr


def test_two_swapped_rows_with_the_chain_recomputed_are_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    a = conn.execute("SELECT at, actor, action, detail FROM audit_log WHERE id = 4").fetchone()
    b = conn.execute("SELECT at, actor, action, detail FROM audit_log WHERE id = 5").fetchone()
    conn.execute("UPDATE audit_log SET at = ?, actor = ?, action = ?, detail = ? WHERE id = 4", list(b))
    conn.execute("UPDATE audit_log SET at = ?, actor = ?, action = ?, detail = ? WHERE id = 5", list(a))
    _rechain(conn, 4)
    check = _fresh(kiosk_db.path)
    assert not check.ok and check.bad_id == 4


def test_a_deleted_middle_row_with_the_rest_renumbered_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.execute("UPDATE audit_log SET id = id - 1 WHERE id > 2")
    conn.execute("DELETE FROM audit_seals WHERE audit_id = 2")
    conn.execute("UPDATE audit_seals SET audit_id = audit_id - 1 WHERE audit_id > 2")
    conn.execute("UPDATE counters SET value = value - 1 WHERE name = 'audit_log'")
    _rechain(conn, 2)
    check = _fresh(kiosk_db.path)
    assert not check.ok and check.bad_id == 2


def _append_forged(conn, seal_key: SigningKey | None = None) -> None:
    last_id, last_hash = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row = (last_id + 1, "2026-11-22T10:30:00+08:00", "admin", "staff.pin", '{"username":"wang"}')
    conn.execute("INSERT INTO audit_log (id, at, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                 [*row, last_hash, audit.row_hash(*row, last_hash)])
    conn.execute("UPDATE counters SET value = ? WHERE name = 'audit_log'", [last_id + 1])
    if seal_key is not None:
        log_id = conn.execute("SELECT value FROM counters WHERE name = 'audit_db_id'").fetchone()[0]
        import base64

        signature = seal_key.sign(audit.seal_message(log_id, last_id + 1, audit.row_hash(*row, last_hash))).signature
        conn.execute("INSERT INTO audit_seals VALUES (?, 'forged', ?)", [last_id + 1, base64.b64encode(signature).decode()])


def test_a_forged_appended_row_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    _append_forged(conn)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    check = _fresh(kiosk_db.path)
    assert not check.ok and check.bad_id == last


def test_a_forged_row_sealed_with_another_key_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    _append_forged(conn, SigningKey.generate())
    check = _fresh(kiosk_db.path)
    assert not check.ok and "签名" in check.message()


def test_the_last_row_deleted_and_the_counter_lowered_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id = ?", [last])
    conn.execute("DELETE FROM audit_seals WHERE audit_id = ?", [last])
    conn.execute("UPDATE counters SET value = ? WHERE name = 'audit_log'", [last - 1])
    check = _fresh(kiosk_db.path)
    assert not check.ok and "截断" in check.message()
    assert _verify(kiosk_db.path).returncode == 1


def test_an_emptied_log_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    for table in ("audit_log", "audit_seals"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM counters WHERE name IN ('audit_log', 'audit_db_id')")
    check = _fresh(kiosk_db.path)
    assert not check.ok
    result = _verify(kiosk_db.path)
    assert result.returncode == 1 and "篡改" in result.stderr


def test_an_emptied_log_of_a_database_without_requests_or_staff_is_caught(tmp_path, clock):
    from kiosk.trust.staff import login

    db = open_store(tmp_path / "k.db")
    for _ in range(3):
        try:
            login(db, clock, "ghost", "123456")
        except Exception:  # noqa: BLE001 - unknown user: refused, and audited
            pass
    db.close()
    conn = raw(tmp_path / "k.db")
    conn.execute("DELETE FROM audit_log")
    conn.execute("DELETE FROM audit_seals")
    conn.execute("DELETE FROM counters")
    assert not _fresh(tmp_path / "k.db").ok


def test_the_whole_file_rolled_back_to_an_older_copy_is_caught(kiosk_db, tmp_path, clock):
    old = tmp_path / "old.db"
    kiosk_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(kiosk_db.path, old)
    from kiosk.trust.staff import login

    login(kiosk_db, clock, "admin", "908172")
    kiosk_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kiosk_db.close()
    shutil.copy(old, kiosk_db.path)
    check = _fresh(kiosk_db.path)
    assert not check.ok and "截断" in check.message()


def test_without_the_key_the_countys_last_head_still_catches_truncation(kiosk_db):
    head = audit.head_hash(kiosk_db)
    conn = raw(kiosk_db.path)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id = ?", [last])
    conn.execute("UPDATE counters SET value = ? WHERE name = 'audit_log'", [last - 1])
    db = open_store(kiosk_db.path)
    check = audit.verify(db, key=None, head=head)
    db.close()
    assert not check.ok and "县级" in check.message()
    result = _verify(kiosk_db.path, "--head", head)
    assert result.returncode == 1


def test_the_countys_head_of_an_intact_log_passes(kiosk_db):
    head = audit.head_hash(kiosk_db)
    assert len(head) == 64
    assert audit.verify(kiosk_db, key=None, head=head).ok
    assert _verify(kiosk_db.path, "--head", head).returncode == 0
    bad = _verify(kiosk_db.path, "--head", "not-a-hash")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_request_row_edited_behind_the_log_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    conn.execute("UPDATE requests SET status = 'closed', name = '某某' WHERE number = ?", [kiosk_db.numbers[1]])
    check = _fresh(kiosk_db.path)
    assert not check.ok and kiosk_db.numbers[1] in check.message()


def test_a_request_inserted_behind_the_log_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    cursor = conn.execute("SELECT * FROM requests LIMIT 1")
    names = [d[0] for d in cursor.description]
    row = dict(zip(names, cursor.fetchone(), strict=True))
    row.update(uuid="forged-uuid", number=row["number"][:-1] + "9")
    conn.execute(f"INSERT INTO requests ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    assert not _fresh(kiosk_db.path).ok


def test_a_staff_role_raised_behind_the_log_is_caught(kiosk_db):
    conn = raw(kiosk_db.path)
    conn.execute("UPDATE staff SET role = 'admin' WHERE username = 'wang'")
    check = _fresh(kiosk_db.path)
    assert not check.ok and "wang" in check.message()


def test_a_role_change_through_the_kiosk_is_an_audited_event(kiosk_db, clock):
    set_role(kiosk_db, clock, ROOT, "wang", "admin")
    row = kiosk_db.execute("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert row[0] == "staff.role" and json.loads(row[1])["role"] == "admin"
    assert audit.verify(kiosk_db).ok


def test_a_role_change_from_the_command_line_is_audited(kiosk_db):
    kiosk_db.close()
    result = subprocess.run([*GONGKAI, "staff", "role", "wang", "admin", "--db", str(kiosk_db.path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert _verify(kiosk_db.path).returncode == 0


def test_deleting_the_last_row_of_a_copied_database_is_caught_without_head(kiosk_db, tmp_path, clock):
    """Seen (issue 25): a copy elsewhere with its last audit row deleted passed `audit verify` unless --head."""
    from kiosk.trust.staff import login

    login(kiosk_db, clock, "admin", "908172")  # the last row is a login: no row digest to give it away
    kiosk_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    exact = tmp_path / "exact" / "kiosk.db"
    exact.parent.mkdir()
    shutil.copy(kiosk_db.path, exact)
    assert _verify(exact).returncode == 0, "an exact copy verifies"
    copy = tmp_path / "elsewhere" / "kiosk.db"  # never opened before it was cut
    copy.parent.mkdir()
    shutil.copy(kiosk_db.path, copy)
    conn = raw(copy)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id = ?", [last])
    conn.execute("DELETE FROM audit_seals WHERE audit_id = ?", [last])
    conn.execute("UPDATE counters SET value = ? WHERE name = 'audit_log'", [last - 1])
    conn.close()
    result = _verify(copy)
    assert result.returncode != 0 and "截断" in result.stdout + result.stderr, result.stdout + result.stderr
