"""A damaged kiosk database loses no acknowledged record of any upward kind (issue 25).

The kiosk holds pending records of every registered kind (requests and their events, ratings,
questions, comments; tests/county/test_upward.py's SAMPLES write them the way the counter and the
screens do). A bad sector makes the database unusable: it is set aside and salvaged, `gongkai
recover` brings the recovery file into a fresh database, the outbox shows every record again, and an
upload to a real county server (SQLite and PostgreSQL) stores each exactly once. A kind registered
later is carried with no change to the salvage code (the toy kind)."""

from __future__ import annotations

import json

import pytest

from county import upward as county_upward
from kiosk.errors import DatabaseUnusable
from kiosk.store import open_store, outbox_repo, salvage, township_repo
from sync import upward
from tests.conftest import GONGKAI
from tests.county.test_upward import KINDS, SAMPLES, TOY, _push
from tests.hardening.test_damaged_database import _break_a_page, _cli
from tests.sync.conftest import TOWNSHIP


def _snapshot(db) -> dict[str, list[dict]]:
    """{kind: the records the kiosk would send for its pending refs}, as the upload collects them."""
    refs: dict[str, list[str]] = {}
    for _id, kind, ref, _version in outbox_repo.pending(db, limit=10_000):
        refs.setdefault(kind, []).append(ref)
    return {name: sorted(upward.kind(name).collect(db, found), key=repr) for name, found in refs.items()}


def _kiosk_with_every_kind(path, clock, config, clerk) -> dict[str, list[dict]]:
    db = open_store(path)
    try:
        township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
        for name in KINDS:
            SAMPLES[name](db, clock, config, clerk)
        SAMPLES["request"](db, clock, config, clerk)  # a second request: more than one of a kind
        before = _snapshot(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    assert set(before) == set(KINDS), "every registered kind has pending records before the damage"
    return before


def test_every_pending_record_of_every_kind_survives_damage_and_reaches_the_county_once(
        tmp_path, store, clock, config, clerk):
    assert GONGKAI  # the CLI is run as a kiosk technician would
    path = tmp_path / "kiosk" / "kiosk.db"
    path.parent.mkdir()
    before = _kiosk_with_every_kind(path, clock, config, clerk)
    _break_a_page(path)

    with pytest.raises(DatabaseUnusable) as caught:
        open_store(path)
    total = sum(len(rows) for rows in before.values())
    assert f"找回 {total} 条待上传的记录" in str(caught.value)

    recovered = _cli("recover", "--db", str(path), check_code=0)
    assert f"{total} 条记录等待上传" in recovered.stdout
    assert "评价 1 条" in recovered.stdout and "留言咨询 1 条" in recovered.stdout

    db = open_store(path)
    try:
        assert _snapshot(db) == before, "every pending record is back, field for field"
        township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})  # as the next sync brings it
        status = _cli("outbox", "status", "--db", str(path), check_code=0)
        shown = json.loads(status.stdout)
        for name, rows in before.items():
            assert shown[f"pending_{upward.kind(name).wire}"] == len(rows), name

        sent = _push(db, store, clock, tmp_path)
        held = county_upward.counts(store)
        for name, rows in before.items():
            assert sent.sent[name] == len(rows) and held[name] == len(rows), name
        assert outbox_repo.pending_counts(db)["by_kind"] == {}

        # The acknowledgement is lost and everything goes up again: still stored once.
        with db.atomic():
            db.execute("UPDATE outbox SET sent_at = NULL")
        _push(db, store, clock, tmp_path)
        assert county_upward.counts(store) == held
    finally:
        db.close()


@pytest.fixture
def toy_registered(monkeypatch):
    upward.kinds()
    monkeypatch.setitem(upward._KINDS, TOY.name, TOY)


def _toy_migration(db) -> None:
    """What a new kind's kiosk migration adds: its table and the trigger that queues its rows."""
    for statement in (
        "CREATE TABLE toy_ratings (uuid TEXT PRIMARY KEY, rated_at TEXT NOT NULL, score INTEGER NOT NULL, "
        "remark TEXT NOT NULL DEFAULT '')",
        "CREATE TRIGGER outbox_toy_insert AFTER INSERT ON toy_ratings BEGIN "
        "INSERT INTO outbox (kind, ref) VALUES ('toy_rating', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING; END",
    ):
        db.execute(statement)


def test_a_kind_registered_later_is_salvaged_without_touching_salvage(toy_registered, tmp_path, store, clock):
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    try:
        township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
        _toy_migration(db)
        with db.atomic():
            db.execute("INSERT INTO toy_ratings VALUES ('t1', '2026-11-20T10:00:00+08:00', 5, '办事很快')")
            db.execute("INSERT INTO toy_ratings VALUES ('t2', '2026-11-20T10:05:00+08:00', 2, '')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    _break_a_page(path)
    with pytest.raises(DatabaseUnusable) as caught:
        open_store(path)
    assert "找回 2 条待上传的记录" in str(caught.value)

    [file] = salvage.pending_recoveries(path)
    db = open_store(path, allow_pending_recovery=True)
    try:
        _toy_migration(db)  # the fresh database is built by the same migrations
        got = salvage.import_recovery(db, salvage.read_recovery(file))
        assert got["records"] == 2 and got["skipped"] == 0
        assert outbox_repo.pending_counts(db)["by_kind"] == {"toy_rating": 2}
        sent = _push(db, store, clock, tmp_path)
        assert sent.sent["toy_rating"] == 2
        stored = county_upward.stored_records(store, "toy_rating")
        assert [(r["ref"], r["data"]["score"], r["data"]["remark"]) for r in stored] == [
            ("t1", 5, "办事很快"), ("t2", 2, "")]
    finally:
        db.close()


def test_a_kind_this_database_lacks_is_counted_not_dropped_silently(toy_registered, tmp_path):
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    try:
        _toy_migration(db)
        with db.atomic():
            db.execute("INSERT INTO toy_ratings VALUES ('t1', '2026-11-20T10:00:00+08:00', 5, '')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    _break_a_page(path, "counters")
    with pytest.raises(DatabaseUnusable):
        open_store(path)
    recovered = _cli("recover", "--db", str(path), check_code=0)  # an older release without the toy table
    assert "1 条记录无法导入" in recovered.stdout
