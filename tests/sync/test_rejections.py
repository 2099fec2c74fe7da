"""Every tampered, replayed, foreign or malformed bundle is refused with a clear message, over HTTP
and from a USB folder alike, and the kiosk keeps showing exactly what it showed before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from county.publish import publish
from kiosk.clock import FixedClock
from kiosk.store import open_store, sync_state_repo
from sync import keys
from sync.client import SyncTarget, run_sync
from tests.sync.conftest import TOWNSHIP, content_snapshot, only_bundle, resign

V2 = "bundles/000002-full"
LATER = FixedClock("2026-11-23T03:00:00+08:00")


def _flip_byte(bundle, repo, signing_keys, tmp_path):
    path = bundle / "content.sqlite"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _truncate(bundle, repo, signing_keys, tmp_path):
    path = bundle / "content.sqlite"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _wrong_key(bundle, repo, signing_keys, tmp_path):
    other, _ = keys.generate(tmp_path / "other-keys")
    resign(bundle, other, lambda m: None)


def _no_signature(bundle, repo, signing_keys, tmp_path):
    (bundle / "manifest.sig").unlink()


def _mix_and_match(bundle, repo, signing_keys, tmp_path):
    # Yesterday's content file under today's signed manifest, cut or padded to today's length so
    # that only its hash can tell (the two differ by a page or so, depending on the demo's texts).
    today = (bundle / "content.sqlite").stat().st_size
    data = (repo / "public" / TOWNSHIP / "bundles/000001-full/content.sqlite").read_bytes()
    (bundle / "content.sqlite").write_bytes(data[:today].ljust(today, b"\0"))


def _escaping_path(bundle, repo, signing_keys, tmp_path):
    def change(m):
        m["files"].append({"path": "../../../home/kiosk/.bashrc", "length": 10, "sha256": "0" * 64})
    resign(bundle, signing_keys[0], change)


def _declared_longer(bundle, repo, signing_keys, tmp_path):
    def change(m):
        entry = next(f for f in m["files"] if f["path"] == "content.sqlite")
        entry["length"] += 4096
    resign(bundle, signing_keys[0], change)


def _endless_data(bundle, repo, signing_keys, tmp_path):
    def change(m):
        entry = next(f for f in m["files"] if f["path"] == "content.sqlite")
        entry["length"] //= 2
    resign(bundle, signing_keys[0], change)


def _unknown_schema(bundle, repo, signing_keys, tmp_path):
    resign(bundle, signing_keys[0], lambda m: m.update(schema_version=99))


CASES = {
    "flipped byte": (_flip_byte, "SHA-256 与清单不符"),
    "truncated file": (_truncate, "长度不符"),
    "wrong key": (_wrong_key, "签名无效"),
    "missing signature": (_no_signature, "缺少签名文件"),
    "mix and match": (_mix_and_match, "SHA-256 与清单不符"),
    "../ path": (_escaping_path, "路径越出数据包"),
    "declared length larger than the file": (_declared_longer, "清单声明 "),
    "more data than declared": (_endless_data, "比清单声明的"),
    "unknown schema version": (_unknown_schema, "格式版本 99 不受支持"),
}


@pytest.fixture(scope="session")
def v1_kiosk_and_v2_repo(published_template, small_source, signing_keys, tmp_path_factory):
    """Built once: a kiosk database showing sequence 1, and a repository that also holds sequence 2."""
    base = tmp_path_factory.mktemp("v1-kiosk")
    repo = Path(shutil.copytree(published_template, base / "repo"))
    kiosk_db = open_store(base / "kiosk.db")
    target = SyncTarget(township=TOWNSHIP, trusted_keys=[str(signing_keys[1])], from_dir=repo)
    assert run_sync(kiosk_db, target, FixedClock("2026-11-22T03:00:00+08:00"), staging=base / "staging").ok
    kiosk_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kiosk_db.close()
    source = Path(shutil.copytree(small_source, base / "src"))
    sorted((source / "documents").glob("*.txt"))[0].unlink()
    publish(source, repo, signing_keys[0], FixedClock("2026-11-23T02:00:00+08:00"))
    return base / "kiosk.db", repo


@pytest.fixture
def db(v1_kiosk_and_v2_repo, tmp_path):
    shutil.copy(v1_kiosk_and_v2_repo[0], tmp_path / "kiosk.db")
    database = open_store(tmp_path / "kiosk.db")
    yield database
    database.close()


@pytest.fixture
def repo(v1_kiosk_and_v2_repo, tmp_path) -> Path:
    return Path(shutil.copytree(v1_kiosk_and_v2_repo[1], tmp_path / "repo"))


@pytest.fixture
def kiosk_at_v1(db, county_server):
    """A kiosk showing sequence 1; the county offers the full bundle of sequence 2."""
    only_bundle(county_server.root, V2, 2)
    snapshot = content_snapshot(db)
    assert snapshot["sync_state"]["last_sequence"] == "1"
    return snapshot


@pytest.mark.parametrize("via", ["http", "usb"])
@pytest.mark.parametrize("case", list(CASES))
def test_tampered_bundle_is_rejected_and_nothing_changes(
    case, via, db, kiosk, kiosk_at_v1, county_server, signing_keys, tmp_path,
):
    tamper, expected = CASES[case]
    bundle = county_server.root / "public" / TOWNSHIP / V2
    tamper(bundle, county_server.root, signing_keys, tmp_path)
    where = {"server": county_server.url} if via == "http" else {"from_dir": county_server.root}
    report = kiosk(**where, at=LATER)
    assert not report.ok
    assert expected in report.message, report.message
    assert report.message.startswith("失败：已拒绝数据包：")
    assert content_snapshot(db) == kiosk_at_v1
    assert sync_state_repo.get(db, "last_sync_result") == report.message
    assert not (tmp_path / "staging" / TOWNSHIP / "000002-full").exists(), "a rejected download is discarded"


@pytest.mark.parametrize("via", ["http", "usb"])
def test_replayed_old_bundle_is_rejected(via, db, kiosk, kiosk_at_v1, county_server):
    # A mirror offers yesterday's genuine, correctly signed bundle as if it were new.
    only_bundle(county_server.root, "bundles/000001-full", 3)
    where = {"server": county_server.url} if via == "http" else {"from_dir": county_server.root}
    report = kiosk(**where, at=LATER)
    assert not report.ok
    assert "数据包序号 1 不高于本机已应用的 1" in report.message and "重放" in report.message
    assert content_snapshot(db) == kiosk_at_v1


def test_bundle_of_another_township_is_rejected(db, kiosk, kiosk_at_v1, county_server, source, signing_keys,
                                                 tmp_path):
    # Genuinely signed by the county, but for the neighbouring township.
    township = (source / "township.json").read_text(encoding="utf-8").replace(TOWNSHIP, "362430102")
    (source / "township.json").write_text(township, encoding="utf-8")
    other_repo = tmp_path / "other-repo"
    publish(source, other_repo, signing_keys[0], FixedClock("2026-11-23T02:00:00+08:00"))
    shutil.copytree(other_repo / "public/362430102/bundles/000001-full",
                    county_server.root / "public" / TOWNSHIP / "bundles/000005-full")
    only_bundle(county_server.root, "bundles/000005-full", 5)
    report = kiosk(server=county_server.url, at=LATER)
    assert not report.ok
    assert "数据包属于乡镇 362430102，本机是 362430101" in report.message
    assert content_snapshot(db) == kiosk_at_v1


def test_kiosk_trusting_another_key_refuses_the_county_bundle(db, kiosk, kiosk_at_v1, county_server, tmp_path):
    _, stranger = keys.generate(tmp_path / "stranger")
    report = kiosk(server=county_server.url, trust=stranger, at=LATER)
    assert not report.ok and "签名无效" in report.message
    assert content_snapshot(db) == kiosk_at_v1


def test_index_pointing_outside_the_repository_is_rejected(db, kiosk, kiosk_at_v1, county_server):
    only_bundle(county_server.root, "../../county/county.db", 9)
    report = kiosk(server=county_server.url, at=LATER)
    assert not report.ok and "索引中的数据包路径无效" in report.message
    assert content_snapshot(db) == kiosk_at_v1


def test_endless_index_is_cut_off(db, kiosk, kiosk_at_v1, county_server):
    index = county_server.root / "public" / TOWNSHIP / "index.json"
    index.write_bytes(b'{"format": "gongkai-index", "pad": "' + b"x" * (2 << 20) + b'"}')
    report = kiosk(server=county_server.url, at=LATER)
    assert not report.ok and "index.json 超过" in report.message
    assert content_snapshot(db) == kiosk_at_v1


def test_trusted_key_may_be_given_inline_or_as_a_file(signing_keys, tmp_path):
    from kiosk.errors import ConfigError

    inline = signing_keys[1].read_text().strip()
    assert keys.load_trusted_keys([inline]) == keys.load_trusted_keys([str(signing_keys[1])])
    with pytest.raises(ConfigError, match="公钥文件不存在"):
        keys.load_trusted_keys([str(tmp_path / "missing.pub")])
