"""A damaged or foreign database is never replaced or used silently (issue 25).

Each case plays what was seen in the field: kiosk.db truncated to 0 bytes, a bad sector in it, an
unrelated SQLite file in its place, a database from a newer version, and a fresh database after a
lost one handing out numbers that were already given.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sqlite3
import subprocess

import pytest

from kiosk.config import Config
from kiosk.doctor import ERROR, OK, DoctorContext, check_database
from kiosk.errors import DatabaseUnusable
from kiosk.requests import highwater, service
from kiosk.store import open_store, outbox_repo, township_repo
from kiosk.trust.staff import Actor
from tests.conftest import GONGKAI
from tests.requests.conftest import person, resident_id

CLERK = Actor("wang", "clerk", "王小明")
CONFIG = Config(township="362430101", kiosk_id="K01")


def _kiosk_with_pending(path, clock, n: int = 5) -> list[str]:
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    numbers = [service.create_request(db, clock, CONFIG, CLERK, person(
        name=f"申请人{i}", id_number=resident_id(f"3624301956030412{i}")))["number"] for i in range(n)]
    assert outbox_repo.pending_counts(db)["by_kind"]["request"] == n
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return numbers


def _break_a_page(path, table: str = "township") -> None:
    """A bad sector in a page that holds no pending request: quick_check fails, the outbox is readable."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def _cli(*args, check_code: int | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([*GONGKAI, *args], capture_output=True, text=True, timeout=120)
    if check_code is not None:
        assert result.returncode == check_code, result.stderr + result.stdout
    return result


def _siblings(path, label: str) -> list:
    return sorted(p for p in path.parent.iterdir()
                  if p.name.startswith(f"{path.name}.{label}-") and not p.name.endswith(("-wal", "-shm")))


def test_truncated_database_is_set_aside_and_numbering_goes_on(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    numbers = _kiosk_with_pending(path, clock)
    path.write_bytes(b"")  # truncated to 0 bytes

    result = _cli("outbox", "status", "--db", str(path))
    assert result.returncode == 1
    assert "已损坏" in result.stderr and "0 字节" in result.stderr and "gongkai recover" in result.stderr
    assert not path.exists(), "the damaged file must not be reused or rewritten in place"
    [moved] = _siblings(path, "damaged")
    assert moved.stat().st_size == 0
    # The next start does not quietly make a new, empty database either.
    with pytest.raises(DatabaseUnusable, match="gongkai recover"):
        open_store(path)
    assert not path.exists()

    _cli("recover", "--db", str(path), check_code=0)
    db = open_store(path)
    try:
        township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
        new = service.create_request(db, clock, CONFIG, CLERK, person(name="新申请人"))["number"]
    finally:
        db.close()
    assert new not in numbers
    assert int(new.split("-")[3]) == len(numbers) + 1


def test_damaged_database_salvages_pending_requests_into_a_fresh_one(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    numbers = _kiosk_with_pending(path, clock)
    _break_a_page(path)
    damaged_bytes = path.read_bytes()

    with pytest.raises(DatabaseUnusable) as caught:
        open_store(path)
    message = str(caught.value)
    assert "已损坏" in message and "5 件待上传的申请" in message and "gongkai recover" in message
    [moved] = _siblings(path, "damaged")
    assert moved.read_bytes() == damaged_bytes, "set aside byte for byte, never rewritten"
    [recovery] = _siblings(path, "recovery")
    assert recovery.stat().st_mode & 0o077 == 0, "the recovery file holds personal data"
    tables = {t["name"]: t["rows"] for t in json.loads(recovery.read_text())["tables"]}
    assert sorted(r["number"] for r in tables["requests"]) == sorted(numbers)

    result = _cli("recover", "--db", str(path), check_code=0)
    assert "其中 5 件申请" in result.stdout
    db = open_store(path)
    try:
        assert outbox_repo.pending_counts(db)["by_kind"]["request"] == 5
        assert sorted(r[0] for r in db.execute("SELECT number FROM requests")) == sorted(numbers)
    finally:
        db.close()
    status = _cli("outbox", "status", "--db", str(path), check_code=0)
    assert "5" in status.stdout


def test_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('家庭合影.jpg')")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    stats = _cli("stats", "--db", str(path))
    assert stats.returncode == 1 and "不是一体机数据库" in stats.stderr
    assert path.read_bytes() == before, "gongkai stats must not migrate another program's file"
    finding = check_database(DoctorContext(db_path=path))
    assert finding.level == ERROR and "不是一体机数据库" in finding.message
    assert path.read_bytes() == before


def test_newer_schema_is_refused_by_doctor_and_open(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    _kiosk_with_pending(path, clock, n=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    before = path.read_bytes()
    finding = check_database(DoctorContext(db_path=path))
    assert finding.level == ERROR and "9999" in finding.message and "新版本" in finding.fix
    with pytest.raises(DatabaseUnusable, match="9999"):
        open_store(path)
    assert path.read_bytes() == before


def test_doctor_advice_runs_as_written(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    numbers = _kiosk_with_pending(path, clock, n=2)
    _break_a_page(path)
    finding = check_database(DoctorContext(db_path=path))
    assert finding.level == ERROR and "已损坏" in finding.message
    command = re.search(r"gongkai (recover[^：；]*)", finding.fix).group(1)
    result = _cli(*shlex.split(command), check_code=0)
    assert "其中 2 件申请" in result.stdout
    assert check_database(DoctorContext(db_path=path)).level == OK
    db = open_store(path)
    try:
        assert sorted(r[0] for r in db.execute("SELECT number FROM requests")) == sorted(numbers)
    finally:
        db.close()


def test_lost_database_never_reuses_a_number(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    numbers = _kiosk_with_pending(path, clock, n=3)
    for p in tmp_path.glob("kiosk.db*"):
        p.unlink()  # the disk was replaced; the kiosk key's folder survived
    db = open_store(path)
    try:
        township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
        new = service.create_request(db, clock, CONFIG, CLERK, person(name="新申请人"))["number"]
    finally:
        db.close()
    assert new not in numbers and int(new.split("-")[3]) == 4


def test_county_highest_number_raises_the_mark(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    _kiosk_with_pending(path, clock, n=1)
    counter = "request:362430101:K01:2026"
    highwater.raise_to(counter, 41)  # what the county said it holds
    db = open_store(path)
    try:
        new = service.create_request(db, clock, CONFIG, CLERK, person(name="新申请人"))["number"]
    finally:
        db.close()
    assert int(new.split("-")[3]) == 42
    highwater.raise_to(counter, 7)  # never lowered
    assert highwater.floor(counter) == 42


def test_recover_sets_a_foreign_file_aside_untouched_and_starts_fresh(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    _cli("recover", "--db", str(path), check_code=0)
    [moved] = _siblings(path, "damaged")
    assert moved.read_bytes() == before
    db = open_store(path)
    try:
        assert db.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    finally:
        db.close()


def test_the_kiosk_does_not_start_on_a_damaged_database(tmp_path, clock):
    path = tmp_path / "kiosk.db"
    _kiosk_with_pending(path, clock, n=1)
    _break_a_page(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([*GONGKAI, "run", "--windowed", "--db", str(path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 1 and "已损坏" in result.stderr and "gongkai recover" in result.stderr
    again = subprocess.run([*GONGKAI, "run", "--windowed", "--db", str(path)], capture_output=True, text=True,
                           timeout=120, env=env)
    assert again.returncode == 1 and "gongkai recover" in again.stderr, "no fresh empty database on the next start"
    assert not path.exists()


@pytest.mark.parametrize("table", ["township", "audit_log"])
def test_damage_home_never_reads_still_stops_the_kiosk_right_after_the_first_frame(tmp_path, clock, table):
    """The quick_check runs just after home is drawn (issue 27): damage in a page home reads (township) is
    caught before that, damage elsewhere (the audit log) by the check itself; either way the same message."""
    path = tmp_path / "kiosk.db"
    _kiosk_with_pending(path, clock, n=1)
    _break_a_page(path, table)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([*GONGKAI, "run", "--windowed", "--db", str(path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 1 and "已损坏" in result.stderr and "gongkai recover" in result.stderr, \
        result.stderr[-2000:]
    assert not path.exists() and _siblings(path, "damaged"), "set aside, not used"


def test_a_busy_database_is_not_taken_for_a_damaged_one(tmp_path, clock, monkeypatch):
    from kiosk.errors import StoreError
    from kiosk.store import health

    path = tmp_path / "kiosk.db"
    _kiosk_with_pending(path, clock, n=1)
    monkeypatch.setattr(health, "OPEN_TIMEOUT", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE counters SET value = value")
    try:
        with pytest.raises(StoreError, match="暂时无法读取") as caught:
            open_store(path)
        assert not isinstance(caught.value, DatabaseUnusable)
        assert path.exists() and _siblings(path, "damaged") == [] and _siblings(path, "recovery") == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
