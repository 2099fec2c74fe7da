"""A full disk is named as such (issue 25), on a size-limited tmpfs that each test mounts and removes.

What was seen: "数据库无法打开 … (disk I/O error)", "无法完成这项操作（OperationalError）", "数据包内容无法应用
（OperationalError）", and a USB export leaving its .tmp on the stick. Each case here now says the disk is
full, with how much is free and how much is needed, and leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import diskspace
from kiosk.errors import DiskFull
from kiosk.requests import service
from kiosk.store import open_store, outbox_repo, township_repo
from tests.conftest import GONGKAI
from tests.hardening.test_damaged_database import CLERK, CONFIG
from tests.requests.conftest import person
from tests.sync.conftest import published_template, repo, signing_keys, small_source  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"),
                                reason="mounting a size-limited tmpfs needs root")


@pytest.fixture
def small_disk(tmp_path):
    """mount(size) -> a folder on a fresh tmpfs of that size; unmounted and removed after the test."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        where = tmp_path / f"disk{len(mounted)}"
        where.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)], check=True)
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], check=False)
        where.rmdir()


def fill(folder: Path, leave: int) -> Path:
    """Take all but `leave` bytes of the disk with one file."""
    filler = folder / "filler.bin"
    free = diskspace.free_bytes(folder)
    with open(filler, "wb") as f:
        f.write(b"\0" * max(free - leave, 0))
    return filler


def _kiosk(folder: Path) -> Path:
    path = folder / "kiosk.db"
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    db.close()
    return path


@pytest.mark.parametrize("leave", [0, 16 * 1024, 32 * 1024])
def test_request_new_on_a_full_disk_says_so_with_figures(small_disk, leave):
    folder = small_disk("4m")
    path = _kiosk(folder)
    fill(folder, leave)
    result = subprocess.run([*GONGKAI, "request", "new", "--db", str(path)], capture_output=True, text=True,
                            timeout=60, input=json.dumps(person(), ensure_ascii=False))
    assert result.returncode == 1, result.stdout
    # With nothing free even opening the database fails (its -shm cannot be made): that is named too.
    assert re.search(r"磁盘空间不足，无法(打开数据库|保存申请)：需要约 (64|256) KB，.* 所在磁盘只剩 \d+ KB。"
                     r"(申请没有保存|数据库没有改动)", result.stderr), result.stderr
    assert "OperationalError" not in result.stderr and "I/O" not in result.stderr
    (folder / "filler.bin").unlink()
    db = open_store(path)
    try:
        assert db.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    finally:
        db.close()


def test_the_clerk_is_told_before_saving(small_disk, clock):
    folder = small_disk("4m")
    path = _kiosk(folder)
    db = open_store(path)
    try:
        fill(folder, 100 * 1024)
        with pytest.raises(DiskFull, match=r"需要约 256 KB，.* 所在磁盘只剩 \d+ KB"):
            service.create_request(db, clock, CONFIG, CLERK, person())
        assert db.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
        (folder / "filler.bin").unlink()
        assert service.create_request(db, clock, CONFIG, CLERK, person())["number"].endswith(
            service.numbers.format_number("362430101", "K01", 2026, 1)[-7:])
    finally:
        db.close()


def test_usb_export_to_a_small_stick_names_the_sizes_and_leaves_nothing(small_disk, clock, tmp_path):
    from nacl.signing import SigningKey

    from sync.outbox import export_outbox

    db = open_store(tmp_path / "kiosk.db")
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    for n in range(30):
        service.create_request(db, clock, CONFIG, CLERK, person(description="耕地地力保护补贴发放名单" * 40 + str(n)))
    stick = small_disk("48k")
    try:
        with pytest.raises(DiskFull) as caught:
            export_outbox(db, stick, "362430101", "K01", clock, SigningKey.generate(),
                          SigningKey.generate().verify_key)
        text = str(caught.value)
        assert "导出到U盘" in text and "需要约" in text and "只剩" in text and "换一个" in text
        assert sorted(p.name for p in stick.iterdir()) == [], "nothing may be left on the stick"
        assert outbox_repo.pending_counts(db)["by_kind"]["request"] == 30
    finally:
        db.close()


def test_usb_export_that_runs_out_midway_removes_its_tmp(small_disk, clock, tmp_path, monkeypatch):
    from nacl.signing import SigningKey

    from sync import outbox

    db = open_store(tmp_path / "kiosk.db")
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    for n in range(30):
        service.create_request(db, clock, CONFIG, CLERK, person(description="耕地地力保护补贴发放名单" * 40 + str(n)))
    stick = small_disk("48k")
    # Another program fills the stick between the check and the write.
    monkeypatch.setattr(outbox.diskspace, "require", lambda *a, **k: None)
    try:
        with pytest.raises(DiskFull, match="磁盘空间不足"):
            outbox.export_outbox(db, stick, "362430101", "K01", clock, SigningKey.generate(),
                                 SigningKey.generate().verify_key)
        assert list(stick.iterdir()) == []
    finally:
        db.close()


@pytest.mark.parametrize("staging_on_small_disk", [True, False], ids=["download", "apply"])
def test_sync_on_a_full_disk_keeps_old_content_and_says_why(small_disk, repo, signing_keys, clock, tmp_path,  # noqa: F811
                                                            staging_on_small_disk):
    from sync.client import SyncTarget, run_sync
    from sync.transport import Backoff
    from tests.sync.conftest import TOWNSHIP, content_snapshot

    folder = small_disk("16m")
    db = open_store(folder / "kiosk.db")
    try:
        target = SyncTarget(township=TOWNSHIP, trusted_keys=[str(signing_keys[1])], kiosk_id="K01",
                            from_dir=repo / "public")
        before = content_snapshot(db)
        fill(folder, 512 * 1024)
        staging = folder / "staging" if staging_on_small_disk else tmp_path / "staging"
        report = run_sync(db, target, clock, staging=staging, backoff=Backoff(attempts=1, sleep=lambda _s: None))
        assert not report.ok
        message = " ".join(report.errors)
        assert "磁盘空间不足" in message and "只剩" in message and "原有内容" in message, message
        if not staging_on_small_disk:
            assert "应用数据包：需要约" in message, message
        assert "OperationalError" not in message
        assert content_snapshot(db) == before
    finally:
        db.close()
