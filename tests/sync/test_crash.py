"""The kiosk process is killed (SIGKILL) in the middle of applying a bundle: the old content is
intact when it restarts, and the next sync applies the bundle cleanly."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap

from kiosk.clock import FixedClock
from kiosk.store import open_store
from tests.sync.conftest import TOWNSHIP, content_snapshot

# Runs a real sync in a child process; just before commit (the search reindex step) it tells the
# test it is there (one line on a pipe: whole or nothing, no half-written marker file) and waits to be killed.
CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    import sync.apply
    from kiosk.clock import FixedClock
    from kiosk.store import open_store
    from sync.client import SyncTarget, run_sync

    db_path, repo, pub, marker, staging = sys.argv[1:6]
    original = sync.apply._reindex

    def reindex_then_hang(db, *args):
        original(db, *args)
        os.write(int(marker), (str(db.execute("SELECT count(*) FROM documents").fetchone()[0]) + "\\n").encode())
        time.sleep(600)

    sync.apply._reindex = reindex_then_hang
    db = open_store(db_path)
    target = SyncTarget(township=sys.argv[6], trusted_keys=[pub], from_dir=Path(repo))
    run_sync(db, target, FixedClock("2026-11-23T03:00:00+08:00"), staging=Path(staging))
""")


def test_sigkill_during_apply_keeps_old_content(db, kiosk, repo, source, publish_again, signing_keys, tmp_path):
    assert kiosk(from_dir=repo).ok
    before = content_snapshot(db)
    db.close()
    for doc in sorted((source / "documents").glob("*.txt"))[:30]:
        doc.unlink()
    publish_again(source)
    ready, marker = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "kiosk.db"), str(repo), str(signing_keys[1]), str(marker),
         str(tmp_path / "staging"), TOWNSHIP], pass_fds=(marker,),
    )
    os.close(marker)
    try:
        # Event-driven, with a generous bound for a loaded machine: the child's line, or its end (EOF).
        readable, _, _ = select.select([ready], [], [], 300)
        assert readable, "the child sync never reached the apply step"
        line = os.read(ready, 64).decode()
        assert line, "the child sync ended before reaching the apply step"
        assert line.strip() == str(before["documents"] - 30), "the new content was half-written"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        os.close(ready)
        if child.poll() is None and child.returncode is None:
            child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    reopened = open_store(tmp_path / "kiosk.db")
    try:
        assert content_snapshot(reopened) == before
        assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()

    db2 = open_store(tmp_path / "kiosk.db")
    from sync.client import SyncTarget, run_sync

    report = run_sync(db2, SyncTarget(township=TOWNSHIP, trusted_keys=[str(signing_keys[1])], from_dir=repo),
                      FixedClock("2026-11-23T04:00:00+08:00"), staging=tmp_path / "staging")
    try:
        assert report.ok and report.applied == [2]
        assert content_snapshot(db2)["documents"] == before["documents"] - 30
    finally:
        db2.close()
