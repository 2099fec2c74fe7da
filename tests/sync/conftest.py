"""Sync fixtures: a small demo source folder, signing keys, a published repository, a real county
server on 127.0.0.1 (a free port, stopped at teardown) and a helper that runs one kiosk sync."""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

import county
from county.app import create_app
from county.export_source import export_source
from county.publish import publish
from county.server import ServerLimits, ThreadedServer
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.store import open_store
from kiosk.trust.staff import Actor
from sync import keys
from sync.client import SyncTarget, run_sync
from sync.transport import Backoff

TOWNSHIP = "362430101"
PUBLISH_CLOCK = "2026-11-22T02:00:00+08:00"  # the county publishes at night; kiosks sync after
DOCUMENTS_KEPT = 120
PAYOUTS_KEPT = 1500


@pytest.fixture(scope="session")
def signing_keys(tmp_path_factory) -> tuple[Path, Path]:
    return keys.generate(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="session")
def small_source(demo_db_template, tmp_path_factory) -> Path:
    """The demo township as a county source folder, trimmed so each apply takes a fraction of a second."""
    folder = tmp_path_factory.mktemp("source") / "src"
    db = open_store(demo_db_template)
    export_source(db, folder)
    db.close()
    for doc in sorted((folder / "documents").glob("*.txt"))[DOCUMENTS_KEPT:]:
        doc.unlink()
    roster = (folder / "roster.csv").read_text(encoding="utf-8-sig").splitlines()
    (folder / "roster.csv").write_text("\n".join(roster[: PAYOUTS_KEPT + 1]) + "\n", encoding="utf-8-sig")
    return folder


@pytest.fixture
def source(small_source, tmp_path) -> Path:
    """A private copy of the source folder that a test may edit before publishing again."""
    return Path(shutil.copytree(small_source, tmp_path / "src"))


@pytest.fixture(scope="session")
def published_template(small_source, signing_keys, tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("repo") / "repo"
    publish(small_source, repo, signing_keys[0], FixedClock(PUBLISH_CLOCK))
    return repo


@pytest.fixture
def repo(published_template, tmp_path) -> Path:
    """A county repository holding sequence 1 (a full bundle only)."""
    return Path(shutil.copytree(published_template, tmp_path / "repo"))


@pytest.fixture
def publish_again(repo, signing_keys):
    def run(source_dir: Path, at: str = "2026-11-23T02:00:00+08:00") -> dict:
        return publish(source_dir, repo, signing_keys[0], FixedClock(at))
    return run


class Recorder:
    """ASGI middleware in front of the real app, recording each request line and Range header."""

    def __init__(self, app, seen: list):
        self.app, self.seen = app, seen

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            query = scope.get("query_string", b"").decode()
            headers = dict(scope["headers"])
            self.seen.append((scope["method"], scope["path"] + (f"?{query}" if query else ""),
                              headers[b"range"].decode() if b"range" in headers else None))
        await self.app(scope, receive, send)


@dataclass
class County:
    root: Path
    url: str
    server: ThreadedServer
    seen: list = field(default_factory=list)
    state: SimpleNamespace = field(default_factory=SimpleNamespace)
    store: object = None

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.seen]


def start_county(root: Path, wrap=None, limits: ServerLimits | None = None, store=None, clock=None,
                 **app_options) -> County:
    """The real county app under uvicorn on a free port. `wrap(app, state)` may put a misbehaving
    ASGI layer in front of it (a cut download, a lost acknowledgement)."""
    store = store or county.open_county_db(root)
    app = create_app(root, store, clock=clock or FixedClock("2026-11-22T03:00:00+08:00"), **app_options)
    state = SimpleNamespace()
    seen: list = []
    server = ThreadedServer(Recorder(wrap(app, state) if wrap else app, seen), limits).start()
    return County(root, server.url, server, seen, state, store)


def stop_county(county_: County) -> None:
    county_.server.stop()
    county_.store.close()


@pytest.fixture
def county_server(repo):
    running = start_county(repo)
    yield running
    stop_county(running)


@pytest.fixture
def kiosk_token(repo) -> str:
    db = county.open_county_db(repo)
    token = county.issue_token(db, TOWNSHIP, "K01", FixedClock(PUBLISH_CLOCK))
    db.close()
    return token


@pytest.fixture
def kiosk(db, tmp_path, signing_keys, clock):
    """Run one sync of the empty test kiosk (`db`): kiosk(server=URL) or kiosk(from_dir=DIR)."""
    def run(*, server: str = "", from_dir: Path | None = None, token: str = "", trust: Path | None = None,
            township: str = TOWNSHIP, attempts: int = 2, at=None):
        target = SyncTarget(township=township, trusted_keys=[str(trust or signing_keys[1])], kiosk_id="K01",
                            server_url=server, from_dir=from_dir, upload_token=token)
        backoff = Backoff(attempts=attempts, sleep=lambda _s: None)
        return run_sync(db, target, at or clock, staging=tmp_path / "staging", backoff=backoff)
    return run


def content_snapshot(db) -> dict:
    """What residents could see: row counts and a few values, plus the applied sequence."""
    tables = ("township", "villages", "catalogue_items", "documents", "notices", "notice_attachments",
              "attachments", "payouts", "policies", "calendar_days")
    snap = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    snap["titles"] = [r[0] for r in db.execute("SELECT title FROM documents ORDER BY id LIMIT 5")]
    snap["amount"] = db.execute("SELECT sum(amount_fen) FROM payouts").fetchone()[0]
    snap["sync_state"] = dict(db.execute(
        "SELECT key, value FROM sync_state WHERE key IN ('last_sequence', 'content_updated_at', 'bundle_expires_at')"
    ).fetchall())
    return snap


def resign(bundle_dir: Path, key_path: Path, change) -> None:
    """Edit a bundle's manifest and sign it again with `key_path`, as an insider or a stolen key could."""
    manifest = json.loads((bundle_dir / "manifest.json").read_bytes())
    change(manifest)
    raw = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"
    (bundle_dir / "manifest.json").write_bytes(raw)
    (bundle_dir / "manifest.sig").write_bytes(keys.sign(keys.load_signing_key(key_path), raw))


def only_bundle(repo: Path, path: str, sequence: int, base=None) -> None:
    """Make the index offer exactly one bundle (to steer the kiosk at a tampered one)."""
    index_path = repo / "public" / TOWNSHIP / "index.json"
    index = json.loads(index_path.read_text())
    index["bundles"] = [{"sequence": sequence, "base": base, "path": path}]
    index["latest"] = sequence
    index_path.write_text(json.dumps(index))


@pytest.fixture
def config() -> Config:
    return Config(township=TOWNSHIP, kiosk_id="K01")


@pytest.fixture
def clerk() -> Actor:
    return Actor("clerk1", "clerk", "王小明")


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def applicant(n: int = 0) -> dict:
    return {
        "applicant_type": "person", "name": "张桂兰", "id_type": "resident_id",
        "id_number": resident_id(f"3624301956030{4128 + n:04d}"), "phone": "13812345678",
        "address": "清溪县青禾镇和平村3组", "description": f"2026年耕地地力保护补贴发放名单（第{n + 1}件）",
        "delivery_form": "paper", "delivery_method": "pickup", "channel": "in_person", "received": "2026-11-20",
    }


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
