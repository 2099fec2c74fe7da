"""The commands as a county admin and a kiosk technician use them: keygen, publish, serve, sync
(--server and --from), outbox export on a kiosk without network and intake at the county."""

from __future__ import annotations

import json
import socket
import subprocess
import time

import pytest

import county
from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.store import open_store, township_repo
from sync import keys
from sync.status import sync_status
from tests.conftest import GONGKAI
from tests.sync.conftest import DOCUMENTS_KEPT, TOWNSHIP, applicant, b64


def gongkai(*args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([*GONGKAI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def test_keygen_writes_a_pair_and_never_overwrites(tmp_path):
    first = gongkai("keygen", "--out", tmp_path / "k")
    assert first.returncode == 0, first.stderr
    private = (tmp_path / "k" / "signing.key").read_text()
    assert (tmp_path / "k" / "signing.key").stat().st_mode & 0o077 == 0, "the private key is readable by owner only"
    again = gongkai("keygen", "--out", tmp_path / "k")
    assert again.returncode == 1 and "已存在，不会覆盖" in again.stderr
    assert (tmp_path / "k" / "signing.key").read_text() == private


def test_usb_sync_from_a_stick(tmp_path, repo, signing_keys):
    db_path = tmp_path / "kiosk.db"
    done = gongkai("sync", "--db", db_path, "--from", repo, "--trust", signing_keys[1], "--township", TOWNSHIP)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "成功：已更新到第 1 版" in done.stdout
    db = open_store(db_path)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == DOCUMENTS_KEPT
    db.close()
    # The same stick again, pointing at the bundle folder itself: an old bundle, refused.
    bundle = repo / "public" / TOWNSHIP / "bundles" / "000001-full"
    again = gongkai("sync", "--db", db_path, "--from", bundle, "--trust", signing_keys[1], "--township", TOWNSHIP)
    assert again.returncode == 1
    assert "不高于本机已应用的 1" in again.stdout


def test_sync_without_trusted_keys_explains_itself(tmp_path, repo):
    done = gongkai("sync", "--db", tmp_path / "kiosk.db", "--from", repo, "--township", TOWNSHIP)
    assert done.returncode == 1 and "没有配置受信任的公钥" in done.stdout


def _kiosk_key(tmp_path):
    from nacl.signing import SigningKey

    key = SigningKey.generate()
    path = tmp_path / "kiosk.key"
    path.write_text(b64(bytes(key)) + "\n")
    path.chmod(0o600)
    return path, b64(bytes(key.verify_key))


def test_outbox_export_then_usb_import_is_idempotent(tmp_path, db, clock, config, clerk, repo, signing_keys):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    made = [service.create_request(db, clock, config, clerk, applicant(n)) for n in range(2)]
    key_path, public = _kiosk_key(tmp_path)
    shown = gongkai("outbox", "pubkey", "--kiosk-key", key_path)
    assert shown.returncode == 0 and shown.stdout.strip() == public
    registered = gongkai("keygen", "--kiosk-token", f"{TOWNSHIP}:K01", "--kiosk-pub", public, "--root", repo)
    assert registered.returncode == 0, registered.stderr
    stick = tmp_path / "stick"
    exported = gongkai("outbox", "export", stick, "--db", tmp_path / "kiosk.db", "--township", TOWNSHIP,
                       "--kiosk", "K01", "--kiosk-key", key_path, "--county-key", signing_keys[1])
    assert exported.returncode == 0, exported.stderr
    assert "已导出申请 2 件、记录 2 条" in exported.stdout
    files = list(stick.glob("outbox-*.gkbox"))
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o077 == 0, "the export is readable by its owner only"
    raw = files[0].read_bytes()
    assert made[0]["number"].encode() not in raw and applicant(0)["id_number"].encode() not in raw, "encrypted"
    # A stick is not an acknowledgement: the rows wait for a real upload.
    assert sync_status(db)["pending_requests"] == 2

    without_key = gongkai("county", "import-usb", stick, "--root", repo)
    assert without_key.returncode == 2 and "--key" in without_key.stderr
    first = gongkai("county", "import-usb", stick, "--root", repo, "--key", signing_keys[0])
    assert first.returncode == 0, first.stderr
    assert "新增申请 2 件、记录 2 条" in first.stdout
    second = gongkai("county", "import-usb", stick, "--root", repo, "--key", signing_keys[0])
    assert second.returncode == 0 and "新增申请 0 件、记录 0 条" in second.stdout
    county_db = county.open_county_db(repo)
    assert county_db.counts()["requests"] == 2
    county_db.close()

    # The county's reply to one of them, for the kiosk's next sync.
    bad = gongkai("county", "reply", made[0]["uuid"], "--root", repo, "--data", "{not json")
    assert bad.returncode == 2 and "--data 不是有效的 JSON" in bad.stderr
    replied = gongkai("county", "reply", made[0]["uuid"], "--root", repo, "--kind", "replied",
                      "--data", '{"on": "2026-11-30", "outcome": "36-1"}')
    assert replied.returncode == 0 and "已登记，一体机下次同步时收到" in replied.stdout, replied.stderr
    county_db = county.open_county_db(repo)
    assert [(c["request_uuid"], c["kind"]) for c in county_db.county_changes(TOWNSHIP, "K01", 0)] == [
        (made[0]["uuid"], "replied")]
    assert county_db.request_by_number(made[0]["number"])["status"] == "replied"
    county_db.close()


def test_usb_import_refuses_unsigned_forged_or_misaddressed_exports(tmp_path, db, clock, config, clerk, repo,
                                                               signing_keys):
    from nacl.signing import SigningKey

    from sync.outbox_seal import seal

    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    service.create_request(db, clock, config, clerk, applicant(0))
    key_path, public = _kiosk_key(tmp_path)
    assert gongkai("keygen", "--kiosk-token", f"{TOWNSHIP}:K01", "--kiosk-pub", public, "--root", repo).returncode == 0
    county_pub = keys.load_trusted_keys([str(signing_keys[1])])[0]
    payload = {"format": "gongkai-outbox", "township": TOWNSHIP, "kiosk_id": "K01",
               "requests": [{"uuid": "u1", "number": f"{TOWNSHIP}-K01-2026-00001-X", "updated_at": "x"}], "events": []}
    cases = {
        "plain JSON, the old unsigned format": json.dumps(payload).encode(),
        "signed by a key that is not the kiosk's": seal(payload, SigningKey.generate(), county_pub),
        "sealed to another county's key": seal(payload, keys.load_signing_key(key_path),
                                               SigningKey.generate().verify_key),
        "for a kiosk with no registered key": seal({**payload, "kiosk_id": "K09"}, keys.load_signing_key(key_path),
                                                   county_pub),
    }
    for what, raw in cases.items():
        stick = tmp_path / what.replace(" ", "_").replace(",", "")
        stick.mkdir()
        (stick / f"outbox-{TOWNSHIP}-K01-20261122T000000Z.gkbox").write_bytes(raw)
        done = gongkai("county", "import-usb", stick, "--root", repo, "--key", signing_keys[0])
        assert done.returncode == 2, what
        assert "拒绝导入" in done.stderr or "无法解密" in done.stderr, (what, done.stderr)
    county_db = county.open_county_db(repo)
    assert county_db.counts()["requests"] == 0, "nothing stored from a refused file"
    county_db.close()


def test_usb_import_of_a_folder_without_exports(tmp_path, repo, signing_keys):
    (tmp_path / "empty").mkdir()
    done = gongkai("county", "import-usb", tmp_path / "empty", "--root", repo, "--key", signing_keys[0])
    assert done.returncode == 2 and "没有一体机导出的申请文件" in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(repo):
    port = _free_port()
    process = subprocess.Popen([*GONGKAI, "serve", "--root", str(repo), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "gongkai serve did not start"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)


def test_serve_and_sync_over_http_with_a_token(tmp_path, repo, served, signing_keys, clock, config, clerk):
    issued = gongkai("keygen", "--kiosk-token", f"{TOWNSHIP}:K01", "--root", repo)
    assert issued.returncode == 0, issued.stderr
    token = issued.stdout.strip().splitlines()[-1]
    (tmp_path / "kiosk.toml").write_text(
        f'township = "{TOWNSHIP}"\nkiosk_id = "K01"\nserver_url = "{served}"\n'
        f'trusted_keys = ["{signing_keys[1]}"]\nupload_token = "{token}"\n'
        f'printer = "escpos-file:{tmp_path / "receipt.bin"}"\n', encoding="utf-8")
    db_path = tmp_path / "k.db"
    db = open_store(db_path)
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    service.create_request(db, FixedClock("2026-11-22T10:00:00+08:00"), config, clerk, applicant(7))
    db.close()
    done = gongkai("sync", "--db", db_path, "--config", tmp_path / "kiosk.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "成功：已更新到第 1 版，上传申请 1 件、记录 1 条" in done.stdout
    status = gongkai("outbox", "status", "--db", db_path)
    assert json.loads(status.stdout)["pending_requests"] == 0
    # The nightly timer runs this same command: the county learns how the receipt printer is.
    import county

    county_db = county.open_county_db(repo)
    assert county_db.heartbeat(TOWNSHIP, "K01")["printer"] == "ready"
    county_db.close()
