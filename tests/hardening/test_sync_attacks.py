"""Attacks on the kiosk side of sync: a hostile USB stick, a hostile index, hostile (even validly
signed) manifests and content. Each is refused with a clear message and changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.clock import FixedClock
from sync import keys
from sync.verify import staging_key
from tests.sync.conftest import TOWNSHIP, content_snapshot, only_bundle

V1 = "bundles/000001-full"


def _township(repo: Path) -> Path:
    return repo / "public" / TOWNSHIP


def _sign_raw(bundle: Path, key_path: Path, raw: bytes) -> None:
    (bundle / "manifest.json").write_bytes(raw)
    (bundle / "manifest.sig").write_bytes(keys.sign(keys.load_signing_key(key_path), raw))


def _manifest(bundle: Path) -> dict:
    return json.loads((bundle / "manifest.json").read_bytes())


def _resign(bundle: Path, key_path: Path, change) -> None:
    body = _manifest(bundle)
    change(body)
    _sign_raw(bundle, key_path, json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n")


def _edit_content(bundle: Path, key_path: Path, sql: str) -> None:
    """An insider with the signing key ships a content file holding a bad row, signed properly."""
    path = bundle / "content.sqlite"
    conn = sqlite3.connect(str(path))
    conn.execute(sql)
    conn.commit()
    conn.close()
    data = path.read_bytes()

    def change(m):
        entry = next(f for f in m["files"] if f["path"] == "content.sqlite")
        entry["length"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    _resign(bundle, key_path, change)


def _refused(report, *words):
    assert not report.ok, report.message
    assert all(w in report.message for w in words), report.message
    assert "Traceback" not in report.message
    return report


def _with_timeout(fn, seconds: float = 60.0):
    """Run `fn` in a thread; a hang (the bug being tested) fails the test instead of freezing it."""
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the sync hung"
    return result["value"]


# --- a hostile stick -------------------------------------------------------------------------------

def test_a_fifo_as_the_manifest_on_a_stick_is_refused_without_hanging(db, kiosk, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    os.mkfifo(stick / "manifest.json")
    before = content_snapshot(db)
    report = _with_timeout(lambda: kiosk(from_dir=stick))
    _refused(report, "不是普通文件")
    assert content_snapshot(db) == before


def test_a_fifo_as_the_content_file_is_refused_without_hanging(db, kiosk, repo):
    bundle = _township(repo) / V1
    (bundle / "content.sqlite").unlink()
    os.mkfifo(bundle / "content.sqlite")
    before = content_snapshot(db)
    _refused(_with_timeout(lambda: kiosk(from_dir=bundle)), "不是普通文件")
    assert content_snapshot(db) == before


def test_a_fifo_as_the_index_is_refused_without_hanging(db, kiosk, repo):
    index = _township(repo) / "index.json"
    index.unlink()
    os.mkfifo(index)
    _refused(_with_timeout(lambda: kiosk(from_dir=repo)))


# --- a hostile, unsigned index ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "words"), [
    (b'{"format": "gongkai-index", "township": "362430101", "bundles": 5}', ("索引",)),
    (b'{"format": "gongkai-index", "township": "362430101", "bundles": [5]}', ("索引",)),
    (b'{"format": "gongkai-index", "township": "362430101", "latest": "x", "bundles": []}', ("索引",)),
    (b'{"format": "gongkai-index", "township": "362430101", "bundles": [{"sequence": 1' + b"0" * 5000 + b"}]}",
     ("整数",)),
    (b"[" * 100_000 + b"]" * 100_000, ("嵌套",)),
    (b"\xff\xfe not utf-8", ("UTF-8",)),
    (b'{"format": "gongkai-index", "township": "362430101", "bundles": [{"sequence": 2, "path": "../../etc"}]}',
     ("路径",)),
    (b'{"format": "gongkai-index", "township": "362430101", "bundles": [{"sequence": NaN}]}', ("NaN",)),
])
def test_a_malformed_index_is_refused_clearly(db, kiosk, repo, body, words):
    (_township(repo) / "index.json").write_bytes(body)
    before = content_snapshot(db)
    _refused(kiosk(from_dir=repo), *words)
    assert content_snapshot(db) == before


def test_an_index_lying_about_sequences_cannot_steer_past_the_signed_manifest(db, kiosk, repo):
    # The index claims bundle 1 is sequence 99: the signed manifest (sequence 1) decides.
    only_bundle(repo, V1, 99)
    report = kiosk(from_dir=repo)
    assert report.ok and report.applied == [1]


# --- hostile manifests behind a valid signature ----------------------------------------------------

@pytest.mark.parametrize(("change", "words"), [
    (lambda m: m.update(attachments=5), ("附件",)),
    (lambda m: m.update(attachments=[5]), ("附件",)),
    (lambda m: m.update(files={"content.sqlite": 1}), ("文件",)),
    (lambda m: m.update(counts=[1, 2]), ("统计",)),
    (lambda m: m.update(schema_version=True), ("版本",)),
    (lambda m: m.update(created_at=12345), ("创建时间",)),
    (lambda m: m.update(expires_at="2026-11-20T00:00:00+08:00"), ("过期时间早于",)),
    (lambda m: m.update(created_at="2027-06-01T00:00:00+08:00", expires_at="2027-06-08T00:00:00+08:00"),
     ("创建时间", "晚于本机时间")),
    (lambda m: m.update(expires_at="2099-01-01T00:00:00+08:00"), ("有效期",)),
])
def test_a_signed_but_malformed_manifest_is_refused(db, kiosk, repo, signing_keys, change, words):
    bundle = _township(repo) / V1
    _resign(bundle, signing_keys[0], change)
    before = content_snapshot(db)
    _refused(kiosk(from_dir=bundle), *words)
    assert content_snapshot(db) == before


@pytest.mark.parametrize(("raw", "words"), [
    (b'{"format": "gongkai-bundle", "schema_version": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ("嵌套",)),
    (b'{"format": "gongkai-bundle", "schema_version": 1, "sequence": 1' + b"9" * 5000 + b"}", ("整数",)),
    (b'{"format": "gongkai-bundle", "schema_version": 1, "township": "\\ud800"}', ("字符",)),
])
def test_a_signed_manifest_built_to_crash_the_parser_is_refused(db, kiosk, repo, signing_keys, raw, words):
    bundle = _township(repo) / V1
    _sign_raw(bundle, signing_keys[0], raw)
    _refused(kiosk(from_dir=bundle), *words)


@pytest.mark.parametrize(("sql", "words"), [
    ("UPDATE notices SET posted_on = '不是日期' WHERE rowid = (SELECT min(rowid) FROM notices)", ("posted_on", "日期")),
    ("UPDATE notices SET posted_on = '2026-02-30' WHERE rowid = (SELECT min(rowid) FROM notices)", ("posted_on",)),
    ("UPDATE payouts SET paid_on = '20261122' WHERE rowid = (SELECT min(rowid) FROM payouts)", ("paid_on",)),
    ("UPDATE payouts SET amount_fen = 'lots' WHERE rowid = (SELECT min(rowid) FROM payouts)", ("amount_fen", "整数")),
    ("UPDATE documents SET title = 'a' || char(0) || 'b' WHERE rowid = (SELECT min(rowid) FROM documents)",
     ("title",)),
    ("UPDATE notices SET title = '通知' || char(8238) || 'txt.exe' WHERE rowid = (SELECT min(rowid) FROM notices)",
     ("title", "控制字符")),
    ("UPDATE documents SET published_on = 20261122 WHERE rowid = (SELECT min(rowid) FROM documents)",
     ("published_on",)),
    ("CREATE TRIGGER evil AFTER INSERT ON notices BEGIN SELECT 1; END", ("trigger",)),
    ("CREATE VIEW slow AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n",
     ("view",)),
])
def test_a_signed_bundle_with_a_bad_content_row_is_refused_whole(db, kiosk, repo, signing_keys, sql, words):
    bundle = _township(repo) / V1
    _edit_content(bundle, signing_keys[0], sql)
    before = content_snapshot(db)
    _refused(kiosk(from_dir=bundle), "数据包内容不合格", *words)
    assert content_snapshot(db) == before


# --- staging ---------------------------------------------------------------------------------------

def test_a_staged_file_of_the_right_length_but_wrong_bytes_is_fetched_again(db, kiosk, repo, tmp_path):
    """An interrupted sync left a torn content file under this very bundle's staging folder."""
    bundle = _township(repo) / V1
    raw = (bundle / "manifest.json").read_bytes()
    length = (bundle / "content.sqlite").stat().st_size
    staged = tmp_path / "staging" / TOWNSHIP / staging_key(raw)
    staged.mkdir(parents=True)
    (staged / "content.sqlite").write_bytes(b"\0" * length)
    report = kiosk(from_dir=bundle)
    assert report.ok and report.applied == [1], report.message


def test_a_partial_file_of_another_bundle_is_never_reused(db, kiosk, repo, tmp_path):
    """The old layout staged every USB bundle under one 'folder' name: another bundle's file was reused."""
    bundle = _township(repo) / V1
    length = (bundle / "content.sqlite").stat().st_size
    for name in ("folder", "000001-full", "0" * 32):
        (tmp_path / "staging" / TOWNSHIP / name).mkdir(parents=True)
        (tmp_path / "staging" / TOWNSHIP / name / "content.sqlite").write_bytes(b"x" * length)
    report = kiosk(from_dir=bundle)
    assert report.ok and report.applied == [1], report.message
    assert sorted(p.name for p in (tmp_path / "staging" / TOWNSHIP).iterdir()) == [], "nothing left behind"


def test_a_symlink_planted_in_staging_is_not_followed(db, kiosk, repo, tmp_path):
    bundle = _township(repo) / V1
    raw = (bundle / "manifest.json").read_bytes()
    staged = tmp_path / "staging" / TOWNSHIP / staging_key(raw)
    staged.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (staged / "content.sqlite").symlink_to(victim)
    assert kiosk(from_dir=bundle).ok
    assert victim.read_text() == "keep me"


def test_the_clock_skew_allowance_accepts_a_bundle_from_a_slightly_fast_county(db, kiosk, repo):
    # Published at 02:00; a kiosk whose clock is an hour behind (01:00) still takes it.
    report = kiosk(from_dir=_township(repo) / V1, at=FixedClock("2026-11-22T01:00:00+08:00"))
    assert report.ok, report.message
